/**
 * Table 三's columns told by their header labels (map-table3.ts mapTable3): each figure column's
 * applicant, the template's order for a header that lost its spans, and a table drawn without its
 * 总计 column (tables58). Apart from map-table3.ts, which reads the rows.
 */
import type { Finding } from '../types.ts';
import type { T3Column } from './mapped.ts';
import { T3_ORG_COLUMNS } from './mapped.ts';
import { headerPath, type RowView } from './grid-rows.ts';
import { matchLabel, T3_COLUMN_PATTERNS } from './labels.ts';
import { unmapped, unreadTable } from './notes.ts';
import { mapNote } from './note-words.ts';
import { orgSumNotTheGroups, orgSumSpelledTotal, totalBeforeTheSixthLeaf } from './t3-org-sum.ts';

/** The canonical column order of the national template, for headers that lost their spans. */
const CANONICAL = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'] as const;

/** Each figure column's applicant, or null (said) when the header cannot tell them. */
export function mapColumns(header: RowView[], cols: number[], tableIndex: number, notes: Finding[], data: readonly RowView[]): (T3Column | null)[] | null {
  if (cols.length === 0) return null;
  const paths = cols.map((c) => headerPath(header, c));
  // columns headed by year ("2023年总计" beside "2022年总计"): a report shows no later year's
  // figures, so the latest year named is this year's and an earlier one another period's (red team 18)
  const years = paths.map(headerYear);
  const latest = Math.max(0, ...years.map((y) => y ?? 0));
  const byPosition = otherApplicants(paths, paths.map((p, i) => (years[i] !== null && years[i]! < latest ? null : applicantOf(p))));
  // 总数 is 总计 only where no column is headed 总计 (red team 39 c17: "… 其他 | 总数 | 总计", the five's
  // sum beside 总计 — both read as 总计 and table 三 went unread, read on main before tb94): untold then
  if (byPosition.some((k, i) => k === 'total' && !TOTAL_SPELLED.test(paths[i]!.at(-1) ?? ''))) {
    byPosition.forEach((k, i) => { if (k === 'total' && TOTAL_SPELLED.test(paths[i]!.at(-1) ?? '')) byPosition[i] = null; });
  }
  orgSumSpelledTotal(paths, cols, byPosition, data);
  // a 小计 under the group whose rows hold 自然人 too (rt99t c01, c02: Word drew the group's merged cell over
  // the grand total, 14 false t3.subtotal errors a page): 总计 where none is beside it, else not told
  orgSumNotTheGroups(cols, byPosition, data);
  // a sixth leaf under the group pushed past 总计 (tb102 c01, c02): 总计 over the five's sum, the sixth over the whole
  totalBeforeTheSixthLeaf(paths, cols, byPosition, data);
  // an empty column Word added among 法人或其他组织's own (red team 38 c10): headed by the group alone,
  // it was read as the group's 小计, and its blanks failed every 小计 sum (8 false errors); no figure
  // in any row, beside columns of 法人 told by their own labels, it is a gap: not told, said so
  byPosition.forEach((k, i) => {
    if (k === 'orgSubtotal' && ORG_GROUP.test(paths[i]!.at(-1) ?? '') && byPosition.some((o) => (T3_ORG_COLUMNS as readonly (T3Column | null)[]).includes(o))
      && !data.some((v) => adds(v, cols[i]!))) byPosition[i] = null;
  });
  // a table 三 of one figure column, 总计 (a 乡镇 that kept no applicant columns): its column
  // identities (一+二 = 三（七）+四, the results' total) still hold and are checked
  const totalOnly = cols.length === 1 && byPosition[0] === 'total';
  if (headerOutOfLine(header, cols, byPosition)) {
    notes.push(unreadTable(tableIndex, header[0]?.r ?? 0, mapNote('t3ColumnsUnread')));
    return null;
  }
  if (applicantsRead(byPosition, totalOnly)) {
    byPosition.forEach((k, i) => {
      if (k) return;
      // a 其中 column after the column it is part of (red team 36 c01: 企业 | 其中：国有企业) is told: a
      // part, left out of the rows' sums as the template's 其中 rows are — said so, not "unknown"
      // (a 其中 right after 总计, red team 37 c21 "总计 | 其中：网上申请": a part of the total, said so)
      const whole = ofWhichColumn(header, cols, byPosition, i) ?? ofWhichColumn(header, cols, byPosition, i, true);
      const chained = whole && byPosition[i - 1] === null;
      const note = whole ? mapNote(chained ? 't3ColumnOfWhichToo' : 't3ColumnOfWhich', whole[1], whole[0]) : mapNote('t3HeaderUnknown', cols[i]! + 1);
      notes.push(unmapped(tableIndex, header[0]?.r ?? 0, note, cols[i]!));
    });
    return byPosition;
  }
  // Header rows that lost their spans: the labels are all there but not above their columns.
  const headerText = header.map((h) => h.label).join('');
  if (cols.length === CANONICAL.length && CANONICAL.every((k) => T3_COLUMN_PATTERNS.find((p) => p.key === k)!.re.test(headerText) || k === 'otherOrg')) {
    return [...CANONICAL];
  }
  // no 总计 column (a unit that dropped it, red team 28 c08): every column told, 自然人 and the
  // 法人或其他组织 five (or their 小计 alone) — each column's own identities hold without it and are
  // checked; the row totals cannot be, and are said so (instances.ts). A header that names 总计
  // where no figure stands under it (redteam24 c41: 法人或其他组织 over six columns, 总计 past the
  // figures) is a header out of line, not a table without its 总计.
  if (!/总计/.test(headerText) && (withoutTotalRead(byPosition) || fewApplicantsRead(byPosition, paths, headerText))) {
    notes.push(unmapped(tableIndex, header[0]?.r ?? 0, mapNote('t3NoTotalColumn')));
    return byPosition;
  }
  if (noNaturalRead(byPosition, paths)) {
    notes.push(unmapped(tableIndex, header[0]?.r ?? 0, mapNote('t3NoNaturalColumn')));
    return byPosition;
  }
  notes.push(unreadTable(tableIndex, header[0]?.r ?? 0, mapNote('t3ColumnsUnread')));
  return null;
}

