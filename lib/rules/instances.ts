/**
 * Expands each declared rule over what the page has: one instance per column, row or group.
 * An instance is "Σ lhs = Σ rhs" over terms, each term a figure (or missing, when the page has
 * no readable cell for it).
 */
import type { Figure } from '../types.ts';
import type { MappedRow, MappedTables, MappedTable3, MappedTable4 } from '../map/mapped.ts';
import { T3_APPLICANT_COLUMNS, T3_ORG_COLUMNS, T4_GROUPS, t3ColumnIndex } from '../map/mapped.ts';
import { RULES, type RuleDef } from './registry.ts';
import { T4_GROUP_NAMES, T4_ITEM_NAMES, t3CellName, t3CellPlace, t3CellRef, t3RowCellNames, t3RowCellPlaces, type CellPlace } from './names.ts';
import { t2TotalInstances } from './table2-total-instances.ts';
import { t3AddedInstances, t3AddedRowTotals } from './t3-added-instances.ts';
import { listRef, refWords, type Ref } from './note-refs.ts';
import { T3_GROUP_ITEMS, t3GroupOf } from '../map/labels.ts';

export interface Term {
  /** what the term is, in Chinese: "「（一）予以公开」自然人" */
  name: string;
  figure: Figure | null;
  /** a total or subtotal cell: blank there means "missing", not 0 */
  isTotal: boolean;
  /** the column of table 三 the figure sits in, to recognise all-blank columns */
  column?: string;
  /** a figure printed rounded (money: 12.35 stands for [12.345, 12.355)); a count is exact */
  rounded?: boolean;
  /**
   * the labels of the cell's row and column in the format, as messages name them (row
   * "（一）予以公开", column "总计"): blank totals on one line are said together
   * (blank-total-groups.ts). Shared, never changed.
   */
  place?: CellPlace;
  /** the cell as a finding's note names it (note-refs.ts): its row's and column's keys, or the page's label */
  ref?: Ref;
}

export interface Instance {
  rule: RuleDef;
  /** "自然人一列", "「一、本年新收」一行", "行政复议": the words of `where` */
  scope: string;
  /** the scope as a finding's note names it (note-refs.ts) */
  where: Ref;
  lhs: Term[];
  rhs: Term[];
  /** table index for the per-table blanks note */
  table: number;
  /** why the instance cannot be checked at all (a 合计 whose parts cannot be told), if so */
  unclear?: string;
  /**
   * Other readings of the right-hand side a careful reader would accept (a table 二 合计 at a
   * table's foot may add up every block): when one holds, a failing instance cannot be checked.
   */
  readings?: { name: string; terms: Term[] }[];
  /**
   * the right-hand side may name only some of the left's parts (a 其中 list that may leave some
   * out): a left larger than it is no mistake, and is skipped with this reason
   */
  partialParts?: string;
}

/** Why a row of a table 三 without a 总计 column is not checked (a skip's reason). */
const NO_TOTAL_TO_CHECK = '表三没有“总计”列，该行各类申请人之和无从核对';
const UNTOLD_COLUMN = '表三有一列表头无法识别（可能是一类申请人），该行各类申请人之和无从核对';

const TOTAL_ROWS = new Set(['processed', 'denied', 'unable', 'notProcessed', 'other']);
const TOTAL_COLUMNS = new Set(['total', 'orgSubtotal']);

/*
 * What does not depend on the page is built once, here: the scopes' Chinese names by column,
 * each item row's group, table 四's figure keys and term names. ~400 terms a report are named,
 * and each used to cost a few Map lookups and a new string.
 */
/**
 * A scope of the format's own names (no page label in it), its words built once (scopes of table 三's
 * rows and columns): a tree keyed on the kind, then on each key in turn (the format's row and column
 * keys, and 0/1), so that a scope met again is found without a key string built for it.
 */
interface ScopeNode {
  next: Map<string | number, ScopeNode>;
  scope?: { where: Ref; scope: string };
}
const formatScopes: ScopeNode = { next: new Map() };

function scopeStep(node: ScopeNode, key: string | number): ScopeNode {
  let next = node.next.get(key);
  if (next === undefined) node.next.set(key, (next = { next: new Map() }));
  return next;
}

function formatScope(kind: string, ...keys: (string | number)[]): { where: Ref; scope: string } {
  let node = scopeStep(formatScopes, kind);
  for (const k of keys) node = scopeStep(node, k);
  if (node.scope === undefined) {
    const where: Ref = [kind, ...keys];
    node.scope = { where, scope: refWords(where) };
  }
  return node.scope;
}

