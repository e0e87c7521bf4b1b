/**
 * A change said of a count past the count's share (txt75, rt78's 65): "全年新收申请62件，占全市市直部门申请总量的8.5%，
 * 较2023年增加8件，增长41.8%" — the figure right before the comparison is the share, no count, and the change went
 * unread. Read as the count's only in this shape: a count, "，占…" and its share (one ，-clause, no ；), then "，" and
 * the comparison; and only a change that gives its amount in the count's own unit ("增加8件": year-on-year.ts
 * readChangeClaim asks it), so that a change of the share itself ("提高0.5个百分点", "增长14.8%" alone) is not taken
 * for the count's.
 * txt78 (rt80's miss): a share whose whole stands in its own bracket ("62件，占全省申请总数（1268件）的4.9%，较上年（54件）
 * 增加8件") has that whole between the count and the share; the count is the one share-bracket-whole.ts reads as its part.
 */
import { decToNumber } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { bracketWholeShare } from './share-bracket-whole.ts';

export function countPastShare(s: SentenceFigures, before: readonly TextFigure[], keywordAt: number): TextFigure | null {
  const share = before[before.length - 1];
  const count = before[before.length - 2];
  if (share && !share.share && s.figures[before.length - 1] === share && /^\s*[，,]\s*$/.test(s.text.slice(share.end, keywordAt))) {
    const bw = bracketWholeShare(s, before.length - 1);
    return bw && !ofTheWhole(s, keywordAt, bw.part, bw.whole) ? bw.part : null;
  }
  if (!share || !count || share.unit !== '%' || !share.share || !isCount(count)) return null;
  if (!/^[，,]\s*(?:约|仅|只)?占[^，,；;。！？\d０-９]{0,24}$/.test(s.text.slice(count.end, share.start))) return null;
  return /^\s*[，,]\s*$/.test(s.text.slice(share.end, keywordAt)) ? count : null;
}

/**
 * rt83: a comparison after a bracketed-whole share may be the whole's ("62件，占全省申请总数（1268件）的4.9%，较上年（1148件）增加120件，
 * 增长10.5%": the province's 1148 → 1268). Not the part's when the first count of the comparison, in their unit, is last year's nearer
 * the whole than the part, or an increase the part cannot have had (增加120件 of 62: last year's would be none or fewer).
 */
function ofTheWhole(s: SentenceFigures, keywordAt: number, part: TextFigure, whole: TextFigure): boolean {
  const end = s.text.slice(keywordAt).search(/[；;。]/);
  const f = s.figures.find((x) => x.start >= keywordAt && (end < 0 || x.start < keywordAt + end) && x.unit === part.unit && x.change === null && !x.approx);
  const f2 = f ?? s.figures.find((x) => x.start >= keywordAt && (end < 0 || x.start < keywordAt + end) && x.unit === part.unit);
  if (!f2) return false;
  const v = decToNumber(f2.value);
  const p = decToNumber(part.value);
  if (f2.paren !== null || /的$/.test(f2.label)) return Math.abs(v - decToNumber(whole.value)) < Math.abs(v - p);
  return v >= p && /增加|增长|上升|提高|多/.test(s.text.slice(keywordAt, f2.start));
}
