/**
 * A 序号 (serial-number) column some units add to a table, usually at the left of table 三:
 * "1 | 一、本年新收… | 56 | …", or （一）, 1, 2… by the row's place in the template. It says where a
 * row stands, never how many: its digits must not enter a sum, and read as figures they made the
 * row's label "" (a number before text is a figure, grid-rows.ts rowView), so that table 三 was not
 * found at all. The grid is read without it: its cells become holes, every other cell keeps its
 * column (CellRefs still point at the page's cells).
 *
 * Only a column headed 序号 whose every cell below the header is a serial number (or blank), the
 * numbers running in order, is taken out; a column under any other header, or a 序号 column holding
 * anything else, stays and is read (or said to be unreadable) as before.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';

/** The header's labelKey: Word's 序|号 in two spans and a spaced 序 号 both read 序号. */
const SERIAL_HEADER = '序号';

/** "1", "1.", "1、", "一", "一、", "(一)", "(1)": a serial number as labelKey writes it, and its form. */
const SERIAL = /^(?:(\d{1,3})[.、]?|([一二三四五六七八九十]{1,3})[、.]?|\((\d{1,3})\)|\(([一二三四五六七八九十]{1,3})\))$/;

const CN_DIGITS = '一二三四五六七八九';

/** 一…九十九 as a number; 0 when the text is not one. */
function chineseNumber(s: string): number {
  const digit = (ch: string) => CN_DIGITS.indexOf(ch) + 1; // 0: not a digit
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? digit(s) : 0;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(s[0]!) : 0;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? digit(rest) || -1 : -1;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : 0;
}

/** The serial's form (1, 一, (1), (一)) and its number, or null when the text is not a serial. */
function readSerial(key: string): { form: number; n: number } | null {
  const m = SERIAL.exec(key);
  if (!m) return null;
  for (let form = 1; form <= 4; form++) {
    const s = m[form];
    if (s === undefined) continue;
    const n = form % 2 === 1 ? Number(s) : chineseNumber(s);
    return n > 0 ? { form, n } : null;
  }
  return null;
}

/**
 * The cells of column c below the header cell, each once, top to bottom; those that span past
 * column c (a heading across the table) are not the column's. Null when a cell of the column is
 * neither a serial nor blank, or a serial breaks the order: the numbers of a form start at 1, and
 * each is 1 (numbering restarts under a new group: 1–8 under （三）, 1–3 under （四）) or above the
 * last of its form (（一）（二） then （七）: the groups （三）–（六） carry theirs in their label cells).
 */
function serialCells(grid: Grid, c: number, below: number): GridCell[] | null {
  const cells: GridCell[] = [];
  const last = [0, 0, 0, 0, 0];
  let prev: GridCell | null = null;
  for (let r = below; r < grid.slots.length; r++) {
    const cell = grid.slots[r]![c] ?? null;
    if (!cell || cell === prev) continue;
    prev = cell;
    if (cell.col !== c || cell.colSpan !== 1) continue;
    cells.push(cell);
    if (cell.reading.kind === 'blank') continue;
    const serial = readSerial(cell.key);
    if (!serial) return null;
    const before = last[serial.form]!;
    if (before === 0 ? serial.n !== 1 : serial.n !== 1 && serial.n <= before) return null;
    last[serial.form] = serial.n;
  }
  return cells;
}

/** The grid with its 序号 column taken out (its slots null), or the grid itself when it has none. */
export function withoutSerialColumn(grid: Grid): Grid {
  for (let r = 0; r < grid.slots.length; r++) {
    const line = grid.slots[r]!;
    for (let c = 0; c < line.length; c++) {
      const header = line[c];
      if (!header || header.row !== r || header.col !== c || header.colSpan !== 1) continue;
      if (header.key !== SERIAL_HEADER) continue;
      const cells = serialCells(grid, c, r + header.rowSpan);
      if (!cells) return grid;
      const out = new Set<GridCell>(cells);
      out.add(header);
      const slots = grid.slots.map((row) => (row[c] && out.has(row[c]!) ? row.map((cell, k) => (k === c ? null : cell)) : row));
      return { ...grid, slots };
    }
  }
  return grid;
}
