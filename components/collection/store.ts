/**
 * The collection in extension storage (wxt/storage, area "local", `unlimitedStorage`):
 *
 *   report:<id>            one key per report: the StoredReport (lib/collect/record.ts), the truth
 *   collection:index:NN    a small summary per report (ReportSummary: what a list needs), in 64
 *                          buckets (summary-index.ts); a cache of the report keys, never the truth
 *   collection:schema      the collection's schema version; older records are migrated on open
 *   quarantine:<at>:<key>  one key per value that failed validation, with the reason in Chinese
 *
 * Concurrency. Every read-modify-write runs in one promise chain per store (a mutex), and the
 * background owns the store the content scripts write through: two tabs saving at once queue up
 * there. A second writer (the dashboard page importing this module) has its own chain, so the two
 * could still race on the index — which is why the index is only a cache: a report is written to its
 * own key first, and list() rebuilds the index from the report keys whenever they disagree. No
 * interleaving of writers can lose a report.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createSummaryIndex } from './summary-index.ts';
import { effectiveBodyKey, recordId } from '../../lib/collect/body.ts';
import { buildRecord } from '../../lib/collect/build.ts';
import { crossYearFindings, type CrossYearSubject } from '../../lib/collect/cross-year.ts';
import { planImport } from '../../lib/collect/merge.ts';
import { readRecord } from '../../lib/collect/migrate.ts';
import {
  RECORD_VERSION,
  quarantineEntrySchema,
  storedReportSchema,
  summarize,
  type CollectionApi,
  type CollectionExport,
  type CrossYearFinding,
  type QuarantineEntry,
  type ReportSummary,
  type SaveInput,
  type SaveResult,
  type StoredReport,
} from '../../lib/collect/record.ts';

export const REPORT_PREFIX = 'report:';
export const QUARANTINE_PREFIX = 'quarantine:';
export const SCHEMA_KEY = 'collection:schema';
/** The collection's schema: 2 since records carry revisions and body keys (v1 → v2 in migrate.ts). */
export const COLLECTION_SCHEMA = RECORD_VERSION;

export type IndexEntry = ReportSummary;

export const reportKey = (id: string) => `local:${REPORT_PREFIX}${id}` as const;

export const indexEntryOf = summarize;

