/**
 * The dashboard's list of collected reports as pure data: one flat row per report summary (the
 * store's index entry, record.ts ReportSummary: one small read for thousands of reports) with the
 * key figures the table shows, then search, filters and sort. Kept apart from the UI so that
 * 5,000 rows can be filtered and sorted in a test, and so that the page only renders.
 *
 * The derived figures are the panel's and the charts' (lib/report/figures.ts derivedFigures):
 * 予以公开 as a share of 办结, 行政诉讼 = 未经复议直接起诉 + 复议后起诉.
 */
import type { z } from 'zod';
import type { templateSchema } from '../report/schema.ts';
import { derivedFigures } from '../report/figures.ts';
import type { ReportSummary, Verdict } from './record.ts';
import { neighbourOf } from './neighbour.ts';
import { withCross, type CrossCount } from './cross-count.ts';

type Template = z.infer<typeof templateSchema>;

export interface ReportRow {
  id: string;
  url: string;
  title: string | null;
  body: string | null;
  region: string | null;
  year: number | null;
  template: Template | null;
  /** the report's own verdict, "有问题" too when it has cross-year problems (as the panel's) */
  verdict: Verdict;
  /** error + warning findings: the report's own and its cross-year ones (crossProblems) */
  problems: number;
  /** of them, those against the year before or after (lib/collect/cross-count.ts) */
  crossProblems: number;
  /** 新收 t3.new.total */
  newTotal: number | null;
  /** 办结 t3.processed.total */
  processed: number | null;
  /** 予以公开 / 办结, 0..1; null when either is missing or 办结 is 0 */
  grantedShare: number | null;
  /** 结转下年度 t3.carriedForward.total */
  carriedForward: number | null;
  /** 行政复议 t4.review.total */
  review: number | null;
  /** 行政诉讼 t4.suitDirect.total + t4.suitAfterReview.total */
  suit: number | null;
  lastSeen: string;
  /** edited since first seen */
  revised: boolean;
  /** body, title and URL, lower-cased, for the search box */
  haystack: string;
}

export type SortKey =
  | 'body' | 'region' | 'year' | 'template' | 'verdict' | 'problems' | 'newTotal' | 'processed' | 'grantedShare'
  | 'carriedForward' | 'review' | 'suit' | 'lastSeen';
export const SORT_KEYS: readonly SortKey[] = [
  'body', 'region', 'year', 'template', 'verdict', 'problems', 'newTotal', 'processed', 'grantedShare',
  'carriedForward', 'review', 'suit', 'lastSeen',
];

export interface ListFilter {
  /** matched against body, title and URL, case-insensitive; words separated by spaces must all match */
  query: string;
  year: number | null;
  template: Template | null;
  /** 'with': problems > 0; 'without': none */
  findings: 'any' | 'with' | 'without';
  region: string | null;
}

export interface ListSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const NO_FILTER: ListFilter = { query: '', year: null, template: null, findings: 'any', region: null };
export const DEFAULT_SORT: ListSort = { key: 'lastSeen', dir: 'desc' };

/** A summary's row, without its cross-year problems (`.map(toRow)`). */
export const toRow = (summary: ReportSummary): ReportRow => rowOf(summary, undefined);

/** `cross`: the report's cross-year problems (CollectionApi.crossYearCounts), counted in its problems and verdict. */
export function rowOf(summary: ReportSummary, cross: CrossCount | undefined): ReportRow {
  const r = withCross(summary, cross);
  const d = derivedFigures(r.figures);
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    body: r.body,
    region: r.region,
    year: r.year,
    template: r.template,
    verdict: r.verdict,
    problems: r.problems,
    crossProblems: r.problems - summary.problems,
    newTotal: d.newTotal,
    processed: d.processed,
    grantedShare: d.grantedShare && d.grantedShare.part / d.grantedShare.whole,
    carriedForward: d.carriedForward,
    review: d.review,
    suit: d.suit,
    lastSeen: r.lastSeen,
    revised: r.revisions > 0,
    haystack: `${r.body ?? ''}\n${r.title ?? ''}\n${r.url}`.toLowerCase(),
  };
}

const NO_PENDING: ReadonlySet<string> = new Set();

/**
 * `pending`: the reports whose cross-year counts are still to come (the dashboard's crossUnknown). One with problems of
 * its own is 有问题 at once (no count can undo it); one without is neither 有问题 nor 无问题 until its counts come, so
 * the findings filter shows it under neither (it left 无问题, or came into 有问题, when they came: ux72).
 */
export function filterRows(rows: readonly ReportRow[], f: ListFilter, pending: ReadonlySet<string> = NO_PENDING): ReportRow[] {
  const other = otherFilters(f);
  return rows.filter(
    (r) =>
      other(r) &&
      (f.findings === 'any' || (f.findings === 'with' ? r.problems > 0 : r.problems === 0 && !pending.has(r.id))),
  );
}

/**
 * The rows the findings filter cannot place yet: those that pass the other filters, have no problems of their own and
 * are in `pending` (with the counts to come: held out of 有问题 and 无问题; with the counts not read: placed by their
 * own findings). 0 when the filter is 全部.
 */
export function findingsUnsettled(rows: readonly ReportRow[], f: ListFilter, pending: ReadonlySet<string>): number {
  if (f.findings === 'any' || pending.size === 0) return 0;
  const other = otherFilters(f);
  let n = 0;
  for (const r of rows) if (r.problems === 0 && pending.has(r.id) && other(r)) n++;
  return n;
}