/** A scope with the page's labels in it, worded each time. */
export const pageScope = (where: Ref): { where: Ref; scope: string } => ({ where, scope: refWords(where) });

/** Table 四's terms by group and item: the cell's key, the term's name and its place. */
interface T4Shape {
  key: string;
  name: string;
  place: CellPlace;
  ref: Ref;
}

function t4TermShape(g: string, item: string): T4Shape {
  const place = { row: T4_GROUP_NAMES[g] ?? g, col: T4_ITEM_NAMES[item] ?? item };
  return { key: `${g}.${item}`, name: `${place.row}「${place.col}」`, place, ref: ['t4cell', g, item] };
}
const T4_TERM_SHAPES = new Map<string, Map<string, T4Shape>>();

function t4Shape(g: string, item: string): T4Shape {
  let byItem = T4_TERM_SHAPES.get(g);
  if (!byItem) T4_TERM_SHAPES.set(g, (byItem = new Map()));
  let shape = byItem.get(item);
  if (!shape) byItem.set(item, (shape = t4TermShape(g, item)));
  return shape;
}

/** Result groups whose items the page lists (a group key 'denied' then names their subtotal). */
function groupsWithItems(t3: MappedTable3): Set<string> {
  const out = new Set<string>();
  for (const k of t3.rows.keys()) {
    const group = t3GroupOf(k);
    if (group !== null) out.add(group);
  }
  return out;
}

/** A row of table 三 as its terms read it, resolved once per rule rather than once per term. */
interface TermRow {
  /** the row's cell names, places and figures, all by t3ColumnIndex */
  names: readonly string[];
  places: readonly CellPlace[];
  cells: MappedRow['cells'] | undefined;
  row: string;
  /** a group's subtotal row, or （七）总计: blank there means "missing" */
  isTotal: boolean;
  /**
   * its terms by column index, as t3Term made them: a cell stands in a column's, its row's and its
   * group's identities, and one Term serves them all (terms are never changed)
   */
  terms: Term[];
}

function termRow(t3: MappedTable3, withItems: ReadonlySet<string>, row: string): TermRow {
  const isGroupSubtotal = TOTAL_ROWS.has(row) && row !== 'processed' ? withItems.has(row) : row === 'processed';
  return { names: t3RowCellNames(row), places: t3RowCellPlaces(row), cells: t3.rows.get(row)?.cells, row, isTotal: isGroupSubtotal, terms: [] };
}

/** A table 三 column as its terms read it: its index in the rows' cells, and whether it is a total. */
interface TermColumn {
  col: string;
  index: number;
  isTotal: boolean;
}

function termColumn(col: string): TermColumn {
  return { col, index: t3ColumnIndex(col), isTotal: TOTAL_COLUMNS.has(col) };
}

function t3Term(r: TermRow, c: TermColumn): Term {
  if (c.index < 0) return newT3Term(r, c);
  return (r.terms[c.index] ??= newT3Term(r, c));
}

function newT3Term(r: TermRow, c: TermColumn): Term {
  return {
    name: c.index >= 0 ? r.names[c.index]! : t3CellName(r.row, c.col),
    figure: (c.index >= 0 ? r.cells?.[c.index] : undefined) ?? null,
    isTotal: r.isTotal || c.isTotal,
    column: c.col,
    place: c.index >= 0 ? r.places[c.index]! : t3CellPlace(r.row, c.col),
    ref: t3CellRef(r.row, c.col),
  };
}

/**
 * A row's total cell written "—" (or 无, /) where every other cell of the row is blank or 0, as
 * in "1.属于国家秘密 | — | — | … | —" (red team 11 page 50): the row says it has none, and its
 * total is 0 as an addend of its column (（七）总计 = Σ results), not a missing 合计 that leaves
 * the column unchecked. An empty total cell still reads as missing; a group's subtotal row and
 * the row's own total check are unchanged.
 */
function noneMarkedTotal(r: TermRow, c: TermColumn, t: Term): Term {
  if (!c.isTotal || r.isTotal || !t.figure?.blank || t.figure.raw.trim() === '' || !r.cells) return t;
  for (const cell of r.cells) if (cell && !cell.blank && cell.value !== 0) return t;
  return { ...t, isTotal: false };
}

/** 'other.*' is the page's form of （六）: three items (2021) or the single row (2019). */
function expandRows(names: readonly string[], otherItems: readonly string[]): string[] {
  if (!names.includes('other.*')) return names as string[];
  const out: string[] = [];
  for (const n of names) {
    if (n !== 'other.*') out.push(n);
    else if (otherItems.length > 0) out.push(...otherItems);
    else out.push('other');
  }
  return out;
}

