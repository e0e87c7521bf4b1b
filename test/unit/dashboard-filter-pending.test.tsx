// What ux71 left of the dashboard's pending cross-year counts (ux72): the 有问题 / 无问题 filter placed a pending report
// (its counts still to come) by its own findings, so a report listed under 无问题 left that list when its counts came,
// and one missing from 有问题 appeared. Now a pending report with problems of its own is 有问题 at once; one without is
// under neither until its counts come, and a line under the filters says how many wait; if the counts cannot be read,
// they go by their own findings and the line says so.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/dashboard.tsx';
import type { CrossCount } from '../../lib/collect/cross-count.ts';
import { FakeCollection, makeRecord } from './dashboard-fake.ts';
import { $, $$, en, root, rowIds, t, until, y2020 as read2020, y2021 as read2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

let r2020: ReturnType<typeof read2020> | undefined;
let r2021: ReturnType<typeof read2021> | undefined;
// the two years of one body, without problems of their own, whose carry-over disagrees (2 cross-year problems each)
const y2020 = () => (r2020 ??= read2020());
const y2021 = () => (r2021 ??= read2021());
const ID_2020 = 'http://www.yunxi.gov.cn/2020.html';
const ID_2021 = 'http://www.yunxi.gov.cn/2021.html';
const FINDING = { rule: 't3.row-total', severity: 'error', message: '自然人一列：一+二=45，三（七）+四=42', cells: [], suspect: null, quote: null } as const;
/** reports with no neighbouring year (final at once), with problems of their own or without */
const single = (i: number, problems: boolean) =>
  makeRecord({
    id: `https://www.f${i}.gov.cn/2022.html`, body: `某县单位${i}`, year: 2022,
    ...(problems ? { verdict: 'problems' as const, problems: 1, findings: [{ ...FINDING, cells: [] }] } : {}),
    lastSeen: `2026-10-${String((i % 28) + 1).padStart(2, '0')}T08:00:00.000Z`,
  });
/** a report of the pair's body with problems of its own: pending, yet 有问题 at once */
const own2022 = () =>
  makeRecord({ ...y2021(), id: 'http://www.yunxi.gov.cn/2022.html', url: 'http://www.yunxi.gov.cn/2022.html', year: 2022,
    fingerprint: 'fp-2022', verdict: 'problems', problems: 1, findings: [{ ...FINDING, cells: [] }], lastSeen: '2026-11-22T08:00:00.000Z' });

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

const select = (sel: string, value: string) => {
  const el = root.querySelector<HTMLSelectElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

/** every list of rows painted, from now on */
function watchRows(): string[][] {
  const seen: string[][] = [];
  new MutationObserver(() => seen.push(rowIds() as string[])).observe(root, { subtree: true, childList: true });
  return seen;
}

describe('the findings filter while the cross-year counts are pending (ux72)', () => {
  it('lists a pending report without problems of its own under neither 无问题 nor 有问题 until its counts come, saying so', async () => {
    const api = new SlowCounts([y2020(), y2021(), own2022(), single(0, false), single(1, true)]);
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => $$('tr.row').length === 5 && api.release, 'the rows');
    select('#filter-findings', 'without');
    await until(() => $$('tr.row').length < 5, 'the filter');
    expect(rowIds()).toEqual(['https://www.f0.gov.cn/2022.html']);
    expect($('[data-findings-unsettled]')!.textContent).toBe('另有 2 份报告正在与同一单位前后年度的报告核对，核对完即归入');
    expect($('#shown-count')!.textContent).toBe('显示 1 / 5 份');
    select('#filter-findings', 'with');
    // 2022 is pending too, but 有问题 of its own: listed at once
    await until(() => rowIds().includes('http://www.yunxi.gov.cn/2022.html'), 'the filter');
    expect(rowIds()).toEqual(['http://www.yunxi.gov.cn/2022.html', 'https://www.f1.gov.cn/2022.html']);
    expect($('[data-findings-unsettled]')!.textContent).toBe('另有 2 份报告正在与同一单位前后年度的报告核对，核对完即归入');
    const painted = watchRows();
    api.release();
    await until(() => !$('[data-findings-unsettled]'), 'the counts');
    expect(rowIds()).toEqual(['http://www.yunxi.gov.cn/2022.html', ID_2021, ID_2020, 'https://www.f1.gov.cn/2022.html']);
    // the rows shown only gained: none left the list
    for (const ids of painted) for (const id of ['http://www.yunxi.gov.cn/2022.html', 'https://www.f1.gov.cn/2022.html']) expect(ids).toContain(id);
    select('#filter-findings', 'without');
    await until(() => rowIds().length === 1, 'the filter');
    expect(rowIds()).toEqual(['https://www.f0.gov.cn/2022.html']);
    select('#filter-findings', 'any');
    await until(() => rowIds().length === 5, 'all');
    expect($('[data-findings-unsettled]')).toBeNull();
  });

  it('places them by their own findings when the counts cannot be read, saying so in English', async () => {
    const api = new SlowCounts([y2020(), y2021(), single(0, false)]);
    render(<Dashboard t={en} lang="en" api={api} />, root);
    await until(() => $$('tr.row').length === 3 && api.fail, 'the rows');
    select('#filter-findings', 'without');
    await until(() => $$('tr.row').length === 1, 'the filter');
    expect($('[data-findings-unsettled]')!.textContent).toBe(
      "2 more reports are being checked against the same body's reports of the year before and after; they are listed once done",
    );
    api.fail();
    await until(() => $$('tr.row').length === 3, 'the own findings');
    expect($('[data-findings-unsettled]')!.textContent).toBe(
      'For 2 reports the check against the reports of the year before and after could not be read; they are listed by their own findings',
    );
  });

  it('keeps the keyboard on the reader\'s row when the counts bring rows into 有问题 above it', async () => {
    const api = new SlowCounts([y2020(), y2021(), ...Array.from({ length: 30 }, (_, i) => single(i, true))]);
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => $$('tr.row').length > 0 && api.release, 'the rows');
    select('#filter-findings', 'with');
    await until(() => $('[data-findings-unsettled]'), 'the line');
    expect($('#shown-count')!.textContent).toBe('显示 30 / 32 份');
    const id = rowIds()[3]!;
    const link = $(`tr.row[data-id="${id}"] td.body button`)!;
    link.focus();
    expect($(`tr.row[data-id="${id}"]`)!.getAttribute('aria-rowindex')).toBe(String(3 + 2));
    api.release();
    // the pair (the newest) comes in at the top, the reader's row two further down, still under the keyboard
    await until(() => rowIds()[0] === ID_2021, 'the pair');
    await until(() => document.activeElement?.closest('tr.row')?.getAttribute('data-id') === id, 'the focus on the row');
    expect(document.activeElement).toBe($(`tr.row[data-id="${id}"] td.body button`));
    expect($(`tr.row[data-id="${id}"]`)!.getAttribute('aria-rowindex')).toBe(String(5 + 2));
    expect($('[data-findings-unsettled]')).toBeNull();
  });
});
