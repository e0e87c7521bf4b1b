/**
 * Quotes: the exact text of a claim as it stands in the extracted prose, so that the panel can
 * find and highlight it. A quote never crosses a paragraph: when a claim's whole stands in an
 * earlier paragraph ("累计公开政府信息962条。" then "从公开渠道来看，…"), only the sentence
 * that makes the claim is quoted.
 */
import type { Paragraph } from './extract-prose.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';

export interface At {
  s: SentenceFigures;
  f: TextFigure;
}

/** Back from a figure to the start of its clause (after the last ，,；;：:。！？ mark). */
export function clauseStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !(isClauseEnd(text.charCodeAt(i - 1)) && !thousandsComma(text, i - 1))) i--;
  return i;
}

/** "1,862件": an ASCII comma between a digit and three more is a thousands separator, no clause's end (red team 32, c01). */
function thousandsComma(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x2c && /\d/.test(text[at - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(at + 1, at + 5));
}

function isClauseEnd(c: number): boolean {
  switch (c) {
    case 0xff0c: case 0x2c: case 0xff1b: case 0x3b: case 0xff1a: case 0x3a: case 0x3002: case 0xff01: case 0xff1f:
      return true;
    default:
      return false;
  }
}

/** From the clause of `from` to the end of `to` (figures in the same or a later sentence). */
export function quoteSpan(paragraphs: readonly Paragraph[], from: At, to: At): string {
  const end = claimEnd(to);
  if (from.s.seq === to.s.seq) {
    return shownOf(from.s).slice(clauseStart(from.s.text, from.f.start), end).trim();
  }
  if (from.s.para === to.s.para) {
    const para = paragraphs[from.s.para];
    const p = para?.shown ?? para?.text ?? '';
    const a = from.s.offset + clauseStart(from.s.text, from.f.start);
    return p.slice(a, to.s.offset + end).trim();
  }
  return shownOf(to.s).slice(0, end).trim();
}

/** One figure with the words of its clause: "区政府各级各部门共收到政府信息公开申请45件". */
export function quoteClause(at: At): string {
  return shownOf(at.s).slice(clauseStart(at.s.text, at.f.start), claimEnd(at)).trim();
}

/**
 * Where a claim ends: at its figure ("予以公开32件"), or, for a figure with no words of its own
 * before it in its clause ("其中58件由自然人提出", "1件纠正"), after the words that say what it counts.
 */
function claimEnd(at: At): number {
  const before = at.s.text.slice(clauseStart(at.s.text, at.f.start), at.f.start);
  return NO_WORDS_BEFORE.test(before) ? at.f.end + wordsAfter(at.s, at.f).length : at.f.end;
}

/** Nothing before a figure in its clause but words that open a list or an item. */
const NO_WORDS_BEFORE = /^[\s，,、：:]*(?:其中|另有|还有|另|分别为|分别是|包括|含|共|共计|合计)?[\s，,：:]*$/;

/** The words right after a figure, up to a clause mark or the next figure ("1件为直接起诉" → "为直接起诉"). */
export function wordsAfter(s: SentenceFigures, f: TextFigure): string {
  const next = s.figures.find((x) => x.start >= f.end);
  const to = next ? next.start : s.text.length;
  const stop = s.text.slice(f.end, to).search(/[，,；;。、：:（()）]/);
  return stop < 0 ? s.text.slice(f.end, to) : s.text.slice(f.end, f.end + stop);
}

/**
 * The sentence as the page shows it (full-width digits and all), which a quote must match: the
 * offsets found in the folded text are the same there, the fold being one character for one.
 */
export function shownOf(s: Pick<SentenceFigures, 'text' | 'shown'>): string {
  return s.shown ?? s.text;
}
