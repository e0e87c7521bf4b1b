/**
 * The collection's record of one checked report (issue #5): what is kept in extension storage,
 * exported as JSON and read back on import. Pure data and zod schemas: no browser globals here;
 * components/collection/store.ts keeps these records with wxt/storage.
 *
 * CONTRACT shared by the storage layer (components/collection/store.ts) and the dashboard
 * (entrypoints/dashboard/, components/dashboard/): change it only with both in mind.
 */
import { z } from 'zod';
import { VERDICTS, type Verdict } from '../report/verdict.ts';
import { checkSummarySchema, findingSchema, lastYearClaimSchema, templateSchema } from '../report/schema.ts';

/** The record version this code writes. Older versions are migrated on read (lib/collect/migrate.ts). */
export const RECORD_VERSION = 3;

export const verdictSchema = z.enum(VERDICTS);

/** One figure that changed between two sightings of the same page. */
export const figureChangeSchema = z.object({
  name: z.string(),
  before: z.number().nullable(),
  after: z.number().nullable(),
});

/** A sighting where the report's content differed from the one before (reports are edited after publication). */
export const revisionSchema = z.object({
  /** ISO time of the sighting that found the change */
  at: z.string(),
  fingerprintBefore: z.string(),
  fingerprintAfter: z.string(),
  /** figures that differ; empty when only the text changed */
  figures: z.array(figureChangeSchema),
  /** how many findings before and after */
  findingsBefore: z.number().int().nonnegative(),
  findingsAfter: z.number().int().nonnegative(),
});

export const storedReportSchema = z.object({
  v: z.literal(RECORD_VERSION),
  /** stable id: the page URL without fragment and tracking parameters (see recordId()) */
  id: z.string().min(1),
  url: z.string(),
  title: z.string().nullable(),
  /** the reporting body as the page names it (report.agency) */
  body: z.string().nullable(),
  /**
   * "the same body" across years: normalised name + site (lib/collect/body.ts). A user's
   * correction is kept in bodyKeyOverride and wins.
   */
  bodyKey: z.string().nullable(),
  bodyKeyOverride: z.string().nullable(),
  /**
   * ISO time the user last set or cleared bodyKeyOverride (a cleared one is null with its time): an
   * import keeps the later of two (lib/collect/merge.ts), so an old backup does not bring back a
   * correction cleared since. Absent: never changed since the field was kept (a correction made
   * before, or none).
   */
  bodyKeyOverrideAt: z.string().optional(),
  /** 省/市/区县 as far as the title and site tell, else null */
  region: z.string().nullable(),
  /** the page's hostname */
  site: z.string(),
  year: z.number().int().nullable(),
  template: templateSchema.nullable(),
  /** every mapped figure by its stable name (spec/check-json.md "Figure names"); null = blank */
  figures: z.record(z.string(), z.number().nullable()),
  /**
   * the figures whose cell carries a note ("55（含自然失效29件）"): figure name → note (the core's
   * figureNotes), {} when none. null: not known, the record was saved before notes were kept (v1,
   * and v2 without the field); the cross-year comparisons that would need them say so
   * (lib/collect/cell-notes.ts) until the report is seen again.
   */
  figureNotes: z.record(z.string(), z.string()).nullable(),
  /** the report's own findings (tables and text) as the core gave them when last seen */
  findings: z.array(findingSchema),
  /**
   * where the figures were read, when not (all) from the page: the report's attached file (the
   * page held only its title), or the file of its tables read with the page's text (the panel's
   * 读取附件 button). Absent: the page itself, and every record saved before the field was kept.
   */
  fromFile: z.object({ holds: z.enum(['report', 'tables']), kind: z.string(), name: z.string() }).optional(),
  /**
   * the text's changes against last year with last year's figure unsaid ("收到申请60件，较上年增加5件"),
   * for last year's report to check (lib/collect/text-change.ts). Absent: none, and every record
   * saved before they were kept.
   */
  lastYearClaims: z.array(lastYearClaimSchema).optional(),
  checks: checkSummarySchema,
  verdict: verdictSchema,
  /** error + warning findings, as the badge counts them */
  problems: z.number().int().nonnegative(),
  /** content fingerprint of the report (figures + text claims), to tell an edited report */
  fingerprint: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** newest last; a record whose figures changed since it was first seen has revisions.length > 0 */
  revisions: z.array(revisionSchema),
});

export type StoredReport = z.infer<typeof storedReportSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type { Verdict };

