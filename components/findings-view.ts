/**
 * How the panel arranges a report: the verdict, the findings grouped by where they stand (table
 * 二, 三, 四, the text), and what could not be read. It only sorts and counts what the core
 * found; every figure and message comes from the report.
 */
import type { FindingOut, ReportAnalysis } from '../lib/report/schema.ts';
import { missingTable, missingTableOf } from '../lib/map/notes.ts';
import { verdictOf } from '../lib/report/verdict.ts';

export type GroupKey = 't2' | 't3' | 't4' | 'text' | 'other';

export interface FindingGroup {
  key: GroupKey;
  findings: FindingOut[];
}

export type Verdict =
  | { kind: 'problems'; count: number }
  | { kind: 'ok' }
  /** what could be read holds, but a table the template has was not found: never a plain "OK" */
  | { kind: 'partial' }
  /** nothing could be checked: never shown as "OK" (STYLE.md, three outcomes) */
  | { kind: 'unchecked' };

export interface Unread {
  skippedChecks: number;
  skippedClaims: number;
  missingTables: ('t2' | 't3' | 't4')[];
  /** why they are missing, when the core knows (their tables are pictures), or null */
  missingReason: string | null;
  /** the core's info findings: unmapped rows, truncated tables, blanks read as 0 */
  notes: FindingOut[];
}

export interface ReportView {
  verdict: Verdict;
  groups: FindingGroup[];
  unread: Unread;
}

const GROUP_ORDER: GroupKey[] = ['t3', 't4', 't2', 'text', 'other'];

export function isProblem(f: Pick<FindingOut, 'severity'>): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

export function groupOf(f: FindingOut, tables: ReportAnalysis['tables']): GroupKey {
  if (f.rule.startsWith('text.')) return 'text';
  const table = (f.suspect ?? f.cells[0])?.table;
  if (table === undefined) return 'other';
  // an Excel sheet may hold tables 二, 三 and 四 in one <table> (lib/map/split-sections.ts): the
  // table index is then every table's, and the rule says which one its finding is about
  const own = /^(t[234])\./.exec(f.rule)?.[1] as 't2' | 't3' | 't4' | undefined;
  if (own && tables[own].includes(table)) return own;
  if (tables.t3.includes(table)) return 't3';
  if (tables.t4.includes(table)) return 't4';
  if (tables.t2.includes(table)) return 't2';
  return 'other';
}

export function reportView(report: ReportAnalysis): ReportView {
  const problems = report.findings.filter(isProblem);
  const byGroup = new Map<GroupKey, FindingOut[]>();
  for (const f of problems) {
    const key = groupOf(f, report.tables);
    const list = byGroup.get(key) ?? [];
    list.push(f);
    byGroup.set(key, list);
  }
  const groups = GROUP_ORDER.filter((k) => byGroup.has(k)).map((key) => ({ key, findings: byGroup.get(key)! }));
  // the tables the core said it did not find (only those the report's template has), each shown
  // in the UI's language rather than as the core's note
  const infos = report.findings.filter((f) => f.severity === 'info');
  const missingTables = (['t2', 't3', 't4'] as const).filter((k) => infos.some((f) => missingTableOf(f) === k));
  const kind = verdictOf(report);
  const verdict: Verdict = kind === 'problems' ? { kind, count: problems.length } : { kind };
  return {
    verdict,
    groups,
    unread: {
      skippedChecks: report.checks.skipped,
      skippedClaims: report.narrative.skipped,
      missingTables,
      missingReason: missingReasonOf(infos),
      notes: infos.filter((f) => f.rule !== 'map.missing-table'),
    },
  };
}

/** The reason a map.missing-table note gives after the table's standard words ("（…）"), or null. */
function missingReasonOf(infos: readonly FindingOut[]): string | null {
  for (const f of infos) {
    const k = missingTableOf(f);
    if (k && f.message !== missingTable(k).message) return f.message.slice(missingTable(k).message.length).replace(/^（|）$/g, '');
  }
  return null;
}

/** The number the toolbar badge shows: inconsistencies (errors and warnings). */
export function problemCount(report: Pick<ReportAnalysis, 'isReport' | 'findings'>): number | null {
  return report.isReport ? report.findings.filter(isProblem).length : null;
}
