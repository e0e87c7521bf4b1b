/**
 * The whole a list's lead gives the shares of its items, each item its own paragraph (hunt44: a
 * real 2021 镇 report's "主动公开的8条信息中，主要类别如下：" then "1.机构设置…：…本年度新增信息3条，
 * 占37.5%。", "2.…2条，占25%。", "3.…3条，占37.5%。"; the first share was read against the 历年累计
 * 535条 of the sentence before the lead, a guess, and the others against nothing). Read only when
 * the share's paragraph and every paragraph between it and the lead open with a list mark (1. /
 * （一） / 一、) numbered in turn from 1 in one style, the lead is the last sentence of the paragraph
 * right before the first of them and ends in 如下： with words of kinds only after its 中, and it frames exactly one count of the share's unit with 中 ("…的8条信息中"), no
 * smaller than the part.
 */
import { cmpDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { At } from './quote.ts';

const MARK = /^\s*(?:(\d{1,2})\s*[.、．](?!\d)|[（(]([一二三四五六七八九十\d]{1,3})[)）]|([一二三四五六七八九十]{1,3})\s*、)/;
const LEAD = /如下\s*[：:]\s*$/;
/**
 * The lead's words between its 中 and 如下 name kinds of the count, nothing else (rt46: "…120条信息中，本单位情况如下：",
 * "…中，其他部门的信息如下：" are no division of the count).
 */
const KINDS_FOLLOW = /^\s*[，,]\s*(?:其|按)?(?:主要|具体)?(?:按)?(?:信息)?(?:类别|分类|类型|内容|构成)?(?:分布|情况|划分)?(?:为|是)?\s*如下\s*[：:]\s*$/;
const NUMERAL = '一二三四五六七八九';
/** The item's mark, its style and number ("2." → d 2, "（二）" → p 2, "二、" → c 2), or null. */
function markOf(text: string): { style: string; n: number } | null {
  const m = MARK.exec(text);
  if (!m) return null;
  const num = (t: string): number => (/^\d+$/.test(t) ? Number(t) : t === '十' ? 10 : t.length === 1 ? NUMERAL.indexOf(t) + 1 : t.startsWith('十') ? 10 + NUMERAL.indexOf(t[1]!) + 1 : NaN);
  if (m[1]) return { style: 'd', n: num(m[1]) };
  if (m[2]) return { style: 'p', n: num(m[2]) };
  return { style: 'c', n: num(m[3]!) };
}
/** the words between the lead's count and its 中: "信息", "条信息" is the count's own */
const FRAMED = /^\s*[^\d，,；;。：:]{0,8}?中\s*[，,]/;
/** items between the lead and the share, at most */
const MAX_ITEMS = 12;

export function leadWholeBefore(sentences: readonly SentenceFigures[], i: number, part: TextFigure): At | null {
  const s = sentences[i];
  if (!s) return null;
  const opens = (para: number): { style: string; n: number } | null => {
    const first = sentences.find((x) => x.para === para);
    return first && first.offset === 0 ? markOf(first.text) : null;
  };
  // (the items numbered in turn from 1, in one style: a heading "（二）依申请公开情况" or "二、政策解读情况" between
  // starts another list — rt46)
  const own = opens(s.para);
  if (!own) return null;
  let para = s.para;
  let mark = own;
  while (mark.n > 1 && para > 0 && s.para - para < MAX_ITEMS) {
    const before = opens(para - 1);
    if (!before || before.style !== mark.style || before.n !== mark.n - 1) return null;
    para--;
    mark = before;
  }
  if (mark.n !== 1) return null;
  const before = sentences.filter((x) => x.para === para - 1);
  const lead = before[before.length - 1];
  if (!lead || !LEAD.test(lead.text)) return null;
  const counts = lead.figures.filter((f) => isCount(f) && f.unit === part.unit);
  const w = counts[0];
  if (!w || counts.length !== 1 || !FRAMED.test(lead.text.slice(w.end)) || cmpDec(w.value, part.value) < 0) return null;
  if (!KINDS_FOLLOW.test(lead.text.slice(w.end).replace(/^[^，,]*?中/, ''))) return null;
  return { s: lead, f: w };
}
