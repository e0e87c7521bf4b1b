/**
 * Tables of a PDF page that draws no borders, rebuilt from where their figures stand (the
 * fallback of lib/pdf/pdf-html.ts; a ruled table is read from its borders: lattice.ts):
 *
 * - a **table** is a block of lines whose figures stand in the same columns (their centres within
 *   a few points), with the lines of labels and headers between and above them; a section heading
 *   ("三、收到和处理政府信息公开申请情况") or a paragraph of prose ends it;
 * - its **columns**: one per place figures stand, then the label columns to their left, one per
 *   place a label starts (一、 / （一） / 1.); a header above the figures is given to the columns
 *   it stands over (stream-header.ts);
 * - its **rows**: one per line of figures; a label that wraps onto the lines above or below it, or
 *   is set apart vertically (a group's label centred on its items: stream-groups.ts), belongs to
 *   the row of figures nearest to it.
 *
 * What cannot be placed is left out of the tables and kept in the text, so that a figure the
 * rebuild cannot vouch for is never read as a cell.
 */
import { htmlTable, type CellHtml } from '../docx/xml-node.ts';
import { cell, groupByLine, headerRows, isTable4, table4Header } from './stream-header.ts';
import { GROUP_START, groupSpans, type GroupLabel } from './stream-groups.ts';
import { columnOf, COLUMN_TOLERANCE, figureColumns, figuresOf, isPageNumber, lineText, PROSE_END, SECTION_HEADING, type Line, type Piece } from './pdf-lines.ts';

/** A table rebuilt: its lines (header and rows), the HTML, and the lines it used. */
export interface Rebuilt {
  from: number;
  to: number;
  lines: Line[];
  cols: number[];
  figureLeft: number;
  /** where labels start, left to right: this table's, joined with those of the tables it continues */
  labelCols: number[];
}

/**
 * Does this line of figures belong with the lines of figures before it? Its figures stand in the
 * block's columns (each figure in one), the block's left edge of figures unchanged.
 */
function sameColumns(cols: readonly number[], l: Line): boolean {
  const figs = figuresOf(l);
  return figs.length > 0 && figs.every((p) => columnOf(cols, p) >= 0);
}

/** A line that ends a table: a section's heading or a line of prose, running into the figures' area. */
function endsTable(l: Line, figureLeft: number): boolean {
  if (figuresOf(l).length > 0) return false;
  const text = lineText(l);
  const last = l.pieces[l.pieces.length - 1]!;
  if (l.pieces.length === 1 && SECTION_HEADING.test(text) && last.end > figureLeft) return true;
  return text.length >= 20 && last.end > figureLeft && (PROSE_END.test(text) || l.pieces.length === 1);
}

/** The tables of one page's lines, each as the index range of lines it covers and its HTML. */
export function findTables(lines: readonly Line[]): Rebuilt[] {
  const out: Rebuilt[] = [];
  let i = 0;
  while (i < lines.length) {
    if (figuresOf(lines[i]!).length === 0 || isPageNumber(lines[i]!)) {
      i++;
      continue;
    }
    // rows of figures from line i down, while their figures keep to the same columns
    const rows = [i];
    let cols = figureColumns([lines[i]!]);
    let j = i + 1;
    let last = i;
    while (j < lines.length) {
      const l = lines[j]!;
      const figs = figuresOf(l);
      if (figs.length > 0) {
        if (isPageNumber(l)) break;
        const grown = figureColumns(rows.map((r) => lines[r]!).concat(l));
        // a line of figures in other columns starts another table (table 二 then table 三)
        if (!sameColumns(cols, l) && grown.length > Math.max(cols.length, figs.length)) break;
        rows.push(j);
        cols = grown;
        last = j;
      } else if (endsTable(l, Math.min(...rows.flatMap((r) => figuresOf(lines[r]!).map((p) => p.x)))) || j - last > 4) {
        break;
      }
      j++;
    }
    const figureLeft = Math.min(...rows.flatMap((r) => figuresOf(lines[r]!).map((p) => p.x)));
    // the header: lines above the first row of figures, up to a heading, a paragraph or a wide gap
    let from = i;
    while (from > 0 && i - from < 8) {
      const above = lines[from - 1]!;
      const gap = above.y - lines[from]!.y;
      // a header's cells may be tall (table 四's three levels over one row): a gap of seven lines at most
      if (endsTable(above, figureLeft) || gap > 7 * above.h || (out.length > 0 && from - 1 < out[out.length - 1]!.to) || figuresOf(above).length > 0) break;
      from--;
    }
    // a group's label broken below the last row of figures ("（四）无" under its item): label lines just below
    let to = last + 1;
    while (to < lines.length && to - last <= 3 && lines[to - 1]!.y - lines[to]!.y <= 2 * lines[to]!.h && lines[to]!.pieces.every((p) => !p.figure && p.end <= figureLeft + 1)) to++;
    // a table has three figures at least, in two rows or in one row of three (table 四 is one row)
    const count = rows.reduce((n, r) => n + figuresOf(lines[r]!).length, 0);
    if (count < 3) {
      i = last + 1;
      continue;
    }
    const part = lines.slice(from, to);
    out.push({ from, to, lines: part, cols, figureLeft, labelCols: labelStarts(part, figureLeft) });
    i = to;
  }
  return out;
}

