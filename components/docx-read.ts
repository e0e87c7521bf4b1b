/**
 * A report's Word (.docx) or Excel (.xlsx) attachment, read in the page when the reader asks (the
 * panel's button on a page that holds only the report's title and its file, or whose tables are
 * the file: lib/detect/attachment.ts): fetched from the page's own site, unzipped (lib/docx/unzip.ts,
 * lib/xlsx/unzip.ts), its XML read by the browser's DOMParser and turned into the page it describes
 * (lib/docx/docx-html.ts, lib/xlsx/xlsx-html.ts), which the core then checks. The page
 * is a document of its own, never shown and never put into the page: nothing of the file's text
 * is ever inserted as HTML where the reader sees it.
 *
 * In the extension this file and the unzipper come in their own script (entrypoints/content-files.ts),
 * loaded when the reader asks; what the lens needs before that is components/file-read.ts.
 */
import { docToHtml, isCfb } from '../lib/doc/doc-html.ts';
import { docxToHtml, type XNode } from '../lib/docx/docx-html.ts';
import { readDocx } from '../lib/docx/unzip.ts';
import { xlsxToHtml } from '../lib/xlsx/xlsx-html.ts';
import { holdsWorkbook, xlsToHtml } from '../lib/xls/xls-html.ts';
import { readXlsx } from '../lib/xlsx/unzip.ts';
import { holdsOfd, ofdToHtml } from '../lib/ofd/ofd-html.ts';
import { fetchFile } from './file-fetch.ts';
import type { FileFetcher } from './files-globals.ts';
import { FileReadError } from './file-read.ts';
import { decodeCodePage } from '../lib/text/code-page.ts';

/** XML into XNodes with the browser's own parser. */
export function parseXmlWithDom(xml: string): XNode {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new FileReadError('not-word');
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  if (doc.documentElement) root.children.push(toXNode(doc.documentElement));
  return root;
}

function toXNode(el: Element): XNode {
  const attrs: Record<string, string> = {};
  for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
  const children: XNode['children'] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) children.push(toXNode(c as Element));
    else if (c.nodeType === 3 || c.nodeType === 4) children.push((c as CharacterData).data);
  }
  return { name: el.tagName, attrs, children };
}

/**
 * The Word (.docx, or a Word 97–2003 .doc: lib/doc), Excel (.xlsx, or an Excel 97–2003 .xls:
 * lib/xls) or OFD (lib/ofd: a zip with OFD.xml, rebuilt as a PDF is) file at href as a document of
 * its own (see the file comment), for analyzeDocument: told by its first bytes and what the file
 * holds, not by its name (a download address has none). A .doc, .xls or OFD that cannot be read
 * (damaged, encrypted, Excel 95) is 'not-word', as a zip that is no Word file; an OFD with no text
 * to read (a scan, an OCR layer, glyph numbers only) is 'ofd-no-text'.
 */
export async function readAttachmentFile(href: string, name: string, fetch: FileFetcher = fetchFile): Promise<Document> {
  const bytes = await fetch(href);
  let html: string;
  try {
    if (isCfb(bytes)) {
      // a compound file: an Excel 97–2003 workbook (lib/xls) by its Workbook stream, else a Word 97–2003 document
      html = (holdsWorkbook(bytes) ? xlsToHtml : docToHtml)(bytes, name, decodeCodePage);
    } else if (holdsOfd(bytes)) {
      html = ofdToHtml(bytes, name, parseXmlWithDom);
    } else {
      const word = readDocx(bytes);
      const workbook = word ? null : readXlsx(bytes);
      if (!word && !workbook) throw new FileReadError('not-word');
      html = word ? docxToHtml(word, name, parseXmlWithDom) : xlsxToHtml(workbook!, name, parseXmlWithDom);
    }
  } catch (e) {
    const why = (e as { why?: unknown } | null)?.why;
    throw e instanceof FileReadError ? e : new FileReadError(why === 'no-text' || why === 'glyphs-only' || why === 'ocr' ? 'ofd-no-text' : 'not-word');
  }
  return new DOMParser().parseFromString(html, 'text/html');
}
