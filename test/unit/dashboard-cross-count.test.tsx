// The dashboard's counts agree with its details (ux68): the list's 问题数 and verdict, its filter and sort by findings, the
// "有问题" figure, the rules chart, the bodies compared by 问题数 and the CSV/JSON exports count a report's cross-year
// mismatches (the 结转不符 tag's) with its own, as its detail page and the panel do, and say which part is cross-year.
// The bodies: the collection's two years of 广州市云溪区 (test/e2e/pages/collect-*.html, real core results, 0 findings of their
// own, mismatched carry-over), and 东湖市云岭区 of 2021 for a comparison of bodies.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/dashboard.tsx';
import { crossCounts, crossProblemCount } from '../../lib/collect/cross-count.ts';
import { reportsToCsv } from '../../lib/collect/csv.ts';
import { summarize } from '../../lib/collect/record.ts';
import { FakeCollection, makeRecord } from './dashboard-fake.ts';
import { $, $$, en, mount, root, t, until, y2020 as read2020, y2021 as read2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

// the core's analysis of each page once for the file (records are never changed by the fake)
let r2020: ReturnType<typeof read2020> | undefined;
let r2021: ReturnType<typeof read2021> | undefined;
const y2020 = () => (r2020 ??= read2020());
const y2021 = () => (r2021 ??= read2021());

const ID_2020 = 'http://www.yunxi.gov.cn/2020.html';
const ID_2021 = 'http://www.yunxi.gov.cn/2021.html';
/** another body of 2021, one finding of its own and no neighbour */
const other = () =>
  makeRecord({ id: 'http://www.yunling.gov.cn/2021.html', body: '东湖市云岭区人民政府', bodyKey: '人民政府@www.yunling.gov.cn', region: '东湖市云岭区', year: 2021,
    verdict: 'problems', problems: 1, findings: [{ rule: 't3.row-total', severity: 'error', message: '自然人一列：一+二=45，三（七）+四=42', cells: [], suspect: null, quote: null }],
    lastSeen: '2026-11-19T08:00:00.000Z' });

const select = (sel: string, value: string) => {
  const el = root.querySelector<HTMLSelectElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
/** each row's body, year, verdict and 问题数 cell */
const rowsShown = () =>
  $$('tr.row').map((tr) => [tr.dataset.id, tr.querySelector('[data-verdict]')!.getAttribute('data-verdict'), tr.querySelectorAll('td.num')[1]!.textContent]);

describe('the list counts the cross-year mismatches (ux68)', () => {
  it('each report\'s count is the one its detail page says: the same findings, read once for the collection', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    const counts = await api.crossYearCounts();
    // the detail page's "与 … 年度报告 N 处不符": its lookup's findings, a break of 结转 once (dash98)
    const detail = async (id: string) => crossProblemCount((await api.lookup(id))!.crossYear);
    expect(counts[ID_2020]!.problems).toBe(await detail(ID_2020));
    expect(counts[ID_2021]!.problems).toBe(await detail(ID_2021));
    expect(counts[ID_2021]!.problems).toBeGreaterThan(0);
    expect(counts[ID_2020]!.years).toEqual([2021]);
    expect(counts[ID_2021]!.years).toEqual([2020]);
    // the reports' own findings: none (what the list said, 0 and "无问题")
    expect([y2020().problems, y2021().problems]).toEqual([0, 0]);
    // a body alone in its years has nothing to compare
    expect(crossCounts([other(), y2021()])).toEqual({});
  });

  it('shows the total with its cross-year part, the verdict "有问题", and filters and sorts by it', async () => {
    const api = new FakeCollection([y2020(), y2021(), other()]);
    const n = (await api.crossYearCounts())[ID_2021]!.problems;
    mount(api);
    await until(() => $('[data-cross]'), 'the cross-year part');
    expect(rowsShown()).toEqual([
      [ID_2021, 'problems', `${n}跨年度 ${n}`],
      [ID_2020, 'problems', `${n}跨年度 ${n}`],
      ['http://www.yunling.gov.cn/2021.html', 'problems', '1'],
    ]);
    expect($('tr.row [data-cross]')!.title).toBe(`问题数 ${n} 处，其中 ${n} 处是与前后年度报告核对的不符（详情页“与前后年度报告核对”一节）`);
    // 有问题: three reports, not one
    expect($('.stats div:nth-child(2) dd')!.textContent).toBe('3');
    select('#filter-findings', 'without');
    await until(() => $$('tr.row').length === 0, 'no report without problems');
    select('#filter-findings', 'with');
    await until(() => $$('tr.row').length === 3, 'three with');
    // sorted by findings, the cross-year counts are the larger ones
    (root.querySelector<HTMLElement>('[data-sort="problems"]')!).click();
    await until(() => $$('tr.row')[2]?.dataset.id === 'http://www.yunling.gov.cn/2021.html', 'the sort');
    // the rules chart counts them under their rule
    expect($('svg[data-chart="chart-rules"] desc')!.textContent).toContain('跨年度结转');
  });

  it('says the cross-year part in English, and the tag says a mismatch', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    const n = (await api.crossYearCounts())[ID_2021]!.problems;
    mount(api, en);
    const part = await until(() => $('[data-cross]'), 'the cross-year part');
    expect(part.textContent).toBe(`${n} cross-year`);
    // its hyphen a non-breaking one: in a narrow window the tag wraps at its space only (two lines, not three)
    expect($('[data-carry]')!.textContent).toBe('Carry\u2011over mismatch');
  });

  it('compares the bodies by 问题数 with the cross-year ones, and says how many', async () => {
    const api = new FakeCollection([y2020(), y2021(), other()]);
    const n = (await api.crossYearCounts())[ID_2021]!.problems;
    mount(api);
    await until(() => $('[data-cross]'), 'the counts');
    select('#filter-year', '2021');
    await until(() => $('#compare-metric'), 'the comparison');
    select('#compare-metric', 'problems');
    const chart = await until(() => $('[data-compare="problems"] svg[data-chart="chart-bodies"]'), 'the bars');
    // one break of 结转 (自然人 and 总计) is one problem (dash98): 1 each, in the list's order of a tie
    expect(n).toBe(1);
    expect(chart.querySelector('desc')!.textContent).toBe(`东湖市云岭区人民政府 1；广州市云溪区人民政府 ${n}（含跨年度 ${n}）`);
  });

  it('puts each chart\'s title above its bars', async () => {
    mount(new FakeCollection([y2020(), y2021(), other()]));
    const chart = await until(() => $('svg[data-chart="chart-rules"]'), 'the rules chart');
    const figure = chart.closest('figure')!;
    expect(figure.firstElementChild!.tagName).toBe('FIGCAPTION');
    expect(figure.firstElementChild!.textContent).toBe('问题分布（按核对规则）');
  });
});

