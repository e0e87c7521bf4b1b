/**
 * A page as a DOM that can be edited: linkedom, parsed as the batch checker parses (cli/load-page.ts
 * parsePage, the html/head/body a browser adds included). The checker's own DOM (cli/light-dom.ts)
 * only reads; tests and the result dump that rewrite a page's markup edit it here, then read it
 * back with `reread`, so that the core still runs on the checker's DOM.
 */
import { parseHTML } from 'linkedom';
import { parsePage, withHtmlElement } from '../../cli/load-page.ts';

export function editablePage(text: string): Document {
  const doc = parseHTML(text).document as unknown as Document;
  if (doc.documentElement?.localName === 'html') return doc;
  return parseHTML(withHtmlElement(text)).document as unknown as Document;
}

/** The edited page serialised and parsed again as the batch checker parses it. */
export function reread(doc: Document): Document {
  return parsePage(String(doc));
}
