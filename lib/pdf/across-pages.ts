/**
 * A table a page break cut in two, read from its parts (lib/pdf/lattice.ts reads each page's):
 * a row the break cut joined (its part on each page: left open at the break by Chromium's print,
 * closed on both pages by LibreOffice and Word), a group's label cut joined, and the two parts
 * made one table again where the part on the next page continues the part before.
 */
import { clusterPositions, JOIN, type LatticeCell, type LatticeTable } from './lattice.ts';

/** A figure alone (a cell that holds a count): two parts of a broken row cannot both hold one. */
const FIGURE_CELL = /^[\d０-９.,，%％\s-]+$/;

/**
 * A row broken by a page break, its upper part the last row of `a` (on one page) and its lower
 * part the first row of `b` (on the next), joined into `a`: each cell's text is its two parts'
 * (a label wrapped over the break: "（四）无" and "法提供"); a cell of `b` that spans on down keeps
 * the joined text over its remaining rows. Joined only when the two tables have the same columns
 * and every cell of `b`'s first row meets one of `a`'s; never two figures into one. True when joined.
 */
export function joinBrokenRow(a: LatticeTable, b: LatticeTable): boolean {
  if (!a.openBottom || !b.openTop || a.xs.length !== b.xs.length || a.xs.some((x, i) => Math.abs(x - b.xs[i]!) > JOIN)) return false;
  const last = a.rows.length - 1;
  const lower = a.rows.flat().filter((c) => c.row + c.rowSpan - 1 === last);
  const first = b.rows[0] ?? [];
  const pairs = first.map((cb) => [lower.find((ca) => ca.col === cb.col && ca.colSpan === cb.colSpan), cb] as const);
  if (pairs.some(([ca]) => !ca)) return false;
  if (pairs.some(([ca, cb]) => FIGURE_CELL.test(ca!.text) && FIGURE_CELL.test(cb.text) && ca!.text.trim() !== '' && cb.text.trim() !== '')) return false;
  joinPairs(pairs as readonly (readonly [LatticeCell, LatticeCell])[], b);
  return true;
}

/**
 * Each upper cell takes the text of the lower cell under it; `b`'s first row goes, and a cell of it
 * spanning on keeps its rows below, with the joined text.
 */
function joinPairs(pairs: readonly (readonly [LatticeCell, LatticeCell])[], b: LatticeTable): void {
  for (const [ca, cb] of pairs) ca.text += cb.text;
  const rest = b.rows.slice(1);
  for (const [ca, cb] of pairs) {
    if (cb.rowSpan > 1 && rest[0]) rest[0].push({ ...cb, rowSpan: cb.rowSpan - 1, text: ca.text });
  }
  b.rows = rest.map((row, r) => row.map((c) => ({ ...c, row: r })).sort((x, y) => x.col - y.col));
}

/** A row's label opens with its own words ("（四）", "三、", "2."): no line of a row broken before it. */
const OPENS_ROW = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．]|[0-9０-９]+[.．、])/;

/**
 * A row broken by a page break where each page closes its part of the table (LibreOffice, like
 * Word, draws the line under the row's upper part at the page's foot and over its lower part at
 * the next page's head): "社会公" and "益组织", a header's cell, or "1.本机关不掌" and "握相关政府信息".
 * `a` is the last table of its page and reaches its foot, `b` the first of the next and starts at
 * its head (the caller knows: no text below `a` or above `b`). Joined as joinBrokenRow joins, only
 * when the two tables share their outer edges and each cell of `b`'s first row stands exactly
 * under a cell of `a`'s last row (the same left and right borders; a repeated header or a 续表's
 * own first row has other merges), no part of the lower row opens a row of its own ("（五）",
 * "2."), and a figure meets only an empty part (a figure is one line: a row broken across it
 * leaves its other part blank; two whole rows would pair a figure with a label or a figure).
 * True when joined.
 */
export function joinClosedRow(a: LatticeTable, b: LatticeTable): boolean {
  if (a.openBottom || b.openTop || Math.abs(a.left - b.left) > JOIN || Math.abs(a.right - b.right) > JOIN) return false;
  const last = a.rows.length - 1;
  const lower = a.rows.flat().filter((c) => c.row + c.rowSpan - 1 === last);
  const first = b.rows[0] ?? [];
  if (first.length === 0) return false;
  const edge = (t: LatticeTable, c: LatticeCell): [number, number] => [t.xs[c.col]!, t.xs[c.col + c.colSpan]!];
  const pairs = first.map((cb) => {
    const [l, r] = edge(b, cb);
    return [lower.find((ca) => Math.abs(edge(a, ca)[0] - l) <= JOIN && Math.abs(edge(a, ca)[1] - r) <= JOIN), cb] as const;
  });
  if (pairs.some(([ca]) => !ca)) return false;
  for (const [ca, cb] of pairs) {
    const up = ca!.text.trim();
    const down = cb.text.trim();
    if (OPENS_ROW.test(down)) return false;
    if (up !== '' && down !== '' && (FIGURE_CELL.test(up) || FIGURE_CELL.test(down))) return false;
  }
  joinPairs(pairs as readonly (readonly [LatticeCell, LatticeCell])[], b);
  return true;
}

/** A group's label opens with its own words ("（四）", "三、"); its continuation on the next page does not. */
const OPENS_GROUP = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])/;

