/**
 * Results opening the sentence after one that divides its whole with its own 其中 (recall36, session
 * 35's hunts): "全年共收到申请40件，其中当面申请5件，网上申请35件。予以公开20件，部分公开8件，无法提供12件。"
 * results-after-whole.ts findResultsOpeningSentence reads no sentence before holding a list, for the
 * results could be of one of its items; here they cannot: the list before splits its whole by another
 * dimension (how it came, who applied), its items add up to it, and the sentence holds nothing else
 * counted in the counter. The results then divide the same whole, as findResultsOpeningSentence judges
 * them: a pass where they add up; over a count answered an error; under a count received a skip.
 */
import { cmpDec, sumDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { clauseEnd, dimensionOf, LIST_LEAD, type PartsGroup } from './parts-sum.ts';
import { groupOf, itemWords, RESULT_ITEM, resultsFrom, wholeOfResults } from './results-after-whole.ts';

/** The dimensions a list before the results may divide the whole by (not results: another list of them). */
const OTHER_DIMENSIONS = new Set(['channel', 'applicant']);

export function findResultsAfterQizhongSentence(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup[] {
  const s = sentences[i];
  const prev = sentences[i - 1];
  if (!s || !prev || prev.para !== s.para || s.figures.length < 2 || !prev.text.includes('其中') || !/予以公开|同意公开|部分公开|不予公开|无法提供|不予处理/.test(s.text)) return [];
  const k = s.figures.findIndex((f) => f.paren === null);
  const first = s.figures[k];
  if (!first || !RESULT_ITEM.test(itemWords(s.text.slice(0, first.start)))) return [];
  // the sentence before: its whole, 其中, and its items, nothing else in the counter (a share after an item is the item's)
  const counts = prev.figures.filter((f) => f.unit === first.unit && isCount(f) && !f.share);
  const whole = counts[0];
  const items = counts.slice(1);
  if (!whole || items.length < 2 || counts.some((f) => f.paren !== null || notThisYears(prev, f, year)) || !wholeOfResults(prev, whole, year)) return [];
  if (!/^[，,\s]*其中[，,：:\s]*[^，,；;。\d]*$/.test(prev.text.slice(whole.end, items[0]!.start))) return [];
  if (prev.figures.some((f) => f.start > items[items.length - 1]!.end && isCount(f))) return [];
  const dims = items.map((f) => dimensionOf(f.label.replace(/^[、，,\s]+/, '').replace(LIST_LEAD, '')));
  if (!dims[0] || !OTHER_DIMENSIONS.has(dims[0]) || dims.some((d) => d !== dims[0])) return [];
  if (cmpDec(sumDec(items.map((f: TextFigure) => f.value)), whole.value) !== 0) return [];
  const parts = resultsFrom(s, k, whole, clauseEnd(s.text, first.start), year);
  if (parts.length < 2) return [];
  return [groupOf({ s: prev, f: whole }, s, parts, undefined, undefined, undefined, year)];
}
