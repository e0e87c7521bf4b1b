/**
 * Where a sentence's lists open (parts-qizhong.ts findQizhongGroups): its 其中, a 包括 opening a
 * ，-clause, and (recall38) a list headed by what it covers; and the narrower reading of an
 * information list whose last items follow a ，after items joined by 、.
 */
import { cmpDec, sumDec } from './decimal.ts';
import { closesList } from './parts-sum.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import type { At } from './quote.ts';
import { lastMark } from '../text/marks.ts';

/**
 * A 包括 opening a ，-clause after a count reads as 其中 does: "全年主动公开政府信息70条，包括工作动态
 * 60条，其他信息4条" (hunt32: a real report's list, not checked). Not inside a parenthesis ("（包括上年
 * 结转30件）" names a subset, figures-in-text.ts SUBSET_PAREN); a one-item 包括 names a subset of the
 * count before it, no list (partsIn finds fewer than two parts). And "，具体包括" (hunt43: a real 2023 镇 report's
 * "新增主动公开政府信息130条，具体包括…年报1条，机构职能1条，…人事信息1条", a list not read).
 */
// (its first item may be named by a year: "，具体包括2021年信息公开年报1条，…" — recall45)
const INCLUDES_LIST = /[，,：:]\s*(?:具体)?(包括|包含)(?=[^，,；;。\d]|\d{4}\s*年(?!\s*\d))/g;

/**
 * A list headed by what it covers, after a count (recall38, session 37's hunts): "全年主动公开政府信息
 * 120条，主要类别包括：工作动态80条、…", "…，内容涵盖工作动态80条、…". Read as 其中 is, but such a head
 * does not say its items are all of the count (主要), nor that none overlaps (涵盖): only a list closed by
 * an 其他 item can be wrong (headedList); else a pass where it adds up, a skip where not.
 */
const HEADED_LIST = /[，,：:]\s*(?:其)?(?:主要)?(?:类别|类型|种类|内容)?(?:主要)?(包括|包含|涵盖)\s*[：:]?(?=[^，,；;。\d])/g;

/**
 * A count's distribution opening its list after it, read as 其中 is: "在江干区政府门户网站主动公开政府信息272条，分布情况为：
 * 公示公告类103条，信息公开指南1条，…" (hunt102: a real 2020 局's list of eleven kinds, not read).
 */
const DISTRIBUTION = /[，,：:]\s*(?:具体)?(分布)(?:情况)?(?:为|是|如下)\s*[：:]?(?=[^，,；;。\d])/g;

/**
 * A 包括 that only describes the item it stands in: "包括媒体解读、专家解读等在内的各类政策解读155条" (hunt40:
 * a real 2024 district office's list, whose 包括 was read as a list under the item before it, 209 against 22).
 */
function describesItem(text: string, q: number): boolean {
  const m = /^[^，,；;。\d]*/.exec(text.slice(q + 2));
  return /在内/.test(m?.[0] ?? '');
}

/**
 * Does the ；-clause of a ，包括 hold a count before it? Not in "完成意见征集8次；及时公开各类重要会议信息，包括区政府
 * 常务会议15次、专题会议22次" (hunt40: a real 2024 district's list of the meetings, held to the 8 before the ；):
 * the whole the 包括 divides is named in its own clause, with no count.
 */
function countBefore(text: string, q: number): boolean {
  const start = lastMark(text, '；;', q) + 1;
  return /\d/.test(text.slice(start, q));
}

/** Where the 其中 of a sentence are, and the 包括 that open a list as 其中 does, in order. */
export function listMarks(text: string): number[] {
  const at: number[] = [];
  for (let q = text.indexOf('其中'); q >= 0; q = text.indexOf('其中', q + 2)) at.push(q);
  if (text.includes('分布')) {
    DISTRIBUTION.lastIndex = 0;
    for (let m = DISTRIBUTION.exec(text); m; m = DISTRIBUTION.exec(text)) {
      const q = m.index + m[0].indexOf(m[1]!);
      if (countBefore(text, q)) at.push(q);
    }
    at.sort((a, b) => a - b);
  }
  if (!text.includes('包') && !text.includes('涵盖')) return at;
  INCLUDES_LIST.lastIndex = 0;
  for (let m = INCLUDES_LIST.exec(text); m; m = INCLUDES_LIST.exec(text)) {
    const q = m.index + m[0].length - 2;
    if (!describesItem(text, q) && countBefore(text, q)) at.push(q);
  }
  HEADED_LIST.lastIndex = 0;
  for (let m = HEADED_LIST.exec(text); m; m = HEADED_LIST.exec(text)) {
    const q = m.index + m[0].indexOf(m[1]!, 1);
    if (!at.includes(q) && !describesItem(text, q) && countBefore(text, q)) at.push(q);
  }
  return at.sort((a, b) => a - b);
}

/**
 * The items of a list of information (条) before the first ，where they are joined by 、 up to it and
 * the items after it close nothing (no 其他): "概况类信息25条、政务动态信息1180条，信息公开目录300条"
 * → the first two, when they are short of the whole (the list is then a skip, never a pass); undefined
 * for any other list.
 */
export function afterCommaAside(s: SentenceFigures, whole: TextFigure, parts: readonly At[]): At[] | undefined {
  if (whole.unit !== '条' || parts.length < 3) return undefined;
  const joins = parts.slice(1).map((p, k) => /[，,、；;]/.exec(s.text.slice(parts[k]!.f.end, p.f.start))?.[0] ?? '');
  const comma = joins.findIndex((j) => j === '，' || j === ',');
  if (comma < 1 || joins.slice(0, comma).some((j) => j !== '、')) return undefined;
  const rest = parts.slice(comma + 1);
  if (rest.some((p) => closesList(p.f.label))) return undefined;
  // (a reading that can only make a skip: where the items before the ，make the whole exactly, the
  // list is still read whole, "…、…、概况类信息40条，发布解读信息4条" an error as hunt37 keeps it)
  const narrow = parts.slice(0, comma + 1);
  return cmpDec(sumDec(narrow.map((p) => p.f.value)), whole.value) < 0 ? narrow : undefined;
}

/** Is the list at q headed by 主要/类别/内容… or 涵盖 (HEADED_LIST), not by a plain 其中 or ，包括? */
export function headedList(text: string, q: number): boolean {
  return text.startsWith('涵盖', q) || (text.startsWith('包', q) && /(?:主要|类别|类型|种类|内容)$/.test(text.slice(Math.max(0, q - 4), q)));
}
