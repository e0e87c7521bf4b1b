/**
 * Table 三 cut by a 续表 right under its header, or right after 一、本年新收: Word turns a table
 * broken over a page into two <table>s with a （续表） line between them, and the first part then
 * holds the header and no row, or the header and one row. Such a part names too few of table 三's
 * rows to be taken for it (find-tables.ts wants two beside figures), and the 续表 alone lost the
 * 本年新收 row (red team 20, c15/m15: t3.new.* unread, seven checks skipped) or, with no header of
 * its own, every column (the table unread).
 *
 * The two are joined only when the 续表's first row is the template row that follows the part's
 * last (一 after the header, 二、上年结转 after 一) and their figure columns are the same applicants
 * in the same places: a join that is wrong would show a figure read from another row or column as
 * the report's mistake. Anything else leaves the part alone, as before.
 */
import type { Grid } from '../grid/parse-grid.ts';
import { figureColumns, headerPath, rowView, withoutSpareColumns, type RowView } from './grid-rows.ts';
import { matchLabel, T3_ROW_PATTERNS } from './labels.ts';
import type { T3Column } from './mapped.ts';
import { APPLICANT_HEADER, rowKey } from './map-table3.ts';
import { applicantOf, applicantsRead } from './t3-columns.ts';

/** A first part of table 三 waiting for its 续表 in the next grid. */
export interface T3FirstPart {
  grid: Grid;
  /** the template row the 续表 must start with: 一 after a header alone, 二、上年结转 after 一 */
  next: 'new' | 'carried';
  header: RowView[];
  /** the 一、本年新收 row's figure columns and their applicants (none when the part is a header alone) */
  cols: number[];
  applicants: T3Column[];
  /** the right edge a 续表 is aligned on (map-table3.ts) */
  edge: number;
}

/** A header alone has the template's three rows, a unit's extra title or 栏次 row at most two more. */
const MAX_HEADER_ROWS = 5;

/**
 * The grid as the first part of a cut table 三: an applicant header (自然人 … 总计) above either no
 * row at all or 一、本年新收 alone. Null for anything else.
 */
export function t3FirstPart(grid: Grid): T3FirstPart | null {
  const { header, data, edge } = rowsOf(grid);
  if (header.length === 0 || !header.some((v) => APPLICANT_HEADER.test(v.label))) return null;
  if (data.length === 0) {
    // no row with figures at all, and a header's size: a tally's empty frame is no header of table 三
    if (header.length > MAX_HEADER_ROWS || header.some((v) => v.dataStart >= 0)) return null;
    return { grid, next: 'new', header, cols: [], applicants: [], edge };
  }
  if (data.length !== 1 || rowKey(data[0]!.label, null) !== 'new') return null;
  const cols = figureColumns(data);
  const applicants = applicantsOver(header, cols);
  if (!applicants) return null;
  return { grid, next: 'carried', header, cols, applicants, edge };
}

/**
 * Does the grid continue the part: its first row of table 三 the one that follows, its figure
 * columns the part's (aligned on the right edge, as map-table3.ts reads a 续表), and its header,
 * when it repeats one, naming the same applicants in the same order? A row before that first row
 * is let through: the second half of 一、本年新收 broken over the page, which map-table3.ts joins
 * with the first half only when their labels make the row's (halfRowOf), else leaves unread.
 */
export function continuesFirstPart(part: T3FirstPart, grid: Grid): boolean {
  const { header, data, edge } = rowsOf(grid);
  if (data.length === 0 || rowKey(data[0]!.label, null) !== part.next) return false;
  // the part's row again (一、本年新收 in the 续表 too): a table of its own, not the rest of this one
  if (data.some((v) => rowKey(v.label, null) === 'new') && part.next === 'carried') return false;
  const cols = figureColumns(data);
  const repeats = header.some((v) => APPLICANT_HEADER.test(v.label));
  if (part.next === 'new') {
    // under the part's header alone: the same grid columns, each named by it (a 续表 with a header
    // of its own is read whole without the part)
    if (repeats || edge !== part.edge) return false;
    return applicantsOver(part.header, cols) !== null;
  }
  const shift = edge - part.edge;
  if (cols.length !== part.cols.length || cols.some((c, i) => c - shift !== part.cols[i])) return false;
  if (!repeats) return true;
  const own = applicantsOver(header, cols);
  return own !== null && own.every((k, i) => k === part.applicants[i]);
}

/** The grid's header rows (before its first row of table 三) and its data rows, with its right edge. */
function rowsOf(grid: Grid): { header: RowView[]; data: RowView[]; edge: number } {
  const views = grid.slots.map((_, r) => rowView(grid, r));
  const edge = withoutSpareColumns(grid).width;
  // as map-table3.ts finds the first data row: a header row naming the applicants is never one
  const at = views.findIndex((v) => v.dataStart >= 0 && !APPLICANT_HEADER.test(v.label) && matchLabel(T3_ROW_PATTERNS, v.label) !== null);
  if (at < 0) return { header: views, data: [], edge };
  return { header: views.slice(0, at), data: views.slice(at).filter((v) => v.dataStart >= 0), edge };
}

/** The applicant the header names over each column, every column named and each once; else null. */
function applicantsOver(header: readonly RowView[], cols: readonly number[]): T3Column[] | null {
  if (cols.length === 0) return null;
  const keys = cols.map((c) => applicantOf(headerPath(header, c)));
  if (keys.some((k) => k === null) || !applicantsRead(keys, false)) return null;
  return keys as T3Column[];
}
