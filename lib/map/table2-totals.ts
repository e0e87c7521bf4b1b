/**
 * Table 二's 合计 rows. The format has none; some units add one under a block's items
 * (第二十条第（一）项: a 合计 of 规章 and 规范性文件 per column; 第（六）项: 行政处罚 + 行政强制). A 合计
 * is checked against the item rows of its own block, above it: only when every row of the block
 * was read, the items all belong to one 第二十条 item (counts with counts), and, in a money column,
 * every cell that names a unit names the same one (元 with 元, 万元 with 万元). Anything else is
 * said as not checked, never guessed: a parser mistake must not read as the report's.
 */
import type { Figure } from '../types.ts';
import type { T2ItemRow, T2TotalColumn, T2TotalRow } from './mapped.ts';
import type { RowView } from './grid-rows.ts';
import { figureAt } from './grid-rows.ts';
import { T2_MONEY_COLUMNS } from './labels.ts';

/** "合计", "总计", "小计", "共计", "合 计", "合计（件）", "合计：" as labelKey reads them. */
const TOTAL_LABEL = /^(?:合计|总计|小计|共计)(?:\([^()]*\))?[:：]?$/;

export function isT2TotalLabel(key: string): boolean {
  return TOTAL_LABEL.test(key);
}

/**
 * The 第二十条 item each table 二 row belongs to: a block that mixes two (a compact table with
 * one header over 行政许可, 行政处罚 and 行政强制) gives a 合计 whose parts are not one whole.
 */
const ARTICLE_ITEM: Readonly<Record<string, string>> = {
  regulations: '一', normativeDocs: '一',
  license: '五', otherServices: '五',
  penalty: '六', enforcement: '六',
  fees: '八',
  procurement: '九',
};

/** The money unit a cell or header names: 元, 万元, 亿元, or '' when it names none. */
function moneyUnit(text: string): string {
  const m = /(亿元|万元|元)/.exec(text);
  return m ? m[1]! : '';
}

/** Reads one grid of table 二 row by row, keeping the current block's item rows. */
export class BlockReader {
  private items: T2ItemRow[] = [];
  /** item rows above, by grid column, earlier blocks included */
  private byColumn = new Map<number, Figure[]>();
  private blocks = 0;
  private spoiled = false;

  constructor(private readonly tableIndex: number) {}

  /** A row without figures (a heading, a header): the block above is over. */
  endBlock(): void {
    if (this.items.length > 0 || this.spoiled) this.blocks++;
    this.items = [];
    this.spoiled = false;
  }

  /** A row of the block that could not be read: a 合计 under it cannot be checked. */
  spoil(): void {
    this.spoiled = true;
  }

  /**
   * A row the format does not name, added by the unit to the block (行政确认 under 第（五）项):
   * one of the items a 合计 under it adds up, named by its label. It counts only beside an item
   * of the format: the block's 第二十条 item is told by those.
   */
  localItem(label: string, cells: Map<string, Figure>): void {
    this.item(label, cells);
  }

  item(item: string, cells: Map<string, Figure>): void {
    this.items.push({ item, cells });
    for (const f of cells.values()) {
      let list = this.byColumn.get(f.ref.col);
      if (!list) this.byColumn.set(f.ref.col, (list = []));
      list.push(f);
    }
  }

  /**
   * The 合计 row v, read against the block above it; null when what it adds up cannot be told
   * at all (no readable block above it, a row of the block unread, items of two 第二十条 items).
   */
  total(v: RowView, columns: readonly (string | null)[], headers: readonly (string | null)[]): T2TotalRow | null {
    const items = this.items;
    // local items (no 第二十条 item of their own) count with the format's items beside them
    const articles = new Set(items.map((i) => ARTICLE_ITEM[i.item]).filter((a) => a !== undefined));
    const readable = items.length > 0 && !this.spoiled && articles.size === 1;
    const earlierBlocks = this.blocks > 0;
    this.endBlock();
    if (!readable) return null;
    const out: T2TotalColumn[] = [];
    for (let c = v.dataStart; c < v.slots.length; c++) {
      const figure = figureAt(v, c, true);
      if (!figure) continue;
      const at = columnIndexAt(columns, c);
      const col = at < 0 ? null : columns[at]!;
      if (!col || col.startsWith('?')) continue;
      out.push({
        col, c, figure,
        unclear: T2_MONEY_COLUMNS.has(col) ? mixedUnits(figure, items, col, headers[at] ?? '') : null,
        wholeTable: earlierBlocks ? [...(this.byColumn.get(c) ?? [])] : null,
      });
    }
    if (out.length === 0) return null;
    return {
      label: v.display, tableIndex: this.tableIndex, row: v.r, items, columns: out,
      unclear: items.length < 2 ? `「${v.display}」之上只有一行，无法判断它合计的是什么` : null,
    };
  }
}

/** Why a money column's 合计 cannot be summed: its cells name different units. */
function mixedUnits(total: Figure, items: readonly T2ItemRow[], col: string, header: string): string | null {
  const units = new Set<string>();
  const headerUnit = moneyUnit(header);
  if (headerUnit) units.add(headerUnit);
  let unnamed = false;
  for (const f of [total, ...items.map((i) => i.cells.get(col))]) {
    if (!f || f.value === null) continue;
    const u = moneyUnit(f.raw);
    if (u) units.add(u);
    else unnamed = true;
  }
  if (units.size > 1) return `金额的单位不一（${[...units].join('、')}），无法相加`;
  // "120万元" beside a bare "3500", with no unit in the header: the bare one may be in 元
  if (!headerUnit && units.size === 1 && unnamed) return '部分金额未写单位，无法确定能否相加';
  return null;
}

/** The index of the header at c, or of the header cell spanning c; -1 when none. */
function columnIndexAt(columns: readonly (string | null)[], c: number): number {
  for (let k = c; k >= 0; k--) {
    const v = columns[k];
    if (v) return k;
    if (v === undefined) return -1;
  }
  return -1;
}
