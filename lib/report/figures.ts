/**
 * The key figures by their stable names (spec/check-json.md "Figure names"): t3.<row>.<col>,
 * t4.<group>.<item>, t2.<item>.<column>. A result group's figure (t3.denied.<col>) is the sum of
 * its items; items are named too (t3.denied.secret.<col>). null = the cell is blank.
 */
import type { CellRef, Figure } from '../types.ts';
import type { MappedRow, MappedTable3, MappedTables } from '../map/mapped.ts';
import { T3_ALL_COLUMNS, T3_APPLICANT_COLUMNS, T3_ORG_COLUMNS, t3ColumnIndex } from '../map/mapped.ts';
import { T3_GROUP_ITEMS, t3GroupOf } from '../map/labels.ts';
import { dottedName } from '../map/dotted-name.ts';
import { exactSum, figureNote } from '../text/parse-figure.ts';
import { countInWan } from '../rules/table2-counts.ts';

export interface FigureSet {
  figures: Record<string, number | null>;
  refs: Record<string, CellRef>;
  /** some figure is table 三's or 四's (t3.*, t4.*): what the text-against-tables check needs */
  fromTables: boolean;
  /**
   * the blank figures whose cell is written as none (无, —, -, /), not left empty: the report's
   * own "nothing", which a claim of none ("未收到…申请") may be checked against (zero-claims.ts)
   */
  noneMarked: Set<string>;
  /**
   * the cells a figure adds up where it stands in no cell of its own (a result group's figure on a
   * page with no subtotal row: the group's items): what a finding about that figure points at, and
   * what a table rule that doubts one of them may correct (narrative/table-suspects.ts)
   */
  partRefs: Record<string, CellRef[]>;
  /**
   * the figures whose cell carries a note beside the figure ("55（含自然失效29件）"): figure name →
   * the note. The figure is read, but it is not a plain count of the same thing as another report's
   * (cross-year checks skip it).
   */
  notes: Record<string, string>;
  /**
   * every name of figures ending in .total whose figure is null (a blank 总计, of any table): what
   * blankTotalsFilled looks at first, without a walk of every name (a few hundred)
   */
  blankTotals: string[];
  /**
   * table 二's counts written in 万 ("1.28万": 12,800 to what its digits show), by figure name: the figure stays what
   * the page shows, and the text is compared with the count it stands for (narrative/t2-in-wan.ts)
   */
  inWan: Set<string>;
}

function put(set: FigureSet, name: string, f: Figure): void {
  set.figures[name] = f.value;
  set.refs[name] = f.ref;
  if (f.value === null && name.endsWith('.total')) set.blankTotals.push(name);
  if (f.blank && /\S/.test(f.raw.replace(/\u00a0/g, ' '))) set.noneMarked.add(name);
  // most cells are digits alone: the note's reading only where a bracket is
  if (!f.blank && (f.raw.includes('（') || f.raw.includes('('))) {
    const note = figureNote(f.raw);
    if (note !== null) set.notes[name] = note;
  }
}

/**
 * 't3.<row>.<col>' by column index (T3_ALL_COLUMNS, as MappedRow.cells), for one row key: built
 * once per row key, which are the mapper's (labels.ts), a vocabulary of a few dozen.
 */
const t3FigureNames = new Map<string, readonly string[]>();

function t3FigureNamesOf(row: string): readonly string[] {
  let names = t3FigureNames.get(row);
  if (!names) {
    const rowName = dottedName('t3', row);
    t3FigureNames.set(row, (names = T3_ALL_COLUMNS.map((col) => dottedName(rowName, col))));
  }
  return names;
}

const T3_GROUPS = Object.keys(T3_GROUP_ITEMS);
const TOTAL_INDEX = t3ColumnIndex('total');
const ORG_SUBTOTAL_INDEX = t3ColumnIndex('orgSubtotal');
const APPLICANT_INDEXES = T3_APPLICANT_COLUMNS.map(t3ColumnIndex);
const ORG_INDEXES = T3_ORG_COLUMNS.map(t3ColumnIndex);
/** each group's item row keys ('denied' → 'denied.secret', …) */
const GROUP_ITEM_KEYS = new Map(T3_GROUPS.map((g) => [g, T3_GROUP_ITEMS[g]!.map((p) => `${g}.${p.key}`)]));