/**
 * No 自然人 column (red team 36 c08: 法人或其他组织 over 企业 | 社会组织 | 其他, then 总计): every column
 * told, each once, 总计 among them and the rest 法人's own under that group. Each column's identities hold
 * and are checked; whether 总计 holds natural persons the table does not say, so the rows' sums are not
 * (rules/instances.ts reads no row then), said so. Unread on main, said unread. Its columns start at 商业企业 (企业).
 */
function noNaturalRead(keys: readonly (T3Column | null)[], paths: readonly (readonly string[])[]): boolean {
  if (keys.some((k) => k === null) || new Set(keys).size !== keys.length || keys.includes('natural') || !keys.includes('total') || keys.length < 2) return false;
  // the second half of a table 三 split over two tables (tab61 c12: 申请人情况（续） over 社会公益组织 … 总计) is
  // no table of its own: 法人's columns start at its first kind, and no label says it goes on from another
  if (keys[0] !== 'commercial' || paths.some((p) => p.some((x) => /续/.test(x)))) return false;
  return keys.every((k, i) => k === 'total' || ((T3_ORG_COLUMNS as readonly (T3Column | null)[]).includes(k) && paths[i]!.some((p) => ORG_GROUP.test(p))));
}

/** 总计 spelled "总数" or "申请总数" (tb94). */
const TOTAL_SPELLED = /^(?:申请)?总数$/;

/** The group 法人或其他组织 named whole, as a header label (its columns stand under it); 或者 as the 条例 writes it (rt99t c09). */
const ORG_GROUP = /^法人(?:或者?|和|及|与)?其他组织$/;

/**
 * The applicant (a column of the template) a label path names, top to bottom: a column's header
 * cells, or on a table on its side a row's label cells.
 */
