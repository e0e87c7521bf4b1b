// dash97: the body's history charts in a report's detail, as a researcher reads a trend. A body collected for 2020,
// 2022 and 2023 was drawn as three evenly spaced years, the line running straight from 2020 to 2022 across a year
// nobody read; a year whose 行政复议 was blank (table 四 not read) and a year of 0 were both drawn as no bar at all,
// so a blank read as "0". Now every year between the first and the last keeps its place ("未收集"), a 0 stands as a
// sliver on the axis and a blank as "—".
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { FakeCollection, makeRecord } from './dashboard-fake.ts';
import { $, $$, en, mount, until, freshRootEachTest } from './dashboard-dom.tsx';
import { BarChart, LineChart } from '../../components/dashboard/charts.tsx';
import type { StoredReport } from '../../lib/collect/record.ts';

freshRootEachTest();

/** 云溪区's report of `year`: 新收 and 办结 as given, 行政复议 3 (1 纠正) unless told. */
function year(y: number, f: { newTotal: number | null; processed: number | null; review?: number | null; corrected?: number | null }): StoredReport {
  const id = `http://www.yunxi.gov.cn/${y}.html`;
  return makeRecord({
    id, year: y, body: '广州市云溪区人民政府', bodyKey: '云溪区@yunxi.gov.cn', region: '广州市云溪区', site: 'www.yunxi.gov.cn',
    lastSeen: `2026-11-2${y - 2019}T08:00:00.000Z`,
    figures: {
      't3.new.total': f.newTotal, 't3.processed.total': f.processed, 't3.granted.total': f.processed === null ? null : Math.floor(f.processed / 2),
      't4.review.total': f.review === undefined ? 3 : f.review, 't4.review.corrected': f.corrected === undefined ? 1 : f.corrected,
    },
  });
}

const desc = (id: string) => $(`svg[data-chart="${id}"] desc`)!.textContent;
const cats = (id: string) => $$(`svg[data-chart="${id}"] text.cat`).map((c) => c.textContent);

describe('the history charts keep the years between and tell a blank from a 0', () => {
  it('a year not collected keeps its place, said 未收集, and breaks the line', async () => {
    const api = new FakeCollection([year(2020, { newTotal: 40, processed: 38 }), year(2022, { newTotal: 50, processed: 48 }), year(2023, { newTotal: 60, processed: 55 })]);
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2023.html')}`;
    mount(api);
    await until(() => $('svg[data-chart="chart-applications"]'), 'the charts');
    // three reports collected: the header counts them, the charts show four years
    expect($('#history-title')!.textContent).toBe('同一单位历年数字（3 个年度）');
    expect(cats('chart-applications')).toEqual(['2020', '2021', '2022', '2023']);
    expect(desc('chart-applications')).toBe('2020：新收申请 40，办结 38；2021：未收集；2022：新收申请 50，办结 48；2023：新收申请 60，办结 55');
    expect($$('svg[data-chart="chart-applications"] text.gap').map((g) => g.textContent)).toEqual(['未收集']);
    // the line of 予以公开占比 is two runs: 2020 alone, then 2022–2023; never 2020 straight to 2022
    const runs = $$('svg[data-chart="chart-shares"] g.line.c1 path').map((p) => p.getAttribute('d')!.split('L').length);
    expect(runs).toEqual([1, 2]);
    expect(cats('chart-disputes')).toEqual(['2020', '2021', '2022', '2023']);
  });

  it('a blank is "—" in its bar\'s place, a 0 a bar standing on the axis', async () => {
    const api = new FakeCollection([
      year(2022, { newTotal: 0, processed: 0, review: 0, corrected: 0 }),
      year(2023, { newTotal: 12, processed: 10, review: null, corrected: null }),
    ]);
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2023.html')}`;
    mount(api);
    await until(() => $('svg[data-chart="chart-disputes"]'), 'the charts');
    const disputes = $('svg[data-chart="chart-disputes"]')!;
    // 2022: 行政复议 0 — a bar with a height; 2023: 行政复议 blank — no bar, a "—"
    const zero = disputes.querySelector('rect.bar.c1.zero')!;
    expect(Number(zero.getAttribute('height'))).toBeGreaterThan(0);
    expect(zero.querySelector('title')!.textContent).toBe('2022 行政复议：0');
    const blank = [...disputes.querySelectorAll('text.blank.c1')];
    expect(blank.map((b) => b.querySelector('title')!.textContent)).toEqual(['2023 行政复议：—']);
    expect(disputes.querySelectorAll('rect.bar.c1')).toHaveLength(1);
    // the applications: 2022's zeros stand, 2023's figures too
    expect($$('svg[data-chart="chart-applications"] rect.bar.zero')).toHaveLength(2);
    expect($$('svg[data-chart="chart-applications"] text.blank')).toHaveLength(0);
  });

  it('in English', async () => {
    const api = new FakeCollection([year(2021, { newTotal: 40, processed: 38 }), year(2023, { newTotal: 60, processed: 55 })]);
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2023.html')}`;
    mount(api, en);
    await until(() => $('svg[data-chart="chart-applications"]'), 'the charts');
    expect(desc('chart-applications')).toMatch(/^2021: [^;]+; 2022: not collected; 2023: /);
  });
});

