/**
 * The report's prose, as paragraphs and sentences. The data tables (二/三/四) are passed in as
 * `exclude`: their cells are figures, not prose. Layout tables are not excluded: many portals
 * put the whole article inside one, so a cell boundary only ends a paragraph.
 *
 * The text is kept as it stands on the page (full-width digits, punctuation), only whitespace
 * runs are collapsed to one space: the panel finds a quote by searching the page text
 * normalised the same way.
 */
import { SHOWN, StyleMemo, visibilityOf } from '../dom/hidden.ts';
import { foldClauseMarks, foldWideFigures, withoutInvisible } from '../text/normalize.ts';
import { textReader } from '../text/traditional.ts';
import { unspaceLetterSpaced } from '../text/letter-spaced.ts';

export interface Paragraph {
  /** 0-based, in document order */
  index: number;
  /**
   * the paragraph with full-width digits folded to ASCII and ASCII ,; to ，； one for one
   * (normalize.ts foldWideFigures, foldClauseMarks)
   */
  text: string;
  /** the paragraph as the page shows it, where that differs from text: what quotes are cut from */
  shown?: string;
  /**
   * a table stands between it and the paragraph before (a data table left out, or a table's cell or row boundary): the two
   * are no running prose (txt93: a list's rest or an intake read in the next block only where nothing comes between)
   */
  afterTable?: true;
}

export interface ProseSentence {
  /** index of the paragraph it belongs to */
  para: number;
  /** 0-based over the whole document */
  seq: number;
  /** the sentence with its closing mark (。！？) when it has one */
  text: string;
  /** as the page shows it, where that differs from text (Paragraph.shown) */
  shown: string | undefined;
  /** where it starts in its paragraph's text */
  offset: number;
  /** the first sentence of a paragraph a table parts from the one before (Paragraph.afterTable) */
  afterTable?: true;
}

/** Elements whose start and end break a paragraph (HTML block-level boxes, plus table parts). */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'SVG', 'HEAD']);

/** What collapseProseSpace collapses: \s, U+200B and U+FEFF (which \s holds already). */
function isProseSpace(c: number): boolean {
  return c === 0x200b || isJsSpace(c);
}

/** Whitespace (incl. NBSP and the ideographic space, which JS \s covers) collapsed to one space. */
export function collapseProseSpace(s: string): string {
  return s.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

/** SKIP and BLOCK as bits, per tag name: one Map lookup per element instead of two Set lookups and an upper-casing. */
const P_SKIP = 1;
const P_BLOCK = 2;
/** a <table>: what the data tables passed as `exclude` are */
const P_TABLE = 4;
/** a <br> */
const P_BREAK = 8;
/** sup, sub, s, strike, del: a mark beside a figure (dom/hidden.ts isProseMark) */
const P_MARK = 16;
/** a table's part (table, row, cell, caption): its start and end part two paragraphs by more than a line's end (Paragraph.afterTable) */
const P_TABLE_PART = 32;
const TABLE_PARTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION']);
const MARK_TAGS = new Set(['SUP', 'SUB', 'S', 'STRIKE', 'DEL']);
const proseFlagCache = new Map<string, number>();

function proseFlags(el: Element): number {
  // keyed by localName, which upper-cased is tagName, unless the element has a namespace prefix
  // (XML documents only): those take the slow road. linkedom's tagName upper-cases on every read.
  if (el.prefix) return flagsOfTag(el.tagName.toUpperCase());
  const name = el.localName;
  let f = proseFlagCache.get(name);
  if (f === undefined) {
    f = flagsOfTag(name.toUpperCase());
    proseFlagCache.set(name, f);
  }
  return f;
}

function flagsOfTag(tag: string): number {
  return (SKIP.has(tag) ? P_SKIP : 0) | (BLOCK.has(tag) ? P_BLOCK : 0) | (tag === 'TABLE' ? P_TABLE : 0) | (tag === 'BR' ? P_BREAK : 0) | (MARK_TAGS.has(tag) ? P_MARK : 0) | (TABLE_PARTS.has(tag) ? P_TABLE_PART : 0);
}

/** Where a <br> stood in the text read so far (no page text holds U+0000: the parser drops it). */
const LINE_BREAK = '\u0000';

/** A line that ends inside a sentence's clause list: after a comma or 、. */
const ENDS_CLAUSE = /[，,、]$/;
/**
 * A line that ends in a word, as a printed line wraps; not a title or a lead-in, which end in a
 * word too ("…工作年度报告", "…情况如下").
 */
const ENDS_WORD = /[\u4e00-\u9fa5\d]$/;
const ENDS_TITLE = /(?:报告|情况|如下)$/;
/** A line that starts a paragraph of its own: a heading's or an item's number (（一）, 一、, 1., （1）, ①). */
const STARTS_PARAGRAPH = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|[\u2460-\u2473])/;
/** A wrapped line is long: a heading or a line of a list ends short, with no mark. */
const WRAPPED_LINE = 20;
/** Words a line goes on with, in the sentence of the line before: "本年度共受理申请45件<br>其中予以公开30件…". */
const GOES_ON = /^\s*(?:其中|包括|分别(?:为|是)|较上年|同比|比上年)/;
/**
 * A short line ending in a word, broken mid-sentence (Word's soft line break, txt101): a sentence opened with a comma and not ended
 * ("2024年，本机关共受理政府信息<br>公开申请45件，…"), or a count the next line goes on from ("…申请45件<br>其中…"). A heading, a
 * title, an item of a list (no comma, no such words after it) still ends its paragraph, as a line ending in 。；：does.
 */
