/**
 * What the readers of office files (Word: docx-html.ts, Excel: lib/xlsx/xlsx-html.ts) share: the
 * XML tree they read, the parser they are given, and the page they write around what they read.
 */

/** An XML element as the conversion reads it: its qualified name ("w:p"), attributes and children. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

/**
 * Parses XML into XNodes, under a root node: htmlparser2 in the batch checker (xml-parse.ts), the
 * browser's DOMParser in the extension (components/docx-read.ts), so that neither carries the other's.
 */
export type XmlParse = (xml: string) => XNode;

export function* elements(node: XNode): Generator<XNode> {
  for (const c of node.children) if (typeof c !== 'string') yield c;
}

/** The first element of that name under node, depth first. */
export function find(node: XNode, name: string): XNode | null {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return null;
}

/** The node's own text (its text children, not its elements'). */
export function ownText(node: XNode): string {
  return node.children.filter((x): x is string => typeof x === 'string').join('');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A table cell as both readers write it: its HTML (escaped already) and its spans. */
export interface CellHtml {
  html: string;
  colspan: number;
  rowspan: number;
}

/** Rows of cells as an HTML table, each cell's spans as the HTML table model has them (the cells it covers are left out). */
export function htmlTable(rows: readonly (readonly CellHtml[])[]): string {
  const body = rows
    .map((row) => `<tr>${row.map((c) => `<td${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}>${c.html}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table border="1">\n${body}\n</table>\n`;
}

/** The document's title property (dc:title in docProps/core.xml), or ''. */
function coreTitle(core: string | undefined, parseXml: XmlParse): string {
  if (!core) return '';
  const t = find(parseXml(core), 'dc:title');
  return t ? ownText(t).trim() : '';
}

/**
 * The page around a file's body. fileName: the file's name without its folder (its extension is
 * dropped); it is the page's <title> when it names a report (downloads keep the attachment's name:
 * "…2023年政府信息公开工作年度报告.docx"), else the file's title property, else the name itself.
 */
export function officePage(bodyHtml: string, fileName: string, core: string | undefined, parseXml: XmlParse): string {
  const named = fileName.replace(/\.[a-z]{3,4}$/i, '').trim();
  const title = /报告|年报/.test(named) ? named : coreTitle(core, parseXml) || named;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${bodyHtml}</body></html>\n`;
}
