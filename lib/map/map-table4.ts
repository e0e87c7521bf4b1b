/**
 * Table 四 政府信息公开行政复议、行政诉讼情况: 15 figures in one row under a three-level header
 * (spec/report-format.md "Table 四"). Columns are named by their header path; a header that lost
 * its spans falls back on the template's fixed order, which is the same in 2019 and 2021.
 * A narrow page may cut the table in two at its group boundary (find-tables.ts): 行政复议's five
 * figures in one table, 行政诉讼's ten in the next; each half is read the same way.
 * Two other shapes are read by their labels too, into the same fifteen figures: a column the
 * template has not under a header of its own; and the table on its side, a row per group and a
 * column per item (mapByGroupRows). An added column headed 合计 (小计) is kept as the sum of the
 * groups' 总计s its place says it covers (all three beside the whole table, the two 诉讼 groups
 * under 行政诉讼; on a table on its side, the group rows its cell spans), for t4.subtotal; any other
 * added column (备注) is left out and said. On a table on its side a 合计 row under the group rows
 * is kept the same way, a cell per item (readTotalRows).
 */
import type { Grid } from '../grid/parse-grid.ts';
import type { Figure, Finding } from '../types.ts';
import type { MappedTable4, T4AddedTotal, T4Group, T4Item } from './mapped.ts';
import { T4_GROUPS, T4_ITEMS } from './mapped.ts';
import { figureAt, figureColumns, figureCount, headerPath, isColumnNumbering, rowView, withoutSpareColumns, type RowView } from './grid-rows.ts';
import { matchLabel, T4_GROUP_PATTERNS, T4_ITEM_PATTERNS } from './labels.ts';
import { unmapped, unreadTable } from './notes.ts';
import { dottedName } from './dotted-name.ts';
import { mapNote } from './note-words.ts';

type T4Key = `${T4Group}.${T4Item}`;

/** The template's column order, for a part whose header cannot name its columns. */
const inOrder = (groups: readonly T4Group[]): T4Key[] => groups.flatMap((g) => T4_ITEMS.map((i) => dottedName(g, i) as T4Key));
const WHOLE = inOrder(T4_GROUPS);
const REVIEW_HALF = inOrder(['review']);
const SUIT_HALF = inOrder(['suitDirect', 'suitAfterReview']);

/**
 * One grid's mapping, with the notes it gave: find-tables.ts tries a grid naming 行政复议 and 行政诉讼
 * as table 四 to tell it from a list of the cases; the map stage then maps the same grid again. The
 * first result is kept for the second call (the grids are the analysis's own: a new run, new grids).
 */
const single = new WeakMap<Grid, { table: MappedTable4 | null; notes: Finding[] }>();

export function mapTable4(grids: readonly Grid[], notes: Finding[]): MappedTable4 | null {
  const first = grids[0];
  if (!first) return null;
  if (grids.length === 1) {
    const known = single.get(first);
    if (known) {
      single.delete(first);
      notes.push(...known.notes);
      return known.table;
    }
    const own: Finding[] = [];
    const table = mapGrids(grids, own);
    single.set(first, { table, notes: own });
    notes.push(...own);
    return table;
  }
  return mapGrids(grids, notes);
}

function mapGrids(grids: readonly Grid[], notes: Finding[]): MappedTable4 | null {
  const first = grids[0] as Grid;
  // the part's columns, and the group they are of when only the page's layout says it (a part
  // under its own heading: find-tables.ts, t4-parts.ts)
  const parts: [Grid, T4Key[], T4Group | null][] =
    grids.length === 1 ? [[first, WHOLE, null]]
    : grids.length === T4_GROUPS.length ? T4_GROUPS.map((g, i) => [grids[i]!, inOrder([g]), g])
    : [[first, REVIEW_HALF, 'review'], [grids[1]!, SUIT_HALF, null]];
  const cells: MappedTable4['cells'] = {};
  const addedTotals: T4AddedTotal[] = [];
  for (const [grid, order, group] of parts) {
    if (!mapPart(grid, order, cells, addedTotals, notes, group)) return null;
  }
  return { tableIndex: first.tableIndex, cells, addedTotals };
}

