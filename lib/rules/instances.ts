/**
 * Expands each declared rule over what the page has: one instance per column, row or group.
 * An instance is "Σ lhs = Σ rhs" over terms, each term a figure (or missing, when the page has
 * no readable cell for it).
 */
import type { Figure } from '../types.ts';
import type { MappedTables, MappedTable3 } from '../map/mapped.ts';
import { T3_APPLICANT_COLUMNS, T4_GROUPS } from '../map/mapped.ts';
import { RULES, type RuleDef } from './registry.ts';
import { T3_COLUMN_NAMES, T4_GROUP_NAMES, t3CellName, t3RowName } from './names.ts';
import { T3_GROUP_ITEMS } from '../map/labels.ts';

export interface Term {
  /** what the term is, in Chinese: "「（一）予以公开」自然人" */
  name: string;
  figure: Figure | null;
  /** a total or subtotal cell: blank there means "missing", not 0 */
  isTotal: boolean;
  /** the column of table 三 the figure sits in, to recognise all-blank columns */
  column?: string;
}

export interface Instance {
  rule: RuleDef;
  /** "自然人一列", "「一、本年新收」一行", "行政复议" */
  scope: string;
  lhs: Term[];
  rhs: Term[];
  /** table index for the per-table blanks note */
  table: number;
}

const TOTAL_ROWS = new Set(['processed', 'denied', 'unable', 'notProcessed', 'other']);
const TOTAL_COLUMNS = new Set(['total', 'orgSubtotal']);

/** Result groups whose items the page lists (a group key 'denied' then names their subtotal). */
function groupsWithItems(t3: MappedTable3): Set<string> {
  const out = new Set<string>();
  for (const k of t3.rows.keys()) {
    const dot = k.indexOf('.');
    if (dot > 0) out.add(k.slice(0, dot));
  }
  return out;
}

function t3Term(t3: MappedTable3, withItems: ReadonlySet<string>, row: string, col: string): Term {
  const r = t3.rows.get(row);
  const isGroupSubtotal = TOTAL_ROWS.has(row) && row !== 'processed' ? withItems.has(row) : row === 'processed';
  return {
    name: t3CellName(row, col),
    figure: r?.cells[col as keyof typeof r.cells] ?? null,
    isTotal: isGroupSubtotal || TOTAL_COLUMNS.has(col),
    column: col,
  };
}

/** 'other.*' is the page's form of （六）: three items (2021) or the single row (2019). */
function expandRows(t3: MappedTable3, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    if (n !== 'other.*') {
      out.push(n);
      continue;
    }
    const items = [...t3.rows.keys()].filter((k) => k.startsWith('other.'));
    out.push(...(items.length > 0 ? items : ['other']));
  }
  return out;
}

export function buildInstances(tables: MappedTables): Instance[] {
  const out: Instance[] = [];
  const { t3, t4 } = tables;
  const withItems = t3 ? groupsWithItems(t3) : new Set<string>();
  for (const rule of RULES) {
    if (rule.scope === 't3-column' && t3) {
      const lhs = expandRows(t3, rule.lhs!);
      const rhs = expandRows(t3, rule.rhs!);
      for (const col of t3.columns) {
        out.push({
          rule, scope: `${T3_COLUMN_NAMES[col]}一列`, table: t3.tableIndexes[0]!,
          lhs: lhs.map((r) => t3Term(t3, withItems, r, col)), rhs: rhs.map((r) => t3Term(t3, withItems, r, col)),
        });
      }
    } else if (rule.scope === 't3-row' && t3 && t3.columns.includes('total')) {
      if (!T3_APPLICANT_COLUMNS.every((c) => t3.columns.includes(c))) continue;
      for (const row of t3.rows.keys()) {
        out.push({
          rule, scope: `「${t3RowName(row)}」一行`, table: t3.tableIndexes[0]!,
          lhs: rule.lhs!.map((c) => t3Term(t3, withItems, row, c)), rhs: rule.rhs!.map((c) => t3Term(t3, withItems, row, c)),
        });
      }
    } else if (rule.scope === 't3-org-subtotal' && t3 && t3.columns.includes('orgSubtotal')) {
      for (const row of t3.rows.keys()) {
        out.push({
          rule, scope: `「${t3RowName(row)}」一行的法人或其他组织小计`, table: t3.tableIndexes[0]!,
          lhs: rule.lhs!.map((c) => t3Term(t3, withItems, row, c)), rhs: rule.rhs!.map((c) => t3Term(t3, withItems, row, c)),
        });
      }
    } else if (rule.scope === 't3-group-subtotal' && t3) {
      for (const group of Object.keys(T3_GROUP_ITEMS)) {
        if (!t3.rows.has(group) || !withItems.has(group)) continue;
        const items = [...t3.rows.keys()].filter((k) => k.startsWith(group + '.'));
        for (const col of t3.columns) {
          out.push({
            rule, scope: `${T3_COLUMN_NAMES[col]}一列「${t3RowName(group)}」小计`, table: t3.tableIndexes[0]!,
            lhs: [t3Term(t3, withItems, group, col)], rhs: items.map((r) => t3Term(t3, withItems, r, col)),
          });
        }
      }
    } else if (rule.scope === 't4-group' && t4) {
      for (const g of T4_GROUPS) {
        const term = (item: string): Term => ({
          name: `${T4_GROUP_NAMES[g]}「${item === 'total' ? '总计' : item}」`,
          figure: t4.cells[`${g}.${item}` as keyof typeof t4.cells] ?? null,
          isTotal: item === 'total',
        });
        out.push({ rule, scope: T4_GROUP_NAMES[g]!, table: t4.tableIndex, lhs: rule.lhs!.map(term), rhs: rule.rhs!.map(term) });
      }
    }
  }
  return out;
}
