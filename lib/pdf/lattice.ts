/**
 * Tables of a PDF page read from their ruling: the lines a table's borders are drawn with (Word
 * and WPS draw each cell's box or its borders; Chromium's print draws them as thin filled
 * rectangles), the way Tabula's "lattice" mode reads them. Where the borders are, the cells are,
 * merged cells included (a merge is a border left out), so every figure is read in the cell the
 * reader sees it in, however its text is aligned or wrapped: no guess from where figures stand.
 *
 * 1. the ruling's segments, horizontal and vertical (a thin rectangle is a line along its long
 *    side; a cell's box or clip is its four sides), those on one line and touching joined;
 * 2. a table: segments that cross or touch one another, with two rows and two columns at least
 *    (a box around a paragraph or a page's number is none);
 * 3. its grid: every x a vertical stands at and every y a horizontal stands at; two neighbouring
 *    grid cells are one cell where no border stands between them;
 * 4. each run of text goes to the cell its centre falls in.
 */

/** A stretch of a table's border in PDF space (y grows upwards): x1 ≤ x2, y1 ≤ y2, one of them a point. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A run that is a figure alone ("2134", "98,765.43", "61.4%"). */
const BARE_FIGURE = /^[-－−]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[%％]?$/;

/** A run of text as lattice reads it (the page's runs: pdf-html.ts PdfRun). */
interface Run {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A cell of a rebuilt table: its place in the grid, its spans and its text. */
export interface LatticeCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/** A table read from its ruling: its cells row by row (top to bottom), its box, and the runs it holds. */
export interface LatticeTable {
  rows: LatticeCell[][];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** where the columns' borders stand, left to right */
  xs: number[];
  /** its borders run on past its top or bottom line: a row broken by the page's edge (across-pages.ts joins the two parts) */
  openTop: boolean;
  openBottom: boolean;
  runs: Set<number>;
}

export const JOIN = 2; // points: ends this close meet, lines this close are one
const THIN = 2.5; // a rectangle this thin is a line

interface Seg {
  at: number;
  from: number;
  to: number;
}

/** The ruling as horizontal and vertical segments, each line's touching pieces joined. */
function segments(rules: readonly PdfRule[]): { h: Seg[]; v: Seg[] } {
  const h: Seg[] = [];
  const v: Seg[] = [];
  for (const r of rules) {
    const w = r.x2 - r.x1;
    const ht = r.y2 - r.y1;
    if (ht <= THIN && w > THIN) h.push({ at: (r.y1 + r.y2) / 2, from: r.x1, to: r.x2 });
    else if (w <= THIN && ht > THIN) v.push({ at: (r.x1 + r.x2) / 2, from: r.y1, to: r.y2 });
  }
  return { h: joinSegs(h), v: joinSegs(v) };
}

function joinSegs(segs: Seg[]): Seg[] {
  segs.sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Seg[] = [];
  for (const s of segs) {
    const same = out.filter((o) => Math.abs(o.at - s.at) <= JOIN && s.from <= o.to + JOIN && s.to >= o.from - JOIN);
    if (same.length === 0) {
      out.push({ ...s });
      continue;
    }
    const into = same[0]!;
    into.from = Math.min(into.from, s.from, ...same.map((o) => o.from));
    into.to = Math.max(into.to, s.to, ...same.map((o) => o.to));
    for (const o of same.slice(1)) out.splice(out.indexOf(o), 1);
  }
  return out;
}

/** Positions within 3 points of each other as one (their mean; a double border is one), sorted. */
export function clusterPositions(xs: number[]): number[] {
  xs.sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of xs) {
    const last = groups[groups.length - 1];
    if (last && x - last[last.length - 1]! <= 3) last.push(x);
    else groups.push([x]);
  }
  return groups.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

const crosses = (h: Seg, v: Seg): boolean => v.at >= h.from - JOIN && v.at <= h.to + JOIN && h.at >= v.from - JOIN && h.at <= v.to + JOIN;

/**
 * The tables a page's ruling draws, with the runs of text each holds. `runs` are the page's; a
 * run belongs to the cell its centre falls in.
 */
export function latticeTables(rules: readonly PdfRule[], runs: readonly Run[], before: readonly number[] | null = null): LatticeTable[] {
  const { h, v } = segments(rules);
  if (h.length < 2 || v.length < 2) return [];
  // connected groups of segments (union-find over h then v)
  const n = h.length + v.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  h.forEach((hs, i) => v.forEach((vs, j) => {
    if (crosses(hs, vs)) parent[find(i)] = find(h.length + j);
  }));
  const groups = new Map<number, { h: Seg[]; v: Seg[] }>();
  h.forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(s);
    groups.set(find(i), g);
  });
  v.forEach((s, j) => {
    const g = groups.get(find(h.length + j)) ?? { h: [], v: [] };
    g.v.push(s);
    groups.set(find(h.length + j), g);
  });
  const out: LatticeTable[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    let xs = clusterPositions(g.v.map((s) => s.at));
    // a 续表 whose merged block of cells leaves out a border the part before draws (a column of
    // zeros merged over every row on this page): the columns of the part before, when this
    // table's stand among them, edge to edge
    if (before && sameEdges(xs, before) && xs.every((x) => before.some((b) => Math.abs(b - x) <= 3))) xs = [...before];
    const ys = clusterPositions(g.h.map((s) => s.at)).reverse(); // top first
    // two columns at least: a box around a paragraph, a page's number or a text frame is no table
    if (xs.length < 3 || ys.length < 2) continue;
    // a row broken by the page's edge has its sides but no line under (or over) it: its sides'
    // ends stand for the missing line, drawn across (the row is read, its two parts joined later)
    const h2 = [...g.h];
    const low = Math.min(...g.v.map((s) => s.from));
    const high = Math.max(...g.v.map((s) => s.to));
    const openBottom = low < ys[ys.length - 1]! - 3;
    const openTop = high > ys[0]! + 3;
    if (openBottom) {
      ys.push(low);
      h2.push({ at: low, from: xs[0]!, to: xs[xs.length - 1]! });
    }
    if (openTop) {
      ys.unshift(high);
      h2.push({ at: high, from: xs[0]!, to: xs[xs.length - 1]! });
    }
    const table = gridTable(h2, g.v, xs, ys, runs, openTop, openBottom);
    if (table) out.push(withoutSlivers(table));
  }
  return out.sort((a, b) => b.top - a.top);
}