function midSentence(line: string, next: string, before: string | null): boolean {
  if (STARTS_PARAGRAPH.test(line)) return false;
  // (a line ending in a count is a clause said whole: "受理45件，其中网上30件，信函16件<br>办结45件，其中…" are two lists, one
  // sentence lost the first's error 46:45 — rt102; it goes on only into 其中/包括/分别为, and not after a count line of its own:
  // "行政复议3件<br>行政诉讼1件<br>其中维持2件，纠错1件" are a list's lines, its 其中 any one's — joined, an error 3:1)
  if (ENDS_COUNT.test(line)) return GOES_ON.test(next) && !(before !== null && ENDS_COUNT.test(before.trim()));
  return /[，,]/.test(line);
}
const ENDS_COUNT = /[\d０-９][件条项个次]$/;

/**
 * The lines of a paragraph between its <br>s, joined where a line was wrapped mid-sentence
 * ("共收到政府信息公开申请86件，<br>其中网上申请50件", a report pasted from a PDF with a break at the
 * end of every printed line): after a comma or 、, or after a long line ending in a word, unless the
 * next line starts with a heading's or an item's number. Read as two paragraphs, the 其中 list lost
 * its whole and was read against the wrong one. Any other <br> ends a paragraph, as it did.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  return joinAt(lines, wrappedJoins(lines));
}

/** Per line, whether it continues the line before it (joinWrappedLines). */
function wrappedJoins(lines: readonly string[]): boolean[] {
  const joins = lines.map(() => false);
  let last = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!;
    const trimmed = last.trim();
    const before = i >= 2 && !joins[i - 1] ? lines[i - 2]! : null;
    const wrapped = ENDS_CLAUSE.test(trimmed) || (ENDS_WORD.test(trimmed) && !ENDS_TITLE.test(trimmed) && (trimmed.length >= WRAPPED_LINE || midSentence(trimmed, next, before)));
    joins[i] = wrapped && next.trim() !== '' && !STARTS_PARAGRAPH.test(next);
    last = next;
  }
  return joins;
}

/** The lines joined where `joins` says so. */
function joinAt(lines: readonly string[], joins: readonly boolean[]): string[] {
  const out: string[] = [];
  let cur = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    if (joins[i]) cur += lines[i]!;
    else {
      out.push(cur);
      cur = lines[i]!;
    }
  }
  out.push(cur);
  return out;
}

/**
 * The paragraphs of `container`'s prose. For each element of `marks`, `at[i]` is set to the index
 * of the first paragraph at or after it (left as it was when the walk does not meet it), so a
 * caller can tell the prose before it from the prose after.
 */
