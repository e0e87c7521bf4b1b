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
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { bracketWholeShare } from './share-bracket-whole.ts';

export function countPastShare(s: SentenceFigures, before: readonly TextFigure[], keywordAt: number): TextFigure | null {
  const share = before[before.length - 1];
  const count = before[before.length - 2];
  if (share && !share.share && s.figures[before.length - 1] === share && /^\s*[，,]\s*$/.test(s.text.slice(share.end, keywordAt))) {
    return bracketWholeShare(s, before.length - 1)?.part ?? null;
  }
  if (!share || !count || share.unit !== '%' || !share.share || !isCount(count)) return null;
  if (!/^[，,]\s*(?:约|仅|只)?占[^，,；;。！？\d０-９]{0,24}$/.test(s.text.slice(count.end, share.start))) return null;
  return /^\s*[，,]\s*$/.test(s.text.slice(share.end, keywordAt)) ? count : null;
}
