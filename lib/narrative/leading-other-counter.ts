/**
 * The figure a 其中 opening a sentence reads as its whole, when it is the last item of a 其中 list whose
 * whole is counted in another counter: "共收到申请3件，均为自然人，其中2起为网上申请，1起为现场申请。其中，
 * 1起不属于本机关职责范围，另2起均已答复" (hunt43: a real 2022 city bureau's report; the new list divides
 * the 3 applications, not the last 起 item, and read against the 1 it was an error, 3 against 1). The
 * figure is an item of a list all the same, and the whole a guess (parts-qizhong.ts findLeadingReference):
 * a list that does not add up to it is a skip, as where the list's whole shares its counter.
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';

/** Is `whole` the last of two or more items in its counter after the 其中 at q, under a count in another counter before q? */
export function itemUnderOtherCounter(prev: SentenceFigures, q: number, whole: TextFigure): boolean {
  if (q < 0 || !prev.figures.some((f) => f.end <= q && isCount(f) && f.unit !== whole.unit)) return false;
  const items = prev.figures.filter((f) => f.start > q && f.end <= whole.end && isCount(f));
  return items.length >= 2 && items.every((f) => f.unit === whole.unit);
}

/** The list's whole in the other counter (the last count before the 其中 at q) when itemUnderOtherCounter holds, or undefined. */
export function wholeInOtherCounter(prev: SentenceFigures, q: number, whole: TextFigure): TextFigure | undefined {
  return itemUnderOtherCounter(prev, q, whole) ? prev.figures.filter((f) => f.end <= q && isCount(f)).pop() : undefined;
}
