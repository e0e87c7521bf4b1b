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
import { listRef, refWords, type Ref } from './note-refs.ts';

export function t2TotalInstances(rule: RuleDef, t2: MappedTable2): Instance[] {
  const out: Instance[] = [];
  for (const total of t2.totals) {
    const itemNames = total.items.map((i) => T2_ITEM_NAMES[i.item] ?? i.item);
    for (const column of total.columns) {
      const colName = T2_COLUMN_NAMES[column.col] ?? column.col;
      const rounded = T2_MONEY_COLUMNS.has(column.col);
      const term = (ref: Ref, figure: Figure | null, isTotal: boolean, row?: string): Term => ({
        name: refWords(ref), figure, isTotal, rounded, ref, ...(row !== undefined ? { place: { row, col: colName } } : {}),
      });
      const where = listRef('t2block', [total.label, column.col], total.items.map((i) => i.item));
      const instance: Instance = {
        rule,
        where,
        scope: refWords(where),
        table: total.tableIndex,
        lhs: [term(['t2total', total.label, column.col], column.figure, true, total.label)],
        rhs: total.items.map((i, k) => term(['t2item', i.item, column.col], i.cells.get(column.col) ?? null, false, itemNames[k])),
      };
      const unclear = total.unclear ?? column.unclear;
      if (unclear) instance.unclear = unclear;
      if (column.wholeTable) {
        instance.readings = [{
          name: '表中其上所有各行之和',
          terms: column.wholeTable.map((f) => term(['t2at', f.ref.row + 1, f.ref.col + 1], f, false)),
        }];
      }
      out.push(instance);
    }
  }
  return out;
}
