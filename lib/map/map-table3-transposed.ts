/**
 * Table 三 drawn on its side (map-table3.ts asks for it when the usual reading finds no rows):
 * the applicants as rows, the template's rows as columns, read by turning the mapping.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';
import type { Finding } from '../types.ts';
import type { MappedRow, MappedTable3, T3Column } from './mapped.ts';
import { T3_COLUMNS, t3ColumnIndex } from './mapped.ts';
import { figureAt, figureColumns, headerPath, type RowView } from './grid-rows.ts';
import { matchLabel, t3GroupOf, T3_ROW_PATTERNS } from './labels.ts';
import { unmapped, unreadTable } from './notes.ts';
import { isIntakeTotal, NO_CELLS, RESULTS_HEADING, rowKey } from './map-table3.ts';
import { applicantOf, applicantsRead } from './t3-columns.ts';
import { mapNote } from './note-words.ts';

/**
 * Table 三 on its side (red team 10b, pages 16 and 17): the applicants down the side (自然人,
 * 法人或其他组织 商业企业 … 其他, 总计) and the template's rows across, under a header of one, two or
 * three rows (一、本年新收… | 二、上年结转… | 三、本年度办理结果 over （一）予以公开 … （七）总计 |
 * 四、结转下年度继续办理). The mapping is turned, not the table: each column is read as the
 * template row its header path names (rowKey, as a row's label cells are read), each row as the
 * applicant its label cells name (applicantOf, as a column's header is read), and every figure
 * keeps the cell it was read from, so findings and suspects point at the page's own cells.
 */

/**
 * The template's rows a table on its side names across, at the least: 一 and 二, the first result,
 * the results' 总计 and 四. A tally of applications by applicant type ("申请人类型 | 本年新收 |
 * 予以公开 | 部分公开 | 不予公开 | 结转下年度", rows 自然人 · 法人或其他组织 · 合计) names some of
 * them, never all: read as table 三, it became the report's and hid the real one.
 */
const TRANSPOSED_NEEDS = ['new', 'carried', 'granted', 'processed', 'carriedForward'];

/**
 * Where the applicant rows of a table on its side start: the first row labelled 自然人 beside
 * figures, under header rows (labels only) naming across every row of TRANSPOSED_NEEDS and six
 * of the template's rows in all, with a 总计 (or 合计) row below it. -1 when the grid is not such
 * a table (a tally by unit has no 自然人 row; a table the usual way round names its rows down
 * the side, and is never asked).
 */
export function transposedStart(views: readonly RowView[]): number {
  const part = transposedPart(views);
  return part && namesEnough(part.named) ? part.start : -1;
}

/** Every row of TRANSPOSED_NEEDS, and six of the template's rows in all. */
export function namesEnough(named: ReadonlySet<string>): boolean {
  return TRANSPOSED_NEEDS.every((k) => named.has(k)) && named.size >= 6;
}

/**
 * transposedStart's shape without its count of the template's rows: a 自然人 row beside figures,
 * a 总计 row below it (or right above it, the table's first), header rows of labels only above it naming two of the template's rows at
 * least (a part of a table on its side cut in two: find-tables.ts joins two parts only when
 * together they name enough). Null when the grid has no such shape.
 */
export function transposedPart(views: readonly RowView[]): { start: number; named: Set<string> } | null {
  let start = views.findIndex((v) => v.dataStart >= 0 && /自然人/.test(v.label));
  if (start < 1) return null;
  // the 总计 row first, right above 自然人 (red team 33 c21: the table was not found): it starts there
  let above = start - 1;
  while (above > 0 && views[above]!.dataStart < 0 && views[above]!.label === '') above--;
  if (above >= 1 && views[above]!.dataStart >= 0 && applicantOf(labelPath(views[above]!)) === 'total') start = above;
  if (!views.some((v, i) => i >= start && v.dataStart >= 0 && applicantOf(labelPath(v)) === 'total')) return null;
  const named = new Set<string>();
  for (let r = 0; r < start; r++) {
    const v = views[r]!;
    // a header row holds labels only; a row of figures above 自然人 is another table's
    if (v.dataStart >= 0) return null;
    let last: GridCell | null = null;
    for (const cell of v.slots) {
      if (!cell || cell === last || cell.reading.kind !== 'text') continue;
      last = cell;
      const k = matchLabel(T3_ROW_PATTERNS, cell.key);
      if (k) named.add(k);
    }
  }
  return named.size >= 2 ? { start, named } : null;
}

/** A part of a table on its side: its grid, its rows' views, where its applicant rows start. */
interface TransposedPart {
  grid: Grid;
  views: readonly RowView[];
  start: number;
}

