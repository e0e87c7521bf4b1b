/**
 * The t2.block-total rule's instances: per 合计 row of table 二 and per column of it, the 合计
 * against the block's item rows above it (map/table2-totals.ts says which rows and when it
 * cannot be told).
 */
import type { Figure } from '../types.ts';
import type { MappedTable2 } from '../map/mapped.ts';
import { T2_MONEY_COLUMNS } from '../map/labels.ts';
import type { RuleDef } from './registry.ts';
import type { Instance, Term } from './instances.ts';
import { T2_COLUMN_NAMES, T2_ITEM_NAMES } from './names.ts';

export function t2TotalInstances(rule: RuleDef, t2: MappedTable2): Instance[] {
  const out: Instance[] = [];
  for (const total of t2.totals) {
    const itemNames = total.items.map((i) => T2_ITEM_NAMES[i.item] ?? i.item);
    for (const column of total.columns) {
      const colName = T2_COLUMN_NAMES[column.col] ?? column.col;
      const rounded = T2_MONEY_COLUMNS.has(column.col);
      const term = (name: string, figure: Figure | null, isTotal: boolean, row?: string): Term => ({
        name, figure, isTotal, rounded, ...(row !== undefined ? { place: { row, col: colName } } : {}),
      });
      const instance: Instance = {
        rule,
        scope: `表二「${itemNames.join('」「')}」的「${total.label}」（${colName}）`,
        table: total.tableIndex,
        lhs: [term(`表二「${total.label}」的${colName}`, column.figure, true, total.label)],
        rhs: total.items.map((i, k) => term(`表二「${itemNames[k]}」的${colName}`, i.cells.get(column.col) ?? null, false, itemNames[k])),
      };
      const unclear = total.unclear ?? column.unclear;
      if (unclear) instance.unclear = unclear;
      if (column.wholeTable) {
        instance.readings = [{
          name: '表中其上所有各行之和',
          terms: column.wholeTable.map((f) => term(`表二第${f.ref.row + 1}行第${f.ref.col + 1}列`, f, false)),
        }];
      }
      out.push(instance);
    }
  }
  return out;
}
