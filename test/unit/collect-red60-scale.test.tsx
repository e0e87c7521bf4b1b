/**
 * Red team 60, the collection at a researcher's scale: 500 reports (25 bodies' 20 years, as a
 * county's departments collected over time) in the real store, the list's sort and filters over
 * them, the dashboard opened on the store itself, a stored value that fails validation kept aside
 * with its reason, and saves from two contexts at once (each with its own lock, as without Web
 * Locks) — nothing lost. The figures are measured for the report (console), never asserted.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createCollectionStore, reportKey } from '../../components/collection/store.ts';
import { createMutex } from '../../components/collection/lock.ts';
import { Dashboard } from '../../components/dashboard/dashboard.tsx';
import { buildRecord } from '../../lib/collect/build.ts';
import { filterRows, NO_FILTER, sortRows, toRow } from '../../lib/collect/list-query.ts';
import type { StoredReport } from '../../lib/collect/record.ts';
import { report } from './collect-red60-corpus.ts';
import { $, $$, en, root, until, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

const BODIES = ['岳池县', '乐至县', '安居区', '武胜县', '邻水县'].flatMap((county) => ['人民政府', '司法局', '财政局', '教育局', '民政局'].map((d) => `${county}${d}`));

/** 25 bodies × 20 years (2005–2024): 500 records, built as the store builds them, lastSeen spread over a year. */
function fiveHundred(): StoredReport[] {
  const out: StoredReport[] = [];
  BODIES.forEach((body, i) => {
    for (let y = 2005; y < 2025; y++) {
      const at = new Date(Date.UTC(2025, 0, 1) + ((i * 20 + (y - 2005)) * 7919 % 500) * 3600_000 * 17).toISOString();
      const p = report({ truth: body, seed: i, body, year: y, url: `https://www.c${i % 5}.gov.cn/${encodeURIComponent(body)}/${y}.html` });
      if ((i + y) % 7 === 0) p.input.report.figures['t3.new.total'] = null;
      out.push(buildRecord({ ...p.input, at }, null).record);
    }
  });
  return out;
}