export function applicantOf(path: readonly string[]): T3Column | null {
  // last year's figures or the change from them, beside this year's ("上年总计", "去年合计", "同比
  // 增减", a 上年同期 block over its own applicant columns): no column of this year's table (red team 17)
  if (path.some((p) => OTHER_PERIOD_COLUMN.test(p))) return null;
  // one label naming the group and the applicant: "法人或其他组织-商业企业", "法人或其他组织·其他"
  const joined = path[path.length - 1]?.startsWith('法人') ? GROUP_AND_APPLICANT.exec(path[path.length - 1]!) : null;
  if (joined) path = [...path.slice(0, -1), joined[1]!, joined[2]!];
  const leaf = path[path.length - 1] ?? '';
  // 自然人 over its 小计 and a 其中 column (red team 37 c22): the 小计 is 自然人's column
  if (/^(?:小计|合计)$/.test(leaf) && path[path.length - 2] === '自然人') return 'natural';
  // the group's own name as a column's lowest label (a unit that kept no 法人 sub-columns): that
  // column is the group's subtotal, not its last column "其他组织"
  if (leaf.startsWith('法人') && /^法人(?:或者?|和|及|与)?其他组织(?:\(?(?:小计|合计)\)?)?$/.test(leaf)) return 'orgSubtotal';
  // "企业" alone under 法人或其他组织: the template's 商业企业, headed short (session 50's prose work);
  // likewise "社会组织" (a province's form splitting 法人 as 企业 | 社会组织 | 其他, red team 35 c16): the
  // template's 社会公益组织, the column its figures go to; the columns the form has not are none
  if ((leaf === '企业' || leaf === '社会组织') && path.slice(0, -1).some((p) => ORG_GROUP.test(p))) return leaf === '企业' ? 'commercial' : 'social';
  // "总数" (or 申请总数) alone, under no group: 总计 spelled otherwise (tb94); under 法人 it may be the group's own
  if (leaf.endsWith('总数') && TOTAL_SPELLED.test(leaf) && !path.some((p) => /法人|组织|自然人/.test(p))) return 'total';
  // 总数 under the group (red team 39 c14: 商业企业 … 其他 | 总数 under 法人或其他组织, then 总计): the
  // group's own sum, read as its 小计 — checked against the five (t3-org-subtotal), the rows through it
  if (leaf.endsWith('总数') && TOTAL_SPELLED.test(leaf) && path.slice(0, -1).some((p) => ORG_GROUP.test(p))) return 'orgSubtotal';
  const k = (matchLabel(T3_COLUMN_PATTERNS, leaf) ?? splitOverRows(path)) as T3Column | null;
  // "其他" alone is 法人或其他组织's last column only when it sits under that group
  if (k === 'otherOrg' && !path.some((p) => /法人/.test(p)) && leaf !== '其他') return null;
  // "合计"/"小计" sums the 法人或其他组织 columns only when it stands under that group; standing
  // on its own after them "合计" is the grand total (local forms head 总计 "合计"), but "小计" may
  // be either — the 法人 columns' subtotal set outside their span, or the total: not told (red team 30 c07)
  if (k === 'orgSubtotal' && !path.some((p) => /法人/.test(p))) return /合计/.test(leaf) ? 'total' : null;
  return k;
}

/**
 * A name Word broke over two header rows under the group (徐闻县司法局's table 三, tb102: "商业 | 科研" in one
 * row, "企业 | 机构" in the next, the other three cells spanning both): the two halves, neither a name
 * alone, make one of the template's four kinds of 法人.
 */
function splitOverRows(path: readonly string[]): string | null {
  if (path.length < 3 || !path.slice(0, -2).some((p) => ORG_GROUP.test(p))) return null;
  const [upper, lower] = path.slice(-2) as [string, string];
  if (matchLabel(T3_COLUMN_PATTERNS, upper) !== null) return null;
  const k = matchLabel(T3_COLUMN_PATTERNS, upper + lower);
  return k === 'commercial' || k === 'research' || k === 'social' || k === 'legal' ? k : null;
}

/**
 * Two columns headed 其他 (red team 35 c17): one under 法人或其他组织, that group's last column, and one
 * outside it, headed 其他 ("其他", "其他（委托代理人等）") and by nothing that names 法人 or a year —
 * applicants of no kind the template names, counted in 总计: 'otherApplicant'. Read as 法人's 其他 the
 * table went unread (two columns one name); its header not told, the rows were added without it
 * (four false row-total errors on c17 so headed). Told apart by their labels only; else as read.
 */
function otherApplicants(paths: readonly (readonly string[])[], keys: (T3Column | null)[]): (T3Column | null)[] {
  const inGroup = keys.flatMap((k, i) => (k === 'otherOrg' && paths[i]!.some((p) => ORG_GROUP.test(p)) ? [i] : []));
  const outside = keys.flatMap((k, i) => ((k === 'otherOrg' || k === null) && /^其他/.test(paths[i]!.at(-1) ?? '')
    && paths[i]!.every((p) => !/法人|组织|(?:19|20)\d{2}年|合计|小计|总计/.test(p) && !OTHER_PERIOD_COLUMN.test(p)) ? [i] : []));
  if (inGroup.length !== 1 || outside.length !== 1) return keys;
  const out = keys.slice();
  out[outside[0]!] = 'otherApplicant';
  return out;
}