describe('the exports say them (ux68)', () => {
  it('the CSV has a column of cross-year problems and the verdict counts them', () => {
    const records = [y2020(), y2021(), other()];
    const n = crossCounts(records)[ID_2021]!.problems;
    const lines = reportsToCsv(records).replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0]!.split(',');
    const at = (name: string) => header.indexOf(name);
    const byId = new Map(lines.slice(1, -1).map((l) => [l.split(',')[0], l.split(',')]));
    expect(byId.get(ID_2021)![at('crossYearProblems')]).toBe(String(n));
    expect(byId.get(ID_2021)![at('problems')]).toBe('0');
    expect(byId.get(ID_2021)![at('verdict')]).toBe('problems');
    expect(byId.get('http://www.yunling.gov.cn/2021.html')![at('crossYearProblems')]).toBe('0');
    // a filtered export (the 2021 row alone) still counts against the whole collection when given its counts
    const one = reportsToCsv([y2021()], undefined, crossCounts(records)).split('\r\n')[1]!.split(',');
    expect(one[at('crossYearProblems')]).toBe(String(n));
  });

  it('the JSON export carries each report\'s cross-year findings on the real store, which counts them as the detail does', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const { createCollectionStore } = await import('../../components/collection/store.ts');
    const { analyzePage } = await import('./dashboard-fake.ts');
    fakeBrowser.reset();
    const store = createCollectionStore();
    for (const year of [2020, 2021]) {
      const report = analyzePage(`test/e2e/pages/collect-${year}.html`);
      await store.save({ url: `http://www.yunxi.gov.cn/${year}.html`, title: report.title, site: 'www.yunxi.gov.cn', report, at: `2026-11-2${year - 2019}T08:00:00.000Z` });
    }
    const looked = (await store.lookup(ID_2021))!.crossYear;
    const counts = await store.crossYearCounts();
    expect(counts[ID_2021]!.problems).toBe(crossProblemCount(looked));
    const data = await store.exportJson();
    expect(data.crossYear![ID_2021]).toEqual(looked);
    // read back, the export adds and changes nothing
    expect(await store.importJson(data)).toEqual({ added: 0, updated: 0, duplicates: 2, quarantined: 0 });
    render(<Dashboard t={t} lang="zh-CN" api={store} />, root);
    await until(() => $$('tr.row [data-cross]').length === 2, 'both rows count them');
    expect(summarize((await store.get(ID_2021))!).problems).toBe(0);
  });
});

