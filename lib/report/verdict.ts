/**
 * A report's verdict, from the report alone: the panel's, the toolbar badge's, the popup's and the
 * dashboard's. Kept apart from the collection's record schema (lib/collect/record.ts), which
 * builds its zod schemas when loaded: the lens, which needs only this, stays without zod (about
 * 100 KB of the lens's 240 KB, compiled on every report page it opens).
 */
import type { ReportAnalysis } from './schema.ts';

export const VERDICTS = ['problems', 'ok', 'partial', 'unchecked'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Errors and warnings: what the badge counts. */
export function problemsOf(findings: readonly { severity: string }[]): number {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
}

/**
 * Problems found; nothing could be checked; what was read holds but a table the template has was
 * not found (the core's map.missing-table notes) or found and read in none of its figures
 * (map.unread-table: its columns could not be told); or every check held.
 */
export function verdictOf(report: Pick<ReportAnalysis, 'findings' | 'checks' | 'narrative'>): Verdict {
  if (problemsOf(report.findings) > 0) return 'problems';
  const checked = report.checks.passed + report.checks.failed + report.narrative.passed + report.narrative.failed;
  if (checked === 0) return 'unchecked';
  return report.findings.some((f) => f.rule === 'map.missing-table' || f.rule === 'map.unread-table') ? 'partial' : 'ok';
}