/**
 * Why a value was kept aside, as a code with its figures, for the UI to word in its own language
 * (components/dashboard/quarantine-words.ts): `reason` is the same in Chinese, for exports and for
 * entries kept before codes were.
 *   notExport []                        an imported file that is not a collection export
 *   notRecord [kind, text]              a stored value that is no record (kind: undefined, null, array, string, or its type)
 *   notJsonText [text]                  stored text that is not JSON
 *   field [version, path, problem, expected, more, message]
 *                                       a record's field (path '' for the whole record) not of its form: problem is
 *                                       zod's issue code, expected what zod expected ('' when it says nothing),
 *                                       more how many other issues, message zod's own (English) words
 *                                       (absent on entries kept before session 61)
 *   tooNew [version, readable]          a record version newer than this extension reads
 *   unknownVersion [kind, text]         a version that is no number this extension knows
 *   badImportedEntry []                 an imported file's quarantine entry of no known form
 *   damagedEntry []                     a quarantine entry itself damaged in storage
 */
export const quarantineWhySchema = z.object({
  code: z.enum(['notExport', 'notRecord', 'notJsonText', 'field', 'tooNew', 'unknownVersion', 'badImportedEntry', 'damagedEntry']),
  args: z.array(z.union([z.string(), z.number()])),
});
export type QuarantineWhy = z.infer<typeof quarantineWhySchema>;

