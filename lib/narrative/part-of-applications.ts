/**
 * "全年收到政府信息公开申请86件，其中网上申请50件，办结48件": whose 办结? A 其中 that names a part
 * of the applications (by channel: 网上, 信函, 当面…; or by applicant: 自然人, 法人…) may be the
 * subject of the ，-clauses after it, up to the ；or the sentence's end, as a part of the body is
 * (body-part.ts): the 48 may be the 50 online applications' as well as all of them. The comparison
 * with the tables (text-vs-table.ts) lets such a figure pass when it meets the table and skips it
 * when it does not: one reading fits, the other cannot be judged. After a ；or a 。 the 办结 is
 * the whole's again ("其中网上申请50件、信函申请36件；办结84件") and is compared as any other.
 */
import { scopeBefore } from './body-part.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { clauseStart } from './quote.ts';

/** 其中 naming a part of the applications: how they came, or who sent them. */
const PART_OF_APPLICATIONS =
  /其中[，,：:]?\s*[^，,；;。\d]{0,8}?(?:网上|网络|在线|互联网|网站|信函|邮寄|来信|当面|现场|窗口|传真|电子邮件|邮件|电话|自然人|法人|其他组织|公民|个人)/;

/** The measures whose figure a part may own this way: 办结, 答复, 办理 (measures.ts ids). */
const ANSWERED = new Set(['processed', 'handled']);

/**
 * Is the figure at `pos` a 办结/答复/办理 figure whose ；-clause names, in an earlier ，-clause, a
 * part of the applications after 其中? (Its own clause naming 其中 is a part outright: SUBSET.)
 */
export function mayBeOfPart(measureId: string, sentence: string, pos: number): boolean {
  if (!ANSWERED.has(measureId)) return false;
  return PART_OF_APPLICATIONS.test(scopeBefore(sentence, clauseStart(sentence, pos)));
}

/** The outcome of a claim that has a reading no table holds: a pass stays, a failure is a skip. */
export function passOrSkip(o: ClaimOutcome): ClaimOutcome {
  if (o.check.outcome !== 'fail') return o;
  return { check: { ...o.check, outcome: 'skip', detail: `可能只是其中所列部分申请的数（${o.check.detail}）` } };
}
