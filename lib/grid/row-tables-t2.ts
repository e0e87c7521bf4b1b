/**
 * Table 二 written as one <table> a row (red team 37 c24: a CMS exporting the whole report's tables row
 * by row, 第二十条第（一）项 in a table of its own, its 信息内容 header in the next, each item in one
 * more). Read one table at a time, no block had its header and its items together: no table was
 * taken for table 二, and the one holding 第（八）项's header alone was, with no item under it —
 * table 二 went unread and nothing said so. A run of such tables, nothing but space between them
 * (row-tables.ts nextTo), that opens on a 第二十条 heading or a 信息内容 header and whose every row is
 * one of table 二's (a heading, a header, an item of the template's, a unit's own 行政确认 or a 合计), is stitched
 * into one grid, each row where its own table puts it (table 二's rows start at their labels on the
 * left, as one table writes them), each cell keeping its own place on the page (GridCell.origin).
 * The run ends at the first row that is none of those (the 三、 heading, table 三's first row).
 */
import type { Grid, GridCell } from './parse-grid.ts';

/** Two blocks at the least: two headings, two headers and two items. */
const MIN_EACH = 2;

const HEADING = /^第二十条/;
const HEADER = /^(?:信息内容|内容)/;
/** The template's items (map/labels.ts T2_ITEM_PATTERNS, which the mapper reads them by) */
const ITEM = /^规章$|^规章[^制]|规范性文件|行政许可|其他对外管理服务|行政处罚|行政强制|行政事业性收费|政府集中采购/;
/** a kind of decision a unit added under a block (行政确认, 行政奖励: map-table2.ts LOCAL_ITEM) */
const LOCAL_ITEM = /^行政[\u4e00-\u9fa5]{2,4}$/;
/** a 合计 or 总计 row a unit added under a block's items (map/table2-totals.ts) */
const TOTAL = /^(?:合计|总计|小计)$/;

/**
 * A figure written round: about (约, 近, 超过, 逾) or more than (余, 多, 以上, +) a number, in digits or
 * in words ("百余件", "数百", "近千": red team 39 c22 — the run was cut at it, 第（八）项 unread with no word). Read as no exact
 * figure (map-table2.ts says it); a row of table 二 all the same, so the run is not cut at it.
 */
export const T2_ROUND_FIGURE = /^(?:约|近|超过|逾|大约)\d[\d,]*(?:\.\d+)?[万亿]?(?:余|多|左右|以上|\+)?[件个条项元]?$|^\d[\d,]*(?:\.\d+)?[万亿]?(?:余|多|左右|以上|\+)[件个条项元]?$|^(?:约|近|超过|逾|大约|上|数|几)[一二两三四五六七八九十]*[十百千万]+(?:余|多|来)?[件个条项元]?$|^[一二两三四五六七八九十]*[十百千万]+(?:余|多|来)[件个条项元]?$/;

type Kind = 'heading' | 'header' | 'item' | 'local';

/** The row's kind as one of table 二's, or null: a row of labels (a heading, a header) or a label and its figures. */
function kindOf(line: readonly (GridCell | null)[]): Kind | null {
  const all = [...new Set(line)].filter((c): c is GridCell => !!c);
  const cells = all.filter((c) => c.text !== '');
  const first = cells[0];
  if (!first || first.reading.kind !== 'text') return null;
  const rest = cells.slice(1);
  // an item's cells may all be empty (规章 with none made, Word's <o:p>&nbsp;: red team 39 c01) — a row
  // of table 二 still, or the run was cut there and the blocks on either side went unread with no word
  const after = all.slice(all.indexOf(first) + 1);
  const figures = after.length > 0 && after.every((c) => c.text === '' || c.reading.kind !== 'text' || T2_ROUND_FIGURE.test(c.key));
  if (HEADING.test(first.key) && rest.length === 0) return 'heading';
  if (HEADER.test(first.key) && rest.length > 0 && rest.every((c) => c.reading.kind === 'text')) return 'header';
  if (ITEM.test(first.key) && figures) return 'item';
  if ((LOCAL_ITEM.test(first.key) || TOTAL.test(first.key)) && figures) return 'local';
  return null;
}

/**
 * How many of the run's first tables are table 二's rows (0 when the run does not open on table 二,
 * or names fewer than two blocks' headings, headers and items): the run is one-row tables, each
 * next to the one before.
 */
export function table2RunLength(run: readonly Grid[]): number {
  const kinds: Kind[] = [];
  for (const g of run) {
    const k = kindOf(g.slots[0]!);
    if (!k) break;
    kinds.push(k);
  }
  if (kinds.length === 0 || (kinds[0] !== 'heading' && kinds[0] !== 'header')) return 0;
  const count = (k: Kind) => kinds.filter((x) => x === k).length;
  if (count('heading') < MIN_EACH || count('header') < MIN_EACH || count('item') < MIN_EACH) return 0;
  return kinds.length;
}

/** The run's rows as one grid, each cell at its own column, keeping its place on the page. */
export function stitchedTable2(run: readonly Grid[]): Grid {
  const width = Math.max(...run.map((g) => g.slots[0]!.length));
  const slots = run.map((g, r) => {
    const own: (GridCell | null)[] = Array.from({ length: width }, () => null);
    const clones = new Map<GridCell, GridCell>();
    g.slots[0]!.forEach((cell, c) => {
      if (!cell) return;
      let copy = clones.get(cell);
      if (!copy) clones.set(cell, (copy = { ...cell, row: r, rowSpan: 1, origin: cell.origin ?? { table: g.tableIndex, row: cell.row, col: cell.col } }));
      own[c] = copy;
    });
    return own;
  });
  return { ...run[0]!, slots, width, rowCount: run.length, truncated: false };
}
