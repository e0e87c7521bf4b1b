/**
 * The channels of the new applications in a small table of their own right after table 三 (red team
 * 30 c19: "其中，按申请渠道分：" 申请渠道 | 当面申请 | 网上申请 | 信函申请 | 其他 | 合计, then 件数 | 24 | 43 …),
 * read as the channel rows table 三 may hold under 一 (t3-added-rows.ts), their figures in its 总计
 * column alone, and checked as those are (rules/t3-added-instances.ts). Read only where it is certain
 * that they are this year's 一 split by channel: every label a channel of its own class, a 合计 after
 * them equal to table 三's 一 总计, no other year named on it or right before it. Else not read.
 */
import type { Grid } from '../grid/parse-grid.ts';
import type { Figure } from '../types.ts';
import { tableYear } from '../dom/table-year.ts';
import { headingBefore } from '../dom/heading-before.ts';
import { figureAt, rowView, withoutSpareColumns } from './grid-rows.ts';
import { T3_ALL_COLUMNS, t3ColumnIndex, type MappedTable3 } from './mapped.ts';
import { channelOf, type AddedT3Row } from './t3-added-rows.ts';

/** A label, and the figure beside it (or under it). */
interface Pair {
  label: string;
  display: string;
  figure: Figure;
}

/** The table's label–figure pairs: a row of labels over a row of figures, or a label and a figure a row. */
function pairs(grid: Grid): Pair[] | null {
  const g = withoutSpareColumns(grid);
  const views = g.slots.map((_, r) => rowView(g, r));
  // across: two rows, the first all labels (a heading first), the second a label then one figure a column
  if (views.length === 2 && views[0]!.dataStart < 0 && views[1]!.dataStart >= 0) {
    const [top, low] = [views[0]!, views[1]!];
    const out: Pair[] = [];
    for (let c = low.dataStart; c < g.width; c++) {
      const cell = top.slots[c];
      const f = figureAt(low, c);
      if (!cell || cell.col !== c || cell.colSpan !== 1 || !f) return null;
      out.push({ label: cell.key, display: cell.text, figure: f });
    }
    return out;
  }
  // down: a label and one figure a row, under an optional heading row
  const rows = views.filter((v) => v.dataStart >= 0);
  if (rows.length < 2 || views.length - rows.length > 1) return null;
  const out: Pair[] = [];
  for (const v of rows) {
    const f = figureAt(v, v.dataStart);
    if (!f || v.slots.length - v.dataStart !== 1) return null;
    out.push({ label: v.label, display: v.display, figure: f });
  }
  return out;
}

const TOTAL = /^(?:合计|总计|小计|共计)$/;
/** Words naming another period than the report's own year */
const OTHER_PERIOD = /上年|去年|上一年|前一年|同期|同比/;

/**
 * The channel rows the small table holds, under 一 in table 三's columns (figures in 总计 alone), or
 * null where it is not certain they are the report's year's 一 split by channel.
 */
export function channelsTableRows(grid: Grid, t3: MappedTable3, year: number | null): AddedT3Row[] | null {
  const all = pairs(grid);
  if (!all || all.length < 3) return null;
  const last = all[all.length - 1]!;
  if (!TOTAL.test(last.label)) return null;
  const channels = all.slice(0, -1);
  const kinds = channels.map((p) => channelOf(p.label));
  if (kinds.some((k) => k === null) || new Set(kinds).size !== kinds.length) return null;
  const table = grid.table;
  const seen = tableYear(table);
  if ((seen !== null && seen !== year) || OTHER_PERIOD.test(headingBefore(table)) || OTHER_PERIOD.test(table.textContent ?? '')) return null;
  const total = t3ColumnIndex('total');
  const newTotal = t3.rows.get('new')?.cells[total];
  if (!t3.columns.includes('total') || !newTotal || newTotal.blank || last.figure.blank || last.figure.value !== newTotal.value) return null;
  return channels.map((p, i) => {
    const cells: (Figure | undefined)[] = T3_ALL_COLUMNS.map(() => undefined);
    cells[total] = p.figure;
    return { kind: 'channel', channel: kinds[i]!, under: 'new', label: p.display, cells, apart: true };
  });
}
