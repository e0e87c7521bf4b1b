/**
 * Results written one a sentence, each with its share of 总数, after a sentence that names the
 * applications answered (recall39b, hunt39's misses: a 2017 city bureau's "在已经答复的9件申请中，“同意
 * 公开”的7件，占总数的70%，…。" then "“同意部分公开”1件，占总数的10%，…。", "“不予公开”的1件，占总数的
 * 10%。…", each a sentence, most a paragraph, of their own). Read only in that shape:
 * - the opening sentence names the count answered as "在…N件…中，" and one result after it;
 * - each sentence after, in the same or the next paragraph, opens with one result (its words, the
 *   pre-2019 ones too: item-dimensions.ts) and holds no other count in 件 (a sentence of words alone
 *   in a result's paragraph is passed over); the run ends at the first sentence that does not.
 * The results' sum is a list under the count answered (the opening's N): a pass where it is that,
 * an error where it runs over, a skip where short. The share of 总数 a sentence of the run states is
 * read against the count answered and the count received the sentence before the opening names
 * (受理/收到…申请N件; a report's 总数 may be either): a pass where one fits, else a warning.
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { dimensionOf } from './item-dimensions.ts';
import { RULE, type ClaimOutcome } from './narrative-types.ts';
import { part } from './note-words.ts';
import { closesList, type PartsGroup } from './parts-sum.ts';
import { clauseStart } from './quote.ts';
import { judgeShare, type ShareWhole } from './share-of-result.ts';
import type { ShareClaim } from './shares.ts';

const OPENING = /在[^，,。；;\d]{0,12}?(\d+)件[^，,。；;\d]{0,8}?中\s*[，,：:]/;
const RECEIVED = /受理|收到|新收|接收|接到/;
/** Words that make a count a part of one result, not a result ("不予公开的原因是涉及国家秘密2件"). */
const NOT_A_RESULT = /原因|理由|涉及|因为|依据|其中|按照|属于|主要|包括/;
const OVERALL = /^(?:总数|总量|全部|总体)?$/;
/**
 * Words that make a count another year's, another body's or a part of the body's (rt39b: "上年同意公开的15件。",
 * "县本级同意公开10件。", "其他部门同意公开9件。" between the results): the run ends there.
 */
const ANOTHER_WHOLE = /\d{4}年|上年|去年|上一?年度|同期|本级|乡镇|街道|部门|单位|各|全[县市区]|[县市区]直/;
/**
 * Words that make a count a part of a result or another body's (rt40: "同意公开的申请中网上申请20件。",
 * "县财政局同意公开10件。" after the results): the run ends there.
 */
