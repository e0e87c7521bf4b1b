/**
 * The outcome of one claim of text-vs-table.ts, once its measure is known: the figure (or a carried-on pair's sum)
 * compared with the table, then the readings that make a mismatch no finding — one part of a pair alone, a result
 * 、-listed beside 办结, one instance of a suit, a result with its carried-in part after it, a part of those carried on
 * or in, a result among those answered of this year's own. Part of text-vs-table.ts's loop, split from it by meaning.
 */
import { ofYearsOwnAnswered } from './answered-among.ts';
import { anotherAfterCarriedIn, carriedInCarriedOn } from './another-after-carried-in.ts';
import { anotherAfterCarriedOn } from './carried-after.ts';
import { pairAlone, pairClaim, withPairSum, type CarriedPair } from './carried-pair.ts';
import { carriedOfClosed } from './carried-among.ts';
import { asCarriedPart } from './carried-part.ts';
import { addDec, decToNumber } from './decimal.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import type { Measure, Topic } from './measures.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { said as because } from './note-words.ts';
import { skipFor } from './skip-reasons.ts';
import { passOrSkip } from './part-of-applications.ts';
import { RESULT_MEASURES } from './paragraph-topic.ts';
import { asCarriedInResult, carriedPartOfSameResult } from './result-after.ts';
import { asCategoryBesideItems, asListedCategory, asListedGranted } from './results-list.ts';
import { compare, fitsTables, type VsTableInput } from './vs-table-compare.ts';
import { INSTANCE, RESULT_BESIDE } from './vs-table-words.ts';

export interface OutcomeInput {
  s: SentenceFigures;
  f: TextFigure;
  sentences: readonly SentenceFigures[];
  i: number;
  measure: Measure;
  /** the tables compared with (the report's, or 本级's) */
  against: VsTableInput;
  quote: string;
  inParen: boolean;
  answeredItem: boolean;
  pair: CarriedPair | null;
  /** the words after the figure that name it carried on, if any */
  named: string | undefined;
  /** the row named right after the figure (result-after.ts, closed-first.ts), if any */
  first: { measure: Measure; words: string } | null;
  after: string;
  topic: Topic;
  /** a part of those carried on, and whether another count beside it is only said to be open */
  partOnly: boolean;
  later: 'carried' | 'open' | null;
}