export function extractParagraphs(
  container: Element,
  exclude: readonly Element[],
  marks: readonly (Element | null | undefined)[] = [],
  at: number[] = [],
): Paragraph[] {
  const excluded = new Set<Node>(exclude);
  const marked = marks.some((m) => m);
  // which elements may be excluded: the data tables are <table>s (a tag whose flags have P_TABLE),
  // and then no other element needs the Set lookup; anything else, and every element does
  const onlyTables = exclude.every((e) => (proseFlags(e) & P_TABLE) !== 0);
  const out: Paragraph[] = [];
  let buf = '';
  const styles = new StyleMemo(); // this walk's only: nothing outlives the call
  // the page in traditional characters: read simplified (text/traditional.ts)
  // and the page's own characters beside them (`pageBuf`), which quotes are cut from: the reader
  // maps one character for one and leaves whitespace be, so every offset is the same in both
  const reader = textReader();
  let pageBuf = '';
  // a table met since the last paragraph: the next one is marked afterTable
  let table = false;
  const flush = (): void => {
    if (buf === '') return; // most block boundaries: nothing read since the last one
    if (buf.length <= 2 && isProseSpace(buf.charCodeAt(0)) && (buf.length === 1 || isProseSpace(buf.charCodeAt(1)))) {
      buf = pageBuf = ''; // the "\n" or "\r\n" between two blocks: nothing for the pattern to collapse
      return;
    }
    let lines = [buf];
    let shownLines = reader ? [pageBuf] : lines;
    if (buf.includes(LINE_BREAK)) {
      const split = buf.split(LINE_BREAK);
      const joins = wrappedJoins(split);
      lines = joinAt(split, joins);
      shownLines = reader ? joinAt(pageBuf.split(LINE_BREAK), joins) : lines;
    }
    buf = pageBuf = '';
    for (let i = 0; i < lines.length; i++) {
      // a machine-converted copy's letter-spaced paragraph is read with its spaces taken out (text/letter-spaced.ts)
      const text = unspaceLetterSpaced(collapseProseSpace(lines[i]!));
      if (text === '') continue;
      const folded = foldClauseMarks(foldWideFigures(text));
      const shown = reader ? unspaceLetterSpaced(collapseProseSpace(shownLines[i]!)) : text;
      const p: Paragraph = folded === shown ? { index: out.length, text } : { index: out.length, text: folded, shown };
      if (table) {
        p.afterTable = true;
        table = false;
      }
      out.push(p);
    }
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      // zero-width characters and soft hyphens are no gap in a figure (normalize.ts withoutInvisible)
      const raw = withoutInvisible(node.nodeValue ?? '');
      if (reader) {
        buf += reader(raw);
        pageBuf += raw;
      } else buf += raw;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const flags = proseFlags(el);
    if (excluded.size > 0 && (!onlyTables || (flags & P_TABLE) !== 0) && excluded.has(el)) {
      flush();
      table = true;
      return;
    }
    if (marked && marks.includes(el)) {
      flush();
      for (let i = 0; i < marks.length; i++) if (marks[i] === el) at[i] = out.length;
    }
    // hidden, or a footnote mark or a struck-out figure beside a figure: no part of it (dom/hidden.ts isProseMark)
    if (flags & (P_SKIP | P_MARK) || (el.hasAttributes() && visibilityOf(el, styles, true) !== SHOWN)) return;
    // a line break inside a paragraph: a paragraph's end or a line wrapped mid-sentence, which
    // flush tells once it sees the text on both sides (joinWrappedLines)
    if (flags & P_BREAK) {
      buf += LINE_BREAK;
      if (reader) pageBuf += LINE_BREAK;
      return;
    }
    const block = (flags & P_BLOCK) !== 0;
    if (block) flush();
    if (flags & P_TABLE_PART) table = true;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
    if (flags & P_TABLE_PART) table = true;
  };
  walk(container);
  flush();
  return out;
}

/** \s as a JS pattern reads it (WhiteSpace and LineTerminator), by code unit. */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  switch (c) {
    case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200a;
  }
}

/** Sentences end at 。！？ (full or half width). ；only ends a clause: a 其中 list runs over ；. */
const SENTENCE_END = /[。！？!?]/g;

/** What stays with the sentence it follows: closing quotes and brackets, and whitespace (\s). */
function closesSentence(c: number): boolean {
  switch (c) {
    case 0x201d: case 0x2019: case 0x300d: case 0x300f: case 0xff09: case 0x29: // ” ’ 」 』 ） )
      return true;
    default:
      return isJsSpace(c);
  }
}

/**
 * The sentences of a paragraph, each trimmed, with where it starts. The end marks are found by
 * the pattern (faster than a scan by code unit in JS); a sentence is trimmed by stepping over
 * the whitespace at its ends (String.prototype.trim removes exactly what isJsSpace names)
 * rather than by slicing and trimming it twice to learn its offset.
 */
export function splitSentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const push = (from: number, to: number): void => {
    while (from < to && isJsSpace(text.charCodeAt(from))) from++;
    while (to > from && isJsSpace(text.charCodeAt(to - 1))) to--;
    if (from < to) out.push({ text: text.slice(from, to), offset: from });
  };
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    // keep closing quotes and brackets with the sentence they end
    let j = m.index + 1;
    while (j < text.length && closesSentence(text.charCodeAt(j))) j++;
    push(start, j);
    start = j;
    SENTENCE_END.lastIndex = j;
  }
  push(start, text.length);
  return out;
}

export interface Prose {
  paragraphs: Paragraph[];
  sentences: ProseSentence[];
  /** the first paragraph at or after `to` (paragraphs.length when there is none or none follows it) */
  markAt: number;
  /** the first paragraph at or after `from` (0 when there is none; never past markAt) */
  fromAt: number;
}

export function extractProse(container: Element, exclude: readonly Element[], to?: Element | null, from?: Element | null): Prose {
  const at = [Infinity, 0];
  const paragraphs = extractParagraphs(container, exclude, [to, from], at);
  const markAt = Math.min(at[0]!, paragraphs.length);
  const sentences: ProseSentence[] = [];
  for (const p of paragraphs) {
    let first = p.afterTable === true;
    for (const { text, offset } of splitSentences(p.text)) {
      const shown = p.shown?.slice(offset, offset + text.length);
      const one: ProseSentence = { para: p.index, seq: sentences.length, text, shown, offset };
      if (first) {
        one.afterTable = true;
        first = false;
      }
      sentences.push(one);
    }
  }
  return { paragraphs, sentences, markAt, fromAt: Math.min(at[1]!, markAt) };
}
