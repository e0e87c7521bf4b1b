/**
 * Export and import of the collection: a round trip keeps everything, junk is quarantined (not
 * lost), duplicates are recognised, and the same page seen at two times keeps the newer sighting
 * with both histories.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCollectionStore } from '../../components/collection/store.ts';
import { collectionExportSchema, RECORD_VERSION } from '../../lib/collect/record.ts';
import { mergeRecords } from '../../lib/collect/merge.ts';
import { PAGE_URL, analysed, saveInput } from './collect-helpers.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

async function collected() {
  const store = createCollectionStore({ now });
  await store.save(saveInput(2020));
  await store.save(saveInput(2021));
  await store.save(saveInput(2021, { figures: { 't3.new.natural': 46, 't3.new.total': 57 } }));
  await fakeBrowser.storage.local.set({ 'report:broken': { v: 2 } });
  await store.list(); // moves the broken one to quarantine
  return store;
}

describe('collect: export and import', () => {
  it('exports everything, schema-versioned, and an import into an empty browser round-trips', async () => {
    const exported = await (await collected()).exportJson();
    expect(collectionExportSchema.safeParse(exported).success).toBe(true);
    expect(exported.version).toBe(RECORD_VERSION);
    expect(exported.reports).toHaveLength(2);
    expect(exported.quarantine).toHaveLength(1);
    const json = JSON.parse(JSON.stringify(exported)) as unknown;

    fakeBrowser.reset();
    const fresh = createCollectionStore({ now });
    const res = await fresh.importJson(json);
    expect(res).toEqual({ added: 2, updated: 0, duplicates: 0, quarantined: 0 });
    const again = await fresh.exportJson();
    expect(again.reports).toEqual(exported.reports);
    expect(again.quarantine.map((q) => q.key)).toEqual(exported.quarantine.map((q) => q.key));
    const edited = (await fresh.get(PAGE_URL[2021]))!;
    expect(edited.revisions).toHaveLength(1);
    // cross-year works on imported records
    expect((await fresh.crossYear(PAGE_URL[2021])).map((f) => f.rule)).toContain('cross.carry-over');
  });

  it('recognises duplicates: importing the same export twice adds nothing', async () => {
    const store = await collected();
    const exported = JSON.parse(JSON.stringify(await store.exportJson())) as unknown;
    const res = await store.importJson(exported);
    expect(res).toEqual({ added: 0, updated: 0, duplicates: 2, quarantined: 0 });
    expect(await store.list()).toHaveLength(2);
  });

  it('quarantines junk entries with the reason and keeps the good ones', async () => {
    const store = createCollectionStore({ now });
    const good = (await createCollectionStore({ now }).save(saveInput(2020))).record;
    fakeBrowser.reset();
    const res = await store.importJson({
      format: 'nianbao-lens/collection',
      version: 2,
      exportedAt: now(),
      reports: [good, 42, { v: 2, id: 'x' }, { hello: 'world' }],
      quarantine: [],
    });
    expect(res).toEqual({ added: 1, updated: 0, duplicates: 0, quarantined: 3 });
    expect((await store.list()).map((r) => r.id)).toEqual([good.id]);
    const q = await store.quarantine();
    expect(q).toHaveLength(3);
    expect(q.map((e) => e.raw)).toContainEqual(42);
    expect(q.every((e) => /导入的第\d+条/.test(e.reason))).toBe(true);
  });

  it('a file that is not an export at all is kept in quarantine, not thrown away', async () => {
    const store = createCollectionStore({ now });
    const res = await store.importJson({ some: 'spreadsheet' });
    expect(res).toEqual({ added: 0, updated: 0, duplicates: 0, quarantined: 1 });
    const [q] = await store.quarantine();
    expect(q!.raw).toEqual({ some: 'spreadsheet' });
    expect(q!.reason).toMatch(/不是年报透镜导出/);
  });

  it('imports v1 records (an older version\'s export) by migrating them', async () => {
    const report = analysed(2020);
    const store = createCollectionStore({ now });
    const res = await store.importJson({
      format: 'nianbao-lens/collection',
      version: 1,
      reports: [
        {
          v: 1, id: PAGE_URL[2020], url: PAGE_URL[2020], title: report.title, agency: report.agency, site: 'www.yunxi.gov.cn',
          year: 2020, template: '2021', figures: report.figures, findings: report.findings, verdict: 'ok', problems: 0,
          fingerprint: 'abc', firstSeen: '2025-01-01T00:00:00.000Z', lastSeen: '2025-01-01T00:00:00.000Z', changedAt: null,
        },
      ],
    });
    expect(res.added).toBe(1);
    expect((await store.get(PAGE_URL[2020]))!.bodyKey).toBe('云溪区@yunxi.gov.cn');
  });

  it('the same page with other content: the newer sighting wins, histories are joined with the step between them', async () => {
    const store = createCollectionStore({ now });
    const older = (await store.save(saveInput(2021))).record;
    // another browser saw the page later, edited
    fakeBrowser.reset();
    const other = createCollectionStore({ now });
    const newer = (await other.save(saveInput(2021, { figures: { 't3.new.natural': 46 } }))).record;
    fakeBrowser.reset();
    await store.importJson([older]);
    const res = await store.importJson([newer]);
    expect(res).toEqual({ added: 0, updated: 1, duplicates: 0, quarantined: 0 });
    const kept = (await store.get(older.id))!;
    expect(kept.fingerprint).toBe(newer.fingerprint);
    expect(kept.firstSeen).toBe(older.firstSeen);
    expect(kept.revisions).toHaveLength(1);
    expect(kept.revisions[0]!.figures).toEqual([{ name: 't3.new.natural', before: 45, after: 46 }]);
    // merging is symmetric: importing the older one afterwards changes nothing but counts as updated content
    const back = mergeRecords(kept, older);
    expect(back.record.fingerprint).toBe(newer.fingerprint);
    expect(back.record.revisions).toHaveLength(1);
  });
});
