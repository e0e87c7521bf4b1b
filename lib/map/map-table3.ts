/**
 * Table 三 收到和处理政府信息公开申请情况, mapped row by row and column by column to named fields
 * (spec/report-format.md "Table 三"). Rows and columns are found by their labels, whatever their
 * position; what cannot be mapped becomes a map.unmapped info, never a guess.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';
import { labelKey } from '../text/normalize.ts';
import type { Figure, Finding } from '../types.ts';
import type { MappedRow, MappedTable3, T3Column } from './mapped.ts';
import { T3_ALL_COLUMNS, t3ColumnIndex } from './mapped.ts';
import { figureAt, figureColumns, hasFigureAt, figureCount, figureStarts, headerPath, isColumnNumbering, rowView, withoutSpareColumns, type RowView } from './grid-rows.ts';
import { matchLabel, matchLabelAt, t3GroupOf, T3_GROUP_ITEMS, T3_ITEM_MATCH_ORDER, T3_ROW_PATTERNS, type LabelPattern } from './labels.ts';
import { unmapped } from './notes.ts';
import { dottedName } from './dotted-name.ts';
import { mapTransposed, transposedParts, transposedStart } from './map-table3-transposed.ts';
import { halfRowOf } from './half-row.ts';
import { mapColumns, ownApplicantColumns, sayColumnsWithoutFigures, untoldSummand } from './t3-columns.ts';
import { channelOf, isRateRow, type AddedT3Row } from './t3-added-rows.ts';
import { mapNote } from './note-words.ts';
import { blankColumnsOf } from './t3-blank-columns.ts';

/** A row's cells before any is read: one slot a column of T3_ALL_COLUMNS (copied, never written). */
export const NO_CELLS: (Figure | undefined)[] = T3_ALL_COLUMNS.map(() => undefined);

/** A header row's label: it names the applicant columns, which no data row's label does. */
export const APPLICANT_HEADER = /自然人|商业企业|申请人情况/;

