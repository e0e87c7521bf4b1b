/** What the tests of the text's notes share (text-finding-words.test.ts, fixture-wording.test.ts). */
import type { NotePart } from '../../lib/types.ts';

const HAN = /\p{Script=Han}/u;

/** The leaves of a note: the strings it was given (the page's words and the core's figures). */
export const leaves = (p: NotePart): string[] => p.args.flatMap((a) => (typeof a === 'object' ? leaves(a) : typeof a === 'string' ? [a] : []));
export const codes = (p: NotePart): string[] => [p.code, ...p.args.flatMap((a) => (typeof a === 'object' ? codes(a) : []))];

/** The English sentence with every page word that stands inside quotes taken out: what is left must have no Han. */
function outsideQuotes(text: string, note: NotePart): string {
  let left = text;
  for (const leaf of leaves(note).filter((l) => HAN.test(l)).sort((a, b) => b.length - a.length)) {
    left = left.replace(/"[^"]*"/gu, (q) => q.split(leaf).join(''));
  }
  return left;
}
/** No Han outside quotes, and inside quotes only the page's words (the leaves). */
export function englishClean(text: string, note: NotePart): boolean {
  const left = outsideQuotes(text, note);
  return !HAN.test(left);
}