/**
 * A label cell broken by a page break where each page closes its part of the table (Word draws
 * the border at the break): "（四）无" spanning the last rows of one page, "法提供" the first rows
 * of the next, in the same column. Both parts get the joined text, so that each part's rows name
 * their group. Only a label that opens a group, continued by text that does not, in tables with
 * the same columns.
 */
export function joinBrokenLabel(a: LatticeTable, b: LatticeTable): void {
  if (a.xs.length !== b.xs.length || a.xs.some((x, i) => Math.abs(x - b.xs[i]!) > JOIN)) return;
  const last = a.rows.length - 1;
  for (const cb of b.rows[0] ?? []) {
    if (cb.text === '' || OPENS_GROUP.test(cb.text) || FIGURE_CELL.test(cb.text)) continue;
    const ca = a.rows.flat().find((c) => c.col === cb.col && c.colSpan === cb.colSpan && c.row + c.rowSpan - 1 === last);
    // a group's label: it stands beside its items (cells to its right in the rows it spans)
    if (!ca || !OPENS_GROUP.test(ca.text) || ca.rowSpan < 1 || cb.col + cb.colSpan >= b.xs.length - 1) continue;
    const joined = ca.text + cb.text;
    ca.text = joined;
    cb.text = joined;
  }
}

/**
 * One table broken over a page break, its part on the next page `b` put under its part `a` as
 * one table: the source's table, whose header (often all `a` holds when the break falls right
 * under it) names `b`'s columns. The columns of both parts are laid on one grid (a part may draw
 * borders the other does not: a 续表 page of the 三 block's three label columns under a header of
 * two). A group's label the break cut between two rows ("三、本年" closing `a`, "度办理结果"
 * spanning `b`'s first rows) is one cell again, and so is a cell the break cut whose rest on the
 * next page is blank (a header's 自然人, a block of zeros merged over many rows). The caller merges
 * only what continues: `b` at the head of the page after `a`'s foot, a row joined across the break
 * or continuesAcross.
 */
export function mergeAcross(a: LatticeTable, b: LatticeTable): void {
  const xs = clusterPositions([...a.xs, ...b.xs]);
  const at = (x: number): number => xs.reduce((best, y, i) => (Math.abs(y - x) < Math.abs(xs[best]! - x) ? i : best), 0);
  const regrid = (t: LatticeTable, offset: number): LatticeCell[][] =>
    t.rows.map((row) => row.map((c) => {
      const col = at(t.xs[c.col]!);
      return { ...c, row: c.row + offset, col, colSpan: at(t.xs[c.col + c.colSpan]!) - col };
    }));
  const upper = regrid(a, 0);
  const lower = regrid(b, a.rows.length);
  const last = a.rows.length - 1;
  const ending = upper.flat().filter((c) => c.row + c.rowSpan - 1 === last);
  // a row of labels (a header's): a cell of it under one of `a` is that cell's rest when the two
  // stand between the same borders
  const labels = !hasFigureCell(lower[0]);
  lower[0] = (lower[0] ?? []).filter((cb) => {
    const ca = ending.find((c) => c.col === cb.col && c.colSpan === cb.colSpan);
    const down = cb.text.trim();
    // a cell the break cut (a header's 自然人 over two rows): its rest on the next page is blank,
    // or in a row of labels the rest of its text ("自然" / "人")
    if (ca && ca.text.trim() !== '' && !FIGURE_CELL.test(ca.text) && (down === '' || (labels && !FIGURE_CELL.test(down) && !OPENS_ROW.test(down)))) {
      ca.text += cb.text;
      ca.rowSpan += cb.rowSpan;
      return false;
    }
    // a block of rows merged over one figure (a column of zeros), its rest on the next page blank
    if (ca && down === '' && FIGURE_CELL.test(ca.text) && ca.rowSpan > 1 && cb.rowSpan > 1) {
      ca.rowSpan += cb.rowSpan;
      return false;
    }
    if (!ca || !OPENS_GROUP.test(ca.text) || down === '' || OPENS_ROW.test(down) || FIGURE_CELL.test(down)) return true;
    ca.text += cb.text;
    ca.rowSpan += cb.rowSpan;
    return false;
  });
  a.rows = [...upper, ...lower];
  a.xs = xs;
  a.left = Math.min(a.left, b.left);
  a.right = Math.max(a.right, b.right);
  a.openBottom = b.openBottom;
}

/**
 * `b` (at the head of a page) continues `a` (at the foot of the page before) as one table: the
 * same outer edges, `b` opening with no header of its own (a 续表's header drawn again repeats
 * `a`'s first row), and either `b` opening with a row of figures or `a` a header alone (no row of
 * figures: the break fell in or right under the header, which names `b`'s columns).
 */
export function continuesAcross(a: LatticeTable, b: LatticeTable): boolean {
  if (Math.abs(a.left - b.left) > JOIN || Math.abs(a.right - b.right) > JOIN) return false;
  const first = b.rows[0] ?? [];
  const heads = new Set((a.rows[0] ?? []).map((c) => c.text.trim()));
  const own = first.map((c) => c.text.trim()).filter((t) => t !== '');
  if (own.length > 0 && own.every((t) => heads.has(t))) return false;
  return hasFigureCell(first) || !a.rows.some(hasFigureCell);
}

/** A row holding a figure alone in one of its cells. */
export const hasFigureCell = (row: readonly LatticeCell[] | undefined): boolean => (row ?? []).some((c) => c.text.trim() !== '' && FIGURE_CELL.test(c.text));
