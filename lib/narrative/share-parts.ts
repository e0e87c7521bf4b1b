/**
 * Shares whose part is not the count right before 占 (shares.ts shareSubject reads that one):
 *
 * - a share of the sum of the parts listed right before it ("其中自然人申请56件、商业企业申请3件，
 *   合计占比95.2%", "两项合计占", "二者共占"): summedShareParts. The last count alone was taken for
 *   the part ("3件占95.2%", a false flag) or the share was not read.
 * - a share named by its part, whose count stands earlier in the sentence or in table 二 ("行政处罚
 *   决定150件、行政强制决定50件，共计200件，其中行政处罚占75%", red team 21, m23): namedShareAt.
 */
import { addDec, cmpDec, formatDec, percentFits, percentText, toDec, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { RULE, saidCheck, type ClaimOutcome } from './narrative-types.ts';
import { said } from './note-words.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { readChineseCount } from './chinese-numerals.ts';
import { clauseStart, quoteSpan } from './quote.ts';
import { t2Name, T2_ITEM_WORDS, T2_ITEM_ZH, type T2Item } from './table2-measures.ts';
import type { PartsGroup } from './parts-sum.ts';
import type { At } from './quote.ts';

/**
 * The words of a share said of a sum: "合计占比", "两项合计占", "二者共占", "以上三项共计占".
 * An optional number of items (两项, 二者, 三类), then a word of summing, then 占.
 */
const SUM_SHARE = /^(?:以上|上述|这|前|其)?(?:([两二三四五六七八九十]|\d+)(?:项|者|类|种|个)?)?(?:的)?(?:合计|共计|总计|累计|一共|共同|共)(?:约)?(?:所)?(?:占|比例|比重)/;

/** Between two counts of a 、-list, each with its own words ("自然人申请56件、商业企业申请3件"). */
const LISTED = /^\s*[、和及与][^\d，,；;。：:（）()]{0,12}$/;

/** Between two counts after a 其中, the words of the next item ("…56件，商业企业申请3件"). */
const LISTED_AFTER_QIZHONG = /^\s*[、，,和及与][^\d，,；;。：:（）()]{0,12}$/;

export type SummedParts = { parts: TextFigure[] } | { unread: string } | null;

/**
 * The parts a share of a sum adds up: the counts after the 其中 of its ；-clause, or the 、-run of
 * counts right before it; null when the share says no sum (then shareSubject reads it), `unread`
 * when it does but the parts are not clear (a number of items that is not the list's length, a
 * part in parentheses or a change among them): the last count alone is then no part either.
 */
export function summedShareParts(s: SentenceFigures, share: TextFigure): SummedParts {
  if (share.unit !== '%' || !share.share) return null;
  const at = clauseStart(s.text, share.start);
  const words = s.text.slice(at, share.start).trim();
  const m = SUM_SHARE.exec(words);
  if (!m) return null;
  const from = semicolonClauseStart(s.text, share.start);
  const before = s.figures.filter((f) => f.end <= at && f.start >= from);
  const last = before[before.length - 1];
  if (!last) return null;
  // the share's ，-clause right after the last count ("…3件，合计占比95.2%"); after a parenthesis
  // or a change ("3件（含个体工商户1件），合计占比…", "56件，同比增加5件，合计占比…") what is summed
  // is not clear, and the count before is no part alone either
  const plain = (f: TextFigure): boolean => isCount(f) && f.unit === last.unit && f.change === null && f.paren === null;
  const qizhong = s.text.lastIndexOf('其中', last.start);
  const inList = qizhong >= from ? before.filter((f) => f.start > qizhong) : before;
  if (!/^\s*[，,]$/.test(s.text.slice(last.end, at)) || !plain(last)) {
    return inList.length >= 2 ? { unread: '所合计的各项中有括号中的数或增减数，合计的是哪几项不明' } : null;
  }
  let parts: TextFigure[] = [last];
  const joinedBy = qizhong >= from ? LISTED_AFTER_QIZHONG : LISTED;
  for (let k = before.length - 2; k >= 0; k--) {
    const f = before[k] as TextFigure;
    const next = parts[0] as TextFigure;
    if (qizhong >= from && f.start < qizhong) break;
    if (!joinedBy.test(s.text.slice(f.end, next.start))) break;
    parts = [f, ...parts];
  }
  if (parts.length < 2) return null;
  const n = m[1] ? readCount(m[1]) : null;
  if (n !== null && n !== parts.length) return { unread: `“${words}”所说的项数与前面所列${parts.length}项不一致，所合计的是哪几项不明` };
  if (parts.some((p) => !plain(p))) return { unread: '所合计的各项中有括号中的数或增减数，合计的是哪几项不明' };
  return { parts };
}

function readCount(t: string): number | null {
  if (/^\d+$/.test(t)) return Number(t);
  return t === '两' ? 2 : readChineseCount(t);
}

/** One figure standing for the sum of the parts ("56件、3件合计59件"): what a share of it is said of. */
export function sumFigure(parts: readonly TextFigure[]): TextFigure {
  const first = parts[0] as TextFigure;
  const last = parts[parts.length - 1] as TextFigure;
  const value = parts.reduce((acc, p) => addDec(acc, p.value), { n: 0n, d: 0 } as Dec);
  return {
    ...last,
    raw: `${parts.map((p) => p.raw).join('、')}合计${formatDec(value)}${last.unit}`,
    value,
    printed: value,
    ulp: parts.find((p) => p.ulp)?.ulp ?? null,
    start: first.start,
    end: last.end,
    label: first.label,
    change: null,
    paren: null,
  };
}

/** "其中行政处罚占75%": the part the share names (行政处罚), 2 to 12 characters, no figure or mark in it. */
const NAMED_SHARE = /^其中([^\d，,；;。：:、（）()%]{2,12}?)(?:的)?(?:所)?(?:占比|占)(?:例|重)?(?:为|达|约)?$/;

/** Words a name may add to a table 二 item ("行政处罚决定", "行政处罚案件"). */
const T2_NAME_REST = /^(?:决定|处理决定|决定书|案件|事项|类)?$/;

export interface NamedShare {
  /** the part's name as the share gives it: "行政处罚" */
  name: string;
  /** the count right before the 其中: the whole */
  whole: TextFigure;
  /** the one count earlier in the ；-clause whose words hold the name, or null */
  part: TextFigure | null;
  /** when no count of the text is the part: the table 二 item the name is (its 处理决定) */
  t2Item: T2Item | null;
}

/**
 * A share named by its part and opening a 其中 right after a count ("共计200件，其中行政处罚占75%"):
 * that count is its whole, the one count before it in the ；-clause whose words hold the name its
 * part ("行政处罚决定150件"). Null when the shape is not this one; part null when no count or
 * several hold the name.
 */
export function namedShareAt(s: SentenceFigures, share: TextFigure): NamedShare | null {
  if (share.unit !== '%' || !share.share || share.approx || share.paren !== null) return null;
  const at = clauseStart(s.text, share.start);
  const m = NAMED_SHARE.exec(s.text.slice(at, share.start).trim());
  if (!m) return null;
  const name = (m[1] as string).trim();
  const before = s.figures.filter((f) => f.end <= share.start);
  const whole = before[before.length - 1];
  if (!whole || !isCount(whole) || whole.change !== null || whole.paren !== null) return null;
  if (!/^\s*[，,]$/.test(s.text.slice(whole.end, at))) return null;
  const from = semicolonClauseStart(s.text, share.start);
  const holding = before.filter((f) => f !== whole && f.start >= from && isCount(f) && f.unit === whole.unit && f.label.includes(name));
  const part = holding.length === 1 && (holding[0] as TextFigure).change === null && (holding[0] as TextFigure).paren === null ? (holding[0] as TextFigure) : null;
  if (holding.length > 1) return { name, whole, part: null, t2Item: null };
  return { name, whole, part, t2Item: part ? null : t2ItemNamed(name) };
}

/** The table 二 item with 处理决定 a name is, and nothing more ("行政处罚", "行政许可决定"), or null. */
function t2ItemNamed(name: string): T2Item | null {
  for (const { item, re } of T2_ITEM_WORDS) {
    if (item !== 'license' && item !== 'penalty' && item !== 'enforcement') continue;
    const m = new RegExp(`^${re.source}`).exec(name);
    if (m && T2_NAME_REST.test(name.slice(m[0].length))) return item;
  }
  return null;
}

/**
 * The shares named by a part the text gives no count of ("全年作出处理决定345件，其中行政处罚占
 * 92.2%"): a pass when table 二's 处理决定 of the item named fits the whole, else a skip saying why
 * (the whole may count other decisions, the table's figure be another year's): never a finding.
 */
export function namedShareOutcomes(sentences: readonly SentenceFigures[], paragraphs: readonly Paragraph[], figures: Readonly<Record<string, number | null>>): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  for (const s of sentences) {
    for (const share of s.figures) {
      if (share.unit !== '%' || !share.share || summedShareParts(s, share) !== null) continue;
      const named = namedShareAt(s, share);
      if (!named || named.part) continue;
      const quote = quoteSpan(paragraphs, { s, f: named.whole }, { s, f: share });
      const cell = named.t2Item ? figures[t2Name(named.t2Item, 'decisions')] : undefined;
      const label = named.t2Item ? `表二“${T2_ITEM_ZH[named.t2Item]}”的“本年处理决定数量”` : '';
      if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && named.whole.ulp === null) {
        const v = toDec(cell, 0);
        const shown = percentText(v, named.whole.value, Math.max(share.printed.d, 2));
        const detail = `${label}${cell} ÷ ${named.whole.raw} = ${shown}%，正文 ${share.raw}`;
        if (cmpDec(v, named.whole.value) <= 0 && percentFits(v, named.whole.value, share.printed) !== 'no') {
          out.push({ check: { rule: RULE.share, outcome: 'pass', quote, detail } });
        } else {
          out.push({ check: { rule: RULE.share, outcome: 'skip', quote, detail: `${detail}；正文没有给出“${named.name}”的数，${named.whole.raw}未必只含表二所计的决定，不作判断` } });
        }
        continue;
      }
      out.push({ check: saidCheck(RULE.share, 'skip', quote, said('shareNotNamed', named.name)) });
    }
  }
  return out;
}

