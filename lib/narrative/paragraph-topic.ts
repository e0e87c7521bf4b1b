/**
 * The topic of a paragraph, for the figures a report often gives without naming it: the
 * applications carried into next year, and 新收, 上年结转. "（二）依申请公开情况" … "全年共办结88件。
 * 顺延2021年答复3件。": the last sentence names no topic, nor does the one before it, yet a reader
 * knows it speaks of applications. Only those readings are taken from the paragraph
 * (text-vs-table.ts): the other measures' words (办结, 受理…) are too common in other work's
 * paragraphs to be read so far off.
 *
 * The paragraph is about applications when its words up to the figure's sentence's end (and its
 * heading's, a short line without figures just before it) name applications (申请, 依申请) and
 * nothing else that is carried into a year: no 复议/诉讼, no 建议/提案, 信访, 热线… (NOT_APPLICATION
 * of text-vs-table.ts, which the caller passes, to keep one list).
 *
 * Table 三's results are read from the paragraph too (resultWordsAt): "（二）依申请公开情况 … 全年
 * 办结88件，其中予以公开和部分公开的共50件" names no 申请 in its sentence, but 予以公开, 部分公开,
 * 不予公开, 无法提供, 不予处理, 其他处理 are words of disclosure applications alone, and the 办结
 * those results divide is theirs. 办结 alone is not read so far off (政务服务, 12345热线 办结 too).
 */
import type { SentenceFigures } from './figures-in-text.ts';
import { JOINED_RESULTS } from './joined-results.ts';
import { APPLY_MEASURES, pickMeasureAt, topicBefore } from './measures.ts';
import { SUB_ROW_IDS, withSubRow } from './sub-rows.ts';
import { resultNamedAfter } from './result-after.ts';
import { OTHER_CARRIED_TOPIC } from './other-work.ts';

/** A heading: one short line without figures or a sentence's end ("（二）依申请公开情况"). */
function isHeading(sentences: readonly SentenceFigures[], para: number, at: number): boolean {
  let k = at;
  let n = 0;
  for (; k >= 0 && sentences[k]?.para === para; k--) n++;
  const h = sentences[at];
  return n === 1 && h !== undefined && h.figures.length === 0 && h.text.length <= 30 && !/[。！？；;]$/.test(h.text.trim());
}

/**
 * Is sentence i's paragraph (up to that sentence's end, with its heading) about disclosure
 * applications and nothing else that could be carried into next year?
 */
export function paragraphAboutApplications(sentences: readonly SentenceFigures[], i: number, notApplication: RegExp): boolean {
  const s = sentences[i];
  if (!s) return false;
  let j = i;
  while (j > 0 && sentences[j - 1]?.para === s.para) j--;
  const parts = sentences.slice(j, i + 1).map((x) => x.text);
  if (j > 0 && isHeading(sentences, (sentences[j - 1] as SentenceFigures).para, j - 1)) parts.unshift((sentences[j - 1] as SentenceFigures).text);
  const text = parts.join('');
  if (OTHER_CARRIED_TOPIC.test(text) || notApplication.test(text)) return false;
  const topic = topicBefore(text, text.length);
  if (topic !== null || j === 0) return topic === 'apply';
  // "（二）依申请公开。…新收政府信息公开申请25件，上年结转2件。" then, in a paragraph of its own,
  // "办理结果情况如下：（1）予以公开…" or "本年度办结24件，其中：予以公开8件…" (red team 23, m05
  // m24): a paragraph naming no topic at all, right after one whose last topic is applications
  // (no heading between), goes on with them
  const prev = sentences[j - 1] as SentenceFigures;
  if (prev.para !== s.para - 1 || isHeading(sentences, prev.para, j - 1)) return false;
  let k = j - 1;
  while (k > 0 && sentences[k - 1]?.para === prev.para) k--;
  const before = sentences.slice(k, j).map((x) => x.text).join('');
  return topicBefore(before, before.length) === 'apply';
}

/**
 * The heading just before sentence i's paragraph ("四、政府信息公开行政复议、行政诉讼情况"), or
 * null when the paragraph has none right before it.
 */
export function headingOf(sentences: readonly SentenceFigures[], i: number): string | null {
  const s = sentences[i];
  if (!s) return null;
  let j = i;
  while (j > 0 && sentences[j - 1]?.para === s.para) j--;
  const h = sentences[j - 1];
  return j > 0 && h && isHeading(sentences, h.para, j - 1) ? h.text : null;
}

/** The results of table 三 (measures.ts ids): words said of disclosure applications alone. */
export const RESULT_MEASURES: ReadonlySet<string> = new Set(['granted', 'partial', 'denied', 'unable', 'notProcessed', 'other']);

/** Subjects of other work, which also 办结 (政务服务, 审批, 诉求, 工单…): not applications. */
const OTHER_SUBJECT = /政务服务|服务事项|事项|大厅|窗口|审批|许可|诉求|工单|件次|热线|信访|投诉|建议|提案/;

/** "，其中予以公开…" (or "，其中32件予以公开…") right after a figure: the results of the figure before. */
const RESULTS_AFTER = /^[^，,。；;\d]{0,6}[，,]\s*其中[，,：:]?\s*(?:[0-9０-９]+件)?(?:对|向)?(?:申请人)?[“"「『]?(?:予以公开|同意公开|全部公开|部分公开|同意部分公开|不予公开|无法提供|不予处理|其他处理)/;

/**
 * Is a figure one of table 三's results, named by its clause (`clause`: its words before it), or
 * several named together ("予以公开和部分公开的共50件"), or the 办结/答复 those results divide, a
 * 其中 naming one right after it (`after`: the words after the figure)?
 */
export function resultWordsAt(clause: string, after: string, scope: string = clause): boolean {
  // "政务服务大厅办结880件，其中…": another work's 办结, and the results its 其中 names, in the
  // ；-clause up to the figure (`scope`)
  if (OTHER_SUBJECT.test(scope)) return false;
  if (JOINED_RESULTS.test(clause)) return true;
  const picked = withSubRow(clause, pickMeasureAt(clause, APPLY_MEASURES), scope);
  // "其中32件予以公开": the row named after the figure (result-after.ts)
  if (!picked) return resultNamedAfter(clause, after) !== null;
  if (RESULT_MEASURES.has(picked.measure.id) || SUB_ROW_IDS.has(picked.measure.id)) return true;
  return picked.measure.id === 'processed' && RESULTS_AFTER.test(after);
}
