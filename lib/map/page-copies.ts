/**
 * Copies of the report's tables that a page carries besides the ones it shows (red team 28):
 * a print version or an older version kept in a block styled display:none (`<div id="printArea"
 * style="display:none">`), and a phone layout's copy hidden by a class the core cannot read. A copy
 * is not a second table of the report: read as one, a stale hidden copy's slip was shown as the
 * report's mistake, and a planted mistake was said twice.
 */
import type { Grid } from '../grid/parse-grid.ts';
import { isVisuallyHidden, StyleMemo } from '../dom/hidden.ts';
import { findTables, type TableRoles } from './find-tables.ts';
import type { MappedTable3 } from './mapped.ts';

/** The table, or an element around it up to the page's body, hidden from sight by the page. */
function hiddenByPage(table: Element, styles: StyleMemo): boolean {
  for (let el: Element | null = table; el && el.localName !== 'body' && el.localName !== 'html'; el = el.parentElement) {
    if (isVisuallyHidden(el, styles)) return true;
  }
  return false;
}

/**
 * The tables' roles, the tables the page hides left out where it shows a table of the same kind:
 * a kind the page shows none of (an article hidden whole, a table 四 only in the print copy) is
 * read from the hidden ones, as before.
 */
export function rolesOfShownTables(grids: Grid[]): TableRoles {
  const styles = new StyleMemo();
  const shown = grids.filter((g) => !hiddenByPage(g.table, styles));
  if (shown.length === grids.length) return findTables(grids);
  const all = findTables(grids);
  const roles = findTables(shown);
  if (roles.t3.length === 0 && all.t3.length > 0) {
    roles.t3 = all.t3;
    roles.t3Others = all.t3Others;
    roles.around = all.around;
  }
  if (roles.t2.length === 0) roles.t2 = all.t2;
  if (roles.t4.length === 0) roles.t4 = all.t4;
  return roles;
}

/**
 * Every figure of b is the same as a's, row by row and column by column: b is a copy of a (the
 * phone layout's), not another body's table. Two tables of different bodies (全区 and 本级) differ
 * somewhere, or hold the same figures and would say the same of them.
 */
export function sameTable3(a: MappedTable3, b: MappedTable3): boolean {
  if (a.rows.size !== b.rows.size || a.columns.length !== b.columns.length || a.columns.some((c, i) => b.columns[i] !== c)) return false;
  for (const [key, row] of a.rows) {
    const other = b.rows.get(key);
    if (!other || other.cells.length !== row.cells.length) return false;
    for (let i = 0; i < row.cells.length; i++) {
      const x = row.cells[i], y = other.cells[i];
      if ((x === undefined) !== (y === undefined)) return false;
      if (x && y && (x.value !== y.value || x.blank !== y.blank)) return false;
    }
  }
  return true;
}