/** every filter but the findings one */
function otherFilters(f: ListFilter): (r: ReportRow) => boolean {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  return (r) =>
    (f.year === null || r.year === f.year) &&
    (f.template === null || r.template === f.template) &&
    (f.region === null || r.region === f.region) &&
    words.every((w) => r.haystack.includes(w));
}

// pinyin order for Chinese names, as people expect in a list of bodies
const collator = new Intl.Collator('zh-CN', { numeric: true });
const VERDICT_RANK: Record<Verdict, number> = { problems: 0, unchecked: 1, partial: 2, ok: 3 };

/**
 * Sorted by one column; rows without a value (a blank figure, an unknown year) go last in either
 * direction, and ties keep the newest first (by a body or a region: the newest year, then the last seen), so the
 * order never depends on the input's order.
 * `pending`: the reports whose cross-year counts are still to come (the dashboard's crossUnknown): their 问题数, and
 * their verdict unless it is 有问题 already, are not known yet, so they sort as rows without a value, one group at the
 * end in either direction (never among 无问题 or by their own count alone), and move into place once, when the counts come.
 */
export function sortRows(rows: readonly ReportRow[], s: ListSort, pending: ReadonlySet<string> = NO_PENDING): ReportRow[] {
  const sign = s.dir === 'asc' ? 1 : -1;
  const byName = s.key === 'body' || s.key === 'region';
  const unknown = (r: ReportRow): boolean =>
    (s.key === 'problems' || (s.key === 'verdict' && r.verdict !== 'problems')) && pending.has(r.id);
  const value = (r: ReportRow): string | number | null =>
    unknown(r) ? null : s.key === 'verdict' ? VERDICT_RANK[r.verdict] : r[s.key];
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      const d = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
      if (d !== 0) return sign * d;
    }
    // one body's (or place's) reports by year, the newest first, whatever order they were seen in (ux86: sorted by
    // 单位, a body's 2019, 2021, 2023, 2020, 2022 followed the days the reader happened to open them)
    if (byName && a.year !== b.year) return a.year === null ? 1 : b.year === null ? -1 : b.year - a.year;
    return a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The values the filters offer: years newest first, templates and regions present in the collection. */
export function facets(rows: readonly ReportRow[]): { years: number[]; templates: Template[]; regions: string[] } {
  const years = new Set<number>();
  const templates = new Set<Template>();
  const regions = new Set<string>();
  for (const r of rows) {
    if (r.year !== null) years.add(r.year);
    if (r.template !== null) templates.add(r.template);
    if (r.region) regions.add(r.region);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    templates: [...templates].sort(),
    regions: [...regions].sort(collator.compare),
  };
}

export interface CarryOverFlag {
  otherId: string;
  otherYear: number;
  /** last year's 四、结转下年度 总计 */
  expected: number;
  /** this year's 二、上年结转 总计 */
  actual: number;
}

/**
 * Reports whose 上年结转 总计 differs from last year's 结转下年度 总计 of the same body, for a
 * mark in the list. Only the totals are in the summaries; the detail view asks the store for the
 * per-column findings (CollectionApi.crossYear), which this mark never replaces. Last year's
 * report is picked by lib/collect/neighbour.ts's neighbourOf, as the detail view picks it: the same
 * body key, regions and subsites that do not disagree, year − 1, newest sighting. When this year or
 * last year holds two different reports of the body (fingerprints that differ, as the summaries do
 * not hold every figure: a report and its correction at another address, or two bodies under one
 * key), which one follows cannot be told: no mark, as the detail
 * view compares nothing there and says so (crossYearSkips). A summary cannot tell a body key the
 * user set by hand, so two regions joined by hand get no mark here (a miss, never a false mark).
 * A carry-over row not known to hold plain counts (carryUnsure: a note in a cell, or a record saved
 * before notes were read) gets no mark either: the detail view compares nothing there.
 */
/** A summary kept before carryUnsure existed cannot tell: unsure. */
const unsure = (s: ReportSummary, row: 'carried' | 'carriedForward'): boolean => s.carryUnsure === undefined || s.carryUnsure.includes(row);

export function carryOverFlags(summaries: readonly ReportSummary[]): Map<string, CarryOverFlag> {
  // the summaries as neighbourOf reads them (bodyKey is already the effective key), by key and year
  type Subject = ReportSummary & { bodyKeyOverride: null };
  const byYear = new Map<string, Subject[]>();
  const keyOf = (bodyKey: string, year: number) => `${bodyKey}\u0000${year}`;
  for (const s of summaries) {
    if (s.bodyKey === null || s.year === null) continue;
    const k = keyOf(s.bodyKey, s.year);
    const list = byYear.get(k);
    const subject = { ...s, bodyKeyOverride: null };
    if (list) list.push(subject);
    else byYear.set(k, [subject]);
  }
  const oneReport = (a: Subject, b: Subject) => a.fingerprint === b.fingerprint;
  const out = new Map<string, CarryOverFlag>();
  for (const list of byYear.values()) {
    for (const s of list) {
      const actual = s.figures['t3.carried.total'];
      if (typeof actual !== 'number') continue;
      const last = byYear.get(keyOf(s.bodyKey!, s.year! - 1));
      if (!last) continue;
      const others = [...list, ...last];
      const n = neighbourOf(s, others, -1, oneReport);
      if (n.kind !== 'one') continue;
      const expected = n.report.figures['t3.carriedForward.total'];
      if (typeof expected !== 'number' || actual === expected) continue;
      if (unsure(s, 'carried') || unsure(n.report, 'carriedForward')) continue;
      out.set(s.id, { otherId: n.report.id, otherYear: n.report.year!, expected, actual });
    }
  }
  return out;
}
