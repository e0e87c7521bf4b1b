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
 */
import type { SentenceFigures } from './figures-in-text.ts';
import { topicBefore } from './measures.ts';

/** Words of work that is also carried into next year, and is not a disclosure application. */
const OTHER_WORK = /复议|诉讼|起诉|应诉|审理|议案|人大|政协|代表|委员/;

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
  if (OTHER_WORK.test(text) || notApplication.test(text)) return false;
  return topicBefore(text, text.length) === 'apply';
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
