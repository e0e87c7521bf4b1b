/**
 * Table 三 written as one <table> a row (red team 35 c10: a CMS exporting a form row by row, 28
 * one-row tables one after another): stitched into one grid, as the page shows them, one table
 * under the next. Each row lost the spans that crossed rows (三、本年度办理结果 beside the results,
 * a group's name beside its items, 自然人 and 总计 over two header rows), so the rows are as wide
 * as what each kept: a row is set against the table's right edge, where every row of table 三 ends
 * in its figures, and a header row as wide as a cell spanning columns in the row above stands
 * under that cell (the five 法人或其他组织 columns). Only a run of tables of one row each, nothing but
 * space between them, whose first rows name table 三's applicants and whose rows name its rows.
 * Each cell keeps its own place on the page (GridCell.origin), so a finding points at it there.
 */
import type { Grid, GridCell } from './parse-grid.ts';
import { stitchedTable2, table2RunLength } from './row-tables-t2.ts';

/** Fewer one-row tables than table 三's rows of figures (一, 二, 七 results, 四) are no such run. */
const MIN_RUN = 12;
/** Table 二's two blocks at the least (row-tables-t2.ts): a heading, a header and an item each. */
const MIN_T2_RUN = 6;

/**
 * The grids with each run of one-row tables that is table 三 replaced by one grid of them all, and
 * each that is table 二 likewise (row-tables-t2.ts; red team 37 c24).
 */
export function stitchRowTables(tables: readonly Grid[]): Grid[] {
  // most pages have no run of one-row tables at all: the grids as they are, nothing built
  let ones = 0;
  for (const g of tables) if (g.slots.length === 1 || spacerRowsAfter(g)) ones++;
  if (ones < MIN_T2_RUN) return tables as Grid[];
  const grids = tables.map((g) => (spacerRowsAfter(g) ? { ...g, slots: g.slots.slice(0, 1), rowCount: 1 } : g));
  const out: Grid[] = [];
  for (let i = 0; i < grids.length; ) {
    let j = i;
    while (j < grids.length && grids[j]!.slots.length === 1 && (j === i || nextTo(grids[j - 1]!, grids[j]!))) j++;
    const run = grids.slice(i, j);
    // table 二's rows first: its last (行政事业性收费) is no row of table 三 the run after it may start with
    const t2 = run.length >= MIN_T2_RUN ? table2RunLength(run) : 0;
    if (t2 >= MIN_T2_RUN) {
      out.push(stitchedTable2(run.slice(0, t2)));
      i += t2;
      continue;
    }
    const joined = run.length >= MIN_RUN ? stitched(run) : null;
    if (joined) {
      out.push(joined);
      i = j;
    } else {
      out.push(tables[i]!);
      i++;
    }
  }
  return out;
}

/**
 * A table of one row and, after it, rows of nothing but empty cells: Word's spacer row
 * (<![if !supportMisalignedColumns]><tr height=0><td width=…></td>…</tr>, written where a table's
 * columns do not line up). Each of a run's one-row tables ended in one and none was taken for
 * one row: table 二 unread (red team 39 c18).
 */
function spacerRowsAfter(g: Grid): boolean {
  if (g.slots.length < 2 || g.slots.length > 3) return false;
  return g.slots.slice(1).every((line) => line.every((c) => !c || (c.text === '' && c.row > 0)));
}

/**
 * b's table follows a's on the page with nothing between but white space, Word's empty paragraphs
 * (<p><o:p>&nbsp;</o:p></p>) or <br>s (red team 37 c06, c07: each break made the run one-row tables
 * apart, table 三 not found), or a line that says the table goes on (续表, red team 37 c09).
 */
function nextTo(a: Grid, b: Grid): boolean {
  if (b.tableIndex !== a.tableIndex + 1) return false;
  const end = wrapperOf(b.table);
  for (let n = wrapperOf(a.table).nextSibling; n; n = n.nextSibling) {
    if (n === end) return true;
    if (n.nodeType === 3 && /\S/.test(n.textContent ?? '')) return false;
    if (n.nodeType === 1 && !emptyBetween(n as Element)) return false;
  }
  return false;
}

/**
 * The table, or the outermost of up to two elements around it that hold nothing else: a portal's
 * script wraps each table in a <div> of its own to scroll it sideways (red team 39 c20: no table of
 * the run was next to another, table 二 written a row a table unread).
 */
function wrapperOf(table: Element): Node {
  let w: Element = table;
  for (let k = 0; k < 2; k++) {
    const p = w.parentElement;
    if (!p || !WRAPPER.test(p.tagName)) break;
    for (let n = p.firstChild; n; n = n.nextSibling) {
      if (n !== w && (n.nodeType === 1 || /\S/.test(n.textContent ?? '')) && !(n.nodeType === 1 && (n as Element).tagName === 'BR')) return w;
    }
    w = p;
  }
  return w;
}
const WRAPPER = /^(?:DIV|P|CENTER|SECTION|SPAN|FONT)$/i;

/** An element between two row tables that holds nothing (an empty paragraph, a <br>) or says 续表. */
function emptyBetween(el: Element): boolean {
  if (el.querySelector('table, img, input, select, textarea, iframe, object')) return false;
  const text = (el.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, '');
  return text === '' || CONTINUED.test(text);
}
const CONTINUED = /^[（(]?(?:续表|表[三3][（(]?续[）)]?)[)）]?[：:]?$/;

