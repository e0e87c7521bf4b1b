/**
 * Table 四 cut at a page break right under its header: Word turns the table into two <table>s, the
 * first holding the three header rows (行政复议 · 行政诉讼, the groups, 结果维持 … 总计) and no row of
 * figures, the second the fifteen figures alone, with no label. The first was kept aside as an
 * unread table 四 ("表四没有找到数据行") and the second read as no table's: a wrong 总计 in it
 * passed unseen (red team 33 m18).
 *
 * The two are joined, the figures' row under the header, only when the second is exactly that: one
 * row, no text in it, every column of the header's width holding a figure or a blank, and the
 * header's own grid holding no figure at all. Each figure keeps its own place on the page
 * (GridCell.origin), so a finding points at it there.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';
import { withoutSpareColumns } from './grid-rows.ts';

export function joinFiguresUnder(header: Grid, figures: Grid): Grid | null {
  const head = withoutSpareColumns(header);
  const below = withoutSpareColumns(figures);
  if (below.slots.length !== 1 || below.width !== head.width) return null;
  if (head.slots.some((line) => line.some((cell) => cell !== null && cell.reading.kind !== 'text'))) return null;
  const line = below.slots[0]!;
  let numbers = 0;
  for (let c = 0; c < head.width; c++) {
    const cell = line[c] ?? null;
    if (!cell || cell.reading.kind === 'text') return null;
    if (cell.reading.kind === 'number') numbers++;
  }
  if (numbers === 0) return null;
  const at = head.slots.length;
  const clones = new Map<GridCell, GridCell>();
  const row = line.map((cell) => {
    if (!cell) return null;
    let c = clones.get(cell);
    if (!c) clones.set(cell, (c = { ...cell, row: at, origin: { table: figures.tableIndex, row: cell.row, col: cell.col } }));
    return c;
  });
  return { ...head, slots: [...head.slots, row], rowCount: head.rowCount + 1 };
}
