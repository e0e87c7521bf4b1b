/**
 * 法人或其他组织's own sum headed 总数 in a flat header (red team 39 c17: 自然人 | 商业企业 … 其他 | 总数 |
 * 总计, no group over the five): read as the group's 小计 where its figures say so (t3-columns.ts).
 */
import type { T3Column } from './mapped.ts';
import { T3_ORG_COLUMNS } from './mapped.ts';
import type { RowView } from './grid-rows.ts';

/**
 * A column headed 总数 (left untold beside 总计: t3-columns.ts mapColumns) standing right after the five
 * 法人 columns and right before 总计, the five contiguous and named by no group, is their sum where the
 * rows say so: of the rows in which the five's sum and 总计 differ (自然人 not 0), at least three, and
 * more than three in four of them, hold the five's sum in it. A 总数 that is the whole (= 总计) or
 * anything else stays untold, as before; one wrong cell does not turn the reading, and it is then
 * caught on its cell (t3-org-subtotal). Sets keys[i] in place.
 */
export function orgSumSpelledTotal(paths: readonly (readonly string[])[], cols: readonly number[], keys: (T3Column | null)[], data: readonly RowView[]): void {
  const i = keys.findIndex((k, j) => k === null && /^(?:申请)?总数$/.test(paths[j]!.at(-1) ?? ''));
  if (i < 6 || keys[i + 1] !== 'total' || keys.includes('orgSubtotal')) return;
  const five = keys.slice(i - 5, i);
  if (five.some((k, j) => k !== T3_ORG_COLUMNS[j]) || cols.slice(i - 5, i + 2).some((c, j, a) => j > 0 && c !== a[j - 1]! + 1)) return;
  if (paths.slice(i - 5, i + 1).some((p) => p.some((x) => /法人|组织/.test(x) && !/^(?:社会公益组织|其他组织)$/.test(x)))) return;
  let told = 0;
  let fits = 0;
  for (const v of data) {
    const sum = [1, 2, 3, 4, 5].map((d) => valueAt(v, cols[i - d]!));
    const own = valueAt(v, cols[i]!);
    const total = valueAt(v, cols[i + 1]!);
    if (sum.some((x) => x === null) || own === null || total === null) continue;
    const s = sum.reduce((a, b) => a! + b!, 0)!;
    if (s === total) continue;
    told++;
    if (own === s) fits++;
  }
  if (told >= 3 && fits * 4 > told * 3) keys[i] = 'orgSubtotal';
}

/** The cell's figure (a blank is 0), or null where it holds no figure. */
function valueAt(v: RowView, c: number): number | null {
  const r = v.slots[c]?.reading;
  if (!r || r.kind === 'text') return null;
  return r.kind === 'blank' ? 0 : r.value;
}

/** A row's 自然人 and the sum of the 法人 kinds, with the other columns asked for; null where any is not a figure. */
function rowFigures(v: RowView, cols: readonly number[], five: readonly number[], n: number, others: readonly number[]): { natural: number; s: number; at: number[] } | null {
  const parts = five.map((x) => valueAt(v, cols[x]!));
  const natural = valueAt(v, cols[n]!);
  const at = others.map((x) => valueAt(v, cols[x]!));
  if (parts.some((x) => x === null) || natural === null || at.some((x) => x === null)) return null;
  return { natural, s: parts.reduce((a, b) => a! + b!, 0)!, at: at as number[] };
}

/**
 * A column read as 法人或其他组织's 小计 (总数, 合计 or 小计 under the group) whose rows say it is not: of the
 * rows in which the sum of 法人's columns (the five, or a form's own two or more) and 自然人 plus the five
 * differ, fewer than half hold the five's sum in it (rt99t c01, c02: the group's merged cell Word drew
 * one column too wide, over the grand total — every row with 自然人 in it a false t3.subtotal error). Where the rows hold 自然人
 * plus the five (in more than three in four) and no column is 总计, it is 总计; else it is not told (said
 * unknown, the rows' sums unchecked, as a flat 总数 repeating 总计 is). One wrong cell does not turn it.
 * rt99t asked three rows at least; a 街道 with one application from a person (rt100t c01: 自然人 in 新收 and
 * 结转 only) has two, and kept the grand total as 小计 (2 false errors a page): one row telling is enough, a
 * 小计 wrong in every row with 自然人 not told as one; one of two fitting keeps it (m12: the other caught).
 */
export function orgSumNotTheGroups(cols: readonly number[], keys: (T3Column | null)[], data: readonly RowView[]): void {
  const i = keys.indexOf('orgSubtotal');
  const n = keys.indexOf('natural');
  const five = T3_ORG_COLUMNS.map((k) => keys.indexOf(k)).filter((j) => j >= 0);
  if (i < 0 || n < 0 || five.length < 2 || keys.includes('otherApplicant')) return;
  let told = 0;
  let org = 0;
  let whole = 0;
  for (const v of data) {
    const r = rowFigures(v, cols, five, n, [i]);
    if (r === null) continue;
    const { natural, s } = r;
    const own = r.at[0]!;
    if (natural === 0) continue;
    told++;
    if (own === s) org++;
    if (own === s + natural) whole++;
  }
  if (told === 0 || org * 2 >= told) return;
  keys[i] = whole * 4 > told * 3 && !keys.includes('total') ? 'total' : null;
}

