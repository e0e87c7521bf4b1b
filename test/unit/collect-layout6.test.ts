/**
 * A collection kept by the code of layout 5 (before session 53), whose regions read the 市 of 市场 as the
 * unit's own: "济南市市场监督管理局" had the region "济南市市" (and "云岭区市场…" "…云岭区市"), which disagrees
 * with the "济南市" this code gives its next year's page (neighbour.ts regionsDisagree: neither is a tail
 * of the other), so the two years never met. Opened by this code (layout 6) every record's region is
 * derived again from its name and title, written back, the index rebuilt: the years meet, a 上年结转 that
 * does not follow is found. A town's county, which its name does not tell, is kept.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COLLECTION_SCHEMA, createCollectionStore, SCHEMA_KEY } from '../../components/collection/store.ts';
import { bucketKey, bucketOf, pack } from '../../components/collection/summary-index.ts';
import { summarize, type StoredReport } from '../../lib/collect/record.ts';
import { readRecord } from '../../lib/collect/migrate.ts';
import { regionOf } from '../../lib/collect/body.ts';
import { PAGE_URL, saveInput } from './collect-helpers.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
const local = fakeBrowser.storage.local;

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

const BODY = '济南市市场监督管理局';

/** 2020 stored by layout 5's code (region "济南市市"), 2021 by this code. */
async function layout5Store(carriedForwardNatural: number): Promise<StoredReport[]> {
  const store = createCollectionStore({ now });
  const y2020 = (await store.save(saveInput(2020, { agency: BODY, figures: { 't3.carriedForward.natural': carriedForwardNatural, 't3.carriedForward.total': carriedForwardNatural + 1 } }))).record;
  const y2021 = (await store.save(saveInput(2021, { agency: BODY }))).record;
  fakeBrowser.reset();
  const old2020: StoredReport = { ...y2020, region: '济南市市' };
  const values: Record<string, unknown> = { [SCHEMA_KEY]: 5 };
  const buckets = new Map<number, StoredReport[]>();
  for (const r of [old2020, y2021]) {
    values[`report:${r.id}`] = JSON.stringify(r);
    buckets.set(bucketOf(r.id), [...(buckets.get(bucketOf(r.id)) ?? []), r]);
  }
  for (const [b, rs] of buckets) values[bucketKey(b)] = { v: 5, stamp: 'old', data: JSON.stringify(rs.map((r) => pack(summarize(r)))) };
  await local.set(values);
  return [old2020, y2021];
}

describe('layout 5 → 6 on open: regions derived again', () => {
  it('regionOf reads 市场, 市容, 市直 as words, not a unit\'s second character; 津市市, 沙市区 stay names', () => {
    expect(regionOf(BODY)).toBe('济南市');
    expect(regionOf('东湖市云岭区市场监督管理局')).toBe('东湖市云岭区');
    expect(regionOf('永嘉县市场监督管理局')).toBe('永嘉县');
    expect(regionOf('浙江省市场监督管理局')).toBe('浙江省');
    expect(regionOf('青溪市市容环境卫生管理处')).toBe('青溪市');
    // a unit's own next character: 郑州 + 市, 沙市 + 区, 津市 + 市 (民政局, 政府 after them are no word of the unit's)
    expect(regionOf('郑州市民政局')).toBe('郑州市');
    expect(regionOf('重庆市万州区民政局')).toBe('重庆市万州区');
    expect(regionOf('荆州市沙市区民政局')).toBe('荆州市沙市区');
    expect(regionOf('津市市民政局')).toBe('津市市');
    expect(regionOf('新乡市卫滨区人民政府')).toBe('新乡市卫滨区');
    expect(regionOf('宁乡市人民政府')).toBe('宁乡市');
    expect(regionOf('青溪市市民服务中心')).toBe('青溪市');
    expect(regionOf('津市市新洲镇人民政府')).toBe('津市市');
    expect(regionOf('荆州市沙市区人民政府')).toBe('荆州市沙市区');
    expect(regionOf('济南市市中区人民政府')).toBe('济南市市中区');
  });

  it('readRecord derives a stored region again, and keeps a town\'s county its name does not give', async () => {
    const [old] = await layout5Store(5);
    const read = readRecord(JSON.parse(JSON.stringify(old)));
    expect(read.ok && read.record.region).toBe('济南市');
    expect(read.ok && read.migrated).toBe(true);
    const town = readRecord(JSON.parse(JSON.stringify({ ...old, body: '东华镇人民政府', title: '东华镇2020年政府信息公开工作年度报告', bodyKey: `东华镇@${old!.site.replace(/^www\./, '')}`, region: '华亭市' })));
    expect(town.ok && town.record.region).toBe('华亭市');
    expect(town.ok && town.migrated).toBe(false);
  });

  it('the 2020 report saved as 济南市市 meets the 2021 page: a 上年结转 that does not follow is found, one that does is not', async () => {
    await layout5Store(4);
    const store = createCollectionStore({ now });
    expect((await store.summaries()).map((s) => s.region)).toEqual(['济南市', '济南市']);
    expect((await local.get(SCHEMA_KEY))[SCHEMA_KEY]).toBe(COLLECTION_SCHEMA);
    expect(COLLECTION_SCHEMA).toBe(6);
    expect((await store.crossYear(PAGE_URL[2021])).map((f) => f.rule)).toContain('cross.carry-over');
    fakeBrowser.reset();
    await layout5Store(5);
    expect((await createCollectionStore({ now }).crossYear(PAGE_URL[2021])).map((f) => f.rule)).not.toContain('cross.carry-over');
  });
});
