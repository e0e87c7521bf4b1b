/**
 * The one typed result of the core (issue #2, "report"). The batch checker's JSON
 * (spec/check-json.md) is a projection of it; the overlay and the collection read it too.
 */
import { z } from 'zod';
import type { NotePart } from '../types.ts';

export const cellRefSchema = z.object({
  table: z.number().int().nonnegative(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
});

/** A note, or a part of one: a code and its arguments, each a string, a number or a part. */
export const notePartSchema: z.ZodType<NotePart> = z.object({
  code: z.string(),
  args: z.array(z.union([z.string(), z.number(), z.lazy(() => notePartSchema)])),
});

export const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  cells: z.array(cellRefSchema),
  suspect: cellRefSchema.nullable(),
  quote: z.string().nullable(),
  expected: z.number().optional(),
  actual: z.number().optional(),
  /**
   * the finding's code and figures (lib/types.ts Finding.note: the map's, the tables', the text's, whose
   * arguments may be parts of their own); absent in a report kept before session 50 (51 for the tables' and text's)
   */
  note: z.lazy(() => notePartSchema).optional(),
});

/** How each rule instance came out: three outcomes, never two (STYLE.md). */
export const checkSummarySchema = z.object({
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** could not be checked: a blank total, an unmapped row, … */
  skipped: z.number().int().nonnegative(),
  /** passed only because blanks were read as 0 */
  passedWithBlanks: z.number().int().nonnegative(),
});

export const templateSchema = z.enum(['2019', '2021', 'pre2019', 'unknown']);

/** One change against last year the text states with last year's figure unsaid (lib/narrative/last-year-claims.ts). */
export const lastYearClaimSchema = z.object({
  readings: z.array(z.enum(['new', 'newAndCarried', 'review', 'suits', 'license', 'penalty', 'enforcement'])).min(1),
  value: z.number().int(),
  amount: z.number().int().nullable(),
  /** signed, as printed: "-12.3" */
  pct: z.string().regex(/^-?\d+(?:\.\d+)?$/u).nullable(),
  quote: z.string(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  isReport: z.boolean(),
  /** why the detector decided as it did (a short phrase, for the panel and debugging) */
  reason: z.string(),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  agency: z.string().nullable(),
  /**
   * the county (县, 区, 旗) the page places the body in where the body is a 镇, 乡 or 街道 whose name
   * leaves it out (its breadcrumb, 发布机构 or 来源, site name or footer's 主办单位 name it, and
   * agree: detect/town-county.ts), or a department named by its level alone ("市教育局") is in, where the
   * site's name says (placeOfLevelBody, det63). Absent on any other page. The collection keeps it as the region.
   */
  agencyRegion: z.string().optional(),
  /** the page is the report's 统计表: its tables and no text of it, so no text to check (detect/heading-score.ts holdsTablesOnly) */
  tablesOnly: z.literal(true).optional(),
  template: templateSchema.nullable(),
  /** which <table> indexes hold tables 二, 三 (may be two: a 续表), 四 */
  tables: z.object({
    t2: z.array(z.number().int()),
    t3: z.array(z.number().int()),
    t4: z.array(z.number().int()),
  }),
  /** key figures by stable name (spec/check-json.md "Figure names"); null = blank cell */
  figures: z.record(z.string(), z.number().nullable()),
  /** where each figure stands on the page */
  figureRefs: z.record(z.string(), cellRefSchema),
  /**
   * the figures whose cell carries a note beside the figure ("55（含自然失效29件）" → "含自然失效29件"):
   * read as their number, but no plain count (the checks across years skip them). Absent when none.
   */
  figureNotes: z.record(z.string(), z.string()).optional(),
  findings: z.array(findingSchema),
  /**
   * changes the text states against last year with last year's figure unsaid, of a count that is
   * table 三's 本年新收 or 新收 + 上年结转 ("收到申请60件，较上年增加5件"): last year's report checks
   * them (lib/narrative/last-year-claims.ts, lib/collect/text-change.ts). Absent when none.
   */
  lastYearClaims: z.array(lastYearClaimSchema).optional(),
  /**
   * the page holds only the report's title and its file (detect/attachment.ts): the file's kind,
   * name and absolute http(s) address (null when it has none). Absent on any other page.
   */
  attachment: z.object({ kind: z.string(), name: z.string(), href: z.string().nullable() }).optional(),
  /**
   * the page holds the report's text and no table, and attaches the file that holds its tables
   * (detect/attachment.ts tablesAttachment): the file's kind, name and absolute http(s) address
   * (null when it has none). Absent on any other page.
   */
  tablesFile: z.object({ kind: z.string(), name: z.string(), href: z.string().nullable() }).optional(),
  /**
   * the report was read from its Word or Excel attachment (components/docx-read.ts), not from the page; with
   * tablesFile, its tables were read from that file and its text from the page
   */
  readFromFile: z.boolean().optional(),
  checks: checkSummarySchema,
  /** the narrative stage: how many claims in the text were checked, and how they came out */
  narrative: z.object({
    checked: z.number().int().nonnegative(),
    passed: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    /** one Chinese sentence; says so when the prose has no checkable claim */
    summary: z.string(),
    /**
     * the claims that could not be checked, in the text's order: the rule, the sentence as quoted, and why (the core's
     * Chinese; not coded yet). The panel lists them under what was not checked, each with a jump to its sentence.
     * Absent when none (and in a report made before session 53).
     */
    skips: z.array(z.object({ rule: z.string(), quote: z.string(), detail: z.string(), note: z.lazy(() => notePartSchema).optional() })).optional(),
  }),
  timings: z.object({
    detectMs: z.number(),
    gridMs: z.number(),
    mapMs: z.number(),
    rulesMs: z.number(),
    narrativeMs: z.number(),
    totalMs: z.number(),
  }),
});

export type ReportAnalysis = z.infer<typeof reportSchema>;
export type FindingOut = z.infer<typeof findingSchema>;
