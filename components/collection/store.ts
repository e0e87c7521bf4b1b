/**
 * The collection in extension storage (area "local", `unlimitedStorage`):
 *
 *   report:<id>             one key per report: the StoredReport (lib/collect/record.ts) as JSON
 *                           text (stored-value.ts), the truth
 *   collection:index:NN     a small summary per report (ReportSummary: what a list needs), in 64
 *                           buckets (summary-index.ts); a cache of the report keys, never the truth
 *   collection:schema       the collection's layout (COLLECTION_SCHEMA); an older one is migrated on open
 *   collection:quarantine   the quarantine's keys, so that it is read by key, not by reading everything
 *   collection:forgotten    pages the user chose not to keep (不再保存): auto-save leaves them alone
 *   quarantine:<at>:<key>   one key per value that failed validation, with the reason in Chinese
 *                           (quarantine.ts)
 *
 * Concurrency. Every read-modify-write holds the collection's lock (lock.ts) for its whole length:
 * one lock for all extension contexts, so the background (where every tab's save runs) and the
 * dashboard (which imports) take turns. Under it, a write reads the index buckets it changes fresh
 * from storage and stores a report with its bucket in one storage.local.set, so two tabs saving at
 * once, or a tab saving during an import, lose nothing and leave the index agreeing with the
 * reports. The index stays a cache all the same: summaries() checks it against the report keys where
 * the browser can list keys (getKeys), list() rebuilds it from the records, and a browser without
 * Web Locks (one lock per context then) can interleave two contexts' index writes but never lose a report.
 */
import { COLLECTION_SCHEMA, FORGOTTEN_KEY, QUARANTINE_LIST_KEY, QUARANTINE_PREFIX, REPORT_PREFIX, SCHEMA_KEY } from './layout.ts';
import { collectionLock, type Lock } from './lock.ts';
import { BUCKET_KEYS, byLastSeen, createSummaryIndex } from './summary-index.ts';
import { decodeStored, encodeRecord, rawOf } from './stored-value.ts';
import { area, bytesOf, reportKeys, stringList } from './area.ts';
import { clearQuarantine, quarantineKey, quarantineKeys, quarantineValues, readQuarantine } from './quarantine.ts';
import { effectiveBodyKey, recordId } from '../../lib/collect/body.ts';
import { buildRecord } from '../../lib/collect/build.ts';
import { crossYearFindings, crossYearSkips, type CrossYearSkip, type CrossYearSubject } from '../../lib/collect/cross-year.ts';
import { planImport } from '../../lib/collect/merge.ts';
import { crossCandidates, crossCounts, crossYearOfAll } from '../../lib/collect/cross-count.ts';
import { revisionCross } from '../../lib/collect/revision-cross.ts';
import {
  RECORD_VERSION,
  storedReportSchema,
  summarize,
  type CollectionApi,
  type CollectionExport,
  type CrossYearFinding,
  type QuarantineEntry,
  type QuarantineWhy,
  type ReportSummary,
  type SaveInput,
  type SaveResult,
  type StoredReport,
} from '../../lib/collect/record.ts';

export { COLLECTION_SCHEMA, FORGOTTEN_KEY, QUARANTINE_LIST_KEY, QUARANTINE_PREFIX, REPORT_PREFIX, SCHEMA_KEY };

/** How many forgotten pages are remembered; the oldest go first. */
export const FORGOTTEN_MAX = 500;
/**
 * An import, or the migration of every record when the store opens, writes its records in sets of
 * about this many bytes: no single message of 40 MB.
 */
const WRITE_CHUNK_BYTES = 4 << 20;

/** Records written as they come, in sets of about WRITE_CHUNK_BYTES; flush() writes the rest. */
function chunkedWriter(): { add(key: string, text: string): Promise<void>; flush(): Promise<void> } {
  let chunk: Record<string, string> = {};
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (bytes === 0) return;
    const values = chunk;
    chunk = {};
    bytes = 0;
    await area().set(values);
  };
  return {
    async add(key, text) {
      chunk[key] = text;
      // at least 1 a record, so that an empty text is still written
      bytes += Math.max(1, text.length);
      if (bytes >= WRITE_CHUNK_BYTES) await flush();
    },
    flush,
  };
}

export type IndexEntry = ReportSummary;

