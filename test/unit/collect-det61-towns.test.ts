/**
 * det61: two 城关镇 on one city's portal (www.tianshui.gov.cn) whose name and title leave the county
 * out shared one body key, and the collection compared one's 2023 with the other's 2024 (col60's
 * "Left"). Their pages (test/fixtures/det61/b*) tell the county — a breadcrumb, 发布机构, 来源, the
 * footer's 主办单位, the site's name — and the record keeps it as its region (detect/town-county.ts,
 * collect/body.ts regionOf): two regions that disagree are two bodies (neighbour.ts sameBody). The
 * pages are analysed by the core and saved through the background's store; the carry-over rows are set
 * so that each county's years agree, and a wrong twin (one 上年结转 changed) must still be found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCollectionStore } from '../../components/collection/store.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import type { SaveInput } from '../../lib/collect/record.ts';
import { carriedForward } from './collect-red60-corpus.ts';
import { bodyHistory } from '../../lib/collect/chart-data.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

// happy-dom's import.meta.url is no file: URL
const dir = join(process.cwd(), 'test/fixtures/det61');
const cache = new Map<string, ReportAnalysis>();
function analysed(name: string, url: string): ReportAnalysis {
  let r = cache.get(name);
  if (!r) {
    r = analyzeDocument(parsePage(decodeHtml(readFileSync(join(dir, `${name}.html`))).text), { url });
    cache.set(name, r);
  }
  return structuredClone(r);
}

/**
 * A town's report on the city's portal, its carry-over rows set as col60's corpus sets them: this year's
 * 结转下年度 from `seed`, its 上年结转 last year's (carriedForward(seed, year - 1)) plus `change` on the
 * total; table 二's stocks left out (not chained here).
 */
function input(name: string, seed: number, change = 0): SaveInput {
  const url = `https://www.tianshui.gov.cn/art/${name}.html`;
  const report = analysed(name, url);
  expect(report.isReport).toBe(true);
  const year = report.year!;
  const figures: Record<string, number | null> = Object.fromEntries(Object.entries(report.figures).filter(([k]) => !k.startsWith('t2.')));
  for (const [c, v] of Object.entries(carriedForward(seed, year))) figures[`t3.carriedForward.${c}`] = v;
  for (const [c, v] of Object.entries(carriedForward(seed, year - 1))) figures[`t3.carried.${c}`] = v;
  figures['t3.carried.total']! += change;
  report.figures = figures;
  return { url, title: report.title, site: 'www.tianshui.gov.cn', report, at: now() };
}

async function findings(inputs: SaveInput[]) {
  const store = createCollectionStore({ now });
  for (const i of inputs) await store.save(i);
  const out: string[] = [];
  for (const r of await store.list()) {
    for (const f of (await store.lookup(r.id))!.crossYear) out.push(`${r.year} ${f.figure} ≠ ${f.otherYear}`);
  }
  return { store, out: out.sort() };
}

describe('det61: two 城关镇 on one city\'s portal', () => {
  it('甘谷县\'s 2023 and 秦安县\'s 2024 are not compared (on main: a false carry-over finding from each side)', async () => {
    // two towns: 秦安's 上年结转 is its own 2023's, not 甘谷's
    const { store, out } = await findings([input('b01-gangu-crumb-2023', 1), input('b02-qinan-box-2024', 2)]);
    expect(out).toEqual([]);
    const regions = (await store.list()).map((r) => [r.year, r.body, r.bodyKey, r.region]).sort();
    expect(regions).toEqual([
      [2023, '城关镇人民政府', '城关镇@tianshui.gov.cn', '甘谷县'],
      [2024, '城关镇人民政府', '城关镇@tianshui.gov.cn', '秦安县'],
    ]);
  });

  it('each county\'s town joins its own years, told by different sources each year; a wrong 上年结转 is found', async () => {
    const gangu = (change = 0) => [input('b04-gangu-cell-crumb-source-2022', 1), input('b01-gangu-crumb-2023', 1), input('b03-gangu-footer-2024', 1, change)];
    const qinan = (change = 0) => [input('b05-qinan-site-title-2023', 2), input('b02-qinan-box-2024', 2, change)];
    // consistent: nothing found (on main each year held two reports of the key, so nothing was compared either)
    const { store, out } = await findings([...gangu(), ...qinan()]);
    expect(out).toEqual([]);
    // the detail view's history of 甘谷's town draws 甘谷's years only (on main: both towns', one a year)
    const summaries = await store.summaries();
    const history = (region: string | null) => bodyHistory(summaries, '城关镇@tianshui.gov.cn', region).map((p) => [p.year, p.id.split('/').pop()]);
    expect(history('甘谷县')).toEqual([[2022, 'b04-gangu-cell-crumb-source-2022.html'], [2023, 'b01-gangu-crumb-2023.html'], [2024, 'b03-gangu-footer-2024.html']]);
    expect(history('秦安县')).toEqual([[2023, 'b05-qinan-site-title-2023.html'], [2024, 'b02-qinan-box-2024.html']]);
    // the wrong twins: 甘谷's and 秦安's 2024 上年结转 changed, each found against its own county's 2023, from both sides
    fakeBrowser.reset();
    expect((await findings([...gangu(5), ...qinan(3)])).out).toEqual([
      '2023 t3.carriedForward.total ≠ 2024',
      '2023 t3.carriedForward.total ≠ 2024',
      '2024 t3.carried.total ≠ 2023',
      '2024 t3.carried.total ≠ 2023',
    ]);
  });

  it('a year whose page tells no county still joins the town\'s other years', async () => {
    const unknown = input('b07-city-only-2024', 1, 4);
    expect('agencyRegion' in unknown.report).toBe(false);
    expect((await findings([input('b01-gangu-crumb-2023', 1), unknown])).out).toEqual(['2023 t3.carriedForward.total ≠ 2024', '2024 t3.carried.total ≠ 2023']);
    fakeBrowser.reset();
    expect((await findings([input('b01-gangu-crumb-2023', 1), input('b07-city-only-2024', 1)])).out).toEqual([]);
  });
});