/** Applicants read, one per column: each named once, with 总计 and 自然人 (or 总计 alone). */
export function applicantsRead(keys: readonly (T3Column | null)[], totalOnly: boolean): boolean {
  const found = keys.filter((k) => k !== null);
  return new Set(found).size === found.length && keys.includes('total') && (keys.includes('natural') || totalOnly);
}


/**
 * Every column told, each once, no 总计 among them, and the applicants whole: 自然人 with the five
 * 法人或其他组织 columns, or with their 小计 alone (the three-column form without its 总计). A
 * column not told may be the 总计 under a label not known: then the table is not read this way.
 */
export function withoutTotalRead(keys: readonly (T3Column | null)[]): boolean {
  if (keys.some((k) => k === null) || new Set(keys).size !== keys.length || keys.includes('total') || !keys.includes('natural')) return false;
  const five = T3_ORG_COLUMNS.filter((c) => keys.includes(c)).length;
  return five === T3_ORG_COLUMNS.length || (five === 0 && keys.includes('orgSubtotal'));
}

/**
 * Fewer applicant columns than the template's, no 总计 among them (red team 30 c01, c04): 自然人 alone
 * (a body that only had natural-person applicants printed its one column), or 自然人 with some of the
 * 法人或其他组织 five, each under that group's heading (社会公益组织 left out). Each column's own
 * identities hold and are checked; the row totals cannot be, and are said so. Read only where no word
 * of the header could name a sum (合计, 小计, 总计, 共计: "自然人及法人合计" is a total) and 自然人 alone
 * is headed by nothing but 申请人情况: any other word may say what more it holds.
 */
export function fewApplicantsRead(keys: readonly (T3Column | null)[], paths: readonly (readonly string[])[], headerText: string): boolean {
  if (keys.some((k) => k === null) || new Set(keys).size !== keys.length || keys[0] !== 'natural') return false;
  if (/合计|小计|总计|共计|汇总|累计/.test(headerText)) return false;
  if (keys.length === 1) return paths[0]!.every((p) => /^(?:申请人情况|申请人类型|申请人|自然人)$/.test(p)) && paths[0]!.includes('自然人');
  return keys.slice(1).every((k, i) => (T3_ORG_COLUMNS as readonly string[]).includes(k!) && paths[i + 1]!.some((p) => ORG_GROUP.test(p)));
}

/** The year a column's header names ("2022年总计", "2023年度"), or null. */
function headerYear(path: readonly string[]): number | null {
  for (const p of path) {
    const m = /(?:19|20)\d{2}(?=年)/.exec(p);
    if (m) return Number(m[0]);
  }
  return null;
}

/** A header naming another period than the report's, or a comparison with it. */
const OTHER_PERIOD_COLUMN = /上年|去年|上一年|前一年|同期|同比|环比|增减/;

const GROUP_AND_APPLICANT = /^(法人(?:或者?|和|及|与)?其他组织)[-—–－·•:：_]+(.+)$/;

/**
 * The applicant columns the header names over no figure column, said: a column whose cells hold no
 * figure in most rows (written "待定", "见说明", or a mark the reader does not take for 0) is no
 * figure column (grid-rows.ts figureColumns), and table 三 was read without it, its own identities
 * and the row totals left unchecked with no word (red team 33 c25, before "〇" read 0). One note a
 * column, on its first data row's cell; only where a data row holds text in it.
 */
export function sayColumnsWithoutFigures(header: readonly RowView[], data: readonly RowView[], cols: readonly number[], keys: readonly (T3Column | null)[], tableIndex: number, notes: Finding[]): void {
  const told = new Set<T3Column | null>(keys);
  const width = Math.max(0, ...header.map((h) => h.slots.length));
  for (let c = 0; c < width; c++) {
    if (cols.includes(c)) continue;
    const path = headerPath(header, c);
    const k = path.length > 0 ? applicantOf(path) : null;
    if (!k || told.has(k)) continue;
    const row = data.find((v) => v.dataStart >= 0 && v.dataStart < c && v.slots[c]?.col === c && v.slots[c]!.reading.kind === 'text');
    if (!row) continue;
    told.add(k);
    notes.push(unmapped(tableIndex, row.r, mapNote('t3ColumnNoFigures', path[path.length - 1]!), c));
  }
}