/** An added column's own label: 合计, 小计, 总计 (labelKey text). */
const ADDED_TOTAL = /^(?:合计|小计|总计)(?:\([^()]*\))?$/;

/**
 * The groups an added 合计 column of the whole table adds up, from its header path: under
 * 行政诉讼 alone, the two 诉讼 groups; under no group's header, all three. Null when its label is
 * no total or its place names something else.
 */
function addedTotalGroups(path: readonly string[], order: readonly T4Key[]): T4Group[] | null {
  if (order !== WHOLE || !ADDED_TOTAL.test(path[path.length - 1] ?? '')) return null;
  const above = path.slice(0, -1);
  if (above.some((p) => matchLabel(T4_GROUP_PATTERNS, p))) return null;
  if (above.length === 0) return [...T4_GROUPS];
  if (above.every((p) => /^行政诉讼/.test(p))) return ['suitDirect', 'suitAfterReview'];
  return null;
}

/** Reads one table holding the columns `order` lists (all fifteen, or one half); false when it cannot. */
function mapPart(table: Grid, order: readonly T4Key[], cells: MappedTable4['cells'], addedTotals: T4AddedTotal[], notes: Finding[], known: T4Group | null): boolean {
  const grid = withoutSpareColumns(table);
  const views = grid.slots.map((_, r) => rowView(grid, r));
  // a row of column numbers (栏次 1…15) is neither header nor data: left out of both
  const numbering = views.map(isColumnNumbering);
  // the data row: the first row with at least two thirds of the figures (a label cell may stand before them)
  const need = Math.ceil((order.length * 2) / 3);
  const dataIndex = views.findIndex((v, i) => !numbering[i] && figureCount(v) >= need);
  if (dataIndex < 0) {
    // no row holds the figures: the table may stand on its side, a row per group
    if (mapByGroupRows(views, order, cells, addedTotals, notes)) return true;
    if (mapByItemRows(views, order, cells)) return true;
    notes.push(unreadTable(grid.tableIndex, 0, mapNote('t4NoDataRows')));
    return false;
  }
  const data = views[dataIndex]!;
  const header = views.slice(0, dataIndex).filter((_, i) => !numbering[i]);
  const cols = figureColumns([data]);
  const keys = cols.map((c) => {
    const path = headerPath(header, c);
    // a part under a heading of its own names no group above its columns: the heading's is theirs
    const group = (matchLabel(T4_GROUP_PATTERNS, path.join('|')) as T4Group | null) ?? known;
    const item = matchLabel(T4_ITEM_PATTERNS, path[path.length - 1] ?? '') as T4Item | null;
    const key = group && item ? (dottedName(group, item) as T4Key) : null;
    return key && order.includes(key) ? key : null;
  });
  // a data row read from its first cell (grid-rows.ts figureRowStart) may begin with the empty
  // cell of a label column (项目, 类别) the header names no figure for: more columns than the
  // table has, the first unnamed and empty, is that cell, not a figure
  while (cols.length > order.length && keys[0] === null && data.slots[cols[0]!]?.text === '') {
    cols.shift();
    keys.shift();
  }
  // …and a narrow empty column between the groups (a Word table's spacer: no item named above it,
  // at most the group heading spanning it, nothing in the data row) is no figure either (red team
  // 28, c43: the table went unread); only where the rest are the template's columns, one each
  if (cols.length > order.length) {
    const spare = cols.map((c, i) => keys[i] === null && data.slots[c]?.text === '' && matchLabel(T4_ITEM_PATTERNS, headerPath(header, c).at(-1) ?? '') === null);
    if (cols.length - spare.filter(Boolean).length === order.length) {
      for (let i = cols.length - 1; i >= 0; i--) if (spare[i]) { cols.splice(i, 1); keys.splice(i, 1); }
    }
  }
  const named = keys.filter((k) => k !== null);
  const unique = new Set(named).size === named.length;
  let final = keys;
  const extraNamed = cols.map((c, i) => (keys[i] ? null : headerPath(header, c)));
  if (unique && named.length === order.length && extraNamed.some((p) => p !== null) && extraNamed.every((p) => p === null || p.length > 0)) {
    // every column of the template named once, and more columns besides under a header of their
    // own (a 合计 of the groups' 总计s, a 备注): those are no figure of the template, never summed
    // into a group. A 合计 whose place says which groups it adds up is kept for t4.subtotal; any
    // other is left out and said. A figure under no header at all is not one: the data row is
    // longer than its header (a cell pasted twice), every figure after the extra cell stands
    // under the wrong name, and the row is not read (below)
    extraNamed.forEach((path, i) => {
      if (!path) return;
      const groups = addedTotalGroups(path, order);
      const figure = groups ? figureAt(data, cols[i]!) : null;
      if (groups && figure) {
        addedTotals.push({ label: headerLabel(header, cols[i]!), figure, groups });
        return;
      }
      notes.push(unmapped(grid.tableIndex, data.r, mapNote('t4ColNotTemplate', cols[i]! + 1, path.join('/')), cols[i]!));
    });
  } else if (!unique || keys.some((k) => k === null)) {
    if (cols.length === order.length) {
      final = [...order];
    } else {
      notes.push(unreadTable(grid.tableIndex, data.r, mapNote('t4ColumnsUnread', cols.length)));
      return false;
    }
  }
  final.forEach((k, i) => {
    if (!k) return;
    const f: Figure | null = figureAt(data, cols[i]!);
    if (f) cells[k] = f;
  });
  return true;
}

