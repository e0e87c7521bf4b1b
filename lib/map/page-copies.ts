/**
 * Copies of the report's tables that a page carries besides the ones it shows (red team 28):
 * a print version or an older version kept in a block styled display:none (`<div id="printArea"
 * style="display:none">`), and a phone layout's copy hidden by a class the core cannot read. A copy
 * is not a second table of the report: read as one, a stale hidden copy's slip was shown as the
 * report's mistake, and a planted mistake was said twice.
 */
import type { Grid } from '../grid/parse-grid.ts';
import { isVisuallyHidden, StyleMemo } from '../dom/hidden.ts';
import { tableYear } from '../dom/table-year.ts';
import { findTables, tablesAround, type TableRoles } from './find-tables.ts';
import { withOwnYearTables } from './year-tables.ts';
import type { MappedTable3 } from './mapped.ts';

/** The table, or an element around it up to the page's body, hidden from sight by the page. */
function hiddenByPage(table: Element, styles: StyleMemo): boolean {
  for (let el: Element | null = table; el && el.localName !== 'body' && el.localName !== 'html'; el = el.parentElement) {
    if (isVisuallyHidden(el, styles)) return true;
  }
  return false;
}

/** A table the page hides, of a kind it shows, not read (rolesOfShownTables): a copy that differs from the shown one. */
export interface HiddenLeft {
  kind: 't2' | 't3' | 't4';
  grids: Grid[];
  /** the year the page labels it with, another than the report's (tabs59): left aside as that year's, shown or not */
  year?: number;
  /** it is shown on the page (a table of another year left aside), not hidden */
  shown?: boolean;
}

/** The text of a table's cells, row by row: two copies of one table read the same. */
const textOf = (grids: readonly Grid[]): string => grids.map((g) => (g.table.textContent ?? '').replace(/\s+/g, '')).join('|');

/**
 * The tables' roles, the tables the page hides left out where it shows a table of the same kind:
 * a kind the page shows none of (an article hidden whole, a table 四 only in the print copy) is
 * read from the hidden ones, as before. `hidden` lists those left out whose text is not that of a
 * shown table of their kind (rt58: a stale print copy, or this year's tables in a hidden tab beside
 * last year's shown — which is the report's the page does not say): not read, but said, and the text
 * is not faulted where it fits one of them (analyze-tables.ts). `year`, the report's (detection): where the
 * page labels its tables 三 by year (rolesOfYear), the one of the report's year is read, hidden or not.
 */
export function rolesOfShownTables(grids: Grid[], year: number | null = null): { roles: TableRoles; hidden: HiddenLeft[] } {
  const styles = new StyleMemo();
  const shown = grids.filter((g) => !hiddenByPage(g.table, styles));
  const all = findTables(grids);
  const byYear = year !== null ? rolesOfYear(all, year, shown) : null;
  if (byYear) return withOwnYearTables(byYear, grids, year!, shown);
  if (shown.length === grids.length) return withOwnYearTables({ roles: all, hidden: [] }, grids, year, shown);
  const roles = findTables(shown);
  const hidden: HiddenLeft[] = [];
  const left = (kind: HiddenLeft['kind'], sets: Grid[][], shownSets: Grid[][]): void => {
    const seen = new Set(shownSets.map(textOf));
    for (const set of sets) if (set.some((g) => !shown.includes(g)) && !seen.has(textOf(set))) hidden.push({ kind, grids: set });
  };
  if (roles.t3.length === 0 && all.t3.length > 0) {
    roles.t3 = all.t3;
    roles.t3Others = all.t3Others;
    roles.around = all.around;
  } else left('t3', [all.t3, ...all.t3Others], [roles.t3, ...roles.t3Others]);
  if (roles.t2.length === 0) roles.t2 = all.t2;
  else left('t2', all.t2.map((g) => [g]), roles.t2.map((g) => [g]));
  if (roles.t4.length === 0) roles.t4 = all.t4;
  else if (all.t4.some((g) => !shown.includes(g)) && textOf(all.t4.filter((g) => !shown.includes(g))) !== textOf(roles.t4)) hidden.push({ kind: 't4', grids: all.t4.filter((g) => !shown.includes(g)) });
  return withOwnYearTables({ roles, hidden }, grids, year, shown);
}

/**
 * The report's table 三 told by its year (tabs59): of the page's tables 三 (shown or hidden, by a
 * style, a class or `hidden`), one labelled with the report's year right before it or on its tab
 * (dom/table-year.ts), every other one labelled with another year. That one is read, hidden or not,
 * with the tables 二 and 四 around it; the others are left aside and said (HiddenLeft.year). A page
 * that shows last year's tab and hides this year's had last year's figures read as the report's.
 * Anything less certain (a set unlabelled, two labelled with the report's year): null, read as before.
 */
function rolesOfYear(all: TableRoles, year: number, shown: readonly Grid[]): { roles: TableRoles; hidden: HiddenLeft[] } | null {
  const sets = [all.t3, ...all.t3Others].filter((s) => s.length > 0);
  if (sets.length < 2) return null;
  const years = sets.map((s) => tableYear(s[0]!.table));
  const own = sets.filter((_, i) => years[i] === year);
  if (own.length !== 1 || years.some((y) => y === null)) return null;
  const k = sets.indexOf(own[0]!);
  const around = tablesAround(all, k);
  const roles: TableRoles = { t2: around.t2, t3: own[0]!, t3Others: [], t4: around.t4, around: all.around };
  const hidden: HiddenLeft[] = sets.flatMap((s, i) => (i === k ? [] : [{ kind: 't3' as const, grids: s, year: years[i]!, shown: s.every((g) => shown.includes(g)) }]));
  return { roles, hidden };
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