/** The storage key of a report (without WXT's area prefix). */
export const reportKey = (id: string): string => `${REPORT_PREFIX}${id}`;

export const indexEntryOf = summarize;

export interface CollectionStore extends CollectionApi {
  /** the index as stored (tests and the background's diagnostics) */
  index(): Promise<IndexEntry[]>;
  /** runs the layout migration if the stored collection is older; every other call waits for it */
  ready(): Promise<void>;
  /** auto-save: save(), unless the user forgot this page (then null: nothing written) */
  autoSave(input: SaveInput): Promise<SaveResult | null>;
  /** the forgotten pages' ids, oldest first */
  forgotten(): Promise<string[]>;
}

export function createCollectionStore(options: { now?: () => string; lock?: Lock } = {}): CollectionStore {
  const now = options.now ?? (() => new Date().toISOString());
  const lock = options.lock ?? collectionLock();
  const index = createSummaryIndex();

  /**
   * Bad stored reports moved aside: each to its own quarantine key, then out of its place and the
   * index. Returns the quarantine keys written.
   */
  async function moveAside(bad: readonly { key: string; stored: unknown; reason: string; why: QuarantineWhy }[]): Promise<string[]> {
    if (bad.length === 0) return [];
    const at = now();
    const ids = bad.map((b) => b.key.slice(REPORT_PREFIX.length));
    const buckets = await area().get(index.keysFor(ids));
    const write = index.change([], ids, buckets);
    const entries = bad.map((b): QuarantineEntry => ({ key: b.key, at, reason: b.reason, why: b.why, raw: rawOf(b.stored) }));
    await area().set({ ...(await quarantineValues(entries)), ...write.values });
    await area().remove(bad.map((b) => b.key));
    write.commit();
    return entries.map(quarantineKey);
  }

  /**
   * Stored report values into records; the unreadable ones quarantined (their keys in `movedAside`),
   * the older ones written back.
   */
  async function decodeMany(stored: Record<string, unknown>, keys: readonly string[], movedAside: string[] = []): Promise<Map<string, StoredReport>> {
    const out = new Map<string, StoredReport>();
    const bad: { key: string; stored: unknown; reason: string; why: QuarantineWhy }[] = [];
    const rewrite = chunkedWriter();
    for (const key of keys) {
      // absent (the fake browser answers undefined for a key it does not hold, Chrome leaves it out)
      if (stored[key] === undefined || stored[key] === null) continue;
      const read = decodeStored(stored[key]);
      if (!read.ok) {
        bad.push({ key, stored: stored[key], reason: read.reason, why: read.why });
        continue;
      }
      const id = key.slice(REPORT_PREFIX.length);
      // a record stored under another key than its id would be found twice: the key is the truth
      const record = read.record.id === id ? read.record : { ...read.record, id };
      out.set(id, record);
      if (read.migrated || record !== read.record) await rewrite.add(key, encodeRecord(record));
    }
    await rewrite.flush();
    movedAside.push(...(await moveAside(bad)));
    return out;
  }

  async function readMany(ids: readonly string[]): Promise<Map<string, StoredReport>> {
    if (ids.length === 0) return new Map();
    const keys = ids.map(reportKey);
    return decodeMany(await area().get(keys), keys);
  }

  const readOne = async (id: string): Promise<StoredReport | null> => (await readMany([id])).get(id) ?? null;

  /**
   * Every report key read, migrated and validated (under the lock): older records written back,
   * unreadable ones quarantined, and the index and the quarantine's list rewritten where they no
   * longer match.
   */
  async function scan(): Promise<StoredReport[]> {
    const all = await area().get(null);
    const keys = Object.keys(all);
    const movedAside: string[] = [];
    const records = [...(await decodeMany(all, keys.filter((k) => k.startsWith(REPORT_PREFIX)), movedAside)).values()].sort(byLastSeen);
    // moving bad records aside changed buckets and the quarantine since `all` was read: read them again
    const fresh = movedAside.length > 0 ? await area().get([...BUCKET_KEYS, QUARANTINE_LIST_KEY]) : all;
    const write = index.sync(records.map(summarize), fresh);
    const values: Record<string, unknown> = { ...write.values };
    const quarantined = [...keys.filter((k) => k.startsWith(QUARANTINE_PREFIX)), ...movedAside];
    const listed = stringList(fresh[QUARANTINE_LIST_KEY]);
    if (!listed || listed.length !== quarantined.length || !quarantined.every((k) => listed.includes(k))) values[QUARANTINE_LIST_KEY] = quarantined;
    if (Object.keys(values).length > 0) await area().set(values);
    write.commit();
    return records;
  }

  /** Every summary, newest first; a malformed index is rebuilt from the records. */
  async function readIndex(): Promise<IndexEntry[]> {
    const entries = await index.read();
    return entries ? entries.sort(byLastSeen) : (await scan()).map(summarize);
  }

  /**
   * The record written with its index bucket in one set (validated on the way in: a record this
   * code cannot read back is never stored).
   */
  async function put(record: StoredReport, stored: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<StoredReport> {
    const valid = storedReportSchema.parse(record);
    const write = index.change([summarize(valid)], [], stored);
    await area().set({ [reportKey(valid.id)]: encodeRecord(valid), ...write.values, ...extra });
    write.commit();
    if (write.damaged) await scan();
    return valid;
  }

  /**
   * Last year's and next year's reports of the same body, from the index, read and checked against
   * `record`: the findings, and the comparisons that could not be made (crossYearSkips).
   */
  async function crossOf(record: StoredReport): Promise<{ findings: CrossYearFinding[]; skips: CrossYearSkip[]; others: CrossYearSubject[] }> {
    const key = effectiveBodyKey(record);
    if (key === null || record.year === null) return { findings: [], skips: [], others: [] };
    const ids = (await readIndex())
      .filter((e) => e.bodyKey === key && (e.year === record.year! - 1 || e.year === record.year! + 1 || e.year === record.year) && e.id !== record.id)
      .map((e) => e.id);
    const others: CrossYearSubject[] = [...(await readMany(ids)).values()];
    return { findings: crossYearFindings(record, others), skips: crossYearSkips(record, others), others };
  }

  async function forgottenIds(): Promise<string[]> {
    return stringList((await area().get(FORGOTTEN_KEY))[FORGOTTEN_KEY]) ?? [];
  }

  /**
   * A checked page saved: by hand (the panel's 保存, which also takes the page off the forgotten
   * list) or automatically (null, nothing written, when the user forgot the page).
   */
  async function saveUnlocked(input: SaveInput, auto: boolean): Promise<SaveResult | null> {
    const id = recordId(input.url);
    const key = reportKey(id);
    const stored = await area().get([key, ...index.keysFor([id]), FORGOTTEN_KEY]);
    const forgotten = stringList(stored[FORGOTTEN_KEY]) ?? [];
    if (auto && forgotten.includes(id)) return null;
    // a bad record under this key is moved aside (its bucket entry with it); the new one replaces it
    const existing = (await decodeMany(stored, [key])).get(id) ?? null;
    const built = buildRecord({ url: input.url, title: input.title, site: input.site, report: input.report, at: input.at ?? now() }, existing);
    const extra = forgotten.includes(id) ? { [FORGOTTEN_KEY]: forgotten.filter((x) => x !== id) } : {};
    const record = await put(built.record, stored, extra);
    const cross = await crossOf(record);
    return { ...built, record, crossYear: cross.findings, crossYearSkips: cross.skips };
  }

  let migration: Promise<void> | null = null;
  const ready = (): Promise<void> =>
    (migration ??= lock(async () => {
      const version = (await area().get(SCHEMA_KEY))[SCHEMA_KEY];
      if (typeof version === 'number' && version >= COLLECTION_SCHEMA) return;
      await scan();
      await area().set({ [SCHEMA_KEY]: COLLECTION_SCHEMA });
    }).catch((e: unknown) => {
      migration = null; // tried again by the next call
      throw e;
    }));

  /** Every public call: after the layout migration, inside the lock. */
  const locked = <T>(task: () => Promise<T>): Promise<T> => ready().then(() => lock(task));

  const store: CollectionStore = {
    ready,
    index: () => locked(readIndex),

    save: (input) => locked(async () => (await saveUnlocked(input, false))!),

    autoSave: (input) => locked(() => saveUnlocked(input, true)),

    list: () => locked(scan),

    summaries: () =>
      locked(async () => {
        const [entries, keys] = await Promise.all([readIndex(), reportKeys()]);
        if (keys && (keys.size !== entries.length || entries.some((e) => !keys.has(reportKey(e.id))))) {
          return (await scan()).map(summarize);
        }
        return entries;
      }),

    get: (id) => locked(() => readOne(id)),

    remove: (id) => locked(() => removeUnlocked(id)),

    forget: (id) =>
      locked(async () => {
        await removeUnlocked(id);
        const list = (await forgottenIds()).filter((x) => x !== id);
        list.push(id);
        await area().set({ [FORGOTTEN_KEY]: list.slice(-FORGOTTEN_MAX) });
      }),

    forgotten: () => locked(forgottenIds),

    setBodyKey: (id, bodyKey) =>
      locked(async () => {
        const key = reportKey(id);
        const stored = await area().get([key, ...index.keysFor([id])]);
        const record = (await decodeMany(stored, [key])).get(id);
        if (!record) return;
        const override = bodyKey?.trim() ? bodyKey.trim() : null;
        // when: an import keeps the later of two corrections, a clearing included (lib/collect/merge.ts)
        await put({ ...record, bodyKeyOverride: override, bodyKeyOverrideAt: now() }, stored);
      }),

    quarantine: () => locked(readQuarantine),

    clearQuarantine: (key) => locked(() => clearQuarantine(key)),

    lookup: (id) =>
      locked(async () => {
        const record = await readOne(id);
        if (!record) return null;
        const cross = await crossOf(record);
        return { record, crossYear: cross.findings, crossYearSkips: cross.skips, revisionCross: revisionCross(record, cross.others) };
      }),

    crossYear: (id) =>
      locked(async () => {
        const record = await readOne(id);
        return record ? (await crossOf(record)).findings : [];
      }),

    crossYearSkips: (id) =>
      locked(async () => {
        const record = await readOne(id);
        return record ? (await crossOf(record)).skips : [];
      }),

    // only the reports whose body has one of the year before or after are read
    crossYearCounts: () => locked(async () => crossCounts([...(await readMany(crossCandidates(await readIndex()))).values()])),

    exportJson: async (): Promise<CollectionExport> => {
      const reports = await store.list();
      return {
        format: 'nianbao-lens/collection',
        version: RECORD_VERSION,
        exportedAt: now(),
        reports,
        quarantine: await store.quarantine(),
        crossYear: Object.fromEntries(crossYearOfAll(reports)),
      };
    },

    importJson: (data, file) =>
      locked(async () => {
        // only the records the file names are read, with the index buckets they go to: one get
        const ids = idsIn(data);
        const keys = ids.map(reportKey);
        const stored = await area().get([...keys, ...index.keysFor(ids)]);
        const movedAside: string[] = [];
        const existing = await decodeMany(stored, keys, movedAside);
        // bad records were moved aside and out of their buckets: read those again
        if (movedAside.length > 0) Object.assign(stored, await area().get(index.keysFor(ids)));
        const at = now();
        // planImport validates every entry (readRecord); its merges join records it validated
        const plan = planImport(existing, data, at, typeof file === 'string' ? file : undefined);
        const writer = chunkedWriter();
        for (const r of plan.write) await writer.add(reportKey(r.id), encodeRecord(r));
        await writer.flush();
        // then the index, one write per bucket touched, with the quarantined entries
        const write = index.change(plan.write.map(summarize), [], stored);
        const quarantined = plan.quarantine.length > 0 ? await quarantineValues(plan.quarantine) : {};
        await area().set({ ...write.values, ...quarantined });
        write.commit();
        if (write.damaged) await scan();
        return plan.result;
      }),

    bytesInUse: () =>
      locked(async () => {
        // by key: the reports the index names, the quarantine's list, the collection's own keys
        const keys = [
          ...(await readIndex()).map((e) => reportKey(e.id)), ...(await quarantineKeys()),
          ...BUCKET_KEYS, SCHEMA_KEY, QUARANTINE_LIST_KEY, FORGOTTEN_KEY,
        ];
        return bytesOf(keys);
      }),
  };

  async function removeUnlocked(id: string): Promise<void> {
    const write = index.change([], [id], await area().get(index.keysFor([id])));
    // the report first: an interruption leaves the index naming a report that is gone (shown, then
    // repaired), never a report that no list shows
    await area().remove(reportKey(id));
    await area().set(write.values);
    write.commit();
  }

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
