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

/** A store whose cross-year counts come when the test says (or fail). */
class SlowCounts extends FakeCollection {
  release!: () => void;
  fail!: () => void;
  override crossYearCounts(): Promise<Record<string, CrossCount>> {
    const counts = super.crossYearCounts();
    return new Promise((resolve, reject) => {
      this.release = () => resolve(counts);
      this.fail = () => reject(new Error('storage read failed'));
    });
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
    // one break of 结转 (自然人 and 总计, seen from both years) is 1 处 in 2 reports (dash98: it said 4 处, one a column a side)
    expect(painted[0]).toContain(`${ruleLabel(t, 'cross.carry-over')} 1 处（2 份年报）`);
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

  it('draws the rules chart from the reports\' own findings when the counts cannot be read, saying it leaves them out', async () => {
    const api = new SlowCounts([y2020(), y2021(), other()]);
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => $$('tr.row').length === 3 && api.fail, 'the rows');
    api.fail();
    await until(() => $('[data-chart="chart-rules"]'), 'the chart');
    expect($('#chart-rules-desc')!.textContent).toBe(`${ruleLabel(t, 't3.row-total')} 1 处（1 份年报）`);
    expect($('[data-left-out]')!.textContent).toBe('未能读取与前后年度报告的核对结果：此图不含跨年度问题');
    expect($('#stat-carry')!.textContent).toBe('?');
  });
});

describe('sorting by verdict while the counts are pending (ux71)', () => {
  // sixty reports with no neighbouring year (final at once) and the pair, which sorts last while pending
  const fillers = () =>
    Array.from({ length: 60 }, (_, i) =>
      makeRecord({ id: `https://www.f${i}.gov.cn/2022.html`, body: `某县单位${i}`, year: 2022, lastSeen: `2026-10-${String((i % 28) + 1).padStart(2, '0')}T08:00:00.000Z` }),
    );

  it('puts the pending rows in a group of their own, not among 无问题', async () => {
    const api = new SlowCounts([y2020(), y2021(), other(), fillers()[0]!]);
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => $$('tr.row').length === 4 && api.release, 'the rows');
    $('[data-sort="verdict"]')!.click();
    await until(() => $('th[aria-sort="descending"] [data-sort="verdict"]'), 'the sort');
    const verdicts = () => $$('tr.row').map((tr) => `${tr.dataset.id} ${tr.querySelector('[data-verdict]')!.getAttribute('data-verdict')}`);
    expect(verdicts()).toEqual(['https://www.f0.gov.cn/2022.html ok', `${ID_OTHER} problems`, `${ID_2021} pending`, `${ID_2020} pending`]);
    $('[data-sort="verdict"]')!.click();
    await until(() => $('th[aria-sort="ascending"] [data-sort="verdict"]'), 'the sort');
    expect(verdicts()).toEqual([`${ID_OTHER} problems`, 'https://www.f0.gov.cn/2022.html ok', `${ID_2021} pending`, `${ID_2020} pending`]);
    api.release();
    await until(() => !$('[data-verdict="pending"]'), 'the counts');
    expect(verdicts()).toEqual([`${ID_2021} problems`, `${ID_2020} problems`, `${ID_OTHER} problems`, 'https://www.f0.gov.cn/2022.html ok']);
  });

  it('keeps the keyboard on the reader\'s row and the row in view when the counts re-sort it', async () => {
    const api = new SlowCounts([y2020(), y2021(), other(), ...fillers()]);
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => $$('tr.row').length > 0 && api.release, 'the rows');
    $('[data-sort="verdict"]')!.click();
    $('[data-sort="verdict"]')!.click();
    await until(() => $('th[aria-sort="ascending"] [data-sort="verdict"]'), 'the sort');
    // to the end of the list (有问题, then sixty 无问题, then the pending pair), and onto 2020's row
    const scroller = $('.scroller')!;
    const link = await until(() => {
      // (again until it holds: the new sort's own move to the top may come after the first)
      if (scroller.scrollTop !== 62 * 40 - 400) {
        scroller.scrollTop = 62 * 40 - 400;
        scroller.dispatchEvent(new Event('scroll'));
      }
      return $(`tr.row[data-id="${ID_2020}"] td.body button`);
    }, "2020's row");
    link.focus();
    expect(document.activeElement).toBe(link);
    expect($(`tr.row[data-id="${ID_2020}"]`)!.getAttribute('aria-rowindex')).toBe(String(62 + 2));
    api.release();
    await until(() => !$('[data-verdict="pending"]'), 'the counts');
    // 2020 is 有问题 now: from the end to the top's 有问题 group, its row drawn and in view, the keyboard on its link
    const rows = () => $$('tr.row').map((tr) => tr.dataset.id);
    await until(() => rows().includes(ID_2020) && document.activeElement?.closest('tr.row')?.getAttribute('data-id') === ID_2020, 'the focus back on 2020');
    expect(document.activeElement).toBe($(`tr.row[data-id="${ID_2020}"] td.body button`));
    expect($(`tr.row[data-id="${ID_2020}"]`)!.getAttribute('aria-rowindex')).toBe(String(1 + 2));
    // in the view (the scroller's top down to the 720 px the table draws when it has no size: the test's DOM)
    expect(1 * 40 - scroller.scrollTop).toBeGreaterThanOrEqual(0);
    expect(1 * 40 - scroller.scrollTop).toBeLessThanOrEqual(720 - 40);
  });
});

