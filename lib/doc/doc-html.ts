/**
 * A report published as a Word 97–2003 file (.doc, also what WPS saves by default), read as the
 * page it would be, as docx-html.ts reads a .docx: paragraphs become <p>, tables <table> with Word's
 * merges as the HTML table model has them, so the same core checks it and every CellRef is a cell
 * of that table as a browser would lay it out.
 *
 * A .doc's table is no tree but paragraphs marked as in a table (word-text.ts): a cell ends with a
 * cell mark (\x07), a row with a row-end mark whose properties (the TAP) define the row's cells by
 * their edges in twips and their merges. Columns are the edges of all the table's rows together
 * (as Word's own grid is), so a cell spans the columns between its edges (colspan); a cell whose
 * TC80 continues a vertical merge is one more row of the cell above (rowspan); horizontally merged
 * cells (fFirstMerged, then fMerged) are one cell. A table in a cell is read as its text.
 */
import { escapeHtml, htmlTable, type CellHtml } from '../docx/xml-node.ts';
import { DocReadError } from './doc-error.ts';
import type { Tap } from './sprm.ts';
import { readWordDocument, type DocParagraph } from './word-text.ts';
import type { CodePageDecode } from './summary-title.ts';

export { DocReadError, type DocFailure } from './doc-error.ts';
export { isCfb } from './cfb.ts';
export type { CodePageDecode } from './summary-title.ts';

/** A row as read: its cells' paragraphs (HTML) and the row's definition, when its end mark had one. */
export interface DocRow {
  cells: string[][];
  tap: Tap | null;
}

/** Edges closer than this (twips; 1/20 pt, ≈0.5 mm here) are one column's edge: rows drawn by hand differ by a few. */
const EDGE_TOLERANCE = 30;

/** The table's column edges: every row's, those within EDGE_TOLERANCE of a smaller one merged into it. */
function columnEdges(rows: readonly DocRow[]): number[] {
  const all = [...new Set(rows.flatMap((r) => r.tap?.edges ?? []))].sort((a, b) => a - b);
  const out: number[] = [];
  for (const e of all) if (out.length === 0 || e - out[out.length - 1]! > EDGE_TOLERANCE) out.push(e);
  return out;
}

/** The column whose edge is nearest `x`. */
function columnAt(edges: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < edges.length; i++) if (Math.abs(edges[i]! - x) < Math.abs(edges[best]! - x)) best = i;
  return best;
}

const cellHtml = (paras: readonly string[]) => paras.map((p) => `<p>${p}</p>\n`).join('');

/** A row's definition when its end mark had none: the row before's if it has as many cells, else one column a cell. */
function rowTaps(rows: readonly DocRow[]): Tap[] {
  const out: Tap[] = [];
  rows.forEach((r, i) => {
    const before = out[i - 1];
    const n = r.cells.length;
    out.push(r.tap ?? (before && before.cells.length === n ? before : { edges: Array.from({ length: n + 1 }, (_, k) => k * 1000), cells: Array.from({ length: n }, () => ({ firstMerged: false, merged: false, vertMerge: false, vertRestart: false })) }));
  });
  return out;
}