export function collectFigures(tables: MappedTables): FigureSet {
  const set: FigureSet = { figures: {}, refs: {}, fromTables: false, noneMarked: new Set(), partRefs: {}, notes: {}, blankTotals: [], inWan: new Set() };
  const { t2, t3, t4 } = tables;
  if (t3) {
    // the page's columns, in its order, as indexes into the rows' cells
    const cols = t3.columns.map(t3ColumnIndex);
    // each group's item rows' cells, in row order
    const itemsOf = new Map<string, MappedRow['cells'][]>();
    for (const [key, row] of t3.rows) {
      const names = t3FigureNamesOf(key);
      for (const c of cols) {
        const f = row.cells[c];
        if (f) {
          put(set, names[c]!, f);
          set.fromTables = true;
        }
      }
      const group = t3GroupOf(key);
      if (group !== null) {
        const items = itemsOf.get(group);
        if (items) items.push(row.cells);
        else itemsOf.set(group, [row.cells]);
      }
    }
    // group figures: the sum of a group's items where the page has no subtotal row of its own,
    // and only when every item of the group is there with a cell in that column. A row the mapper
    // could not name, or a cell it could not place, would otherwise make a sum of fewer items that
    // the text is then held to: a reading mistake shown as the report's. (A blank cell is the
    // page's own 0; a missing one is not.)
    for (const group of T3_GROUPS) {
      const items = itemsOf.get(group);
      if (!items || !GROUP_ITEM_KEYS.get(group)!.every((k) => t3.rows.has(k))) continue;
      const names = t3FigureNamesOf(group);
      for (const col of cols) {
        const name = names[col]!;
        if (name in set.figures) continue;
        if (items.some((cells) => !cells[col])) continue;
        // a blank 总计 (小计) of an item whose applicants' cells hold figures is missing, not 0
        if (col === TOTAL_INDEX || col === ORG_SUBTOTAL_INDEX) {
          const parts = col === TOTAL_INDEX ? APPLICANT_INDEXES : ORG_INDEXES;
          if (items.some((cells) => cells[col]!.blank && parts.some((i) => !!cells[i]?.value))) continue;
        }
        // null when every item is blank, as the cells themselves read
        const value = items.every((cells) => cells[col]!.blank) ? null : exactSum(items, (cells) => cells[col]).value;
        set.figures[name] = value;
        if (value === null && col === TOTAL_INDEX) set.blankTotals.push(name);
        set.partRefs[name] = items.map((cells) => cells[col]!.ref);
        set.fromTables = true;
      }
    }
  }
  if (t4) {
    const cells = t4.cells;
    for (const k in cells) {
      const f = cells[k as keyof typeof cells];
      if (!f) continue;
      put(set, dottedName('t4', k), f);
      set.fromTables = true;
    }
  }
  if (t2) {
    for (const [k, f] of t2.cells) {
      const name = dottedName('t2', k);
      put(set, name, f);
      if (countInWan(f)) set.inWan.add(name);
    }
  }
  return set;
}

/**
 * A figure set with table 三's replaced: every name of `figures` but the t3.* ones, then `t3`'s
 * (another table 三's figures, or {} for none), in that order. One loop: a set holds a few hundred
 * names, and entries → filter → fromEntries, then a spread of that and another set, took ~4–5 ms a
 * call in V8 (session 36: a page with two tables 三 spent 1.7 ms a run in one such merge).
 */
export function withTable3<T>(figures: Readonly<Record<string, T>>, t3: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k in figures) if (!k.startsWith('t3.')) out[k] = figures[k]!;
  for (const k in t3) out[k] = t3[k]!;
  return out;
}

/**
 * The derived key figures the panel, the dashboard's list and its charts all show: 予以公开 as a
 * share of 办结 (t3.granted.total / t3.processed.total), 行政诉讼 as both groups of table 四
 * (未经复议直接起诉 + 复议后起诉), and 纠正 as a share of 复议 and of 诉讼. Display arithmetic on
 * the named figures, exact on integers; one definition, so the three never disagree.
 */
export interface Share {
  part: number;
  whole: number;
}

export interface DerivedFigures {
  /** 新收 t3.new.total */
  newTotal: number | null;
  /** 办结 t3.processed.total */
  processed: number | null;
  /** 予以公开 t3.granted.total */
  granted: number | null;
  /** 予以公开 of 办结 */
  grantedShare: Share | null;
  /** 结转下年度 t3.carriedForward.total */
  carriedForward: number | null;
  /** 行政复议 t4.review.total */
  review: number | null;
  reviewCorrected: number | null;
  reviewCorrectedShare: Share | null;
  /** 行政诉讼: t4.suitDirect.total + t4.suitAfterReview.total */
  suit: number | null;
  suitCorrected: number | null;
  suitCorrectedShare: Share | null;
}

