/**
 * Every report's cross-year findings at once (lib/collect/cross-year.ts), for the dashboard's list,
 * its charts and its exports: the very findings a report's detail page (CollectionApi.lookup) and
 * the panel (components/collection/panel-section.tsx crossProblems) count, so that the list's
 * 问题数 and verdict agree with them. The store's crossOf reads a report's neighbours by the same
 * effective body key; here each body's reports are read once for all of its years.
 *
 * Computed on read, never stored: a report collected later changes the answer (cross-year.ts).
 */
import { effectiveBodyKey } from './body.ts';
import { crossYearFindings, type CrossYearSubject } from './cross-year.ts';
import type { CrossYearFinding, ReportSummary, Verdict } from './record.ts';
import { crossProblemsByOther } from './cross-problems.ts';

export { crossProblemCount, crossProblemsByOther } from './cross-problems.ts';

/** What the list shows of a report's cross-year findings. */
export interface CrossCount {
  /** errors and warnings against the year before or after (every cross-year finding is one) */
  problems: number;
  /** by rule, as ReportSummary.rules counts the report's own */
  rules: Record<string, number>;
  /** the years of the reports they are against, in order */
  years: number[];
  /**
   * the carry-over mismatches column by column (cross.carry-over), for the list's 结转不符 tag where the totals agree
   * (components/dashboard/carry-tag.tsx); absent when there is none
   */
  carry?: CarryColumn[];
  /**
   * the problems by the other report and rule ({otherId: {rule: n}}), for 问题分布 (crossRuleSpread), which counts a
   * problem between two reports once though both report it; absent from a count made before it (dash98)
   */
  others?: Record<string, Record<string, number>>;
}

/** One column whose carry-over does not follow, from the report's side (its figure `actual`, the other's `expected`). */
export interface CarryColumn {
  otherId: string;
  otherYear: number;
  /** 'last': the report's 上年结转 against the year before's 结转下年度; 'next': its 结转下年度 against the year after's 上年结转 */
  direction: 'last' | 'next';
  /** the table-三 column (T3 column key, 'orgSubtotal' for 法人或其他组织 as one column against five) */
  column: string;
  actual: number | null;
  expected: number | null;
}

/** A carry-over finding's column and direction, from its figure ('t3.carried.natural'); the org sum has none: 'orgSubtotal'. */
function carryColumn(f: CrossYearFinding, direction: 'last' | 'next' | null): CarryColumn | null {
  if (f.rule !== 'cross.carry-over' || f.otherYear === null) return null;
  const m = f.figure ? /^t3\.(carried|carriedForward)\.(\w+)$/.exec(f.figure) : null;
  const dir = m ? (m[1] === 'carried' ? 'last' : 'next') : direction;
  if (!dir) return null;
  return { otherId: f.otherId, otherYear: f.otherYear, direction: dir, column: m?.[2] ?? 'orgSubtotal', actual: f.actual, expected: f.expected };
}

/** A body's reports as the store's crossOf would pick them: same effective key, and a year. */
function byBody<T extends CrossYearSubject>(records: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const key = effectiveBodyKey(r);
    if (key === null || r.year === null) continue;
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** The ids of the summaries whose body holds a report of the year before or after: the only ones with anything to compare. */
export function crossCandidates(summaries: readonly Pick<ReportSummary, 'id' | 'bodyKey' | 'year'>[]): string[] {
  const years = new Map<string, Set<number>>();
  for (const s of summaries) {
    if (s.bodyKey === null || s.year === null) continue;
    const set = years.get(s.bodyKey) ?? new Set<number>();
    set.add(s.year);
    years.set(s.bodyKey, set);
  }
  return summaries
    .filter((s) => s.bodyKey !== null && s.year !== null && (years.get(s.bodyKey)!.has(s.year - 1) || years.get(s.bodyKey)!.has(s.year + 1)))
    .map((s) => s.id);
}

/** Each report's cross-year findings against the others (only the reports with any). */
export function crossYearOfAll(records: readonly CrossYearSubject[]): Map<string, CrossYearFinding[]> {
  const out = new Map<string, CrossYearFinding[]>();
  for (const group of byBody(records).values()) {
    const byYear = new Map<number, CrossYearSubject[]>();
    for (const r of group) byYear.set(r.year!, [...(byYear.get(r.year!) ?? []), r]);
    for (const r of group) {
      const y = r.year!;
      // no report of the year before or after: nothing to compare (thousands of one year's copies stay cheap)
      if (!byYear.has(y - 1) && !byYear.has(y + 1)) continue;
      const others = [...(byYear.get(y - 1) ?? []), ...byYear.get(y)!, ...(byYear.get(y + 1) ?? [])].filter((o) => o.id !== r.id);
      const found = crossYearFindings(r, others);
      if (found.length > 0) out.set(r.id, found);
    }
  }
  return out;
}

export function countOf(findings: readonly CrossYearFinding[], year: number | null = null): CrossCount {
  const rules: Record<string, number> = {};
  const years = new Set<number>();
  const carry: CarryColumn[] = [];
  const others = crossProblemsByOther(findings);
  for (const byRule of Object.values(others)) for (const [rule, n] of Object.entries(byRule)) rules[rule] = (rules[rule] ?? 0) + n;
  for (const f of findings) {
    if (f.otherYear !== null) years.add(f.otherYear);
    // the org sum's finding has no figure when the report has the five columns: its direction from the years
    const c = carryColumn(f, year === null || f.otherYear === null ? null : f.otherYear < year ? 'last' : 'next');
    if (c) carry.push(c);
  }
  const problems = Object.values(rules).reduce((a, b) => a + b, 0);
  return { problems, rules, years: [...years].sort((a, b) => a - b), ...(carry.length > 0 ? { carry } : {}), others };
}

/** The counts by report id (only the reports with cross-year findings). */
export function crossCounts(records: readonly CrossYearSubject[]): Record<string, CrossCount> {
  const out: Record<string, CrossCount> = {};
  const yearOf = new Map(records.map((r) => [r.id, r.year]));
  for (const [id, found] of crossYearOfAll(records)) out[id] = countOf(found, yearOf.get(id) ?? null);
  return out;
}

/**
 * A summary as the panel sees its report: the cross-year problems added to its own, its rules
 * counted with theirs, and "有问题" when it has any (entrypoints/content/lens.tsx verdictWithCross).
 */
export function withCross(s: ReportSummary, c: CrossCount | undefined): ReportSummary {
  if (!c || c.problems === 0) return s;
  const rules = { ...s.rules };
  for (const [rule, n] of Object.entries(c.rules)) rules[rule] = (rules[rule] ?? 0) + n;
  const verdict: Verdict = 'problems';
  return { ...s, problems: s.problems + c.problems, rules, verdict };
}
