/**
 * Attributes as written, on both DOMs. linkedom answers getAttribute('class') from the element's
 * classList: the first call builds a DOMTokenList (a Set of the tokens), every call joins the
 * tokens again, about 0.1 µs an element, where getAttributeNode reads the attribute's own value.
 * The two differ only in whitespace and repeated tokens (the browser's getAttribute gives the
 * value as written, like getAttributeNode), which none of the patterns read from a class tests.
 */

/** The class attribute as written, or null. */
export function classAttr(el: Element): string | null {
  const a = el.getAttributeNode('class');
  return a ? a.value : null;
}

/**
 * Lower-case tag name. localName is lower case for HTML elements on both DOMs and, on linkedom,
 * cheaper than tagName (which upper-cases on every read); tagName is the fallback.
 */
export function tagOf(el: Element): string {
  const name = el.localName || el.tagName;
  return name.toLowerCase();
}