// ux69: the 结转不符 tag was worked out from the later year's side only (carryOverFlags), so the 2020 row counted the mismatch
// ("跨年度 n") with no tag beside it. Both years of the pair are tagged now, each tooltip from its own side.
describe('the 结转不符 tag follows the counts (ux69)', () => {
  it('tags both years of a mismatched pair, each from its own side, and no other report', async () => {
    const api = new FakeCollection([y2020(), y2021(), other()]);
    const counts = await api.crossYearCounts();
    mount(api);
    await until(() => $$('tr.row [data-cross]').length === 2, 'the counts');
    const tagged = $$('tr.row').filter((tr) => tr.querySelector('[data-carry]')).map((tr) => tr.dataset.id);
    // the reports whose cross-year findings hold a carry-over mismatch are the tagged ones
    const carried = Object.entries(counts).filter(([, c]) => (c.rules['cross.carry-over'] ?? 0) > 0).map(([id]) => id);
    expect(tagged).toEqual([ID_2021, ID_2020]);
    expect([...carried].sort()).toEqual([...tagged].sort());
    const tagOf = (id: string) => root.querySelector(`tr.row[data-id="${id}"] [data-carry]`)!;
    // the totals, and once the counts came the columns behind them (ux71)
    expect(tagOf(ID_2021).getAttribute('title')).toBe('上年结转总计 6（自然人 5），而 2020 年报告结转下年度总计为 4（自然人 3）');
    expect(tagOf(ID_2021).getAttribute('data-carry')).toBe(ID_2020);
    expect(tagOf(ID_2020).getAttribute('title')).toBe('结转下年度总计 4（自然人 3），而 2021 年报告上年结转总计为 6（自然人 5）');
    expect(tagOf(ID_2020).getAttribute('data-carry')).toBe(ID_2021);
    // the figure counts the tagged reports
    expect($('#stat-carry')!.textContent).toBe('2');
  });

  it('says the earlier year\'s side in English', async () => {
    mount(new FakeCollection([y2020(), y2021()]), en);
    await until(() => $$('tr.row [data-cross]').length === 2, 'the counts');
    const tag = root.querySelector(`tr.row[data-id="${ID_2020}"] [data-carry]`)!;
    expect(tag.getAttribute('title')).toBe('Carried forward 4 in all (natural persons 3), but the 2021 report carried over 6 in all (natural persons 5)');
  });
});
