/**
 * Table 二 主动公开政府信息情况: blocks 第二十条第（一）/（五）/（六）/（八）/（九）项, each with a
 * 信息内容 header row naming its columns, then item rows. Blocks may stand in one <table> or one
 * <table> each. Local columns (seed 004's 本年项目数量) are named when known, else reported.
 */
import type { Grid } from '../grid/parse-grid.ts';
import type { Finding } from '../types.ts';
import type { MappedTable2 } from './mapped.ts';
import { figureAt, rowView } from './grid-rows.ts';
import { matchLabel, T2_COLUMN_PATTERNS, T2_ITEM_PATTERNS } from './labels.ts';
import { unmapped } from './notes.ts';
import { dottedName } from './dotted-name.ts';

export function mapTable2(grids: readonly Grid[], notes: Finding[]): MappedTable2 | null {
  if (grids.length === 0) return null;
  const cells = new Map<string, import('../types.ts').Figure>();
  for (const grid of grids) {
    let columns: (string | null)[] = [];
    for (let r = 0; r < grid.slots.length; r++) {
      const v = rowView(grid, r);
      if (v.dataStart < 0) {
        // a header row: "信息内容 | 本年新制作数量 | …" names the columns by position
        if (/信息内容|^内容/.test(v.slots[0]?.key ?? '')) {
          columns = v.slots.map((cell, c) => {
            if (!cell || cell.col !== c || c === 0) return null;
            return matchLabel(T2_COLUMN_PATTERNS, cell.key) ?? `?${cell.key}`;
          });
        }
        continue;
      }
      const item = matchLabel(T2_ITEM_PATTERNS, v.label);
      if (!item) {
        notes.push(unmapped(grid.tableIndex, r, `表二未能识别的行「${v.display}」`));
        continue;
      }
      for (let c = v.dataStart; c < v.slots.length; c++) {
        const f = figureAt(v, c);
        if (!f) continue;
        const col = columnAt(columns, c);
        if (!col || col.startsWith('?')) {
          notes.push(unmapped(grid.tableIndex, r, `表二「${v.display}」一行第${c + 1}列的表头${col ? `「${col.slice(1)}」` : ''}无法识别`, c));
          continue;
        }
        const name = dottedName(item, col);
        if (!cells.has(name)) cells.set(name, f);
      }
    }
  }
  return { tableIndexes: grids.map((g) => g.tableIndex), cells };
}

/** The column name at c, or of the header cell spanning c (a figure under a colspan header). */
function columnAt(columns: readonly (string | null)[], c: number): string | null {
  for (let k = c; k >= 0; k--) {
    const v = columns[k];
    if (v) return v;
    if (v === undefined) return null;
  }
  return null;
}
