/**
 * A collection filled the old way (layout 3: record v2 as JSON text, index buckets v4 of 17-field
 * tuples) opened by this code: every record is migrated once (v3), a 区政府办公室's own report that
 * kept the government's key from before session 16 keys as the office, records whose cells were
 * not read for notes say so (figureNotes null), the index is rebuilt, and nothing is lost, doubled
 * or compared that should not be. The "before" counts are what the code of layout 3 showed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COLLECTION_SCHEMA, createCollectionStore, SCHEMA_KEY } from '../../components/collection/store.ts';
import { bucketKey, bucketOf, pack } from '../../components/collection/summary-index.ts';
import { carryOverFlags } from '../../lib/collect/list-query.ts';
import { summarize, type StoredReport } from '../../lib/collect/record.ts';
import { PAGE_URL, saveInput } from './collect-helpers.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
const local = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

const OFFICE_URL = 'https://www.yunxi.gov.cn/zwgk/ndbg/2021/office.html';
const DEPT_URL = 'https://www.yunxi.gov.cn/zwgk/ndbg/2021/wjj.html';
const GOV_KEY = '云溪区@yunxi.gov.cn';

/** A record as v2 stored it: no figureNotes (saved before notes were kept), the key it was given then. */
function asV2(r: StoredReport, bodyKey = r.bodyKey): Record<string, unknown> {
  const { figureNotes: _, ...rest } = r;
  return { ...rest, v: 2, bodyKey };
}

type Who = 'gov2020' | 'gov2021' | 'office' | 'dept';

/**
 * The store of a user collecting since before session 16, layout 3 and index v4, with some of: the
 * district government's 2021 report (its 现行有效 cell "27（含自然失效3件）" read then as 27), its 2020
 * report (carrying forward what 2021 carried over), the office's own 2020 report keyed as the
 * government (the old fold), and a department's 2020 report the user joined by hand to another key.
 */
async function oldStore(who: readonly Who[] = ['gov2020', 'gov2021', 'office', 'dept']): Promise<StoredReport[]> {
  const store = createCollectionStore({ now });
  const all: Record<Who, () => Promise<StoredReport>> = {
    gov2020: async () => (await store.save(saveInput(2020, { figures: { 't3.carriedForward.natural': 5, 't3.carriedForward.total': 6 } }))).record,
    gov2021: async () => (await store.save(saveInput(2021, { figures: { 't2.normativeDocs.inForce': 27 } }))).record,
    office: async () => (await store.save(saveInput(2020, { agency: '广州市云溪区人民政府办公室', url: OFFICE_URL }))).record,
    dept: async () => ({ ...(await store.save(saveInput(2020, { agency: '云溪区卫生健康局', url: DEPT_URL }))).record, bodyKeyOverride: '卫健@yunxi' }),
  };
  const records: StoredReport[] = [];
  for (const w of who) records.push(await all[w]());
  fakeBrowser.reset();
  const values: Record<string, unknown> = { [SCHEMA_KEY]: 3 };
  const buckets = new Map<number, unknown[]>();
  for (const r of records) {
    const v2 = asV2(r, r.id === OFFICE_URL ? GOV_KEY : r.bodyKey);
    values[`report:${r.id}`] = JSON.stringify(v2);
    const b = bucketOf(r.id);
    buckets.set(b, [...(buckets.get(b) ?? []), pack(summarize({ ...(v2 as StoredReport), figureNotes: {} })).slice(0, 17)]);
  }
  for (const [b, entries] of buckets) values[bucketKey(b)] = { v: 4, stamp: 'old', data: JSON.stringify(entries) };
  await local.set(values);
  return records;
}

const rules = (f: { rule: string }[]) => f.map((x) => x.rule);

