/**
 * A report shown in traditional characters (繁體), read as the simplified report it is.
 *
 * Why: nearly every government portal has a 简/繁 switch (in its header or its 无障碍 toolbar).
 * It rewrites the page's text character by character, and remembers the choice in a cookie, so a
 * reader who once switched sees every later page of the portal in 繁體 — where no label, title or
 * sentence pattern of the core would match: 本年新收政府資訊公開申請數量, 總計, 予以公開.
 *
 * How: one table (traditional-table.ts, generated from OpenCC's data by
 * scripts/gen-traditional.mjs) turns each traditional character into its simplified form, one
 * character for one, so every offset stays what it was on the page (quotes are marked by them:
 * components/quote-ranges.ts). Taiwan's word 資訊 (what a phrase-level converter writes for 信息)
 * is read as 信息, the same length.
 *
 * When: only on a page that is in traditional characters (looksTraditional), decided once per
 * analysis from the page's title and the opening of its text. A simplified page keeps every
 * character as written: it may hold a few traditional ones (the switch's own "繁體" link, a place
 * name) that are not to be touched.
 *
 * The core reads a page's text in a handful of places (the detector's walk, a cell's text, the
 * prose, a table's heading, the <title>); each asks `textReader()` once and, when it gives a
 * function, passes every string it reads through it. analyzeDocument sets the document for the
 * length of one synchronous analysis (withDocumentReader), its reader decided at the first read of
 * its body (the <title> alone is read by how it looks: readTitle), and sets it back after, so
 * nothing outlives the call.
 */
import { PHRASES_MEANT, PHRASES_READ, SIMPLIFIED, TRADITIONAL } from './traditional-table.ts';
import { tagOf } from '../dom/attr.ts';

export type TextReader = (raw: string) => string;

let table: Uint16Array | null = null;

/** code unit → its simplified code unit, 0 where the character stays */
function lookup(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let i = 0; i < TRADITIONAL.length; i++) table[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  return table;
}

let phrases: { re: RegExp; meant: Map<string, string> } | null = null;

/** OpenCC's words the characters alone read wrong (答覆 → 答复, 瞭解 → 了解), and Taiwan's 资讯 (信息) */
function phraseFixes(): { re: RegExp; meant: Map<string, string> } {
  if (phrases) return phrases;
  const read = [...PHRASES_READ.split('|'), '资讯'];
  const meant = PHRASES_MEANT.split('|');
  meant.push('信息');
  const map = new Map(read.map((r, i) => [r, meant[i]!]));
  // the longest word first where two start alike (反覆 and 反覆性)
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  phrases = { re: new RegExp(keys.join('|'), 'g'), meant: map };
  return phrases;
}

/** Every traditional character of the table in simplified form, and OpenCC's words; the length never changes. */
export function toSimplified(s: string): string {
  const t = lookup();
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const m = t[s.charCodeAt(i)]!;
    if (m === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(m);
    from = i + 1;
  }
  out = from === 0 ? s : out + s.slice(from);
  const { re, meant } = phraseFixes();
  re.lastIndex = 0;
  return re.test(out) ? out.replace(re, (w) => meant.get(w) ?? w) : out;
}

