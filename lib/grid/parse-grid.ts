/**
 * A <table> into a grid by the HTML table model (HTML §4.9.12.1 "forming a table"): every cell
 * placed at the first free column of its row, spans expanded, each grid slot pointing back to its
 * <td>. Overlapping spans do not move cells (the later cell is placed past the occupied slot, as
 * browsers do); rowspan=0 runs to the end of the row group; spans are clamped like the DOM clamps
 * them (colspan 1..1000, rowspan 0..65534).
 *
 * What the page hides is left out, as the reader sees the table: a row styled display:none (or
 * visibility:hidden, or with the hidden attribute) keeps its index in table.rows, so that CellRef
 * rows stay the DOM's, but holds no cell, not even the part of a taller cell crossing it; a hidden
 * cell is not placed, and the cells after it take its place, as a browser lays them out. Excel
 * exports hide stale rows and helper columns this way: a hidden "（六）其他处理" row of zeros
 * under visible items summing to 6 read as a failed subtotal.
 */
import type { CellRef, FigureReading } from '../types.ts';
import { collapseSpace, labelKey, normalizePlainText, toHalfWidth, withoutFigureMarks, withoutSpaces } from '../text/normalize.ts';
import { readSpacelessFigure } from '../text/parse-figure.ts';
import { isAriaCell, isCell, isHtmlTable, tableRows } from './table-rows.ts';
import { isVisuallyHidden, showsUnreadFigure, StyleMemo, visibleText } from '../dom/hidden.ts';

/** A cell showing a figure the page's text does not hold (dom/hidden.ts showsUnreadFigure). */
const UNREAD_FIGURE: FigureReading = { kind: 'text' };

export interface GridCell {
  el: Element;
  /** where the cell starts: row in table.rows, column in the expanded grid */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** the text as shown: half-width, whitespace collapsed */
  text: string;
  /** labelKey(text): the form labels are matched in */
  key: string;
  /**
   * the raw text was plain (normalizePlainText): then so are text and key, and the labelKey of
   * cells' texts joined is their keys joined. False sends the mappers back to labelKey.
   */
  plain: boolean;
  reading: FigureReading;
  /**
   * where the cell stands on the page when a mapper placed it in a grid joined from two tables
   * (map/t3-columns-apart.ts): its own table, row and column; absent for a cell read in place
   */
  origin?: CellRef;
}

export interface Grid {
  tableIndex: number;
  table: Element;
  /** slots[r][c]: the cell covering that slot, or null where the table has a hole */
  slots: (GridCell | null)[][];
  width: number;
  /** rows beyond MAX_ROWS were not read */
  truncated: boolean;
  rowCount: number;
}

/** Report tables have under 60 rows; a larger table is read in part and says so. */
export const MAX_ROWS = 2000;
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

function spanAttr(el: Element, name: string, min: number, max: number, dflt: number): number {
  const v = el.getAttribute(name);
  if (v === null) return dflt;
  const n = parseInt(v, 10);
  if (!Number.isFinite(n)) return dflt;
  return Math.min(max, Math.max(min, n));
}

export function cellRef(tableIndex: number, cell: Pick<GridCell, 'row' | 'col'>): CellRef {
  return { table: tableIndex, row: cell.row, col: cell.col };
}

/**
 * rawText: a cell's raw text when the caller already has it (the page walk records every cell's),
 * else undefined and the cell's visible text is read (dom/hidden.ts: a walk of its subtree).
 */
export function parseGrid(table: Element, tableIndex: number, rawText?: (cell: Element) => string | undefined): Grid {
  const entries = tableRows(table);
  // a grid drawn with ARIA roles (<div role=table>): its cells by role, its spans by aria-colspan
  // and aria-rowspan; a <table>, the common case, is read as ever
  const html = isHtmlTable(table);
  const cellTest = html ? isCell : isAriaCell;
  const colspanAttr = html ? 'colspan' : 'aria-colspan';
  const rowspanAttr = html ? 'rowspan' : 'aria-rowspan';
  const truncated = entries.length > MAX_ROWS;
  const rows = truncated ? entries.slice(0, MAX_ROWS) : entries;
  const slots: (GridCell | null)[][] = rows.map(() => []);
  let width = 0;
  // end (exclusive) of each row's group, for rowspan=0 and for clamping spans at the group end
  const groupEnd: number[] = new Array(rows.length);
  for (let r = rows.length - 1; r >= 0; r--) {
    const next = rows[r + 1];
    groupEnd[r] = next && next.group === rows[r]!.group ? groupEnd[r + 1]! : r + 1;
  }
  // rows and cells the page hides (an Excel export's hidden row or column, styled display:none):
  // the reader does not see them, and a stale hidden row must not enter the sums (see header)
  const styles = new StyleMemo();
  let hiddenRows: number[] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const tr = rows[r]!.tr;
    if (tr.hasAttributes() && isVisuallyHidden(tr, styles)) {
      (hiddenRows ??= []).push(r);
      continue;
    }
    const line = slots[r]!;
    let col = 0;
    // the row's td/th children (table-rows.ts rowCells), without building their array
    for (let n = tr.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || !cellTest(n as Element)) continue;
      const el = n as Element;
      // most cells of a plain page carry no attribute at all: no span to look for
      const attrs = el.hasAttributes();
      // a hidden cell has no box: the cells after it move into its place, as a browser lays them out
      if (attrs && isVisuallyHidden(el, styles)) continue;
      while (line[col]) col++;
      const colSpan = attrs ? spanAttr(el, colspanAttr, 1, MAX_COLSPAN, 1) : 1;
      let rowSpan = attrs ? spanAttr(el, rowspanAttr, html ? 0 : 1, MAX_ROWSPAN, 1) : 1;
      const end = groupEnd[r]!;
      if (rowSpan === 0 || r + rowSpan > end) rowSpan = end - r;
      const raw = rawText?.(el) ?? visibleText(el);
      // normalizeText(raw), telling plain text (the common case) from what went through NFKC
      const plainText = normalizePlainText(raw);
      const text = plainText ?? collapseSpace(toHalfWidth(withoutFigureMarks(raw)));
      const spaceless = withoutSpaces(text);
      // a plain text's labelKey is its withoutSpaces (normalize.ts normalizePlainText)
      const key = plainText !== null ? spaceless : labelKey(text);
      let reading = readSpacelessFigure(spaceless);
      // an empty cell that shows a figure as a picture or in a title: unread, never a blank (0)
      if (reading.kind === 'blank' && text === '' && (attrs || el.firstChild) && showsUnreadFigure(el, styles)) reading = UNREAD_FIGURE;
      const cell: GridCell = { el, row: r, col, rowSpan, colSpan, text, key, plain: plainText !== null, reading };
      if (rowSpan === 1 && colSpan === 1) {
        line[col] = cell; // free: the while above stopped there
      } else {
        for (let dr = 0; dr < rowSpan; dr++) {
          const target = slots[r + dr]!;
          for (let dc = 0; dc < colSpan; dc++) if (!target[col + dc]) target[col + dc] = cell;
        }
      }
      col += colSpan;
      if (col > width) width = col;
    }
  }
  // a hidden row shows nothing, not even the part of a taller cell that crosses it
  if (hiddenRows) for (const r of hiddenRows) slots[r] = [];
  for (const line of slots) {
    if (line.length > width) width = line.length;
  }
  for (const line of slots) for (let c = 0; c < width; c++) if (line[c] === undefined) line[c] = null;
  return { tableIndex, table, slots, width, truncated, rowCount: entries.length };
}