export function mapTable3(grids: readonly Grid[], notes: Finding[]): MappedTable3 | null {
  const first = grids[0];
  if (!first) return null;
  const views: RowView[] = [];
  for (const g of grids) for (let r = 0; r < g.slots.length; r++) views.push(rowView(g, r));
  // the first row that is a table-三 data row ends the header
  // (a header row naming the applicant columns is never one, even when an empty header cell
  // spanning its rows makes it look like a row with figures: an Excel export's blank last column)
  const firstData = views.findIndex((v) => v.dataStart >= 0 && !APPLICANT_HEADER.test(v.label) && matchLabel(T3_ROW_PATTERNS, v.label) !== null);
  // no row of table 三 named down the side, or only a 总计 (an applicant row's name): the table
  // may stand on its side, the applicants as rows (mapTransposed)
  if (firstData < 0 || matchLabel(T3_ROW_PATTERNS, views[firstData]!.label) === 'processed') {
    // read without the empty columns at their right edge (grid-rows.ts withoutSpareColumns): on
    // its side, the table's parts are joined by their rows' labels, never aligned on that edge
    const side = grids.map(withoutSpareColumns);
    const sideViews = side.every((g, i) => g === grids[i]) ? views : side.flatMap((g) => g.slots.map((_, r) => rowView(g, r)));
    if (side.length === 1) {
      const start = transposedStart(sideViews);
      if (start >= 0) return mapTransposed([{ grid: side[0]!, views: sideViews, start }], notes);
    } else {
      // on its side and cut in two (a 续表 holding the rest of the template's rows, under the
      // same applicant rows): each part read as one, their columns joined
      const parts = transposedParts(side, sideViews);
      if (parts) return mapTransposed(parts, notes);
    }
  }
  if (firstData < 0) return null;
  // the grid of the first row: the first, or the 续表 under a first part that holds the header alone
  // (find-tables.ts joins the two only when the header names the 续表's every column: t3-first-part.ts)
  const lead = views[firstData]!.grid;
  if (lead !== first && views.some((v) => v.grid === first && v.dataStart >= 0)) return null;
  const header = views.slice(0, firstData).filter((v) => v.grid === first || v.grid === lead);
  // a 续表 headed by the column numbers (1 … 10) instead of the header: no row of table 三 (red team 33 c23)
  // a 续表's row of column numbers (isColumnNumbering: its label none, 栏次 or 甲 乙 丙) is no row
  const data = views.slice(firstData).filter((v) => v.dataStart >= 0 && !(v.grid !== first && isColumnNumbering(v)));

  // columns of the first table; a 续表's columns are aligned on the right edge
  const dataFirst = data.filter((v) => v.grid === lead);
  // an empty column (no header, nothing in any row: Excel's spare column) is no figure column
  const cols = figureColumns(dataFirst).filter((c) => headerPath(header, c).length > 0 || dataFirst.some((v) => v.slots[c]?.reading.kind === 'number'));
  const colKeys = mapColumns(header, cols, first.tableIndex, notes, dataFirst);
  if (!colKeys) return null;
  sayColumnsWithoutFigures(header, dataFirst, cols, colKeys, first.tableIndex, notes);

  const rows = new Map<string, MappedRow>();
  const added: AddedT3Row[] = [];
  // the rows (一, 二) with a row among their channels that is no channel read
  const gaps = new Set<string>();
  const colIndex = colKeys.map((k) => (k ? t3ColumnIndex(k) : -1));
  // per entry of colKeys: has a mapped row a figure there, and is every such figure blank
  const anyFigure: boolean[] = colKeys.map(() => false);
  const allBlank: boolean[] = colKeys.map(() => true);
  let group: string | null = null;
  const ends = continuationEnds(data, lead, cols.length);
  // the first table's right edge, without an empty column after its last (withoutSpareColumns):
  // a 续表 is aligned on it
  const edge = withoutSpareColumns(lead).width;
  // the row read last, and its field: a row broken over a page continues it (halfRowOf)
  let lastView: RowView | null = null;
  let lastKey: string | null = null;
  for (const v of data) {
    const before = lastView;
    lastView = v;
    // a row broken over a page: the next row of the first table, or a 续表's first row (its cells
    // aligned as the 续表's rows are); its own label may end the row's ("2.重复" / "申请")
    const halfAt = !before || !lastKey || before.grid !== lead ? null : v.grid === lead ? (v.r === before.r + 1 ? 0 : null) : v.grid !== before.grid ? continuationOffset(v, ends, edge, cols.length) : null;
    const goesOn = (own: string): boolean => rowKey(own, group) === null && rowKey(before!.label + own, group) === lastKey;
    const half = halfAt !== null ? halfRowOf(v, before!, cols, halfAt, goesOn) : null;
    if (half) {
      // the second half of the row before: its figures are that row's (red team 18)
      const cells = rows.get(lastKey!)!.cells;
      for (let i = 0; i < colKeys.length; i++) {
        const k = colIndex[i]!;
        if (k < 0 || !half[i]) continue;
        const f = figureAt(v, cols[i]! + halfAt!);
        if (!f) continue;
        cells[k] = f;
        anyFigure[i] = true;
        if (!f.blank) allBlank[i] = false;
      }
      continue;
    }
    lastKey = null;
    // a row of rates (五、按期办结率 100%): its "100%" reads as 100, never as applications
    if (isRateRow(v)) {
      notes.push(unmapped(v.grid.tableIndex, v.r, mapNote('t3RowRatio', v.display)));
      continue;
    }
    // (the label's own reading, which rowKeyOfMovedLabel weighs too: read once)
    const labelRow = rowKey(v.label, group);
    const key: string | null = rowKeyOfMovedLabel(v, group, labelRow) ?? labelRow;
    const offset = v.grid === lead ? shiftedRow(v, cols) : continuationOffset(v, ends, edge, cols.length);
    const read = (at: number): MappedRow['cells'] => {
      const cells = NO_CELLS.slice();
      colIndex.forEach((k, i) => {
        if (k >= 0) cells[k] = figureAt(v, cols[i]! + at) ?? undefined;
      });
      return cells;
    };
    if (offset === null && key) {
      // the row is there, its figures unread: every identity it is in cannot be checked (left
      // out, the sums over its group would lack it and fail)
      group = t3GroupOf(key) ?? key;
      if (!rows.has(key)) rows.set(key, { key, label: v.display, cells: NO_CELLS.slice() });
      notes.push(unmapped(v.grid.tableIndex, v.r, mapNote('t3PartRowCells', v.display)));
      continue;
    }
    if (!key) {
      // 三、本年度办理结果 on a row of its own with empty cells: the heading of the result rows
      if (RESULTS_HEADING.test(v.label) && onlyBlanks(v)) continue;
      // 申请总数 right after 二 (red team 30 c23): the applications to handle, 一 + 二 (or 一 alone),
      // checked as a 合计 added before the results is (t3-added-instances.ts)
      if (group === 'carried' && INTAKE_WORDS.test(v.label) && offset !== null && rows.has('new')) {
        added.push({ kind: 'intake', label: v.display, cells: read(offset) });
        continue;
      }
      // a channel of the applications under 一 or 二 (其中：当面申请…): checked against that row
      // (t3-added-instances.ts)
      const under = group === 'new' || group === 'carried' ? group : null;
      const channel = under && offset !== null ? channelOf(v.label) : null;
      if (channel) {
        added.push({ kind: 'channel', channel, under: under!, label: v.display, cells: read(offset!) });
        continue;
      }
      // a row under 一 or 二 that is no channel read ("网络申请（含政府网站、电子邮件）"): the channels
      // listed there may leave out what it holds (red team 30 c11)
      if (under) gaps.add(under);
      notes.push(unmapped(v.grid.tableIndex, v.r, mapNote('t3RowUnknown', v.display)));
      continue;
    }
    // a 合计/总计 a unit added before the results (合计（一+二）, 本年度受理申请合计: the applications
    // to handle, 新收 + 上年结转) is not 三（七）总计, which follows the results (red team 10b, pages
    // 45 and 65: taken for it, the real （七） was dropped as a repeat and both balances failed)
    if (key === 'processed' && isIntakeTotal(v.label, group)) {
      // checked as 一 + 二 (or 一 alone: t3-added-instances.ts) where its cells line up
      if (offset !== null) {
        added.push({ kind: 'intake', label: v.display, cells: read(offset) });
        continue;
      }
      notes.push(unmapped(v.grid.tableIndex, v.r, mapNote('t3RowAddedSum', v.display)));
      continue;
    }
    group = t3GroupOf(key) ?? key;
    if (rows.has(key)) {
      notes.push(unmapped(v.grid.tableIndex, v.r, mapNote('t3RowRepeated', v.display)));
      continue;
    }
    const cells = NO_CELLS.slice();
    for (let i = 0; i < colKeys.length; i++) {
      const k = colIndex[i]!;
      if (k < 0) continue;
      const f = figureAt(v, cols[i]! + (offset ?? 0));
      if (!f) continue;
      cells[k] = f;
      anyFigure[i] = true;
      if (!f.blank) allBlank[i] = false;
    }
    rows.set(key, { key, label: v.display, cells });
    lastKey = key;
  }
  for (const r of added) if (r.under && gaps.has(r.under)) r.gap = true;
  const columns = colKeys.filter((k): k is T3Column => k !== null);
  // a column whose every figure is blank reads as zeros; 总计 so beside figures is a missing total
  const blankColumns = blankColumnsOf(colKeys, anyFigure, allBlank);
  const own = ownApplicantColumns(header, cols, colKeys);
  const untold = untoldSummand(header, cols, colKeys, dataFirst);
  return { tableIndexes: grids.map((g) => g.tableIndex), rows, columns, blankColumns, ...(added.length > 0 ? { added } : {}), ...(own ? { ownApplicants: true as const } : {}), ...(untold ? { untoldColumn: true as const } : {}) };
}

