/**
 * Text normalisation shared by every stage. Each quirk of the input has its own named helper
 * (STYLE.md, after statcheck), each with a table-driven test in test/unit/normalize.test.ts.
 */

/** Zero-width characters that Word and CMS editors leave inside figures and labels. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Full-width digits, letters, parentheses and the ideographic space become their ASCII forms
 * (NFKC), so that "１２" reads 12 and "（一）" and "(一)" compare equal.
 */
export function toHalfWidth(s: string): string {
  return s.normalize('NFKC');
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
