/**
 * Two lists written with no 其中 after a whole that names no receiving (rule text.parts-sum; recall35,
 * session 34's hunt's 留言 and 复议 splits):
 * - the outcomes of a count of 复议 or 诉讼 named bare: "行政复议5件，维持3件，纠正1件，尚未审结1件"
 *   (parts-other-shapes.ts findOutcomeGroups reads such outcomes after "收到…", "被申请行政复议…" and
 *   "…起诉"; a bare "行政复议5件" was not read). Only where the count is the first count of a case in its
 *   ；-clause ("行政复议2件，行政诉讼3件，维持4件，纠正1件": the outcomes may be of both) and every count
 *   after it there, to the first that is not, is an outcome of its kind of case (维持, 纠正, 驳回, 其他结果,
 *   尚未审结…), two at least. Table 四's outcomes divide its cases: as after 收到, the list is judged as a
 *   list (其他结果 closes it; short of it otherwise, a skip);
 * - kinds of messages with the rest last: "办理网民留言320件，咨询类200件，投诉类80件，其他类40件" (as
 *   parts-heads.ts findInfoKindLists reads kinds of information: with no 其中 only the rest item says the
 *   items divide the count before them; items covering less than half of it are no sure parts).
 */
import { addDec, cmpDec, sumDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { CASE_OUTCOME, outcomeSaid } from './outcome-after.ts';
import { casesSum, reviewAndSuitCounts } from './cases-both.ts';
import { clauseEnd, closesList, inRespectivelyList, OUTCOME, RECEIVED, wordsAfter, type PartsGroup } from './parts-sum.ts';
import { part } from './note-words.ts';
import { lastMark } from '../text/marks.ts';

/** A count of reviews or suits named bare: "行政复议5件", "引发行政诉讼2件", "行政复议案件3件". */
const BARE_CASE = /(?:行政)?(?:复议|诉讼)(?:案件|申请)?$/;
/** Named as the finder of outcomes after a received count reads them (findOutcomeGroups): not read twice. */
const READ_ELSEWHERE = /被申请(?:行政)?复议$|起诉$|被(?:提起)?(?:行政)?诉讼$/;

const INSTANCE = /一审|二审|再审|终审|上诉|申诉/;
const WON_OR_LOST = /胜诉|败诉/;
const JUDGED = /驳回|维持|撤销|确认违法|纠正|纠错|判决|裁定|责令/;

function caseTopic(label: string): 'suit' | 'review' | null {
  return /诉讼|起诉/.test(label) ? 'suit' : /复议/.test(label) ? 'review' : null;
}

export function findBareCaseOutcomes(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3 || !/复议|诉讼/.test(s.text)) return [];
  const out: PartsGroup[] = [];
  const figs = s.figures;
  for (let i = 0; i + 2 < figs.length; i++) {
    const whole = figs[i] as TextFigure;
    const label = whole.label.trim();
    if (!isCount(whole) || whole.paren !== null || !BARE_CASE.test(label) || RECEIVED.test(label) || READ_ELSEWHERE.test(label) || OUTCOME.test(label)) continue;
    if (notThisYears(s, whole, year) || inRespectivelyList(s, whole)) continue;
    const from = lastMark(s.text, '；;', whole.start) + 1;
    // another count of cases before it in the clause: the outcomes may be of both; of a 复议's and a
    // 诉讼's joined right before ("行政复议3件、行政诉讼2件，维持3件…"), of their sum (cases-both.ts)
    const cases = figs.filter((f) => f.start >= from && f.end <= whole.start && isCount(f) && caseTopic(f.label) !== null);
    const prev = figs[i - 1];
    const both = prev && cases.length === 1 && cases[0] === prev && reviewAndSuitCounts(prev, whole, s.text.slice(prev.end, whole.start)) ? prev : null;
    if (cases.length > 0 && !both) continue;
    const topic = both ? null : caseTopic(label);
    const end = clauseEnd(s.text, whole.end);
    const parts: TextFigure[] = [];
    for (let j = i + 1; j < figs.length; j++) {
      const f = figs[j] as TextFigure;
      if (f.start >= end) break;
      if (f.paren !== null || f.unit === '%' || f.share) continue;
      const said = f.label + wordsAfter(s, f);
      const its = caseTopic(f.label);
      // (撤诉 too: "3件维持，1件撤诉", outcome-after.ts)
      if (f.unit !== whole.unit || !isCount(f) || !CASE_OUTCOME.test(said) || (its !== null && its !== topic)) break;
      parts.push(f);
    }
    if (parts.length < 2 || s.text.slice(whole.end, (parts[0] as TextFigure).start).includes('其中')) continue;
    // "一审判决驳回2件，二审维持2件", "胜诉3件，驳回起诉2件": the outcomes of one suit at two courts, or a
    // win and how it was won, count the same cases twice
    const saids = parts.map((f) => f.label + wordsAfter(s, f));
    const twice = saids.some((w) => INSTANCE.test(w)) || (saids.some((w) => WON_OR_LOST.test(w)) && saids.some((w) => !WON_OR_LOST.test(w) && JUDGED.test(w)));
    out.push({
      shape: 'outcomes', whole: { s, f: both ? casesSum(both, whole) : whole }, parts: parts.map((f) => ({ s, f })), complete: parts.some((f) => closesList(f.label) || closesList(outcomeSaid(s, f))),
      ...(twice ? { unsure: part('suitsTwice') } : {}),
    });
  }
  return out;
}

