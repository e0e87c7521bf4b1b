/**
 * Items partsIn takes out that a list may still hold (txt100: lost passes since txt97, rt98 left them). A row of a result said after it
 * ("不予公开3件，…其他处理1件，涉及国家秘密2件" of 63) is read as its breakdown, and a running total to the report's year's end
 * ("截至2024年底累计发布政策解读100条") as all years' — but a writer may list them as items of the year's: where the list without the
 * item is short of its whole and with it makes the whole exactly, the list with it is read (it passes, as it did before txt97). Only
 * then: a list with it past its whole, or short of it, is read without it as before (a wrong twin is no pass: one figure off, neither
 * reading adds up). Rows only one, and less than its result (a full breakdown is its result's: "不予公开5件，…涉及国家秘密2件，属于过程性
 * 信息3件").
 */
import { cmpDec, sumDec } from './decimal.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import type { At } from './quote.ts';

/** What a reading of a list keeps that partsIn's first reading takes out. */
export interface Keep {
  /** a lone row of a result, less than it (parts-breakdowns.ts withoutDeniedRows) */
  row?: boolean;
  /** a running total to the report's year's end (other-year.ts runningToYearEnd) */
  yearEnd?: boolean;
}

/** Words that may name such an item, in the list's span: a result with rows, a 累计. */
const MAY_KEEP: readonly [Keep, RegExp][] = [
  [{ row: true }, /不予公开|无法提供|不予处理/],
  [{ yearEnd: true }, /累计/],
];

/**
 * The list read with one more item kept, where the first reading (`list`) is short of the whole and the one keeping it adds up to it
 * exactly; null otherwise. `again` reads the list anew keeping what it is given.
 */
export function keptReading(s: SentenceFigures, whole: TextFigure, from: number, to: number, list: readonly At[], again: (keep: Keep) => At[]): At[] | null {
  if (list.length === 0 || cmpDec(sumDec(list.map((p) => p.f.value)), whole.value) >= 0) return null;
  const span = s.text.slice(from, to);
  for (const [keep, words] of MAY_KEEP) {
    if (!words.test(span)) continue;
    const alt = again(keep);
    if (alt.length !== list.length + 1 || !list.every((p) => alt.some((q) => q.f === p.f))) continue;
    if (cmpDec(sumDec(alt.map((p) => p.f.value)), whole.value) === 0) return alt;
  }
  return null;
}
