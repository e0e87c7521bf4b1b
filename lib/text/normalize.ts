/**
 * Text normalisation shared by every stage. Each quirk of the input has its own named helper
 * (STYLE.md, after statcheck), each with a table-driven test in test/unit/normalize.test.ts.
 */

/** Zero-width characters that Word and CMS editors leave inside figures and labels. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Characters NFKC leaves as they are and that never compose with a neighbour: ASCII, the CJK
 * ideographs, and the punctuation Chinese prose is written with (、。〈〉《》「」『』【】〔〕“”‘’—·×).
 * Full-width ASCII (U+FF01–FF5E), the ideographic space and NBSP are mapped one for one below.
 * A string made only of these is normalised here; anything else (…, ①, ℃, Kangxi radicals,
 * combining marks, surrogates) goes to String.prototype.normalize. Equivalence is tested over
 * every code point of these ranges and over the fixture pages' text (test/unit/normalize.test.ts).
 * isPlain below is the same set, as code-point comparisons.
 */
const NOT_PLAIN = /[^\x00-\x7f\u00a0\u00b7\u00d7\u00f7\u2014\u2015\u2018\u2019\u201c\u201d\u2022\u2030\u25a0-\u25ff\u3000-\u3003\u3005-\u3029\u3030\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]/;
/** what the fast path maps (everything else in it is left alone) */
const WIDE = /[\u00a0\u3000\uff01-\uff5e]/g;

function halfWidthChar(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : ' ';
}

/**
 * Full-width digits, letters, parentheses and the ideographic space become their ASCII forms
 * (NFKC), so that "１２" reads 12 and "（一）" and "(一)" compare equal. ICU's normalize costs
 * ~1 µs a call even on text it leaves alone, and every line and cell of a page goes through here,
 * hence the fast path for the characters report text is made of.
 */
export function toHalfWidth(s: string): string {
  if (NOT_PLAIN.test(s)) return s.normalize('NFKC');
  WIDE.lastIndex = 0;
  return WIDE.test(s) ? s.replace(WIDE, halfWidthChar) : s;
}

/**
 * Full-width digits, letters and the marks figures are written with (％ ． －) folded to ASCII one
 * character for one character, so that an offset in the folded text is the same offset in the
 * original (NFKC would not keep lengths, and folds the prose's ，（）： as well). The narrative
 * reads its prose folded — "２０２１年" is a year, "１２件" a count, to every pattern alike — and
 * quotes it as the page shows it.
 */
const FOLDED = /[\uff05\uff0d\uff0e\uff10-\uff19\uff21-\uff5a]/;

export function foldWideFigures(s: string): string {
  if (!FOLDED.test(s)) return s; // nothing to fold: most text, and no string built char by char
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 0x30);
    else if (c === 0xff05) out += '%';
    else if (c === 0xff0e) out += '.';
    else if (c === 0xff0d) out += '-';
    else if (c >= 0xff21 && c <= 0xff5a) out += String.fromCharCode(c - 0xff21 + 0x41);
    else out += s[i];
  }
  return out;
}

/**
 * The prose's ASCII comma and semicolon as the Chinese ones, one for one: a report typed with
 * English punctuation ("共收到申请86件,其中网上申请50件;") is read as every pattern expects
 * (，；). A comma between a digit and three more is a thousands separator and stays.
 */
const ASCII_CLAUSE_MARK = /[,;]/;

