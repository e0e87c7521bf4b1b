/**
 * The key figures by their stable names (spec/check-json.md "Figure names"): t3.<row>.<col>,
 * t4.<group>.<item>, t2.<item>.<column>. A result group's figure (t3.denied.<col>) is the sum of
 * its items; items are named too (t3.denied.secret.<col>). null = the cell is blank.
 */
import type { CellRef, Figure } from '../types.ts';
import type { MappedTables } from '../map/mapped.ts';
import { exactSum } from '../text/parse-figure.ts';
import { T3_GROUP_ITEMS } from '../map/labels.ts';
import { dottedName } from '../map/dotted-name.ts';

export interface FigureSet {
  figures: Record<string, number | null>;
  refs: Record<string, CellRef>;
  /** some figure is table 三's or 四's (t3.*, t4.*): what the text-against-tables check needs */
  fromTables: boolean;
}

function put(set: FigureSet, name: string, f: Figure): void {
  set.figures[name] = f.value;
  set.refs[name] = f.ref;
}

export function collectFigures(tables: MappedTables): FigureSet {
  const set: FigureSet = { figures: {}, refs: {}, fromTables: false };
  const { t2, t3, t4 } = tables;
  if (t3) {
    // each group's item rows, in row order
    const itemsOf = new Map<string, string[]>();
    for (const [key, row] of t3.rows) {
      const rowName = dottedName('t3', key);
      for (const col of Object.keys(row.cells) as (keyof typeof row.cells)[]) {
        const f = row.cells[col];
        if (f) {
          put(set, dottedName(rowName, col), f);
          set.fromTables = true;
        }
      }
      const dot = key.indexOf('.');
      if (dot > 0) {
        const group = key.slice(0, dot);
        const items = itemsOf.get(group);
        if (items) items.push(key);
        else itemsOf.set(group, [key]);
      }
    }
    // group figures: the sum of a group's items where the page has no subtotal row of its own
    for (const group of Object.keys(T3_GROUP_ITEMS)) {
      const items = itemsOf.get(group);
      if (!items) continue;
      const groupName = dottedName('t3', group);
      for (const col of t3.columns) {
        const name = dottedName(groupName, col);
        if (name in set.figures) continue;
        const figs = items.map((k) => t3.rows.get(k)!.cells[col]).filter((f): f is Figure => !!f);
        if (figs.length === 0) continue;
        set.figures[name] = figs.every((f) => f.blank) ? null : exactSum(figs.map((f) => ({ value: f.value ?? 0, decimals: f.decimals }))).value;
        set.fromTables = true;
      }
    }
  }
  if (t4) {
    for (const [k, f] of Object.entries(t4.cells)) {
      if (!f) continue;
      put(set, dottedName('t4', k), f);
      set.fromTables = true;
    }
  }
  if (t2) for (const [k, f] of t2.cells) put(set, dottedName('t2', k), f);
  return set;
}
