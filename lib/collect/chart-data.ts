/**
 * What the dashboard's charts draw, as pure data: one body's key figures year by year, how the
 * collection's findings spread over the rules, and axis ticks. It reads the report summaries
 * (record.ts ReportSummary: the key figures and findings per rule), so the charts need no full
 * record. The SVG only maps these numbers to pixels (components/dashboard/charts.tsx).
 */
import { derivedFigures, type Share } from '../report/figures.ts';
import type { ReportSummary } from './record.ts';
import { regionsDisagree } from './neighbour.ts';
import type { CrossCount } from './cross-count.ts';

/**
 * "The same body" as the summary holds it (the user's correction already applied); a report
 * without a key stands alone.
 */
export function bodyGroupOf(r: Pick<ReportSummary, 'id' | 'bodyKey'>): string {
  return r.bodyKey ?? `id:${r.id}`;
}

export interface YearPoint {
  year: number;
  /** the report shown for that year */
  id: string;
  url: string;
  newTotal: number | null;
  processed: number | null;
  granted: number | null;
  /** 予以公开 / 办结 in percent */
  grantedShare: number | null;
  review: number | null;
  reviewCorrected: number | null;
  /** 复议 结果纠正 / 总计 in percent */
  reviewCorrectedRate: number | null;
  /** 未经复议直接起诉 + 复议后起诉 */
  suit: number | null;
  suitCorrected: number | null;
  suitCorrectedRate: number | null;
}

const percent = (share: Share | null): number | null => share && (share.part * 100) / share.whole;

/** The derived figures are lib/report/figures.ts's, as the panel and the list show them. */
export function yearPoint(r: ReportSummary & { year: number }): YearPoint {
  const d = derivedFigures(r.figures);
  return {
    year: r.year, id: r.id, url: r.url,
    newTotal: d.newTotal, processed: d.processed, granted: d.granted, grantedShare: percent(d.grantedShare),
    review: d.review, reviewCorrected: d.reviewCorrected, reviewCorrectedRate: percent(d.reviewCorrectedShare),
    suit: d.suit, suitCorrected: d.suitCorrected, suitCorrectedRate: percent(d.suitCorrectedShare),
  };
}

/**
 * The body's reports, one a year, oldest first. When a year was collected twice (a page and its
 * mirror), the one seen last stands for it. region: the body's, when its key is not the user's
 * correction: a report of the key whose region disagrees is another body's (two 城关镇 of two
 * counties on their city's portal, det61; neighbour.ts sameBody).
 */
export function bodyHistory(reports: readonly ReportSummary[], bodyKey: string, region: string | null = null): YearPoint[] {
  const byYear = new Map<number, ReportSummary & { year: number }>();
  for (const r of reports) {
    if (r.year === null || bodyGroupOf(r) !== bodyKey || regionsDisagree(r.region, region)) continue;
    const seen = byYear.get(r.year);
    if (!seen || seen.lastSeen < r.lastSeen) byYear.set(r.year, r as ReportSummary & { year: number });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).map(yearPoint);
}

export interface RuleCount {
  rule: string;
  /** findings of this rule over all the reports */
  findings: number;
  /** reports with at least one */
  reports: number;
}

/** Findings per rule, most frequent first (the summaries count errors and warnings only: info is not a problem). */
export function ruleSpread(reports: readonly Pick<ReportSummary, 'rules'>[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const r of reports) {
    for (const [rule, n] of Object.entries(r.rules)) {
      let c = counts.get(rule);
      if (!c) counts.set(rule, (c = { rule, findings: 0, reports: 0 }));
      c.findings += n;
      c.reports++;
    }
  }
  return [...counts.values()].sort((a, b) => b.findings - a.findings || (a.rule < b.rule ? -1 : 1));
}

/**
 * 问题分布 over the reports shown: each report's own findings by rule, and the cross-year problems between two reports once,
 * though both report them (dash98: one break of 结转 said "4 处 · 2 份年报", one a column on each side). A problem between
 * a pair counts the larger of the two sides' counts (the same problems seen from either side; only one side when the other
 * is filtered out); its reports are every report shown that has it. A count without `others` (an older build's) counts
 * as the report says.
 */
export function crossRuleSpread(reports: readonly Pick<ReportSummary, 'id' | 'rules'>[], cross: Readonly<Record<string, CrossCount>>): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  const pairs = new Map<string, { rule: string; n: number }>();
  const add = (rule: string, findings: number, report: boolean) => {
    let c = counts.get(rule);
    if (!c) counts.set(rule, (c = { rule, findings: 0, reports: 0 }));
    c.findings += findings;
    if (report) c.reports++;
  };
  for (const r of reports) {
    const c = cross[r.id];
    const mine = new Set<string>();
    for (const [rule, n] of Object.entries(r.rules)) add(rule, n, !mine.has(rule) && !!mine.add(rule));
    if (!c) continue;
    if (!c.others) {
      for (const [rule, n] of Object.entries(c.rules)) add(rule, n, !mine.has(rule) && !!mine.add(rule));
      continue;
    }
    for (const [other, byRule] of Object.entries(c.others)) {
      for (const [rule, n] of Object.entries(byRule)) {
        add(rule, 0, !mine.has(rule) && !!mine.add(rule));
        const key = `${rule}\u0000${[r.id, other].sort().join('\u0000')}`;
        const seen = pairs.get(key);
        if (!seen) pairs.set(key, { rule, n });
        else seen.n = Math.max(seen.n, n);
      }
    }
  }
  for (const { rule, n } of pairs.values()) add(rule, n, false);
  return [...counts.values()].sort((a, b) => b.findings - a.findings || (a.rule < b.rule ? -1 : 1));
}

/** An axis from 0 to a round number ≥ max (1, 2 or 5 × 10^n steps), about `count` steps. */
export function niceAxis(max: number, count = 4, integer = false): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  if (integer) step = Math.max(1, step); // counts of applications never get a 0.5 tick
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { max: top, ticks };
}
