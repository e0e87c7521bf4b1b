/**
 * A report whose text is on the page and whose tables are in a file the page attaches (lib/detect/
 * attachment.ts tablesAttachment: "以上三项统计数据详见附件", "附件：…统计表.docx"), read when the
 * reader asks: the file becomes a document of its own (docx-read.ts), and its tables are put into
 * a copy of the page, after the line that offers the file, so that the core reads the report as
 * it would have stood whole: the page's text checked against the file's tables.
 *
 * The copy is never shown and the page itself is not touched: nothing of the file's text reaches
 * the page or the panel as HTML. Only the file's tables come in, each with the short line above it
 * that titles it ("三、收到和处理政府信息公开申请情况"): a file that is the whole report would
 * otherwise bring its text a second time, and each of its claims would be checked twice.
 */

import { FILE_AT, isTableTitle } from '../lib/detect/attachment.ts';

/**
 * The page with the file's tables in it: a copy of `page` in which they follow the block that
 * links `href` (the file's absolute address, as the analysis gives it), or end the page's body
 * when no link names it. `page` is left as it was.
 */
export function withFileTables(page: Document, href: string, file: Document): Document {
  return joinFileTables(page, href, file).doc;
}

/** withFileTables, and the parts it put into the copy (fileTableParts' copies, in order). */
export function joinFileTables(page: Document, href: string, file: Document): { doc: Document; inserted: Element[] } {
  const block = fileTablesPlace(page, href);
  const path = block ? pathOf(block) : null;
  const copy = page.cloneNode(true) as Document;
  const body = copy.body ?? copy.documentElement;
  const at = path ? follow(copy, path) : null;
  const inserted = fileTableParts(file).map((n) => copy.importNode(n, true));
  let after: Node | null = at;
  for (const n of inserted) {
    if (after?.parentNode) after.parentNode.insertBefore(n, after.nextSibling);
    else body.appendChild(n);
    after = n;
  }
  return { doc: copy, inserted };
}

/**
 * Where a file's tables go in the page: after this element, the block that offers the file (its
 * paragraph, or the outermost table around its link that does not lay out the page), or, null, at
 * the end of the body.
 */
export function fileTablesPlace(page: Document, href: string): Element | null {
  const link = linkTo(page, href);
  return link ? blockOf(link) : null;
}

/** The element of the page that links the file (its address resolved against the page's), or null. */
function linkTo(page: Document, href: string): Element | null {
  const base = page.baseURI || page.URL;
  for (const el of Array.from(page.querySelectorAll('a[href],embed[src],iframe[src],object[data]'))) {
    const value = el.getAttribute(FILE_AT[el.localName.toLowerCase()] ?? 'href') ?? '';
    try {
      const url = new URL(value, base).href;
      // a viewer names the file in its query (viewer.html?file=%2Fup%2Fa.pdf)
      if (url === href || decodeURIComponentSafe(url).includes(new URL(href).pathname)) return el;
    } catch {
      // an address that does not parse names no file
    }
  }
  return null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The element's place in its document: each ancestor's index among its parent's element children. */
function pathOf(el: Element): number[] {
  const path: number[] = [];
  for (let e: Element | null = el; e?.parentElement; e = e.parentElement) path.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
  return path;
}

function follow(doc: Document, path: readonly number[]): Element | null {
  let e: Element | null = doc.documentElement;
  for (const i of path) e = e?.children[i] ?? null;
  return e;
}

const INLINE = new Set(['a', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'small', 'label', 'img']);

/**
 * The block the link stands in (its paragraph, list item), or the outermost table around it: a CMS
 * that lists attachments in a table of its own would otherwise have the file's tables put in a cell.
 */
function blockOf(el: Element): Element {
  let b: Element = el;
  while (INLINE.has(b.localName.toLowerCase()) && b.parentElement && b.parentElement.localName.toLowerCase() !== 'body') b = b.parentElement;
  // a table around the link: the outermost one that is not the page's layout (a list of files, a
  // table the link's row belongs to); inside a page-wide layout table, the link's own block in its
  // cell, not the whole layout, whose end may be the foot of the page
  let around: Element | null = null;
  for (let t = el.closest('table'); t && !isLayoutTable(t); t = t.parentElement?.closest('table') ?? null) around = t;
  return around ?? b;
}

/** Blocks that a table laying out a page holds in its cells, and a list of files does not. */
const LAYOUT_BLOCKS = 'table, p, div, h1, h2, h3, h4, h5, h6';

/**
 * A table that lays out the page (its cells hold the page's header, article, foot…) rather than a
 * list or a grid: one that holds another table, or blocks of text (three or more), or much text.
 */
function isLayoutTable(t: Element): boolean {
  return t.querySelectorAll(LAYOUT_BLOCKS).length >= 3 || t.querySelector('table') !== null || (t.textContent ?? '').length > 600;
}

/** The file's tables (not those inside another), each after the short line that titles it, when it has one. */
export function fileTableParts(file: Document): Element[] {
  const out: Element[] = [];
  for (const table of Array.from(file.querySelectorAll('table'))) {
    if (table.parentElement?.closest('table')) continue;
    const before = table.previousElementSibling;
    const title = before && before.localName.toLowerCase() === 'p' ? (before.textContent ?? '').trim() : '';
    if (isTableTitle(title) && !out.includes(before!)) out.push(before!);
    out.push(table);
  }
  return out;
}