/** The page's rows of a group, in row order: 'other' → ['other.overdueCorrection', …]. */
function itemRows(t3: MappedTable3, group: string): string[] {
  const out: string[] = [];
  for (const k of t3.rows.keys()) if (t3GroupOf(k) === group && k !== group) out.push(k);
  return out;
}

/** 自然人 and the 法人或其他组织 subtotal, with none of the group's five columns: nothing to add up inside the group. */
function onlyOrgSubtotal(columns: readonly string[]): boolean {
  return columns.includes('natural') && columns.includes('orgSubtotal') && !T3_ORG_COLUMNS.some((c) => columns.includes(c));
}

/**
 * Table 四's added 合计s: each = Σ 总计 of the groups it covers. The unit may have added up the
 * groups' items instead (the same when every group total holds): that reading is accepted too, so
 * a wrong group 总计 is said once, by t4.group-total, not again here. A cell of a 合计 row (a table
 * on its side) under an item other than 总计 = Σ that item of the groups.
 */
function t4AddedTotalInstances(rule: RuleDef, t4: MappedTable4): Instance[] {
  return t4.addedTotals.map((added) => {
    const term = (g: string, item: string): Term => {
      const shape = t4Shape(g, item);
      return { name: shape.name, figure: t4.cells[shape.key as keyof typeof t4.cells] ?? null, isTotal: item === 'total', place: shape.place, ref: shape.ref };
    };
    const item = added.item ?? 'total';
    // a 合计 column's cell is named by its label; a 合计 row's by its label and the item's column
    const cell = added.item ? `表四「${added.label}」一行「${T4_ITEM_NAMES[item]}」` : `表四「${added.label}」`;
    return {
      rule,
      ...pageScope(listRef('t4added', [added.label, added.item ? item : ''], added.groups)),
      table: t4.tableIndex,
      lhs: [{ name: cell, figure: added.figure, isTotal: true, ref: ['t4addedCell', added.label, added.item ? item : ''], ...(added.item ? { place: { row: added.label, col: T4_ITEM_NAMES[item] ?? item } } : {}) }],
      rhs: added.groups.map((g) => term(g, item)),
      ...(item === 'total'
        ? { readings: [{ name: '各组结果维持、结果纠正、其他结果、尚未审结之和', terms: added.groups.flatMap((g) => T4_PARTS.map((i) => term(g, i))) }] }
        : {}),
    };
  });
}
const T4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