/**
 * A table's HTML from its lines: figure columns at `cols`, label columns left of `figureLeft`.
 * Rows: each line of figures; every other piece goes to the row of figures nearest it (labels)
 * or, above the first row, to the header (spanning the columns it stands over).
 */
/** The lines' label pieces (left of the figures, at or below the first row of figures), a line's pieces a short gap apart merged. */
function labelPiecesOf(lines: readonly Line[], figureLeft: number): Piece[] {
  const firstY = lines.find((l) => figuresOf(l).length > 0)!.y;
  const out: Piece[] = [];
  for (const l of lines) {
    if (l.y > firstY + 0.5 * l.h) continue;
    let last: Piece | null = null;
    for (const p of l.pieces) {
      if (p.figure || p.end > figureLeft + 1) continue;
      // a label's text spread by justification ("只计这一情 形，不"): one label
      if (last && p.x - last.end < 1.2 * l.h) {
        last.text += p.text;
        last.end = p.end;
        continue;
      }
      last = { ...p };
      out.push(last);
    }
  }
  return out;
}

/** Where label pieces start, left to right (starts within 4 points merged). */
function labelStarts(lines: readonly Line[], figureLeft: number): number[] {
  // a label starts a column on its row's own line, or where a group's label opens (（三）…, a
  // vertical 三、…); the second line of a wrapped label ("已获取信息", indented under "5.") does not
  const rowYs = lines.filter((l) => figuresOf(l).length > 0).map((l) => l.y);
  const opening = (p: Piece): boolean => rowYs.some((y) => Math.abs(y - p.y) <= Math.max(2, 0.35 * p.h)) || GROUP_START.test(p.text);
  const starts = [...new Set(labelPiecesOf(lines, figureLeft).filter(opening).map((p) => Math.round(p.x)))].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of starts) if (out.length === 0 || x - out[out.length - 1]! > 4) out.push(x);
  return out;
}

/** Two tables whose figures stand in the same columns: one table over a page break (a 续表). */
function sameFigureColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= COLUMN_TOLERANCE);
}

/** Label columns of tables that continue one another joined, so that each part has the same columns. */
export function joinLabelColumns(tables: readonly Rebuilt[]): void {
  for (let i = 1; i < tables.length; i++) {
    const prev = tables[i - 1]!;
    const cur = tables[i]!;
    if (!sameFigureColumns(prev.cols, cur.cols)) continue;
    const all = [...prev.labelCols, ...cur.labelCols].sort((a, b) => a - b);
    const joined: number[] = [];
    for (const x of all) if (joined.length === 0 || x - joined[joined.length - 1]! > 4) joined.push(x);
    // back to the first part of the run: every part gets the joined columns
    for (let j = i; j >= 0 && (j === i || sameFigureColumns(tables[j]!.cols, cur.cols)); j--) tables[j]!.labelCols = joined;
  }
}

/** A table rebuilt into cells, before its HTML: header rows, rows of labels and figures, rows of text across the figures. */
export interface Built {
  table: Rebuilt;
  header: CellHtml[][];
  rows: { y: number; labels: string[]; figures: string[] }[];
  spans: number[][];
  groups: GroupLabel[];
  textRows: { y: number; cells: CellHtml[] }[];
}

/**
 * A table's cells: figure columns at `cols`, label columns at `labelCols`, left of `figureLeft`.
 * Rows: each line of figures; every other piece goes to the row of figures nearest it (labels)
 * or, above the first row, to the header (spanning the columns it stands over).
 */
