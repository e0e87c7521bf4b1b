/**
 * Prose spaced out a character at a time, as a machine-converted copy of a report writes it (red
 * team 25: "共 新 收 政 府 信 息 公 开 申 请 7 5 件", a copy run through a converter or pasted from a
 * PDF whose text layer spaced every glyph). Read as written, no figure stands whole ("7 5" is two)
 * and the text's claims went unread, unsaid. Such a paragraph is read with its spaces taken out.
 *
 * Letter-spaced: with its whitespace runs collapsed to one space (extract-prose.ts), at least
 * MIN_TOKENS pieces between the spaces, nine in ten of them one character, and Chinese among
 * them. Ordinary prose keeps its figures and words whole between spaces ("新收申请 75 件" is four
 * pieces, two of them longer than one character), and is left as it is.
 */
const MIN_TOKENS = 8;
const HAN = /[\u4e00-\u9fff]/;

/** Is the paragraph (whitespace already collapsed to single spaces) spaced out a character at a time? */
export function isLetterSpaced(text: string): boolean {
  if (text.length < MIN_TOKENS * 2 - 1) return false;
  // MIN_TOKENS pieces need MIN_TOKENS − 1 spaces: counted first, as most paragraphs have a few at most
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0 && spaces < MIN_TOKENS - 1; i = text.indexOf(' ', i + 1)) spaces++;
  if (spaces < MIN_TOKENS - 1) return false;
  const tokens = text.split(' ');
  if (tokens.length < MIN_TOKENS) return false;
  let single = 0;
  let han = 0;
  for (const t of tokens) {
    // one character: one code point (a character past the BMP is two code units)
    if ([...t].length === 1) {
      single++;
      if (HAN.test(t)) han++;
    }
  }
  return single * 10 >= tokens.length * 9 && han >= 3;
}

/** The paragraph with its letter-spacing taken out (isLetterSpaced), else as it is. */
export function unspaceLetterSpaced(text: string): string {
  return isLetterSpaced(text) ? text.replace(/ /g, '') : text;
}
