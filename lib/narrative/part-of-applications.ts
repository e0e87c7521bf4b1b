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
import { decToNumber } from './decimal.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { part } from './note-words.ts';
import { skipFor, type Reason } from './skip-reasons.ts';
import { clauseStart } from './quote.ts';
import { actAfterCount } from './act-after-count.ts';

/** 其中 naming a part of the applications: how they came, or who sent them. */
const PART_OF_APPLICATIONS =
  /其中[，,：:]?\s*[^，,；;。\d]{0,8}?(?:网上|网络|在线|互联网|网站|信函|邮寄|来信|当面|现场|窗口|传真|电子邮件|邮件|电话|自然人|法人|其他组织|公民|个人)/;

/** A part of the applications heading its ；-clause: "信函申请36件，…", "通过网上申请的50件，…". */
const PART_HEAD =
  /^[\s，,：:]*(?:其中[，,：:]?\s*)?(?:通过|经由|以)?(?:网上|网络|在线|互联网|网站|信函|邮寄|来信|当面|现场|窗口|传真|电子邮件|邮件|电话|自然人|法人|其他组织|公民|个人)[^，,；;。\d]{0,10}[\d０-９]/;

/**
 * The measures whose figure a part may own this way (measures.ts ids): 办结, 答复, 办理, and what
 * became of the applications, "其中网上申请50件，予以公开30件，部分公开5件" (the part's results,
 * or all applications'?), 结转下年度 too. Not 收到/新收: a count received after a part names a
 * subject of its own.
 */
export const OF_PART: ReadonlySet<string> = new Set(['processed', 'handled', 'granted', 'partial', 'denied', 'unable', 'notProcessed', 'other', 'carriedForward']);

/**
 * Is the figure at `pos` a 办结/答复/办理 figure (or a result) whose ；-clause names, in an
 * earlier ，-clause, a part of the applications after 其中? (Its own clause naming 其中 is a part
 * outright: SUBSET.)
 */
export function mayBeOfPart(measureId: string, sentence: string, pos: number): boolean {
  if (!OF_PART.has(measureId)) return false;
  const scope = scopeBefore(sentence, clauseStart(sentence, pos));
  if (scope.includes('其中') && PART_OF_APPLICATIONS.test(scope)) return true;
  // "其中：网上申请50件，已答复49件；信函申请36件，已答复36件": a ；-clause (or a sentence) that
  // opens with a part's name is about that part, 其中 or not
  if (PART_HEAD.test(scope)) return true;
  // "其中区教育局收到申请30件，予以公开12件", "其中涉及土地征收的申请30件，…", "其中首次申请70件，
  // 重复申请16件，予以公开12件": any part named after 其中, with its count, may be the subject of
  // the results after it. Not a 其中 opening the results themselves ("办结88件，其中予以公开42件，
  // 部分公开11件"): those are the whole's, each a row of table 三
  NAMED_PART.lastIndex = 0;
  for (let m = scope.includes('其中') ? NAMED_PART.exec(scope) : null; m; m = NAMED_PART.exec(scope)) {
    const name = (m[1] ?? '').trim();
    if (name !== '' && !RESULT_FIRST.test(name)) return true;
    // "收到申请86件，其中依申请公开予以公开12件，不予公开2件": results listed under the count
    // received are of those received; table 三's are of all answered, last year's carried too
    if (RESULTS.has(measureId) && RECEIVED_BEFORE.test(scope.slice(0, m.index))) return true;
  }
  return false;
}

/** Table 三's results (measures.ts ids), which those of the applications received need not equal. */
const RESULTS = new Set(['granted', 'partial', 'denied', 'unable', 'notProcessed', 'other']);

/** A ，-clause that counts the applications received, not answered, right before a 其中. */
const RECEIVED_BEFORE = /(?:收到|受理|接收|接到|新收|提出)[^，,；;。办答处]*[，,]\s*$/;

/** 其中 and the words naming what it picks, up to its count ("其中区教育局收到申请30件" → "区教育局收到申请"). */
const NAMED_PART = /其中[，,：:]?\s*([^，,；;。\d]{1,24}?)\s*[\d０-９]/g;

/**
 * Words that open a result of table 三 or the answering itself, not a part: "予以公开", "依申请公开
 * 予以公开", "已办结", "对申请人答复"…
 */
