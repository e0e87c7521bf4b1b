/**
 * The collection's storage layout 3, with WXT's fake browser: records kept as JSON text, the index
 * as text buckets read in one get (and straight from storage by the dashboard), a layout-2
 * collection migrated on open, one lock for every store of a context, an import written in a few
 * batched sets, the quarantine and the storage use read by key, and the forgotten pages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  COLLECTION_SCHEMA, createCollectionStore, FORGOTTEN_KEY, FORGOTTEN_MAX, QUARANTINE_LIST_KEY, SCHEMA_KEY,
} from '../../components/collection/store.ts';
import { collectionLock, createMutex, LOCK_NAME } from '../../components/collection/lock.ts';
import { bucketKey, bucketOf, BUCKET_KEYS, INDEX_PREFIX, INDEX_VERSION, pack, readBucket, readStoredIndex } from '../../components/collection/summary-index.ts';
import { decodeStored } from '../../components/collection/stored-value.ts';
import { summarize, type StoredReport } from '../../lib/collect/record.ts';
import { PAGE_URL, saveInput } from './collect-helpers.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
const local = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});
afterEach(() => vi.restoreAllMocks());

/** `n` variants of the 2021 record on pages of their own. */
function variants(base: StoredReport, n: number): StoredReport[] {
  return Array.from({ length: n }, (_, i) => {
    const url = `https://www.yunxi.gov.cn/zwgk/ndbg/v${i}.html`;
    return { ...base, id: url, url, fingerprint: `fp${i}`, lastSeen: new Date(Date.UTC(2026, 1, 1, 0, 0, i)).toISOString() };
  });
}

describe('layout 3: records as JSON text, the index as text buckets', () => {
  it('keeps each record as the JSON text of the StoredReport, and each bucket as text with its stamp outside', async () => {
    const store = createCollectionStore({ now });
    const { record } = await store.save(saveInput(2021));
    const all = await local.get(null);
    const text = all[`report:${record.id}`];
    expect(typeof text).toBe('string');
    expect(JSON.parse(text as string)).toEqual(record);
    const bucket = all[bucketKey(bucketOf(record.id))] as { v: number; stamp: string; data: string };
    expect(bucket).toMatchObject({ v: INDEX_VERSION, stamp: expect.any(String) });
    expect(JSON.parse(bucket.data)).toEqual([pack(summarize(record))]);
    expect(all[SCHEMA_KEY]).toBe(COLLECTION_SCHEMA);
  });

  it('still reads a record stored as an object (layout 2), says why a text is no record, and writes the object back as text', async () => {
    const store = createCollectionStore({ now });
    const { record } = await store.save(saveInput(2021));
    await local.set({ [`report:${record.id}`]: record });
    expect(decodeStored(record)).toMatchObject({ ok: true, migrated: true });
    expect(decodeStored(JSON.stringify(record))).toMatchObject({ ok: true, migrated: false });
    expect(decodeStored('{"v":2')).toMatchObject({ ok: false, reason: expect.stringMatching(/^不是一条报告记录（存储的文本不是 JSON/) });
    expect(await store.get(record.id)).toEqual(record);
    expect(typeof (await local.get(`report:${record.id}`))[`report:${record.id}`]).toBe('string');
  });

  it('migrates a layout-2 collection on open: records to text, the index rebuilt, the quarantine listed', async () => {
    const store = createCollectionStore({ now });
    const a = (await store.save(saveInput(2020))).record;
    const b = (await store.save(saveInput(2021))).record;
    fakeBrowser.reset();
    // as layout 2 stored it: objects, index buckets of packed objects (v3), no quarantine list
    await local.set({
      [SCHEMA_KEY]: 2, [`report:${a.id}`]: a, [`report:${b.id}`]: b,
      [bucketKey(bucketOf(a.id))]: { v: 3, stamp: 'old', entries: [pack(summarize(a))] },
      'quarantine:2025-01-01T00:00:00.000Z:report:x': { key: 'report:x', at: '2025-01-01T00:00:00.000Z', reason: '旧的', raw: 1 },
    });
    const reopened = createCollectionStore({ now });
    expect((await reopened.summaries()).map((e) => e.id)).toEqual([b.id, a.id]);
    const all = await local.get(null);
    expect(all[SCHEMA_KEY]).toBe(COLLECTION_SCHEMA);
    expect(typeof all[`report:${a.id}`]).toBe('string');
    expect(readBucket(all[bucketKey(bucketOf(a.id))])!.entries.map((e) => e.id)).toContain(a.id);
    expect(all[QUARANTINE_LIST_KEY]).toEqual(['quarantine:2025-01-01T00:00:00.000Z:report:x']);
    expect((await reopened.quarantine()).map((q) => q.reason)).toEqual(['旧的']);
  });

  it('the dashboard reads the index straight from storage in one get, newest first; null when a migration is due or a bucket is unreadable', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020));
    await store.save(saveInput(2021));
    const get = vi.spyOn(local, 'get');
    expect((await readStoredIndex())!.map((e) => e.year)).toEqual([2021, 2020]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]![0]).toEqual([SCHEMA_KEY, ...BUCKET_KEYS]);
    await local.set({ [bucketKey(0)]: { v: INDEX_VERSION, stamp: 'x', data: '[["not a summary"]]' } });
    expect(await readStoredIndex()).toBeNull();
    await local.set({ [bucketKey(0)]: null, [SCHEMA_KEY]: 2 });
    expect(await readStoredIndex()).toBeNull();
  });
});