describe('red team 60: 500 reports', () => {
  it('the list sorts and filters 500 summaries right: by body (pinyin), year, a figure with blanks last, region and words', async () => {
    const store = createCollectionStore({ now });
    const records = fiveHundred();
    const t0 = performance.now();
    expect(await store.importJson(records, 'five-hundred.json')).toEqual({ added: 500, updated: 0, duplicates: 0, quarantined: 0 });
    const t1 = performance.now();
    const summaries = await store.summaries();
    const t2 = performance.now();
    console.log(`red60: import of 500 ${Math.round(t1 - t0)} ms, summaries ${Math.round(t2 - t1)} ms`);
    expect(summaries).toHaveLength(500);
    // newest lastSeen first, as the index promises
    expect(summaries.every((s, i) => i === 0 || summaries[i - 1]!.lastSeen >= s.lastSeen)).toBe(true);
    const rows = summaries.map(toRow);
    const byYear = sortRows(rows, { key: 'year', dir: 'asc' });
    expect(byYear.map((r) => r.year)).toEqual([...rows.map((r) => r.year!)].sort((a, b) => a - b));
    // blanks last in either direction
    for (const dir of ['asc', 'desc'] as const) {
      const sorted = sortRows(rows, { key: 'newTotal', dir }).map((r) => r.newTotal);
      const blanks = sorted.filter((v) => v === null).length;
      expect(blanks).toBeGreaterThan(0);
      expect(sorted.slice(-blanks).every((v) => v === null)).toBe(true);
      const known = sorted.slice(0, -blanks) as number[];
      expect(known.every((v, i) => i === 0 || (dir === 'asc' ? known[i - 1]! <= v : known[i - 1]! >= v))).toBe(true);
    }
    // pinyin: 安居区 < 乐至县 < 邻水县 < 武胜县 < 岳池县
    const firsts = [...new Set(sortRows(rows, { key: 'body', dir: 'asc' }).map((r) => r.body!.slice(0, 3)))];
    expect(firsts).toEqual(['安居区', '乐至县', '邻水县', '武胜县', '岳池县']);
    // the same sort whatever order the rows came in
    expect(sortRows([...rows].reverse(), { key: 'body', dir: 'asc' }).map((r) => r.id)).toEqual(sortRows(rows, { key: 'body', dir: 'asc' }).map((r) => r.id));
    expect(filterRows(rows, { ...NO_FILTER, year: 2023 })).toHaveLength(25);
    expect(filterRows(rows, { ...NO_FILTER, region: '邻水县' })).toHaveLength(100);
    expect(filterRows(rows, { ...NO_FILTER, query: '司法局 2023' })).toHaveLength(5);
    expect(filterRows(rows, { ...NO_FILTER, query: '乐至县司法局', year: 2024 }).map((r) => r.url)).toEqual([`https://www.c1.gov.cn/${encodeURIComponent('乐至县司法局')}/2024.html`]);
  }, 60_000);

  it('the dashboard opens on the store with 500 reports; a record damaged in storage is kept aside with its reason when read, nothing else lost', async () => {
    const store = createCollectionStore({ now });
    const all = fiveHundred();
    await store.importJson(all);
    // one record damaged in place (its index entry still names it)
    const damaged = all[137]!;
    const raw = JSON.stringify({ ...damaged, figures: 'none' });
    await browser.storage.local.set({ [reportKey(damaged.id)]: raw });
    const t0 = performance.now();
    let listed = 0;
    render(<Dashboard t={en} lang="en" api={store} onListed={() => (listed = performance.now())} />, root);
    await until(() => $$('tr.row').length > 0, 'rows');
    const painted = performance.now();
    console.log(`red60: dashboard on 500 — listed ${Math.round(listed - t0)} ms, first rows in the DOM ${Math.round(painted - t0)} ms, ${$$('tr.row').length} rows drawn`);
    expect(listed).toBeGreaterThan(0);
    // reading every record (the JSON export) moves it aside; the other 499 are all there
    const exported = await store.exportJson();
    expect(exported.reports).toHaveLength(499);
    expect(exported.quarantine.map((e) => [e.key, e.why?.code, e.raw])).toEqual([[reportKey(damaged.id), 'field', JSON.parse(raw)]]);
    expect((await store.summaries()).map((s) => s.id).sort()).toEqual(all.filter((r) => r !== damaged).map((r) => r.id).sort());
    // opened again: the quarantine says why, in English
    render(null, root);
    render(<Dashboard t={en} lang="en" api={store} />, root);
    await until(() => $$('details.quarantine li').length === 1, 'the quarantine');
    expect($('details.quarantine li .reason')!.textContent).toBe('Record (v3): the field "figures" is not in its form: expected record');
  }, 60_000);

  it('two contexts saving at once, each with its own lock: every report kept, the index agreeing with them', async () => {
    const tab = createCollectionStore({ now, lock: createMutex() });
    const page = createCollectionStore({ now, lock: createMutex() });
    const inputs = BODIES.slice(0, 20).flatMap((body, i) =>
      [2023, 2024].map((year) => report({ truth: body, seed: i, body, year, url: `https://www.s${i}.gov.cn/${year}.html` }).input),
    );
    // the same report saved by both at once (one page open in two tabs), the rest split between them
    await Promise.all(inputs.map((input, i) => (i % 2 === 0 ? tab : page).save(input)).concat([tab.save(inputs[0]!), page.save(inputs[0]!)]));
    const records = await tab.list();
    expect(records.map((r) => r.id).sort()).toEqual([...new Set(inputs.map((i) => i.url))].sort());
    const summaries = await page.summaries();
    expect(summaries.map((s) => s.id).sort()).toEqual(records.map((r) => r.id).sort());
    // and an import from the dashboard while the tabs save
    const more = BODIES.slice(20).map((body, i) => buildRecord({ ...report({ truth: body, seed: i, body, year: 2024, url: `https://www.m${i}.gov.cn/2024.html` }).input, at: now() }, null).record);
    const late = report({ truth: 'late', seed: 9, body: '华蓥市人民政府', year: 2024, url: 'https://www.hy.gov.cn/2024.html' }).input;
    await Promise.all([page.importJson(more), tab.save(late)]);
    expect((await tab.list()).length).toBe(records.length + more.length + 1);
    expect((await page.summaries()).length).toBe(records.length + more.length + 1);
  }, 60_000);
});