/** "动漫解读占比30.4%": a share whose own words (2 to 12 characters, no figure or mark) name its part. */
const ITEM_SHARE = /^([^\d，,；;。：:、（）()%“”"]{2,12}?)(?:的)?(?:所)?(?:占比|占)(?:例|重)?(?:为|达|约)?$/;
/** Words that make such a share another shape (其中…占: namedShareAt; 合计占: summedShareParts) or no name. */
const NOT_A_NAME = /^(?:其中|其|合计|共计|总计|累计|共|约|仅|只|所|即|则|达|分别)/;

/**
 * A share named by an item of a list before it in its sentence: "共解读文件23个。其中图片解读文件16
 * 个，动漫解读文件7个，实现图文解读全覆盖，动漫解读占比30.4%" (hunt34: a 2024 district office's
 * report, not read: the clause names its own subject). The part is the one item whose words hold
 * the name, in a list of the sentence (its whole there or in the sentence its 其中 opens after) that
 * adds up to its whole exactly (so the whole is read, not guessed); null when the share names
 * nothing, or no such list or several items answer it.
 */
export function itemNamedShare(s: SentenceFigures, share: TextFigure, groups: readonly PartsGroup[]): { part: TextFigure; whole: At } | null {
  if (share.unit !== '%' || !share.share || share.approx || share.paren !== null) return null;
  const m = ITEM_SHARE.exec(s.text.slice(clauseStart(s.text, share.start), share.start).trim());
  const name = m?.[1]?.trim();
  if (!name || NOT_A_NAME.test(name)) return null;
  const found = new Map<TextFigure, At>();
  for (const g of groups) {
    if (g.guess || g.tentative || g.parts.some((p) => p.s !== s)) continue;
    const sum = g.parts.reduce((acc, p) => addDec(acc, p.f.value), { n: 0n, d: 0 } as Dec);
    if (cmpDec(sum, g.whole.f.value) !== 0) continue;
    for (const p of g.parts) if (p.f.end <= share.start && isCount(p.f) && p.f.label.includes(name)) found.set(p.f, g.whole);
  }
  const [only, ...more] = [...found];
  return only && more.length === 0 ? { part: only[0], whole: only[1] } : null;
}
