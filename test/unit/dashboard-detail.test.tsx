// The dashboard's detail view of one report, rendered into the test DOM with an in-memory
// collection (dashboard-dom.tsx): its tables, its cross-year findings beside its own verdict, the
// history chart, and the user's correction of "the same body". (Split from dashboard-page.test.tsx.)
import { describe, expect, it } from 'vitest';
import { analyzePage, FakeCollection, recordOf } from './dashboard-fake.ts';
import { buildRecord } from '../../lib/collect/build.ts';
import { storedReportSchema } from '../../lib/collect/record.ts';
import { $, $$, $input, en, mount, until, y2020, y2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

describe('a report in detail', () => {
  it('shows tables 二/三/四, the carry-over finding with last year\'s page, the history and the same body', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2021.html')}`;
    mount(api);
    const cross = await until(() => $('[data-list="cross"]'), 'the cross-year findings');
    // one finding a column; the 总计 column: this year's 上年结转 6 against last year's 结转下年度 4
    const carry = [...cross.querySelectorAll('[data-rule="cross.carry-over"]')].find((li) => li.textContent!.includes('总计'))!;
    expect(carry.textContent).toContain('2021年报告“二、上年结转”为6');
    expect(carry.textContent).toContain('2020年报告“四、结转下年度继续办理”为4');
    expect(carry.querySelector('a')!.getAttribute('href')).toBe('http://www.yunxi.gov.cn/2020.html');
    // the header: the report's own verdict (its tables hold), and beside it what last year's report contradicts
    const own = $('.detail-head [data-verdict]')!;
    expect(own.getAttribute('data-verdict')).toBe('ok');
    const beside = $('.detail-head [data-cross-problems]')!;
    expect(beside.getAttribute('data-cross-problems')).toBe(String(cross.querySelectorAll('li.finding.error, li.finding.warning').length));
    expect(beside.textContent).toMatch(/^与 2020 年度报告 [1-9]\d* 处不符$/);
    expect($$('table.figures caption').map((c) => c.textContent)).toEqual(['表二', '表三', '表四']);
    const newRow = $('table[data-table="t3"] tr[data-row="new"]')!;
    expect(newRow.querySelector('th')!.textContent).toBe('一、本年新收申请');
    expect(newRow.lastElementChild!.textContent).toBe('56');
    expect($('table[data-table="t3"] tr[data-row="denied.secret"] th')!.className).toBe('item');
    // the body's years as charts, with their numbers for a screen reader
    const chart = $('svg[data-chart="chart-applications"]')!;
    expect(chart.getAttribute('role')).toBe('img');
    const f = (year: number) => api.records.get(`http://www.yunxi.gov.cn/${year}.html`)!.figures;
    expect(chart.querySelector('desc')!.textContent).toBe(
      `2020：新收申请 ${f(2020)['t3.new.total']}，办结 ${f(2020)['t3.processed.total']}；2021：新收申请 ${f(2021)['t3.new.total']}，办结 ${f(2021)['t3.processed.total']}`,
    );
    expect(f(2020)['t3.new.total']).toBe(50);
    expect($('.siblings')!.textContent).toContain('2020');
    // back to the list
    $('button.back')!.click();
    await until(() => $$('tr.row').length === 2, 'the list');
  });

  it('corrects "the same body"', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    const id = 'http://www.yunxi.gov.cn/2021.html';
    location.hash = `#report=${encodeURIComponent(id)}`;
    mount(api);
    const input = await until(() => $input('input[name="bodyKey"]'), 'the body key');
    expect(input.value).toBe(api.records.get(id)!.bodyKey);
    input.value = '别的单位@other.gov.cn';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    $('form.body-key button[type="submit"]')!.click();
    await until(() => api.calls.includes(`setBodyKey:${id}:别的单位@other.gov.cn`), `setBodyKey ${api.calls.join(' ')}`);
    // no longer the same body as 2020: no sibling, no cross-year finding
    await until(() => $('.same-body p.muted'), 'no siblings');
    await until(() => !$('[data-list="cross"]') && $('[data-state="cross-none"]')?.textContent === '未收集同一单位 2020 或 2022 年度的报告，无从跨年度核对', 'no cross-year finding');
    expect($('.detail-head [data-cross-problems]')).toBeNull();
    expect($('.body-key .sub')!.textContent).toContain('已手动更正');
  });

  it('says a report whose tables are pictures is one, not one of unknown format', async () => {
    const r = recordOf('test/fixtures/pages/picture-tables-2022.html', 'http://www.example.gov.cn/pictures-2022.html');
    expect(r.template).toBe('unknown');
    location.hash = `#report=${encodeURIComponent(r.id)}`;
    mount(new FakeCollection([r, recordOf('test/fixtures/pages/luzhou-2019.html', 'http://www.example.gov.cn/luzhou-2019.html')]));
    const meta = await until(() => $('.detail-head .meta'), 'the detail head');
    expect(meta.textContent).toContain('表格是图片');
    expect(meta.textContent).not.toContain('格式未识别');
    // a report of unknown format whose tables are simply not on the page keeps its word
    location.hash = `#report=${encodeURIComponent('http://www.example.gov.cn/luzhou-2019.html')}`;
    await until(() => $('.detail-head .meta')?.textContent?.includes('格式未识别'), 'the other report\'s head');
  });

  it('says where a report read from its attachment got its figures, and a page\'s own report says nothing of it', async () => {
    const page = analyzePage('test/fixtures/pages/wrong-cell-2021.html');
    const url = 'http://www.example.gov.cn/text-2023.html';
    const report = { ...page, readFromFile: true, tablesFile: { kind: 'Excel', name: '统计表.xlsx', href: 'http://www.example.gov.cn/tj.xlsx' } };
    const r = buildRecord({ url, title: page.title, site: 'www.example.gov.cn', report, at: '2026-11-20T08:00:00.000Z' }, null).record;
    expect(r.fromFile).toEqual({ holds: 'tables', kind: 'Excel', name: '统计表.xlsx' });
    expect(storedReportSchema.parse(r)).toEqual(r);
    location.hash = `#report=${encodeURIComponent(r.id)}`;
    mount(new FakeCollection([r, y2021()]));
    const note = await until(() => $('.detail-head .from-file'), 'the file note');
    expect(note.textContent).toBe('表格读自页面的附件“统计表.xlsx”，正文读自页面');
    location.hash = `#report=${encodeURIComponent(y2021().id)}`;
    await until(() => $('.detail-head h2')?.textContent?.includes('云溪区'), "the other report's head");
    expect($('.detail-head .from-file')).toBeNull();
    expect(y2021().fromFile).toBeUndefined();
  });

  it('lists the changes between sightings', async () => {
    const r = { ...y2021(), revisions: [{ at: '2026-11-21T09:00:00.000Z', fingerprintBefore: 'a', fingerprintAfter: 'b', figures: [{ name: 't3.new.total', before: 55, after: 56 }], findingsBefore: 1, findingsAfter: 0 }] };
    location.hash = `#report=${encodeURIComponent(r.id)}`;
    mount(new FakeCollection([r]));
    const changes = await until(() => $('table.changes'), 'the changes');
    expect(changes.querySelector('tbody tr')!.textContent).toBe('表三 · 一、本年新收申请 · 总计5556');
    expect($('.revisions')!.textContent).toContain('问题数 1 → 0');
    // no report of the year before or after: nothing across years to say (dash98)
    expect($('[data-revision-cross]')).toBeNull();
  });

  it('says a revision\'s cross-year problems beside its own: a break of 结转 with 2020 mended, 2 columns, 1 → 0 (dash98)', async () => {
    // 2021 first said 上年结转 6 (自然人 5) against 2020's 结转下年度 4 (自然人 3), then was corrected to follow it
    const now = y2021();
    const mended = {
      ...now,
      figures: { ...now.figures, 't3.carried.natural': 3, 't3.carried.total': 4 },
      revisions: [{
        at: '2026-11-22T09:00:00.000Z', fingerprintBefore: 'a', fingerprintAfter: 'b', findingsBefore: 0, findingsAfter: 0,
        figures: [{ name: 't3.carried.natural', before: 5, after: 3 }, { name: 't3.carried.total', before: 6, after: 4 }],
      }],
    };
    location.hash = `#report=${encodeURIComponent(mended.id)}`;
    mount(new FakeCollection([y2020(), mended]));
    const line = await until(() => $('[data-revision-cross]'), 'the revision\'s cross-year count');
    expect(line.closest('p')!.textContent).toContain('问题数 0 → 0 · 跨年度问题 1 → 0');
    expect($('[data-state="cross-none"]')!.textContent).toBe('与 2020 年度报告核对，没有跨年度问题');
  });
});

