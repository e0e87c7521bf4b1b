/**
 * The collection's index: one ReportSummary per report (lib/collect/record.ts), spread over
 * INDEX_BUCKETS keys `collection:index:00`…`3f` by a hash of the report's id.
 *
 * Stored form (v5): `{ v: 5, stamp, data }`, where `data` is the JSON text of the bucket's
 * summaries, each packed as a tuple. Why text: Chromium hands a stored object to the page value by
 * value, rebuilding every string and array, and a string in one piece. At 5,000 reports (1.5 MB) the
 * 64 buckets as objects took 119 ms to read, as text 36 ms, and JSON.parse 4 ms more (measured in
 * an extension page, bench/collect-browser.mjs). The stamp stays outside the text, so that a
 * listener compares it without parsing.
 *
 * Why 64 buckets and not one key: every write of a storage key is broadcast, old and new value, to
 * every extension context listening to storage.onChanged. A save rewrites one bucket (~1/64 of the
 * index), and reading the 64 in one get costs what reading 8 does (36 against 37 ms).
 *
 * The index is a cache of the report keys, never the truth (store.ts rebuilds it). Each bucket
 * carries a `stamp` that changes with every write, so that a store keeping buckets in memory (the
 * background, between saves) can tell another writer's bucket from its own and drop its copy.
 *
 * No zod here, and nothing that loads it: the dashboard reads the index on its first paint
 * (readStoredIndex), before the schemas' chunk has arrived.
 */
import { browser } from 'wxt/browser';
import { hash64 } from '../../lib/collect/fingerprint.ts';
import { SUMMARY_FIGURES } from '../../lib/collect/summary.ts';
import { COLLECTION_SCHEMA, SCHEMA_KEY } from './layout.ts';
import type { ReportSummary } from '../../lib/collect/record.ts';

export const INDEX_PREFIX = 'collection:index:';
export const INDEX_BUCKETS = 64;
/** 5 since a summary says which carry-over rows are not plain counts (carryUnsure) */
export const INDEX_VERSION = 5;

/** In memory: the summaries, and the stamp of the stored bucket they came from. */
export interface Bucket {
  stamp: string;
  entries: ReportSummary[];
}

/** As stored. */
export interface StoredBucket {
  v: typeof INDEX_VERSION;
  stamp: string;
  /** JSON text of Packed[], ordered by id */
  data: string;
}

/**
 * One summary as a tuple, figures in SUMMARY_FIGURES order, the URL left out when it is the id:
 * half the bytes of the object (~300 against ~760 a report).
 */
type Packed = [
  id: string, url: string | 0, title: string | null, body: string | null, bodyKey: string | null, region: string | null,
  site: string, year: number | null, template: ReportSummary['template'], verdict: ReportSummary['verdict'], problems: number,
  fingerprint: string, firstSeen: string, lastSeen: string, revisions: number, figures: (number | null | 0.5)[], rules: Record<string, number>,
  carryUnsure: NonNullable<ReportSummary['carryUnsure']> | 0,
];

/** A figure the report does not have at all (not blank): 0.5, which no count can be. */
const ABSENT = 0.5;

export function pack(e: ReportSummary): Packed {
  return [
    e.id, e.url === e.id ? 0 : e.url, e.title, e.body, e.bodyKey, e.region, e.site, e.year, e.template, e.verdict, e.problems,
    e.fingerprint, e.firstSeen, e.lastSeen, e.revisions, SUMMARY_FIGURES.map((n) => (n in e.figures ? e.figures[n]! : ABSENT)), e.rules,
    e.carryUnsure ?? 0,
  ];
}

export function unpack(p: Packed): ReportSummary {
  const figures: Record<string, number | null> = {};
  const values = p[15];
  for (let i = 0; i < SUMMARY_FIGURES.length; i++) {
    const v = values[i];
    if (v !== ABSENT && v !== undefined) figures[SUMMARY_FIGURES[i]!] = v;
  }
  return {
    id: p[0], url: p[1] === 0 ? p[0] : p[1], title: p[2], body: p[3], bodyKey: p[4], region: p[5], site: p[6], year: p[7],
    template: p[8], verdict: p[9], problems: p[10], fingerprint: p[11], firstSeen: p[12], lastSeen: p[13], revisions: p[14],
    figures, rules: p[16], ...(p[17] === 0 ? {} : { carryUnsure: p[17] }),
  };
}

