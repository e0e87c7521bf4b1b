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