/**
 * A row's label that ends in a total's word: "合计", "合　计", "行政诉讼小计" (a 小计 row under the
 * 行政诉讼 cell spanning the two 诉讼 rows), "行政复议、行政诉讼合计". Such a row is no group's,
 * whatever group it names.
 */
const TOTAL_ROW = /(?:合计|小计|总计)(?:\([^()]*\))?$/;

/**
 * Table 四 on its side: a row per group (行政复议; 行政诉讼 未经复议直接起诉; 行政诉讼 复议后起诉),
 * named down the side, and the five items (结果维持 … 总计) as columns named by the header above.
 * Read only when every row and column the part needs is named exactly once: each group's row holds
 * a figure under each item; a row naming no group is left out, and a 合计 row (TOTAL_ROW) is read
 * apart (readTotalRows). False when the table cannot be read so; nothing is written to `cells` then.
 */
function mapByGroupRows(views: readonly RowView[], order: readonly T4Key[], cells: MappedTable4['cells'], addedTotals: T4AddedTotal[], notes: Finding[]): boolean {
  const groups = new Map<T4Group, RowView>();
  const totalRows: RowView[] = [];
  let firstData = -1;
  for (const v of views) {
    if (v.dataStart < 0 || figureCount(v) === 0) continue;
    if (TOTAL_ROW.test(v.label)) {
      totalRows.push(v);
      continue;
    }
    const group = matchLabel(T4_GROUP_PATTERNS, v.label) as T4Group | null;
    if (!group) continue;
    if (groups.has(group)) return false; // a group named twice: which row is it?
    groups.set(group, v);
    if (firstData < 0) firstData = v.r;
  }
  const wanted = [...new Set(order.map((k) => k.split('.')[0] as T4Group))];
  if (groups.size !== wanted.length || wanted.some((g) => !groups.has(g))) return false;
  const rows = wanted.map((g) => groups.get(g)!);
  const header = views.slice(0, firstData);
  const cols = figureColumns(rows);
  const items = new Map<T4Item, number>();
  /** columns labelled as a total: 总计 is the group's, a 合计 beside it an added one */
  const totals: number[] = [];
  const headerGroups = new Set<string>();
  for (const c of cols) {
    const path = headerPath(header, c);
    // columns under different groups' names are the table the usual way round, not this one (a
    // title row over every column, "政府信息公开行政复议、行政诉讼情况", names one for all)
    const group = matchLabel(T4_GROUP_PATTERNS, path.join('|'));
    if (group) headerGroups.add(group);
    if (headerGroups.size > 1) return false;
    const item = matchLabel(T4_ITEM_PATTERNS, path[path.length - 1] ?? '') as T4Item | null;
    if (!item) continue;
    if (item === 'total') {
      totals.push(c);
      continue;
    }
    if (items.has(item)) return false;
    items.set(item, c);
  }
  const extra = groupTotalColumn(header, totals);
  if (!extra) return false;
  items.set('total', extra.total);
  if (items.size !== T4_ITEMS.length) return false;
  // a row with a figure under no header is longer than the header (a cell pasted twice): every
  // figure after the extra cell would stand under the wrong item
  if (rows.some((row) => figureColumns([row]).some((c) => headerPath(header, c).length === 0))) return false;
  const read: [T4Key, Figure][] = [];
  for (const [g, row] of wanted.map((g, i) => [g, rows[i]!] as const)) {
    for (const item of T4_ITEMS) {
      const key = dottedName(g, item) as T4Key;
      if (!order.includes(key)) continue;
      const f = figureAt(row, items.get(item)!);
      if (!f) return false;
      read.push([key, f]);
    }
  }
  for (const [k, f] of read) cells[k] = f;
  if (extra.added !== null) readAddedColumn(extra.added, header, wanted, rows, views, addedTotals, notes);
  readTotalRows(totalRows, items, extra.added, wanted, rows, addedTotals, notes);
  return true;
}