/** Does the text hold any character the table reads as another (a quote from a page in 繁體)? */
export function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isTraditional(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Is this code unit one of the table's traditional characters, or one of their simplified forms
 * that no traditional character shares (开, 报, 务…)? At first by a search of the table's string,
 * and only after SEARCHES of them from the two arrays built from it: on a simplified page (nearly
 * every page) the question is asked of a few dozen characters, once, in a page's fresh script
 * world, where filling the arrays cost ~3 ms of the analysis's first run in Chromium (the tables
 * stage's main-thread CPU, fengze-2019: 29.6 → 26.8 ms without the question at all); a batch run
 * of many pages builds them once and asks them after.
 */
const SEARCHES = 4000;
let searches = 0;
function isTraditional(c: number): boolean {
  if (c < 0x3400) return false;
  if (table || ++searches > SEARCHES) return lookup()[c] !== 0;
  return TRADITIONAL.indexOf(String.fromCharCode(c)) >= 0;
}
function isSimplifiedOnly(c: number): boolean {
  if (c < 0x3400) return false;
  if (simplifiedMarks || ++searches > SEARCHES) return simplifiedForms()[c] === 1;
  return SIMPLIFIED.indexOf(String.fromCharCode(c)) >= 0 && TRADITIONAL.indexOf(String.fromCharCode(c)) < 0;
}

let simplifiedMarks: Uint8Array | null = null;
/** 1 at each simplified form the table gives (开, 报, 务…): characters a traditional text does not hold */
function simplifiedForms(): Uint8Array {
  if (simplifiedMarks) return simplifiedMarks;
  simplifiedMarks = new Uint8Array(0x10000);
  for (let i = 0; i < SIMPLIFIED.length; i++) simplifiedMarks[SIMPLIFIED.charCodeAt(i)] = 1;
  // a character both forms share (a simplified form that is also some other character's
  // traditional form) says nothing
  for (let i = 0; i < TRADITIONAL.length; i++) simplifiedMarks[TRADITIONAL.charCodeAt(i)] = 0;
  return simplifiedMarks;
}

/** How much of a page's text its script is judged by: its opening holds the portal's header and the report's title. */
export const SAMPLE_CHARS = 1500;

/**
 * Is this text written in traditional characters? At least MIN_TRADITIONAL of the table's
 * characters, and more of them than of their simplified forms. A simplified page with a "繁體"
 * switch or a 乾县 has one or two against hundreds of simplified ones; a converted page has dozens
 * and none of the other kind. Once either kind counts CLEAR and four times the other, the rest
 * cannot change the answer on any page but a contrived one, and is not read.
 */
const MIN_TRADITIONAL = 4;
const CLEAR = 24;
export function looksTraditional(sample: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x3400) continue;
    if (isTraditional(c)) {
      if (++traditional >= CLEAR && simplified * 4 <= traditional) return true;
    } else if (isSimplifiedOnly(c)) {
      if (++simplified >= CLEAR && traditional * 4 <= simplified) return false;
    }
  }
  return traditional >= MIN_TRADITIONAL && traditional > simplified;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/**
 * The page's title and the first SAMPLE_CHARS characters of its body's text (scripts and styles
 * left out): a few dozen DOM steps, not a walk of the page.
 */
export function pageSample(doc: Document): string {
  let out = doc.title ?? '';
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  const limit = out.length + SAMPLE_CHARS;
  let node: Node | null = root.firstChild;
  while (node && out.length < limit) {
    let descend = false;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) descend = !SKIPPED.has(tagOf(node as Element));
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return out;
}

/** The reader a document's text is read with: toSimplified on a page in traditional characters, else none. */
export function readerFor(doc: Document): TextReader | null {
  return looksTraditional(pageSample(doc)) ? toSimplified : null;
}

let current: TextReader | null = null;
/** the document whose reader is still to be decided (withDocumentReader): at the first read of its body */
let pending: Document | null = null;

/** The reader in force (null: read text as it is); a pending document's is decided now. */
export function textReader(): TextReader | null {
  if (pending) {
    const doc = pending;
    pending = null;
    current = readerFor(doc);
  }
  return current;
}

/** Text as the reader in force reads it. */
export function readText(raw: string): string {
  const reader = textReader();
  return reader ? reader(raw) : raw;
}

/**
 * The page's <title>, read before its body: as the page is read once that is decided, else as the
 * title itself looks. A <title> that names another document dismisses the page before its body is
 * read at all (detect-report.ts), so reading the title must not read the body.
 */
export function readTitle(raw: string): string {
  if (!pending) return current ? current(raw) : raw;
  return looksTraditional(raw) ? toSimplified(raw) : raw;
}

/** Runs fn with `reader` in force, and sets back the one before it, whatever happens. */
export function withTextReader<T>(reader: TextReader | null, fn: () => T): T {
  return within(reader, null, fn);
}

/** Runs fn with doc's reader in force (readerFor, decided at the first read of its body), and sets back the one before it. */
export function withDocumentReader<T>(doc: Document, fn: () => T): T {
  return within(null, doc, fn);
}

function within<T>(reader: TextReader | null, doc: Document | null, fn: () => T): T {
  const before = { current, pending };
  current = reader;
  pending = doc;
  try {
    return fn();
  } finally {
    ({ current, pending } = before);
  }
}
