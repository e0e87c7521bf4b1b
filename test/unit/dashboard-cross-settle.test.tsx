// What ux70 left of the dashboard's pending cross-year counts (ux71). The counts come seconds after the rows
// (CollectionApi.crossYearCounts reads the records of every body with a neighbouring year); until then:
// - the rules chart, the bodies compared by 问题数 and the 结转不符 figure wait as the verdict does, instead of drawing
//   numbers that change (a cross.carry-over bar appeared and the bars reordered under the reader's eyes);
// - sorted by verdict, the pending rows are a group of their own at the end (they sorted as 无问题), and when the counts
//   come the row the reader is on keeps the keyboard and stays in view (the list jumped to the top, the focus fell to
//   <body>);
// - a pair the carry-over totals tag names, once the counts come, the columns behind the totals from each side.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/dashboard.tsx';
import type { CrossCount } from '../../lib/collect/cross-count.ts';
import { ruleLabel } from '../../components/rule-label.ts';
import { FakeCollection, makeRecord } from './dashboard-fake.ts';
import { $, $$, en, root, t, until, y2020 as read2020, y2021 as read2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

let r2020: ReturnType<typeof read2020> | undefined;
let r2021: ReturnType<typeof read2021> | undefined;
const y2020 = () => (r2020 ??= read2020());
const y2021 = () => (r2021 ??= read2021());
const ID_2020 = 'http://www.yunxi.gov.cn/2020.html';
const ID_2021 = 'http://www.yunxi.gov.cn/2021.html';
const ID_OTHER = 'http://www.yunling.gov.cn/2021.html';
const other = () =>
  makeRecord({ id: ID_OTHER, body: '东湖市云岭区人民政府', bodyKey: '人民政府@www.yunling.gov.cn', region: '东湖市云岭区', year: 2021,
    verdict: 'problems', problems: 1,
    findings: [{ rule: 't3.row-total', severity: 'error', message: '自然人一列：一+二=45，三（七）+四=42', cells: [], suspect: null, quote: null }],
    lastSeen: '2026-11-19T08:00:00.000Z' });

/** A store whose cross-year counts come when the test says. */
class SlowCounts extends FakeCollection {
  release!: () => void;
  override crossYearCounts(): Promise<Record<string, CrossCount>> {
    const counts = super.crossYearCounts();
    return new Promise((resolve) => (this.release = () => resolve(counts)));
  }
}

/** every distinct text an element matching `sel` was painted with, from the first paint on */
function watchText(sel: string): string[] {
  const seen: string[] = [];
  const look = () => {
    const text = root.querySelector(sel)?.textContent;
    if (text && seen.at(-1) !== text) seen.push(text);
  };
  new MutationObserver(look).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return seen;
}

const select = (sel: string, value: string) => {
  const el = root.querySelector<HTMLSelectElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('the figures above the list wait for the cross-year counts (ux71)', () => {
  it('draws the rules chart once, with the cross-year rule, and says meanwhile that it waits; 结转不符 waits too', async () => {
    const api = new SlowCounts([y2020(), y2021(), other()]);
    const painted = watchText('#chart-rules-desc');
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => $$('tr.row').length === 3 && api.release, 'the rows');
    expect($('[data-chart="chart-rules"]')).toBeNull();
    const waiting = $('[data-chart-pending="chart-rules"]')!;
    expect(waiting.textContent).toBe('问题分布（按核对规则）正在与同一单位前后年度的报告核对：核对完即显示此图');
    expect($('#stat-carry')!.textContent).toBe('…');
    api.release();
    await until(() => $('[data-chart="chart-rules"]'), 'the chart');
    expect($('[data-chart-pending]')).toBeNull();
    // drawn once, with the cross-year findings in it
    expect(painted).toHaveLength(1);
    expect(painted[0]).toContain(`${ruleLabel(t, 'cross.carry-over')} 4 处（2 份年报）`);
    expect($('#stat-carry')!.textContent).toBe('2');
  });

  it('compares the bodies by 问题数 once their cross-year problems are known, saying so in English meanwhile', async () => {
    const api = new SlowCounts([y2020(), y2021(), other()]);
    render(<Dashboard t={en} lang="en" api={api} />, root);
    await until(() => $$('tr.row').length === 3 && api.release, 'the rows');
    // one year's reports of two bodies, 2021's pending (its 2020 is collected)
    select('#filter-year', '2021');
    await until(() => $$('tr.row').length === 2, 'the year');
    // by 新收 the bars are final at once
    expect($('[data-chart="chart-bodies"]')).not.toBeNull();
    select('#compare-metric', 'problems');
    const waiting = await until(() => $('[data-chart-pending="chart-bodies"]'), 'the comparison waiting');
    expect(waiting.querySelector('[data-pending]')!.textContent).toBe(
      "Being checked against the same body's reports of the year before and after: the chart shows once done",
    );
    expect($('[data-chart="chart-bodies"]')).toBeNull();
    api.release();
    await until(() => $('[data-chart="chart-bodies"]'), 'the comparison');
  });
});
