/**
 * Table 四 政府信息公开行政复议、行政诉讼情况: 15 figures in one row under a three-level header
 * (spec/report-format.md "Table 四"). Columns are named by their header path; a header that lost
 * its spans falls back on the template's fixed order, which is the same in 2019 and 2021.
 * A narrow page may cut the table in two at its group boundary (find-tables.ts): 行政复议's five
 * figures in one table, 行政诉讼's ten in the next; each half is read the same way.
 */
import type { Grid } from '../grid/parse-grid.ts';
import type { Figure, Finding } from '../types.ts';
import type { MappedTable4, T4Group, T4Item } from './mapped.ts';
import { T4_GROUPS, T4_ITEMS } from './mapped.ts';
import { figureAt, figureColumns, figureCount, headerPath, rowView } from './grid-rows.ts';
import { matchLabel, T4_GROUP_PATTERNS, T4_ITEM_PATTERNS } from './labels.ts';
import { unmapped } from './notes.ts';
import { dottedName } from './dotted-name.ts';

type T4Key = `${T4Group}.${T4Item}`;

/** The template's column order, for a part whose header cannot name its columns. */
const inOrder = (groups: readonly T4Group[]): T4Key[] => groups.flatMap((g) => T4_ITEMS.map((i) => dottedName(g, i) as T4Key));
const WHOLE = inOrder(T4_GROUPS);
const REVIEW_HALF = inOrder(['review']);
const SUIT_HALF = inOrder(['suitDirect', 'suitAfterReview']);

export function mapTable4(grids: readonly Grid[], notes: Finding[]): MappedTable4 | null {
  const first = grids[0];
  if (!first) return null;
  const parts: [Grid, T4Key[]][] = grids.length === 1 ? [[first, WHOLE]] : [[first, REVIEW_HALF], [grids[1]!, SUIT_HALF]];
  const cells: MappedTable4['cells'] = {};
  for (const [grid, order] of parts) {
    if (!mapPart(grid, order, cells, notes)) return null;
  }
  return { tableIndex: first.tableIndex, cells };
}

/** Reads one table holding the columns `order` lists (all fifteen, or one half); false when it cannot. */
function mapPart(grid: Grid, order: readonly T4Key[], cells: MappedTable4['cells'], notes: Finding[]): boolean {
  const views = grid.slots.map((_, r) => rowView(grid, r));
  // the data row: the first row with at least two thirds of the figures (a label cell may stand before them)
  const need = Math.ceil((order.length * 2) / 3);
  const dataIndex = views.findIndex((v) => figureCount(v) >= need);
  if (dataIndex < 0) {
    notes.push(unmapped(grid.tableIndex, 0, '表四没有找到数据行，未参与校验'));
    return false;
  }
  const data = views[dataIndex]!;
  const header = views.slice(0, dataIndex);
  const cols = figureColumns([data]);
  const keys = cols.map((c) => {
    const path = headerPath(header, c);
    const group = matchLabel(T4_GROUP_PATTERNS, path.join('|')) as T4Group | null;
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
  const named = keys.filter((k) => k !== null);
  const unique = new Set(named).size === named.length;
  let final = keys;
  if (!unique || keys.some((k) => k === null)) {
    if (cols.length === order.length) {
      final = [...order];
    } else {
      notes.push(unmapped(grid.tableIndex, data.r, `表四的列无法按表头识别（${cols.length}列），未参与校验`));
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
