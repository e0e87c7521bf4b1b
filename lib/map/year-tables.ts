/**
 * Tables 二 and 四 told by their year, as table 三 is (page-copies.ts rolesOfYear, tabs59): a page
 * with a tab per year shows last year's tables and hides this year's, or lists both years' one after
 * the other under their labels. Chosen by what is shown (or first), tables 二 and 四 were last year's
 * while table 三 was the report's: the key figures, the collection and the text's checks took last
 * year's 二 and 四. Apart from page-copies.ts, which tells the copies the page hides.
 */
import type { Grid } from '../grid/parse-grid.ts';
import type { Finding } from '../types.ts';
import { tableYear } from '../dom/table-year.ts';
import { findTables, type TableRoles } from './find-tables.ts';
import type { HiddenLeft } from './page-copies.ts';
import { mapNote } from './note-words.ts';

/**
 * The roles with tables 二 and 四 of the report's year, where the page says it for certain: the
 * table taken is labelled with another year right before it or on its tab (dom/table-year.ts), and
 * the page's tables of that kind read without every grid labelled with another year are all labelled
 * with the report's, and no other table of that kind is. The one taken before is then left aside and
 * said (HiddenLeft.year); a hidden copy said before that is now read is no longer said. Anything less
 * certain (a label missing, two labelled with the report's year, several tables 三): as before.
 */
export function withOwnYearTables(picked: { roles: TableRoles; hidden: HiddenLeft[] }, grids: readonly Grid[], year: number | null, shown: readonly Grid[]): { roles: TableRoles; hidden: HiddenLeft[] } {
  const { roles } = picked;
  if (year === null || roles.t3Others.length > 0) return picked;
  const years = new Map<Grid, number | null>();
  // which elements hold a table (dom/table-year.ts paneOf asks it of each element a few levels up,
  // a scan of its subtree up to its first table): every element around a grid's table does, so
  // it is told here, not found again by a scan from the top of the article to table 二
  const held = new Map<Element, boolean>();
  for (const g of grids) for (let el = g.table.parentElement; el && !held.has(el); el = el.parentElement) held.set(el, true);
  const yearOf = (g: Grid): number | null => {
    if (!years.has(g)) years.set(g, tableYear(g.table, held));
    return years.get(g)!;
  };
  let hidden = picked.hidden;
  let mine: Grid[] | null = null;
  for (const kind of ['t2', 't4'] as const) {
    const before = roles[kind];
    const other = before.map(yearOf).find((y): y is number => y !== null && y !== year);
    if (other === undefined) continue;
    mine ??= grids.filter((g) => { const y = yearOf(g); return y === null || y === year; });
    const own = findTables(mine)[kind];
    if (own.length === 0 || !own.every((g) => yearOf(g) === year)) continue;
    // a second table of its kind labelled with the report's year: which is the report's is not told
    const rest = findTables(mine.filter((g) => !own.includes(g)))[kind];
    if (rest.some((g) => yearOf(g) === year)) continue;
    roles[kind] = own;
    hidden = hidden.filter((h) => h.kind !== kind || !h.grids.some((g) => own.includes(g)));
    const left = before.filter((g) => !own.includes(g));
    if (left.length > 0) hidden = [...hidden, { kind, grids: left, year: other, shown: left.every((g) => shown.includes(g)) }];
  }
  return { roles, hidden };
}

/** The note on a table 二 or 四 left aside as another year's (withOwnYearTables): note-words.ts otherYearTable. */
export function otherYearTableNote(kind: 't2' | 't4', at: number, y: number, report: number, shown: boolean): Finding {
  const { code, args, message } = mapNote('otherYearTable', at + 1, kind, y, report, shown ? 1 : 0);
  return { rule: 'map.unmapped', severity: 'info', suspect: null, quote: null, cells: [{ table: at, row: 0, col: 0 }], message, note: { code, args } };
}
