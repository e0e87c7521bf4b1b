/**
 * The year's closed count written figure first, after the flow's counts in its sentence: "收到申请62件，上年结转4件，
 * 63件已全部办结，3件结转下年度" (recall44 left it: figure-first closed counts against table 三 were never read). Read
 * as table 三's 办理结果总计 only where one reading fits:
 * - the figure opens its ，-clause, nothing before it (not "其中60件已办结", "新收的60件", "网上申请的40件");
 * - the words after it are only (均/全部)已(经)(全部/依法)办结, 答复完毕 or 办理完毕 (not "已按期办结", a part on time,
 *   nor "已办结，其中…");
 * - before it in its sentence, a count received (收到, 新收, 受理…) and the count carried in (上年结转…), each a figure
 *   of 件: the applications the year handled, so the closed ones are all the year's (after a count received alone the
 *   closed may be those received only, and table 三's 办结 counts the carried-in ones too);
 * - after it, the sentence ends or its next ，-clause is a count carried on (结转, 顺延, 延期, 正在办理…);
 * - no other count of 件 after it in its sentence, nor one opening the next with 另/此外 (other outcomes beside it);
 * - more than those carried in ("上年结转4件，4件已办结" may say the carried ones were closed);
 * - no 截至/目前 before it (closed when the report was written, not at the year's end), and no other work named.
 */
import { APPLY_MEASURES, type Measure } from './measures.ts';
import { CARRIED_SOURCE } from './period.ts';
import { OTHER_CLOSED_WORK } from './other-work.ts';
import { lastMark } from '../text/marks.ts';

const CLOSED_WORDS = /^(?:件)?(?:申请)?(?:均|全部|都)?(?:已经|已)(?:全部|依法)?(?:办结|答复完毕|办理完毕)/;
const THEN = /^(?:\s*(?:[。；;]|$)|[，,]\s*(?:另有|还有|尚有|另|剩余|其余|余下)?\s*(?:[\d０-９]+|[一二两三四五六七八九十]+)\s*件[^，,。；;\d]{0,12}?(?:结转|顺延|延期|正在办理|尚在办理|仍在办理|办理中))/;
const RECEIVED = new RegExp(String.raw`(?:收到|新收|受理|接收|接到)[^，,；;。\d]{0,16}?[\d０-９]+\s*件`);
const CARRIED_IN = new RegExp(String.raw`(?:${CARRIED_SOURCE})[^，,；;。\d]{0,8}?(\d+)\s*件`);
const OTHERS_NEXT = /^\s*(?:另有|另|此外|还有|尚有|其余|剩余|余下)[^。；;]{0,12}?[\d０-９]+\s*件/;
const LATER = /截至|截止|目前|发稿|现已|现在/;

/** The row (办理结果总计) and the words after the figure, or null (`nextText`: the sentence after its own). */
export function closedFirstAfterFlow(text: string, pos: number, clause: string, after: string, nextText = ''): { measure: Measure; words: string } | null {
  if (clause.trim() !== '') return null;
  const m = CLOSED_WORDS.exec(after);
  const then = m ? THEN.exec(after.slice(m[0].length)) : null;
  if (!m || !then) return null;
  // (other counts after it, in its sentence or opening the next with 另: "…3件结转下年度，8件因补正中止", "。另有8件申请人
  // 撤回" — other outcomes beside it, so the closed ones may be a part of table 三's 办理结果总计: rt47)
  const rest = after.slice(m[0].length + then[0].length);
  const stop = rest.search(/[。]/);
  if (/[\d０-９]+\s*件/.test(stop < 0 ? rest : rest.slice(0, stop)) || OTHERS_NEXT.test((stop < 0 ? '' : rest.slice(stop + 1).trim()) || nextText)) return null;
  const sentenceStart = lastMark(text, '。；;', pos - 1) + 1;
  const before = text.slice(sentenceStart, pos);
  const carried = CARRIED_IN.exec(before);
  if (!carried || !RECEIVED.test(before) || LATER.test(before) || OTHER_CLOSED_WORK.test(text)) return null;
  // (no more than those carried in, it may be theirs: "上年结转4件，4件已办结" — the carried ones closed)
  const value = /^\d+/.exec(text.slice(pos));
  if (!value || Number(value[0]) <= Number(carried[1])) return null;
  const measure = APPLY_MEASURES.find((x) => x.id === 'processed');
  return measure ? { measure, words: m[0] } : null;
}
