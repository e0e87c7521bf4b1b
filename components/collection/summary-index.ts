/**
 * The collection's index: one ReportSummary per report (lib/collect/record.ts), spread over
 * INDEX_BUCKETS keys `collection:index:00`…`3f` by a hash of the report's id.
 *
 * Why buckets and not one key: every write of a storage key is broadcast, old and new value, to
 * every extension context listening to storage.onChanged — the settings listener in each open
 * report tab among them. One 3 MB index rewritten on every save (5,000 reports) made a save take
 * seconds; a bucket is ~1/64 of it. Listing reads the 64 keys in one get.
 *
 * The index is a cache of the report keys, never the truth (store.ts rebuilds it). Each bucket
 * carries a `stamp` that changes with every write, so that a store keeping buckets in memory (the
 * background, between saves) can tell its own writes from another writer's and drop the copy.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { hash64 } from '../../lib/collect/fingerprint.ts';
import { SUMMARY_FIGURES, type ReportSummary } from '../../lib/collect/record.ts';

export const INDEX_PREFIX = 'collection:index:';
export const INDEX_BUCKETS = 64;

/** In memory: the summaries. */
export interface Bucket {
  v: 2;
  stamp: string;
  entries: ReportSummary[];
}

/**
 * As stored: each summary as a tuple, figures in SUMMARY_FIGURES order, the URL left out when it is
 * the id. Half the bytes of the objects (~380 vs ~760 a report), and Chromium's storage read costs
 * about 140 ms a MB in an extension page: the difference between the dashboard opening in time or not.
 */
type Packed = [
  id: string, url: string | 0, title: string | null, body: string | null, bodyKey: string | null, region: string | null,
  site: string, year: number | null, template: ReportSummary['template'], verdict: ReportSummary['verdict'], problems: number,
  fingerprint: string, firstSeen: string, lastSeen: string, revisions: number, figures: (number | null | 0.5)[], rules: Record<string, number>,
];
interface StoredBucket {
  v: 3;
  stamp: string;
  entries: Packed[];
}

/** A figure the report does not have at all (not blank): 0.5, which no count can be. */
const ABSENT = 0.5;

export function pack(e: ReportSummary): Packed {
  return [
    e.id, e.url === e.id ? 0 : e.url, e.title, e.body, e.bodyKey, e.region, e.site, e.year, e.template, e.verdict, e.problems,
    e.fingerprint, e.firstSeen, e.lastSeen, e.revisions, SUMMARY_FIGURES.map((n) => (n in e.figures ? e.figures[n]! : ABSENT)), e.rules,
  ];
}

export function unpack(p: Packed): ReportSummary {
  const figures: Record<string, number | null> = {};
  SUMMARY_FIGURES.forEach((n, i) => {
    const v = p[15][i];
    if (v !== ABSENT && v !== undefined) figures[n] = v;
  });
  return {
    id: p[0], url: p[1] === 0 ? p[0] : p[1], title: p[2], body: p[3], bodyKey: p[4], region: p[5], site: p[6], year: p[7],
    template: p[8], verdict: p[9], problems: p[10], fingerprint: p[11], firstSeen: p[12], lastSeen: p[13], revisions: p[14],
    figures, rules: p[16],
  };
}

export const bucketKey = (b: number): string => `${INDEX_PREFIX}${b.toString(16).padStart(2, '0')}`;
export const bucketOf = (id: string): number => parseInt(hash64(id).slice(8), 16) % INDEX_BUCKETS;
const EMPTY: Bucket = { v: 2, stamp: '', entries: [] };

