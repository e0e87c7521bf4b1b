/**
 * A stored report's figures laid out again as the report's own tables 二, 三 and 四 (the
 * dashboard's detail view). Figure names are `t<table>.<row…>.<column>` (spec/check-json.md
 * "Figure names"): the last part is the column, the parts between the table and the column are
 * the row (`denied.secret` is item 1 of （三）不予公开). Rows and columns come out in the national
 * template's order, by the same order the batch checker's CSV uses (lib/report/figure-order.ts), so
 * that a name the core adds later still finds a stable place.
 */
import { compareFigureNames } from '../report/figure-order.ts';

export type TableId = 't2' | 't3' | 't4';

export interface LayoutRow {
  /** 'new', 'denied', 'denied.secret', 'review', 'regulations' */
  key: string;
  /** 0 for a row of the template, 1 for an item under a group (denied.secret) */
  depth: number;
  /** one per column: a number, null for a blank cell, undefined when the page has no such cell */
  cells: (number | null | undefined)[];
}

export interface TableLayout {
  table: TableId;
  columns: string[];
  rows: LayoutRow[];
}

const TABLES: readonly TableId[] = ['t2', 't3', 't4'];

/** Splits 't3.denied.secret.total' into its table, row and column; null for a name of no table. */
export function splitFigureName(name: string): { table: TableId; row: string; col: string } | null {
  const parts = name.split('.');
  const table = parts[0] as TableId;
  if (parts.length < 3 || !TABLES.includes(table)) return null;
  return { table, row: parts.slice(1, -1).join('.'), col: parts[parts.length - 1]! };
}

/** The tables the figures fill, each with only the rows and columns that hold a figure. */
export function tableLayouts(figures: Readonly<Record<string, number | null>>): TableLayout[] {
  const byTable = new Map<TableId, { rows: Set<string>; cols: Set<string> }>();
  for (const name of Object.keys(figures)) {
    const s = splitFigureName(name);
    if (!s) continue;
    let t = byTable.get(s.table);
    if (!t) byTable.set(s.table, (t = { rows: new Set(), cols: new Set() }));
    t.rows.add(s.row);
    t.cols.add(s.col);
  }
  const out: TableLayout[] = [];
  for (const table of TABLES) {
    const t = byTable.get(table);
    if (!t) continue;
    // order by a representative name: rows share a column, columns share a row
    const anyCol = [...t.cols][0]!;
    const anyRow = [...t.rows][0]!;
    const rows = [...t.rows].sort((a, b) => compareFigureNames(`${table}.${a}.${anyCol}`, `${table}.${b}.${anyCol}`));
    const columns = [...t.cols].sort((a, b) => compareFigureNames(`${table}.${anyRow}.${a}`, `${table}.${anyRow}.${b}`));
    out.push({
      table,
      columns,
      rows: rows.map((key) => ({
        key,
        depth: table === 't3' && key.includes('.') ? 1 : 0,
        cells: columns.map((col) => {
          const name = `${table}.${key}.${col}`;
          return name in figures ? figures[name] : undefined;
        }),
      })),
    });
  }
  return out;
}

/** Figures that belong to no table (a name the core may add later), so the view can still list them. */
export function looseFigures(figures: Readonly<Record<string, number | null>>): [string, number | null][] {
  return Object.entries(figures)
    .filter(([name]) => !splitFigureName(name))
    .sort(([a], [b]) => compareFigureNames(a, b));
}
