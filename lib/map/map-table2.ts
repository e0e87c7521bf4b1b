/**
 * Table 二 主动公开政府信息情况: blocks 第二十条第（一）/（五）/（六）/（八）/（九）项, each with a
 * 信息内容 header row naming its columns, then item rows. Blocks may stand in one <table> or one
 * <table> each. Local columns (seed 004's 本年项目数量) are named when known, else reported.
 * A 合计/总计 row a unit added under a block's items is kept apart with those items
 * (table2-totals.ts), for the t2.block-total rule.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';
import { T2_ROUND_FIGURE } from '../grid/row-tables-t2.ts';
import type { Figure, Finding } from '../types.ts';
import type { MappedTable2, T2TotalRow } from './mapped.ts';
import { figureAt, rowView, withoutSpareColumns } from './grid-rows.ts';
import { matchLabel, T2_COLUMN_PATTERNS, T2_ITEM_PATTERNS } from './labels.ts';
import { unmapped, unreadTable } from './notes.ts';
import { dottedName } from './dotted-name.ts';
import { BlockReader, isT2TotalLabel } from './table2-totals.ts';
import { mapNote } from './note-words.ts';

export function mapTable2(grids: readonly Grid[], notes: Finding[]): MappedTable2 | null {
  if (grids.length === 0) return null;
  const cells = new Map<string, Figure>();
  const totals: T2TotalRow[] = [];
  for (const table of grids) {
    const grid = withoutSpareColumns(table);
    let columns: (string | null)[] = [];
    let headers: (string | null)[] = [];
    const blocks = new BlockReader(grid.tableIndex);
    for (let r = 0; r < grid.slots.length; r++) {
      const v = rowView(grid, r);
      // an item's figure written round ("约1.3万", "1.2万余": red team 36 c16) is no exact figure: never
      // read as one, and said, not passed over; the block's item all the same, so that a 合计 under it
      // is known to add it and is left unchecked for want of its figure (rules/evaluate.ts firstMissing)
      // A row half round ("行政规范性文件 | 4 | 1 | 约60", red team 39 c11) keeps its exact cells: read as
      // ever, the round one left out (its column's 合计 unchecked); tb94 dropped the row's 4 and 1 with it
      const round = roundFigures(v);
      if (round) {
        notes.push(unmapped(grid.tableIndex, r, mapNote('t2RoundFigure', round.label, round.cell.text), round.cell.col));
        if (v.dataStart < 0) {
          // a 合计 written round ("330余", red team 39 c10) closes its block unchecked, said (it passed in silence)
          if (round.item === TOTAL) blocks.endBlock();
          else blocks.item(round.item, new Map());
          continue;
        }
      }
      if (v.dataStart < 0 || blankHeader(v)) {
        // a header row: "信息内容 | 本年新制作数量 | …" names the columns by position; any row
        // without figures (the block's 第二十条第（…）项 heading, the header) ends the block above
        blocks.endBlock();
        // the header's first written cell (an empty column may stand down the table's left side)
        const h = v.slots.findIndex((cell) => !!cell && cell.text !== '');
        if (h >= 0 && /信息内容|^内容/.test(v.slots[h]!.key)) {
          headers = v.slots.map((cell, c) => (cell && cell.col === c && c > h && cell.reading.kind === 'text' ? cell.key : null));
          columns = headers.map((key) => (key === null ? null : (matchLabel(T2_COLUMN_PATTERNS, key) ?? `?${key}`)));
        }
        continue;
      }
      const item = matchLabel(T2_ITEM_PATTERNS, v.label);
      if (!item && isT2TotalLabel(v.label)) {
        const total = blocks.total(v, columns, headers);
        if (total) totals.push(total);
        else notes.push(unmapped(grid.tableIndex, r, mapNote('t2RowSumUnknown', v.display)));
        continue;
      }
      if (!item) {
        notes.push(unmapped(grid.tableIndex, r, mapNote('t2RowUnknown', v.display)));
        // a row the unit added to a block (行政确认, 行政奖励 under 第（五）项): not a figure of
        // the format, but one of the block's items for a 合计 under it (table2-totals.ts)
        const local = LOCAL_ITEM.test(v.label) && !NOT_AN_ITEM.test(v.label) ? rowFigures(v, columns) : null;
        if (local) blocks.localItem(v.display, local);
        else blocks.spoil();
        continue;
      }
      const rowCells = new Map<string, Figure>();
      for (let c = v.dataStart; c < v.slots.length; c++) {
        const f = figureAt(v, c, true);
        if (!f || (round && isRound(v.slots[c]))) continue;
        const col = columnAt(columns, c);
        if (!col || col.startsWith('?')) {
          // a blank under no column (the block's header has fewer columns than the table) holds nothing to read
          if (f.blank && !col) continue;
          notes.push(unmapped(grid.tableIndex, r, mapNote('t2HeaderUnknown', v.display, c + 1, col ? col.slice(1) : ''), c));
          continue;
        }
        rowCells.set(col, f);
        const name = dottedName(item, col);
        if (!cells.has(name)) cells.set(name, f);
      }
      blocks.item(item, rowCells);
    }
  }
  // a table taken for table 二 whose rows gave no figure (red team 37 c24: 第（八）项's header alone in
  // a <table> of its own, its item in the next) was read as an empty table 二 and said nothing: said
  if (cells.size === 0 && totals.length === 0) notes.push(unreadTable(grids[0]!.tableIndex, 0, mapNote('t2NoFigures')));
  return { tableIndexes: grids.map((g) => g.tableIndex), cells, totals };
}

/**
 * A block's header row whose columns the table's other blocks outnumber, written with empty cells
 * where it has no column rather than one cell spanning them ("信息内容 | 本年处理决定数量 | | " under
 * "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数"; hunt32 saw such rows in real excerpts): its
 * empty cells read as blanks, so it looked like an item row with no figures, the block kept the block
 * above's columns and three notes said so. So with the block's 第二十条第（…）项 heading written so.
 */