/**
 * The group's merged cell over the five and a sixth leaf added after them (小计, 合计 or 总数) with 总计 spanning
 * the two header rows (tb102 c01, c02: a CMS editor's inserted column): by the HTML table model the sixth leaf
 * lands past 总计, the header putting 总计 over the five's sum and the sixth over the grand total — every row
 * with 自然人 in it a false t3.row-total error, 13 a page. Where the rows say so — of the rows with 自然人 in
 * them, at least one and more than three in four hold the five's sum under 总计 and 自然人 plus the five in the
 * sixth — the two are read as the figures stand: 法人's 小计, then 总计. One wrong cell does not turn it.
 * With few rows holding 自然人 (rt103t c01, c02: one or two applications from persons) one wrong cell is a
 * quarter or more of them, and the header was kept — its mistake told as every such row's 总计 wrong, the
 * 总计 named being the five's sum: read so too where no row fits the header as it stands (总计 = 自然人 plus
 * the five) and at least half fit both. The sixth leaf left blank (rt103t c07: 小计 never filled, its
 * blanks under 总计, the grand total under the sixth) was a false warning that every total is missing: a
 * column under 总计 blank in every row is read as none (not told, said), the sixth as 总计 where it fits.
 * The other way round (rt106t c02: 小计 filled, 总计 never) the header put 总计 over the five's sums — 13 false
 * t3.row-total errors a page: a sixth blank in every row beside the five's sum under 总计 in more than three in
 * four rows with 自然人 is 总计 missing (one warning). The half reading also wants every row without 自然人 to hold
 * one figure in the two (小计 and 总计 are then equal): rt106t m01, 总计 leaving 自然人 out in both its rows and a
 * 总数 of 涉及人次 fitting one of them, had the mistake moved onto the 人次 cells.
 */
export function totalBeforeTheSixthLeaf(paths: readonly (readonly string[])[], cols: readonly number[], keys: (T3Column | null)[], data: readonly RowView[]): void {
  const t = keys.indexOf('total');
  const j = t + 1;
  const n = keys.indexOf('natural');
  const five = T3_ORG_COLUMNS.map((k) => keys.indexOf(k)).filter((x) => x >= 0);
  if (t < 0 || n < 0 || j >= keys.length || keys[j] !== null || keys.includes('orgSubtotal') || keys.lastIndexOf('total') !== t) return;
  if (!/^(?:小计|合计|(?:申请)?总数)$/.test(paths[j]!.at(-1) ?? '') || paths[j]!.some((p) => /法人|组织/.test(p)) || cols[j] !== cols[t]! + 1) return;
  if (five.length < 2 || five.some((x) => x > t || !paths[x]!.some((p) => /^法人/.test(p)))) return;
  const blankUnder = data.every((v) => v.slots[cols[t]!]?.reading.kind !== 'number');
  const blankSixth = data.every((v) => v.slots[cols[j]!]?.reading.kind !== 'number');
  let told = 0;
  let apart = 0;
  let org = 0;
  let whole = 0;
  let both = 0;
  let asHeaded = 0;
  for (const v of data) {
    const r = rowFigures(v, cols, five, n, [t, j]);
    if (r === null) continue;
    const { natural, s } = r;
    const [under, sixth] = r.at as [number, number];
    // with no 自然人 in a row 小计 and 总计 are one figure: the two apart there is a column counting something else
    if (natural === 0) {
      if (under !== sixth && !blankUnder && !blankSixth) apart++;
      continue;
    }
    told++;
    if (under === s || blankUnder) org++;
    if (sixth === s + natural) whole++;
    if ((under === s || blankUnder) && sixth === s + natural) both++;
    if (under === s + natural) asHeaded++;
  }
  // half is enough only where the header as it stands fails every row (with 总计 blank it says but a warning), and
  // no row without 自然人 holds two figures in the two (rt106t m01: a 总数 of 涉及人次 fitting one row of two)
  const half = !blankUnder && asHeaded === 0 && apart === 0 && both * 2 >= told;
  // the sixth left blank beside the five's sums under 总计 (rt106t c02: 总计 never filled): its 总计 missing, said
  const sixthUnfilled = blankSixth && !blankUnder && org * 4 > told * 3;
  if (told > 0 && ((org * 4 > told * 3 && whole * 4 > told * 3) || half || sixthUnfilled)) {
    keys[t] = blankUnder ? null : 'orgSubtotal';
    keys[j] = 'total';
  }
}
