/**
 * The collection in extension storage, with WXT's fake browser (reset before every test): save,
 * the same page again, a changed page, v1 records, quarantine, concurrent saves, index repair,
 * storage use (cross-year findings: collect-store-cross.test.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COLLECTION_SCHEMA, createCollectionStore, QUARANTINE_PREFIX, reportKey, SCHEMA_KEY } from '../../components/collection/store.ts';
import { createMutex } from '../../components/collection/lock.ts';
import { bucketKey, bucketOf, INDEX_BUCKETS, INDEX_PREFIX, pack, readBucket, storedBucket, unpack } from '../../components/collection/summary-index.ts';
import type { StoredReportV1 } from '../../lib/collect/migrate.ts';
import { summarize } from '../../lib/collect/record.ts';
import { verdictOf } from '../../lib/collect/build.ts';
import { PAGE_URL, analysed, saveInput } from './collect-helpers.ts';

let clock = 0;
/** Each call a second later: saves have distinct, ordered times. */
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

describe('collect store: save, get, list, remove', () => {
  it('saves a checked report with its body, region, figures and fingerprint', async () => {
    const store = createCollectionStore({ now });
    const res = await store.save(saveInput(2021));
    expect(res.status).toBe('new');
    expect(res.revision).toBeNull();
    const r = res.record;
    expect(r.id).toBe(PAGE_URL[2021]);
    expect(r.body).toBe('广州市云溪区人民政府');
    expect(r.bodyKey).toBe('云溪区@yunxi.gov.cn');
    expect(r.region).toBe('广州市云溪区');
    expect(r.year).toBe(2021);
    expect(r.template).toBe('2021');
    expect(r.figures['t3.carried.natural']).toBe(5);
    expect(r.verdict).toBe('ok');
    expect(r.problems).toBe(0);
    expect(r.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(r.firstSeen).toBe(r.lastSeen);
    expect(await store.get(r.id)).toEqual(r);
    expect((await store.list()).map((x) => x.id)).toEqual([r.id]);
    await store.remove(r.id);
    expect(await store.get(r.id)).toBeNull();
    expect(await store.list()).toEqual([]);
    expect(await store.index()).toEqual([]);
  });

  it('lists newest sighting first', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2021));
    await store.save(saveInput(2020));
    expect((await store.list()).map((r) => r.year)).toEqual([2020, 2021]);
    await store.save(saveInput(2021));
    expect((await store.list()).map((r) => r.year)).toEqual([2021, 2020]);
  });

  it('one record per page: a link with a fragment or utm_ parameters is the same page', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2021));
    const again = await store.save(saveInput(2021, { url: `${PAGE_URL[2021]}?utm_source=weixin#tables` }));
    expect(again.status).toBe('same');
    expect(await store.list()).toHaveLength(1);
  });

  it('the same page again is "same": lastSeen moves, firstSeen and the history stay', async () => {
    const store = createCollectionStore({ now });
    const first = await store.save(saveInput(2021));
    const second = await store.save(saveInput(2021));
    expect(second.status).toBe('same');
    expect(second.revision).toBeNull();
    expect(second.record.firstSeen).toBe(first.record.firstSeen);
    expect(second.record.lastSeen > first.record.lastSeen).toBe(true);
    expect(second.record.revisions).toEqual([]);
    expect(second.record.fingerprint).toBe(first.record.fingerprint);
  });

  it('changed figures are "changed", with a revision naming each figure before and after', async () => {
    const store = createCollectionStore({ now });
    const first = await store.save(saveInput(2021));
    const edited = await store.save(saveInput(2021, { figures: { 't3.new.natural': 46, 't3.new.total': 57 } }));
    expect(edited.status).toBe('changed');
    expect(edited.revision).not.toBeNull();
    expect(edited.revision!.figures).toEqual([
      { name: 't3.new.natural', before: 45, after: 46 },
      { name: 't3.new.total', before: 56, after: 57 },
    ]);
    expect(edited.revision!.fingerprintBefore).toBe(first.record.fingerprint);
    expect(edited.revision!.fingerprintAfter).toBe(edited.record.fingerprint);
    expect(edited.record.fingerprint).not.toBe(first.record.fingerprint);
    const kept = await store.get(edited.record.id);
    expect(kept!.revisions).toHaveLength(1);
    expect(kept!.revisions[0]).toEqual(edited.revision);
    // seen again unchanged after the edit: same, history kept
    const third = await store.save(saveInput(2021, { figures: { 't3.new.natural': 46, 't3.new.total': 57 } }));
    expect(third.status).toBe('same');
    expect(third.record.revisions).toHaveLength(1);
  });
});

