/**
 * How the red-team tests (redteam.test.ts, redteam17.test.ts) compare a page's findings with its
 * expected.json: each error and warning as one key (rule, severity, and the suspect cell or the
 * quoted figure where the expectation names one), so that a finding of the same rule on another
 * cell or sentence is not taken for the planted mistake.
 */
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import type { CellRef } from '../../lib/types.ts';

/** A page's expectation: its kind, year and template, and its errors and warnings. */
export interface WantedPage {
  isReport: boolean;
  year?: number | null;
  template?: string | null;
  /** quote: the planted figure as printed; the finding must quote it */
  findings: { rule: string; severity: string; suspect?: CellRef; quote?: string }[];
}

export const findingKey = (f: { rule: string; severity: string; suspect?: CellRef | null; quote?: string | null }): string =>
  `${f.rule}/${f.severity}${f.suspect ? `@${f.suspect.table},${f.suspect.row},${f.suspect.col}` : ''}${f.quote ? `~${f.quote}` : ''}`;

/** The analysis's errors and warnings and the expected ones, each as sorted keys, to be equal. */
export function findingKeys(a: ReportAnalysis, want: WantedPage): { got: string[]; wanted: string[] } {
  const got = a.findings
    .filter((f) => f.severity !== 'info')
    .map((f) =>
      findingKey({
        ...f,
        suspect: want.findings.some((w) => w.rule === f.rule && w.suspect) ? f.suspect : null,
        quote: want.findings.find((w) => w.rule === f.rule && w.quote && f.quote?.includes(w.quote))?.quote ?? null,
      }),
    );
  return { got: got.sort(), wanted: want.findings.map(findingKey).sort() };
}
