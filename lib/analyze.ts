/**
 * The core's one entry: a Document in, a ReportAnalysis out. Data flows one way:
 * detect → grids → mapped tables → rules (+ suspect) → narrative → report. No browser globals, no
 * extension APIs: the content script passes the live document, the batch checker a parsed one.
 * The tables' stage is analyze-tables.ts; the narrative's, completeAnalysis below, may run later
 * (the lens shows the tables' findings while the narrative's code loads).
 */
import { analyzeTables, type AnalyzeOptions, type TablesStage } from './analyze-tables.ts';
import { withTextReader } from './text/traditional.ts';
import type { ReportAnalysis } from './report/schema.ts';
import { checkNarrative, narrativeSummary } from './narrative/check-narrative.ts';
import { againstDoubtedTotals } from './narrative/table-suspects.ts';

export type { AnalyzeOptions } from './analyze-tables.ts';

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): ReportAnalysis {
  return completeAnalysis(analyzeTables(doc, options));
}

/**
 * The narrative stage on the tables' stage: the prose read against the tables' figures, its
 * findings placed between the rules' and the notes. A page that is not a report is returned as
 * it was. The stage's own object is not changed: a new analysis is returned.
 */
export function completeAnalysis(stage: TablesStage): ReportAnalysis {
  const { analysis, prose } = stage;
  if (!prose) return analysis;
  const { input, rules, notes, now, t0, t4 } = prose;
  // the page's text read as the tables' stage read it (traditional characters in simplified ones)
  const narrative = withTextReader(prose.reader, () => (input ? checkNarrative(input) : { findings: [], checks: [] }));
  const count = (o: string) => narrative.checks.filter((c) => c.outcome === o).length;
  // what could not be checked, and why: the panel's "not checked" list (components/panel-skips.tsx)
  // (each with its reason's code where it has one, en63: the panel words it in the UI's language)
  const skips = narrative.checks.filter((c) => c.outcome === 'skip').map(({ rule, quote, detail, note }) => (note ? { rule, quote, detail, note } : { rule, quote, detail }));
  const t5 = now();
  return {
    ...analysis,
    narrative: {
      checked: narrative.checks.length, passed: count('pass'), failed: count('fail'), skipped: count('skip'),
      summary: narrativeSummary(narrative),
      ...(skips.length > 0 ? { skips } : {}),
    },
    // a text figure that agrees with a table total's parts, where the rules doubt that total, is
    // not the text's mistake (narrative/table-suspects.ts)
    findings: [...rules, ...againstDoubtedTotals(narrative.findings, rules), ...notes],
    ...(narrative.lastYear ? { lastYearClaims: narrative.lastYear } : {}),
    timings: { ...analysis.timings, narrativeMs: t5 - t4, totalMs: now() - t0 },
  };
}
