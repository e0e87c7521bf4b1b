/**
 * A 其中 list under a count closed (办结, 答复) that names applications carried on: "全年办结42件，其中按期办结
 * 41件，其余3件结转下年度" (hunt42/recall43 left it: the 3 carried on are no part of the 42 closed, and the list
 * summed them in, 44 against 42, a false error). An application carried on to next year is not closed this
 * year, so the list under such a whole ends before its first carried item (a reading of its own), and a
 * reading holding that item is unsure. A whole that is the year's work or receipt ("办理91件，其中办结88件，
 * 结转下年度3件", "收到45件，其中…") is divided by it as before.
 */
import { ANSWERED, ANSWERED_LATE, CARRIED_FROM, clauseStartOf, CARRIED_ON, dimensionOf, LIST_LEAD } from './parts-sum.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { wordsAfter } from './quote.ts';
import { part } from './note-words.ts';
import type { NotePart } from '../types.ts';

/** A whole that counts what was closed or answered only: "办结42件", "已答复申请60件"; not "受理并办结", "办理". */
const CLOSED_ONLY = /办结|答复|办毕/;
const NOT_CLOSED_ONLY = /受理|收到|接收|新收|办理|处理|结转|转结|申请人/;

/** Whether the whole counts what was closed or answered this year, and nothing else. */
export function closedOnly(whole: TextFigure): boolean {
  return CLOSED_ONLY.test(whole.label) && !NOT_CLOSED_ONLY.test(whole.label);
}

/** Whether a part is a count carried on to next year ("其余3件结转下年度", "结转下年度3件", "3件顺延至下一年度办理"). */
function carriedOnPart(s: SentenceFigures, f: TextFigure): boolean {
  // (not "顺延答复9件": answered late, one of those closed — recall46)
  return CARRIED_ON.test(f.label.replace(ANSWERED_LATE, '')) || CARRIED_ON.test(wordsAfter(s, f));
}

/**
 * Where a 其中 list under a closed-only whole ends before its first item carried on (the start of that item's
 * ，-clause, at its mark), or null when the whole is no such count or no item past the 其中's first is carried on.
 */
export function carriedOnTurn(s: SentenceFigures, q: number, whole: TextFigure): number | null {
  if (!closedOnly(whole)) return null;
  const after = s.figures.filter((f) => f.start > q);
  const carried = after.slice(1).find((f) => carriedOnPart(s, f));
  if (!carried) return null;
  const start = clauseStartOf(s.text, carried.start);
  return start > after[0]!.end ? start - 1 : null;
}

/** Why a reading under a closed-only whole holding an item carried on is unsure, or undefined. */
export function carriedOnUnder(s: SentenceFigures, whole: TextFigure, parts: readonly { f: TextFigure }[]): NotePart | undefined {
  if (!closedOnly(whole)) return undefined;
  const carried = parts.find((p) => carriedOnPart(s, p.f));
  return carried ? part('carriedOnPast', carried.f.raw, whole.raw) : undefined;
}

/**
 * Where a 其中 list of how the year's applications came (channels, applicants) may end: before an item carried in from the
 * year before, which is none of them ("全年共收到申请62件，其中通过政务服务中心窗口受理20件、网上申请42件，上年结转4件，办结63件，
 * 结转下年度3件" — fix82, rt81 left it: 20 + 42 + 4 against 62 was an error; the 上年结转 is the flow's next term). A reading
 * beside the one that runs on, as channelTurn's: "共受理申请66件，其中当面申请10件，网上申请52件，上年结转4件" may count them
 * in. Only under a whole that is no count closed or carried, after two items at least, none a result; null when none.
 */
export function carriedFromTurn(s: SentenceFigures, q: number, whole: TextFigure): number | null {
  if (CARRIED_FROM.test(whole.label) || CARRIED_ON.test(whole.label) || ANSWERED.test(whole.label)) return null;
  const after = s.figures.filter((f) => f.start > q);
  const k = after.findIndex((f) => CARRIED_FROM.test(f.label.replace(LIST_LEAD, '')));
  if (k < 2) return null;
  const dims = after.slice(0, k).map((f) => dimensionOf(f.label.replace(LIST_LEAD, '') + wordsAfter(s, f)) ?? (WAY_IN.test(f.label) ? 'channel' : null));
  if (dims.some((d) => d !== null && d !== 'channel' && d !== 'applicant') || !dims.some((d) => d !== null)) return null;
  const start = clauseStartOf(s.text, after[k]!.start);
  return start > after[k - 1]!.end ? start - 1 : null;
}

/** A way in that dimensionOf does not name: "通过政务服务中心窗口受理", "经12345热线转来". */
const WAY_IN = /窗口|热线|平台|网站|信箱|邮箱/;