describe('the charts alone', () => {
  const draw = (node: preact.JSX.Element): SVGSVGElement => {
    const root = document.createElement('div');
    document.body.append(root);
    render(node, root);
    return root.querySelector('svg')!;
  };

  it('a series of zeros draws slivers, a series of blanks draws dashes, and neither is drawn as the other', () => {
    const svg = draw(
      <BarChart id="c" title="t" categories={['2022', '2023']} integer series={[{ key: 'a', label: 'A', values: [0, null] }]} />,
    );
    expect([...svg.querySelectorAll('rect.bar')].map((r) => r.getAttribute('class'))).toEqual(['bar c1 zero']);
    expect([...svg.querySelectorAll('text.blank')].map((b) => b.textContent)).toEqual(['—2023 A：—']);
    document.body.replaceChildren();
  });

  it('a category marked missing draws its word and no dash, in bars and lines alike', () => {
    for (const Chart of [BarChart, LineChart]) {
      const svg = draw(
        <Chart id="c" title="t" categories={['2021', '2022', '2023']} missing={[null, '未收集', null]} series={[{ key: 'a', label: 'A', values: [5, null, 7] }]} />,
      );
      expect([...svg.querySelectorAll('text.gap')].map((g) => g.textContent)).toEqual(['未收集']);
      expect(svg.querySelectorAll('text.blank')).toHaveLength(0);
      expect(svg.querySelector('desc')!.textContent).toBe('2021：A 5；2022：未收集；2023：A 7');
      document.body.replaceChildren();
    }
  });
});

// dash98: a line series blank in every year (诉讼纠正率 where no report read a 行政诉讼) drew only its legend entry, which
// read as a line lost in the drawing; its legend now says 无数据, and only its.
describe('a series blank in every year says so in its legend', () => {
  it('诉讼纠正率 never read: （无数据） beside it alone; 复议纠正率 blank in one year only: nothing', async () => {
    const api = new FakeCollection([year(2021, { newTotal: 40, processed: 38, review: null, corrected: null }), year(2022, { newTotal: 50, processed: 48 })]);
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2022.html')}`;
    mount(api);
    const chart = await until(() => $('svg[data-chart="chart-shares"]'), 'the charts');
    const legend = chart.closest('figure')!.querySelector('.legend')!;
    expect([...legend.querySelectorAll('.key')].map((k) => k.textContent)).toEqual(['予以公开占比', '复议纠正率', '诉讼纠正率（无数据）']);
    expect([...legend.querySelectorAll('[data-no-data]')].map((x) => x.getAttribute('data-no-data'))).toEqual(['suit']);
    // the bars too: 行政诉讼 is blank both years
    const disputes = $('svg[data-chart="chart-disputes"]')!.closest('figure')!;
    expect([...disputes.querySelectorAll('[data-no-data]')].map((x) => x.getAttribute('data-no-data'))).toEqual(['suit']);
  });

  it('without the word (a chart elsewhere), the legend is as it was', () => {
    const el = document.createElement('div');
    render(<LineChart id="x" title="t" categories={['2021', '2022']} series={[{ key: 'a', label: 'A', values: [null, null] }, { key: 'b', label: 'B', values: [1, 2] }]} />, el);
    expect([...el.querySelectorAll('.key')].map((k) => k.textContent)).toEqual(['A', 'B']);
  });
});

