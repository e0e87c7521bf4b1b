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

export function tableRows(table: Element): RowEntry[] {
  const head: RowEntry[] = [];
  const body: RowEntry[] = [];
  const foot: RowEntry[] = [];
  for (const child of Array.from(table.children)) {
    if (isTag(child, 'tr')) {
      body.push({ tr: child, group: table });
      continue;
    }
    const target = isTag(child, 'thead') ? head : isTag(child, 'tbody') ? body : isTag(child, 'tfoot') ? foot : null;
    if (!target) continue;
    for (const tr of Array.from(child.children)) if (isTag(tr, 'tr')) target.push({ tr, group: child });
  }
  return head.concat(body, foot);
}

export function rowCells(tr: Element): Element[] {
  const out: Element[] = [];
  for (const c of Array.from(tr.children)) if (isTag(c, 'td') || isTag(c, 'th')) out.push(c);
  return out;
}
