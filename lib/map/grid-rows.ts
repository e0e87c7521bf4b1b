/**
 * Helpers shared by the table mappers: splitting a grid row into its label and its figures, and
 * reading the header above a column.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';
import type { CellRef, Figure } from '../types.ts';
import { labelKey } from '../text/normalize.ts';

export interface RowView {
  grid: Grid;
  /** row index in the grid (= index in table.rows) */
  r: number;
  slots: (GridCell | null)[];
  /** the label cells' text joined, as a labelKey */
  label: string;
  /** the label as shown, for messages */
  display: string;
  /** first column holding a figure or a blank after the label, or -1 */
  dataStart: number;
  /** a 0 merged over the row's whole data part (table 四's fifteen cells as one "0"), or null */
  zeroAcross: GridCell | null;
}

function isFigureCell(c: GridCell | null): boolean {
  return !!c && (c.reading.kind === 'number' || c.reading.kind === 'blank');
}

export function rowView(grid: Grid, r: number): RowView {
  const slots = grid.slots[r] ?? [];
  // the label: its cells' texts joined with a space, and that text's labelKey. When every label
  // cell is plain the key is their keys joined (normalize.ts normalizePlainText), so no label is
  // normalised a second time; else labelKey of the joined text, as ever.
  let display = '';
  let label = '';
  let parts = 0;
  let plain = true;
  let last: GridCell | null = null;
  let dataStart = -1;
  for (let c = 0; c < slots.length; c++) {
    const cell = slots[c] ?? null;
    if (cell && cell.reading.kind === 'text') {
      if (dataStart >= 0) break; // text after figures: a note column, not the label
      if (cell !== last) {
        display = parts === 0 ? cell.text : `${display} ${cell.text}`;
        label = parts === 0 ? cell.key : label + cell.key;
        if (!cell.plain) plain = false;
        parts++;
      }
      last = cell;
      continue;
    }
    // a label-less row (table 四's data row) starts at its first number; a leading blank is not
    // data here (an empty corner cell of a header row), but see figureRowStart below
    if (isFigureCell(cell) && dataStart < 0 && (parts > 0 || cell!.reading.kind === 'number')) dataStart = c;
  }
  if (parts === 0) dataStart = figureRowStart(slots, dataStart);
  return { grid, r, slots, label: plain ? label : labelKey(display), display, dataStart, zeroAcross: zeroAcross(slots, dataStart) };
}

/**
 * The cell, when one 0 spanning several columns is all the row's data part holds: the unit wrote
 * 0 once for every column ("0" across table 四's fifteen), so it is 0 in each. A 0 merged over part
 * of a row is 0 in each column too when the row ends no further right than most other rows
 * (inEverySlot); a row that ends past them kept a cell for every column the 0 covers, and those
 * cells stand one column further right, and a row alone cannot tell: there it stays one figure
 * where it starts.
 */
function zeroAcross(slots: readonly (GridCell | null)[], dataStart: number): GridCell | null {
  if (dataStart < 0) return null;
  const cell = slots[dataStart] ?? null;
  if (!cell || cell.colSpan < 2 || cell.reading.kind !== 'number' || cell.reading.value !== 0) return null;
  for (let c = dataStart + 1; c < slots.length; c++) {
    const other = slots[c] ?? null;
    if (other && other !== cell) return null;
  }
  return cell;
}

/**
 * Where a row with no label starts its figures. A row holding no text at all and something written
 * (a number, or a 无/—/"/" that stands for zero) is a row of figures from its first cell: table 四's
 * data row with its first cells left empty ("| | 0 | 1 |…", the 复议 group blank), or one "无"
 * merged across all fifteen columns. Read from its first number, the first kind lost its leading
 * columns (and, under a header that lost its spans, the template's order no longer fitted) and the
 * second had no data at all. A header row holds text, an empty spacer row nothing written: neither
 * starts here, so an empty corner cell never becomes a figure.
 */
function figureRowStart(slots: readonly (GridCell | null)[], fromNumber: number): number {
  let first = -1;
  let written = false;
  for (let c = 0; c < slots.length; c++) {
    const cell = slots[c] ?? null;
    if (!cell) continue;
    if (cell.reading.kind === 'text') return fromNumber;
    if (first < 0) first = c;
    if (cell.text !== '') written = true;
  }
  return written ? first : fromNumber;
}

