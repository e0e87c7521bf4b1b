/** What the mapping stage hands to the rules: named figures, each tied to its cell. */
import type { Figure, Finding } from '../types.ts';
import type { AddedT3Row } from './t3-added-rows.ts';

/** Table 三's columns (spec/check-json.md "Figure names"), plus the optional added subtotal. */
export const T3_COLUMNS = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'] as const;
/**
 * …plus 'orgSubtotal', a 小计 a unit added, and 'otherApplicant': a 其他 column outside 法人或其他组织
 * beside that group's own 其他 (red team 35 c17), applicants of no kind the template names, counted in 总计.
 */
export type T3Column = (typeof T3_COLUMNS)[number] | 'orgSubtotal' | 'otherApplicant';
/** The five 法人或其他组织 columns that a 小计 column sums. */
export const T3_ORG_COLUMNS = ['commercial', 'research', 'social', 'legal', 'otherOrg'] as const;
/** The six applicant columns that 总计 sums (spec identity 3). */
export const T3_APPLICANT_COLUMNS = ['natural', ...T3_ORG_COLUMNS] as const;

/**
 * Table 三's rows. Result items carry their group: 'denied.secret' is （三）不予公开 1.属于国家秘密.
 * A group's own key ('denied') names a subtotal row a unit added, or in the 2019 form the
 * single （六）其他处理 row ('other').
 */
export type T3Row = string;

/**
 * Every column table 三 can have, in one fixed order: a row's cells are indexed by it. An array
 * by a fixed index, where a record keyed by column name made every read and write of a cell a
 * keyed access on objects of many shapes (~1,000 a report, in the mapper, the rules and the
 * figures).
 */
export const T3_ALL_COLUMNS: readonly T3Column[] = [...T3_COLUMNS, 'orgSubtotal', 'otherApplicant'];
const T3_COLUMN_INDEX = new Map<string, number>(T3_ALL_COLUMNS.map((c, i) => [c, i]));

/** The column's index in T3_ALL_COLUMNS (and in MappedRow.cells), or -1 for a name it does not hold. */
export function t3ColumnIndex(col: string): number {
  return T3_COLUMN_INDEX.get(col) ?? -1;
}

export interface MappedRow {
  key: T3Row;
  /** the label as the page shows it */
  label: string;
  /** the row's figures by t3ColumnIndex; undefined where the row has none in that column */
  cells: (Figure | undefined)[];
}

export interface MappedTable3 {
  tableIndexes: number[];
  rows: Map<T3Row, MappedRow>;
  columns: T3Column[];
  /** a column whose every mapped figure is blank (a unit that left 法人 columns empty) */
  blankColumns: Set<T3Column>;
  /**
   * the table stands on its side on the page: the applicants as rows, the template's rows as
   * columns (map-table3.ts mapTransposed). The mapping is the same; messages name a page row a row.
   */
  transposed?: true;
  /**
   * rows a unit added that an identity still reaches (t3-added-rows.ts): the channels under 一, a
   * 申请数量合计 of 一 and 二; absent when there are none
   */
  added?: AddedT3Row[];
  /**
   * the form's own applicant columns, fewer than the template's five 法人 ones (t3-columns.ts
   * ownApplicantColumns: 企业 | 社会组织 | 其他): each row's 总计 adds up over those it has
   */
  ownApplicants?: true;
  /**
   * a figure column not told that may be one of the applicants 总计 adds up (t3-columns.ts
   * untoldSummand): each row's 总计 cannot be checked, and is said so
   */
  untoldColumn?: true;
}

export const T4_GROUPS = ['review', 'suitDirect', 'suitAfterReview'] as const;
export const T4_ITEMS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type T4Group = (typeof T4_GROUPS)[number];
export type T4Item = (typeof T4_ITEMS)[number];

export interface MappedTable4 {
  tableIndex: number;
  cells: Partial<Record<`${T4Group}.${T4Item}`, Figure>>;
  /**
   * 合计 cells a unit added beside the groups (a sixteenth column; on a table drawn on its side, a
   * 合计 column beside 总计, one cell spanning the group rows it adds up, or a 合计 row under the
   * group rows, a cell per item): each the sum of the 总计s (of a row's cell: of its item) of the
   * groups its label and position say it covers (t4.subtotal).
   */
  addedTotals: T4AddedTotal[];
}

export interface T4AddedTotal {
  /** the header's label as the page shows it: 合计 */
  label: string;
  figure: Figure;
  groups: T4Group[];
  /**
   * On a 合计 row of a table drawn on its side, the item column the cell stands in: it adds up
   * that item of the groups (结果维持 of each). Absent for a 合计 column, which adds up 总计s.
   */
  item?: T4Item;
}

export interface MappedTable2 {
  tableIndexes: number[];
  /** by `<item>.<column>`, e.g. 'license.decisions' */
  cells: Map<string, Figure>;
  /** 合计/总计 rows a unit added under a block's items (map/table2-totals.ts) */
  totals: T2TotalRow[];
}

/** An item row of table 二, as a 合计 row under it reads it. */
export interface T2ItemRow {
  item: string;
  /** figures by column name ('newMade') */
  cells: Map<string, Figure>;
}

/** One column of a table 二 合计 row. */
export interface T2TotalColumn {
  /** the column's name ('newMade', 'feeAmount') */
  col: string;
  /** its column in the grid */
  c: number;
  figure: Figure;
  /** why its sum cannot be told (the items' cells in different units), or null */
  unclear: string | null;
  /**
   * Every figure in the same grid column of the item rows above it in its table, earlier blocks
   * included: what a 合计 at a table's foot adds up when it sums all the table (not a sum the
   * format knows, so never called wrong). Null when there are no earlier blocks.
   */
  wholeTable: Figure[] | null;
}

/**
 * A 合计/总计 row under a block of table 二 (第二十条第（一）项: 规章 + 规范性文件, say): per column it
 * should equal the sum of the block's item rows above it.
 */
export interface T2TotalRow {
  /** the label as the page shows it */
  label: string;
  tableIndex: number;
  row: number;
  items: T2ItemRow[];
  columns: T2TotalColumn[];
  /** why no column of it can be checked (one item only: what it adds up cannot be told), or null */
  unclear: string | null;
}

export interface MappedTables {
  t2: MappedTable2 | null;
  t3: MappedTable3 | null;
  t4: MappedTable4 | null;
  /** map.unmapped and grid.truncated infos */
  notes: Finding[];
}