describe('layout 3 → 4 on open', () => {
  it('re-keys the office\'s own report once, keeps every record and the user\'s correction, doubles nothing', async () => {
    const records = await oldStore();
    const store = createCollectionStore({ now });
    const set = vi.spyOn(local, 'set');
    const summaries = await store.summaries();
    expect(summaries.map((s) => s.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(Object.keys(await local.get(null)).filter((k) => k.startsWith('report:'))).toHaveLength(4);
    expect((await local.get(SCHEMA_KEY))[SCHEMA_KEY]).toBe(COLLECTION_SCHEMA);
    const office = (await store.get(OFFICE_URL))!;
    expect(office.v).toBe(3);
    expect(office.bodyKey).toBe('云溪区政府办公室@yunxi.gov.cn');
    expect(summaries.find((s) => s.id === OFFICE_URL)!.bodyKey).toBe('云溪区政府办公室@yunxi.gov.cn');
    // the user's correction stays and still wins
    expect((await store.get(DEPT_URL))!.bodyKeyOverride).toBe('卫健@yunxi');
    expect(summaries.find((s) => s.id === DEPT_URL)!.bodyKey).toBe('卫健@yunxi');
    // every record written back as v3 text, notes not known
    for (const r of records) {
      const text = (await local.get(`report:${r.id}`))[`report:${r.id}`] as string;
      expect(JSON.parse(text)).toMatchObject({ v: 3, figureNotes: null });
    }
    expect(await store.quarantine()).toEqual([]);
    // once: a store opened again reads the layout key and writes nothing
    const writes = set.mock.calls.length;
    expect(writes).toBeGreaterThan(0);
    const again = createCollectionStore({ now });
    await again.ready();
    expect(set.mock.calls.length).toBe(writes);
    expect((await again.summaries()).length).toBe(4);
  });

  it('the office\'s own 2020 report is no longer the government\'s last year: 6 false findings and a list mark gone', async () => {
    await oldStore(['gov2021', 'office']);
    const store = createCollectionStore({ now });
    // layout 3 showed 2 carry-over errors and a stock warning on each page, and marked 2021 in the list
    expect(await store.crossYear(PAGE_URL[2021])).toEqual([]);
    expect(await store.crossYear(OFFICE_URL)).toEqual([]);
    expect(await store.crossYearSkips(OFFICE_URL)).toEqual([]);
    expect(carryOverFlags(await store.summaries()).size).toBe(0);
  });

  it('the government\'s 2020 beside the office\'s is one report of its year again: compared, and agreeing', async () => {
    await oldStore(['gov2020', 'gov2021', 'office']);
    const store = createCollectionStore({ now });
    // no "two different 2020 reports" skip; the carry-over agrees, so nothing but the stock's skip
    expect(rules(await store.crossYear(PAGE_URL[2021]))).toEqual([]);
    expect((await store.crossYearSkips(PAGE_URL[2021])).map((k) => k.message).join()).not.toContain('份数字不同');
  });

  it('a 现行有效 read as plain before notes were kept: the false warning is a skip that says to open the reports again', async () => {
    await oldStore(['gov2020', 'gov2021']);
    const store = createCollectionStore({ now });
    // layout 3 showed one cross.in-force warning on each page
    expect(await store.crossYear(PAGE_URL[2021])).toEqual([]);
    expect(await store.crossYear(PAGE_URL[2020])).toEqual([]);
    expect((await store.crossYearSkips(PAGE_URL[2021])).map((k) => k.message)).toEqual([
      '2020年报告与本报告的行政规范性文件现行有效件数不一致，未核对：两份报告保存时尚未读取单元格中的注释（如“3（含…）”），无法判断不一致是否由注释说明；重新打开两份报告的页面后即可核对',
    ]);
  });

  it('a page seen again is read for notes: a stock that does not follow is a warning again', async () => {
    await oldStore(['gov2020', 'gov2021']);
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020, { figures: { 't3.carriedForward.natural': 5, 't3.carriedForward.total': 6 } }));
    const res = await store.save(saveInput(2021, { figures: { 't2.normativeDocs.inForce': 27 } }));
    expect(res.record.figureNotes).toEqual({});
    expect(rules(res.crossYear)).toEqual(['cross.in-force']);
    expect(res.crossYearSkips).toEqual([]);
  });

  it('an export of the old version imports re-keyed and with its notes not known', async () => {
    const records = await oldStore(['gov2021', 'office']);
    fakeBrowser.reset();
    const store = createCollectionStore({ now });
    const reports = records.map((r) => asV2(r, r.id === OFFICE_URL ? GOV_KEY : r.bodyKey));
    expect(await store.importJson({ format: 'nianbao-lens/collection', version: 2, exportedAt: '', reports, quarantine: [] })).toMatchObject({ added: 2, quarantined: 0 });
    expect((await store.get(OFFICE_URL))).toMatchObject({ v: 3, bodyKey: '云溪区政府办公室@yunxi.gov.cn', figureNotes: null });
    expect(await store.crossYear(PAGE_URL[2021])).toEqual([]);
  });
});
