/**
 * A report's summary (record.ts ReportSummary): what the store keeps of each report in its index
 * so that a list of thousands is one small read. Kept apart from record.ts and free of zod, so that
 * the dashboard can read the index (components/collection/summary-index.ts) on its first paint
 * without loading the schemas.
 */
import type { ReportSummary, StoredReport } from './record.ts';
import { effectiveBodyKey } from './body.ts';

/** The figures a summary keeps: what the dashboard's table, filters and charts read (lib/report/figures.ts). */
export const SUMMARY_FIGURES = [
  't3.new.total', 't3.carried.total', 't3.processed.total', 't3.granted.total', 't3.partial.total', 't3.carriedForward.total',
  't4.review.corrected', 't4.review.total', 't4.suitDirect.corrected', 't4.suitDirect.total',
  't4.suitAfterReview.corrected', 't4.suitAfterReview.total',
] as const;

/**
 * The carry-over rows (二、上年结转, 四、结转下年度) not known to be plain counts: one with a note in
 * any of its cells, or both when the record was saved before notes were read (figureNotes null).
 */
export function carryUnsure(r: Pick<StoredReport, 'figureNotes'>): ('carried' | 'carriedForward')[] {
  if (r.figureNotes === null) return ['carried', 'carriedForward'];
  const names = Object.keys(r.figureNotes);
  return (['carried', 'carriedForward'] as const).filter((row) => names.some((k) => k.startsWith(`t3.${row}.`)));
}

export function summarize(r: StoredReport): ReportSummary {
  const figures: Record<string, number | null> = {};
  for (const name of SUMMARY_FIGURES) if (name in r.figures) figures[name] = r.figures[name] ?? null;
  const rules: Record<string, number> = {};
  for (const f of r.findings) if (f.severity !== 'info') rules[f.rule] = (rules[f.rule] ?? 0) + 1;
  return {
    id: r.id, url: r.url, title: r.title, body: r.body, bodyKey: effectiveBodyKey(r), region: r.region,
    site: r.site, year: r.year, template: r.template, verdict: r.verdict, problems: r.problems, fingerprint: r.fingerprint,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen, revisions: r.revisions.length, figures, rules, carryUnsure: carryUnsure(r),
  };
}