/** A count of messages, calls or consultations a body received or handled: "办理网民留言320件", "共收到来信86封". */
const MESSAGE_WHOLE = /(?:共|全年|累计|本年度?|年内|收到|受理|办理|接收|接到|接待|回复)[^，,；;。：:]*(?:留言|来信|来电|诉求|咨询|意见建议)$/;
const NOT_MESSAGE_KIND = /共|累计|合计|总计|全年|其中|同比|较|比上年|率|占|满意|新增/;
const REST = /^(?:其他|其它|其余)[^，,、；;。\d]{0,6}$/;

export function findMessageKindLists(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3 || !/其他|其它|其余/.test(s.text) || !/留言|来信|来电|诉求|咨询|意见建议/.test(s.text)) return [];
  const out: PartsGroup[] = [];
  for (const whole of s.figures) {
    if (!isCount(whole) || whole.paren !== null || notThisYears(s, whole, year) || inRespectivelyList(s, whole)) continue;
    if (!MESSAGE_WHOLE.test(whole.label.trim()) || /其中/.test(whole.label)) continue;
    const sep = /^\s*[，,：:]\s*/.exec(s.text.slice(whole.end));
    if (!sep) continue;
    const from = whole.end + sep[0].length;
    const items = s.figures.filter((f) => f.start >= from && f.end <= clauseEnd(s.text, from) && f.unit !== '%' && !f.share);
    if (items.length < 2) continue;
    const labels = items.map((f, k) => s.text.slice(k > 0 ? (items[k - 1] as TextFigure).end : from, f.start).replace(/^[，,、\s]+/, '').trim());
    const plain = items.every((f, k) => {
      const words = labels[k] as string;
      return isCount(f) && f.unit === whole.unit && f.paren === null && !notThisYears(s, f, year) && /^[^\d，,；;。：:（）()、]{1,12}$/.test(words) && !NOT_MESSAGE_KIND.test(words);
    });
    if (!plain || !REST.test(labels[labels.length - 1] as string)) continue;
    const sum = sumDec(items.map((f) => f.value));
    const few = cmpDec(addDec(sum, sum), whole.value) < 0 ? part('underHalf', whole.raw) : undefined;
    out.push({ shape: 'qizhong', whole: { s, f: whole }, parts: items.map((f) => ({ s, f })), complete: true, ...(few ? { unsure: few } : {}) });
  }
  return out;
}