/** The claim's outcome, or null where it is no claim (a part of those carried on that fits). */
export function readOutcome(x: OutcomeInput): ClaimOutcome | null {
  const { s, f, sentences, i, measure, against, quote, inParen, answeredItem, pair, named, first, after, topic, partOnly, later } = x;
  const listed0 = asListedGranted(asCategoryBesideItems(asListedCategory(measure, s.text, f.start), s.text, f.start, decToNumber(f.value), against.figures), s.text, f.start);
  // ("上年结转4件，另1件因补正延期至2023年答复", "上年结转的2件因需补正结转至2023年办理", and "共有3件申请结转下年度办理，另1件不予处理": parts)
  const asPart = (named !== undefined && !pair && anotherAfterCarriedIn(s.text.slice(0, f.start))) || (measure.id === 'carried' && carriedInCarriedOn(after)) || (first !== null && anotherAfterCarriedOn(s.text.slice(0, f.start)));
  const listed = asPart ? { ...listed0, subItem: true } : listed0;
  const outcomeP = withPairSum(compare(listed, pair ? pairClaim(f, pair, (c) => fitsTables(listed, c, against)) : f, quote, against, inParen && !answeredItem), f, pair);
  // one part alone may be a reading: a loose pair's first (rt44), or of two phrases the carried one, maybe the whole (recall48)
  const alone = pair && outcomeP.check.outcome === 'fail' ? pairAlone(f, pair) : null;
  const outcome00 = alone && fitsTables(listed, alone.figure, against) ? passOrSkip(outcomeP, alone.why) : outcomeP;
  // "受理申请62件、办结60件、不予处理3件": a result 、-listed beside 办结 is counted apart from it, which 办理结果总计
  // holds (rt60; left59 left it a false error, 60 ≠ 63); "办结63件，其中不予处理3件", "办结63件，予以公开32件…" still read
  const outcome0 = measure.id === 'processed' && topic === 'apply' && RESULT_BESIDE.test(after) ? passOrSkip(outcome00, because('resultBeside', RESULT_BESIDE.exec(after)?.[1] ?? '')) : outcome00;
  // "法院判决驳回1件，目前该案处于二审阶段": an instance's judgment, or cases counted by instance;
  // table 四 counts each case once, by where it stood at the year's end: a mismatch is no finding.
  // Not for the cases still open ("尚在一审2件"): open in any instance is 尚未审结
  const outcome1 = topic === 'suit' && measure.id !== 'pending' && INSTANCE.test(s.text) ? passOrSkip(outcome0, because('oneInstance')) : outcome0;
  // "其中40件予以公开，另有上年结转的2件予以公开": the row counts both (result-after.ts)
  const carried0 = outcome1.check.outcome === 'fail' && RESULT_MEASURES.has(measure.id) ? carriedPartOfSameResult(s, f, measure.id) : null;
  const carriedPart = carried0 && fitsTables(measure, { raw: `${f.raw}+${carried0.raw}`, value: addDec(f.value, carried0.value), ulp: null }, against) ? carried0 : null;
  const outcome2: ClaimOutcome = carriedPart ? { check: { ...outcome1.check, outcome: 'pass', detail: `${f.raw} + 其后另有上年结转的${carriedPart.raw}，与表三此行相符` } } : outcome1;
  // "…本年新收60件已办结": those of the row closed, at most the row (txt67: was a false error, 60 ≠ 62)
  if ((measure.id === 'new' || measure.id === 'carried') && topic === 'apply' && named === undefined && first === null && after.includes('已') && CLOSED_OF_ROW.test(after)) {
    return atMost(outcome2, f, because('closedOfRow', f.raw));
  }
  // "全年受理政府信息公开申请60件已办结", "收到的60件申请均已办结": those received that were closed, at most the larger reading
  // of those received, 新收 + 上年结转 (txt69: was a false error, 60 ≠ 62; and no claim, its twin with 70 unflagged)
  // (and "本年收到的60件申请均已办结", read as 新收: at most 新收)
  const closedReceived = measure.id === 'received' ? receivedClosed(after) : measure.id === 'new' ? receivedClosed(after)?.filter((w) => w !== undefined && w.includes('申请')) : null;
  if (closedReceived?.length && topic === 'apply' && named === undefined && first === null) {
    const most = (against.figures['t3.new.total'] ?? NaN) + (measure.id === 'received' ? against.figures['t3.carried.total'] ?? 0 : 0);
    return outcome2.check.outcome === 'fail' && decToNumber(f.value) < most ? skipFor(outcome2, because('closedOfRow', f.raw)) : outcome2;
  }
  // "全年办结63件。其中，上年结转4件": those of the answered carried in, at most 上年结转 (txt68: was a false error where it is 5)
  const prev = sentences[i - 1]?.para === s.para ? sentences[i - 1]?.text : undefined;
  if (measure.id === 'carried' && topic === 'apply' && named === undefined && first === null && carriedOfClosed(s.text, f.start, prev)) {
    return atMost(outcome2, f, because('carriedAnswered'));
  }
  // "结转下年度2件，另有1件因需第三方意见延期答复": the extended one may be the third carried on (txt67: was a false error, 2 ≠ 3)
  const extended = measure.id === 'carriedForward' && topic === 'apply' && named === undefined && !pair && later === null ? extendedBeside(s, f, sentences[i + 1]?.para === s.para ? sentences[i + 1] : undefined) : null;
  if (extended && outcome2.check.outcome === 'fail') {
    const sum = { raw: `${f.raw}+${extended.raw}`, value: addDec(f.value, extended.value), ulp: null };
    if (fitsTables(measure, sum, against)) return compare(measure, sum, quote, against);
    const expected = outcome2.finding?.expected;
    if (expected !== undefined && decToNumber(f.value) < expected && decToNumber(addDec(f.value, extended.value)) > expected) return skipFor(outcome2, because('extendedBeside', extended.raw));
  }
  // a part of those carried on is no claim of the whole, unless it alone is more than the table's (rt45: carried-part.ts)
  // (and a result among those answered of this year's own, up to 上年结转 fewer than its row: answered-among.ts)
  return partOnly ? asCarriedPart(outcome2, measure.id, decToNumber(f.value), later === 'open') : RESULT_MEASURES.has(measure.id) ? ofYearsOwnAnswered(asCarriedInResult(outcome2, s, f, measure, against.figures), sentences, i, f, measure, against.figures) : outcome2;
}