/**
 * Table 四 on its other side (red team 28, c25): a row per item (结果维持 … 总计) named down the
 * side, a column per group (行政复议; 行政诉讼 over 未经复议直接起诉 and 复议后起诉) named by the
 * header above. Read only when every row with figures names one item, each item once, each
 * column one group, each group once, and every cell holds a figure; else false, nothing written.
 */
function mapByItemRows(views: readonly RowView[], order: readonly T4Key[], cells: MappedTable4['cells']): boolean {
  const rows = new Map<T4Item, RowView>();
  let firstData = -1;
  for (const v of views) {
    if (v.dataStart < 0 || figureCount(v) === 0) continue;
    const item = matchLabel(T4_ITEM_PATTERNS, v.label) as T4Item | null;
    if (!item || rows.has(item)) return false;
    rows.set(item, v);
    if (firstData < 0) firstData = v.r;
  }
  if (rows.size !== T4_ITEMS.length) return false;
  const header = views.slice(0, firstData);
  const byItem = T4_ITEMS.map((i) => rows.get(i)!);
  const columns = new Map<T4Group, number>();
  for (const c of figureColumns(byItem)) {
    const group = matchLabel(T4_GROUP_PATTERNS, headerPath(header, c).join('|')) as T4Group | null;
    if (!group || columns.has(group)) return false;
    columns.set(group, c);
  }
  const wanted = [...new Set(order.map((k) => k.split('.')[0] as T4Group))];
  if (columns.size !== wanted.length || wanted.some((g) => !columns.has(g))) return false;
  const read: [T4Key, Figure][] = [];
  for (const g of wanted) {
    for (const item of T4_ITEMS) {
      const key = dottedName(g, item) as T4Key;
      if (!order.includes(key)) continue;
      const f = figureAt(rows.get(item)!, columns.get(g)!);
      if (!f) return false;
      read.push([key, f]);
    }
  }
  for (const [k, f] of read) cells[k] = f;
  return true;
}

/**
 * 合计 rows of a table on its side: each cell the sum of its item over the groups the row covers
 * (结果维持 of the 合计 row = the groups' 结果维持s; its 总计 = their 总计s), kept for t4.subtotal.
 * Which groups: those its label names (行政诉讼: the two 诉讼 groups; 行政复议 and 行政诉讼: all
 * three), or, named by no group, every group of the table; all of them in rows above it. A row
 * whose groups cannot be told so (under one group, "行政复议合计"; above the rows it would add up;
 * covering a single group) or that holds a figure in no item's column is not read, and said.
 */