/**
 * An open edge's row that holds no text (a sliver of a row the page break pushed on to the next
 * page: its sides drawn a few points on) is no row: left out, its table closed there.
 */
function withoutSlivers(t: LatticeTable): LatticeTable {
  // the cells that start in the row hold nothing (a cell spanning into it from above is shortened)
  const emptyRow = (r: number): boolean => t.rows[r]!.every((c) => c.text === '');
  let rows = t.rows;
  let { openTop, openBottom } = t;
  if (openBottom && rows.length > 1 && emptyRow(rows.length - 1)) {
    const last = rows.length - 1;
    rows = rows.slice(0, last).map((row) => row.map((c) => (c.row + c.rowSpan - 1 >= last ? { ...c, rowSpan: last - c.row } : c)));
    openBottom = false;
  }
  if (openTop && rows.length > 1 && rows[0]!.every((c) => c.text === '' && c.rowSpan === 1)) {
    rows = rows.slice(1).map((row) => row.map((c) => ({ ...c, row: c.row - 1 })));
    openTop = false;
  }
  return rows === t.rows ? t : { ...t, rows, openTop, openBottom };
}

const sameEdges = (xs: readonly number[], ys: readonly number[]): boolean =>
  Math.abs(xs[0]! - ys[0]!) <= 3 && Math.abs(xs[xs.length - 1]! - ys[ys.length - 1]!) <= 3;

/** A border along x = `x` between y0 and y1 (y0 > y1), or along y = `y` between x0 and x1. */
function hasVertical(v: readonly Seg[], x: number, y0: number, y1: number): boolean {
  const mid = (y0 + y1) / 2;
  return v.some((s) => Math.abs(s.at - x) <= 3 && s.from <= mid && s.to >= mid);
}
function hasHorizontal(h: readonly Seg[], y: number, x0: number, x1: number): boolean {
  const mid = (x0 + x1) / 2;
  return h.some((s) => Math.abs(s.at - y) <= 3 && s.from <= mid && s.to >= mid);
}