/**
 * A row's count with 已办结 (已答复, 已办理完毕) right after it, no 全部/均 ("本年新收60件已办结", "上年结转4件已答复"): those
 * of the row closed, which may be fewer than the row. "本年新收62件已全部办结", "…均已办结" are the row's whole, as before.
 */
const CLOSED_OF_ROW = /^\s*(?:申请)?\s*(?:已经?|现已)(?:按时|按期|依法)?(?:办结|答复|办理完毕|答复完毕|处理完毕)/;

/** After a count of those received: its noun, then 已办结 (已答复…), maybe 均/全部 before it ("收到的60件申请均已办结"). */
const RECEIVED_CLOSED = /^\s*((?:的)?(?:政府信息公开|信息公开)?申请)?\s*(?:均|都|全部)?(?:已经?|现已)(?:全部)?(?:按时|按期|依法)?(?:办结|答复|办理完毕|答复完毕|处理完毕)/;
/** (its 已 looked for first: a page that never says it never compiles the regex, perf63) */
const receivedClosed = (after: string): RegExpExecArray | null => (after.includes('已') ? RECEIVED_CLOSED.exec(after) : null);

/** At most the table's figure: equal a pass, fewer a skip (the reason coded), more an error. */
function atMost(o: ClaimOutcome, f: TextFigure, why: ReturnType<typeof because>): ClaimOutcome {
  const expected = o.finding?.expected;
  return o.check.outcome === 'fail' && expected !== undefined && decToNumber(f.value) < expected ? skipFor(o, why) : o;
}

/**
 * Another count beside one carried on, given an extended reply time with no year said ("，另有1件因需第三方意见延期答复",
 * "；还有1件依法延长答复期限", or the next sentence's head "另有1件…延期答复。"): maybe still open at the year's end, maybe not.
 * (Into a year named, ANOTHER_LATER reads it: carried-after.ts.)
 */
const ANOTHER_HEAD = /^\s*(?:申请)?\s*[，,；;]\s*(?:另外?有?|还有|此外)\s*$/;
const EXTENDED_AFTER = /^\s*(?:政府信息公开|信息公开)?(?:申请)?(?:因[^，,。；;\d０-９]{1,24}?[，,]?)?(?:依法)?(?:延期|延长)(?:答复|办理|处理)?(?:期限|时限)?\s*(?=[，,；;。]|$)/;
function extendedBeside(s: SentenceFigures, f: TextFigure, next: SentenceFigures | undefined): TextFigure | null {
  const g = s.figures[s.figures.indexOf(f) + 1];
  const ok = (h: TextFigure | undefined, text: string, head: string): h is TextFigure => h !== undefined && h.unit === '件' && h.paren === null && ANOTHER_HEAD.test(head) && EXTENDED_AFTER.test(text.slice(h.end));
  if (g) return ok(g, s.text, s.text.slice(f.end, g.start)) ? g : null;
  const h = next?.figures[0];
  return next && /^\s*(?:申请)?\s*。?\s*$/.test(s.text.slice(f.end)) && ok(h, next.text, `；${next.text.slice(0, h?.start ?? 0)}`) ? h : null;
}
