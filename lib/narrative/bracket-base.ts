/**
 * Last year's figure in a bracket beside this year's (txt63; txt62 left it unread): "全年收到政府信息公开申请62件（上年57件）",
 * "…62件（2021年为57件）", "…62件（去年同期57件）". The bracket's figure counts what the figure before it counts, of the
 * year the bracket names: on a page with that year's table 三 (other-year-table.ts) it is compared with it, as "上年收到…57件"
 * is; never with this year's (text-vs-table.ts reads a bracket only for 含/其中 and those carried).
 */
import type { Finding, NotePart } from '../types.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';

/** The bracket's words before its figure: a year and nothing else ("上年", "2021年为", "去年同期共"). */
const YEAR_WORDS = /^[（(]\s*(?:上一?年度?|去年|前一年度?|\d{4}\s*年度?)(?:同期)?(?:为|是|共|计|共计)?\s*$/;
/** …and after it: the bracket's end. */
const CLOSES = /^\s*[）)]/;

/** The figure whose base `f` is, where `f` is the bracket's only figure right after it; null otherwise. */
export function bracketBaseOf(s: SentenceFigures, f: TextFigure): TextFigure | null {
  if (f.paren === null || !CLOSES.test(s.text.slice(f.end))) return null;
  const before = s.figures.filter((g) => g.end <= f.start).at(-1);
  if (!before || before.unit !== f.unit || before.paren !== null) return null;
  return YEAR_WORDS.test(s.text.slice(before.end, f.start)) ? before : null;
}

/**
 * The sentence's text read for the base alone: the figure before it and the bracket's words before the base blanked
 * (spaces, so every offset holds and the words before the figure reach the base: "全年收到政府信息公开申请        57件）"),
 * the base no longer in a bracket. Its year is the one other-year-table.ts compares it with.
 */
export function readAsBase(text: string, f: TextFigure, base: TextFigure): { text: string; figure: TextFigure } {
  const blanked = text.slice(0, base.start) + ' '.repeat(f.start - base.start) + text.slice(f.start);
  return { text: blanked, figure: { ...f, paren: null, label: blanked.slice(base.start, f.start) } };
}

/** The note's arguments with `from` said as `to` (a quote, wherever it stands in the tree). */
function noteWith(n: NotePart, from: string, to: string): NotePart {
  return { ...n, args: n.args.map((a) => (a === from ? to : typeof a === 'object' ? noteWith(a, from, to) : a)) };
}

/**
 * A claim on a bracket's base quoted to the bracket's end: "全年收到政府信息公开申请62件（上年56件）", not "…（上年56件" as the
 * quote of a figure ends at it. The quote is the same in the check, the finding, its message and its note.
 */
export function closeBracketQuote(o: ClaimOutcome): ClaimOutcome {
  const q = o.check.quote;
  if (q === undefined || !/[（(][^（()）]*$/.test(q)) return o;
  const to = `${q}${q.includes('（') ? '）' : ')'}`;
  const f: Finding | undefined = o.finding && {
    ...o.finding, quote: to, message: o.finding.message.replace(q, to), ...(o.finding.note ? { note: noteWith(o.finding.note, q, to) } : {}),
  };
  return { check: { ...o.check, quote: to }, ...(f ? { finding: f } : {}) };
}

/** After the bracket: its end, then the change's verb alone ("），增长8.8%"), no 同比/较上年 of its own. */
const CHANGE_AFTER = /^\s*[）)]\s*[，,]?\s*(?:共|总体)?(?:增加|减少|增长|下降|上升|降低|提高|多|少)了?\s*$/;

/**
 * Where a change said with no comparison word reads as one against the bracket's base: "62件（上年57件），增长8.8%" (txt63: unread,
 * where "…（上年为57件），同比增长8.8%" was read). The offset right after the bracket, standing for the 同比 the sentence leaves
 * out (year-on-year.ts reads the claim from there: this year's figure and the base before it, the change after it).
 */
export function changesAfterBase(s: SentenceFigures): number[] {
  const out: number[] = [];
  s.figures.forEach((g, i) => {
    const f = s.figures[i - 1];
    if (g.change === null || !f || !bracketBaseOf(s, f) || !CHANGE_AFTER.test(s.text.slice(f.end, g.start))) return;
    out.push(f.end + (/^\s*[）)]/.exec(s.text.slice(f.end))?.[0].length ?? 0));
  });
  return out;
}
