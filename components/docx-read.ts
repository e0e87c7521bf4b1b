/**
 * A report's Word (.docx) or Excel (.xlsx) attachment, read in the page when the reader asks (the
 * panel's button on a page that holds only the report's title and its file, or whose tables are
 * the file: lib/detect/attachment.ts): fetched from the page's own site, unzipped (lib/docx/unzip.ts,
 * lib/xlsx/unzip.ts), its XML read by the browser's DOMParser and turned into the page it describes
 * (lib/docx/docx-html.ts, lib/xlsx/xlsx-html.ts), which the core then checks. The page
 * is a document of its own, never shown and never put into the page: nothing of the file's text
 * is ever inserted as HTML where the reader sees it.
 */
import { docxToHtml, type XNode } from '../lib/docx/docx-html.ts';
import { readDocx } from '../lib/docx/unzip.ts';
import { xlsxToHtml } from '../lib/xlsx/xlsx-html.ts';
import { readXlsx } from '../lib/xlsx/unzip.ts';

/** Files larger than this are not read: a report's Word file is tens of KB, a scanned one a few MB. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/** Why a file could not be read, for the panel: the network, its size, not a Word file. */
export type ReadFailure = 'network' | 'too-large' | 'not-word';

export class FileReadError extends Error {
  constructor(readonly why: ReadFailure) {
    super(why);
  }
}

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

/** The file's bytes as the page's own site gives them (its cookies go with a same-site request). */
async function fetchFile(href: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(href, { credentials: 'same-origin' });
  } catch {
    throw new FileReadError('network');
  }
  if (!res.ok) throw new FileReadError('network');
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_FILE_BYTES) throw new FileReadError('too-large');
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) throw new FileReadError('too-large');
  return bytes;
}

/**
 * The Word (.docx) or Excel (.xlsx) file at href as a document of its own (see the file comment),
 * for analyzeDocument: told by what the zip holds, not by its name (a download address has none).
 */
export async function readAttachmentFile(href: string, name: string): Promise<Document> {
  const bytes = await fetchFile(href);
  let html: string;
  try {
    const word = readDocx(bytes);
    const workbook = word ? null : readXlsx(bytes);
    if (!word && !workbook) throw new FileReadError('not-word');
    html = word ? docxToHtml(word, name, parseXmlWithDom) : xlsxToHtml(workbook!, name, parseXmlWithDom);
  } catch (e) {
    throw e instanceof FileReadError ? e : new FileReadError('not-word');
  }
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Can the panel offer to read the report's file: a Word (.docx) or Excel (.xlsx) file on an http(s) address of the page's own site? */
export function readableAttachment(a: { kind: string; name: string; href: string | null } | undefined, pageUrl: string): a is { kind: string; name: string; href: string } {
  if (!a?.href) return false;
  const ext = a.kind === 'Word' ? /\.docx$/i : a.kind === 'Excel' ? /\.xlsx$/i : null;
  const path = a.href.split(/[?#]/, 1)[0] ?? '';
  if (!ext || (!ext.test(path) && !ext.test(a.name))) return false;
  try {
    return new URL(a.href).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}