/** A figure by name; null when blank or absent. */
export function figureOf(figures: Readonly<Record<string, number | null | undefined>>, name: string): number | null {
  const v = figures[name];
  return typeof v === 'number' ? v : null;
}

/** The sum of the values present; null when none is (two blank groups are no lawsuit count, not 0). */
export function sumPresent(values: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}

/** part of whole, or null when either is missing or the whole is 0. */
export function shareOf(part: number | null, whole: number | null): Share | null {
  return part !== null && whole !== null && whole > 0 ? { part, whole } : null;
}

export function derivedFigures(figures: Readonly<Record<string, number | null | undefined>>): DerivedFigures {
  const f = (name: string) => figureOf(figures, name);
  const processed = f('t3.processed.total');
  const granted = f('t3.granted.total');
  const review = f('t4.review.total');
  const reviewCorrected = f('t4.review.corrected');
  const suit = sumPresent([f('t4.suitDirect.total'), f('t4.suitAfterReview.total')]);
  const suitCorrected = sumPresent([f('t4.suitDirect.corrected'), f('t4.suitAfterReview.corrected')]);
  return {
    newTotal: f('t3.new.total'),
    processed,
    granted,
    grantedShare: shareOf(granted, processed),
    carriedForward: f('t3.carriedForward.total'),
    review,
    reviewCorrected,
    reviewCorrectedShare: shareOf(reviewCorrected, review),
    suit,
    suitCorrected,
    suitCorrectedShare: shareOf(suitCorrected, suit),
  };
}

const T4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/**
 * The figures with each 总计 the page leaves blank set to the sum of its parts, for the text's
 * claims only (narrative/vs-table-compare.ts): a table 三 row whose 总计 cell is blank beside its
 * six applicant columns (上海市人民政府办公厅 2019: the 总计 column filled for 新收, 结转, （七）总计
 * and 结转下年度 alone), a result group whose items' totals are so filled, and a table-四 group's
 * 总计 left blank beside its four results. A reader of such a table adds the row up, as the table
 * rules do (table.blank-total says the sum); the key figures keep the blank. Only where every part
 * is a mapped cell of the page and one of them holds a figure (a blank part beside it the page's
 * 0; a row or group left empty whole says nothing, as zero-claims.ts reads it): a column the
 * mapper could not place leaves the total unknown. null when no total is so filled.
 */
export function blankTotalsFilled(
  figures: Readonly<Record<string, number | null>>,
  /**
   * the tables whose totals are filled (the others' are left as they are); t3Parts: table 三 has no
   * 总计 column (t3TotalParts), and each row's total is the sum of these columns
   */
  tables: { t3: boolean; t4: boolean; t3Parts?: readonly string[] | null } = { t3: true, t4: true },
  /**
   * the names among figures' that may be blank totals, when the caller has them (FigureSet.blankTotals
   * of the set figures holds, or holds some of): only these are looked at, not every name
   */
  blankTotals?: readonly string[],
): Record<string, number | null> | null {
  if (!tables.t3 && !tables.t4) return null;
  if (tables.t3 && tables.t3Parts) return withoutTotalFilled(figures, tables.t3Parts, tables.t4);
  // nothing is filled unless some total of the tables asked for is blank: most pages (a copy of
  // a few hundred figures saved for them)
  const isBlankTotal = (k: string): boolean => figures[k] === null && k.endsWith('.total') && ((tables.t3 && k.startsWith('t3.')) || (tables.t4 && k.startsWith('t4.')));
  let blankTotal = false;
  if (blankTotals) blankTotal = blankTotals.some(isBlankTotal);
  else for (const k in figures) {
    if (isBlankTotal(k)) {
      blankTotal = true;
      break;
    }
  }
  if (!blankTotal) return null;
  const out: Record<string, number | null> = { ...figures };
  let filled = false;
  const fill = (total: string, parts: readonly string[]): void => {
    if (out[total] !== null || !(total in out)) return;
    // a row left empty says nothing (narrative/zero-claims.ts): only a row with a figure is added up
    if (!parts.every((p) => p in out) || !parts.some((p) => typeof out[p] === 'number')) return;
    let sum = 0;
    for (const p of parts) sum += out[p] ?? 0;
    out[total] = sum;
    filled = true;
  };
  const rows = new Set<string>();
  if (tables.t3) for (const k of Object.keys(figures)) {
    const m = /^t3\.(.+)\.total$/.exec(k);
    if (m) rows.add(m[1]!);
  }
  for (const row of rows) fill(`t3.${row}.total`, T3_APPLICANT_COLUMNS.map((c) => `t3.${row}.${c}`));
  if (tables.t3 && fillGroupTotals(figures, out, T3_APPLICANT_COLUMNS)) filled = true;
  if (tables.t4) for (const g of ['review', 'suitDirect', 'suitAfterReview']) fill(`t4.${g}.total`, T4_PARTS.map((p) => `t4.${g}.${p}`));
  return filled ? out : null;
}

