/**
 * A part's change said twice before its share (rt78): "其中网上申请48件，较2023年增加10件，增长26.3%，占比77.4%" — the
 * count's change in 件 and then in %, both of the 48, the share of the 48 (it was read as no share at all, its wrong twin
 * "占比87.4%" missed). shares.ts passes over a change said of the count before it ("，同比增长20%", "，较2023年增加10件");
 * this is the second change of a pair: a ，-clause of nothing but a verb of change, right after a change figure of the
 * count. "较2023年" itself is shares.ts's CHANGE_BETWEEN.
 */
import type { TextFigure } from './figures-in-text.ts';

/** Nothing but the verb of change: "，增长", "，同比增长", "，下降了". */
const CHANGE_AGAIN = /^[，,]\s*(?:同比|环比)?(?:增长|增加|上升|下降|减少|降低|提高|增幅|降幅)(?:了|为|达)?$/;

/** Is before[k] the second change of a pair (before[k − 1] a change of the count too, its ，-clause only a verb)? */
export function changeAgain(before: readonly TextFigure[], k: number, text: string): boolean {
  const prev = before[k - 1];
  const f = before[k];
  return prev !== undefined && f !== undefined && prev.change !== null && f.unit === '%' && prev.unit !== '%' && CHANGE_AGAIN.test(text.slice(prev.end, f.start));
}
