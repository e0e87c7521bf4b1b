/**
 * The core's one entry: a Document in, a ReportAnalysis out. No browser globals, no extension
 * APIs: the content script passes the live document, the batch checker a parsed one.
 */
import { detectReport } from './detect/detect-report.ts';
import type { ReportAnalysis } from './report/schema.ts';

export interface AnalyzeOptions {
  url?: string;
  /** a clock, so that Node and the browser can both time the stages */
  now?: () => number;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): ReportAnalysis {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const detection = detectReport(doc, options.url);
  const t1 = now();
  return {
    schemaVersion: 1,
    isReport: detection.isReport,
    reason: detection.reason,
    title: detection.title,
    year: detection.year,
    agency: detection.agency,
    template: detection.template,
    tables: { t2: [], t3: [], t4: [] },
    figures: {},
    figureRefs: {},
    findings: [],
    checks: { passed: 0, failed: 0, skipped: 0, passedWithBlanks: 0 },
    timings: { detectMs: t1 - t0, gridMs: 0, mapMs: 0, rulesMs: 0, narrativeMs: 0, totalMs: now() - t0 },
  };
}