function readTotalRows(
  totalRows: readonly RowView[], items: ReadonlyMap<T4Item, number>, addedColumn: number | null,
  wanted: readonly T4Group[], rows: readonly RowView[], addedTotals: T4AddedTotal[], notes: Finding[],
): void {
  const itemColumns = new Set(items.values());
  for (const row of totalRows) {
    const groups = totalRowGroups(row, wanted, rows);
    const stray = figureColumns([row]).some((c) => !itemColumns.has(c) && c !== addedColumn);
    const read = groups && !stray ? T4_ITEMS.map((item) => figureAt(row, items.get(item)!)) : [];
    if (!groups || stray || read.some((f) => !f)) {
      notes.push(unmapped(row.grid.tableIndex, row.r, mapNote('t4RowSumUnknown', row.display)));
      continue;
    }
    T4_ITEMS.forEach((item, i) => addedTotals.push({ label: row.display, figure: read[i]!, groups, item }));
  }
}

/** The groups a 合计 row adds up (readTotalRows), or null when that cannot be told. */
function totalRowGroups(row: RowView, wanted: readonly T4Group[], rows: readonly RowView[]): T4Group[] | null {
  const label = row.label;
  // a 诉讼 group named alone ("复议后起诉小计") is one group: nothing to add up
  if (/直接起诉|未经复议|复议后起诉/.test(label)) return null;
  const review = /行政复议/.test(label);
  const suits = /行政诉讼/.test(label);
  if (review && !suits) return null;
  const groups = suits && !review ? wanted.filter((g) => g !== 'review') : [...wanted];
  if (review && suits && groups.length !== T4_GROUPS.length) return null;
  if (groups.length < 2) return null;
  const above = groups.every((g) => rows[wanted.indexOf(g)]!.r < row.r);
  return above ? groups : null;
}

/**
 * Of the columns of a table on its side labelled as a total, the group's 总计 and an added one:
 * one column is the 总计 whatever its label (合计 alone is the group's total); with two, the one
 * labelled 总计 is, and the other (合计, 小计) is added. Null when that cannot be told.
 */
function groupTotalColumn(header: readonly RowView[], totals: readonly number[]): { total: number; added: number | null } | null {
  if (totals.length === 1) return { total: totals[0]!, added: null };
  if (totals.length !== 2) return null;
  const named = totals.map((c) => /总计/.test(headerLabel(header, c)));
  if (named[0] === named[1]) return null;
  const total = named[0] ? totals[0]! : totals[1]!;
  const added = named[0] ? totals[1]! : totals[0]!;
  return ADDED_TOTAL.test(headerLabel(header, added)) ? { total, added } : null;
}

/** The lowest header label above column c ('' when none). */
function headerLabel(header: readonly RowView[], c: number): string {
  const path = headerPath(header, c);
  return path[path.length - 1] ?? '';
}

/**
 * An added 合计 column of a table on its side: each of its cells adds up the 总计s of the group
 * rows it spans (one cell over all three rows, or one beside 行政复议 and one over the two 诉讼
 * rows). A cell reaching a row of figures that is no group's (a 合计 row) is not read, and said.
 */
function readAddedColumn(
  c: number, header: readonly RowView[], wanted: readonly T4Group[], rows: readonly RowView[],
  views: readonly RowView[], addedTotals: T4AddedTotal[], notes: Finding[],
): void {
  const label = headerLabel(header, c);
  const found: T4AddedTotal[] = [];
  const seen = new Set<unknown>();
  for (const row of rows) {
    const cell = row.slots[c] ?? null;
    if (!cell || seen.has(cell)) continue;
    seen.add(cell);
    const groups = wanted.filter((_, i) => rows[i]!.slots[c] === cell);
    const spansOther = views.some((v) => v.slots[c] === cell && !rows.includes(v) && figureCount(v) > 0);
    const figure = figureAt(views[cell.row] ?? row, c);
    if (spansOther || !figure || !rows.includes(views[cell.row]!)) {
      notes.push(unmapped(row.grid.tableIndex, row.r, mapNote('t4ColSumUnknown', c + 1, label), c));
      return;
    }
    found.push({ label, figure, groups });
  }
  addedTotals.push(...found);
}
