/**
 * The identities of the rows a unit added to table 三 (map/t3-added-rows.ts), spec identity 4 ("any
 * subtotal row or column a unit added equals the sum of its members") and 3 (each row's 总计):
 *  - the channels listed under 一 (其中：当面申请 / 网络申请 / 信函申请…), or under 二, add up to
 *    that row in every column. A 其中 list may leave channels out: its sum is never more than 一, and less is a
 *    mistake only where the list ends in 其他 (it then names every way of applying); else a skip.
 *    Two rows of one channel (网络申请 beside 政府网站申请) may overlap: not added up.
 *  - a 申请数量合计 row is 一 + 二 (or 一 alone, as some units add up only the new ones).
 *  - each added row's 总计 is its applicants' sum, as any row's.
 */
import type { MappedTable3 } from '../map/mapped.ts';
import { t3ColumnIndex } from '../map/mapped.ts';
import type { AddedT3Row } from '../map/t3-added-rows.ts';
import type { RuleDef } from './registry.ts';
import type { Instance, Term } from './instances.ts';
import { T3_COLUMN_NAMES, t3CellName, t3CellPlace, t3CellRef } from './names.ts';
import { listRef, refWords } from './note-refs.ts';

const TOTAL_COLUMNS = new Set(['total', 'orgSubtotal']);

/** An added row's cell as a term: 「其中 当面申请」自然人. */
function addedTerm(row: AddedT3Row, col: string, isTotal: boolean): Term {
  const colName = T3_COLUMN_NAMES[col] ?? col;
  return { name: `「${row.label}」${colName}`, figure: row.cells[t3ColumnIndex(col)] ?? null, isTotal, column: col, place: { row: row.label, col: colName }, ref: ['addedCell', row.label, col] };
}

/** A template row's cell as a term (一、本年新收 自然人). */
function rowTerm(t3: MappedTable3, row: string, col: string): Term {
  return { name: t3CellName(row, col), figure: t3.rows.get(row)?.cells[t3ColumnIndex(col)] ?? null, isTotal: false, column: col, place: t3CellPlace(row, col), ref: t3CellRef(row, col) };
}

/** The channels' and the 合计's identities, one instance per column (rule t3.subtotal, scope t3-added-rows). */
export function t3AddedInstances(rule: RuleDef, t3: MappedTable3): Instance[] {
  const added = t3.added ?? [];
  const out: Instance[] = [];
  const table = t3.tableIndexes[0]!;
  for (const under of ['new', 'carried'] as const) {
    const channels = added.filter((r) => r.kind === 'channel' && (r.under ?? 'new') === under);
    if (channels.length > 0 && t3.rows.has(under)) out.push(...channelInstances(rule, t3, under, channels, table));
  }
  for (const row of added.filter((r) => r.kind === 'intake')) {
    for (const col of t3.columns) {
      out.push({
        rule, where: ['intake', col, row.label], scope: refWords(['intake', col, row.label]), table,
        lhs: [addedTerm(row, col, true)], rhs: [rowTerm(t3, 'new', col), rowTerm(t3, 'carried', col)],
        readings: [{ name: '一、本年新收', terms: [rowTerm(t3, 'new', col)] }],
      });
    }
  }
  return out;
}

/** Each added row's 总计 against its applicants (rule t3.row-total), where the table has a 总计 column. */
export function t3AddedRowTotals(rule: RuleDef, t3: MappedTable3, parts: readonly string[]): Instance[] {
  const table = t3.tableIndexes[0]!;
  // (a channel read from a table of its own has a 总计 alone: no row to add up)
  return (t3.added ?? []).filter((row) => !row.apart).map((row) => ({
    rule, where: ['addedRow', row.label], scope: refWords(['addedRow', row.label]), table,
    lhs: [addedTerm(row, 'total', true)], rhs: parts.map((c) => addedTerm(row, c, TOTAL_COLUMNS.has(c))),
    ...(totalOnly(t3, row) ? { unclear: `表三「${row.label}」一行只在总计一列填了数，各类申请人未分列（“/”或空白），其和无从核对` } : {}),
  }));
}