export function buildTable(table: Rebuilt): Built {
  const { lines, cols, figureLeft, labelCols } = table;
  const rowLines = lines.filter((l) => figuresOf(l).length > 0);
  const firstY = rowLines[0]!.y;
  // a line below the first row with no figure and text across the figures' columns (table 二's
  // 第二十条第（五）项, its 信息内容 · 本年处理决定数量 line): a row of text of its own, labels and all
  const textLine = (l: Line): boolean => l.y <= firstY + 0.5 * l.h && figuresOf(l).length === 0 && l.pieces.some((p) => p.end > figureLeft + 1);
  const labelPieces = labelPiecesOf(lines.filter((l) => !textLine(l)), figureLeft);
  const headerPieces: Piece[] = [];
  for (const l of lines) {
    for (const p of l.pieces) {
      if (l.y > firstY + 0.5 * l.h || textLine(l)) headerPieces.push(p);
      else if (!p.figure && p.end > figureLeft + 1) headerPieces.push(p);
    }
  }
  const labelCol = (p: Piece): number => {
    let c = 0;
    labelCols.forEach((x, k) => {
      if (p.x >= x - 4) c = k;
    });
    return c;
  };
  const nLabel = Math.max(labelCols.length, 1);
  const width = nLabel + cols.length;
  // rows: label texts per label column, figures per figure column
  const rows = rowLines.map((l) => ({ y: l.y, labels: new Array<string>(nLabel).fill(''), figures: new Array<string>(cols.length).fill('') }));
  rowLines.forEach((l, i) => {
    const row = rows[i]!;
    for (const p of figuresOf(l)) {
      const c = columnOf(cols, p);
      if (c >= 0) row.figures[c] = row.figures[c] ? `${row.figures[c]} ${p.text}` : p.text;
    }
  });
  // a label to the row nearest it, top to bottom (a wrapped label's lines in order)
  labelPieces.sort((a, b) => b.y - a.y || a.x - b.x);
  for (const p of labelPieces) {
    let best = rows[0]!;
    for (const r of rows) if (Math.abs(r.y - p.y) < Math.abs(best.y - p.y)) best = r;
    best.labels[labelCol(p)] += p.text;
  }
  const { spans, groups } = groupSpans(rows.map((r) => r.labels));
  // a row's heading across the figures, below the header (table 二's 第二十条第（五）项, its 信息内容 line): a row of its own
  const inRows = headerPieces.filter((p) => p.y <= firstY + 0.5 * p.h);
  const above = headerPieces.filter((p) => p.y > firstY + 0.5 * p.h);
  const header = rowLines.length === 1 && isTable4(above, rowLines[0]!, cols) ? table4Header(nLabel) : headerRows(above, cols, labelCols, nLabel, width);
  const textRows = groupByLine(inRows).flatMap((ps) => headerRows(ps, cols, labelCols, nLabel, width).slice(0, 1).map((cells) => ({ y: ps[0]!.y, cells })));
  return { table, header, rows, spans, groups, textRows };
}

/**
 * A group's label broken by a page break ("（四）无" at the foot of one page, "法提供" at the top of
 * the next, over the 续表's first items): the first group of a table that continues the one before
 * and does not open with a group's words is the last group of that one, its text joined in both.
 */
export function joinBrokenGroups(before: Built, after: Built): void {
  if (!sameFigureColumns(before.table.cols, after.table.cols)) return;
  for (const g of after.groups) {
    if (g.starts || g.top !== 0) continue;
    const last = before.groups.filter((b) => b.k === g.k).sort((a, b) => b.bottom - a.bottom)[0];
    if (!last || last.bottom !== before.rows.length - 1 || !last.starts) continue;
    const text = last.text + g.text;
    before.rows[last.top]!.labels[last.k] = text;
    after.rows[g.top]!.labels[g.k] = text;
  }
}

export function tableHtml(b: Built): string {
  const all: { y: number; cells: CellHtml[] }[] = [
    ...b.rows.map((r, i) => ({
      y: r.y,
      cells: [
        ...r.labels.flatMap((t, k) => (b.spans[i]![k] === 0 ? [] : [{ ...cell(t), rowspan: b.spans[i]![k]! }])),
        ...r.figures.map((t) => cell(t)),
      ],
    })),
    ...b.textRows,
  ].sort((x, y) => y.y - x.y);
  return htmlTable([...b.header, ...all.map((r) => r.cells)]);
}

