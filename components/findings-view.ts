/**
 * How the panel arranges a report: the verdict, the findings grouped by where they stand (table
 * 二, 三, 四, the text), and what could not be read. It only sorts and counts what the core
 * found; every figure and message comes from the report.
 */
import type { FindingOut, ReportAnalysis } from '../lib/report/schema.ts';
import { missingTableOf, missingTableReason, saysReportInAttachment, saysTablesArePictures, saysTablesInAttachment } from '../lib/map/notes.ts';
import { verdictOf } from '../lib/report/verdict.ts';

/**
 * Where a finding is shown: under table 二, 三 or 四, the text, another table of the page (a
 * further table 三, checked on its own), or, for one tied to no table, a general heading.
 */
export type GroupKey = 't2' | 't3' | 't4' | 'text' | 'other' | 'general';

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

/** A claim of the text that could not be judged: its rule, its sentence and why (the core's Chinese: ReportAnalysis.narrative.skips). */
export type ClaimSkip = NonNullable<ReportAnalysis['narrative']['skips']>[number];

export interface Unread {
  skippedChecks: number;
  skippedClaims: number;
  /** those claims, each with its sentence and why; empty in a report made before they were kept */
  claims: readonly ClaimSkip[];
  missingTables: ('t2' | 't3' | 't4')[];
  /** why they are missing, when the core knows (their tables are pictures), or null */
  missingReason: string | null;
  /** the core's info findings: unmapped rows, truncated tables, blanks read as 0 */
  notes: FindingOut[];
}

export interface ReportView {
  verdict: Verdict;
  /** the report's tables are pictures (detect/picture-tables.ts): its template cannot be told */
  tablesArePictures: boolean;
  /** the page offers the report as a file it cannot read (detect/attachment.ts) */
  inAttachment: boolean;
  /** the page holds the report's text and attaches the file with its tables (detect/attachment.ts tablesAttachment) */
  tablesInAttachment: boolean;
  groups: FindingGroup[];
  unread: Unread;
}

const GROUP_ORDER: GroupKey[] = ['t3', 't4', 't2', 'text', 'other', 'general'];

/**
 * What the notes say of tables not read at all, as the template line needs it (results-text.ts
 * templateLine): pictures, the report in a file, its tables in a file. For the panel's report and a
 * stored one alike.
 */
export function unreadWhole(findings: readonly Pick<FindingOut, 'rule' | 'message'>[]): Pick<ReportView, 'tablesArePictures' | 'inAttachment' | 'tablesInAttachment'> {
  return {
    tablesArePictures: saysTablesArePictures(findings),
    inAttachment: saysReportInAttachment(findings),
    tablesInAttachment: saysTablesInAttachment(findings),
  };
}

export function isProblem(f: Pick<FindingOut, 'severity'>): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

type TableKey = 't2' | 't3' | 't4';
const TABLE_KEYS: readonly TableKey[] = ['t3', 't4', 't2'];

/** What groupOf reads of a report: where tables 二, 三 and 四 stand, and where their figures do. */
export type GroupSource = Pick<ReportAnalysis, 'tables' | 'figureRefs'>;

export function groupOf(f: FindingOut, report: GroupSource): GroupKey {
  if (f.rule.startsWith('text.')) return 'text';
  const refs = f.suspect ? [f.suspect] : f.cells;
  const table = refs[0]?.table;
  if (table === undefined) return 'general';
  // an Excel sheet may hold tables 二, 三 and 四 in one <table> (lib/map/split-sections.ts): the
  // table index is then every table's, and a rule of one table says which one its finding is about
  const own = /^(t[234])\./.exec(f.rule)?.[1] as TableKey | undefined;
  if (own && report.tables[own].includes(table)) return own;
  const held = TABLE_KEYS.filter((k) => report.tables[k].includes(table));
  if (held.length === 0) return 'other';
  if (held.length === 1) return held[0]!;
  // a finding of no one table's rule (a blank total) on such a sheet: the section its cells stand
  // in; a finding whose cells stand in none, or in more than one, is no one table's
  const found = new Set<TableKey>();
  for (const ref of refs) {
    const k = ref.table === table ? sectionAt(report, held, ref.table, ref.row) : null;
    if (k) found.add(k);
  }
  return found.size === 1 ? [...found][0]! : 'general';
}

/**
 * Which of the tables held by one <table> a row of it belongs to: the one whose figures
 * (report.figureRefs, named t2.…, t3.…, t4.…) stand in rows from above it to below it, or null.
 * The sections of a sheet are row ranges that do not overlap, and each holds its figures.
 */
function sectionAt(report: GroupSource, held: readonly TableKey[], table: number, row: number): TableKey | null {
  let found: TableKey | null = null;
  for (const k of held) {
    const prefix = `${k}.`;
    let above = false;
    let below = false;
    for (const name in report.figureRefs) {
      const ref = report.figureRefs[name]!;
      if (ref.table !== table || !name.startsWith(prefix)) continue;
      if (ref.row <= row) above = true;
      if (ref.row >= row) below = true;
      if (above && below) break;
    }
    if (!(above && below)) continue;
    if (found) return null;
    found = k;
  }
  return found;
}

export function reportView(report: ReportAnalysis): ReportView {
  const problems = report.findings.filter(isProblem);
  const byGroup = new Map<GroupKey, FindingOut[]>();
  for (const f of problems) {
    const key = groupOf(f, report);
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
    ...unreadWhole(infos),
    groups,
    unread: {
      skippedChecks: report.checks.skipped,
      skippedClaims: report.narrative.skipped,
      claims: report.narrative.skips ?? [],
      missingTables,
      missingReason: missingReasonOf(infos),
      notes: infos.filter((f) => f.rule !== 'map.missing-table'),
    },
  };
}

/**
 * The reasons the map.missing-table notes give after the table's standard words ("（…）"), each
 * once (one reason for all the tables, as a report in an attachment gives; or one a table, as
 * "表三在页面上是图片…" does), or null.
 */
function missingReasonOf(infos: readonly FindingOut[]): string | null {
  const reasons = new Set<string>();
  for (const f of infos) {
    const why = missingTableReason(f);
    if (why) reasons.add(why);
  }
  return reasons.size > 0 ? [...reasons].join('；') : null;
}

/** The number the toolbar badge shows: inconsistencies (errors and warnings). */
export function problemCount(report: Pick<ReportAnalysis, 'isReport' | 'findings'>): number | null {
  return report.isReport ? report.findings.filter(isProblem).length : null;
}
