/**
 * A list that names where the applications came from, then what became of them (parts-judge.ts): "共受理…50件，其中结转2023年
 * 3件，2024年申请47件，正在办理6件，申请人主动撤销件6件，其余38件全部按时答复" (天津市红桥区政府办 2024, hunt49). Two divisions of
 * one whole, not one: their sum over the whole is no error (a skip). Each division is still held to the whole (rt50: the skip
 * swallowed "其中上年结转4件，2024年申请63件，正在办理3件" against 66, whose origins make 67):
 * - the origins (the parts before the first outcome) are no more than the whole, and where they name both the carried in and
 *   the year's own they are all that came in: their sum is the whole;
 * - the outcomes are no more than the whole, unless they cut by time too ("按时答复", "提前办结": those overlap the others).
 * A division that breaks these is no reason to excuse the list: its sum over the whole stays an error.
 */
import { cmpDec, sumDec, type Dec } from './decimal.ts';
import { CARRIED_SOURCE } from './period.ts';
import type { At } from './quote.ts';
import { part } from './note-words.ts';
import type { NotePart } from '../types.ts';

/** Stages one application goes through: received, then answered or carried forward. */
export const STAGE_IN = /受理|收到|接收|接到|新收/;
const STAGE_OUT = /答复|办结|办理完毕|已办理|结转/;
const CARRIED_FROM = new RegExp(CARRIED_SOURCE);
/** A year's own applications by their year alone ("2024年申请", "本年度申请"; after 其中 too, rt50), and those still open or withdrawn. */
const OWN_YEAR = /^(?:其中[：:，,]?)?(?:本年度?|今年|当年|\d{4}\s*年度?)(?:新)?(?:的)?申请$/;
const STILL_OPEN = /正在办理|办理中|尚在办理|撤回|(?:申请人|主动)撤销/;
/** Those carried in, by 上年结转's words or by the year they were carried into ("结转2023年" in the 2024 report). */
const CARRIED_IN = new RegExp(`${CARRIED_SOURCE}|结转\\s*\\d{4}\\s*年`);
/** Outcomes cut by time, which overlap the others. */
const BY_TIME = /按时|按期|如期|期限内|时限内|提前|逾期|超期|延期|顺延/;

const label = (p: At): string => p.f.label.replace(/^[、，,；;\s]+/, '');
const isOrigin = (p: At): boolean => STAGE_IN.test(p.f.label) || OWN_YEAR.test(label(p));

/** Is the list the two divisions — where from, what became of them — each fitting the whole ('fits'), or not ('breaks'), or no such list (null)? */
export function stagesOf(parts: readonly At[], whole: Dec): 'fits' | 'breaks' | null {
  const stageIn = parts.findIndex(isOrigin);
  // (上年结转 is where applications came from, beside 新收: no stage after it)
  const out = stageIn < 0 ? -1 : parts.findIndex((p, k) => k > stageIn && (STAGE_OUT.test(p.f.label) || STILL_OPEN.test(p.f.label)) && !STAGE_IN.test(p.f.label) && !CARRIED_FROM.test(p.f.label));
  if (out < 0) return null;
  const origins = parts.slice(0, out);
  const outcomes = parts.slice(out);
  const sumOf = (ps: readonly At[]) => sumDec(ps.map((p) => p.f.value));
  const inSum = cmpDec(sumOf(origins), whole);
  if (inSum > 0) return 'breaks';
  if (inSum < 0 && origins.some((p) => CARRIED_IN.test(label(p))) && origins.some(isOrigin)) return 'breaks';
  if (cmpDec(sumOf(outcomes), whole) > 0 && !outcomes.some((p) => BY_TIME.test(p.f.label))) return 'breaks';
  return 'fits';
}

/** Why a list over its whole is no error because it is the two divisions, each fitting the whole; or null. */
export function stagesOfOneBatch(parts: readonly At[], whole: Dec): NotePart | null {
  return stagesOf(parts, whole) === 'fits' ? part('oneBatchStages') : null;
}