describe('verdictOf', () => {
  it('keeps a report whose template table was not read apart from a consistent one', () => {
    const r = analysed(2021);
    expect(verdictOf(r)).toBe('ok');
    const note = { rule: 'map.missing-table', severity: 'info' as const, message: '未找到表三…', cells: [], suspect: null, quote: null };
    expect(verdictOf({ ...r, findings: [...r.findings, note] })).toBe('partial');
    expect(verdictOf({ ...r, findings: [note, { ...note, rule: 't3.balance', severity: 'error' as const }] })).toBe('problems');
    expect(verdictOf({ ...r, findings: [note], checks: { passed: 0, failed: 0, skipped: 3, passedWithBlanks: 0 }, narrative: { ...r.narrative, passed: 0, failed: 0 } })).toBe('unchecked');
  });
});

describe('collect store: versions and quarantine', () => {
  const v1 = (): StoredReportV1 => {
    const report = analysed(2020);
    return {
      v: 1,
      id: PAGE_URL[2020],
      url: PAGE_URL[2020],
      title: report.title,
      agency: '广州市云溪区人民政府',
      site: 'www.yunxi.gov.cn',
      year: 2020,
      template: '2021',
      figures: report.figures,
      findings: report.findings,
      verdict: 'ok',
      problems: 0,
      fingerprint: 'v1fingerprint',
      firstSeen: '2025-03-01T00:00:00.000Z',
      lastSeen: '2025-03-02T00:00:00.000Z',
      changedAt: '2025-03-02T00:00:00.000Z',
    };
  };

  it('reads a v1 record as the current one (agency → body, body key and region derived, changedAt → a revision, notes not known) and writes it back', async () => {
    await fakeBrowser.storage.local.set({ [`report:${PAGE_URL[2020]}`]: v1(), [SCHEMA_KEY]: 1 });
    const store = createCollectionStore({ now });
    const [r] = await store.list();
    expect(r).toBeDefined();
    expect(r!.v).toBe(3);
    expect(r!.body).toBe('广州市云溪区人民政府');
    // v1 did not read notes in cells: not known, never taken as none
    expect(r!.figureNotes).toBeNull();
    expect(r!.bodyKey).toBe('云溪区@yunxi.gov.cn');
    expect(r!.bodyKeyOverride).toBeNull();
    expect(r!.region).toBe('广州市云溪区');
    expect(r!.revisions).toHaveLength(1);
    expect(r!.revisions[0]!.at).toBe('2025-03-02T00:00:00.000Z');
    expect(r!.firstSeen).toBe('2025-03-01T00:00:00.000Z');
    // written back as the current record, in the current layout (JSON text)
    const stored = (await fakeBrowser.storage.local.get(`report:${PAGE_URL[2020]}`))[`report:${PAGE_URL[2020]}`] as string;
    expect(JSON.parse(stored).v).toBe(3);
    expect((await fakeBrowser.storage.local.get(SCHEMA_KEY))[SCHEMA_KEY]).toBe(COLLECTION_SCHEMA);
    expect(await store.quarantine()).toEqual([]);
  });

  it('a migrated v1 record takes part in cross-year checks (last year collected by an older version): a carry-over that disagrees is a skip until it is seen again', async () => {
    await fakeBrowser.storage.local.set({ [`report:${PAGE_URL[2020]}`]: v1() });
    const store = createCollectionStore({ now });
    const res = await store.save(saveInput(2021));
    // its cells were not read for notes: the disagreement may be a note's, so it is said, not flagged
    expect(res.crossYear.map((f) => f.rule)).not.toContain('cross.carry-over');
    expect(res.crossYearSkips.map((k) => k.message)).toContain(
      '2020年报告与本报告的上年结转不一致，未核对：2020年报告保存时尚未读取单元格中的注释（如“3（含…）”），无法判断不一致是否由注释说明；重新打开2020年报告的页面后即可核对',
    );
    // seen again, its notes are known (none): the carry-over is compared
    await store.save(saveInput(2020));
    expect((await store.crossYear(PAGE_URL[2021])).map((f) => f.rule)).toContain('cross.carry-over');
    expect((await store.crossYearSkips(PAGE_URL[2021])).map((k) => k.message).join()).not.toContain('注释');
  });

  it('moves a corrupt record to quarantine with a Chinese reason, keeps it there after a reload, never drops it', async () => {
    const bad = { v: 2, id: 'https://www.yunxi.gov.cn/bad.html', url: 'https://www.yunxi.gov.cn/bad.html', figures: { 't3.new.total': 'lots' } };
    await fakeBrowser.storage.local.set({ 'report:https://www.yunxi.gov.cn/bad.html': bad, 'report:junk': 'not a record' });
    const store = createCollectionStore({ now });
    await store.save(saveInput(2021));
    const listed = await store.list();
    expect(listed.map((r) => r.year)).toEqual([2021]);
    const q = await store.quarantine();
    expect(q).toHaveLength(2);
    const entry = q.find((e) => e.key === 'report:https://www.yunxi.gov.cn/bad.html')!;
    expect(entry.raw).toEqual(bad);
    expect(entry.reason).toMatch(/字段/);
    expect(q.find((e) => e.key === 'report:junk')!.reason).toMatch(/不是一条报告记录/);
    // the report key is gone, the value lives on in quarantine
    expect((await fakeBrowser.storage.local.get('report:junk'))['report:junk']).toBeUndefined();
    // a new store over the same storage (the browser restarted) still shows both
    const reloaded = createCollectionStore({ now });
    expect((await reloaded.quarantine()).map((e) => e.key).sort()).toEqual(['report:https://www.yunxi.gov.cn/bad.html', 'report:junk']);
    expect(await reloaded.list()).toHaveLength(1);
    await reloaded.clearQuarantine('report:junk');
    expect((await reloaded.quarantine()).map((e) => e.key)).toEqual(['report:https://www.yunxi.gov.cn/bad.html']);
    await reloaded.clearQuarantine();
    expect(await reloaded.quarantine()).toEqual([]);
  });

  it('a record from a newer version is quarantined, not misread', async () => {
    await fakeBrowser.storage.local.set({ 'report:https://a.gov.cn/x': { v: 3, id: 'https://a.gov.cn/x' } });
    const store = createCollectionStore({ now });
    expect(await store.get('https://a.gov.cn/x')).toBeNull();
    const [q] = await store.quarantine();
    expect(q!.reason).toMatch(/v3/);
  });

  it('a corrupt record under the page being saved is quarantined and the page saved fresh', async () => {
    await fakeBrowser.storage.local.set({ [`report:${PAGE_URL[2021]}`]: { v: 2, id: PAGE_URL[2021] } });
    const store = createCollectionStore({ now });
    const res = await store.save(saveInput(2021));
    expect(res.status).toBe('new');
    expect(await store.quarantine()).toHaveLength(1);
  });
});

