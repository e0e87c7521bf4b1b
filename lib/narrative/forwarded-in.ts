/**
 * 转办 as the count received (txt61; left59 left donghu-zrzy-2023's "其中市政府办公室转办政府信息公开申请30件，办结28件，
 * 结转下年2件" unread: to flow-balance.ts and flow-words.ts 转办 is one more way out, so the flow may have more terms
 * than it names). Which way the applications went, the sentence says by its words:
 * - forwarded to the body (in): another body before the verb ("市政府办公室转办…", "上级机关转交的…"), the body after it
 *   ("转办我局…" as its object, "转至我局"), 由/收到/接收 before it ("由市政府办公室转办的…", "收到…转办的…"), or 转来:
 *   the count is what came in, and the flow is read as if it said 收到 (its quote the page's own words);
 * - forwarded by the body (out): 我局/本机关 before the verb, or another body after it ("转办至区住建局", "转交有关部门"):
 *   one more way out, not read (as before);
 * - neither said ("转办政府信息公开申请30件，办结28件，结转下年2件"): a skip that says the sentence does not tell, where
 *   the flow would otherwise be read.
 * Only where the one forwarding word of the sentence stands in the first count's clause, before it.
 * "转至我局" (txt62): another body's forwarding said from the body's side ("市政府办公室转至我局…6件") is the same; 转至
 * before anything but the body ("结转至2023年", "转至有关部门") is no forwarding word of this reading.
 * A finding of the flow says the count as the sentence did ("正文称转办30件…", "正文称收到30件…" for "收到…转来的"), not
 * 新收 (inWordSaid, read by flow-balance.ts).
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, type ClaimOutcome } from './narrative-types.ts';

const FORWARD = /转办|转交|转送|转来|转至(?=(?:我|本)(?:局|委|办|厅|署|院|府|机关|单位|部门|中心|市|县|区|镇|乡|街道))/g;
/** The receiver right after the verb: "转至我局", "转办给本机关" (the body: in), or another ("转办至区住建局": out). */
const TO = /^(?:给|至|到|往|交)/;
const THE_BODY = /^(?:给|至|到|往|交)?(?:我|本)(?:局|委|办|厅|署|院|府|机关|单位|部门|中心|市|县|区|镇|乡|街道)/;
const OTHERS_AFTER = /^(?:有关|相关|其他|其它|属地|责任|主管|各)/;
/** A verb of receiving, or 由, before it: "收到市政府办公室转办的…", "由上级机关转交的…". */
const RECEIVED_BEFORE = /收到|接收|接到|受理|由/;
/** The body itself as the subject: "我局转办…", "本机关转交…". */
const BODY_SUBJECT = /^(?:[我本](?:局|委|办|厅|署|院|府|机关|单位|部门|中心|市|县|区|镇|乡|街道))/;
/** Another body as the subject, by the end of its name: "市政府办公室", "上级机关", "省厅", "国务院办公厅". */
const OTHER_BODY = /(?:办公室|办公厅|政府|厅|局|委员会|委|办|中心|部门|机关|单位|上级|上级机关)$/;
/** Words before the subject that say nothing of it: 其中, a year, 全年, 共. */
const LEAD = /^(?:其中|另有|另|此外)?[，,：:\s]*(?:\d{4}\s*年度?|全年|本年度?|今年|年内)?[，,\s]*(?:共|共计|累计)?/;

export type Direction = 'in' | 'out' | 'unknown';

/** Which way the applications counted after the forwarding word at `at` (of length `len`) in `clause` went. */
export function forwardedDirection(clause: string, at: number, len: number): Direction {
  const word = clause.slice(at, at + len);
  const after = clause.slice(at + len);
  if (THE_BODY.test(after)) return 'in';
  if (TO.test(after) || OTHERS_AFTER.test(after)) return 'out';
  if (word === '转来') return 'in';
  const before = clause.slice(0, at).replace(LEAD, '');
  if (RECEIVED_BEFORE.test(before)) return 'in';
  if (BODY_SUBJECT.test(before)) return 'out';
  if (OTHER_BODY.test(before)) return 'in';
  return 'unknown';
}

/** Where the sentence's one forwarding word stands in its first count's label, or null. */
function forwardIn(s: SentenceFigures): { first: TextFigure; at: number; len: number } | null {
  const words = [...s.text.matchAll(FORWARD)];
  if (words.length !== 1) return null;
  const first = s.figures.find(isCount);
  const m = words[0] as RegExpMatchArray;
  const at = m.index as number;
  if (!first || at >= first.start || at < first.start - first.label.length || s.text.slice(first.start - first.label.length, first.start) !== first.label) return null;
  return { first, at, len: m[0].length };
}

/**
 * The sentence's flow with its forwarded count read as received (`read`: flow-in-items.ts's readers), a skip where the
 * direction is not told, or null where the sentence is no such flow (out, or no forwarding word in the first count's clause).
 */
export function forwardedFlow(s: SentenceFigures, read: (s: SentenceFigures) => ClaimOutcome[]): ClaimOutcome[] | null {
  const w = forwardIn(s);
  if (!w) return null;
  const labelStart = w.first.start - w.first.label.length;
  const direction = forwardedDirection(w.first.label, w.at - labelStart, w.len);
  if (direction === 'out') return null;
  // (the same length: every figure's offsets hold; the quote is the page's words, shown. A 其中 opening the label says the
  // forwarded are a part of the body's applications, the flow their own: not "an item of a list under a term")
  const text = `${s.text.slice(0, w.at)}收到${s.text.slice(w.at + w.len)}`;
  const figures = s.figures.map((f) => (f === w.first ? { ...f, label: text.slice(labelStart, f.start).replace(/^\s*其中(?=[^，,：:\s])/, '') } : f));
  const asReceived: SentenceFigures = { ...s, text, shown: s.shown ?? s.text, figures };
  const outcomes = read(asReceived);
  if (outcomes.length === 0 || direction === 'in') return outcomes.length > 0 ? outcomes : null;
  const first = outcomes[0] as ClaimOutcome;
  return [{ check: { rule: RULE.partsSum, outcome: 'skip', quote: first.check.quote, detail: `“${s.text.slice(w.at, w.at + w.len)}”的${w.first.raw}是转给本机关的还是本机关转出的，句中没有说，收支无从核对` } }];
}

/**
 * The word the page said for the count `f` read as received (`word`: what the flow's reader found in its label), for a
 * finding to say it as the page did: "收到" for "全年收到…30件", "转办" where the sentence was read with 收到 in place of its
 * forwarding word (forwardedFlow; `shown` is the page's), "转至我局" with its receiver; null for 新收 (the finding's own
 * word) or no word found.
 */
export function inWordSaid(s: SentenceFigures, f: TextFigure, word: RegExp): string | null {
  const m = word.exec(f.label);
  if (!m) return null;
  const at = f.start - f.label.length + m.index;
  const shown = s.shown ?? s.text;
  const said = shown.slice(at, at + m[0].length);
  if (said === '新收') return null;
  return said === '转至' ? said + (/^(?:我|本)(?:局|委|办|厅|署|院|府|机关|单位|部门|中心|市|县|区|镇|乡|街道)/.exec(shown.slice(at + 2))?.[0] ?? '') : said;
}
