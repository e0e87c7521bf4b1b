/**
 * Red team 60, the cross-year check over a researcher's collection (collect-red60-corpus.ts): 17
 * bodies (28 with the traps) over 2022–2024 and the traps — one body under two spellings, a body renamed, two 朝阳区
 * (北京's and 长春's) read from the reader's disk and two 城关镇 on a 公众号, two counties' towns on
 * their city's portal, a report read twice (its page and its file), a year missing between — saved
 * through the store the background uses. A finding between two reports that are not one body's
 * consecutive years is false; the one true mismatch is found from both sides, each naming the other.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCollectionStore } from '../../components/collection/store.ts';
import { bodyKeyOf, effectiveBodyKey, recordId } from '../../lib/collect/body.ts';
import { carryOverFlags } from '../../lib/collect/list-query.ts';
import { summarize } from '../../lib/collect/summary.ts';
import type { CrossYearFinding } from '../../lib/collect/record.ts';
import { carriedForward, corpus, report, type Planned } from './collect-red60-corpus.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

type Seen = { id: string; f: CrossYearFinding };

/** Every report saved; every cross-year finding of every report, read as the detail view reads it. */
async function collect(planned: readonly Planned[]) {
  const store = createCollectionStore({ now });
  for (const p of planned) await store.save(p.input);
  const seen: Seen[] = [];
  for (const r of await store.list()) for (const f of (await store.lookup(r.id))!.crossYear) seen.push({ id: r.id, f });
  return { store, seen };
}

