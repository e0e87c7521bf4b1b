/**
 * The last of `marks` (single characters, e.g. '；;' or '，,、；;') at or before `from` in `text`, or −1:
 * what Math.max(text.lastIndexOf(m1, from), text.lastIndexOf(m2, from), …) gives, without a search
 * (or, in its spread form, an array) per mark. As lastIndexOf, a `from` below 0 looks at index 0 only,
 * and one past the text's end looks from its end. The narrative's readers find a clause's or a
 * bracket's start this way, each with the marks that end a clause for it.
 */
export function lastMark(text: string, marks: string, from: number = text.length): number {
  for (let i = Math.min(Math.max(from, 0), text.length - 1); i >= 0; i--) {
    const c = text.charCodeAt(i);
    for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === c) return i;
  }
  return -1;
}
