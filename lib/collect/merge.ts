/**
 * Import: an exported collection (this version's or an older one's) merged into the records kept.
 * Every entry is validated (v1 or v2); one that fails goes to quarantine with its reason, never
 * lost. The same id with the same fingerprint is a duplicate; the same id with another
 * fingerprint is the same page seen at another time: the newer sighting wins and the histories
 * are joined, with a revision for the step between them if neither side recorded it.
 */
import { diffFigures } from './fingerprint.ts';
import { readRecord } from './migrate.ts';
import { quarantineEntrySchema, type ImportResult, type QuarantineEntry, type Revision, type StoredReport } from './record.ts';

export interface ImportPlan {
  /** records to write (new or changed) */
  write: StoredReport[];
  quarantine: QuarantineEntry[];
  result: ImportResult;
}

/** Two records of one id into one; `changed` when they differ in content (fingerprint). */
export function mergeRecords(a: StoredReport, b: StoredReport): { record: StoredReport; changed: boolean } {
  const [older, newer] = a.lastSeen <= b.lastSeen ? [a, b] : [b, a];
  const revisions = joinRevisions(older.revisions, newer.revisions);
  const changed = older.fingerprint !== newer.fingerprint;
  if (changed && !revisions.some((r) => r.fingerprintBefore === older.fingerprint && r.fingerprintAfter === newer.fingerprint)) {
    revisions.push({
      at: newer.lastSeen,
      fingerprintBefore: older.fingerprint,
      fingerprintAfter: newer.fingerprint,
      figures: diffFigures(older.figures, newer.figures),
      findingsBefore: older.problems,
      findingsAfter: newer.problems,
    });
    revisions.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  }
  const record: StoredReport = {
    ...newer,
    firstSeen: older.firstSeen < newer.firstSeen ? older.firstSeen : newer.firstSeen,
    ...correctionOf(older, newer),
    revisions,
  };
  if (record.bodyKeyOverrideAt === undefined) delete record.bodyKeyOverrideAt;
  return { record, changed };
}

/**
 * The body-key correction two copies of a record agree on: the one the user set or cleared last
 * (bodyKeyOverrideAt), a clearing included, so that re-importing an old backup does not bring back a
 * correction cleared since, nor a correction made on another machine and imported later get lost to
 * an older one. A side without a time was never changed since times were kept: older than any side
 * with one. Neither with a time (records and exports kept before): either side's correction, the
 * newer sighting's first, as before.
 */
function correctionOf(older: StoredReport, newer: StoredReport): Pick<StoredReport, 'bodyKeyOverride' | 'bodyKeyOverrideAt'> {
  const [a, b] = [older.bodyKeyOverrideAt, newer.bodyKeyOverrideAt];
  if (a === undefined && b === undefined) return { bodyKeyOverride: newer.bodyKeyOverride ?? older.bodyKeyOverride, bodyKeyOverrideAt: undefined };
  // the later time; at the same time (one edit seen twice), the correction over none
  const last = b === undefined || (a !== undefined && (a > b || (a === b && newer.bodyKeyOverride === null))) ? older : newer;
  return { bodyKeyOverride: last.bodyKeyOverride, bodyKeyOverrideAt: last.bodyKeyOverrideAt! };
}

function joinRevisions(a: readonly Revision[], b: readonly Revision[]): Revision[] {
  const seen = new Set<string>();
  const out: Revision[] = [];
  for (const r of [...a, ...b].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))) {
    const k = `${r.at}|${r.fingerprintBefore}|${r.fingerprintAfter}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

/** Whether data is an export this extension can import (its format, or a bare array of records). */
export const isCollectionExport = (data: unknown): boolean => entriesOf(data) !== null;

/** The entries of an export: this format (any version), or a bare array of records. */
function entriesOf(data: unknown): { reports: unknown[]; quarantine: unknown[] } | null {
  if (Array.isArray(data)) return { reports: data, quarantine: [] };
  if (typeof data !== 'object' || data === null) return null;
  const d = data as { format?: unknown; reports?: unknown; quarantine?: unknown };
  if (d.format !== 'nianbao-lens/collection' || !Array.isArray(d.reports)) return null;
  return { reports: d.reports, quarantine: Array.isArray(d.quarantine) ? d.quarantine : [] };
}

/** `file`: the imported file's name, kept with each entry quarantined from it (the dashboard names it). */
export function planImport(existing: ReadonlyMap<string, StoredReport>, data: unknown, at: string, file?: string): ImportPlan {
  const result: ImportResult = { added: 0, updated: 0, duplicates: 0, quarantined: 0 };
  const quarantine: QuarantineEntry[] = [];
  const entries = entriesOf(data);
  const from = file === undefined ? {} : { file };
  if (!entries) {
    quarantine.push({ key: `import:${at}`, at, reason: '导入的文件不是年报透镜导出的收藏 JSON（缺少 format 或 reports）', why: { code: 'notExport', args: [] }, ...from, raw: data });
    result.quarantined = 1;
    return { write: [], quarantine, result };
  }
  const working = new Map<string, StoredReport>();
  const touched = new Set<string>();
  entries.reports.forEach((raw, i) => {
    const read = readRecord(raw);
    if (!read.ok) {
      quarantine.push({ key: `import:${at}:${i}`, at, reason: `导入的第${i + 1}条：${read.reason}`, why: read.why, ...from, entry: i + 1, raw });
      result.quarantined++;
      return;
    }
    const incoming = read.record;
    const kept = working.get(incoming.id) ?? existing.get(incoming.id);
    if (!kept) {
      working.set(incoming.id, incoming);
      touched.add(incoming.id);
      result.added++;
      return;
    }
    const merged = mergeRecords(kept, incoming);
    working.set(incoming.id, merged.record);
    if (merged.changed) {
      result.updated++;
      touched.add(incoming.id);
    } else {
      result.duplicates++;
      // same content: still keep the wider first/last seen and the joined history
      if (JSON.stringify(merged.record) !== JSON.stringify(kept)) touched.add(incoming.id);
    }
  });
  // entries the exporting browser had quarantined stay in quarantine here
  entries.quarantine.forEach((raw, i) => {
    const q = quarantineEntrySchema.safeParse(raw);
    quarantine.push(q.success ? q.data : { key: `import:${at}:q${i}`, at, reason: '导入的隔离条目格式不正确', why: { code: 'badImportedEntry', args: [] }, ...from, raw });
  });
  return { write: [...touched].map((id) => working.get(id)!), quarantine, result };
}
