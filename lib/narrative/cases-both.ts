/**
 * Outcomes written after both counts, a 复议's and a 诉讼's (recall39, rt38b's misses): "被申请行政复议
 * 3件、被提起行政诉讼2件，其中维持3件，纠正1件，尚未审结1件". Table 四 counts each case once, by its
 * outcome, so the outcomes of both are parts of the two counts' sum: a reading whose whole is that sum
 * (parts-qizhong.ts after 其中, parts-other-shapes.ts with none). Before, after 其中 the list was a skip
 * (the whole unsure) and over the sum an error against the 诉讼's count alone; with no 其中, after a "，",
 * the outcomes were read as the 诉讼's alone (3 + 1 + 1 against 2: a false error).
 */
import { addDec } from './decimal.ts';
import { isCount, type TextFigure } from './figures-in-text.ts';

/** The kind of case a count's words name: a 复议 or a 诉讼 ("复议后起诉" is a suit). */
function kindOf(words: string): 'review' | 'suit' | null {
  const w = words.replace(/(?:未经(?:行政)?复议(?:直接)?|(?:经)?(?:行政)?复议后)(?:提起|起诉|诉讼)/g, '起诉');
  const review = /复议/.test(w);
  const suit = /诉讼|起诉/.test(w);
  return review === suit ? null : review ? 'review' : 'suit';
}

/** Between the two counts: a joiner and the second's words alone ("、被提起行政诉讼", "，行政诉讼"). */
const JOINED = /^\s*(?:[、，,和及与]|以及)\s*[^\d，,；;。、（）()其]{0,16}$/;

/**
 * Are `a` and `b` the two counts, one of 复议 and one of 诉讼, in that order, joined right after each
 * other (`between` the words from a's end to b's start)?
 */
export function reviewAndSuitCounts(a: TextFigure | undefined, b: TextFigure, between: string): boolean {
  if (!a || !isCount(a) || !isCount(b) || a.unit !== b.unit || a.paren !== null || b.paren !== null || !JOINED.test(between)) return false;
  const [x, y] = [kindOf(a.label), kindOf(between)];
  return x !== null && y !== null && x !== y;
}

/** The two counts' sum, as a whole standing where they stand: "3件+2件". */
export function casesSum(a: TextFigure, b: TextFigure): TextFigure {
  const value = addDec(a.value, b.value);
  return { ...b, start: a.start, end: b.end, label: a.label, value, printed: value, ulp: null, raw: `${a.raw}+${b.raw}`, approx: false } satisfies TextFigure;
}