/**
 * The row's field when its label cells stand out of place: a group cell whose rowspan runs one row
 * too far ends up beside the next group's first row, or right of the items below it (the browser
 * lays the row's own cells out first, past it). Read left to right, "（三）不予公开 （四）无法提供
 * 1.本机关不掌握…" named no row and "2.没有现成信息… （四）无法提供" the group's subtotal (red team 24).
 * The reader takes a heading that spans down from above as over the row's own label, and the row's
 * own group heading over one from above: the label is read so. Null when no label cell spans down
 * from above after one of the row's own, and no row's own cell is a heading beside one from above.
 * labelRow: rowKey(v.label, group), the row as its label reads.
 */
function rowKeyOfMovedLabel(v: RowView, group: string | null, labelRow: string | null): string | null {
  const end = v.dataStart < 0 ? v.slots.length : Math.min(v.slots.length, v.dataStart);
  // most rows have no label cell spanning down from above, or none of their own: null, without
  // building the lists below (they need both kinds)
  let fromAbove = false;
  let ownCell = false;
  for (let c = 0; c < end; c++) {
    const cell = v.slots[c];
    if (!cell || cell.reading.kind !== 'text' || cell.text === '') continue;
    if (cell.row < v.r) fromAbove = true;
    else if (cell.row === v.r) ownCell = true;
  }
  if (!fromAbove || !ownCell) return null;
  const cells: GridCell[] = [];
  for (let c = 0; c < end; c++) {
    const cell = v.slots[c];
    if (cell && cell.reading.kind === 'text' && cell.text !== '' && cells[cells.length - 1] !== cell) cells.push(cell);
  }
  const above = cells.filter((x) => x.row < v.r);
  const own = cells.filter((x) => x.row === v.r);
  if (above.length === 0 || own.length === 0) return null;
  const read = (xs: readonly GridCell[]): string | null => rowKey(labelKey(xs.map((x) => x.text).join(' ')), group);
  // a heading spanning down from above, right of the row's own label: read before it
  if (cells.indexOf(above[above.length - 1]!) > cells.indexOf(own[0]!)) return read([...above, ...own]);
  // the row's own group heading under another group's, spanning down from above: the row's own wins
  if (labelRow === null && own.length > 1 && matchLabel(T3_ROW_PATTERNS, own[0]!.key) !== null) return read(own);
  return null;
}