/**
 * A form whose applicant columns are its own, fewer than the template's (red team 35 c16: 法人或其他组织
 * split as 企业 | 社会组织 | 其他): every column from the first figure column to the table's edge is a
 * figure column told, 自然人 and 总计 among them, two or more of 法人或其他组织's under its heading (and
 * maybe its 小计: red team 36 c02, the rows then add up through it). Its rows add up over the columns it has (rules/instances.ts t3-row). A column the header names
 * over cells that are no figures (sayColumnsWithoutFigures) is no figure column: a gap, and the rows
 * are not checked that way. A column headed "其中…" right after one of 法人's (red team 36 c01:
 * 企业 | 其中：国有企业) is a part of it, left out of the rows' sums as the template's 其中 rows are.
 */
export function ownApplicantColumns(header: readonly RowView[], cols: readonly number[], keys: readonly (T3Column | null)[]): boolean {
  if (keys.some((k, i) => k === null && !ofWhichColumn(header, cols, keys, i)) || !keys.includes('natural') || !keys.includes('total')) return false;
  const isOrg = (k: T3Column | null) => (T3_ORG_COLUMNS as readonly (string | null)[]).includes(k);
  const org = keys.filter(isOrg).length;
  if (org < 2 || org === T3_ORG_COLUMNS.length) return false;
  // a 小计 headed so (or 总数, rt99t c16), after the 法人 columns it adds: not a 法人 column whose own label is blank (its
  // path ends in the group's name, read as the group's subtotal: a fuzzed page of the dump)
  const sub = keys.indexOf('orgSubtotal');
  if (sub >= 0) {
    const path = headerPath(header, cols[sub]!);
    if (!/^(?:小计|合计|(?:申请)?总数)$/.test(path[path.length - 1] ?? '') || keys.some((k, i) => i > sub && isOrg(k))) return false;
  }
  const width = Math.max(0, ...header.map((h) => h.slots.length));
  if (cols[cols.length - 1] !== width - 1 || cols.some((c, i) => i > 0 && c !== cols[i - 1]! + 1)) return false;
  const underGroup = (i: number) => headerPath(header, cols[i]!).some((p) => ORG_GROUP.test(p));
  // 其他 outside 法人, right after its columns (red team 36 c04: 企业 | 社会组织 under 法人, 其他 beside):
  // 法人's own last column drawn outside it, or applicants of no kind named — either way one of the
  // applicants 总计 adds up, and the rows are checked through it
  const otherBeside = (i: number) => keys[i] === 'otherOrg' && i > 0 && isOrg(keys[i - 1]!) && underGroup(i - 1)
    && headerPath(header, cols[i]!).every((p) => !/法人/.test(p)) && /^其他$/.test(headerPath(header, cols[i]!).at(-1) ?? '');
  return keys.every((k, i) => !isOrg(k) || underGroup(i) || otherBeside(i));
}

/**
 * A column headed "其中…" right after an applicant column (not 总计) it is part of (red team 36 c01:
 * 企业 | 其中：国有企业): the labels [whole, part] as the header writes them, or null. `ofTotal`: right
 * after 总计 instead (red team 37 c21), for the column's note only — what the rows' sums and a form's
 * own columns read (ownApplicantColumns, untoldSummand) stays as it was.
 */
function ofWhichColumn(header: readonly RowView[], cols: readonly number[], keys: readonly (T3Column | null)[], i: number, ofTotal = false): [string, string] | null {
  if (i === 0 || (keys[i - 1] !== null && (keys[i - 1] === 'total') !== ofTotal)) return null;
  const path = headerPath(header, cols[i]!);
  const leaf = path[path.length - 1] ?? '';
  if (!/^其中/.test(leaf)) return null;
  if (keys[i - 1] !== null) return [wholeText(header, cols[i - 1]!), leafText(header, cols[i]!)];
  // 其中 after 其中 (red team 37 c20: 企业 | 其中：国有企业 | 其中：中央企业): a part of the same whole,
  // or of the part before it, and so of the whole either way
  const before = ofWhichColumn(header, cols, keys, i - 1, ofTotal);
  return before ? [before[0], leafText(header, cols[i]!)] : null;
}

