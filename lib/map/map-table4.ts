/**
 * Table 四 政府信息公开行政复议、行政诉讼情况: 15 figures in one row under a three-level header
 * (spec/report-format.md "Table 四"). Columns are named by their header path; a header that lost
 * its spans falls back on the template's fixed order, which is the same in 2019 and 2021.
 */
import type { Grid } from '../grid/parse-grid.ts';
import type { Figure, Finding } from '../types.ts';
import type { MappedTable4, T4Group, T4Item } from './mapped.ts';
import { T4_GROUPS, T4_ITEMS } from './mapped.ts';
import { figureAt, figureColumns, figureCount, headerPath, rowView } from './grid-rows.ts';
import { matchLabel, T4_GROUP_PATTERNS, T4_ITEM_PATTERNS } from './labels.ts';
import { unmapped } from './notes.ts';
import { dottedName } from './dotted-name.ts';

export function mapTable4(grid: Grid, notes: Finding[]): MappedTable4 | null {
  const views = grid.slots.map((_, r) => rowView(grid, r));
  // the data row: the first row with at least ten figures (a label cell may stand before them)
  const dataIndex = views.findIndex((v) => figureCount(v) >= 10);
  if (dataIndex < 0) {
    notes.push(unmapped(grid.tableIndex, 0, '表四没有找到数据行，未参与校验'));
    return null;
  }
  const data = views[dataIndex]!;
  const header = views.slice(0, dataIndex);
  const cols = figureColumns([data]);
  const keys = cols.map((c) => {
    const path = headerPath(header, c);
    const group = matchLabel(T4_GROUP_PATTERNS, path.join('|')) as T4Group | null;
    const item = matchLabel(T4_ITEM_PATTERNS, path[path.length - 1] ?? '') as T4Item | null;
    return group && item ? (dottedName(group, item) as `${T4Group}.${T4Item}`) : null;
  });
  const named = keys.filter((k) => k !== null);
  const unique = new Set(named).size === named.length;
  let final = keys;
  if (!unique || keys.some((k) => k === null)) {
    if (cols.length === 15) {
      final = T4_GROUPS.flatMap((g) => T4_ITEMS.map((i) => dottedName(g, i) as `${T4Group}.${T4Item}`));
    } else {
      notes.push(unmapped(grid.tableIndex, data.r, `表四的列无法按表头识别（${cols.length}列），未参与校验`));
      return null;
    }
  }
  const cells: MappedTable4['cells'] = {};
  final.forEach((k, i) => {
    if (!k) return;
    const f: Figure | null = figureAt(data, cols[i]!);
    if (f) cells[k] = f;
  });
  return { tableIndex: grid.tableIndex, cells };
}
