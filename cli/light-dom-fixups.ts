/**
 * Where a browser's parser puts what htmlparser2 leaves in place (cli/light-dom.ts): the HTML
 * standard's tree construction for the cases portal pages meet, and no more. Each moves nodes
 * the way Chromium does (checked against Chromium's own tree for each case); pages without any of
 * these shapes are not touched.
 */
import { COMMENT, ELEMENT, LElement, TEXT, type LNode, type LText } from './light-dom.ts';
import type { LDocument } from './light-document.ts';

/** What the HTML standard's "after head" insertion mode keeps in <head>. */
const HEAD_ONLY = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'script', 'style', 'template', 'title', 'noscript']);

const isBlank = (n: LNode) => n.nodeType === TEXT && !/[^\t\n\f\r ]/.test((n as LText).data);

/**
 * htmlparser2 keeps what a page writes between </head> and <body>, after </body> or after </html>
 * where it stands, and a second <body> as a second element; a browser's tree construction (the
 * HTML standard's "after head", "after body" and "after after body" modes) puts it in <head> or
 * <body>. Government CMS pages do all of these: a statistics <script> or a floating toolbar <div>
 * between </head> and <body>, a footer or a script after </html>. Left where htmlparser2 put them,
 * document.body (linkedom's answer: the element right after <head>) was an empty <body> made up
 * for the purpose and the report "had no body". Only the children of <html> and of the document
 * move; nothing inside <head> or <body> changes.
 */
export function placeAsBrowsersDo(doc: LDocument): void {
  const html = doc.documentElement;
  if (!html || html.localName !== 'html') return;
  textBeforeHtml(doc, html);
  let head: LElement | null = null;
  let body: LElement | null = null;
  for (let c = html.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT) continue;
    const name = (c as LElement).localName;
    if (name === 'head' && !head && !body) head = c as LElement;
    else if (name === 'body' && !body) body = c as LElement;
  }
  // the common page: <head>, <body>, and nothing but blanks and comments around them
  let stray = false;
  for (let c = html.firstChild; c && !stray; c = c.nextSibling) {
    stray = c !== head && c !== body && c.nodeType !== COMMENT && !isBlank(c);
  }
  for (let c = html.nextSibling; c && !stray; c = c.nextSibling) stray = c.nodeType !== COMMENT && !isBlank(c);
  if (!stray) return;
  if (!head) head = html.insertBefore(new LElement(doc, 'head', {}), html.firstChild);
  const lead: LNode[] = []; // before <body>: its content, in order
  const tail: LNode[] = []; // after <body>
  let inBody = false; // a stray element or text before <body> opens the body, as the standard's "anything else"
  for (let c = head.nextSibling; c; ) {
    const n = c;
    c = c.nextSibling;
    if (n === body) {
      inBody = true;
      continue;
    }
    if (n.nodeType === COMMENT || isBlank(n)) continue;
    if (n.nodeType === ELEMENT && (n as LElement).localName === 'body') {
      // a second <body>: its content joins the first
      tail.push(...n.childNodes);
      n.remove();
      continue;
    }
    if (!inBody && lead.length === 0 && n.nodeType === ELEMENT && HEAD_ONLY.has((n as LElement).localName)) {
      head.appendChild(n);
      continue;
    }
    (inBody ? tail : lead).push(n);
  }
  for (let c = html.nextSibling; c; c = c.nextSibling) if (c.nodeType !== COMMENT && !isBlank(c)) tail.push(c);
  if (!body) {
    if (lead.length === 0 && tail.length === 0) return;
    body = html.insertBefore(new LElement(doc, 'body', {}), lead[0] ?? null);
  }
  const first = body.firstChild;
  for (const n of lead) body.insertBefore(n, first);
  for (const n of tail) body.appendChild(n);
}

/**
 * Text before <html> (a CMS include's stray output before the doctype: "1", a BOM in the middle of
 * the file) starts the body in a browser: the text goes first in <body>, and what <head> held after
 * it (the page's meta, title, styles and scripts) follows it there, the head left empty.
 */
function textBeforeHtml(doc: LDocument, html: LElement): void {
  const lead: LNode[] = [];
  for (let c = doc.firstChild; c && c !== html; c = c.nextSibling) if (c.nodeType === TEXT && !isBlank(c)) lead.push(c);
  if (lead.length === 0) return;
  let head: LElement | null = null;
  let body: LElement | null = null;
  for (let c = html.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT) continue;
    const name = (c as LElement).localName;
    if (name === 'head' && !head) head = c as LElement;
    else if (name === 'body' && !body) body = c as LElement;
  }
  if (!body) body = html.appendChild(new LElement(doc, 'body', {}));
  const moved = [...lead, ...(head ? head.childNodes : [])];
  const first = body.firstChild;
  for (const n of moved) body.insertBefore(n, first);
}