/**
 * Each column of the row's data part that holds a figure, in order: where a figure cell starts, and
 * every column a blank cell covers. A blank merged over several columns or rows ("/" across the
 * five 法人或其他组织 columns of a unit that had no such applicant) is a blank in each of them, and
 * so is a 0 merged over the row's whole data part (zeroAcross) or over some of its columns or rows
 * (inEverySlot); any other number is one figure where it starts (a 处理决定数量 spanning three
 * columns is never three).
 */
function eachFigureStart(row: RowView, visit: (c: number) => void): void {
  if (row.dataStart < 0) return;
  for (let c = row.dataStart; c < row.slots.length; c++) {
    const cell = row.slots[c] ?? null;
    if (isFigureCell(cell) && (cell!.col === c || inEverySlot(row, cell!))) visit(c);
  }
}

/**
 * A blank, the row's zeroAcross, or a 0 merged down over several rows: it stands in every slot it
 * covers (eachFigureStart). Counts are never negative, so a 0 written once for a column's rows (or a
 * block of them: 科研机构 and 社会公益组织 as one "0" down the whole table) is 0 in each; read in its
 * first row only, every other row of those columns went unchecked (red team 24); merged across
 * part of a row, it stood in its first column only and the row's other columns went unchecked. Not in a row that
 * kept a cell of its own for each column it covers: its cells stand past the 0, the row ends further
 * right than the 0's own row, and the 0 is no figure of it (as a number spanning rows ever was).
 */
function inEverySlot(row: RowView, cell: GridCell): boolean {
  if (cell.reading.kind === 'blank' || cell === row.zeroAcross) return true;
  if (cell.reading.kind !== 'number' || cell.reading.value !== 0 || (cell.rowSpan < 2 && cell.colSpan < 2)) return false;
  // merged across part of the row (a zero row's five 法人或其他组织 cells as one "0"): likewise,
  // when the row ends no further right than most other rows of the table; one ending past them
  // kept a cell for each column the 0 covers (and a row alone cannot tell)
  if (cell.colSpan > 1 && !endsWithTheOthers(row)) return false;
  return cell.row === row.r || lastFilled(row.slots) <= lastFilled(row.grid.slots[cell.row] ?? []);
}

/** Does the row end (lastFilled) no further right than most of the grid's other rows? Ends counted once a grid. */
const ENDS = new WeakMap<Grid, Map<number, number>>();
function endsWithTheOthers(row: RowView): boolean {
  let ends = ENDS.get(row.grid);
  if (!ends) {
    ends = new Map();
    for (const line of row.grid.slots) {
      const e = lastFilled(line);
      ends.set(e, (ends.get(e) ?? 0) + 1);
    }
    ENDS.set(row.grid, ends);
  }
  const own = lastFilled(row.slots);
  let usual = -1;
  let most = 0;
  for (const [e, n] of ends) {
    const others = e === own ? n - 1 : n;
    if (others > most || (others === most && others > 0 && e > usual)) [usual, most] = [e, others];
  }
  return most > 0 && own <= usual;
}

/** The last column a cell covers in the row (parseGrid pads rows with null to the grid's width). */
function lastFilled(slots: readonly (GridCell | null)[]): number {
  let c = slots.length - 1;
  while (c >= 0 && !slots[c]) c--;
  return c;
}

/** The columns where the row's figures start (eachFigureStart), in order. */
export function figureStarts(row: RowView): number[] {
  const out: number[] = [];
  eachFigureStart(row, (c) => out.push(c));
  return out;
}

/** Columns holding figures in at least half of the given rows. */
export function figureColumns(rows: readonly RowView[]): number[] {
  // counts by column, so that the columns come out in order
  const counts: number[] = [];
  let withData = 0;
  for (const row of rows) {
    if (row.dataStart >= 0) withData++;
    eachFigureStart(row, (c) => (counts[c] = (counts[c] ?? 0) + 1));
  }
  const need = Math.max(1, Math.ceil(withData / 2));
  const out: number[] = [];
  for (let c = 0; c < counts.length; c++) if ((counts[c] ?? 0) >= need) out.push(c);
  return out;
}

/** figureColumns([row]).length: the figure cells that start in the row's data part. */
export function figureCount(row: RowView): number {
  let n = 0;
  eachFigureStart(row, () => n++);
  return n;
}

/**
 * A numbering row's label, when it has one: 栏次, 列次, 序号, 行次; or the label columns' own numbers,
 * 甲 乙 丙 as statistical forms print them before the figures' 1 … n (red team 34 c07: a 续表 so headed
 * was an unknown row of table 三).
 */
const NUMBERING_LABEL = /^(?:栏次|栏号|列次|列号|序号|行次|编号|[甲乙丙丁](?:[\s\u3000]*[甲乙丙丁])*)$/;