export function buildInstances(tables: MappedTables): Instance[] {
  const out: Instance[] = [];
  const { t3, t4 } = tables;
  const withItems = t3 ? groupsWithItems(t3) : new Set<string>();
  const otherItems = t3 ? itemRows(t3, 'other') : [];
  // a table 三 on its side (map-table3.ts mapTransposed) shows the template's rows as columns and
  // its columns as rows: the scopes say what the reader sees
  const turned = t3?.transposed === true;
  // each row resolved once for every rule, and so its terms made once (TermRow.terms)
  const termRows = new Map<string, TermRow>();
  const termRowOf = (t3: MappedTable3, withItems: ReadonlySet<string>, row: string): TermRow => {
    let r = termRows.get(row);
    if (r === undefined) termRows.set(row, (r = termRow(t3, withItems, row)));
    return r;
  };
  for (const rule of RULES) {
    if (rule.scope === 't3-column' && t3) {
      const lhs = expandRows(rule.lhs!, otherItems).map((r) => termRowOf(t3, withItems, r));
      const rhs = expandRows(rule.rhs!, otherItems).map((r) => termRowOf(t3, withItems, r));
      for (const col of t3.columns) {
        const c = termColumn(col);
        out.push({
          rule, ...formatScope('col', col, turned ? 1 : 0), table: t3.tableIndexes[0]!,
          lhs: lhs.map((r) => t3Term(r, c)), rhs: rhs.map((r) => noneMarkedTotal(r, c, t3Term(r, c))),
        });
      }
    } else if (rule.scope === 't3-row' && t3 && !t3.columns.includes('total') && t3.columns.includes('natural')) {
      // no 总计 column (map-table3.ts withoutTotalRead): each row's total cannot be checked, and
      // says why, never counted as held
      const rhs = t3.columns.filter((c) => c !== 'orgSubtotal' || onlyOrgSubtotal(t3.columns)).map(termColumn);
      for (const row of t3.rows.keys()) {
        const r = termRowOf(t3, withItems, row);
        out.push({
          rule, ...formatScope('row', row, turned ? 1 : 0), table: t3.tableIndexes[0]!,
          lhs: [t3Term(r, termColumn('total'))], rhs: rhs.map((c) => t3Term(r, c)), unclear: NO_TOTAL_TO_CHECK,
        });
      }
    } else if (rule.scope === 't3-row' && t3 && t3.columns.includes('total')) {
      // a unit that kept no 法人 sub-columns (自然人 · 法人或其他组织 · 总计): the row adds up
      // through the group's own column
      // a form with its own fewer 法人 columns (企业 | 社会组织 | 其他): through the columns it has
      const read = T3_APPLICANT_COLUMNS.every((c) => t3.columns.includes(c)) ? rule.rhs! : onlyOrgSubtotal(t3.columns) ? ['natural', 'orgSubtotal']
        : t3.ownApplicants ? (t3.columns.includes('orgSubtotal') ? ['natural', 'orgSubtotal'] : t3.columns.filter((c) => c !== 'total')) : null;
      // a 其他 column outside 法人 beside its own 其他 (map/t3-columns.ts otherApplicants): counted in 总计 too
      const parts = read && t3.columns.includes('otherApplicant') && !read.includes('otherApplicant') ? [...read, 'otherApplicant'] : read;
      if (!parts) continue;
      const lhs = rule.lhs!.map(termColumn);
      const rhs = parts.map(termColumn);
      for (const row of t3.rows.keys()) {
        const r = termRowOf(t3, withItems, row);
        out.push({
          rule, ...formatScope('row', row, turned ? 1 : 0), table: t3.tableIndexes[0]!,
          lhs: lhs.map((c) => t3Term(r, c)), rhs: rhs.map((c) => t3Term(r, c)),
          // a column not told that may be a kind of applicant (red team 37 c14): the sum is short of it
          ...(t3.untoldColumn ? { unclear: UNTOLD_COLUMN } : {}),
        });
      }
      if (!t3.untoldColumn) out.push(...t3AddedRowTotals(rule, t3, parts));
    } else if (rule.scope === 't3-org-subtotal' && t3 && t3.columns.includes('orgSubtotal') && !onlyOrgSubtotal(t3.columns)) {
      const lhs = rule.lhs!.map(termColumn);
      // a form's own 法人 columns with their 小计 (red team 36 c02): the 小计 adds up the columns it has
      const rhs = (t3.ownApplicants ? t3.columns.filter((c) => (T3_ORG_COLUMNS as readonly string[]).includes(c)) : rule.rhs!).map(termColumn);
      for (const row of t3.rows.keys()) {
        const r = termRowOf(t3, withItems, row);
        out.push({
          rule, ...formatScope('orgSub', row, turned ? 1 : 0), table: t3.tableIndexes[0]!,
          lhs: lhs.map((c) => t3Term(r, c)), rhs: rhs.map((c) => t3Term(r, c)),
        });
      }
    } else if (rule.scope === 't3-group-subtotal' && t3) {
      for (const group of Object.keys(T3_GROUP_ITEMS)) {
        if (!t3.rows.has(group) || !withItems.has(group)) continue;
        const total = termRowOf(t3, withItems, group);
        const items = itemRows(t3, group).map((r) => termRowOf(t3, withItems, r));
        for (const col of t3.columns) {
          const c = termColumn(col);
          out.push({
            rule, ...formatScope('groupSub', col, group, turned ? 1 : 0), table: t3.tableIndexes[0]!,
            lhs: [t3Term(total, c)], rhs: items.map((r) => noneMarkedTotal(r, c, t3Term(r, c))),
          });
        }
      }
    } else if (rule.scope === 't3-added-rows' && t3?.added) {
      out.push(...t3AddedInstances(rule, t3));
    } else if (rule.scope === 't4-group' && t4) {
      for (const g of T4_GROUPS) {
        const term = (item: string): Term => {
          const shape = t4Shape(g, item);
          return { name: shape.name, figure: t4.cells[shape.key as keyof typeof t4.cells] ?? null, isTotal: item === 'total', place: shape.place, ref: shape.ref };
        };
        out.push({ rule, ...formatScope('t4group', g), table: t4.tableIndex, lhs: rule.lhs!.map(term), rhs: rule.rhs!.map(term) });
      }
    } else if (rule.scope === 't4-added-total' && t4) {
      out.push(...t4AddedTotalInstances(rule, t4));
    } else if (rule.scope === 't2-block-total' && tables.t2) {
      out.push(...t2TotalInstances(rule, tables.t2));
    }
  }
  return out;
}
