/**
 * A page as a DOM that can be edited: linkedom, parsed as the batch checker parses (cli/load-page.ts
 * parsePage, the html/head/body a browser adds included). The checker's own DOM (cli/light-dom.ts)
 * only reads; tests and the result dump that rewrite a page's markup edit it here, then read it
 * back with `reread`, so that the core still runs on the checker's DOM.
 */
import { parseHTML } from 'linkedom';
import { parsePage, withHtmlElement } from '../../cli/load-page.ts';

/** parse: linkedom's parseHTML, or the batch checker's patched build of it (test/unit/patched-linkedom.ts) */
export function editablePage(text: string, parse: (html: string) => { document: unknown } = parseHTML): Document {
  const doc = parse(text).document as Document;
  if (doc.documentElement?.localName === 'html') return doc;
  return parse(withHtmlElement(text)).document as Document;
}

/** The edited page serialised and parsed again as the batch checker parses it. */
export function reread(doc: Document): Document {
  return parsePage(String(doc));
}
