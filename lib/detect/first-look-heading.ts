/**
 * The first look's cheap test before it reads the page's headings (first-look.ts headedReport): does any element
 * that headedReport reads have 息 or 訊 in its text? A heading that names the report reads 政府信息公开 (資訊 read as
 * 信息; no character's NFKC form holds 息), and one character lies in one text node, so an element's text holds it
 * exactly when a text node under it does. Asked of the few text nodes that hold one and of their ancestors, in one
 * XPath call (perf64): no element wrapper, no walk of every element. On a page that names the report in its text only
 * (a news item quoting it, a listing), headedReport's selector query and loop were 0.4–1.1 ms of the loader's main
 * thread in Chromium (scripts/loader-bench.mjs). The ancestors' test is headedReport's candidates' as XPath (h1–h3, a
 * class or id holding tit, bt or biaoti, ASCII case-insensitive, as the selector's `i` reads them), a superset of
 * what its loop takes: true only says "look". A DOM without XPath (the batch checker's light DOM) always looks.
 */

const HEADING_TEXT_XPATH =
  "boolean(//text()[contains(.,'息') or contains(.,'訊')]/ancestor::*[" +
  "translate(local-name(),'H','h')='h1' or translate(local-name(),'H','h')='h2' or translate(local-name(),'H','h')='h3'" +
  " or contains(translate(@class,'ABIOT','abiot'),'tit') or contains(translate(@class,'ABIOT','abiot'),'bt')" +
  " or contains(translate(@class,'ABIOT','abiot'),'biaoti') or contains(translate(@id,'ABIOT','abiot'),'tit')" +
  " or contains(translate(@id,'ABIOT','abiot'),'bt') or contains(translate(@id,'ABIOT','abiot'),'biaoti')])";

/** XPathResult.BOOLEAN_TYPE, as a number: lib/ uses no browser globals. */
const XPATH_BOOLEAN = 3;

export function headingMayNameReport(doc: Document): boolean {
  if (typeof doc.evaluate !== 'function') return true;
  try {
    return doc.evaluate(HEADING_TEXT_XPATH, doc, null, XPATH_BOOLEAN, null).booleanValue !== false;
  } catch {
    return true;
  }
}