describe('one lock for the collection', () => {
  it('two stores of one context take turns: saves into one bucket at once leave a complete index, no repair needed', async () => {
    const a = createCollectionStore({ now });
    const b = createCollectionStore({ now });
    const candidates = Array.from({ length: 4000 }, (_, i) => `https://www.yunxi.gov.cn/zwgk/ndbg/c${i}.html`);
    const same = candidates.filter((u) => bucketOf(u) === bucketOf(candidates[0]!)).slice(0, 20);
    await Promise.all(same.map((url, i) => (i % 2 === 0 ? a : b).save(saveInput(2021, { url }))));
    // the index as stored, before any list() could repair it
    expect(readBucket((await local.get(bucketKey(bucketOf(same[0]!))))[bucketKey(bucketOf(same[0]!))])!.entries.map((e) => e.id).sort()).toEqual([...same].sort());
  });

  it('takes the Web Lock shared by every extension context where the browser has one', async () => {
    const names: string[] = [];
    const locks = { request: <T,>(name: string, task: () => Promise<T>) => (names.push(name), task()) };
    vi.stubGlobal('navigator', { ...navigator, locks });
    try {
      const store = createCollectionStore({ now, lock: collectionLock() });
      await store.save(saveInput(2021));
      expect(names.length).toBeGreaterThan(0);
      expect(new Set(names)).toEqual(new Set([LOCK_NAME]));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a failed task does not hold the lock', async () => {
    const lock = createMutex();
    await expect(lock(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock(async () => 1)).toBe(1);
  });
});

describe('import in batches', () => {
  it('reads once and writes the records and the index in a few sets, whatever the count', async () => {
    const store = createCollectionStore({ now });
    const { record } = await store.save(saveInput(2021));
    const reports = variants(record, 300);
    const get = vi.spyOn(local, 'get');
    const set = vi.spyOn(local, 'set');
    const res = await store.importJson({ format: 'nianbao-lens/collection', version: 2, exportedAt: '', reports, quarantine: [] });
    expect(res).toEqual({ added: 300, updated: 0, duplicates: 0, quarantined: 0 });
    expect(get).toHaveBeenCalledTimes(1);
    expect(set.mock.calls.length).toBeLessThanOrEqual(2);
    const summaries = await store.summaries();
    expect(summaries).toHaveLength(301);
    expect(new Set(summaries.map((s) => s.id))).toEqual(new Set([record.id, ...reports.map((r) => r.id)]));
    // one write per bucket touched
    const indexWrites = set.mock.calls.flatMap(([items]) => Object.keys(items)).filter((k) => k.startsWith(INDEX_PREFIX));
    expect(indexWrites.length).toBe(new Set(indexWrites).size);
  });

  it('a corrupt record under an imported id goes to quarantine; the imported one takes its place, once in the index', async () => {
    const store = createCollectionStore({ now });
    const { record } = await store.save(saveInput(2021));
    const [v] = variants(record, 1);
    await local.set({ [`report:${v!.id}`]: '{"v":2,"id":' });
    await store.importJson([v]);
    expect((await store.quarantine()).map((q) => q.key)).toEqual([`report:${v!.id}`]);
    expect(await store.get(v!.id)).toEqual(v);
    expect((await store.index()).filter((e) => e.id === v!.id)).toHaveLength(1);
  });

  it('a save during an import (another store, the same lock) is kept, and the import too', async () => {
    const lock = createMutex();
    const dashboard = createCollectionStore({ now, lock });
    const background = createCollectionStore({ now, lock });
    const { record } = await background.save(saveInput(2020));
    const reports = variants({ ...record, year: 2021 }, 100);
    await Promise.all([dashboard.importJson(reports), background.save(saveInput(2021))]);
    const ids = (await dashboard.index()).map((e) => e.id).sort();
    expect(ids).toEqual([record.id, PAGE_URL[2021], ...reports.map((r) => r.id)].sort());
  });
});

describe('the quarantine and the storage use, by key', () => {
  it('lists the quarantine keys as it writes them, reads only those, and forgets them as they are cleared', async () => {
    await local.set({ 'report:junk': 'not a record', 'report:https://a.gov.cn/x': { v: 3, id: 'https://a.gov.cn/x' } });
    const store = createCollectionStore({ now });
    await store.list();
    const listed = (await local.get(QUARANTINE_LIST_KEY))[QUARANTINE_LIST_KEY] as string[];
    expect(listed).toHaveLength(2);
    const get = vi.spyOn(local, 'get');
    expect((await store.quarantine()).map((q) => q.key).sort()).toEqual(['report:https://a.gov.cn/x', 'report:junk']);
    expect(get.mock.calls.every(([keys]) => keys !== null && keys !== undefined)).toBe(true);
    await store.clearQuarantine('report:junk');
    expect((await local.get(QUARANTINE_LIST_KEY))[QUARANTINE_LIST_KEY]).toHaveLength(1);
    expect((await store.quarantine()).map((q) => q.key)).toEqual(['report:https://a.gov.cn/x']);
  });

  it('a lost list is found again from the keys: nothing in quarantine is ever hidden', async () => {
    await local.set({ 'report:junk': 'not a record' });
    const store = createCollectionStore({ now });
    await store.list();
    await local.remove(QUARANTINE_LIST_KEY);
    expect((await store.quarantine()).map((q) => q.key)).toEqual(['report:junk']);
    // and list() writes it again
    await store.list();
    expect((await local.get(QUARANTINE_LIST_KEY))[QUARANTINE_LIST_KEY]).toHaveLength(1);
  });

  it('counts the bytes of the collection by key, with getBytesInUse where the browser has it', async () => {
    const store = createCollectionStore({ now });
    const { record } = await store.save(saveInput(2021));
    const asked: string[][] = [];
    const area = local as unknown as { getBytesInUse?: (keys: string[]) => Promise<number> };
    area.getBytesInUse = async (keys) => (asked.push(keys), 1234);
    const get = vi.spyOn(local, 'get');
    try {
      expect(await store.bytesInUse()).toBe(1234);
      expect(asked[0]).toContain(`report:${record.id}`);
      expect(asked[0]).toContain(SCHEMA_KEY);
      expect(get.mock.calls.every(([keys]) => keys !== null && keys !== undefined)).toBe(true);
    } finally {
      delete area.getBytesInUse;
    }
  });
});

describe('forgotten pages (不再保存)', () => {
  it('auto-save leaves a forgotten page alone and writes nothing; 保存 by hand saves it and takes it off the list', async () => {
    const store = createCollectionStore({ now });
    const { record } = await store.save(saveInput(2021));
    await store.forget(record.id);
    expect(await store.get(record.id)).toBeNull();
    expect(await store.index()).toEqual([]);
    expect(await store.forgotten()).toEqual([record.id]);
    const set = vi.spyOn(local, 'set');
    expect(await store.autoSave(saveInput(2021, { url: `${PAGE_URL[2021]}#tables` }))).toBeNull();
    expect(set).not.toHaveBeenCalled();
    expect(await store.get(record.id)).toBeNull();
    expect((await store.save(saveInput(2021))).status).toBe('new');
    expect(await store.forgotten()).toEqual([]);
    expect((await store.autoSave(saveInput(2021)))!.status).toBe('same');
  });

  it(`remembers the last ${FORGOTTEN_MAX} pages forgotten, the oldest going first`, async () => {
    const store = createCollectionStore({ now });
    await local.set({ [FORGOTTEN_KEY]: Array.from({ length: FORGOTTEN_MAX }, (_, i) => `https://a.gov.cn/${i}`) });
    await store.forget('https://a.gov.cn/new');
    const list = await store.forgotten();
    expect(list).toHaveLength(FORGOTTEN_MAX);
    expect(list[0]).toBe('https://a.gov.cn/1');
    expect(list.at(-1)).toBe('https://a.gov.cn/new');
    // forgetting a page again moves it to the end, once
    await store.forget('https://a.gov.cn/5');
    expect((await store.forgotten()).filter((x) => x === 'https://a.gov.cn/5')).toHaveLength(1);
    expect((await store.forgotten()).at(-1)).toBe('https://a.gov.cn/5');
  });

  it('a plain remove (the dashboard\'s delete) does not stop auto-save', async () => {
    const store = createCollectionStore({ now });
    const { record } = await store.save(saveInput(2021));
    await store.remove(record.id);
    expect((await store.autoSave(saveInput(2021)))!.status).toBe('new');
  });
});