function gridTable(h: readonly Seg[], v: readonly Seg[], xs: readonly number[], ys: readonly number[], runs: readonly Run[], openTop: boolean, openBottom: boolean): LatticeTable | null {
  const R = ys.length - 1;
  const C = xs.length - 1;
  // grid cells with no border between them are one cell: union-find over R×C
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !hasVertical(v, xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(r * C + c)] = find(r * C + c + 1);
      if (r + 1 < R && !hasHorizontal(h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(r * C + c)] = find((r + 1) * C + c);
    }
  }
  // each merged cell's extent in the grid
  const extent = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const k = find(r * C + c);
      const e = extent.get(k);
      if (!e) extent.set(k, { r0: r, r1: r, c0: c, c1: c });
      else {
        e.r0 = Math.min(e.r0, r);
        e.r1 = Math.max(e.r1, r);
        e.c0 = Math.min(e.c0, c);
        e.c1 = Math.max(e.c1, c);
      }
    }
  }
  // a merge that is no rectangle (a border broken off midway): the ruling cannot be trusted
  for (const [k, e] of extent) {
    for (let r = e.r0; r <= e.r1; r++) for (let c = e.c0; c <= e.c1; c++) if (find(r * C + c) !== k) return null;
  }
  const top = ys[0]!;
  const bottom = ys[R]!;
  const left = xs[0]!;
  const right = xs[C]!;
  // the runs inside, each to its cell
  const texts = new Map<number, { run: Run; i: number }[]>();
  const taken = new Set<number>();
  runs.forEach((whole, i) => {
    if (whole.str.trim() === '') return;
    const cy = whole.y + whole.h * 0.35;
    if (whole.x + whole.w / 2 < left || whole.x + whole.w / 2 > right || cy > top || cy < bottom) return;
    const r = ys.findIndex((y, j) => j < R && cy <= y && cy >= ys[j + 1]!);
    if (r < 0) return;
    for (const run of acrossBorders(whole, xs)) {
      const cx = run.x + run.w / 2;
      const c = xs.findIndex((x, j) => j < C && cx >= x && cx <= xs[j + 1]!);
      if (c < 0) continue;
      const k = find(r * C + c);
      const list = texts.get(k) ?? [];
      list.push({ run, i });
      texts.set(k, list);
    }
    taken.add(i);
  });
  // a merged cell holding figures in two of its columns, each within its own (Excel's paste, whose
  // figure cells draw no border: "政府集中采购 | 2134 | 98765.43"): cells whose borders went
  // undrawn, not one cell; the ruling cannot be trusted, and no figure of it is read
  for (const [k, e] of extent) {
    if (e.c0 === e.c1) continue;
    const cols = new Set<number>();
    for (const { run } of texts.get(k) ?? []) {
      if (!BARE_FIGURE.test(run.str.trim())) continue;
      const c = xs.findIndex((x, j) => j < C && run.x >= x - 1 && run.x + run.w <= xs[j + 1]! + 1);
      if (c >= 0) cols.add(c);
    }
    if (cols.size >= 2) return null;
  }
  const rows: LatticeCell[][] = Array.from({ length: R }, () => []);
  for (const [k, e] of [...extent].sort((a, b) => a[1].r0 - b[1].r0 || a[1].c0 - b[1].c0)) {
    rows[e.r0]!.push({ row: e.r0, col: e.c0, rowSpan: e.r1 - e.r0 + 1, colSpan: e.c1 - e.c0 + 1, text: cellText(texts.get(k) ?? []) });
  }
  return { rows, top, bottom, left, right, xs: [...xs], openTop, openBottom, runs: taken };
}

/**
 * A run pdf.js made of two cells' texts ("15 274": 其他 15 and 总计 274, a narrow column's figure
 * run on into the next with only a space between): split at its spaces when it crosses a column's
 * border, each word placed where its characters stand (the run's width shared evenly among them).
 */
function acrossBorders(run: Run, xs: readonly number[]): Run[] {
  const crosses = xs.some((x) => x > run.x + 1 && x < run.x + run.w - 1);
  if (!crosses || !/\S\s+\S/.test(run.str)) return [run];
  const chars = [...run.str];
  const each = run.w / chars.length;
  const out: Run[] = [];
  let at = 0;
  for (const word of run.str.split(/(\s+)/)) {
    const n = [...word].length;
    if (word.trim() !== '') out.push({ ...run, str: word, x: run.x + at * each, w: n * each });
    at += n;
  }
  return out;
}

/** A cell's runs as its text: line by line from the top, each line left to right; a space only between Latin letters or digits set apart. */
function cellText(items: readonly { run: Run }[]): string {
  const runs = items.map((x) => x.run).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const r of runs) {
    const line = lines.find((l) => Math.abs(l[0]!.y - r.y) <= Math.max(2, 0.35 * r.h));
    if (line) line.push(r);
    else lines.push([r]);
  }
  let out = '';
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let prev: Run | null = null;
    for (const r of line) {
      const t = r.str.replace(/\s+/g, ' ');
      if (prev && r.x - (prev.x + prev.w) > 0.3 * r.h && /[A-Za-z0-9.]$/.test(out) && /^[A-Za-z0-9]/.test(t.trim())) out += ' ';
      out += t;
      prev = r;
    }
  }
  return out.trim();
}