let stamps = 0;
const newStamp = (): string => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}.${(stamps++).toString(36)}`;

/**
 * A stored bucket, checked by hand rather than by zod: zod over 5,000 summaries with their nested
 * records costs hundreds of milliseconds on the path that opens the dashboard, and the entries are
 * summaries of records already validated. Absent: empty. Malformed: null (the caller rebuilds).
 */
export function readBucket(value: unknown): Bucket | null {
  if (value === undefined || value === null) return EMPTY;
  const v = value as Partial<StoredBucket>;
  if (typeof v !== 'object' || v.v !== 3 || typeof v.stamp !== 'string' || !Array.isArray(v.entries)) return null;
  const entries: ReportSummary[] = [];
  for (const e of v.entries as unknown[]) {
    const x = e as unknown[];
    if (
      !Array.isArray(x) || x.length !== 17 || typeof x[0] !== 'string' || (x[1] !== 0 && typeof x[1] !== 'string') ||
      typeof x[6] !== 'string' || typeof x[10] !== 'number' || typeof x[11] !== 'string' || typeof x[12] !== 'string' ||
      typeof x[13] !== 'string' || typeof x[14] !== 'number' || !Array.isArray(x[15]) || typeof x[16] !== 'object' || x[16] === null
    ) {
      return null;
    }
    entries.push(unpack(x as Packed));
  }
  return { v: 2, stamp: v.stamp, entries };
}

/** Every write of a record moves one of these, so equal keys mean an equal summary. */
const summaryKey = (e: ReportSummary): string =>
  `${e.id}|${e.lastSeen}|${e.firstSeen}|${e.fingerprint}|${e.bodyKey}|${e.revisions}|${e.problems}|${e.verdict}|${e.year}|${e.title}`;

function sameEntries(a: readonly ReportSummary[], b: readonly ReportSummary[]): boolean {
  if (a.length !== b.length) return false;
  const have = new Set(a.map(summaryKey));
  return b.every((e) => have.has(summaryKey(e)));
}

export interface SummaryIndex {
  /** every entry, in no order; null when a bucket is malformed (rebuild from the records) */
  read(): Promise<ReportSummary[] | null>;
  put(entry: ReportSummary): Promise<void>;
  /** many at once (an import): one write per bucket touched */
  putMany(entries: readonly ReportSummary[]): Promise<void>;
  drop(id: string): Promise<void>;
  /** the stored index made equal to `entries`, given the storage values already read; writes only what differs */
  sync(entries: readonly ReportSummary[], stored: Record<string, unknown>): Promise<void>;
}

export function createSummaryIndex(): SummaryIndex {
  const cache = new Map<number, Bucket>();
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const key of Object.keys(changes)) {
      if (!key.startsWith(INDEX_PREFIX)) continue;
      const b = parseInt(key.slice(INDEX_PREFIX.length), 16);
      const stamp = (changes[key]?.newValue as Partial<Bucket> | undefined)?.stamp;
      if (cache.get(b)?.stamp !== stamp) cache.delete(b);
    }
  });

  const write = async (b: number, entries: ReportSummary[]): Promise<void> => {
    const bucket: Bucket = { v: 2, stamp: newStamp(), entries };
    cache.set(b, bucket);
    const stored: StoredBucket = { v: 3, stamp: bucket.stamp, entries: entries.map(pack) };
    if (entries.length === 0) await storage.removeItem(`local:${bucketKey(b)}`);
    else await storage.setItem(`local:${bucketKey(b)}`, stored);
  };

  const bucket = async (b: number): Promise<Bucket | null> => {
    const hit = cache.get(b);
    if (hit) return hit;
    const read = readBucket(await storage.getItem(`local:${bucketKey(b)}`));
    if (read) cache.set(b, read);
    return read;
  };

  /** A malformed bucket is overwritten: its other entries come back with the next rebuild. */
  const change = async (id: string, entry: ReportSummary | null): Promise<void> => {
    const b = bucketOf(id);
    const cur = (await bucket(b)) ?? EMPTY;
    const entries = cur.entries.filter((e) => e.id !== id);
    if (entry) entries.push(entry);
    await write(b, entries);
  };

  return {
    async read() {
      const missing: number[] = [];
      for (let b = 0; b < INDEX_BUCKETS; b++) if (!cache.has(b)) missing.push(b);
      if (missing.length > 0) {
        const got = await storage.getItems(missing.map((b) => `local:${bucketKey(b)}` as const));
        let bad = false;
        got.forEach(({ value }, i) => {
          const read = readBucket(value);
          if (read) cache.set(missing[i]!, read);
          else bad = true;
        });
        if (bad) return null;
      }
      const out: ReportSummary[] = [];
      for (let b = 0; b < INDEX_BUCKETS; b++) out.push(...cache.get(b)!.entries);
      return out;
    },
    put: (entry) => change(entry.id, entry),
    async putMany(entries) {
      const byBucket = new Map<number, ReportSummary[]>();
      for (const e of entries) byBucket.set(bucketOf(e.id), [...(byBucket.get(bucketOf(e.id)) ?? []), e]);
      for (const [b, add] of byBucket) {
        const ids = new Set(add.map((e) => e.id));
        const cur = (await bucket(b)) ?? EMPTY;
        await write(b, [...cur.entries.filter((e) => !ids.has(e.id)), ...add]);
      }
    },
    drop: (id) => change(id, null),
    async sync(entries, stored) {
      const fresh: ReportSummary[][] = Array.from({ length: INDEX_BUCKETS }, () => []);
      for (const e of entries) fresh[bucketOf(e.id)]!.push(e);
      for (let b = 0; b < INDEX_BUCKETS; b++) {
        const read = readBucket(stored[bucketKey(b)]);
        if (read && sameEntries(read.entries, fresh[b]!)) cache.set(b, read);
        else await write(b, fresh[b]!);
      }
    },
  };
}