/** The elements of a table's own structure (rows, cells, row groups, captions, columns). */
export const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const CELLS = new Set(['td', 'th']);
/** what may stand anywhere in a table's structure without moving */
const ANYWHERE = new Set(['script', 'style', 'template']);
const IN_TABLE = new Set(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr']);
const IN_SECTION = new Set(['tr']);

/** Can an element named child stand in parent as a browser's parser leaves it? (only table parts are asked) */
export function fitsIn(parent: string, child: string): boolean {
  if (!TABLE_PARTS.has(parent) || ANYWHERE.has(child)) return true;
  if (parent === 'table') return IN_TABLE.has(child);
  if (parent === 'tr') return CELLS.has(child);
  return IN_SECTION.has(child);
}

/** Marks the table whose structure el (a table, row group or row) is part of. */
export function strayIn(el: LElement, tables: Set<LElement>): void {
  for (let n: LNode | null = el; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT && (n as LElement).localName === 'table') {
      tables.add(n as LElement);
      return;
    }
  }
}

/** A row, cell, row group or caption, or an element around one. */
function isTablePart(n: LNode): boolean {
  if (n.nodeType !== ELEMENT) return false;
  const name = (n as LElement).localName;
  return CELLS.has(name) || name === 'caption' || (TABLE_PARTS.has(name) && name !== 'table') || holdsTableParts(n as LElement);
}

/** Does el hold rows, cells or row groups of the table it stands in (not of a table inside it)? */
function holdsTableParts(el: LElement): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT) continue;
    const name = (c as LElement).localName;
    if (name === 'table') continue;
    if (CELLS.has(name) || name === 'caption' || (TABLE_PARTS.has(name) && name !== 'table')) return true;
    if (holdsTableParts(c as LElement)) return true;
  }
  return false;
}

/**
 * The HTML standard's "in table", "in table body" and "in row" modes, for a table htmlparser2 left
 * holding something else: text and elements that are no part of a table go before it ("foster
 * parenting": a note written between rows, a <p> title, a <div> in a row); an element wrapped
 * around rows or cells (<font> or <span> around <tr>s, FrontPage's and some CMSes' habit) goes
 * before the table empty and its rows stay in the table; a <form> stays, empty; cells written
 * straight in the table or a row group get the row a browser makes for them. Without this the
 * checker lost the rows inside a <font> that Chromium reads.
 */
export function fosterAsBrowsersDo(table: LElement): void {
  const parent = table.parentNode;
  if (!parent) return;
  // text fostered next to text joins it, as a browser inserts it into the text node already there
  const foster = (n: LNode) => {
    const prev = table.previousSibling;
    if (n.nodeType === TEXT && prev && prev.nodeType === TEXT) {
      (prev as LText).data += (n as LText).data;
      n.remove();
    } else parent.insertBefore(n, table);
  };
  const fix = (box: LElement, level: 'table' | 'section' | 'row') => {
    let row: LElement | null = null; // the row a browser makes for cells standing outside one
    for (let c = box.firstChild; c; ) {
      let next = c.nextSibling;
      if (c.nodeType === TEXT) {
        if (/[^\t\n\f\r ]/.test((c as LText).data)) foster(c);
      } else if (c.nodeType === ELEMENT) {
        const el = c as LElement;
        const name = el.localName;
        if (ANYWHERE.has(name) || (level === 'table' && (name === 'caption' || name === 'colgroup' || name === 'col')) || (name === 'input' && el.getAttribute('type')?.toLowerCase() === 'hidden')) {
          // stays
        } else if (name === 'caption' || name === 'colgroup' || name === 'col') {
          // written in a row or row group, it closes them ("in row", "in table body"): it and what
          // follows it go after the box, to be read at the level above
          const outer = box.parentNode!;
          const after = box.nextSibling;
          for (let m: LNode | null = el; m; ) {
            const following: LNode | null = m.nextSibling;
            outer.insertBefore(m, after);
            m = following;
          }
          break;
        } else if (level === 'table' && (name === 'thead' || name === 'tbody' || name === 'tfoot')) {
          row = null;
          fix(el, 'section');
          next = el.nextSibling;
        } else if (level !== 'row' && name === 'tr') {
          row = null;
          fix(el, 'row');
          next = el.nextSibling;
        } else if (CELLS.has(name)) {
          if (level !== 'row') {
            if (!row) row = box.insertBefore(new LElement(el.ownerDocument!, 'tr', {}), el);
            row.appendChild(el);
          }
        } else if (name === 'form' || holdsTableParts(el)) {
          // its children from its first table part on take its place; a form stays there, anything
          // else goes before the table with what it held before that part (a browser's current node then)
          let from = el.firstChild;
          if (name !== 'form') while (from && !isTablePart(from)) from = from.nextSibling;
          const first = from;
          while (from) {
            const move = from;
            from = from.nextSibling;
            box.insertBefore(move, el);
          }
          if (name !== 'form') foster(el);
          else if (first) box.insertBefore(el, first);
          next = first ?? next;
        } else {
          foster(el);
        }
      }
      c = next;
    }
  };
  fix(table, 'table');
}