function blankHeader(v: ReturnType<typeof rowView>): boolean {
  return /^(?:信息内容|内容|第二十条)/.test(v.label) && v.slots.slice(v.dataStart).every((cell) => !cell || cell.reading.kind === 'blank');
}

/** roundFigures' item for a 合计/总计 row (table2-totals.ts) */
const TOTAL = '合计';

/** The row's item (or TOTAL), its label and its first cell written round, when its label is one of the template's items. */
function roundFigures(v: ReturnType<typeof rowView>): { item: string; label: string; cell: GridCell } | null {
  const first = v.slots.find((cell) => !!cell && cell.text !== '');
  const item = first && first.reading.kind === 'text' ? matchLabel(T2_ITEM_PATTERNS, first.key) ?? (isT2TotalLabel(first.key) ? TOTAL : null) : null;
  if (!first || !item) return null;
  const cell = v.slots.find((c) => !!c && c !== first && c.reading.kind === 'text' && T2_ROUND_FIGURE.test(c.key));
  return cell ? { item, label: first.text, cell } : null;
}

/** A cell written round (T2_ROUND_FIGURE): never an exact figure. */
function isRound(cell: GridCell | null | undefined): boolean {
  return !!cell && cell.reading.kind === 'text' && T2_ROUND_FIGURE.test(cell.key);
}

/** A local item's label: a short name of a kind of decision (行政确认, 行政奖励, 行政裁决). */
const LOCAL_ITEM = /^行政[\u4e00-\u9fa5]{2,4}$/;
/** a part of another row, or a note: never an item of its own (其中：…, 含…) */
const NOT_AN_ITEM = /其中|含|包括|注|说明|合计|小计|总计/;

/** A row's figures by column name; null when one stands under no known column. */
function rowFigures(v: ReturnType<typeof rowView>, columns: readonly (string | null)[]): Map<string, Figure> | null {
  const out = new Map<string, Figure>();
  for (let c = v.dataStart; c < v.slots.length; c++) {
    const f = figureAt(v, c, true);
    if (!f) continue;
    const col = columnAt(columns, c);
    if (!col || col.startsWith('?')) return null;
    out.set(col, f);
  }
  return out.size > 0 ? out : null;
}

/** The column name at c, or of the header cell spanning c (a figure under a colspan header). */
function columnAt(columns: readonly (string | null)[], c: number): string | null {
  for (let k = c; k >= 0; k--) {
    const v = columns[k];
    if (v) return v;
    if (v === undefined) return null;
  }
  return null;
}
