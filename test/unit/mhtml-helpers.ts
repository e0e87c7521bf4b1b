/** What mhtml.test.ts and mhtml-redteam.test.ts compare between a single-file page and its page. */
import type { CheckedFile } from '../../cli/load-page.ts';

/** What the reader is told about a file: the report, its figures and findings, the text's checks. */
export const told = (c: CheckedFile) => {
  const r = c.analysis!;
  return {
    isReport: r.isReport, year: r.year, agency: r.agency, template: r.template, tables: r.tables, figures: r.figures,
    findings: r.findings.map((f) => [f.rule, f.severity, f.message, f.suspect, f.expected, f.actual, f.quote].map((x) => JSON.stringify(x)).join(' ')).sort(),
    narrative: r.narrative,
  };
};