/**
 * A figure column not told that may be one of the applicants 总计 adds up (red team 37 c14: 其他 over
 * 委托代理人 | 个体工商户 beside 法人, each rows' sum short of its 总计 by theirs: 6 false errors): not a
 * 其中 part, and not standing past 总计 on the side away from every applicant column. The rows' totals
 * cannot be checked then (rules/instances.ts says so); the column's own note says it was not read.
 */
export function untoldSummand(header: readonly RowView[], cols: readonly number[], keys: readonly (T3Column | null)[], data: readonly RowView[]): boolean {
  const t = keys.indexOf('total');
  if (t < 0) return false;
  // no figure in any row (an empty column Word added: red team 38 c01, c02, c06), or another period's
  // (2023年's block left of 2024年's, 上年总计 first: c04, c05): nothing of this year's rows is missing
  // from their sums, which stay checked — left unchecked, a planted row-total mistake went unsaid
  const years = cols.map((c) => headerYear(headerPath(header, c)));
  const latest = Math.max(0, ...years.map((y) => y ?? 0));
  const noSummand = (i: number) => !data.some((v) => adds(v, cols[i]!)) || rowNumbers(data, cols[i]!)
    || (years[i] !== null && years[i]! < latest) || headerPath(header, cols[i]!).some((p) => OTHER_PERIOD_COLUMN.test(p));
  const told = keys.flatMap((k, i) => (k && k !== 'total' ? [i] : []));
  const lo = Math.min(t, ...told);
  const hi = Math.max(t, ...told);
  // outside the told columns a column may be the form's own (行次 1–25, red team 17 c05; 备注): one
  // past 总计 away from the applicants is none of them, nor one headed as a number or a remark
  const outside = (i: number) => (i > t && told.every((j) => j < t)) || (i < t && told.every((j) => j > t))
    || NOT_APPLICANT.test(headerPath(header, cols[i]!).join(''));
  return keys.some((k, i) => k === null && !ofWhichColumn(header, cols, keys, i) && !noSummand(i) && ((i > lo && i < hi) || !outside(i)));
}
const NOT_APPLICANT = /行次|栏次|序号|编号|代码|备注|说明/;

/**
 * Column c numbers the rows, 1 … n down them, one more each row (a 行次 column with no label of its
 * own, red team 38 c13: every row's sum left unchecked): no table's figures do that over four rows.
 */
function rowNumbers(data: readonly RowView[], c: number): boolean {
  let n = 0;
  for (const v of data) {
    const r = v.slots[c]?.reading;
    if (r?.kind !== 'number' || r.value !== ++n) return false;
  }
  return n >= 4;
}

/** A figure in column c of the row that adds to a sum: a number other than 0. */
function adds(v: RowView, c: number): boolean {
  const r = v.slots[c]?.reading;
  return r?.kind === 'number' && r.value !== 0;
}

/** The column's name for a note: its lowest label, or the one above a 小计 (自然人 over 小计 | 其中：律师). */
function wholeText(header: readonly RowView[], c: number): string {
  return leafText(header, c, true);
}

/** The lowest header label above column c, as the page writes it (for a note's words). */
function leafText(header: readonly RowView[], c: number, pastSum = false): string {
  for (let r = header.length - 1; r >= 0; r--) {
    if (pastSum && /^(?:小计|合计)$/.test(header[r]!.slots[c]?.key ?? '')) continue;
    const cell = header[r]!.slots[c];
    if (cell && cell.reading.kind === 'text' && cell.text !== '') return cell.text.replace(/\s+/g, ' ').trim();
  }
  return '';
}

/**
 * A header out of line (red team 36 c05: 法人或其他组织 spanning two columns over its three children,
 * so that the third lands past 总计 and every label after 法人's first two stands over the next
 * column's figures): a column after the 总计 column labelled by a lower header row alone, the first
 * header row ending before it while it heads 总计. Read, the 其他 figures were taken for 总计 and
 * the text's every figure was "wrong"; the table is said unread instead.
 */
function headerOutOfLine(header: readonly RowView[], cols: readonly number[], keys: readonly (T3Column | null)[]): boolean {
  const t = keys.indexOf('total');
  if (t < 0 || t === keys.length - 1 || header.length < 2) return false;
  const top = header[0]!;
  if (!top.slots[cols[t]!]) return false;
  return cols.slice(t + 1).some((c) => !top.slots[c] && header.some((h, i) => i > 0 && h.slots[c]?.reading.kind === 'text' && h.slots[c]!.text !== ''));
}
