/**
 * Checks across two reports of one body (spec/report-format.md, "Across reports"): this year's
 * 二、上年结转 must equal last year's 四、结转下年度继续办理, column by column; and two years whose
 * table 三 is identical figure for figure are suspicious (a copied table). Computed on read from
 * the collection, never stored: a report collected later changes the answer.
 *
 * Rules as data, like lib/rules: each declares its id, severity and the figures it reads.
 */
import { effectiveBodyKey } from './body.ts';
import type { CrossYearFinding } from './record.ts';

/** What the checks read of a stored report (StoredReport satisfies it). */
export interface CrossYearSubject {
  id: string;
  url: string;
  year: number | null;
  bodyKey: string | null;
  bodyKeyOverride: string | null;
  figures: Record<string, number | null>;
  lastSeen: string;
}

export const T3_COLUMNS = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'] as const;
export type T3Column = (typeof T3_COLUMNS)[number];

export const COLUMN_NAME: Record<T3Column, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他法人或其他组织',
  total: '总计',
};

export const CROSS_RULES = [
  {
    id: 'cross.carry-over',
    severity: 'error',
    title: '上年结转与上年报告的结转下年度一致',
    reads: T3_COLUMNS.flatMap((c) => [`t3.carried.${c}`, `(上年) t3.carriedForward.${c}`]),
  },
  {
    id: 'cross.identical-figures',
    severity: 'warning',
    title: '两年的表三数字不应完全相同',
    reads: ['t3.*', '(上年) t3.*'],
  },
] as const;

/**
 * Identical table 三 is only suspicious when it says something: a body with no or one application
 * a year legitimately repeats its all-zero table. At least this many non-zero figures.
 */
export const IDENTICAL_MIN_NONZERO = 6;

/** Last year's report of the same body among the others: same effective key, year − 1, newest sighting. */
export function lastYearOf<T extends CrossYearSubject>(subject: T, others: readonly T[]): T | null {
  const key = effectiveBodyKey(subject);
  if (key === null || subject.year === null) return null;
  let best: T | null = null;
  for (const o of others) {
    if (o.id === subject.id || o.year !== subject.year - 1 || effectiveBodyKey(o) !== key) continue;
    if (!best || o.lastSeen > best.lastSeen) best = o;
  }
  return best;
}

/** The cross-year findings of one report against the rest of the collection. */
export function crossYearFindings(subject: CrossYearSubject, others: readonly CrossYearSubject[]): CrossYearFinding[] {
  const last = lastYearOf(subject, others);
  if (!last || subject.year === null) return [];
  return [...carryOver(subject, last), ...identical(subject, last)];
}

function link(last: CrossYearSubject): Pick<CrossYearFinding, 'otherId' | 'otherUrl' | 'otherYear'> {
  return { otherId: last.id, otherUrl: last.url, otherYear: last.year };
}

/** Per column: this year's 上年结转 = last year's 结转下年度. A blank on either side says nothing. */
export function carryOver(now: CrossYearSubject, last: CrossYearSubject): CrossYearFinding[] {
  const out: CrossYearFinding[] = [];
  for (const c of T3_COLUMNS) {
    const actual = now.figures[`t3.carried.${c}`];
    const expected = last.figures[`t3.carriedForward.${c}`];
    if (actual === undefined || actual === null || expected === undefined || expected === null) continue;
    if (actual === expected) continue;
    out.push({
      rule: 'cross.carry-over',
      severity: 'error',
      message:
        `上年结转（${COLUMN_NAME[c]}）与上年报告不符：${now.year}年报告“二、上年结转”为${actual}，` +
        `${last.year}年报告“四、结转下年度继续办理”为${expected}`,
      figure: `t3.carried.${c}`,
      expected,
      actual,
      ...link(last),
    });
  }
  return out;
}

/** Every table-三 figure both years have is the same, and there are enough non-zero ones to mean it. */
export function identical(now: CrossYearSubject, last: CrossYearSubject): CrossYearFinding[] {
  const names = Object.keys(now.figures).filter((k) => k.startsWith('t3.'));
  const lastNames = Object.keys(last.figures).filter((k) => k.startsWith('t3.'));
  if (names.length === 0 || names.length !== lastNames.length) return [];
  let nonZero = 0;
  for (const k of names) {
    const a = now.figures[k];
    const b = last.figures[k];
    if (b === undefined || a !== b) return [];
    if (a !== null && a !== 0) nonZero++;
  }
  if (nonZero < IDENTICAL_MIN_NONZERO) return [];
  const total = now.figures['t3.new.total'] ?? null;
  return [
    {
      rule: 'cross.identical-figures',
      severity: 'warning',
      message:
        `${now.year}年报告与${last.year}年报告的表三数字完全相同（${names.length}项，` +
        `本年新收申请均为${total === null ? '空白' : total}），可能沿用了上年的表格`,
      figure: null,
      expected: null,
      actual: null,
      ...link(last),
    },
  ];
}
