/**
 * Table 三 收到和处理政府信息公开申请情况, mapped row by row and column by column to named fields
 * (spec/report-format.md "Table 三"). Rows and columns are found by their labels, whatever their
 * position; what cannot be mapped becomes a map.unmapped info, never a guess.
 */
import type { Grid } from '../grid/parse-grid.ts';
import type { Figure, Finding } from '../types.ts';
import type { MappedRow, MappedTable3, T3Column } from './mapped.ts';
import { T3_ALL_COLUMNS, T3_COLUMNS, t3ColumnIndex } from './mapped.ts';
import { figureAt, figureColumns, headerPath, rowView, type RowView } from './grid-rows.ts';
import { matchLabel, matchLabelAt, t3GroupOf, T3_COLUMN_PATTERNS, T3_GROUP_ITEMS, T3_ITEM_MATCH_ORDER, T3_ROW_PATTERNS, type LabelPattern } from './labels.ts';
import { unmapped } from './notes.ts';
import { dottedName } from './dotted-name.ts';

/** The canonical column order of the national template, for headers that lost their spans. */
const CANONICAL = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'] as const;

/** A row's cells before any is read: one slot a column of T3_ALL_COLUMNS (copied, never written). */
const NO_CELLS: (Figure | undefined)[] = T3_ALL_COLUMNS.map(() => undefined);

/** A header row's label: it names the applicant columns, which no data row's label does. */
const APPLICANT_HEADER = /自然人|商业企业|申请人情况/;

export function mapTable3(grids: readonly Grid[], notes: Finding[]): MappedTable3 | null {
  const first = grids[0];
  if (!first) return null;
  const views: RowView[] = [];
  for (const g of grids) for (let r = 0; r < g.slots.length; r++) views.push(rowView(g, r));
  // the first row that is a table-三 data row ends the header
  // (a header row naming the applicant columns is never one, even when an empty header cell
  // spanning its rows makes it look like a row with figures: an Excel export's blank last column)
  const firstData = views.findIndex((v) => v.dataStart >= 0 && !APPLICANT_HEADER.test(v.label) && matchLabel(T3_ROW_PATTERNS, v.label) !== null);
  if (firstData < 0) return null;
  const header = views.slice(0, firstData).filter((v) => v.grid === first);
  const data = views.slice(firstData).filter((v) => v.dataStart >= 0);

  // columns of the first table; a 续表's columns are aligned on the right edge
  const dataFirst = data.filter((v) => v.grid === first);
  // an empty column (no header, nothing in any row: Excel's spare column) is no figure column
  const cols = figureColumns(dataFirst).filter((c) => headerPath(header, c).length > 0 || dataFirst.some((v) => v.slots[c]?.reading.kind === 'number'));
  const colKeys = mapColumns(header, cols, first.tableIndex, notes);
  if (!colKeys) return null;

  const rows = new Map<string, MappedRow>();
  const colIndex = colKeys.map((k) => (k ? t3ColumnIndex(k) : -1));
  // per entry of colKeys: has a mapped row a figure there, and is every such figure blank
  const anyFigure: boolean[] = colKeys.map(() => false);
  const allBlank: boolean[] = colKeys.map(() => true);
  let group: string | null = null;
  for (const v of data) {
    const offset = v.grid === first ? 0 : v.grid.width - first.width;
    const key = rowKey(v.label, group);
    if (!key) {
      // 三、本年度办理结果 on a row of its own with empty cells: the heading of the result rows
      if (RESULTS_HEADING.test(v.label) && onlyBlanks(v)) continue;
      notes.push(unmapped(v.grid.tableIndex, v.r, `表三未能识别的行「${v.display}」，未参与校验`));
      continue;
    }
    // a 合计/总计 a unit added before the results (合计（一+二）, 本年度受理申请合计: the applications
    // to handle, 新收 + 上年结转) is not 三（七）总计, which follows the results (red team 10b, pages
    // 45 and 65: taken for it, the real （七） was dropped as a repeat and both balances failed)
    if (key === 'processed' && isIntakeTotal(v.label, group)) {
      notes.push(unmapped(v.grid.tableIndex, v.r, `表三「${v.display}」一行是单位加的合计（新收与上年结转之和），不是“（七）总计”，未参与校验`));
      continue;
    }
    group = t3GroupOf(key) ?? key;
    if (rows.has(key)) {
      notes.push(unmapped(v.grid.tableIndex, v.r, `表三重复的行「${v.display}」，未参与校验`));
      continue;
    }
    const cells = NO_CELLS.slice();
    for (let i = 0; i < colKeys.length; i++) {
      const k = colIndex[i]!;
      if (k < 0) continue;
      const f = figureAt(v, cols[i]! + offset);
      if (!f) continue;
      cells[k] = f;
      anyFigure[i] = true;
      if (!f.blank) allBlank[i] = false;
    }
    rows.set(key, { key, label: v.display, cells });
  }
  const columns = colKeys.filter((k): k is T3Column => k !== null);
  // a column whose every figure is blank; colKeys' columns are unique (mapColumns), so each
  // entry stands for its column
  const blankColumns = new Set<T3Column>();
  colKeys.forEach((k, i) => {
    if (k && anyFigure[i] && allBlank[i]) blankColumns.add(k);
  });
  return { tableIndexes: grids.map((g) => g.tableIndex), rows, columns, blankColumns };
}

