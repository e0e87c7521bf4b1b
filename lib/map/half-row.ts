/**
 * A table 三 row broken over a page into two rows of half cells (map-table3.ts): a PDF's or an old
 * Word's page break, or Word's break between a table and its 续表.
 */
import type { RowView } from './grid-rows.ts';

/**
 * The first half holds the label and some figures with the rest of its cells empty; the second
 * no label of its own (an empty cell, or only cells spanning down from above) and a figure
 * exactly where the first is empty. Read as a row of its own, the second half was taken for its
 * group's subtotal and the first half's empty cells for blanks (red team 18 c05: nine false
 * errors). Two more shapes (red team 19): the second half carries the end of the label broken
 * with it ("2.重复" / "申请": `goesOn` says whether its own label text, joined to the first half's
 * label, still names that row and names none alone); and the second half is the first row of the
 * 续表, its cells `offset` columns right of the first table's (map-table3.ts continuationOffset).
 * Returns, per figure column, whether the second half holds that column's figure; null when v is
 * no such half. Only cells left empty count ("", not 无, — or 0, which are written).
 */
export function halfRowOf(v: RowView, before: RowView, cols: readonly number[], offset: number, goesOn: (own: string) => boolean): boolean[] | null {
  const firstCol = (cols[0] ?? 0) + offset;
  let own = '';
  for (let c = 0; c < firstCol; c++) {
    const cell = v.slots[c];
    if (cell && cell.row === v.r && cell.col === c && cell.text !== '') {
      if (cell.reading.kind !== 'text') return null;
      own += cell.key;
    }
  }
  const out: boolean[] = [];
  let here = 0;
  let there = 0;
  for (const col of cols) {
    const c = col + offset;
    const a = v.slots[c];
    const b = before.slots[col];
    // a cell spanning both rows is neither half's
    if (!a || !b || a === b || a.col !== c || b.col !== col) return null;
    const aEmpty = a.text === '' && a.reading.kind === 'blank';
    const bEmpty = b.text === '' && b.reading.kind === 'blank';
    if (aEmpty === bEmpty) return null;
    if (!aEmpty && a.reading.kind !== 'number') return null;
    out.push(!aEmpty);
    if (aEmpty) there++;
    else here++;
  }
  if (here === 0 || there === 0) return null;
  // the label's end read last: most rows are no half (their cells fall short of the test above at
  // the first column), and goesOn reads two labels against the template's rows
  return own === '' || goesOn(own) ? out : null;
}
