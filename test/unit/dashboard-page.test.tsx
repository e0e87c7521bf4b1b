// The dashboard page rendered into the test DOM with an in-memory collection (dashboard-fake.ts):
// the list, delete with its confirm, search, the windowing with 5,000 reports, CSV/JSON export,
// import and the quarantine (the detail view: dashboard-detail.test.tsx).
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Dashboard, sameSummaries } from '../../components/dashboard/dashboard.tsx';
import { RECORD_VERSION, summarize, type StoredReport } from '../../lib/collect/record.ts';
import { FakeCollection, makeRecord } from './dashboard-fake.ts';
import { tableLabel } from '../../components/dashboard/labels.ts';
import { $, $$, $input, broken, en, mount, root, rowIds, t, until, y2020, y2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

describe('the list', () => {
  it('compares the bodies of one year by the figure the reader picks, and only within one year', async () => {
    // the 2021 page and two more bodies of that year, one without table 三
    const health = makeRecord({ id: 'http://wjj.yunxi.gov.cn/2021.html', body: '广州市云溪区卫生健康局', bodyKey: '卫生健康局@wjj.yunxi.gov.cn', year: 2021,
      figures: { 't3.new.total': 80, 't3.processed.total': 80, 't3.granted.total': 20 }, lastSeen: '2026-11-18T08:00:00.000Z' });
    const school = makeRecord({ id: 'http://jyj.yunxi.gov.cn/2021.html', body: '广州市云溪区教育局', bodyKey: '教育局@jyj.yunxi.gov.cn', year: 2021,
      figures: {}, verdict: 'partial', lastSeen: '2026-11-17T08:00:00.000Z' });
    mount(new FakeCollection([y2020(), y2021(), health, school]));
    await until(() => $$('tr.row').length === 4, 'rows');
    // two years in the list: no comparison
    expect($('svg[data-chart="chart-bodies"]')).toBeNull();
    const year = root.querySelector<HTMLSelectElement>('#filter-year')!;
    year.value = '2021';
    year.dispatchEvent(new Event('change', { bubbles: true }));
    const chart = await until(() => $('svg[data-chart="chart-bodies"]'), 'the comparison');
    // the district all three share is said once, in the title; the bars are named by what differs
    expect(chart.querySelector('title')!.textContent).toBe('广州市云溪区 2021 年度各单位：新收申请');
    expect([...chart.querySelectorAll('text.cat')].map((x) => x.textContent)).toEqual(['卫生健康局', '人民政府']);
    expect(chart.querySelector('desc')!.textContent).toBe('广州市云溪区卫生健康局 80；广州市云溪区人民政府 56');
    expect($('#compare-left')!.textContent).toBe('1 个单位的报告没有这个数字');
    // by 予以公开占比: percent with one decimal, largest first
    const metric = root.querySelector<HTMLSelectElement>('#compare-metric')!;
    metric.value = 'grantedShare';
    metric.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => $('svg[data-chart="chart-bodies"] title')?.textContent === '广州市云溪区 2021 年度各单位：予以公开占比', 'the share chart');
    expect($('svg[data-chart="chart-bodies"] desc')!.textContent).toMatch(/^广州市云溪区人民政府 \d+\.\d%；广州市云溪区卫生健康局 25\.0%$/);
  });

  it('shows every collected report with its verdict and key figures, newest first', async () => {
    mount(new FakeCollection([y2020(), y2021(), broken()]));
    await until(() => $$('tr.row').length === 3, 'rows');
    expect(rowIds()).toEqual(['http://www.yunxi.gov.cn/2021.html', 'http://www.yunxi.gov.cn/2020.html', 'https://www.other.gov.cn/2023.html']);
    const first = $$('tr.row')[0]!;
    expect(first.querySelector('td.body')!.textContent).toContain('广州市云溪区人民政府');
    expect(first.textContent).toContain('2021');
    // the two years of 云溪区 have no finding of their own, and 1 break of 结转 each with the other year, in two columns
    // (ux68: they said 一致, 0; dash98: 2, one a column)
    await until(() => $$('tr.row [data-cross]').length === 2, 'the cross-year counts');
    expect($$('tr.row').map((r) => r.querySelector('[data-verdict]')!.textContent)).toEqual(['有问题', '有问题', '有问题']);
    expect($$('tr.row').map((r) => r.querySelectorAll('td.num')[1]!.textContent)).toEqual(['1跨年度 1', '1跨年度 1', '2']);
    expect(first.querySelector('a')!.getAttribute('href')).toBe('http://www.yunxi.gov.cn/2021.html');
    // 新收 56 in the 2021 page's table 三
    expect([...first.querySelectorAll('td.num')].map((td) => td.textContent)).toContain('56');
    // 2021's 上年结转 6 against 2020's 结转下年度 4: marked in the list
    expect(first.querySelector('[data-carry]')!.getAttribute('title')).toBe('上年结转总计 6（自然人 5），而 2020 年报告结转下年度总计为 4（自然人 3）'); // the totals' columns from each side once the counts came (ux71)
    // and 2020's 结转下年度 4 against it, on the 2020 row (ux69: the later year only was marked)
    expect($$('[data-carry]')).toHaveLength(2);
    expect($$('tr.row')[1]!.querySelector('[data-carry]')!.getAttribute('title')).toBe('结转下年度总计 4（自然人 3），而 2021 年报告上年结转总计为 6（自然人 5）');
    expect($('#stat-reports')!.textContent).toBe('3');
    expect($('#stat-carry')!.textContent).toBe('2');
    expect($('#shown-count')!.textContent).toBe('显示 3 / 3 份');
    // the rules chart follows the findings
    expect($('svg[data-chart="chart-rules"] desc')!.textContent).toContain('表三行合计 1');
    // what a bar's numbers count, said (it read "1 · 1 份", and "1 · in 1" in English)
    expect($$('svg[data-chart="chart-rules"] text.val').map((x) => x.textContent)).toContain('1 处 · 1 份年报');
  });

  it('counts, in the cards above the list, the reports the filters show, as the chart and the list do (ux86)', async () => {
    mount(new FakeCollection([y2020(), y2021(), broken()]));
    await until(() => $$('tr.row [data-cross]').length === 2, 'the cross-year counts');
    expect($$('dl.stats dd').map((d) => d.textContent)).toEqual(['3', '3', '2', '2']);
    const year = root.querySelector<HTMLSelectElement>('#filter-year')!;
    year.value = '2023';
    year.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => $$('tr.row').length === 1, 'the 2023 row');
    // 年报 1 of the 3 collected, with problems 1, no carry-over mismatch, one body: what the list and the chart show
    // (they said 3 · 3 · 2 · 2 over one row and a chart of its one finding)
    expect($$('dl.stats dd').map((d) => d.textContent)).toEqual(['1 / 3', '1', '0', '1']);
    expect($('#shown-count')!.textContent).toBe('显示 1 / 3 份');
  });

  it('filters by search and sorts by a column header', async () => {
    mount(new FakeCollection([y2020(), y2021(), broken()]));
    await until(() => $$('tr.row').length === 3, 'rows');
    const search = $input('#search')!;
    search.value = '云岭';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => $$('tr.row').length === 1, 'one row');
    expect(rowIds()).toEqual(['https://www.other.gov.cn/2023.html']);
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => $$('tr.row').length === 3, 'all rows again');
    $('button[data-sort="year"]')!.click();
    await until(() => rowIds()[0] === 'https://www.other.gov.cn/2023.html', 'newest year first');
    expect($('th[aria-sort="descending"] button')!.dataset.sort).toBe('year');
    $('button[data-sort="year"]')!.click();
    await until(() => rowIds()[0] === 'http://www.yunxi.gov.cn/2020.html', 'oldest year first');
  });

  it('deletes a report only after the confirm', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    mount(api);
    await until(() => $$('tr.row').length === 2, 'rows');
    $$('tr.row')[1]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
    const cancel = await until(() => $('[data-action="cancel-delete"]'), 'the confirm');
    await until(() => document.activeElement === cancel, 'the keyboard on 取消');
    cancel.click();
    await until(() => !$('[data-action="cancel-delete"]'), 'the confirm gone');
    expect(api.records.size).toBe(2);
    $$('tr.row')[1]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
    (await until(() => $('[data-action="confirm-delete"]'), 'the confirm')).click();
    await until(() => $$('tr.row').length === 1, 'one row left');
    expect(api.calls).toContain('remove:http://www.yunxi.gov.cn/2020.html');
    expect(api.calls.some((c) => c.startsWith('forget:'))).toBe(false);
    expect([...api.records.keys()]).toEqual(['http://www.yunxi.gov.cn/2021.html']);
    // the confirm's other choice deletes and forgets the page (the panel's 不再保存)
    $$('tr.row')[0]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
    const forget = await until(() => $('[data-action="confirm-forget"]'), 'the confirm');
    expect(forget.textContent).toBe('删除且不再保存');
    expect(forget.getAttribute('title')).toContain('不再自动保存');
    forget.click();
    await until(() => $$('tr.row').length === 0, 'no row left');
    expect(api.calls).toContain('forget:http://www.yunxi.gov.cn/2021.html');
  });

  it('renders only the rows in view with 5,000 reports', async () => {
    const base = y2021();
    const many: StoredReport[] = Array.from({ length: 5000 }, (_, i) => ({ ...base, id: `${base.id}?n=${i}`, url: `${base.url}?n=${i}`, lastSeen: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
    mount(new FakeCollection(many));
    await until(() => $$('tr.row').length > 0, 'first rows');
    expect($$('tr.row').length).toBeLessThan(60);
    expect($('table.reports')!.getAttribute('aria-rowcount')).toBe('5001');
    expect($('tr.row')!.getAttribute('aria-rowindex')).toBe('2');
    const spacer = $('tr.spacer')!;
    expect(parseInt(spacer.style.height, 10)).toBeGreaterThan(40 * 4900);
    // how fast is the bench's question (scripts/dashboard-bench.mjs), never a test's
  });

  it('has a word for every label, in both languages', async () => {
    for (const tr of [t, en]) {
      const r2021 = { ...y2021(), revisions: [{ at: '2026-11-21T09:00:00.000Z', fingerprintBefore: 'a', fingerprintAfter: 'b', figures: [{ name: 't3.denied.secret.total', before: 1, after: 0 }], findingsBefore: 1, findingsAfter: 0 }] };
      const api = new FakeCollection([y2020(), r2021, broken()]);
      api.quarantined = [{ key: 'report:x', at: '2026-11-22T00:00:00.000Z', reason: '缺少 figures', raw: {} }];
      mount(api, tr);
      await until(() => $$('tr.row').length === 3 && $('details.quarantine'), 'the list');
      const listText = root.textContent!;
      location.hash = `#report=${encodeURIComponent(r2021.id)}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await until(() => $('[data-list="cross"]') && $('table.changes'), 'the detail');
      const text = listText + root.textContent! + $$('svg desc, [title]').map((e) => e.textContent + (e.getAttribute('title') ?? '')).join(' ');
      // a key without a message shows as the key itself
      expect(text).not.toMatch(/dash[A-Z]\w+|table[234]\b|template20|severity[A-Z]/);
      const rowHeads = $$('table.figures tbody tr').map((tr) => [tr.dataset.row, tr.querySelector('th')!.textContent]);
      expect(rowHeads.length).toBeGreaterThan(35); // 二 6, 三 29, 四 3 on this page
      expect(rowHeads.filter(([key, label]) => key === label)).toEqual([]);
      const colHeads = $$('table.figures thead th').map((th) => th.textContent!);
      expect(colHeads.filter((c) => /^[a-z]+[A-Z]?\w*$/.test(c))).toEqual([]);
      render(null, root);
      location.hash = '';
    }
  });

  it('says so when nothing is collected, in English too', async () => {
    mount(new FakeCollection([]), en);
    await until(() => $('#empty'), 'the empty note');
    expect($('#empty')!.textContent).toContain('No report collected yet');
  });
});

describe('the cached list', () => {
  it('draws the last list at once, then the collection\'s, and keeps that for next time', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    let answer!: () => void;
    const gate = new Promise<void>((r) => (answer = r));
    const list = api.list.bind(api);
    api.list = async () => (await gate, list());
    const written: string[][] = [];
    const old = summarize(broken());
    const cache = { readHead: async () => [old], write: async (l: readonly { id: string }[]) => void written.push(l.map((x) => x.id)) };
    render(<Dashboard t={t} lang="zh-CN" api={api} cache={cache} />, root);
    await until(() => $$('tr.row').length === 1, 'the cached row');
    expect(rowIds()).toEqual([old.id]);
    expect($('#refreshing')).not.toBeNull();
    expect($('#storage-use')!.textContent).toContain('—'); // storage use waits for the collection
    answer();
    await until(() => $$('tr.row').length === 2, 'the collection\'s rows');
    expect($('#refreshing')).toBeNull();
    await until(() => written.length === 1, 'the cache written');
    expect(written[0]).toEqual(['http://www.yunxi.gov.cn/2021.html', 'http://www.yunxi.gov.cn/2020.html']);
  });

  it('draws the first screen, then the index as stored, then the collection', async () => {
    const api = new FakeCollection([y2020()]);
    const gates: (() => void)[] = [];
    const wait = () => new Promise<void>((r) => gates.push(r));
    const list = api.list.bind(api);
    api.list = async () => (await wait(), list());
    const all = [summarize(broken()), summarize(y2021())];
    const cache = { readHead: async () => all.slice(0, 1), write: async () => {} };
    render(<Dashboard t={t} lang="zh-CN" api={api} cache={cache} stored={async () => (await wait(), all)} />, root);
    await until(() => $$('tr.row').length === 1 && gates.length === 2, 'the first screen');
    expect(rowIds()).toEqual([all[0]!.id]);
    gates[0]!(); // the index as stored (asked first)
    await until(() => $$('tr.row').length === 2, 'the stored index');
    expect($('#refreshing')).not.toBeNull();
    gates[1]!(); // the collection
    await until(() => rowIds().join() === 'http://www.yunxi.gov.cn/2020.html', 'the collection\'s rows');
    expect($('#refreshing')).toBeNull();
  });

  it('never lets a late cache or index answer replace the collection\'s', async () => {
    let late!: (v: ReturnType<typeof summarize>[]) => void;
    let lateIndex!: (v: ReturnType<typeof summarize>[]) => void;
    const cache = { readHead: () => new Promise<ReturnType<typeof summarize>[]>((r) => (late = r)), write: async () => {} };
    const stored = () => new Promise<ReturnType<typeof summarize>[]>((r) => (lateIndex = r));
    render(<Dashboard t={t} lang="zh-CN" api={new FakeCollection([y2020()])} cache={cache} stored={stored} />, root);
    await until(() => $$('tr.row').length === 1, 'the row');
    late([summarize(broken())]);
    lateIndex([summarize(broken()), summarize(y2021())]);
    await new Promise((r) => setTimeout(r, 50));
    expect(rowIds()).toEqual(['http://www.yunxi.gov.cn/2020.html']);
  });

  it('an index as stored that the collection confirms is kept as drawn; one it corrects is replaced', async () => {
    const a = summarize(y2020());
    expect(sameSummaries([a], [summarize(y2020())])).toBe(true);
    expect(sameSummaries([a], [{ ...a, lastSeen: '2027-01-01T00:00:00.000Z' }])).toBe(false);
    expect(sameSummaries([a], [])).toBe(false);
    // the index names a report the collection no longer has: the collection's answer wins
    const fresh: string[] = [];
    render(<Dashboard t={t} lang="zh-CN" api={new FakeCollection([y2020()])} stored={async () => [summarize(broken()), a]} onFreshRows={() => fresh.push('fresh')} />, root);
    await until(() => fresh.length === 1, 'the collection\'s answer');
    await until(() => $$('tr.row').length === 1, 'one row');
    expect(rowIds()).toEqual(['http://www.yunxi.gov.cn/2020.html']);
  });
});

describe('data: export, import, storage, quarantine', () => {
  it('exports the rows as CSV with a BOM, one row per report', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    mount(new FakeCollection([y2020(), y2021()]));
    await until(() => $$('tr.row').length === 2, 'rows');
    await until(() => $$('tr.row [data-cross]').length === 2, 'the cross-year counts');
    $('#export-csv')!.click();
    await until(() => blobs.length === 1, 'a download');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('http://www.yunxi.gov.cn/2021.html');
    expect(lines[2]).toContain('http://www.yunxi.gov.cn/2020.html');
    expect($('#data-note')!.textContent).toBe('已导出 2 份年报的 CSV');
    // a spreadsheet reader gets the columns named as the dashboard names them, not the store's keys
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    expect(header.slice(0, 4)).toEqual(['记录编号', '网址', '标题', '单位']);
    expect(header).toContain('表三 · 一、本年新收申请 · 自然人');
    expect(header.some((h) => /^t[234]\./.test(h))).toBe(false);
    // the verdict and template in words, the times local
    const row = lines[1]!.split(',');
    // the list's verdict and its cross-year part (ux68: 一致, and no column said the break with 2020)
    expect(row[header.indexOf('结论')]).toBe('有问题');
    expect(row[header.indexOf('本报告问题数')]).toBe('0');
    expect(row[header.indexOf('跨年度问题数')]).toBe('1');
    expect(row[header.indexOf('格式')]).toBe('2021 版');
    expect(row[header.indexOf('最近查看')]).toMatch(/^2026-11-21 \d\d:\d\d$/);
  });

  it('names the CSV\'s columns in English for an English reader', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    mount(new FakeCollection([y2021()]), en);
    await until(() => $$('tr.row').length === 1, 'rows');
    $('#export-csv')!.click();
    await until(() => blobs.length === 1, 'a download');
    const header = (await blobs[0]!.text()).replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
    expect(header.slice(0, 4)).toEqual(['Record ID', 'URL', 'Title', 'Body']);
    expect(header).toContain('Table 3 · I. New applications · Natural persons');
    // the same name as the detail view's table captions, which read "table 2" before
    expect(['t2', 't3', 't4'].map((k) => tableLabel(en, k as 't2'))).toEqual(['Table 2', 'Table 3', 'Table 4']);
    expect(tableLabel(t, 't3')).toBe('表三');
  });

  it('imports a JSON export and says what it added, updated, recognised and quarantined', async () => {
    const api = new FakeCollection([y2020()]);
    mount(api);
    await until(() => $$('tr.row').length === 1, 'rows');
    const file = new File(
      [JSON.stringify({ format: 'nianbao-lens/collection', version: RECORD_VERSION, exportedAt: 'x', reports: [y2020(), y2021(), { v: 2, id: 'bad' }], quarantine: [] })],
      'export.json',
      { type: 'application/json' },
    );
    const input = $input('#import-json')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const note = await until(() => $('#data-note'), 'the import note');
    expect(note.textContent).toBe('导入完成：新增 1，更新 0，重复 1，隔离 1');
    await until(() => $$('tr.row').length === 2, 'the imported row');
    // the bad entry is shown in the quarantine, with why
    const q = await until(() => $('details.quarantine'), 'the quarantine');
    expect(q.querySelector('summary')!.textContent).toBe('无法读取的记录（1 条）');
    expect(q.querySelector('.source')!.textContent).toBe('导入自“export.json”的第3条');
    expect(q.querySelector('.reason')!.textContent).toMatch(/^记录（v2）的字段「[^」]+」不符合格式：/);
  });

  it('says a file is not JSON, shows storage use, and clears the quarantine after a confirm', async () => {
    const api = new FakeCollection([y2020()]);
    api.quarantined = [{ key: 'report:x', at: '2026-11-22T00:00:00.000Z', reason: '缺少 figures', raw: { v: 2, id: 'x', body: '<img src=x onerror=alert(1)>' } }];
    mount(api);
    await until(() => $('details.quarantine'), 'the quarantine');
    // page text is shown as text, never as HTML
    expect($('details.quarantine img')).toBeNull();
    expect($('.raw')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect($('#storage-use')!.textContent).toMatch(/^占用存储 \d+(\.\d)? KB · 共 1 份$/);
    const input = $input('#import-json')!;
    Object.defineProperty(input, 'files', { value: [new File(['{oops'], 'x.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => $('#data-note')?.textContent === 'x.json 不是有效的 JSON 文件，没有导入任何报告', 'the note');
    [...root.querySelectorAll<HTMLElement>('details.quarantine button')].find((b) => b.textContent === '全部清除')!.click();
    const confirm = await until(() => [...root.querySelectorAll<HTMLElement>('details.quarantine .confirm button.danger')][0], 'the confirm');
    expect(api.quarantined).toHaveLength(1);
    confirm.click();
    await until(() => !$('details.quarantine'), 'the quarantine gone');
    expect(api.calls).toContain('clearQuarantine:*');
  });

  it('says a JSON file that is not an export was not imported (it said "导入完成：…隔离 1")', async () => {
    const api = new FakeCollection([y2020()]);
    mount(api);
    await until(() => $$('tr.row').length === 1, 'rows');
    const input = $input('#import-json')!;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify({ version: 1, reports: [{ x: 1 }] })], 'other.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const note = await until(() => $('#data-note'), 'the note');
    expect(note.textContent).toBe('“other.json”不是年报透镜导出的收藏文件，没有导入任何报告（该文件已放入下方“无法读取的记录”，可导出或清除）');
    expect(note.className).toContain('bad');
    // kept aside whole, as before: the user's file is not thrown away
    await until(() => $('details.quarantine'), 'the quarantine');
  });
});

describe('on the real store (WXT fake browser)', () => {
  it('follows a save from another page while open', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const { createCollectionStore, REPORT_PREFIX, QUARANTINE_PREFIX } = await import('../../components/collection/store.ts');
    const { watchCollection, WATCHED_PREFIXES } = await import('../../components/dashboard/collection-watch.ts');
    const { analyzePage } = await import('./dashboard-fake.ts');
    expect(WATCHED_PREFIXES).toEqual([REPORT_PREFIX, QUARANTINE_PREFIX]);
    fakeBrowser.reset();
    const page = createCollectionStore();
    const tab = createCollectionStore(); // another writer, as the background is
    const save = async (year: number) => {
      const report = analyzePage(`test/e2e/pages/collect-${year}.html`);
      await tab.save({ url: `http://www.yunxi.gov.cn/${year}.html`, title: report.title, site: 'www.yunxi.gov.cn', report });
    };
    await save(2020);
    render(<Dashboard t={t} lang="zh-CN" api={page} watch={watchCollection} />, root);
    await until(() => $$('tr.row').length === 1, 'one row');
    await save(2021);
    await until(() => $$('tr.row').length === 2, 'the new row, without a reload');
  });

  it('lists what the store saved, shows its cross-year finding, and deletes through it', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const { createCollectionStore } = await import('../../components/collection/store.ts');
    const { analyzePage } = await import('./dashboard-fake.ts');
    fakeBrowser.reset();
    const store = createCollectionStore();
    for (const year of [2020, 2021]) {
      const report = analyzePage(`test/e2e/pages/collect-${year}.html`);
      await store.save({ url: `http://www.yunxi.gov.cn/${year}.html`, title: report.title, site: 'www.yunxi.gov.cn', report, at: `2026-11-2${year - 2019}T08:00:00.000Z` });
    }
    render(<Dashboard t={t} lang="zh-CN" api={store} />, root);
    await until(() => $$('tr.row').length === 2, 'rows');
    expect(rowIds()).toEqual(['http://www.yunxi.gov.cn/2021.html', 'http://www.yunxi.gov.cn/2020.html']);
    $$('tr.row')[0]!.querySelector<HTMLElement>('td.body button')!.click();
    const cross = await until(() => $('[data-list="cross"]'), 'the cross-year findings');
    expect(cross.textContent).toContain('2020年报告“四、结转下年度继续办理”为4');
    $('button.back')!.click();
    await until(() => $$('tr.row').length === 2, 'the list');
    $$('tr.row')[1]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
    (await until(() => $('[data-action="confirm-delete"]'), 'the confirm')).click();
    await until(() => $$('tr.row').length === 1, 'one row');
    expect((await store.list()).map((r) => r.year)).toEqual([2021]);
    // a plain delete forgets nothing: opened again, the page is saved again automatically
    expect(await store.forgotten()).toEqual([]);
    const again = analyzePage('test/e2e/pages/collect-2020.html');
    expect(await store.autoSave({ url: 'http://www.yunxi.gov.cn/2020.html', title: again.title, site: 'www.yunxi.gov.cn', report: again })).not.toBeNull();
    // the dashboard opened again (following saves while open is the test above's)
    render(null, root);
    render(<Dashboard t={t} lang="zh-CN" api={store} />, root);
    await until(() => $$('tr.row').length === 2, 'saved again');
    expect(rowIds()[0]).toBe('http://www.yunxi.gov.cn/2020.html');
    // 删除且不再保存: gone, and automatic saving leaves the page alone from now on
    $$('tr.row')[0]!.querySelector<HTMLElement>('[data-action="delete"]')!.click();
    (await until(() => $('[data-action="confirm-forget"]'), 'the confirm')).click();
    await until(() => $$('tr.row').length === 1, 'one row again');
    expect(await store.forgotten()).toEqual(['http://www.yunxi.gov.cn/2020.html']);
    expect(await store.autoSave({ url: 'http://www.yunxi.gov.cn/2020.html', title: again.title, site: 'www.yunxi.gov.cn', report: again })).toBeNull();
    expect((await store.list()).map((r) => r.year)).toEqual([2021]);
  });
});
