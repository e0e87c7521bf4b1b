/**
 * Table 三 with its columns split over two tables (red team 30 c08): 自然人 … 科研机构 in the first,
 * 社会公益组织 … 总计 in a second right after it, under the same rows. Joined into one grid, the
 * second's columns right of the first's, where its rows are the first's for certain: its header as
 * tall, as many rows, and each of its rows either naming the first's row of that place (its label
 * repeated) or, in a part with no label at all, holding figures where the first's row holds them.
 * Anything else (a label that differs, a row more or less): null, and the table stays unread, said
 * (find-tables.ts t3ColumnsApart). Each cell of the second part keeps its own place on the page
 * (GridCell.origin), so a finding points at it there.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';
import { rowView } from './grid-rows.ts';
import { matchLabel, T3_ROW_PATTERNS } from './labels.ts';

/** A header row's label naming the applicant columns (map-table3.ts APPLICANT_HEADER, not imported: it imports find-tables' users). */
const APPLICANT_HEADER = /自然人|商业企业|申请人情况/;

export function joinColumnsApart(left: Grid, right: Grid): Grid | null {
  if (left.slots.length !== right.slots.length) return null;
  const lv = left.slots.map((_, r) => rowView(left, r));
  const rv = right.slots.map((_, r) => rowView(right, r));
  const first = lv.findIndex((v) => v.dataStart >= 0 && !APPLICANT_HEADER.test(v.label) && matchLabel(T3_ROW_PATTERNS, v.label) !== null);
  if (first < 0 || rv.findIndex((v) => v.dataStart >= 0) !== first) return null;
  const data = rv.slice(first);
  const labelled = data.filter((v) => v.label !== '').length;
  if (labelled !== 0 && labelled !== data.length) return null;
  for (let r = first; r < rv.length; r++) {
    const a = lv[r]!, b = rv[r]!;
    // a row with figures on one side only, or (labels repeated) naming another row: not aligned
    if ((a.dataStart >= 0) !== (b.dataStart >= 0)) return null;
    if (labelled > 0 && b.label !== a.label) return null;
  }
  // the second part's columns: from where its figures start (past its repeated labels)
  const start = Math.min(...data.filter((v) => v.dataStart >= 0).map((v) => v.dataStart));
  if (!Number.isFinite(start)) return null;
  const shift = left.width - start;
  const clones = new Map<GridCell, GridCell>();
  let broken = false;
  const clone = (cell: GridCell | null): GridCell | null => {
    if (!cell) return null;
    // a cell reaching left of the figures (a label over them): not placed for certain
    if (cell.col < start) broken = true;
    let c = clones.get(cell);
    if (!c) clones.set(cell, (c = { ...cell, col: cell.col + shift, origin: { table: right.tableIndex, row: cell.row, col: cell.col } }));
    return c;
  };
  const slots = left.slots.map((line, r) => {
    const own: (GridCell | null)[] = Array.from({ length: left.width }, (_, c) => line[c] ?? null);
    const more = right.slots[r] ?? [];
    for (let c = start; c < right.width; c++) own.push(clone(more[c] ?? null));
    return own;
  });
  if (broken) return null;
  return { ...left, slots, width: left.width + right.width - start };
}

