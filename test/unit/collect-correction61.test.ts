/**
 * det61: a body-key correction across imports. Before, mergeRecords kept either side's correction
 * (`newer ?? older`), so re-importing an old backup brought back a correction the user had cleared
 * since. The record now keeps when the correction was last set or cleared (bodyKeyOverrideAt) and an
 * import keeps the later one, a clearing included — and still keeps a correction made on another
 * machine after the backup. Each "machine" is its collection's export, read into a fresh store.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCollectionStore } from '../../components/collection/store.ts';
import type { CollectionExport, StoredReport } from '../../lib/collect/record.ts';
import { mergeRecords } from '../../lib/collect/merge.ts';
import { PAGE_URL, saveInput } from './collect-helpers.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
const id = PAGE_URL[2021];
const json = (x: CollectionExport): unknown => JSON.parse(JSON.stringify(x));

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

/** A machine whose collection is `from` (an export), or a fresh one with the 2021 report. */
async function machine(from?: unknown) {
  fakeBrowser.reset();
  const store = createCollectionStore({ now });
  if (from === undefined) await store.save(saveInput(2021));
  else await store.importJson(from);
  return store;
}

const correctionOf = async (store: Awaited<ReturnType<typeof machine>>) => (await store.get(id))!.bodyKeyOverride;

describe('det61: a body-key correction over export and import', () => {
  it('an old backup does not bring back a correction cleared since', async () => {
    const a = await machine();
    await a.setBodyKey(id, '云溪区@手工');
    const backup = json(await a.exportJson());
    await a.setBodyKey(id, null);
    expect(await correctionOf(a)).toBeNull();
    // the page seen again keeps when the correction was cleared
    const clearedAt = (await a.get(id))!.bodyKeyOverrideAt;
    expect(clearedAt).toBeDefined();
    await a.save(saveInput(2021));
    expect((await a.get(id))!.bodyKeyOverrideAt).toBe(clearedAt);
    await a.importJson(backup);
    // on main: '云溪区@手工' again
    expect(await correctionOf(a)).toBeNull();
    // the other way round: the cleared state imported into the backup's machine clears it there
    const cleared = json(await a.exportJson());
    const b = await machine(backup);
    expect(await correctionOf(b)).toBe('云溪区@手工');
    await b.importJson(cleared);
    expect(await correctionOf(b)).toBeNull();
  });

  it('keeps a correction made on another machine and imported later, and a newer one over an older', async () => {
    const a = await machine();
    const backup = json(await a.exportJson());
    // A corrects the key one way; machine B, reading A's backup, later corrects it another
    const a1 = await machine(backup);
    await a1.setBodyKey(id, '云溪区@甲');
    const earlierA = json(await a1.exportJson());
    const b = await machine(backup);
    await b.setBodyKey(id, '云溪区@乙');
    const fromB = json(await b.exportJson());
    // B's export read on A: B's, the later
    const a2 = await machine(earlierA);
    expect(await correctionOf(a2)).toBe('云溪区@甲');
    await a2.importJson(fromB);
    expect(await correctionOf(a2)).toBe('云溪区@乙');
    // B's later correction stays when A's earlier one is imported into B
    const b2 = await machine(fromB);
    await b2.importJson(earlierA);
    expect(await correctionOf(b2)).toBe('云溪区@乙');
    // a machine without any correction takes B's
    const c = await machine(backup);
    await c.importJson(fromB);
    expect(await correctionOf(c)).toBe('云溪区@乙');
    // the same export twice: nothing changes
    expect(await c.importJson(fromB)).toEqual({ added: 0, updated: 0, duplicates: 1, quarantined: 0 });
    expect(await correctionOf(c)).toBe('云溪区@乙');
  });

  it('a correction cleared on another machine after this one set it is cleared here too', async () => {
    const a = await machine();
    await a.setBodyKey(id, '云溪区@手工');
    const set = json(await a.exportJson());
    const b = await machine(set);
    await b.setBodyKey(id, null);
    const clearedOnB = json(await b.exportJson());
    const a2 = await machine(set);
    await a2.importJson(clearedOnB);
    expect(await correctionOf(a2)).toBeNull();
  });

  it('records kept before times were: either side’s correction, as before; a timed change is newer than them', async () => {
    const a = await machine();
    await a.setBodyKey(id, '云溪区@旧');
    const legacy = json(await a.exportJson()) as { reports: StoredReport[] };
    for (const r of legacy.reports) delete r.bodyKeyOverrideAt;
    // an old export's correction into a machine that has none and never had: kept
    const b = await machine();
    await b.importJson(legacy);
    expect(await correctionOf(b)).toBe('云溪区@旧');
    // …into a machine where the user cleared it (with a time): stays cleared
    await b.setBodyKey(id, null);
    await b.importJson(legacy);
    expect(await correctionOf(b)).toBeNull();
  });

  it('mergeRecords: the later time wins whichever copy was seen last; a sighting keeps the time', () => {
    const base = { bodyKey: '城关镇@x.gov.cn', revisions: [], fingerprint: 'f' } as unknown as StoredReport;
    const seenLate = { ...base, id: 'r', lastSeen: '2026-03-01T00:00:00.000Z', firstSeen: '2026-01-01T00:00:00.000Z', bodyKeyOverride: '甲@手工', bodyKeyOverrideAt: '2026-01-05T00:00:00.000Z' };
    const clearedLater = { ...base, id: 'r', lastSeen: '2026-02-01T00:00:00.000Z', firstSeen: '2026-01-01T00:00:00.000Z', bodyKeyOverride: null, bodyKeyOverrideAt: '2026-02-10T00:00:00.000Z' };
    for (const [x, y] of [[seenLate, clearedLater], [clearedLater, seenLate]] as const) {
      const { record } = mergeRecords(x as StoredReport, y as StoredReport);
      expect(record.bodyKeyOverride).toBeNull();
      expect(record.bodyKeyOverrideAt).toBe('2026-02-10T00:00:00.000Z');
      expect(record.lastSeen).toBe('2026-03-01T00:00:00.000Z');
    }
    // neither with a time: either side's, as before, and no time made up
    const { bodyKeyOverrideAt: _a, ...untimedSet } = seenLate;
    const { bodyKeyOverrideAt: _b, ...untimedNone } = clearedLater;
    const merged = mergeRecords(untimedNone as StoredReport, untimedSet as StoredReport).record;
    expect(merged.bodyKeyOverride).toBe('甲@手工');
    expect('bodyKeyOverrideAt' in merged).toBe(false);
  });
});