/**
 * A row of column numbers under a header ("1 | 2 | … | 15", or 栏次 with them), as statistical
 * forms print them: never the table's figures. Read as table 四's data row it made every group
 * total fail (the red team's page 60). A row of figures is taken for one only when each figure
 * is the one before it plus one, from 1, over at least four columns: no table's real figures do that.
 */
export function isColumnNumbering(row: RowView): boolean {
  if (row.label !== '' && !NUMBERING_LABEL.test(row.label)) return false;
  let next = 1;
  let ok = true;
  eachFigureStart(row, (c) => {
    const cell = row.slots[c];
    const r = cell?.reading;
    // an empty cell before the 1 is a label column's (an empty column down the table's left side)
    if (next === 1 && cell && r?.kind === 'blank' && cell.text === '') return;
    if (ok && r && r.kind === 'number' && r.value === next && r.decimals === 0) next++;
    else ok = false;
  });
  return ok && next > 4;
}

/** The header cells above column c, top to bottom, each once. */
export function headerPath(headerRows: readonly RowView[], c: number): string[] {
  const out: string[] = [];
  let last: GridCell | null = null;
  for (const row of headerRows) {
    const cell = row.slots[c] ?? null;
    if (cell && cell !== last && cell.reading.kind === 'text') out.push(cell.key);
    last = cell;
  }
  return out;
}

/**
 * A count written in 万 ("1.2万", "1.25万件"; not 万元, an amount): the count in ten thousands,
 * rounded to what its digits show (red team 36 c17: a city's 12,021 requests written "1.2万").
 * Tables 三 and 四 add their counts exactly, and 1.2 is no count of 12,021: such a cell is read as
 * no figure, each sum through it said unchecked (…无法读取). Table 二 keeps it (map-table2.ts:
 * rules/table2-counts.ts IN_WAN and the text's comparison read it so).
 */
const IN_WAN = /\d万(?!元)/;

/**
 * The figure of the row at column c (see eachFigureStart); null when it has none there, or when it
 * is a count in 万 and `wan` is not asked (IN_WAN).
 */
export function figureAt(row: RowView, c: number, wan = false): Figure | null {
  const cell = row.slots[c] ?? null;
  if (!cell || cell.reading.kind === 'text' || !standsAt(row, cell, c)) return null;
  if (!wan && cell.reading.kind === 'number' && cell.key.includes('万') && IN_WAN.test(cell.key)) return null;
  const ref: CellRef = cell.origin ?? { table: row.grid.tableIndex, row: cell.row, col: cell.col };
  if (cell.reading.kind === 'blank') return { value: null, blank: true, decimals: 0, raw: cell.text, ref };
  return { value: cell.reading.value, blank: false, decimals: cell.reading.decimals, raw: cell.text, ref };
}

/** figureAt(row, c) !== null, without building the Figure: what a test of a whole row asks per cell. */
export function hasFigureAt(row: RowView, c: number): boolean {
  const cell = row.slots[c] ?? null;
  return !!cell && cell.reading.kind !== 'text' && standsAt(row, cell, c);
}

/**
 * A number spanning rows or columns belongs to the slot where it starts, never counted twice; a
 * blank (or a 0 across the whole row) is in every slot it covers (eachFigureStart), and points
 * back to its cell.
 */
function standsAt(row: RowView, cell: GridCell, c: number): boolean {
  return (cell.col === c && cell.row === row.r) || inEverySlot(row, cell);
}

/**
 * The grid without the columns at its right edge where nothing is written in any row: a cell left
 * empty at the end of every row (a Word table whose rows end past its last column, an editor's
 * extra column). Kept, it made a header row of table 二 ("信息内容 | 本年制发件数 | … | ") look like
 * a row of figures with one blank, and table 四 sixteen columns wide, and both went unread. Only
 * an empty cell or a hole makes a column spare: a blank written as 无, — or / is the report's.
 * Table 三 needs no such step: its mapper keeps only the columns with a header or a figure, and
 * aligns a 续表 on the whole grid's right edge (map-table3.ts).
 */
export function withoutSpareColumns(grid: Grid): Grid {
  let width = grid.width;
  while (width > 1 && grid.slots.every((line) => isEmptySlot(line[width - 1]))) width--;
  if (width === grid.width) return grid;
  return { ...grid, width, slots: grid.slots.map((line) => (line.length > width ? line.slice(0, width) : line)) };
}

function isEmptySlot(cell: GridCell | null | undefined): boolean {
  return !cell || /^\s*$/.test(cell.text);
}
