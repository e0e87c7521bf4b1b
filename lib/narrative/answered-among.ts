/**
 * Results listed "among those answered", the sentence after the count answered (hunt47's leftover, session 46's
 * hunt48): a 2023 市政府办公室's "收到政府信息公开申请信件22件，其中本年度答复21件，结转下年度办理1件。在已答复的
 * 信件中，予以公开7件，部分公开6件，无法提供8件（均属于本机关不掌握的信息）。"
 * - The list is of that count: their sum is a list under it (a pass where it is, an error where it runs over, a
 *   skip where short, as after 其中), read where the sentence before holds one count of those answered or closed.
 * - Where that count is this year's own (it fits table 三's 办理结果总计 less 上年结转, not 办理结果总计 itself), each
 *   result is this year's own too, and table 三's rows count those carried in besides: a result up to 上年结转 fewer
 *   than its row may be true (a skip), more than its row or fewer still is not.
 */
import { decToNumber } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { readingValue, type Measure } from './measures.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { skipWith } from './note-words.ts';
import { notThisYears } from './other-year.ts';
import { closesList, inSubsetParen, partsIn, type PartsGroup } from './parts-sum.ts';

/** "在已答复的信件中，", "已办结的申请中：", "在答复的21件中" is result-run.ts's (its count inside). */
const AMONG_ANSWERED = /^[\s，,]*(?:在|从)?(?:已|已经)?(?:答复|办结|办理完毕|处理完毕)的[^，,；;。\d]{0,8}?中\s*[，,：:]?\s*/;
/** A count of those answered or closed, by the words before it; not those still open or carried on. */
const ANSWERED = /答复|办结|办理完毕|处理完毕/;
const NOT_ANSWERED = /结转|转入|顺延|未|正在|尚在|办理中/;

/** The one count answered of the sentence before `i` (same paragraph) that the list opening `i` divides, or null. */
function answeredBefore(sentences: readonly SentenceFigures[], i: number, unit: string, year: number | null): TextFigure | null {
  const s = sentences[i];
  const prev = sentences[i - 1];
  if (!s || !prev || prev.para !== s.para || !AMONG_ANSWERED.test(s.text)) return null;
  const counts = prev.figures.filter((f) => isCount(f) && f.unit === unit && !inSubsetParen(f) && !notThisYears(prev, f, year) && ANSWERED.test(f.label) && !NOT_ANSWERED.test(f.label));
  return counts.length === 1 ? counts[0]! : null;
}

export function findAnsweredAmongNext(sentences: readonly SentenceFigures[], i: number, year: number | null): PartsGroup[] {
  const s = sentences[i];
  const m = s ? AMONG_ANSWERED.exec(s.text) : null;
  if (!s || !m || s.figures.length < 2) return [];
  const first = s.figures.find((f) => f.start >= m[0].length && isCount(f) && !inSubsetParen(f));
  const whole = first ? answeredBefore(sentences, i, first.unit, year) : null;
  if (!whole) return [];
  const parts = partsIn(s, whole, m[0].length, s.text.length, false, year);
  if (parts.length < 2) return [];
  return [{ shape: 'qizhong-next', whole: { s: sentences[i - 1]!, f: whole }, parts, complete: parts.some((p) => closesList(p.f.label)) }];
}

/**
 * A result of table 三 failed against its row, in a sentence of results among those answered whose count is this
 * year's own: a skip where it is up to 上年结转 fewer than the row; the outcome as it was otherwise.
 */
export function ofYearsOwnAnswered(outcome: ClaimOutcome, sentences: readonly SentenceFigures[], i: number, f: TextFigure, measure: Measure, figures: Readonly<Record<string, number | null>>): ClaimOutcome {
  if (outcome.check.outcome !== 'fail') return outcome;
  const whole = answeredBefore(sentences, i, '件', null);
  const carried = figures['t3.carried.total'] ?? null;
  const processed = figures['t3.processed.total'] ?? null;
  const row = measure.strict[0] ? readingValue(measure.strict[0], figures) : null;
  if (!whole || carried === null || processed === null || row === null || carried <= 0 || decToNumber(whole.value) !== processed - carried) return outcome;
  const v = decToNumber(f.value);
  if (v >= row || v < row - carried) return outcome;
  return { check: skipWith(outcome.check, 'answeredOwnYear', whole.raw, String(carried)) };
}
