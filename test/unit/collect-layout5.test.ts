/**
 * A collection kept by the code of layout 4 (before session 52), whose automatic body keys read a unit
 * whose name starts with a unit's character as something else: "济南市市中区人民政府" keyed "中区@…",
 * so its 2020 report never met the 2021 page that says "市中区人民政府". Opened by this code (layout 5)
 * every record's key is derived again once, written back, the index rebuilt: the two years meet, a
 * 上年结转 that does not follow is found, and one that does follow stays silent. The user's correction
 * is never touched.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COLLECTION_SCHEMA, createCollectionStore, SCHEMA_KEY } from '../../components/collection/store.ts';
import { bucketKey, bucketOf, pack } from '../../components/collection/summary-index.ts';
import { summarize, type StoredReport } from '../../lib/collect/record.ts';
import { readRecord } from '../../lib/collect/migrate.ts';
import { PAGE_URL, saveInput } from './collect-helpers.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
const local = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

const SITE = new URL(PAGE_URL[2020]).hostname;
const OLD_KEY = `中区@${SITE.replace(/^www\./, '')}`;
const NEW_KEY = `市中区@${SITE.replace(/^www\./, '')}`;

/** 2020 as "济南市市中区人民政府" (stored under layout 4's key "中区@…"), 2021 as "市中区人民政府". */
async function layout4Store(carriedForwardNatural: number, override: string | null = null): Promise<StoredReport[]> {
  const store = createCollectionStore({ now });
  const y2020 = (await store.save(saveInput(2020, { agency: '济南市市中区人民政府', figures: { 't3.carriedForward.natural': carriedForwardNatural, 't3.carriedForward.total': carriedForwardNatural + 1 } }))).record;
  const y2021 = (await store.save(saveInput(2021, { agency: '市中区人民政府' }))).record;
  fakeBrowser.reset();
  const old2020: StoredReport = { ...y2020, bodyKey: OLD_KEY, bodyKeyOverride: override };
  const values: Record<string, unknown> = { [SCHEMA_KEY]: 4 };
  const buckets = new Map<number, StoredReport[]>();
  for (const r of [old2020, y2021]) {
    values[`report:${r.id}`] = JSON.stringify(r);
    buckets.set(bucketOf(r.id), [...(buckets.get(bucketOf(r.id)) ?? []), r]);
  }
  for (const [b, rs] of buckets) values[bucketKey(b)] = { v: 5, stamp: 'old', data: JSON.stringify(rs.map((r) => pack(summarize(r)))) };
  await local.set(values);
  return [old2020, y2021];
}

describe('layout 4 → 5 on open: body keys derived again', () => {
  it('readRecord re-keys a current record whose key an older build derived otherwise, and only that', () => {
    const base = { bodyKey: OLD_KEY, body: '济南市市中区人民政府', site: SITE };
    return layout4Store(5).then(([old]) => {
      const read = readRecord(JSON.parse(JSON.stringify({ ...old, ...base })));
      expect(read.ok && read.record.bodyKey).toBe(NEW_KEY);
      expect(read.ok && read.migrated).toBe(true);
      const same = readRecord(JSON.parse(JSON.stringify({ ...old, ...base, bodyKey: NEW_KEY })));
      expect(same.ok && same.migrated).toBe(false);
    });
  });

  it('the 2020 report saved as 中区 meets the 2021 page of 市中区: a 上年结转 that does not follow is found', async () => {
    await layout4Store(4);
    const store = createCollectionStore({ now });
    const summaries = await store.summaries();
    expect(summaries.map((s) => s.bodyKey)).toEqual([NEW_KEY, NEW_KEY]);
    expect((await local.get(SCHEMA_KEY))[SCHEMA_KEY]).toBe(COLLECTION_SCHEMA);
    expect(COLLECTION_SCHEMA).toBeGreaterThanOrEqual(5);
    const text = (await local.get(`report:${PAGE_URL[2020]}`))[`report:${PAGE_URL[2020]}`] as string;
    expect(JSON.parse(text).bodyKey).toBe(NEW_KEY);
    // layout 4's code found nothing: the keys differed, the two years never met
    expect((await store.crossYear(PAGE_URL[2021])).map((f) => f.rule)).toContain('cross.carry-over');
  });

  it('once the years meet, a 上年结转 that follows stays silent, and a second open writes nothing', async () => {
    await layout4Store(5);
    const store = createCollectionStore({ now });
    expect((await store.crossYear(PAGE_URL[2021])).map((f) => f.rule)).not.toContain('cross.carry-over');
    const set = vi.spyOn(local, 'set');
    const again = createCollectionStore({ now });
    await again.ready();
    expect((await again.summaries()).length).toBe(2);
    expect(set.mock.calls.length).toBe(0);
  });

  it('a correction the user made stays and wins; the record\'s own key is still derived again beneath it', async () => {
    await layout4Store(4, '我的市中区');
    const store = createCollectionStore({ now });
    const rec = (await store.get(PAGE_URL[2020]))!;
    expect(rec.bodyKeyOverride).toBe('我的市中区');
    expect(rec.bodyKey).toBe(NEW_KEY);
    expect((await store.summaries()).find((s) => s.id === PAGE_URL[2020])!.bodyKey).toBe('我的市中区');
  });
});