/** A row's field: 'new', 'granted', 'denied.secret', or a group key for a subtotal row. */
export function rowKey(label: string, currentGroup: string | null): string | null {
  const hit = matchLabelAt(T3_ROW_PATTERNS, label);
  if (!hit) {
    // an item row whose group label was not repeated (a 续表 restarting mid-group)
    return currentGroup && GROUPS.has(currentGroup) ? itemKey(currentGroup, label) : null;
  }
  const top = hit.key;
  if (!GROUPS.has(top)) return top;
  // the rest of the label after the group's words (T3_ROW_PATTERNS' keys are unique)
  const m = hit.match;
  const rest = label.slice(m.index + m[0].length);
  if (rest === '' || SUBTOTAL_RESTS.has(rest)) return top;
  return itemKey(top, rest);
}

/**
 * A 合计/总计 row that is not （七）总计: before any result row (after 一 and 二 only), or saying
 * what it adds (一+二, 受理). A label with （七） is always the results' total.
 */
function isIntakeTotal(label: string, group: string | null): boolean {
  if (/\(七\)/.test(label)) return false;
  return group === null || group === 'new' || group === 'carried' || /一\+二|受理/.test(label);
}

/** 三、本年度办理结果: in the template a rowspan label beside the result rows, holding no figure. */
const RESULTS_HEADING = /^(三、)?本年度?办理结果$/;

/** Every cell of the row's data part is blank (or a hole). */
function onlyBlanks(v: RowView): boolean {
  for (let c = v.dataStart; c < v.slots.length; c++) {
    const cell = v.slots[c];
    if (cell && cell.reading.kind !== 'blank') return false;
  }
  return true;
}

/** The result groups, which have items (T3_GROUP_ITEMS). */
const GROUPS = new Set(Object.keys(T3_GROUP_ITEMS));

/** What /^\(?(小计|合计)\)?$/ matches: a group's own row when the words after its name say subtotal. */
const SUBTOTAL_RESTS = new Set(['小计', '合计'].flatMap((w) => [w, `(${w}`, `${w})`, `(${w})`]));

/** Each group's item patterns in the order they are tried (T3_ITEM_MATCH_ORDER, else the template's). */
const ITEMS_IN_MATCH_ORDER: Record<string, LabelPattern<string>[]> = Object.fromEntries(
  Object.entries(T3_GROUP_ITEMS).map(([group, items]) => {
    const order = T3_ITEM_MATCH_ORDER[group];
    return [group, order ? order.map((k) => items.find((p) => p.key === k)!) : items];
  }),
);

function itemKey(group: string, rest: string): string | null {
  const items = T3_GROUP_ITEMS[group]!;
  const hit = matchLabel(ITEMS_IN_MATCH_ORDER[group]!, rest);
  if (hit) return dottedName(group, hit);
  // fall back on the item's number in the template's order ("5.属于…" with a mangled label)
  const n = /^(\d+)[.、．]/.exec(rest);
  if (n) {
    const item = items[Number(n[1]) - 1];
    if (item) return dottedName(group, item.key);
  }
  return null;
}

function mapColumns(header: RowView[], cols: number[], tableIndex: number, notes: Finding[]): (T3Column | null)[] | null {
  if (cols.length === 0) return null;
  const byPosition = cols.map((c) => {
    const path = headerPath(header, c);
    const leaf = path[path.length - 1] ?? '';
    // the group's own name as a column's lowest label (a unit that kept no 法人 sub-columns): that
    // column is the group's subtotal, not its last column "其他组织"
    if (/^法人(?:或|和|及|与)?其他组织(?:\(?(?:小计|合计)\)?)?$/.test(leaf)) return 'orgSubtotal';
    const k = matchLabel(T3_COLUMN_PATTERNS, leaf) as T3Column | null;
    // "其他" alone is 法人或其他组织's last column only when it sits under that group
    if (k === 'otherOrg' && !path.some((p) => /法人/.test(p)) && leaf !== '其他') return null;
    // "合计"/"小计" sums the 法人或其他组织 columns only when it stands under that group; standing
    // on its own after them it is the grand total (local forms head 总计 "合计")
    if (k === 'orgSubtotal' && !path.some((p) => /法人/.test(p))) return 'total';
    return k;
  });
  const found = byPosition.filter((k) => k !== null);
  const unique = new Set(found).size === found.length;
  // a table 三 of one figure column, 总计 (a 乡镇 that kept no applicant columns): its column
  // identities (一+二 = 三（七）+四, the results' total) still hold and are checked
  const totalOnly = cols.length === 1 && byPosition[0] === 'total';
  if (unique && byPosition.includes('total') && (byPosition.includes('natural') || totalOnly)) {
    byPosition.forEach((k, i) => {
      if (!k) notes.push(unmapped(tableIndex, header[0]?.r ?? 0, `表三第${cols[i]! + 1}列表头无法识别，未参与校验`, cols[i]!));
    });
    return byPosition;
  }
  // Header rows that lost their spans: the labels are all there but not above their columns.
  const headerText = header.map((h) => h.label).join('');
  if (cols.length === CANONICAL.length && CANONICAL.every((k) => T3_COLUMN_PATTERNS.find((p) => p.key === k)!.re.test(headerText) || k === 'otherOrg')) {
    return [...CANONICAL];
  }
  notes.push(unmapped(tableIndex, header[0]?.r ?? 0, '表三的列无法按表头识别，表三未参与校验'));
  return null;
}

export { T3_COLUMNS };