/**
 * A row the unit filled in its 总计 alone, every applicant cell blank ("/", "—" or empty): the channel (or 合计) not split
 * by applicant, no zeros (rt60: "/" in 当面申请's applicant cells read as 0, 4 false row-total and 4 subtotal errors).
 */
function totalOnly(t3: MappedTable3, row: AddedT3Row): boolean {
  const total = row.cells[t3ColumnIndex('total')];
  if (!t3.columns.includes('total') || !total || total.blank || !total.value) return false;
  return t3.columns.filter((c) => !TOTAL_COLUMNS.has(c)).every((c) => { const f = row.cells[t3ColumnIndex(c)]; return !f || f.blank; });
}

/** A channel's label saying it holds e-mail (map/t3-added-rows.ts channelOf: read as 网上申请). */
const HOLDS_EMAIL = /[(（]含(?:电子邮件|电子邮箱|邮箱|电邮)[)）]\s*$/;

const UNDER_NAMES = { new: '一、本年新收', carried: '二、上年结转' } as const;

/**
 * The channels listed under 一 (or 二) against that row, one instance per column. Not added up
 * where two rows are of one class, or where the list nests ("网络申请" then "其中：电子邮件申请":
 * a 其中 partway down a list whose first row has none, red team 30 c09); less than the row is a
 * mistake only where the list ends in 其他 and no row among it went unread (a gap, c11).
 */
function channelInstances(rule: RuleDef, t3: MappedTable3, under: 'new' | 'carried', channels: readonly AddedT3Row[], table: number): Instance[] {
  const kinds = channels.map((r) => r.channel!);
  // (网上申请（含电子邮件） beside a row of e-mail: the two overlap as two of one class do)
  const overlap = new Set(kinds).size !== kinds.length || (kinds.includes('email') && channels.some((r) => HOLDS_EMAIL.test(r.label)));
  const sub = channels.map((r) => /^其中/.test(r.label));
  const nested = sub.some((x, i) => x && i > 0) && !sub.every((x) => x);
  const gap = channels.some((r) => r.gap);
  const whole = !overlap && !gap && kinds.includes('other');
  const names = channels.map((r) => r.label.replace(/^其中[:：\s]*/, '')).join('、');
  const rowName = UNDER_NAMES[under];
  const rowShort = rowName.slice(2);
  const unclear = overlap ? `表三「${rowName}」下所列渠道（${names}）有两项同类，可能重叠，其和无从核对`
    : nested ? `表三「${rowName}」下所列渠道（${names}）中有“其中”项，是上一项的一部分，其和无从核对` : null;
  const partial = gap ? `表三「${rowName}」下还有未能识别的行，所列渠道（${names}）可能不全：其和小于${rowShort}不能断定有误`
    : `表三「${rowName}」下所列渠道（${names}）未列“其他”，可能不全：其和小于${rowShort}不能断定有误`;
  // (channels given in the 总计 column alone: the applicants' columns have no channel figures to add — rt60)
  const onlyTotals = channels.every((r) => totalOnly(t3, r));
  const labels = channels.map((r) => r.label.replace(/^其中[:：\s]*/, ''));
  // channels from a table of their own after table 三 hold 总计 figures alone: checked in that column only
  const columns = channels.every((r) => r.apart) ? t3.columns.filter((c) => c === 'total') : t3.columns;
  return columns.map((col) => ({
    rule, where: listRef('channels', [col, under], labels), scope: refWords(listRef('channels', [col, under], labels)), table,
    lhs: [rowTerm(t3, under, col)], rhs: channels.map((r) => addedTerm(r, col, false)),
    ...(unclear ? { unclear } : onlyTotals && !TOTAL_COLUMNS.has(col) ? { unclear: `表三「${rowName}」下所列渠道（${names}）只在总计一列填了数，${T3_COLUMN_NAMES[col]}一列未分渠道` } : {}),
    ...(whole ? {} : { partialParts: partial }),
  }));
}