const RESULT_FIRST = /^(?:依申请公开|对申请人|向申请人|已|均|依法|按时|按期)?(?:[“"「『])?(?:予以公开|同意公开|全部公开|部分公开|同意部分公开|不予公开|无法提供|不予处理|其他处理|办结|答复|办理|处理|结转)/;

/** The outcome of a claim that has a reading no table holds: a pass stays, a failure is a skip. */
export function passOrSkip(o: ClaimOutcome, why?: Reason): ClaimOutcome {
  if (o.check.outcome !== 'fail') return o;
  const { note, ...check } = o.check;
  // (the reason said here, of a comparison coded: coded too, en63)
  if (why === undefined && note) return { check: { ...check, outcome: 'skip', detail: `可能只是其中所列部分申请的数（${check.detail}）`, note: part('partOfApps', note) } };
  return why === undefined ? { check: { ...check, outcome: 'skip', detail: `可能只是其中所列部分申请的数（${check.detail}）` } } : skipFor(o, why);
}

/** What may stand before a heading count: a few words naming the set, no figure ("上年结转的", "在已办结的"). */
const HEAD_BEFORE = /^[\s，,]*(?:在|从|于|对)?[^，,；;。:：\d０-９（）()]{0,16}$/;
/**
 * …and after it: the set's noun, then 中 closing the head ("件申请中，", "件中：", "件政府信息公开申请
 * 中，"); after 对, the noun alone ("对上年结转的5件申请，予以公开3件").
 */
const HEAD_AFTER = /^[^，,；;。\d０-９（）()]{0,10}?中\s*[，,：:]/;
const HEAD_AFTER_DUI = /^[^，,；;。\d０-９（）()]{0,10}?[，,：:]/;
const DUI = /^[\s，,]*对/;

/**
 * The count heading the ；-clause of the figure at `pos` as the set the figures after it divide:
 * "上年结转的4件申请中，予以公开3件，无法提供1件", "全年办结的63件申请中，上年结转申请4件，本年新收
 * 申请59件". Session 23's probes found both flagged against table 三 (予以公开 32, 本年新收 62)
 * where the text holds: the 3 is of the 4 carried applications, the 59 the new ones among the 63
 * answered. Null when the clause has no such head before the figure's own ，-clause.
 */
export function headSet(s: SentenceFigures, pos: number): TextFigure | null {
  const from = semicolonClauseStart(s.text, pos);
  const own = clauseStart(s.text, pos);
  for (const h of s.figures) {
    if (h.start < from) continue;
    if (h.end > own) break;
    if (!isCount(h) || h.paren !== null) continue;
    const before = s.text.slice(from, h.start);
    const after = s.text.slice(h.end);
    // ("对7件申请予以部分公开，对15件…": the act in its own clause, a count of a result, no head: act-after-count.ts)
    if (before.includes('对') && DUI.test(before) && actAfterCount(s.text.slice(clauseStart(s.text, h.start), h.start), after)) return null;
    if (HEAD_BEFORE.test(before) && (HEAD_AFTER.test(after) || (DUI.test(before) && HEAD_AFTER_DUI.test(after)))) return h;
    return null; // the clause's first count is not a head: neither is a later one
  }
  return null;
}

/**
 * A head with no count that names a part of the applications: "在上年结转的申请中，予以公开3件，占75%"
 * (found probing in session gaps28: flagged against table 三's 予以公开 32), "网上申请中，…", "涉及房屋征收
 * 的申请中，…", a result's: "不予公开的申请中，结转1件至下年度办理", rt40). The figures after it in its ；-clause are that part's.
 */
const COUNTLESS_PART_HEAD = /^[\s，,]*(?:在|从|对)?[^，,；;。:：\d０-９（）()]{0,12}?(?:上年结转|上年度结转|上一年度?结转|网上|网络|在线|信函|当面|现场|邮寄|传真|电子邮件|自然人|法人|企业|本级|部门|乡镇|街道|涉及|关于|予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理)[^，,；;。:：\d０-９（）()]{0,10}?申请中\s*[，,：:]\s*$/;

/**
 * A head that names the applicants most applications came from: "申请人以自然人为主，共提出申请56件，…" (txt63's batch: the
 * 56 was compared with 本年新收 62, an error; it is the 自然人's). The figures after it in its ；-clause may be theirs.
 */
const MAJORITY_HEAD = /^[\s，,]*(?:申请人|申请主体|申请者)?(?:中)?(?:以|主要为|主要是|多为|大多为)(?:自然人|个人|公民|群众|企业|法人)[^，,；;。\d０-９]{0,8}?[，,：:]\s*$/;

export function partHeadBefore(s: SentenceFigures, pos: number): boolean {
  const head = s.text.slice(semicolonClauseStart(s.text, pos), clauseStart(s.text, pos));
  return (head.includes('申请中') && COUNTLESS_PART_HEAD.test(head)) || MAJORITY_HEAD.test(head);
}

/** Table 三's results (and their total, 办结): what the answered applications divide into. */
const ANSWERED_PARTS: ReadonlySet<string> = new Set(['processed', 'granted', 'partial', 'denied', 'unable', 'notProcessed', 'other']);

/**
 * Is a heading set of `head` applications the whole that table 三's figure for `measureId` is
 * counted over? Every application of the year (本年新收 + 上年结转) is the whole of anything; the
 * answered ones (办理结果总计) of the results; the new ones (本年新收) of what was received. Another
 * set (上年结转的4件, 网上申请的45件, the 62 new ones for the results, which also count last year's
 * answered this year) is a part, whose figures the table does not hold.
 */
export function headIsWholeOf(head: TextFigure, measureId: string, figures: Readonly<Record<string, number | null>>): boolean {
  const n = decToNumber(head.value);
  const fresh = figures['t3.new.total'];
  const carried = figures['t3.carried.total'];
  if (fresh != null && n === fresh + (carried ?? 0)) return true;
  if (ANSWERED_PARTS.has(measureId)) return n === figures['t3.processed.total'];
  if (measureId === 'new' || measureId === 'received') return n === fresh;
  // "无法提供的15件中，本机关不掌握相关政府信息12件": an item row's group (sub-rows.ts)
  const dot = measureId.indexOf('.');
  if (dot > 0) return n === figures[`t3.${measureId.slice(0, dot)}.total`] || n === figures['t3.processed.total'];
  return false;
}
