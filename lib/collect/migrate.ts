/**
 * Reading a stored value of any version into the current record, or saying in Chinese why not.
 *
 * v1 is what a first version of the collection stored: the core's `agency` under that name, no
 * "same body" key (matching was by exact name), no region, no check summary, and instead of a
 * history of revisions only `changedAt`, the time a change was last noticed. v2 adds
 * body/bodyKey/bodyKeyOverride/region/checks/revisions. v3 (record.ts) always says whether the
 * record was read for notes in its cells (figureNotes: {} when none, null when not known): a v2
 * record with the field kept them, one without may have been saved before they were (null); and
 * its body key is derived again, as the keys of v2's time folded a 区政府办公室's own report into
 * its government's (lib/collect/body.ts). A value that is none of these is never guessed: the
 * caller moves it to quarantine with the reason.
 */
import { z } from 'zod';
import { findingSchema, templateSchema } from '../report/schema.ts';
import { bodyKeyOf, regionOf } from './body.ts';
import { RECORD_VERSION, storedReportSchema, verdictSchema, type QuarantineWhy, type StoredReport } from './record.ts';

export const storedReportV1Schema = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  url: z.string(),
  title: z.string().nullable(),
  agency: z.string().nullable(),
  site: z.string(),
  year: z.number().int().nullable(),
  template: templateSchema.nullable(),
  figures: z.record(z.string(), z.number().nullable()),
  findings: z.array(findingSchema),
  verdict: verdictSchema,
  problems: z.number().int().nonnegative(),
  fingerprint: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** when a change of content was last noticed; null if never */
  changedAt: z.string().nullable(),
});
export type StoredReportV1 = z.infer<typeof storedReportV1Schema>;

/** v2: v3 with figureNotes optional (absent when none, and on records saved before notes were kept). */
export const storedReportV2Schema = storedReportSchema.extend({
  v: z.literal(2),
  figureNotes: z.record(z.string(), z.string()).optional(),
});
export type StoredReportV2 = z.infer<typeof storedReportV2Schema>;

/**
 * v2 → v3. figureNotes: kept where the record has it; where it has not, the record may have been
 * saved before notes were read, so it is not known (null), never taken as none. The automatic body
 * key is derived again from the name and site (the user's correction stays as it was): a
 * 区政府办公室's own report keyed as its government before session 16 keys as the office.
 */
export function migrateV2(old: StoredReportV2): StoredReport {
  return { ...old, v: RECORD_VERSION, bodyKey: bodyKeyOf(old.body, old.site), figureNotes: old.figureNotes ?? null };
}

/** A failure's reason in Chinese, and the same as a code with its figures (record.ts QuarantineWhy). */
export type ReadResult = { ok: true; record: StoredReport; migrated: boolean } | { ok: false; reason: string; why: QuarantineWhy };

/** v1 → v2. What v1 did not keep is derived (body key, region) or left empty (check counts). */
export function migrateV1(old: StoredReportV1): StoredReport {
  const problems = old.findings.filter((f) => f.severity !== 'info').length;
  return {
    v: RECORD_VERSION,
    id: old.id,
    url: old.url,
    title: old.title,
    body: old.agency,
    bodyKey: bodyKeyOf(old.agency, old.site),
    bodyKeyOverride: null,
    region: regionOf(old.agency, old.title),
    site: old.site,
    year: old.year,
    template: old.template,
    figures: old.figures,
    // v1 did not read notes in cells: whether a figure had one is not known
    figureNotes: null,
    findings: old.findings,
    // v1 did not keep how the checks came out; the next sighting fills them in
    checks: { passed: 0, failed: 0, skipped: 0, passedWithBlanks: 0 },
    verdict: old.verdict,
    problems: old.problems,
    fingerprint: old.fingerprint,
    firstSeen: old.firstSeen,
    lastSeen: old.lastSeen,
    // v1 knew that the page changed, not what: one revision with the figures unknown
    revisions:
      old.changedAt === null
        ? []
        : [{ at: old.changedAt, fingerprintBefore: '', fingerprintAfter: old.fingerprint, figures: [], findingsBefore: problems, findingsAfter: problems }],
  };
}