/**
 * How far a row of the first table stands off the table's figure columns: 0 unless it holds one
 * figure cell for every column, each the same number of columns right or left of its column. A
 * span one too long or too short moves a row so, in the browser too: the lead cell's rowspan run
 * over 四、结转下年度, a group cell's over the next group's first row or one row short of its last,
 * a label over four columns or two. The reader takes the row's figures in order after its label;
 * read in the header's columns, each was taken for its neighbour's (false balance and row-total
 * errors, red team 24). A row short of a cell or with one more is read as ever, and so is one
 * without a label cell of its own.
 */
function shiftedRow(v: RowView, cols: readonly number[]): number {
  if (v.slots.length > 0 && cols.every((c) => hasFigureAt(v, c))) return 0;
  // only a row with a label of its own: one that lost its label cell (its figures moved into the
  // label's place) is no moved row, and which row it is cannot be told
  if (!v.slots.some((cell, c) => cell && cell.row === v.r && cell.reading.kind === 'text' && cell.text !== '' && (v.dataStart < 0 || c < v.dataStart))) return 0;
  const starts = figureStarts(v);
  if (starts.length !== cols.length) return 0;
  const k = starts[0]! - cols[0]!;
  return k !== 0 && starts.every((c, i) => c - cols[i]! === k) ? k : 0;
}

/**
 * Where a row's cells end, and how many figure cells it holds (figureCount): one past its last
 * slot that a cell covers (a hole is none), leaving out an empty cell after the row's figures as
 * long as the row still holds more figure cells than the table has columns. A Word row that ends
 * past the table's edge carries such a cell; kept, it moved the row's edge one column right and
 * every figure of a 续表 was read a column off (a dozen errors on a consistent page). A row with
 * no more figure cells than columns keeps its empty last cell: that is its blank 总计.
 */
function rowEnd(v: RowView, columns: number): { end: number; figures: number } {
  let end = v.slots.length;
  while (end > 0 && !v.slots[end - 1]) end--;
  let figures = figureCount(v);
  while (end > 0 && figures > columns) {
    const cell = v.slots[end - 1]!;
    // a blank stands in every slot it covers (grid-rows.ts eachFigureStart)
    const covered = end - Math.max(cell.col, v.dataStart);
    if (cell.reading.kind !== 'blank' || !/^\s*$/.test(cell.text) || figures - covered < columns) break;
    figures -= covered;
    end -= covered;
    while (end > 0 && !v.slots[end - 1]) end--;
  }
  return { end, figures };
}

/**
 * Each 续表's right edge as most of its data rows end. A 续表 is read aligned on the right edge
 * with the first table (it may have dropped the merged first column 三、本年度办理结果), and that
 * edge is its rows', not its grid's: one row that still spans the dropped column (四、结转下年度
 * over three label columns) makes the grid a column wider than every other row.
 */
function continuationEnds(data: readonly RowView[], first: Grid, columns: number): Map<Grid, number> {
  const counts = new Map<Grid, Map<number, number>>();
  for (const v of data) {
    if (v.grid === first) continue;
    let byEnd = counts.get(v.grid);
    if (!byEnd) counts.set(v.grid, (byEnd = new Map()));
    const e = rowEnd(v, columns).end;
    byEnd.set(e, (byEnd.get(e) ?? 0) + 1);
  }
  const out = new Map<Grid, number>();
  for (const [g, byEnd] of counts) {
    let best = g.width;
    let n = 0;
    for (const [e, k] of byEnd) if (k > n || (k === n && e === g.width)) [best, n] = [e, k];
    out.set(g, best);
  }
  return out;
}

