/**
 * Table 四 published as three small tables, one per group, each under its own heading:
 *
 *   （一）行政复议
 *   | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
 *   |    1    |    0    |    2    |    0    |  3  |
 *   （二）行政诉讼——未经复议直接起诉
 *   | 结果维持 | … |
 *   （三）行政诉讼——复议后起诉
 *   | 结果维持 | … |
 *
 * or with the heading inside the small table, as a title row over its five columns. No grid names
 * both 行政复议 and 行政诉讼, so find-tables.ts took none of them for table 四 and a wrong 总计 in
 * them passed as "table not found" (red team 10b, pages 19 and 20).
 *
 * A grid is such a part only when it is exactly that: the five items named once each over five
 * figure columns, one row of figures, and one group named, by the table's own title or label or,
 * failing that, by the line just before it. A heading that names no group, or several ("四、政府
 * 信息公开行政复议、行政诉讼情况"), makes it no part: the page's other small tables (a 统计 table,
 * a 建议提案 table, a 行政复议 tally of the whole agency) are never taken for one.
 * find-tables.ts reads the three only when they come one after the other, in the template's order.
 */
import type { Grid } from '../grid/parse-grid.ts';
import { labelKey } from '../text/normalize.ts';
import { headingBefore } from '../dom/heading-before.ts';
import { figureColumns, figureCount, headerPath, isColumnNumbering, rowView, withoutSpareColumns } from './grid-rows.ts';
import { matchLabel, T4_ITEM_PATTERNS } from './labels.ts';
import type { T4Group, T4Item } from './mapped.ts';

/** A part holds a header, a data row and perhaps a title row or a numbering row: a few rows. */
const MAX_PART_ROWS = 6;

/** The group a small table of table 四 holds, or null when it is no such part (see the header). */
export function t4GroupPart(grid: Grid): T4Group | null {
  const g = withoutSpareColumns(grid);
  // five figure columns, with perhaps a label column before them
  if (g.width < 5 || g.width > 7 || g.slots.length > MAX_PART_ROWS) return null;
  const views = g.slots.map((_, r) => rowView(g, r));
  let data = -1;
  for (let r = 0; r < views.length; r++) {
    const v = views[r]!;
    if (figureCount(v) === 0 || isColumnNumbering(v)) continue;
    if (data >= 0) return null; // two rows of figures: a tally by year or by unit, not one group
    data = r;
  }
  if (data < 0) return null;
  const row = views[data]!;
  // nothing written after the figures' row (a 备注 or a second block)
  for (let r = data + 1; r < views.length; r++) if (views[r]!.label !== '') return null;
  const header = views.slice(0, data).filter((v) => !isColumnNumbering(v));
  const cols = figureColumns([row]);
  if (cols.length !== 5) return null;
  const items = new Set<T4Item>();
  for (const c of cols) {
    const path = headerPath(header, c);
    const item = matchLabel(T4_ITEM_PATTERNS, path[path.length - 1] ?? '') as T4Item | null;
    if (!item || items.has(item)) return null;
    items.add(item);
  }
  // the group: named inside the table (a title row over the columns, the figures' row label) …
  let inside = row.label;
  for (const v of header) inside += `|${v.label}`;
  const own = groupsNamed(inside);
  if (own.length > 1) return null;
  if (own.length === 1) return own[0]!;
  // … or by the line just before it
  const before = groupsNamed(labelKey(headingBefore(g.table)));
  return before.length === 1 ? before[0]! : null;
}

/**
 * The groups a title names. 诉讼 with neither 未经复议/直接起诉 nor 复议后 is both 诉讼 groups at
 * once ("行政诉讼"): no single group. 复议 alone (no 诉讼, no 起诉) is 行政复议.
 */
function groupsNamed(text: string): T4Group[] {
  const out: T4Group[] = [];
  const suits = /诉讼|起诉/.test(text);
  const direct = /未经复议|直接起诉/.test(text);
  const after = /复议后/.test(text);
  if (direct) out.push('suitDirect');
  if (after) out.push('suitAfterReview');
  if (suits && !direct && !after) return [];
  // 行政复议 named besides the suits ("行政复议、行政诉讼情况") is one more group
  const review = suits ? /行政复议(?!后)[、和与及,，]/.test(text) : /复议/.test(text);
  if (review) out.push('review');
  return out;
}