const APPLICANTS = /申请人情况|自然人/;
const T3_ROWS = /予以公开|部分公开|不予公开|无法提供|不予处理|结转下年度/g;

/** The run as one grid, or null when its rows are not table 三's. */
function stitched(run: Grid[]): Grid | null {
  const text = (line: readonly (GridCell | null)[]) => [...new Set(line)].map((c) => c?.key ?? '').join('');
  // a header row repeated after a 续表 line (red team 37 c09) is no row of the table: left out
  const heads = new Set(run.slice(0, 3).map((g) => text(g.slots[0]!)));
  run = run.filter((g, r) => r < 3 || !heads.has(text(g.slots[0]!)) || !isHeader(g.slots[0]!));
  const rows = run.map((g) => edgeOf(g.slots[0]!));
  if (!rows.slice(0, 3).some((line) => APPLICANTS.test(text(line)))) return null;
  const named = new Set(rows.flatMap((line) => text(line).match(T3_ROWS) ?? []));
  if (named.size < 5) return null;
  const width = Math.max(...rows.map((line) => line.length));
  // the first figure column: where most rows of figures start theirs (not a table 四 run on after it)
  const figures = mostOften(rows.map(trailingFigures).filter((n) => n > 0));
  const figuresFrom = width - figures;
  const slots: (GridCell | null)[][] = [];
  rows.forEach((line, r) => {
    const g = run[r]!;
    const above = slots[r - 1];
    const under = above && isHeader(line) ? spanningCell(above, line.length) : null;
    const shift = under ? under.col : Math.min(width - line.length, labelsEnd(line, figuresFrom, figures));
    const own: (GridCell | null)[] = Array.from({ length: width }, () => null);
    const clones = new Map<GridCell, GridCell>();
    line.forEach((cell, c) => {
      if (!cell) return;
      let copy = clones.get(cell);
      if (!copy) clones.set(cell, (copy = { ...cell, row: r, col: cell.col + shift, origin: cell.origin ?? { table: g.tableIndex, row: cell.row, col: cell.col } }));
      own[c + shift] = copy;
    });
    slots.push(own);
  });
  const first = run[0]!;
  return { ...first, slots, width, rowCount: rows.length, truncated: false };
}

/**
 * The row up to its last cell that is no Word placeholder: Word ends some rows in an empty cell of
 * no width (mso-cell-special:placeholder) that the page does not show; set against the right edge
 * with it, the row stood a column left of the others and its figures under the next column's
 * header (red team 37 c08: 6 false errors and a blank-total warning).
 */
function edgeOf(line: readonly (GridCell | null)[]): (GridCell | null)[] {
  let end = line.length;
  while (end > 0 && line[end - 1] && placeholder(line[end - 1]!)) end--;
  return line.slice(0, end);
}
function placeholder(cell: GridCell): boolean {
  return cell.text === '' && /mso-cell-special\s*:\s*placeholder/i.test(cell.el.getAttribute('style') ?? '');
}

/** The value most often in ns (the larger on a tie), 0 for none. */
function mostOften(ns: readonly number[]): number {
  const count = new Map<number, number>();
  for (const n of ns) count.set(n, (count.get(n) ?? 0) + 1);
  let best = 0;
  for (const [n, k] of count) if (k > (count.get(best) ?? 0) || (k === count.get(best) && n > best)) best = n;
  return best;
}

/** How many cells end the row after its last label: its figures, numbers or blanks. */
function trailingFigures(line: readonly (GridCell | null)[]): number {
  let n = 0;
  while (n < line.length && line[line.length - 1 - n] && line[line.length - 1 - n]!.reading.kind !== 'text') n++;
  return n;
}

/**
 * The furthest right a row of figures may stand: its labels left of the first figure column, when
 * fewer cells follow its labels than most rows' figures. Such a row is short at its end, as an HTML
 * table fills a short row (a row of zeros written blank, its last empty cell dropped: red team 37
 * c23); set against the right edge it put its label over 自然人's figures and its blanks a column
 * left. A row with all its figures after fewer labels (a group's name lost with its rowspan) still
 * stands on the edge, as do header rows and rows of no figures.
 */
function labelsEnd(line: readonly (GridCell | null)[], figuresFrom: number, figures: number): number {
  let labels = 0;
  while (labels < line.length && line[labels] && line[labels]!.reading.kind === 'text') labels++;
  const rest = line.length - labels;
  if (labels === 0 || rest === 0 || rest >= figures || isHeader(line)) return Infinity;
  return figuresFrom - labels;
}

/** A row of labels alone (a header row). */
function isHeader(line: readonly (GridCell | null)[]): boolean {
  return line.every((c) => !c || c.reading.kind === 'text');
}

/** The cell of a row spanning exactly `n` columns (n > 1), when there is one such. */
function spanningCell(line: readonly (GridCell | null)[], n: number): GridCell | null {
  if (n < 2) return null;
  const hits = [...new Set(line)].filter((c): c is GridCell => !!c && c.colSpan === n && c.reading.kind === 'text');
  return hits.length === 1 ? hits[0]! : null;
}