/** A stored value that failed validation: kept aside with the reason, shown by the dashboard. */
export const quarantineEntrySchema = z.object({
  /** the storage key it was found under */
  key: z.string(),
  /** ISO time it was moved aside */
  at: z.string(),
  /** why it could not be read, in Chinese (first zod issue or the migration's reason) */
  reason: z.string(),
  /** the same as a code with its figures (absent on entries kept before codes were) */
  why: quarantineWhySchema.optional(),
  /** the name of the file it was imported from, and its place there (1 = the file's first report) */
  file: z.string().optional(),
  entry: z.number().int().positive().optional(),
  /** the raw value exactly as it was stored */
  raw: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;

/** The JSON export: everything, schema-versioned; import reads it back (and older exports). */
export const collectionExportSchema = z.object({
  format: z.literal('nianbao-lens/collection'),
  version: z.literal(RECORD_VERSION),
  exportedAt: z.string(),
  reports: z.array(z.unknown()),
  quarantine: z.array(quarantineEntrySchema),
  /**
   * each report's cross-year findings when exported (by id, only those with any): computed from the
   * collection, never stored, so an import does not read them back
   */
  crossYear: z.record(z.string(), z.array(z.unknown())).optional(),
});
export type CollectionExport = z.infer<typeof collectionExportSchema>;

/** What an import did, for the dashboard to say. */
export interface ImportResult {
  added: number;
  updated: number;
  /** same id and same fingerprint as a record already kept */
  duplicates: number;
  /** entries that failed validation; they go to quarantine, not lost */
  quarantined: number;
}

/** A cross-report finding (carry-over, identical figures), computed on read, never stored. */
export interface CrossYearFinding {
  rule: 'cross.carry-over' | 'cross.identical-figures' | 'cross.in-force' | 'cross.text-change';
  severity: 'error' | 'warning';
  /** Chinese, with both figures: "上年结转（自然人）：本年报告 3，2019年报告结转下年度 0" */
  message: string;
  /** the figure in this report, e.g. 't3.carried.natural' (or 't3.carriedForward.natural' against next year's) */
  figure: string | null;
  /** what the other report implies for this report's figure */
  expected: number | null;
  /** this report's figure */
  actual: number | null;
  /** the other report (last year's, or next year's): its id and URL, for a link */
  otherId: string;
  otherUrl: string;
  otherYear: number | null;
  /** the text of this report the finding is about, when it is about text (cross.text-change on this year's report) */
  quote?: string;
  /** its code and figures (cross-note-words.ts), for the UI's language; absent from a build before them, which shows the Chinese */
  note?: { code: string; args: (string | number)[] };
}

/** A comparison across years that was not made, and why (lib/collect/cross-year.ts crossYearSkips). */
export type { CrossYearSkip } from './cross-year.ts';

/**
 * The storage layer's API as the dashboard and the content script see it (implemented in
 * components/collection/store.ts; the content script reaches it through the background).
 */
export interface CollectionApi {
  /** save or update the record of a checked page; returns the record and what changed */
  save(input: SaveInput): Promise<SaveResult>;
  /** every readable record (index order: newest lastSeen first); rebuilds the index from them */
  list(): Promise<StoredReport[]>;
  /**
   * every report's summary, newest lastSeen first: the store's index, one small read for thousands
   * of reports (what the dashboard's list, filters and charts need). Checked against the report
   * keys where the browser can list them, and rebuilt from the records when they disagree.
   */
  summaries(): Promise<ReportSummary[]>;
  get(id: string): Promise<StoredReport | null>;
  remove(id: string): Promise<void>;
  /** 不再保存: the report removed, and its page remembered so that auto-save does not keep it again */
  forget(id: string): Promise<void>;
  /** the user's correction of "the same body"; null clears it */
  setBodyKey(id: string, bodyKey: string | null): Promise<void>;
  /** the values kept aside, newest first (read by the quarantine's own key list) */
  quarantine(): Promise<QuarantineEntry[]>;
  clearQuarantine(key?: string): Promise<void>;
  /** cross-year findings of one record against the rest of the collection */
  crossYear(id: string): Promise<CrossYearFinding[]>;
  /**
   * the comparisons crossYear could not make for that record, and why (a year holding two different
   * reports of the body, table-三 columns only one year has): "not compared", never a finding
   */
  crossYearSkips(id: string): Promise<import('./cross-year.ts').CrossYearSkip[]>;
  /**
   * a stored record, or null, with its cross-year findings and skips from one reading of its
   * neighbours: what the panel and the dashboard's detail view show, in one call
   */
  lookup(id: string): Promise<RecordLookup | null>;
  /**
   * every report's cross-year problems (lib/collect/cross-count.ts), by id, only the reports with
   * any: what the dashboard's list counts with each report's own, as its detail page and the panel do
   */
  crossYearCounts(): Promise<Record<string, import('./cross-count.ts').CrossCount>>;
  exportJson(): Promise<CollectionExport>;
  /** `file`: the file's name, kept with what is quarantined from it */
  importJson(data: unknown, file?: string): Promise<ImportResult>;
  /** bytes in use by the collection (its keys, by key) */
  bytesInUse(): Promise<number>;
}

/** A record with its cross-year findings and the comparisons not made (CollectionApi.lookup). */
export interface RecordLookup {
  record: StoredReport;
  crossYear: CrossYearFinding[];
  crossYearSkips: import('./cross-year.ts').CrossYearSkip[];
  /** each revision's cross-year problems before and after (revision-cross.ts), oldest first; absent from an older build's answer */
  revisionCross?: import('./revision-cross.ts').RevisionCross[];
}

export interface SaveInput {
  url: string;
  title: string | null;
  site: string;
  /** the core's result for the page (lib/report/schema.ts ReportAnalysis) */
  report: import('../report/schema.ts').ReportAnalysis;
  /** ISO time; defaults to now */
  at?: string;
}

export interface SaveResult {
  record: StoredReport;
  /** 'new' first sighting; 'same' seen before, unchanged; 'changed' content differs from last time */
  status: 'new' | 'same' | 'changed';
  /** the revision just added when status is 'changed' */
  revision: Revision | null;
  crossYear: CrossYearFinding[];
  /** what crossYear could not compare, and why */
  crossYearSkips: import('./cross-year.ts').CrossYearSkip[];
}

/**
 * The small summary of one report that the store keeps in its index, so that a list of 5,000
 * reports is one small read instead of 5,000 full records (~7 KB each, mostly figure names). It
 * holds what the dashboard's table, filters and charts read; the full record is one get(id) away.
 * CollectionApi.summaries() returns these, newest lastSeen first. SUMMARY_FIGURES and summarize()
 * live in summary.ts, without zod, for the dashboard's first paint.
 */
export { SUMMARY_FIGURES, summarize } from './summary.ts';

export const reportSummarySchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  body: z.string().nullable(),
  /** the effective key: the user's override when set, else the automatic one */
  bodyKey: z.string().nullable(),
  region: z.string().nullable(),
  site: z.string(),
  year: z.number().int().nullable(),
  template: templateSchema.nullable(),
  verdict: verdictSchema,
  problems: z.number().int().nonnegative(),
  fingerprint: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** how many revisions (0: never seen changed) */
  revisions: z.number().int().nonnegative(),
  /** the SUMMARY_FIGURES the report has (null = blank) */
  figures: z.record(z.string(), z.number().nullable()),
  /** error and warning findings per rule id */
  rules: z.record(z.string(), z.number().int().positive()),
  /**
   * table 三's carry-over rows not known to hold plain counts (summary.ts carryUnsure): a cell
   * carries a note, or the record was saved before notes were read. The list's carry-over mark
   * leaves them, as the detail view does. Absent in summaries kept before it (treated as unsure).
   */
  carryUnsure: z.array(z.enum(['carried', 'carriedForward'])).optional(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;