export const bucketKey = (b: number): string => `${INDEX_PREFIX}${b.toString(16).padStart(2, '0')}`;
export const bucketOf = (id: string): number => parseInt(hash64(id).slice(8), 16) % INDEX_BUCKETS;
export const BUCKET_KEYS: readonly string[] = Array.from({ length: INDEX_BUCKETS }, (_, b) => bucketKey(b));

let stamps = 0;
const newStamp = (): string => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}.${(stamps++).toString(36)}`;

const byId = (a: ReportSummary, b: ReportSummary): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A bucket as stored, with a new stamp; the entries in id order, so that equal buckets are equal text. */
export function storedBucket(entries: readonly ReportSummary[]): StoredBucket {
  return { v: INDEX_VERSION, stamp: newStamp(), data: JSON.stringify([...entries].sort(byId).map(pack)) };
}

function isPacked(x: unknown): x is Packed {
  const p = x as unknown[];
  return (
    Array.isArray(p) && p.length === 18 && typeof p[0] === 'string' && (p[1] === 0 || typeof p[1] === 'string') &&
    typeof p[6] === 'string' && typeof p[10] === 'number' && typeof p[11] === 'string' && typeof p[12] === 'string' &&
    typeof p[13] === 'string' && typeof p[14] === 'number' && Array.isArray(p[15]) && typeof p[16] === 'object' && p[16] !== null &&
    (p[17] === 0 || (Array.isArray(p[17]) && p[17].every((x) => x === 'carried' || x === 'carriedForward')))
  );
}

/**
 * A stored bucket, checked by hand rather than by zod: zod over 5,000 summaries costs hundreds of
 * milliseconds on the path that opens the dashboard, and the entries are summaries of records
 * already validated. Absent: empty. Malformed, or an older form: null (the caller rebuilds).
 */
export function readBucket(value: unknown): Bucket | null {
  if (value === undefined || value === null) return { stamp: '', entries: [] };
  const v = value as Partial<StoredBucket>;
  if (typeof v !== 'object' || v.v !== INDEX_VERSION || typeof v.stamp !== 'string' || typeof v.data !== 'string') return null;
  let packed: unknown;
  try {
    packed = JSON.parse(v.data);
  } catch {
    return null;
  }
  if (!Array.isArray(packed)) return null;
  const entries: ReportSummary[] = [];
  for (const p of packed) {
    if (!isPacked(p)) return null;
    entries.push(unpack(p));
  }
  return { stamp: v.stamp, entries };
}

/** Newest sighting first; ties by id so the order is stable. */
export function byLastSeen(a: { lastSeen: string; id: string }, b: { lastSeen: string; id: string }): number {
  return a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The whole index straight from storage, newest first, in one get: what the dashboard draws first,
 * before its store (and zod) has loaded. Not checked against the report keys: the page replaces it
 * with the store's summaries() as soon as they come. Null when a bucket is unreadable or the
 * collection's layout is not this code's (a migration is due): summaries() then has the answer.
 */
export async function readStoredIndex(): Promise<ReportSummary[] | null> {
  const got = (await browser.storage.local.get([SCHEMA_KEY, ...BUCKET_KEYS])) as Record<string, unknown>;
  if (got[SCHEMA_KEY] !== COLLECTION_SCHEMA) return null;
  const out: ReportSummary[] = [];
  for (const key of BUCKET_KEYS) {
    const bucket = readBucket(got[key]);
    if (!bucket) return null;
    for (const e of bucket.entries) out.push(e);
  }
  return out.sort(byLastSeen);
}

/** Bucket values to store; commit() once they are written, so that the store's copy follows. */
export interface IndexWrite {
  values: Record<string, StoredBucket>;
  /** a touched bucket was unreadable: its other entries are lost until the index is rebuilt */
  damaged: boolean;
  commit(): void;
}

export interface SummaryIndex {
  /** every entry, in no order; null when a bucket is malformed (rebuild from the records) */
  read(): Promise<ReportSummary[] | null>;
  /** the bucket keys that hold these ids: read them (fresh, under the lock) for change() */
  keysFor(ids: Iterable<string>): string[];
  /** entries put and ids dropped, given the current stored values of keysFor() their ids */
  change(put: readonly ReportSummary[], drop: readonly string[], stored: Record<string, unknown>): IndexWrite;
  /** the stored index made equal to `entries`, given the storage values already read: only the buckets that differ */
  sync(entries: readonly ReportSummary[], stored: Record<string, unknown>): IndexWrite;
}

export function createSummaryIndex(): SummaryIndex {
  const cache = new Map<number, Bucket>();
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const key of Object.keys(changes)) {
      if (!key.startsWith(INDEX_PREFIX)) continue;
      const b = parseInt(key.slice(INDEX_PREFIX.length), 16);
      const stamp = (changes[key]?.newValue as Partial<StoredBucket> | undefined)?.stamp;
      if (cache.get(b)?.stamp !== stamp) cache.delete(b);
    }
  });

  const writing = (buckets: Map<number, ReportSummary[]>, damaged: boolean): IndexWrite => {
    const values: Record<string, StoredBucket> = {};
    const fresh = new Map<number, Bucket>();
    for (const [b, entries] of buckets) {
      const stored = storedBucket(entries);
      values[bucketKey(b)] = stored;
      fresh.set(b, { stamp: stored.stamp, entries });
    }
    return { values, damaged, commit: () => fresh.forEach((bucket, b) => cache.set(b, bucket)) };
  };

  return {
    async read() {
      const missing: number[] = [];
      for (let b = 0; b < INDEX_BUCKETS; b++) if (!cache.has(b)) missing.push(b);
      if (missing.length > 0) {
        const got = (await browser.storage.local.get(missing.map(bucketKey))) as Record<string, unknown>;
        let bad = false;
        for (const b of missing) {
          const read = readBucket(got[bucketKey(b)]);
          if (read) cache.set(b, read);
          else bad = true;
        }
        if (bad) return null;
      }
      const out: ReportSummary[] = [];
      for (let b = 0; b < INDEX_BUCKETS; b++) for (const e of cache.get(b)!.entries) out.push(e);
      return out;
    },

    keysFor(ids) {
      const keys = new Set<string>();
      for (const id of ids) keys.add(bucketKey(bucketOf(id)));
      return [...keys];
    },

    change(put, drop, stored) {
      const touched = new Map<number, ReportSummary[]>();
      let damaged = false;
      const current = (b: number): ReportSummary[] => {
        let entries = touched.get(b);
        if (!entries) {
          const read = readBucket(stored[bucketKey(b)]);
          // an unreadable bucket is overwritten; the caller rebuilds the index to bring its entries back
          if (!read) damaged = true;
          entries = read ? [...read.entries] : [];
          touched.set(b, entries);
        }
        return entries;
      };
      for (const id of drop) {
        const entries = current(bucketOf(id));
        const i = entries.findIndex((e) => e.id === id);
        if (i >= 0) entries.splice(i, 1);
      }
      for (const e of put) {
        const entries = current(bucketOf(e.id));
        const i = entries.findIndex((x) => x.id === e.id);
        if (i >= 0) entries[i] = e;
        else entries.push(e);
      }
      return writing(touched, damaged);
    },

    sync(entries, stored) {
      const fresh: ReportSummary[][] = Array.from({ length: INDEX_BUCKETS }, () => []);
      for (const e of entries) fresh[bucketOf(e.id)]!.push(e);
      const differ = new Map<number, ReportSummary[]>();
      for (let b = 0; b < INDEX_BUCKETS; b++) {
        const want = fresh[b]!;
        const value = stored[bucketKey(b)] as Partial<StoredBucket> | undefined;
        const same =
          value?.v === INDEX_VERSION && typeof value.stamp === 'string' && typeof value.data === 'string'
            ? value.data === JSON.stringify([...want].sort(byId).map(pack))
            : value === undefined && want.length === 0;
        if (same) cache.set(b, { stamp: value?.stamp ?? '', entries: want });
        else differ.set(b, want);
      }
      return writing(differ, false);
    },
  };
}
