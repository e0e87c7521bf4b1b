/**
 * Results written figure first (red team rt38): "全年办结63件，其中32件予以公开，7件部分公开，5件不予
 * 公开…" — a row of table 三 named right after a figure whose clause names nothing before it (其中,
 * 有, 另有…), and nothing else after it up to the clause's end. Written label first ("其中予以公开32件")
 * each item was compared with its row; written figure first the list was only summed.
 */
import { APPLY_MEASURES, readingValue, type Measure } from './measures.ts';
import { decToNumber } from './decimal.ts';
import { semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { CARRIED_SOURCE } from './period.ts';
import { wordsAfter } from './quote.ts';
import { skipWith } from './note-words.ts';

/**
 * The result's words after its figure: "予以公开", "作其他处理", "为部分公开", and "办理结果为予以公开"
 * (recall39, hunt38's miss: "32件办理结果为予以公开，7件办理结果为部分公开…" was only summed).
 */
const WORDS = String.raw`(?:申请)?(?:(?:的)?(?:办理|答复|处理)?结果(?:为|是)|(?:均|已|已经|依法)?(?:被|为|作|作出|予以)?)(予以公开|部分同意公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:的申请)?`;
/**
 * The clause before the figure: nothing but a list's lead, then any items of the same shape joined by
 * 、 ("其中32件予以公开、7件部分公开、5件…": recall38b), each a figure and its result's words alone.
 */
const LEAD = new RegExp(String.raw`^(?:其中|另有|还有|另|包括)?[，,：:\s]*(?:有)?(?:(?:[0-9０-９]+|[〇零一二两三四五六七八九十]+)\s*件\s*${WORDS}\s*、\s*)*$`);
/**
 * After it: the result's words alone ("予以公开", "作其他处理", "为部分公开"), then the clause's end, or a
 * 、 before the next item's figure (not "32件予以公开、部分公开": two results, one figure).
 */
const RESULT_AFTER = new RegExp(String.raw`^${WORDS}(?=\s*(?:[，,；;。]|、\s*[0-9０-９〇零一二两三四五六七八九十]|$))`);
const ROW: Readonly<Record<string, string>> = { 予以公开: 'granted', 同意公开: 'granted', 部分同意公开: 'partial', 部分公开: 'partial', 不予公开: 'denied', 无法提供: 'unable', 不予处理: 'notProcessed', 其他处理: 'other' };

/** The row a figure's words after it name, and those words; null when they name none, or more. */
export function resultNamedAfter(clause: string, after: string): { measure: Measure; words: string } | null {
  if (!LEAD.test(clause.trim())) return null;
  const m = RESULT_AFTER.exec(after);
  const measure = m ? APPLY_MEASURES.find((x) => x.id === ROW[m[1] as string]) : undefined;
  return m && measure ? { measure, words: m[0] } : null;
}

/**
 * Do the words after a figure name a result at once ("上年结转的2件予以公开")? Then the figure counts
 * those of its label's applications that had that result, a part of them, not their number (rt39).
 */
export function resultRightAfter(after: string): boolean {
  return RESULT_AFTER.test(after);
}

/**
 * The part of the same result carried in from last year, said after a count of that result:
 * "其中40件予以公开，另有上年结转的2件予以公开" — the text's 予以公开 is 40 + 2, which is what table 三's row
 * counts (rt39's left false error: the 40 alone was compared with 42). The later figure, or null.
 */
export function carriedPartOfSameResult(s: SentenceFigures, f: TextFigure, measureId: string): TextFigure | null {
  for (const g of s.figures) {
    if (g.start <= f.end || g.unit !== f.unit || g.paren !== null) continue;
    // (or that result's row in a ；-clause of those carried in: "…予以公开13件，…；上年结转办理1件，予以公开1件" — hunt49)
    const named = /(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)$/.exec(g.label.replace(/[，,、\s]/g, ''));
    if (named && ROW[named[1] as string] === measureId && ofCarriedIn(s, g)) return g;
    if (!/(?:另有|还有|此外|另)?(?:上年|上一年|上年度)结转(?:的|申请)?$/.test(g.label.replace(/[，,\s]/g, ''))) continue;
    const m = RESULT_AFTER.exec(wordsAfter(s, g));
    if (m && ROW[m[1] as string] === measureId) return g;
  }
  return null;
}

/**
 * A ；-clause opening on the count carried in, handled or answered, then its results: "2023年共新收到和处理…申请17件，
 * 予以公开13件，不予公开2件，无法提供2件；上年结转办理1件，予以公开1件" (天津港保税区 2023, hunt49). Its results are those
 * carried in only, a part of table 三's rows (each was compared alone, and so was the 13 before it: two false errors).
 */
const CARRIED_IN_HEAD = new RegExp(String.raw`^[\s；;，,]*(?:另有|另|其中)?(?:${CARRIED_SOURCE})(?:的)?(?:(?:政府)?信息公开申请|申请)?(?:办理|答复|办结|处理)?\s*[0-9０-９一二两三四五六七八九十]+\s*件\s*[，,：:]`);
/**
 * The same head after a count of the year's own in its clause: "全年共收到政府信息公开申请62件，上年结转4件，其中予以公开2件，
 * 部分公开1件，不予公开1件" (recall54: 1 against 部分公开 7 was an error). The 其中 may divide 66 or the 4; only where the
 * results after it, all of them to the clause's end, add up to no more than the 4 are they read as those carried in.
 */
const CARRIED_IN_MID = new RegExp(String.raw`[，,](?:另有|另)?(?:${CARRIED_SOURCE})(?:的)?(?:(?:政府)?信息公开申请|申请)?\s*([0-9０-９]+)\s*件\s*[，,：:]\s*(?:已全部办结[，,]\s*)?其中[，,：:]?`);

/**
 * Is `f` a result in such a clause, past its head, with only results between them? Not where a count of the year's
 * whole comes between: "本年新收申请62件；上年结转4件，全年办结63件，其中不予处理2件" lists the 63's results, not those
 * carried in (rt50: each was a skip, the wrong twin swallowed).
 */
export function ofCarriedIn(s: SentenceFigures, f: TextFigure): boolean {
  const from = semicolonClauseStart(s.text, f.start);
  const m = CARRIED_IN_HEAD.exec(s.text.slice(from));
  if (m === null || from + m[0].length > f.start) return ofCarriedInMid(s, f, from);
  return s.figures.every((g) => g.start < from + m[0].length || g.start >= f.start || g.paren !== null || RESULT_LABEL.test(g.label.replace(/[，,、\s]/g, '')));
}

/** CARRIED_IN_MID: `f` among the results after the head, every figure after it to the ；-clause's end a result, their sum no more than the head's. */
function ofCarriedInMid(s: SentenceFigures, f: TextFigure, from: number): boolean {
  const end = [s.text.indexOf('；', from), s.text.indexOf(';', from)].filter((k) => k >= 0).reduce((a, b) => Math.min(a, b), s.text.length);
  const m = CARRIED_IN_MID.exec(s.text.slice(from, end));
  if (m === null) return false;
  const after = from + m.index + m[0].length;
  if (after > f.start) return false;
  const list = s.figures.filter((g) => g.start >= after && g.end <= end);
  if (!list.includes(f) || list.some((g) => g.paren !== null || g.unit !== '件' || !RESULT_LABEL.test(g.label.replace(/[，,、\s]/g, '')))) return false;
  return list.reduce((t, g) => t + decToNumber(g.value), 0) <= Number(m[1]);
}
/** A figure's label that names a result of table 三 and nothing else: "予以公开", "，无法提供". */
const RESULT_LABEL = /^(?:其中)?(?:予以公开|部分公开|部分同意公开|同意公开|不予公开|无法提供|不予处理|其他处理)$/;

/**
 * Such a result failed against its row: a skip, the part the text names being no claim of the whole — where it is no
 * more than the row, nor than 上年结转 ("上年结转办理4件，予以公开40件" against 32 is still an error).
 */
export function asCarriedInResult(outcome: ClaimOutcome, s: SentenceFigures, f: TextFigure, measure: Measure, figures: Readonly<Record<string, number | null>>): ClaimOutcome {
  if (outcome.check.outcome !== 'fail' || !ofCarriedIn(s, f)) return outcome;
  const row = measure.strict[0] ? readingValue(measure.strict[0], figures) : null;
  const carried = figures['t3.carried.total'] ?? null;
  const v = decToNumber(f.value);
  if (row === null || v > row || (carried !== null && v > carried)) return outcome;
  return { check: skipWith(outcome.check, 'resultOfCarried') };
}