describe('red team 60: the cross-year check on a researcher\'s collection', () => {
  const { planned, mismatches } = corpus();
  const byId = new Map(planned.map((p) => [recordId(p.input.url), p]));
  const isTrue = (s: Seen) => {
    const a = byId.get(s.id)!;
    const b = byId.get(s.f.otherId)!;
    return a.truth === b.truth && Math.abs(a.year - b.year) === 1 && mismatches.some((m) => m.truth === a.truth && m.years.includes(a.year) && m.years.includes(b.year));
  };

  it('69 reports of 28 bodies: no false finding; the true mismatch found from both years, each naming the other report', async () => {
    const { store, seen } = await collect(planned);
    expect(planned).toHaveLength(69);
    expect((await store.list()).length).toBe(69);
    expect(new Set(planned.map((p) => p.truth)).size).toBe(28);
    expect(seen.filter((s) => !isTrue(s)).map((s) => `${byId.get(s.id)!.truth} ${s.f.figure}`)).toEqual([]);
    const carry = seen.filter((s) => s.f.rule === 'cross.carry-over');
    // 2024 上年结转 against 2023 结转下年度 (自然人 and 总计), and the same from 2023's side
    expect(carry.map((s) => [byId.get(s.id)!.year, s.f.figure, s.f.actual, s.f.expected, s.f.otherYear]).sort()).toEqual([
      [2023, 't3.carriedForward.natural', 9, 99, 2024],
      [2023, 't3.carriedForward.total', 30, 120, 2024],
      [2024, 't3.carried.natural', 99, 9, 2023],
      [2024, 't3.carried.total', 120, 30, 2023],
    ]);
    for (const s of carry) {
      const other = planned.find((p) => p.truth === 'office' && p.year === s.f.otherYear)!;
      expect(s.f.otherUrl).toBe(other.input.url);
      expect(s.f.message).toContain(`${s.f.otherYear}年报告`);
    }
    // the list's mark (from the summaries) agrees: the 2024 report only
    const flags = carryOverFlags((await store.summaries()));
    expect([...flags.keys()]).toEqual([recordId('https://www.moumou.gov.cn/ndbg/2024.html')]);
  }, 60_000);

  it('the wrong twin of every consistent pair is flagged: a 上年结转 changed by one is found on both years', async () => {
    // 乐至县 2023's 上年结转 one more than 2022's 结转下年度
    const twin = planned.map((p) =>
      p.truth === '乐至县人民政府' && p.year === 2023 ? report({ truth: p.truth, seed: 1, body: p.truth, year: 2023, url: p.input.url, carried: { ...carriedForward(1, 2022), total: 999 } }) : p,
    );
    const { seen } = await collect(twin);
    const found = seen.filter((s) => byId.get(s.id)!.truth === '乐至县人民政府');
    expect(found.map((s) => [byId.get(s.id)!.year, s.f.figure, s.f.otherYear]).sort()).toEqual([
      [2022, 't3.carriedForward.total', 2023],
      [2023, 't3.carried.total', 2022],
    ]);
  }, 60_000);

  it('no automatic key without a host: two 朝阳区 read from disk are two bodies, as on a 公众号; a stored "朝阳区@" matches nothing', async () => {
    expect(bodyKeyOf('朝阳区人民政府', '')).toBeNull();
    expect(bodyKeyOf('朝阳区人民政府', 'www.bjchy.gov.cn')).toBe('朝阳区@bjchy.gov.cn');
    // kept before the fix: an automatic key of no site matches nothing; the user's correction still does
    expect(effectiveBodyKey({ bodyKey: '朝阳区@', bodyKeyOverride: null })).toBeNull();
    expect(effectiveBodyKey({ bodyKey: '朝阳区@', bodyKeyOverride: '北京朝阳' })).toBe('北京朝阳');
    const { store, seen } = await collect(planned.filter((p) => p.input.url.startsWith('file:')));
    expect(seen).toEqual([]);
    // a collection saved before: both records keyed "朝阳区@" (as bodyKeyOf gave then) still pair with nothing
    const [a, b] = await store.list();
    const old = [a!, b!].map((r) => ({ ...r, bodyKey: '朝阳区@' }));
    fakeBrowser.reset();
    const again = createCollectionStore({ now });
    await again.importJson(old);
    for (const r of old) expect((await again.crossYear(r.id))).toEqual([]);
    expect(carryOverFlags(old.map(summarize))).toEqual(new Map());
    expect(old.map(summarize).map((s) => s.bodyKey)).toEqual([null, null]);
  }, 60_000);

  it('a body renamed is two keys until the user joins them; joined, its consistent years give nothing, a changed one is found', async () => {
    const health = planned.filter((p) => p.truth === 'health');
    const { store, seen } = await collect(health);
    expect(seen).toEqual([]);
    const [older, newer] = health.map((p) => recordId(p.input.url));
    await store.setBodyKey(older!, '平昌县卫生健康局@pingchang.gov.cn');
    expect(await store.crossYear(newer!)).toEqual([]);
    const twin = report({ truth: 'health', seed: 32, body: '平昌县卫生健康局', year: 2023, url: health[1]!.input.url, carried: { ...carriedForward(32, 2022), natural: 77 } });
    const res = await store.save(twin.input);
    expect(res.crossYear.map((f) => [f.figure, f.actual, f.otherId])).toEqual([['t3.carried.natural', 77, older]]);
  }, 60_000);

  it('a year missing between: 2024 is not compared with 2022; a report read twice (its page and its file) is one report', async () => {
    const { store, seen } = await collect(planned.filter((p) => p.truth === 'gap' || p.truth === 'twice'));
    expect(seen).toEqual([]);
    const gap = recordId('https://www.enyang.gov.cn/ndbg/2024.html');
    expect((await store.lookup(gap))!.crossYearSkips).toEqual([]);
    // the page and its file agree: 2023 is compared with one of them, not left "ambiguous"
    const lookup = (await store.lookup(recordId('https://www.tongjiang.gov.cn/ndbg/2023.html')))!;
    expect(lookup.crossYearSkips).toEqual([]);
    const twin = report({ truth: 'twice', seed: 39, body: '通江县人民政府', year: 2023, url: 'https://www.tongjiang.gov.cn/ndbg/2023.html', over: { 't3.carriedForward.legal': 50 } });
    const res = await store.save(twin.input);
    expect(res.crossYear.map((f) => f.figure)).toEqual(['t3.carriedForward.legal']);
  }, 60_000);
});