export function foldClauseMarks(s: string): string {
  if (!ASCII_CLAUSE_MARK.test(s)) return s;
  return s.replace(/[,;]/g, (m, i: number) => (m === ';' ? '；' : isDigit(s.charCodeAt(i - 1)) && /^\d{3}(?!\d)/.test(s.slice(i + 1, i + 5)) ? ',' : '，'));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Circled and double-circled numbers (①–⑳, ⓪, ⓵–⓾, ❶–➓, ㉑–㊿): a footnote's mark when written
 * beside a figure ("20①"), which NFKC would turn into a digit joined to it (201). Parenthesised
 * (⑴) and full-stop (⒈) forms are not here: NFKC makes them "(1)" and "1.", which a figure's
 * reading already refuses or takes as a note.
 */
const CIRCLED = /[\u2460-\u2473\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/g;

/**
 * A cell's text without the circled marks beside a figure: "20①" reads 20. A cell that is only a
 * mark ("①", a list's number) keeps it, and so does a label ("①含网上申请"): only a figure's mark
 * is dropped, i.e. when what is left starts with a digit or a sign.
 */
export function withoutFigureMarks(s: string): string {
  CIRCLED.lastIndex = 0;
  const t = SUPERSCRIPT_MARK.test(s) ? s.replace(SUPERSCRIPT_MARK, '$1') : s;
  if (!CIRCLED.test(t)) return t;
  const rest = t.replace(CIRCLED, '');
  return /^[\s\u00a0\u3000]*[0-9\uff10-\uff19+\-\u2212]/.test(rest) ? rest : t;
}

/**
 * A footnote's number typed as a superscript digit after a figure at the cell's end ("31¹", "12件²"),
 * as Word's 上标 pasted as plain text leaves it: NFKC would join it to the figure (311, red team 33
 * c09: two false errors on table 三) — or between the figure and its 件 ("64²件" read 642: red team
 * 34 c02, four false errors). Only after a digit or 件 and at the end (or before the cell's last 件):
 * "m²" and a ¹ before text stay as they are.
 */
const SUPERSCRIPT_MARK = /([0-9\uff10-\uff19件])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+(?=[\s\u00a0\u3000]*(?:件[\s\u00a0\u3000]*)?$)/;

/**
 * Characters that show nothing and take no room: zero-width space, non-joiner and joiner, word
 * joiner, BOM and the soft hyphen. Inside a figure ("1\u200b20件") they are no gap: the prose
 * leaves them out (red team 18: "1\u200b20件" read 20, and "1\u200c20件" no figure at all).
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function withoutInvisible(s: string): string {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
}

/** Is the code unit one withoutInvisible leaves out? */
export function isInvisibleChar(c: number): boolean {
  return c === 0xad || c === 0xfeff || c === 0x2060 || (c >= 0x200b && c <= 0x200d);
}

/** NBSP, ideographic space and runs of whitespace become one ASCII space; ends trimmed. */
export function collapseSpace(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** The form a cell's text is shown in findings: half-width, whitespace collapsed. */
export function normalizeText(s: string): string {
  return scanPlain(s, true) ?? collapseSpace(toHalfWidth(s));
}

/**
 * normalizeText of a plain string (one made only of the characters isPlain below accepts), or
 * null when s is not plain. Its result is plain too, so that its labelKey is its withoutSpaces and
 * the labelKey of plain texts joined is their labelKeys joined: the grid reads each cell once and
 * the mappers join cells' keys instead of normalising the joined text again.
 */
export function normalizePlainText(s: string): string | null {
  return scanPlain(s, true);
}

/**
 * The form labels are matched in: half-width, with every space removed, because Word splits
 * "本年新\n制作数量" over lines and "（三）不予 公开" over spans.
 */
export function labelKey(s: string): string {
  return scanPlain(s, false) ?? toHalfWidth(s).replace(ZERO_WIDTH, '').replace(/[\s\u00a0\u3000]+/g, '');
}

/** s without its ASCII spaces: a normalised text's labelKey form when it is plain. */
export function withoutSpaces(s: string): string {
  return s.indexOf(' ') < 0 ? s : s.replace(/ /g, '');
}

/** NOT_PLAIN's complement, by code unit: ASCII first, then the ideographs, then the rest. */
function isPlain(c: number): boolean {
  if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) return true;
  if (c >= 0x3000) {
    return (c <= 0x3029 && c !== 0x3004) || c === 0x3030 || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xff01 && c <= 0xff5e);
  }
  if (c >= 0x2014) return c <= 0x2022 ? c <= 0x2015 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2022 : c === 0x2030 || (c >= 0x25a0 && c <= 0x25ff);
  return c === 0xa0 || c === 0xb7 || c === 0xd7 || c === 0xf7;
}

/** What \s, NBSP and U+3000 match among plain characters (the rest of \s is not plain). */
function isPlainSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000;
}

/**
 * normalizeText (keepSpace) or labelKey of a plain string in one pass over its code units, or
 * null when s is not plain. On plain text the regex path above does exactly this: full-width
 * ASCII shifted down, no zero-width characters to drop (none is plain), every whitespace run one
 * space (or none), ends trimmed. Unchanged text is returned as is; only what changes is rebuilt,
 * from slices. Every line and cell of a page comes through here, and five regex passes a string
 * cost more than the page walk that found it.
 */
function scanPlain(s: string, keepSpace: boolean): string | null {
  const n = s.length;
  let out = '';
  let from = 0; // s[from, i) is still to be copied
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isPlainSpace(c)) {
      let j = i + 1;
      while (j < n && isPlainSpace(s.charCodeAt(j))) j++;
      // one ASCII space between two words stays as it is
      if (keepSpace && c === 0x20 && j === i + 1 && i > 0 && j < n) continue;
      out += s.slice(from, i);
      if (keepSpace && i > 0 && j < n) out += ' ';
      from = j;
      i = j - 1;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      out += s.slice(from, i) + String.fromCharCode(c - 0xfee0);
      from = i + 1;
    } else if (c >= 0x80 && !isPlain(c)) {
      return null;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
