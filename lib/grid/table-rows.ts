/**
 * A table's rows in the order of the DOM's `table.rows` collection (HTML §4.9.1): the rows of
 * thead children first, then rows that are children of the table or of tbody children, in tree
 * order, then the rows of tfoot children. Written out because linkedom, the Node DOM, has no
 * `rows`, and CellRef.row must index the same collection in Node and in the browser.
 * Each row comes with its row group, which bounds rowspan (the table model's "row group").
 */
export interface RowEntry {
  tr: Element;
  group: Element;
}

function isTag(el: Element, name: string): boolean {
  return el.localName === name || el.tagName.toLowerCase() === name;
}

/*
 * Element children through firstChild/nextSibling: the same elements as `children`, which on
 * linkedom builds a new array per call (and Array.from copies it again).
 */

export function tableRows(table: Element): RowEntry[] {
  if (!isTag(table, 'table')) return ariaRows(table);
  const head: RowEntry[] = [];
  const body: RowEntry[] = [];
  const foot: RowEntry[] = [];
  for (let n = table.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const child = n as Element;
    if (isTag(child, 'tr')) {
      body.push({ tr: child, group: table });
      continue;
    }
    const target = isTag(child, 'thead') ? head : isTag(child, 'tbody') ? body : isTag(child, 'tfoot') ? foot : null;
    if (!target) continue;
    for (let r = child.firstChild; r; r = r.nextSibling) {
      if (r.nodeType === 1 && isTag(r as Element, 'tr')) target.push({ tr: r as Element, group: child });
    }
  }
  return head.length === 0 && foot.length === 0 ? body : head.concat(body, foot);
}

/** A row's cells are its td and th element children (parseGrid walks them in place). */
export function isCell(el: Element): boolean {
  return isTag(el, 'td') || isTag(el, 'th');
}

/**
 * The rows of a grid drawn with ARIA roles instead of a <table> (`<div role=table>`, its
 * `role=row` children, directly or in `role=rowgroup` children, in tree order): a CMS template
 * that lays table 三 out in divs. Each row group bounds rowspan as a tbody does.
 */
function ariaRows(table: Element): RowEntry[] {
  const out: RowEntry[] = [];
  for (let n = table.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const child = n as Element;
    const role = child.getAttribute('role');
    if (role === 'row') {
      out.push({ tr: child, group: table });
    } else if (role === 'rowgroup') {
      for (let r = child.firstChild; r; r = r.nextSibling) {
        if (r.nodeType === 1 && (r as Element).getAttribute('role') === 'row') out.push({ tr: r as Element, group: child });
      }
    }
  }
  return out;
}

const ARIA_CELLS = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** A cell of a row drawn with ARIA roles (ariaRows): role cell, gridcell, columnheader or rowheader. */
export function isAriaCell(el: Element): boolean {
  const role = el.getAttribute('role');
  return role !== null && ARIA_CELLS.has(role);
}

/** Is the element a <table>, or a grid drawn with ARIA roles? */
export function isHtmlTable(el: Element): boolean {
  return isTag(el, 'table');
}
