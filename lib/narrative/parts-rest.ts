/**
 * "受理2035件，已答复1996件，其余39件正在办理中" (hunt53's 2010s report; recall54): a count of the
 * applications, those answered (or still open), and the rest (其余/剩余/余下) the other way — the text
 * says itself that the two make the whole (rule text.parts-sum, complete both ways, as 除…外，其余
 * does: parts-except.ts). Read only when nothing leaves the whole in doubt:
 * - the three counts follow one another, each part in a ，-clause of its own right after the figure
 *   before it, one unit, none in a parenthesis, approximate or of another year;
 * - the whole's clause names applications received (受理/收到… 申请) and no result nor other work
 *   (咨询, 来信, 建议…), and is not 上年结转; the rest is the sentence's last count; no count stands before it in its sentence, and its paragraph names nothing carried in
 *   (after "上年结转4件。本年受理62件，已办结63件，其余3件…" the rest is of 66: no figure says so);
 * - the first part is those answered or those open, no more words, and no more than the whole; the
 *   rest's words say the other (正在办理中 after 已答复, 均已办结 after 正在办理). "其余3件结转下年度" is a flow,
 *   flow-balance.ts's (a warning where 受理 may leave those carried in unsaid).
 * "已答复63件，其中予以公开32件，其余31件…" (a figure between) is the 其中 list's (parts-qizhong.ts).
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { CARRIED_FROM, clauseStartOf, closesList, partsIn, type PartsGroup } from './parts-sum.ts';
import { restBreakdownAt } from './parts-breakdowns.ts';
import { wordsAfter } from './quote.ts';
import { cmpDec } from './decimal.ts';

/** The whole's words: the applications received, no result nor another kind of count. */
const RECEIVED = /(?:受理|收到|接收|新收).*申请|申请.*(?:受理|收到|接收|新收)/;
const NOT_RECEIVED = /结转|办结|答复|办理完毕|予以|不予|咨询|建议|提案|复议|诉讼|信访|举报|投诉|主动公开|来信|信件|来电|办件|件次/;
/** Those answered or closed, and those still open (the words before or after the figure). */
const CLOSED = /^(?:其中)?(?:已|均已|已经|已全部|全部)?(?:答复|办结|办理完毕|处理完毕|作出答复|予以答复|按时答复|按期答复|按时办结|按期办结)(?:了)?$/;
const OPEN = /^(?:其中)?(?:正在办理|尚在办理|仍在办理|正在处理|尚未办结|尚未答复|未办结|办理中)$/;
const REST = /^(?:其余|剩余|余下)(?:的)?$/;
const REST_CLOSED = /^(?:均|已|均已|已全部|全部|已经|都已)?(?:办结|答复|办理完毕|处理完毕|按时答复|按期答复|按时办结|按期办结|作出答复)(?:完毕)?$/;
// (not "其余3件结转下年度": a flow, read with its balance by flow-balance.ts)
const REST_OPEN = /^(?:正在办理|尚在办理|仍在办理|正在处理|尚未办结|尚未答复|未办结)(?:中|当中)?$/;

export function findRestGroups(s: SentenceFigures, paragraphText: string, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = restBreakdowns(s, year);
  if (s.figures.length < 3 || !s.text.includes('余') || !/其余|剩余|余下/.test(s.text)) return out;
  const fine = (f: TextFigure | undefined): f is TextFigure => !!f && isCount(f) && f.paren === null && !f.approx && !notThisYears(s, f, year);
  const bare = (f: TextFigure): string => f.label.replace(/^[，,\s]+/, '').trim();
  const w = s.figures[0];
  const [a, b] = [s.figures[1], s.figures[2]];
  // (the rest the sentence's last count: "…剩余4件正在办理，2件终止办理" leaves the rest in two)
  if (s.figures.slice(3).some((f) => isCount(f))) return out;
  if (!fine(w) || !fine(a) || !fine(b) || a.unit !== w.unit || b.unit !== w.unit || w.unit !== '件') return out;
  const wholeWords = s.text.slice(clauseStartOf(s.text, w.start), w.start);
  if (!RECEIVED.test(wholeWords) || NOT_RECEIVED.test(wholeWords) || CARRIED_FROM.test(w.label)) return out;
  // (nothing carried in named before the sentence nor in it: the rest may be of the whole and those carried in)
  const at = paragraphText.indexOf(s.text);
  if (CARRIED_FROM.test(at >= 0 ? paragraphText.slice(0, at) : paragraphText) || CARRIED_FROM.test(s.text)) return out;
  if (wordsAfter(s, w) !== '' && !/^[，,]/.test(s.text.slice(w.end))) return out;
  if (!/^[^，,；;。\d]{0,2}[，,]/.test(s.text.slice(w.end, a.start)) || !/^[^，,；;。\d]{0,2}[，,]/.test(s.text.slice(a.end, b.start))) return out;
  const [la, lb] = [bare(a), bare(b)];
  if (!REST.test(lb) || wordsAfter(s, a) !== '') return out;
  const after = wordsAfter(s, b).trim();
  const closedFirst = CLOSED.test(la) && REST_OPEN.test(after);
  const openFirst = OPEN.test(la) && REST_CLOSED.test(after);
  if (!closedFirst && !openFirst) return out;
  if (cmpDec(a.value, w.value) > 0) return out;
  out.push({ shape: 'closed-open', whole: { s, f: w }, parts: [{ s, f: a }, { s, f: b }], complete: true });
  return out;
}

/**
 * The rest's own list ("其中政府信息公开类1件尚未审结，其余11件中胜诉10件、败诉1件": 10 + 1 against the 11; fix86), which the
 * list of the whole leaves out (parts-breakdowns.ts restBreakdownAt): two items at least, of the rest's unit.
 */
function restBreakdowns(s: SentenceFigures, year: number | null): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (!/余|剩下|另|其他|其它/.test(s.text)) return out;
  for (const f of s.figures) {
    if (!isCount(f) || f.paren !== null || f.approx || notThisYears(s, f, year)) continue;
    const at = restBreakdownAt({ s, f });
    if (!at) continue;
    const parts = partsIn(s, f, at.from, at.to, false, year);
    if (parts.length < 2) continue;
    out.push({ shape: 'qizhong', whole: { s, f }, parts, complete: parts.some((p) => closesList(p.f.label)) });
  }
  return out;
}