// ux70 named the columns of a pair whose totals agree; a pair the totals tag said its totals only ("上年结转总计 5，而 2020
// 年报告结转下年度总计为 4"), while "跨年度 n" counted its columns too. Here 2021's 上年结转 is 自然人 4、商业企业 1 (总计 5)
// against 2020's 结转下年度 自然人 3、商业企业 1 (总计 4).
describe('the 结转不符 tag of a pair whose totals differ names its columns once the counts come (ux71)', () => {
  const shifted = () => {
    const r = y2021();
    return { ...r, figures: { ...r.figures, 't3.carried.natural': 4, 't3.carried.commercial': 1, 't3.carried.total': 5 } };
  };
  const tagOf = (id: string) => root.querySelector(`tr.row[data-id="${id}"] [data-carry]`);

  it('the totals first, then the columns behind them from each side', async () => {
    const api = new SlowCounts([y2020(), shifted()]);
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => tagOf(ID_2021) && api.release, 'the totals tag');
    expect(tagOf(ID_2021)!.getAttribute('title')).toBe('上年结转总计 5，而 2020 年报告结转下年度总计为 4');
    api.release();
    await until(() => $$('tr.row [data-cross]').length === 2, 'the counts');
    expect(tagOf(ID_2021)!.getAttribute('title')).toBe('上年结转总计 5（自然人 4），而 2020 年报告结转下年度总计为 4（自然人 3）');
    expect(tagOf(ID_2020)!.getAttribute('title')).toBe('结转下年度总计 4（自然人 3），而 2021 年报告上年结转总计为 5（自然人 4）');
    expect(tagOf(ID_2020)!.getAttribute('aria-label')).toBe(tagOf(ID_2020)!.getAttribute('title'));
  });

  it('in English', async () => {
    render(<Dashboard t={en} lang="en" api={new FakeCollection([y2020(), shifted()])} />, root);
    await until(() => $$('tr.row [data-cross]').length === 2, 'the counts');
    expect(tagOf(ID_2021)!.getAttribute('title')).toBe('Carried over 5 in all (natural persons 4), but the 2020 report carried forward 4 in all (natural persons 3)');
    expect(tagOf(ID_2020)!.getAttribute('title')).toBe('Carried forward 4 in all (natural persons 3), but the 2021 report carried over 5 in all (natural persons 4)');
  });
});
