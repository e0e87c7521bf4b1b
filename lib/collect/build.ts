/**
 * A checked page into its stored record: first sighting, the same again, or changed since last
 * time (reports are edited after publication). Pure: the store reads the old record and writes
 * the new one; the time is passed in.
 */
import type { ReportAnalysis } from '../report/schema.ts';
import { bodyKeyOf, recordId, regionOf } from './body.ts';
import { diffFigures, fingerprint } from './fingerprint.ts';
import { RECORD_VERSION, type Revision, type StoredReport } from './record.ts';
import { problemsOf, verdictOf } from '../report/verdict.ts';

export interface BuildInput {
  url: string;
  title: string | null;
  site: string;
  report: ReportAnalysis;
  at: string;
}

export interface BuildResult {
  record: StoredReport;
  status: 'new' | 'same' | 'changed';
  revision: Revision | null;
}

export { problemsOf, verdictOf } from '../report/verdict.ts';

/** The record's fromFile: the file the report (or its tables) was read from, when it was (ReportAnalysis.readFromFile). */
function fromFileOf(report: BuildInput['report']): Pick<StoredReport, 'fromFile'> {
  if (!report.readFromFile) return {};
  const file = report.tablesFile ?? report.attachment;
  if (!file) return {};
  return { fromFile: { holds: report.tablesFile ? 'tables' : 'report', kind: file.kind, name: file.name } };
}

export function buildRecord(input: BuildInput, existing: StoredReport | null): BuildResult {
  const { report } = input;
  const body = report.agency;
  const fp = fingerprint({ year: report.year, body, figures: report.figures, findings: report.findings });
  const problems = problemsOf(report.findings);
  const fresh: StoredReport = {
    v: RECORD_VERSION,
    id: recordId(input.url),
    url: input.url,
    title: input.title ?? report.title,
    body,
    bodyKey: bodyKeyOf(body, input.site),
    bodyKeyOverride: existing?.bodyKeyOverride ?? null,
    ...(existing?.bodyKeyOverrideAt !== undefined ? { bodyKeyOverrideAt: existing.bodyKeyOverrideAt } : {}),
    region: regionOf(body, input.title ?? report.title, report.agencyRegion),
    site: input.site,
    year: report.year,
    template: report.template,
    figures: report.figures,
    // the page was read for notes: none is {} (null is a record saved before notes were kept)
    figureNotes: report.figureNotes ?? {},
    findings: report.findings,
    ...fromFileOf(report),
    ...(report.lastYearClaims ? { lastYearClaims: report.lastYearClaims } : {}),
    checks: report.checks,
    verdict: verdictOf(report),
    problems,
    fingerprint: fp,
    firstSeen: existing?.firstSeen ?? input.at,
    lastSeen: laterOf(existing?.lastSeen, input.at),
    revisions: existing?.revisions ?? [],
  };
  if (!existing) return { record: fresh, status: 'new', revision: null };
  if (existing.fingerprint === fp) return { record: fresh, status: 'same', revision: null };
  const revision: Revision = {
    at: input.at,
    fingerprintBefore: existing.fingerprint,
    fingerprintAfter: fp,
    figures: diffFigures(existing.figures, report.figures),
    findingsBefore: existing.problems,
    findingsAfter: problems,
  };
  return { record: { ...fresh, revisions: [...existing.revisions, revision] }, status: 'changed', revision };
}

/** ISO times compare as strings; a sighting never moves lastSeen back (a clock set back, an old tab). */
function laterOf(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}