/** The grids as parts of one table on its side, each with the shape, together naming enough; else null. */
export function transposedParts(grids: readonly Grid[], views: readonly RowView[]): TransposedPart[] | null {
  const parts: TransposedPart[] = [];
  const named = new Set<string>();
  for (const grid of grids) {
    const own = views.filter((v) => v.grid === grid);
    const part = transposedPart(own);
    if (!part) return null;
    for (const k of part.named) named.add(k);
    parts.push({ grid, views: own, start: part.start });
  }
  return namesEnough(named) ? parts : null;
}


/** A row's label cells, left to right, each once. */
function labelPath(v: RowView): string[] {
  const out: string[] = [];
  let last: GridCell | null = null;
  const end = v.dataStart < 0 ? v.slots.length : v.dataStart;
  for (let c = 0; c < end; c++) {
    const cell = v.slots[c] ?? null;
    if (!cell || cell === last || cell.reading.kind !== 'text') continue;
    last = cell;
    out.push(cell.key);
  }
  return out;
}

/** The header cells' texts above column c as shown, top to bottom, each once (for messages). */
function headerDisplay(header: readonly RowView[], c: number): string {
  const out: string[] = [];
  let last: GridCell | null = null;
  for (const row of header) {
    const cell = row.slots[c] ?? null;
    if (cell && cell !== last && cell.reading.kind === 'text') out.push(cell.text);
    last = cell;
  }
  return out.join(' ');
}

/** A part's applicant rows beside figures, and the applicant each one is (null: not read, with a note). */
function applicantRows(part: TransposedPart, notes: Finding[]): { people: RowView[]; applicants: (T3Column | null)[] } {
  const { grid, views, start } = part;
  const people: RowView[] = [];
  const applicants: (T3Column | null)[] = [];
  for (let r = start; r < views.length; r++) {
    const v = views[r]!;
    if (v.dataStart < 0) continue;
    const k = applicantOf(labelPath(v));
    if (!k) {
      notes.push(unmapped(grid.tableIndex, v.r, mapNote('t3tRowUnknown', v.display)));
      continue;
    }
    people.push(v);
    applicants.push(k);
  }
  return { people, applicants };
}

export function mapTransposed(parts: readonly TransposedPart[], notes: Finding[]): MappedTable3 | null {
  const { grid, views, start } = parts[0]!;
  const read = parts.map((p) => applicantRows(p, notes));
  const { applicants } = read[0]!;
  if (!applicantsRead(applicants, false)) {
    notes.push(unreadTable(grid.tableIndex, views[start]!.r, mapNote('t3tRowsUnread')));
    return null;
  }
  // a 续表 lists the same applicants in the same order, or its figures cannot be placed
  for (let p = 1; p < parts.length; p++) {
    if (read[p]!.applicants.join() !== applicants.join()) {
      notes.push(unreadTable(parts[p]!.grid.tableIndex, parts[p]!.views[parts[p]!.start]!.r, mapNote('t3tPartRowsDiffer')));
      return null;
    }
  }
  const index = applicants.map((k) => t3ColumnIndex(k!));
  const anyFigure = applicants.map(() => false);
  const allBlank = applicants.map(() => true);
  const rows = new Map<string, MappedRow>();
  let group: string | null = null;
  for (let p = 0; p < parts.length; p++) {
    const { grid, views, start } = parts[p]!;
    const { people } = read[p]!;
    const header = views.slice(0, start);
    for (const c of figureColumns(people)) {
      const display = headerDisplay(header, c);
      const label = headerPath(header, c).join('');
      const key = rowKey(label, group);
      const at = views[start]!.r;
      if (!key) {
        if (RESULTS_HEADING.test(label) && people.every((v) => figureAt(v, c)?.blank !== false)) continue;
        notes.push(unmapped(grid.tableIndex, at, mapNote('t3ColUnknown', display), c));
        continue;
      }
      if (key === 'processed' && isIntakeTotal(label, group)) {
        notes.push(unmapped(grid.tableIndex, at, mapNote('t3ColAddedSum', display), c));
        continue;
      }
      group = t3GroupOf(key) ?? key;
      if (rows.has(key)) {
        notes.push(unmapped(grid.tableIndex, at, mapNote('t3ColRepeated', display), c));
        continue;
      }
      const cells = NO_CELLS.slice();
      people.forEach((v, i) => {
        const f = figureAt(v, c);
        if (!f) return;
        cells[index[i]!] = f;
        anyFigure[i] = true;
        if (!f.blank) allBlank[i] = false;
      });
      rows.set(key, { key, label: display, cells });
    }
  }
  const columns = applicants.filter((k): k is T3Column => k !== null);
  const blankColumns = new Set<T3Column>();
  applicants.forEach((k, i) => {
    if (k && anyFigure[i] && allBlank[i]) blankColumns.add(k);
  });
  return { tableIndexes: parts.map((p) => p.grid.tableIndex), rows, columns, blankColumns, transposed: true };
}

export { T3_COLUMNS };