/** Any stored value into the current record, migrating older versions; never throws. */
export function readRecord(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: `不是一条报告记录（存储的值是${describe(raw)}）`, why: { code: 'notRecord', args: kindOf(raw) } };
  }
  const v = (raw as { v?: unknown }).v;
  if (v === RECORD_VERSION) {
    const parsed = storedReportSchema.safeParse(raw);
    return parsed.success ? rekeyed(parsed.data) : zodFailure(parsed.error, v);
  }
  if (v === 2) {
    const parsed = storedReportV2Schema.safeParse(raw);
    if (!parsed.success) return zodFailure(parsed.error, v);
    return { ok: true, record: migrateV2(parsed.data), migrated: true };
  }
  if (v === 1) {
    const parsed = storedReportV1Schema.safeParse(raw);
    if (!parsed.success) return zodFailure(parsed.error, v);
    return { ok: true, record: migrateV1(parsed.data), migrated: true };
  }
  if (typeof v === 'number' && v > RECORD_VERSION) {
    return { ok: false, reason: `记录版本 v${v} 比本扩展能读的 v${RECORD_VERSION} 新（来自更新版本的扩展？）`, why: { code: 'tooNew', args: [v, RECORD_VERSION] } };
  }
  // no version at all: said so (ux67: "无法识别的记录版本：空（undefined）" was a programmer's word)
  const reason = v === undefined ? '记录没有版本号（不是本扩展保存的记录格式）' : `无法识别的记录版本：${describe(v)}`;
  return { ok: false, reason, why: { code: 'unknownVersion', args: kindOf(v) } };
}

/**
 * A current record whose automatic body key an older build derived otherwise ("济南市市中区人民政府" was
 * "中区@…", "宁波市镇海区人民政府" "宁波市镇海区@…" before session 52 read units whose name starts with a
 * unit's character, so that neither met "市中区"/"镇海区" of another year's page): the key is derived
 * again from the name and site, as v2 → v3 does, so that last year's record, saved by the older build,
 * still meets this year's. The user's correction is left as it is; a record saved with no site keeps none.
 * Its region likewise (layout 6).
 */
function rekeyed(record: StoredReport): ReadResult {
  const derived = bodyKeyOf(record.body, record.site);
  const key = derived ?? record.bodyKey;
  // the region as the name or title tells it (det63: "济南市市场监督管理局" was "济南市市", so last year's
  // record disagreed with this year's page, "济南市"); a county the page told (a town's) is kept
  const region = regionOf(record.body, record.title) ?? record.region;
  if (key === record.bodyKey && region === record.region) return { ok: true, record, migrated: false };
  return { ok: true, record: { ...record, bodyKey: key, region }, migrated: true };
}

const zodFailure = (error: z.ZodError, version: number): ReadResult => ({ ok: false, reason: zodReason(error, version), why: zodWhy(error, version) });

/**
 * A zod issue's problem in Chinese, as the dashboard words its code (dashQProblem_* in public/_locales/zh_CN): zod's
 * own message is English ("Invalid input: expected string, received number"), and the reason is a Chinese sentence that
 * the JSON export carries (ux86's walk); zod's words are kept in the reason's figures (zodWhy), not in the sentence.
 */
function problemWords(code: string, expected: string): string {
  if (code === 'invalid_type' && expected) return `应为 ${expected}`;
  const said: Record<string, string> = { too_small: '过小或过短', too_big: '过大或过长', invalid_value: '不是允许的取值', invalid_format: '不是要求的写法' };
  return said[code] ?? `不合规（${code || '?'}）`;
}

/** The first zod issue in Chinese: which field and what was wrong. */
export function zodReason(error: z.ZodError, version: unknown): string {
  const issue = error.issues[0];
  if (!issue) return `记录（v${String(version)}）格式不正确`;
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '（整条记录）';
  const more = error.issues.length > 1 ? `，另有${error.issues.length - 1}处问题` : '';
  const expected = 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : '';
  return `记录（v${String(version)}）的字段「${path}」不符合格式：${problemWords(issue.code, expected)}${more}`;
}

/** The first zod issue as figures: the field's path, zod's code for the problem, what it expected, and zod's own message. */
export function zodWhy(error: z.ZodError, version: number): QuarantineWhy {
  const issue = error.issues[0];
  const expected = issue && 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : '';
  return {
    code: 'field',
    args: [version, issue ? issue.path.map(String).join('.') : '', issue?.code ?? '', expected, Math.max(0, error.issues.length - 1), issue?.message ?? ''],
  };
}

/** A value's kind and (for a string) its opening: [kind, text]. */
function kindOf(x: unknown): [string, string] {
  if (x === undefined) return ['undefined', ''];
  if (x === null) return ['null', ''];
  if (Array.isArray(x)) return ['array', ''];
  if (typeof x === 'string') return ['string', x.length > 20 ? `${x.slice(0, 20)}…` : x];
  return [typeof x, ''];
}

function describe(x: unknown): string {
  if (x === undefined) return '空（undefined）';
  if (x === null) return '空（null）';
  if (Array.isArray(x)) return '数组';
  if (typeof x === 'string') return `字符串“${x.length > 20 ? `${x.slice(0, 20)}…` : x}”`;
  return typeof x;
}
