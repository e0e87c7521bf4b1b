/**
 * The tables of a file the reader had the lens read (the report's Word or Excel file, or the file
 * that holds its tables: components/attached-tables.ts), shown in the page after the line that
 * offers the file, in a box of the lens's own. The findings' cells are in that file: shown, they can
 * be marked and scrolled to as a page's own cells are, and the reader sees the wrong figure in its
 * table, not only its coordinates.
 *
 * - The box is a <nianbao-lens-file> element with an open shadow root: the page's CSS cannot touch
 *   the tables, the page's own querySelectorAll('table') does not see them (so no table index of the
 *   page moves), and the page's text walk (the quote search) does not enter them. Open, because a
 *   hover over a cell reaches the document's listener retargeted to the host, and composedPath()
 *   names the cell only through an open root.
 * - Its caption says what it is: read from the file by the extension, not the page's own content.
 * - A file that is the whole report (the page holds only its title and the file) is shown whole,
 *   text and tables: its text's claims are then marked there too (SessionPlace.quoteRoot).
 * - Nothing of the file comes in as markup: each node is made anew from the file's document, only
 *   table and text elements, only the span attributes (the grid the marks resolve through is the
 *   one the core read, spans and all; the file's HTML is the lens's own writer's, which writes
 *   no other attribute).
 * - It goes when the panel closes (session.tsx), with the marks, and is never printed.
 */
import { fileTableParts, fileTablesPlace } from './attached-tables.ts';
import { PAGE_CSS } from './page-marks.ts';
import type { TableAt } from './page-marks.ts';

export const FILE_HOST = 'nianbao-lens-file';

export interface ShownFileTables {
  /** the shown tables in document order: CellRef.table i of the file is tables[i] */
  tables: Element[];
  /** what the box shows of the file (in its shadow root): where a whole file's sentences are looked for */
  content: Element;
  remove(): void;
}

const BOX_CSS = `:host{all:initial;display:block!important;box-sizing:border-box;max-width:100%;margin:12px 0;padding:8px 12px 4px;border:1px solid #90caf9;border-left:4px solid #1565c0;background:#fff;color:#212121;font:14px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;overflow-x:auto;text-align:left}
.caption{margin:0 0 6px;font-weight:600;color:#0d47a1}
p{margin:6px 0}
table{border-collapse:collapse;margin:4px 0 12px;font-size:13px;background:#fff}
td,th{border:1px solid #9e9e9e;padding:2px 6px;text-align:center;vertical-align:middle}
@media print{:host{display:none!important}}`;

const TAGS = new Set(['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'p', 'br', 'span', 'b', 'strong', 'i', 'em', 'u', 'sub', 'sup', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li']);
const SPANS = ['colspan', 'rowspan'];

/**
 * Shows the file's tables in `page` (see the file comment), after the block that offers `href`, or
 * at the end of the body; null when they cannot be shown (a page with no body, a page that forbids
 * a shadow root on a new element): the file is then read as a document apart, nothing marked.
 * `whole`: the file is the report (the page has only its title and the file), and the box shows
 * all of it, its text too, where the text's claims are then marked.
 */
export function showFileTables(page: Document, href: string, file: Document, caption: string, whole = false): ShownFileTables | null {
  try {
    return show(page, href, file, caption, whole);
  } catch {
    page.querySelector(FILE_HOST)?.remove();
    return null;
  }
}

function show(page: Document, href: string, file: Document, caption: string, whole: boolean): ShownFileTables | null {
  const body = page.body;
  if (!body) return null;
  const host = page.createElement(FILE_HOST);
  // a region of its own, named by its caption: a screen reader says where the inserted content begins
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', caption);
  const root = host.attachShadow({ mode: 'open' });
  const style = page.createElement('style');
  style.textContent = `${BOX_CSS}\n${PAGE_CSS}`;
  const title = page.createElement('p');
  title.className = 'caption';
  title.textContent = caption;
  const content = page.createElement('div');
  content.className = 'file';
  root.append(style, title, content);
  const parts = whole ? Array.from(file.body?.childNodes ?? []) : fileTableParts(file);
  for (const part of parts) {
    const made = remade(page, part);
    if (made) content.appendChild(made);
  }
  const block = fileTablesPlace(page, href);
  if (block?.parentNode && block !== body) block.parentNode.insertBefore(host, block.nextSibling);
  else body.appendChild(host);
  return { tables: Array.from(content.querySelectorAll('table')), content, remove: () => host.remove() };
}

/**
 * The node made anew in `doc`: text as text, a table or text element with its spans only, any
 * other element by its children alone (none comes from the lens's writers; see the file comment).
 */
function remade(doc: Document, node: Node): Node | null {
  if (node.nodeType === 3) return doc.createTextNode(node.nodeValue ?? '');
  if (node.nodeType !== 1) return null;
  const from = node as Element;
  const tag = from.localName.toLowerCase();
  const keep = TAGS.has(tag);
  const el: Element | DocumentFragment = keep ? doc.createElement(tag) : doc.createDocumentFragment();
  // a frame's document makes its own realm's elements: told by the tag kept, not by instanceof
  if (keep) {
    for (const name of SPANS) {
      const v = from.getAttribute(name);
      if (v !== null) (el as Element).setAttribute(name, v);
    }
  }
  for (const child of Array.from(from.childNodes)) {
    const made = remade(doc, child);
    if (made) el.appendChild(made);
  }
  return el;
}

/**
 * The table index of a page joined with a file's tables (attached-tables.ts joinFileTables) to
 * the element a reader sees: the page's own tables before and after the file's, as `pageAt` names
 * them, and the file's, shown. `inserted`: the copy's parts the file brought.
 */
export function joinedTableAt(copy: Document, inserted: readonly Element[], pageAt: TableAt, shown: readonly Element[]): TableAt {
  const all = Array.from(copy.querySelectorAll('table'));
  const fromFile = all.filter((t) => inserted.some((part) => part === t || part.contains(t)));
  const first = fromFile.length > 0 ? all.indexOf(fromFile[0]!) : all.length;
  const count = fromFile.length;
  return (i) => (i < first ? pageAt(i) : i < first + count ? shown[i - first] : pageAt(i - count));
}