/** Rows of a .doc table as an HTML table (see the file comment). */
export function docTableHtml(rows: readonly DocRow[]): string {
  const taps = rowTaps(rows);
  const edges = columnEdges(taps.map((tap, i) => ({ cells: rows[i]!.cells, tap })));
  const out: CellHtml[][] = [];
  /** per column: the cell a vertical merge started there, while it runs */
  const open = new Map<number, CellHtml>();
  rows.forEach((r, ri) => {
    const tap = taps[ri]!;
    const row: CellHtml[] = [];
    let col = 0;
    for (let i = 0; i < r.cells.length; i++) {
      if (i >= tap.cells.length) {
        // more cells than the row defines: each one column after the last
        row.push({ html: cellHtml(r.cells[i]!), colspan: 1, rowspan: 1 });
        col++;
        continue;
      }
      const flags = tap.cells[i]!;
      let paras = r.cells[i]!;
      let last = i;
      // horizontally merged cells (Word 97's way): the first and the merged ones after it are one cell
      if (flags.firstMerged) {
        while (last + 1 < r.cells.length && last + 1 < tap.cells.length && tap.cells[last + 1]!.merged) {
          last++;
          const more = r.cells[last]!.filter((p) => p !== '');
          if (more.length > 0) paras = [...paras.filter((p) => p !== ''), ...more];
        }
      }
      const left = columnAt(edges, tap.edges[i]!);
      const right = Math.max(left + 1, columnAt(edges, tap.edges[last + 1]!));
      if (left > col) {
        // the columns a row skips (it starts right of the table's left edge) as an empty cell, as docx-html.ts does
        row.push({ html: '', colspan: left - col, rowspan: 1 });
        for (let c = col; c < left; c++) open.delete(c);
      }
      const span = right - left;
      const above = open.get(left);
      if (flags.vertMerge && !flags.vertRestart && above && above.colspan === span) {
        above.rowspan++;
      } else {
        const cell: CellHtml = { html: cellHtml(paras), colspan: span, rowspan: 1 };
        row.push(cell);
        for (let c = left; c < right; c++) open.delete(c);
        if (flags.vertMerge) open.set(left, cell);
      }
      col = Math.max(col, right);
      i = last;
    }
    out.push(row);
  });
  return htmlTable(out);
}

/** The document's blocks as HTML: paragraphs outside tables as <p>, each run of table rows as one table. */
export function blocksHtml(paragraphs: readonly DocParagraph[]): string {
  let out = '';
  let rows: DocRow[] = [];
  let cells: string[][] = [];
  let cell: string[] = [];
  const flush = () => {
    if (cell.length > 0 || cells.length > 0) rows.push({ cells: [...cells, ...(cell.length > 0 ? [cell] : [])], tap: null });
    if (rows.length > 0) out += docTableHtml(rows);
    rows = [];
    cells = [];
    cell = [];
  };
  for (const p of paragraphs) {
    const t = p.table;
    if (t.itap === 0) {
      flush();
      out += `<p>${p.html}</p>\n`;
    } else if (t.itap === 1 && p.end === '\x07' && t.ttp) {
      // the row's end mark: its text, if any, is no cell's
      if (cell.length > 0) cells.push(cell);
      rows.push({ cells, tap: t.tap });
      cells = [];
      cell = [];
    } else if (t.itap === 1 && p.end === '\x07') {
      cell.push(p.html);
      cells.push(cell);
      cell = [];
    } else if (t.itap > 1 && t.inner && p.html === '') {
      // a nested table's row end, or an empty cell of it: nothing to read
    } else {
      // a paragraph in a cell (or in a nested table's cell: its text, one paragraph a cell)
      cell.push(p.html);
    }
  }
  flush();
  return out;
}

/** The page around the body, titled as docx/xml-node.ts officePage titles a .docx's: its name when it names a report, else its title property, else its name. */
function page(bodyHtml: string, fileName: string, titleProperty: string): string {
  const named = fileName.replace(/\.[a-z]{3,4}$/i, '').trim();
  const title = /报告|年报/.test(named) ? named : titleProperty || named;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${bodyHtml}</body></html>\n`;
}

/**
 * A Word 97–2003 file's main document as an HTML page (throws DocReadError when the bytes are no
 * such file, or an encrypted, old or damaged one: whatever else a damaged file makes the reading
 * throw is a DocReadError('corrupt') too). fileName: the file's name without its folder; decode: the
 * title property's code page when it is no Unicode one (the batch checker's TextDecoder: GBK).
 */
export function docToHtml(bytes: Uint8Array, fileName: string, decode?: CodePageDecode): string {
  try {
    const doc = readWordDocument(bytes, decode);
    return page(blocksHtml(doc.paragraphs), fileName, doc.title);
  } catch (e) {
    if (e instanceof DocReadError) throw e;
    throw new DocReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
}