const PART_OR_BODY = /[^其]中|[县市区镇乡][^，,。；;\d]{0,8}?(?:局|委|办|厅|院|政府|中心)/;
/** Words of applications not answered yet ("正在办理2件。" after the results, rt40): no result of those answered. */
const NOT_ANSWERED = /正在|办理中|处理中|在办|尚未|未办结|未答复/;
/** A result's name, its quotes and 的 off: the same result said again ("不予公开的6件。" after "“不予公开”的6件。") ends the run. */
const nameOf = (words: string): string => words.replace(/[\s，,：:“”"‘’「」『』的]/g, '');

/** The sentence's counts in 件, and the one result it opens with (after `from`), or null. */
function resultOf(s: SentenceFigures, from: number): TextFigure | null {
  const counts = s.figures.filter((f) => f.unit === '件' && f.start >= from);
  if (counts.length !== 1 || s.figures.some((f) => f.unit === '件' && f.start < from)) return null;
  const f = counts[0]!;
  if (!isCount(f) || f.paren !== null || f.value.d > 0) return null;
  const words = s.text.slice(from, f.start);
  if (/[，,；;。]/.test(words.replace(/^[\s，,：:]+/, '')) || dimensionOf(words) !== 'result' || /结转|办结|答复/.test(words) || NOT_A_RESULT.test(words) || ANOTHER_WHOLE.test(words) || PART_OR_BODY.test(words) || NOT_ANSWERED.test(words)) return null;
  return f;
}

interface Run { opening: SentenceFigures; answered: TextFigure; results: { s: SentenceFigures; f: TextFigure }[]; received?: TextFigure }

/**
 * A sentence that is the count answered alone (recall40: "全年共答复申请48件。同意公开32件。部分公开5件。…",
 * the results one a sentence after it with no "在…N件…中"): one count in 件, of applications, named 办结 or
 * 答复 (not a part of them: 按时, 按期…), ending the sentence. The count, or null.
 */
const ANSWERED_ALONE = /^(?:[^，,；;。\d]{0,12}[，,])?[^，,；;。\d]{0,10}?(?:共|累计|总计|合计)?(?:计)?(?:办结|答复|办理完毕)(?:了)?(?:政府信息公开|信息公开|依申请公开)?申请$/;
const PART_OF_ANSWERED = /按时|按期|如期|提前|延期|逾期|超期|期限内|时限内|当场|当日|即时|网上|当面|信函|其中|本级|部门|乡镇|街道/;
function answeredAlone(s: SentenceFigures): TextFigure | null {
  const counts = s.figures.filter((f) => f.unit === '件');
  const f = counts[0];
  if (counts.length !== 1 || s.figures.length !== 1 || !f || !isCount(f) || f.paren !== null || f.value.d > 0) return null;
  const words = s.text.slice(0, f.start).trim();
  if (!ANSWERED_ALONE.test(words) || PART_OF_ANSWERED.test(words) || ANOTHER_WHOLE.test(words.replace(/^(?:全年|本年度?|今年|全[县市区])+/, ''))) return null;
  return /^[\s。；;]*$/.test(s.text.slice(f.end)) ? f : null;
}

/** The run a sentence at i opens ("在已经答复的9件申请中，…", or the count answered alone), or null. */
export function readRun(sentences: readonly SentenceFigures[], i: number): Run | null {
  const s = sentences[i];
  if (!s) return null;
  const m = OPENING.exec(s.text);
  const alone = m ? null : answeredAlone(s);
  if (!m && !alone) return null;
  const results: { s: SentenceFigures; f: TextFigure }[] = [];
  const names = new Set<string>();
  let answered: TextFigure | undefined;
  if (m) {
    const from = m.index + m[0].length;
    answered = s.figures.find((f) => f.unit === '件' && f.start >= m.index && f.end <= from);
    const first = answered ? resultOf({ ...s, figures: s.figures.filter((f) => f !== answered) }, from) : null;
    if (!answered || !first || !/申请/.test(s.text.slice(m.index, from))) return null;
    results.push({ s, f: first });
    names.add(nameOf(s.text.slice(from, first.start)));
  } else answered = alone!;
  for (let k = i + 1; k < sentences.length && k <= i + 12; k++) {
    const t = sentences[k]!;
    if (t.para - sentences[k - 1]!.para > 1) break;
    // (a sentence of words alone after a result, "主要是因为…；", in its paragraph: the run goes on)
    if (t.figures.length === 0 && t.para === sentences[k - 1]!.para) continue;
    const r = resultOf(t, 0);
    if (!r) break;
    const name = nameOf(t.text.slice(0, r.start));
    if (names.has(name)) break;
    names.add(name);
    results.push({ s: t, f: r });
  }
  const prev = sentences[i - 1];
  const received = prev && s.para - prev.para <= 1 && /申请/.test(prev.text)
    ? prev.figures.filter((f) => f.unit === '件' && isCount(f) && f.paren === null && RECEIVED.test(f.label)) : [];
  // (the count answered alone: its results start in its paragraph, the sentence right after it)
  if (alone && (results.length === 0 || results[0]!.s !== sentences[i + 1] || results[0]!.s.para !== s.para)) return null;
  return { opening: s, answered, results, ...(received.length === 1 ? { received: received[0]! } : {}) };
}

export function findResultRunGroups(sentences: readonly SentenceFigures[], i: number): PartsGroup[] {
  const run = readRun(sentences, i);
  if (!run || run.results.length < 3) return [];
  return [{ shape: 'qizhong', whole: { s: run.opening, f: run.answered }, parts: run.results, complete: run.results.some((p) => closesList(p.f.label)) }];
}

/** A share of 总数 in a run that shares.ts found no whole for: against the counts answered and received. */
export function shareInResultRun(c: ShareClaim, skipped: ClaimOutcome, sentences: readonly SentenceFigures[]): ClaimOutcome | null {
  if (skipped.check.outcome !== 'skip' || c.share.s !== c.part.s || !OVERALL.test(c.share.f.shareOf) || c.share.f.approx) return null;
  const at = sentences.indexOf(c.part.s);
  for (let i = at; i >= 0 && i >= at - 12; i--) {
    const run = readRun(sentences, i);
    if (!run) continue;
    if (!run.results.some((r) => r.f === c.part.f)) return null;
    if (c.share.f.start < c.part.f.end || c.share.f.start - clauseStart(c.part.s.text, c.share.f.start) > 12) return null;
    const wholes: ShareWhole[] = [{ value: run.answered.value, raw: `答复的${run.answered.raw}`, words: part('answeredOf', run.answered.raw) }];
    if (run.received) wholes.push({ value: run.received.value, raw: `受理的${run.received.raw}`, words: part('receivedOf', run.received.raw) });
    const o = judgeShare(c.share.f, c.part.f, wholes, skipped.check.quote, 'triedRun');
    if (!o || !o.finding) return o;
    return { check: o.check, finding: { ...o.finding, severity: 'warning', rule: RULE.share } };
  }
  return null;
}
