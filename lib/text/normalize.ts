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

/** NBSP, ideographic space and runs of whitespace become one ASCII space; ends trimmed. */
export function collapseSpace(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** The form a cell's text is shown in findings: half-width, whitespace collapsed. */
export function normalizeText(s: string): string {
  return collapseSpace(toHalfWidth(s));
}

/**
 * The form labels are matched in: half-width, with every space removed, because Word splits
 * "本年新\n制作数量" over lines and "（三）不予 公开" over spans.
 */
export function labelKey(s: string): string {
  return toHalfWidth(s).replace(ZERO_WIDTH, '').replace(/[\s\u00a0\u3000]+/g, '');
}