/**
 * The column offset of a 续表 row against the first table's right edge: its 续表's right edge, or
 * its own when it ends elsewhere and still holds a figure cell for every column. Null when it does
 * not: a row whose cells cannot be aligned is not read (a figure read a column off would be shown
 * as the report's mistake).
 */
function continuationOffset(v: RowView, ends: ReadonlyMap<Grid, number>, edge: number, columns: number): number | null {
  const common = ends.get(v.grid) ?? v.grid.width;
  const { end, figures } = rowEnd(v, columns);
  if (end === common) return common - edge;
  return figures === columns ? end - edge : null;
}

/** A row's field: 'new', 'granted', 'denied.secret', or a group key for a subtotal row. */
export function rowKey(label: string, currentGroup: string | null): string | null {
  const hit = matchLabelAt(T3_ROW_PATTERNS, label);
  if (!hit) {
    // an item row whose group label was not repeated (a 续表 restarting mid-group), or that sits
    // under its group's own row of sums, beside only the 三、本年度办理结果 cell spanning the
    // results ("三、本年度办理结果3.其他": red team 28, c22, where it went unread and the group's sums
    // failed as the report's own mistake)
    return currentGroup && GROUPS.has(currentGroup) ? itemKey(currentGroup, label.replace(RESULTS_PREFIX, '')) : null;
  }
  const top = hit.key;
  if (!GROUPS.has(top)) return top;
  // the rest of the label after the group's words (T3_ROW_PATTERNS' keys are unique)
  const m = hit.match;
  const rest = label.slice(m.index + m[0].length);
  if (rest === '' || SUBTOTAL_RESTS.has(rest)) return top;
  return itemKey(top, rest);
}

/**
 * A 合计/总计 row that is not （七）总计: before any result row (after 一 and 二 only), or saying
 * what it adds (一+二, 受理). A label with （七） is always the results' total.
 */
export function isIntakeTotal(label: string, group: string | null): boolean {
  if (/\(七\)/.test(label)) return false;
  return group === null || group === 'new' || group === 'carried' || /一\+二|受理/.test(label);
}

/** A row naming all the applications handled in words of its own, no 合计/总计 (those are rowKey's 'processed'). */
const INTAKE_WORDS = /^(?:本年度?)?申请(?:总数|总量|总件数)$/;

/** The results heading a label starts with when that cell spans the result rows beside it. */
const RESULTS_PREFIX = /^(三、)?本年度?办理结果/;

/** 三、本年度办理结果: in the template a rowspan label beside the result rows, holding no figure. */
export const RESULTS_HEADING = /^(三、)?本年度?办理结果$/;

/** Every cell of the row's data part is blank (or a hole). */
function onlyBlanks(v: RowView): boolean {
  for (let c = v.dataStart; c < v.slots.length; c++) {
    const cell = v.slots[c];
    if (cell && cell.reading.kind !== 'blank') return false;
  }
  return true;
}

/** The result groups, which have items (T3_GROUP_ITEMS). */
const GROUPS = new Set(Object.keys(T3_GROUP_ITEMS));

/** What /^\(?(小计|合计)\)?$/ matches: a group's own row when the words after its name say subtotal. */
const SUBTOTAL_RESTS = new Set(['小计', '合计'].flatMap((w) => [w, `(${w}`, `${w})`, `(${w})`]));

/** Each group's item patterns in the order they are tried (T3_ITEM_MATCH_ORDER, else the template's). */
const ITEMS_IN_MATCH_ORDER: Record<string, LabelPattern<string>[]> = Object.fromEntries(
  Object.entries(T3_GROUP_ITEMS).map(([group, items]) => {
    const order = T3_ITEM_MATCH_ORDER[group];
    return [group, order ? order.map((k) => items.find((p) => p.key === k)!) : items];
  }),
);

function itemKey(group: string, rest: string): string | null {
  const items = T3_GROUP_ITEMS[group]!;
  const hit = matchLabel(ITEMS_IN_MATCH_ORDER[group]!, rest);
  if (hit) return dottedName(group, hit);
  // fall back on the item's number in the template's order ("5.属于…" with a mangled label)
  const n = /^(\d+)[.、．]/.exec(rest);
  if (n) {
    const item = items[Number(n[1]) - 1];
    if (item) return dottedName(group, item.key);
  }
  return null;
}