describe('a report in detail says which years it was checked against (ux67)', () => {
  it("names the year of the report the problems are against: the 2020 page's are against 2021's, not 'last year's'", async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    for (const [year, other] of [[2020, 2021], [2021, 2020]]) {
      location.hash = `#report=${encodeURIComponent(`http://www.yunxi.gov.cn/${year}.html`)}`;
      if (year === 2020) mount(api);
      const beside = await until(() => $('.detail-head h2')?.textContent?.includes('云溪区') && $(`.detail-head [data-cross-problems]`)?.textContent?.includes(String(other)) && $('.detail-head [data-cross-problems]'), `${year}'s header`);
      expect(beside.textContent).toMatch(new RegExp(`^与 ${other} 年度报告 [1-9]\\d* 处不符$`));
      expect($('#cross-title')!.textContent).toBe('与前后年度报告核对');
    }
  });

  it('says no report of the year before or after is collected, where none is (it said "no cross-year problem (or…)")', async () => {
    location.hash = `#report=${encodeURIComponent(y2021().id)}`;
    mount(new FakeCollection([y2021()]), en);
    const none = await until(() => $('[data-state="cross-none"]'), 'the cross-year section');
    expect(none.textContent).toBe('No report of this body for 2020 or 2022 is collected: nothing to compare across years');
  });

  it('says a report before 2019 agrees in its text, not "tables and text agree" (it has no standard tables)', async () => {
    const r = recordOf('test/fixtures/pages/luzhou-2014.html', 'http://www.luzhou.gov.cn/2014.html');
    expect([r.template, r.verdict, r.checks.passed]).toEqual(['pre2019', 'ok', 0]);
    location.hash = `#report=${encodeURIComponent(r.id)}`;
    mount(new FakeCollection([r, y2021()]));
    const section = await until(() => $('#findings-title')?.parentElement, 'the findings');
    expect(section.querySelector('p.muted')!.textContent).toBe('正文中的数字一致');
    // a report with tables keeps its words
    location.hash = `#report=${encodeURIComponent(y2021().id)}`;
    await until(() => $('.detail-head h2')?.textContent?.includes('云溪区'), "the other report's head");
    expect($('#findings-title')!.parentElement!.querySelector('p.muted')!.textContent).toBe('表格与正文一致');
  });

  it("says a finding's suspect once, on its own line, as the panel's card does (it kept it inside the sentence)", async () => {
    const r = recordOf('test/fixtures/pages/wrong-cell-2021.html', 'http://www.yunling.gov.cn/2023.html');
    location.hash = `#report=${encodeURIComponent(r.id)}`;
    mount(new FakeCollection([r]), en);
    const first = await until(() => $('[data-list="findings"] li.finding'), 'the findings');
    expect(first.querySelector('span[lang], span:not(.sev):not(.sub):not(.fix)')!.textContent).toBe('Table 3, column "Natural persons": (7) total 49, but the results add up to 50');
    expect(first.querySelector('.fix')!.textContent).toBe('Likely wrong cell: 31, should be 30 ("(1) Granted", "Natural persons"; 2 checks hold once fixed)');
    expect(first.textContent).not.toContain('most likely wrong');
  });

  it('says no figure was read in any year of the body, where three empty charts stood', async () => {
    const [a, b] = [recordOf('test/fixtures/pages/luzhou-2014.html', 'http://www.luzhou.gov.cn/2014.html'), recordOf('test/fixtures/pages/luzhou-2019.html', 'http://www.luzhou.gov.cn/2019.html')];
    location.hash = `#report=${encodeURIComponent(a.id)}`;
    mount(new FakeCollection([a, b, y2020(), y2021()]));
    const empty = await until(() => $('[data-state="history-empty"]'), 'the history');
    expect(empty.textContent).toBe('这些年度的报告都没有读到表格数字，无从作图');
    expect($('#history-title')!.textContent).toBe('同一单位历年数字（2 个年度）');
    expect($$('svg[data-chart]')).toEqual([]);
    // a body with figures keeps its charts
    location.hash = `#report=${encodeURIComponent(y2021().id)}`;
    await until(() => $('svg[data-chart="chart-applications"]'), 'the charts');
    expect($('[data-state="history-empty"]')).toBeNull();
  });
});