/** Newest sighting first; ties by id so the order is stable. */
function byLastSeen(a: { lastSeen: string; id: string }, b: { lastSeen: string; id: string }): number {
  return a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A promise chain: each task starts when the one before has settled, whatever its outcome. */
export function createMutex(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export interface CollectionStore extends CollectionApi {
  /** the index as stored (tests and the background's diagnostics) */
  index(): Promise<IndexEntry[]>;
  /**
   * Every report's summary, newest lastSeen first: one small read, for a list of thousands. The
   * index is checked against the report keys (storage.local.getKeys, Chrome 130+) and rebuilt
   * when they disagree; where getKeys is missing it is trusted and list() repairs it.
   */
  summaries(): Promise<ReportSummary[]>;
  /** runs the schema migration if the stored collection is older; list()/save() wait for it */
  ready(): Promise<void>;
}

export function createCollectionStore(options: { now?: () => string } = {}): CollectionStore {
  const now = options.now ?? (() => new Date().toISOString());
  const lock = createMutex();
  const index = createSummaryIndex();
  const schemaItem = storage.defineItem<number>(`local:${SCHEMA_KEY}`, { fallback: 0 });

  /** A bad value goes to its own quarantine key, then leaves its place: nothing is dropped. */
  async function quarantineValue(key: string, raw: unknown, reason: string): Promise<void> {
    const at = now();
    const entry: QuarantineEntry = { key, at, reason, raw };
    await storage.setItem(`local:${QUARANTINE_PREFIX}${at}:${key}`, entry);
    await storage.removeItem(`local:${key}`);
  }

  /**
   * Every report key read, migrated and validated (under the lock): migrated records are written
   * back, unreadable ones quarantined, and the index rewritten if it no longer matches.
   */
  async function scan(): Promise<StoredReport[]> {
    const all = await storage.snapshot('local');
    const records: StoredReport[] = [];
    const migrated: { key: `local:${string}`; value: StoredReport }[] = [];
    for (const key of Object.keys(all)) {
      if (!key.startsWith(REPORT_PREFIX)) continue;
      const read = readRecord(all[key]);
      if (!read.ok) {
        await quarantineValue(key, all[key], read.reason);
        continue;
      }
      // a record stored under another key than its id would be found twice: the key is the truth
      const record = read.record.id === key.slice(REPORT_PREFIX.length) ? read.record : { ...read.record, id: key.slice(REPORT_PREFIX.length) };
      records.push(record);
      if (read.migrated || record !== read.record) migrated.push({ key: `local:${key}`, value: record });
    }
    if (migrated.length > 0) await storage.setItems(migrated);
    records.sort(byLastSeen);
    const fresh = records.map(indexEntryOf);
    await index.sync(fresh, all);
    return records;
  }

  /** Every summary, newest first; a malformed index is rebuilt from the records. */
  async function readIndex(): Promise<IndexEntry[]> {
    const entries = await index.read();
    return entries ? entries.sort(byLastSeen) : (await scan()).map(indexEntryOf);
  }

  async function readOne(id: string): Promise<StoredReport | null> {
    const key = reportKey(id);
    const raw = await storage.getItem<unknown>(key);
    if (raw === null) return null;
    const read = readRecord(raw);
    if (read.ok) {
      if (read.migrated) await storage.setItem(key, read.record);
      return read.record;
    }
    await quarantineValue(`${REPORT_PREFIX}${id}`, raw, read.reason);
    return null;
  }

  async function write(record: StoredReport): Promise<void> {
    // validate on the way in too: a record this code cannot read back is never stored
    await storage.setItem(reportKey(record.id), storedReportSchema.parse(record));
  }

  /** Last year's candidates from the index, read and checked against `record`. */
  async function crossOf(record: StoredReport): Promise<CrossYearFinding[]> {
    const key = effectiveBodyKey(record);
    if (key === null || record.year === null) return [];
    const ids = (await readIndex()).filter((e) => e.bodyKey === key && e.year === record.year! - 1 && e.id !== record.id).map((e) => e.id);
    const others: CrossYearSubject[] = [];
    for (const id of ids) {
      const other = await readOne(id);
      if (other) others.push(other);
    }
    return crossYearFindings(record, others);
  }

  let migration: Promise<void> | null = null;
  const ready = (): Promise<void> =>
    (migration ??= (async () => {
      const version = await schemaItem.getValue();
      if (version >= COLLECTION_SCHEMA) return;
      await lock(scan);
      await schemaItem.setValue(COLLECTION_SCHEMA);
    })());

  /** Every public call: after the schema migration, inside the lock. */
  const locked = <T>(task: () => Promise<T>): Promise<T> => ready().then(() => lock(task));

  const store: CollectionStore = {
    ready,
    index: () => locked(readIndex),

    save: (input: SaveInput): Promise<SaveResult> =>
      locked(async () => {
        const id = recordId(input.url);
        const existing = await readOne(id);
        const built = buildRecord({ url: input.url, title: input.title, site: input.site, report: input.report, at: input.at ?? now() }, existing);
        await write(built.record);
        await index.put(indexEntryOf(built.record));
        return { ...built, crossYear: await crossOf(built.record) };
      }),

    list: () => locked(scan),

    summaries: () =>
      locked(async () => {
        const [entries, keys] = await Promise.all([readIndex(), reportKeys()]);
        if (keys && (keys.size !== entries.length || entries.some((e) => !keys.has(REPORT_PREFIX + e.id)))) {
          return (await scan()).map(summarize);
        }
        return entries;
      }),

    get: (id) => locked(() => readOne(id)),

    remove: (id) =>
      locked(async () => {
        await storage.removeItem(reportKey(id));
        await index.drop(id);
      }),

    setBodyKey: (id, bodyKey) =>
      locked(async () => {
        const record = await readOne(id);
        if (!record) return;
        const override = bodyKey?.trim() ? bodyKey.trim() : null;
        const next = { ...record, bodyKeyOverride: override };
        await write(next);
        await index.put(indexEntryOf(next));
      }),

    quarantine: () =>
      locked(async () => {
        const all = await storage.snapshot('local');
        const out: QuarantineEntry[] = [];
        for (const [key, value] of Object.entries(all)) {
          if (!key.startsWith(QUARANTINE_PREFIX)) continue;
          const parsed = quarantineEntrySchema.safeParse(value);
          // even a damaged quarantine entry is shown, never hidden
          out.push(parsed.success ? parsed.data : { key, at: '', reason: '隔离条目本身格式不正确', raw: value });
        }
        return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
      }),

    clearQuarantine: (key) =>
      locked(async () => {
        const all = await storage.snapshot('local');
        const doomed = Object.entries(all)
          .filter(([k, v]) => k.startsWith(QUARANTINE_PREFIX) && (key === undefined || (v as { key?: unknown } | null)?.key === key || k === key))
          .map(([k]) => `local:${k}` as const);
        if (doomed.length > 0) await storage.removeItems(doomed);
      }),

    crossYear: (id) =>
      locked(async () => {
        const record = await readOne(id);
        return record ? crossOf(record) : [];
      }),

    exportJson: async (): Promise<CollectionExport> => ({
      format: 'nianbao-lens/collection',
      version: RECORD_VERSION,
      exportedAt: now(),
      reports: await store.list(),
      quarantine: await store.quarantine(),
    }),

    importJson: (data) =>
      locked(async () => {
        // only the records the file names are read: an import into 5,000 reports stays small
        const existing = new Map<string, StoredReport>();
        for (const id of idsIn(data)) {
          const r = await readOne(id);
          if (r) existing.set(id, r);
        }
        const at = now();
        const plan = planImport(existing, data, at);
        const records = plan.write.map((r) => storedReportSchema.parse(r));
        if (records.length > 0) await storage.setItems(records.map((r) => ({ key: reportKey(r.id), value: r })));
        for (const q of plan.quarantine) await storage.setItem(`local:${QUARANTINE_PREFIX}${q.at}:${q.key}`, q);
        await index.putMany(records.map(indexEntryOf));
        return plan.result;
      }),

    bytesInUse: () =>
      locked(async () => {
        const all = await storage.snapshot('local');
        const keys = Object.keys(all).filter((k) => k.startsWith(REPORT_PREFIX) || k.startsWith(QUARANTINE_PREFIX) || k.startsWith('collection:'));
        const area = browser.storage.local as { getBytesInUse?: (keys: string[]) => Promise<number> };
        if (typeof area.getBytesInUse === 'function') {
          try {
            return await area.getBytesInUse(keys);
          } catch {
            // Firefox before 131 has no getBytesInUse on local: count it ourselves
          }
        }
        const enc = new TextEncoder();
        return keys.reduce((n, k) => n + enc.encode(k).length + enc.encode(JSON.stringify(all[k])).length, 0);
      }),
  };
  return store;
}

/** The ids an import file names (readable or not: the plan sorts them out). */
function idsIn(data: unknown): string[] {
  const d = data as { reports?: unknown } | unknown[] | null;
  const list = Array.isArray(d) ? d : Array.isArray((d as { reports?: unknown } | null)?.reports) ? ((d as { reports: unknown[] }).reports) : [];
  const ids = new Set<string>();
  for (const r of list) {
    const id = (r as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id.length > 0) ids.add(id);
  }
  return [...ids];
}

/** The report keys without their values, where the browser can list keys alone. */
async function reportKeys(): Promise<Set<string> | null> {
  const area = browser.storage.local as { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys !== 'function') return null;
  try {
    return new Set((await area.getKeys()).filter((k) => k.startsWith(REPORT_PREFIX)));
  } catch {
    return null;
  }
}