describe('collect store: concurrency and the index', () => {
  const urls = Array.from({ length: 20 }, (_, i) => `https://www.yunxi.gov.cn/zwgk/ndbg/t${i}.html`);

  it('20 saves at once from two tabs (one background store) are all kept, in the records and the index', async () => {
    const store = createCollectionStore({ now });
    const results = await Promise.all(urls.map((url) => store.save(saveInput(2021, { url }))));
    expect(results.every((r) => r.status === 'new')).toBe(true);
    expect((await store.list()).map((r) => r.id).sort()).toEqual([...urls].sort());
    expect((await store.index()).map((e) => e.id).sort()).toEqual([...urls].sort());
  });

  it('two writers with a lock each (a browser without Web Locks: the background and a dashboard page) lose no report: list() repairs the index', async () => {
    const a = createCollectionStore({ now, lock: createMutex() });
    const b = createCollectionStore({ now, lock: createMutex() });
    // pages whose summaries share one index bucket, so that the two writers' index updates collide
    const candidates = Array.from({ length: 4000 }, (_, i) => `https://www.yunxi.gov.cn/zwgk/ndbg/c${i}.html`);
    const same = candidates.filter((u) => bucketOf(u) === bucketOf(candidates[0]!)).slice(0, 20);
    expect(same).toHaveLength(20);
    await Promise.all(same.map((url, i) => (i % 2 === 0 ? a : b).save(saveInput(2021, { url }))));
    // the racing writers overwrote each other's index; the report keys are the truth
    const all = await fakeBrowser.storage.local.get(null);
    const indexed = Object.keys(all).filter((k) => k.startsWith(INDEX_PREFIX)).reduce((n, k) => n + readBucket(all[k])!.entries.length, 0);
    expect(indexed).toBeLessThan(same.length);
    const listed = await a.list();
    expect(listed.map((r) => r.id).sort()).toEqual([...same].sort());
    expect((await a.index()).map((e) => e.id).sort()).toEqual([...same].sort());
    expect((await b.summaries()).map((e) => e.id).sort()).toEqual([...same].sort());
  });

  it('repairs an index that lost an entry or names a report that is gone', async () => {
    const store = createCollectionStore({ now });
    const old = (await store.save(saveInput(2020))).record;
    await store.save(saveInput(2021));
    // a well-formed index that lost both reports and names one that is gone
    const gone = 'https://gone.gov.cn/x';
    await fakeBrowser.storage.local.remove([bucketKey(bucketOf(PAGE_URL[2020])), bucketKey(bucketOf(PAGE_URL[2021]))]);
    await fakeBrowser.storage.local.set({ [bucketKey(bucketOf(gone))]: storedBucket([summarize({ ...old, id: gone, url: gone })]) });
    expect((await store.index()).map((e) => e.id)).toEqual([gone]);
    expect((await store.list()).map((r) => r.year)).toEqual([2021, 2020]);
    const index = await store.index();
    expect(index.map((e) => e.id)).toEqual([PAGE_URL[2021], PAGE_URL[2020]]);
    expect(index[0]!.bodyKey).toBe('云溪区@yunxi.gov.cn');
  });

  it('summaries(): one small entry per report with the key figures and the rules that fired, newest first', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020));
    await store.save(saveInput(2021, { figures: { 't3.new.total': 99 } }));
    const s = await store.summaries();
    expect(s.map((e) => e.year)).toEqual([2021, 2020]);
    expect(s[0]!.figures['t3.new.total']).toBe(99);
    expect(s[0]!.figures['t3.carriedForward.total']).toBe(5);
    expect(s[0]!.bodyKey).toBe('云溪区@yunxi.gov.cn');
    expect(Object.keys(s[0]!.figures).length).toBeLessThanOrEqual(12);
    expect(s[0]!.rules).toEqual({});
    expect(JSON.stringify(s[0]).length).toBeLessThan(JSON.stringify(await store.get(s[0]!.id)).length / 4);
    // stored packed, read back the same; a figure the report lacks stays absent, a blank stays null
    const odd = { ...s[0]!, url: 'https://elsewhere.gov.cn/x', figures: { 't3.new.total': null } };
    expect(unpack(pack(odd))).toEqual(odd);
    expect(JSON.stringify(pack(s[0]!)).length).toBeLessThan(JSON.stringify(s[0]).length * 0.6);
  });

  it('summaries() rebuilds when the report keys (getKeys) disagree with the index', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020));
    const r = (await store.save(saveInput(2021))).record;
    // another writer stored a report without updating the index
    await fakeBrowser.storage.local.set({ [`report:https://www.yunxi.gov.cn/x.html`]: { ...r, id: 'https://www.yunxi.gov.cn/x.html', url: 'https://www.yunxi.gov.cn/x.html' } });
    const local = fakeBrowser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
    local.getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
    try {
      expect((await store.summaries()).map((e) => e.id).sort()).toEqual([PAGE_URL[2020], PAGE_URL[2021], 'https://www.yunxi.gov.cn/x.html'].sort());
    } finally {
      delete local.getKeys;
    }
  });

  it("a store sees another writer's index: its cached copy is dropped when the stored one changes", async () => {
    const a = createCollectionStore({ now });
    const b = createCollectionStore({ now });
    await a.save(saveInput(2020));
    expect((await a.summaries()).map((e) => e.year)).toEqual([2020]);
    await b.save(saveInput(2021));
    expect((await a.summaries()).map((e) => e.year)).toEqual([2021, 2020]);
    expect((await a.crossYear(PAGE_URL[2021])).length).toBe(2);
  });

  it('an unreadable index is rebuilt, not trusted', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020));
    await fakeBrowser.storage.local.set({ [bucketKey(bucketOf(PAGE_URL[2020]))]: 'garbage' });
    const res = await store.save(saveInput(2021));
    // the cross-year look-up went through the rebuilt index
    expect(res.crossYear.length).toBeGreaterThan(0);
    expect((await store.index()).map((e) => e.year).sort()).toEqual([2020, 2021]);
  });

  it('spreads the index over buckets: a save rewrites one small bucket, not the whole index', async () => {
    const store = createCollectionStore({ now });
    await Promise.all(urls.map((url) => store.save(saveInput(2021, { url }))));
    const all = await fakeBrowser.storage.local.get(null);
    const buckets = Object.keys(all).filter((k) => k.startsWith(INDEX_PREFIX));
    expect(buckets.length).toBeGreaterThan(5);
    expect(buckets.length).toBeLessThanOrEqual(INDEX_BUCKETS);
    const changed: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => changed.push(...Object.keys(changes)));
    await store.save(saveInput(2021, { url: urls[3] }));
    expect(changed.filter((k) => k.startsWith(INDEX_PREFIX))).toEqual([bucketKey(bucketOf(urls[3]!))]);
  });

  it('stores one key per report', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020));
    await store.save(saveInput(2021));
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith('report:')).sort()).toEqual([`report:${PAGE_URL[2020]}`, `report:${PAGE_URL[2021]}`]);
    expect(reportKey(PAGE_URL[2020])).toBe(`report:${PAGE_URL[2020]}`);
    expect(Object.keys(all).some((k) => k.startsWith(QUARANTINE_PREFIX))).toBe(false);
  });
});

describe('collect store: storage use', () => {
  it('reports the bytes the collection uses', async () => {
    const store = createCollectionStore({ now });
    // an empty collection holds only its schema version and index
    expect(await store.bytesInUse()).toBeLessThan(100);
    await store.save(saveInput(2021));
    const one = await store.bytesInUse();
    expect(one).toBeGreaterThan(1000);
    await store.save(saveInput(2020));
    expect(await store.bytesInUse()).toBeGreaterThan(one);
  });
});