/**
 * A group's 总计 where the page has no subtotal row: its items' totals, once filled (in out). An
 * item row left empty beside items with figures is the group's 0 there, as the rules read it; an
 * item the mapper did not find leaves the group unknown. parts: the columns a row's total adds up.
 */
function fillGroupTotals(figures: Readonly<Record<string, number | null>>, out: Record<string, number | null>, parts: readonly string[]): boolean {
  let filled = false;
  for (const group of T3_GROUPS) {
    const total = `t3.${group}.total`;
    if (total in out) continue;
    const items = GROUP_ITEM_KEYS.get(group)!;
    const totals = items.map((k) => `t3.${k}.total`);
    if (totals.every((k) => typeof figures[k] === 'number') || !totals.some((k) => typeof out[k] === 'number')) continue;
    const empty = (k: string) => `t3.${k}.total` in out && parts.every((c) => `t3.${k}.${c}` in out && out[`t3.${k}.${c}`] === null);
    if (!items.every((k) => typeof out[`t3.${k}.total`] === 'number' || empty(k))) continue;
    out[total] = totals.reduce((a, k) => a + (out[k] ?? 0), 0);
    filled = true;
  }
  return filled;
}

/**
 * The columns each row's total adds up on a table 三 drawn without its 总计 column (map-table3.ts
 * withoutTotalRead): the six applicant columns, or 自然人 and the 法人或其他组织 小计 (the
 * three-column form); null for a table with its 总计 column, or none.
 */
export function t3TotalParts(t3: Pick<MappedTable3, 'columns'> | null): readonly string[] | null {
  if (!t3 || t3.columns.includes('total') || !t3.columns.includes('natural')) return null;
  if (T3_APPLICANT_COLUMNS.every((c) => t3.columns.includes(c))) return T3_APPLICANT_COLUMNS;
  return t3.columns.includes('orgSubtotal') && !T3_ORG_COLUMNS.some((c) => t3.columns.includes(c)) ? ['natural', 'orgSubtotal'] : null;
}

/**
 * The figures with table 三's totals added up from its columns, for a table drawn without its 总计
 * column (c08 of red team 28, a 2024 report): the template's 总计 is the applicants' sum (spec
 * identity 3), and a reader of the table adds the row up to compare the text's "共新收申请54件"
 * with it. For the text's claims only (as blank totals are: vs-table-compare.ts againstBlankTotals,
 * where a mismatch is a warning); the key figures keep no 总计. A row whose every part is a cell
 * of the page, one of them a figure (a row left empty gets a blank total, as its cells read).
 */
function withoutTotalFilled(figures: Readonly<Record<string, number | null>>, parts: readonly string[], t4: boolean): Record<string, number | null> | null {
  const out: Record<string, number | null> = { ...figures };
  const rows = new Set<string>();
  for (const k of Object.keys(figures)) {
    const m = /^t3\.(.+)\.natural$/.exec(k);
    if (m) rows.add(m[1]!);
  }
  let filled = false;
  for (const row of rows) {
    const names = parts.map((c) => `t3.${row}.${c}`);
    if (!names.every((n) => n in figures)) continue;
    out[`t3.${row}.total`] = names.some((n) => typeof figures[n] === 'number') ? names.reduce((a, n) => a + (figures[n] ?? 0), 0) : null;
    filled = true;
  }
  if (!filled) return null;
  fillGroupTotals(figures, out, parts);
  if (t4) for (const g of ['review', 'suitDirect', 'suitAfterReview']) {
    const total = `t4.${g}.total`;
    const names = T4_PARTS.map((p) => `t4.${g}.${p}`);
    if (out[total] === null && names.every((n) => n in out) && names.some((n) => typeof out[n] === 'number')) out[total] = names.reduce((a, n) => a + (out[n] ?? 0), 0);
  }
  return out;
}
