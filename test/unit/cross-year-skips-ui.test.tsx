/**
 * The comparisons across years that were not made (lib/collect/cross-year.ts crossYearSkips), where
 * the cross-year findings show: the dashboard's report detail (a grey 未核对 line with the core's
 * reason), the panel's and the copied text's 未能读取或核对, and the store that answers both. A skip
 * is never counted: verdicts, badge counts and "no cross-year problem" do not take it for a check.
 *
 * The bodies: the collection's two years of 云溪区 (test/e2e/pages/collect-*.html, saved as the
 * store saves them), 2020 as a 2019-template table 三 would store it (法人或其他组织 in one column),
 * and a year holding two different reports of the body (a report and its correction at another address).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '../../components/dashboard/dashboard.tsx';
import { translator, type MessageTable } from '../../components/i18n.ts';
import { LOCALE_TABLES } from '../../components/locale-tables.ts';
import { createCollectionStore } from '../../components/collection/store.ts';
import { handleCollectRequest, pageStateOfLookup } from '../../components/collection/background-handler.ts';
import { createLensCollect } from '../../components/collection/lens-collect.ts';
import { isCollectRequest, type CollectPageState } from '../../components/messages.ts';
import { Panel } from '../../components/panel.tsx';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { resultsText } from '../../components/results-text.ts';
import { reportPageOf } from '../../lib/collect/report-page.ts';
import type { StoredReport } from '../../lib/collect/record.ts';
import { FakeCollection, recordOf } from './dashboard-fake.ts';
import { PAGE_URL, analysed, saveInput } from './collect-helpers.ts';

const t = translator(LOCALE_TABLES.zh_CN);
const en = translator(LOCALE_TABLES.en);

const URL_2020 = 'http://www.yunxi.gov.cn/2020.html';
const URL_2021 = 'http://www.yunxi.gov.cn/2021.html';
const y2020 = () => recordOf('test/e2e/pages/collect-2020.html', URL_2020, '2026-11-20T08:00:00.000Z');
const y2021 = () => recordOf('test/e2e/pages/collect-2021.html', URL_2021, '2026-11-21T08:00:00.000Z');

const ORG_COLUMNS = /\.(?:natural|commercial|research|social|legal|otherOrg)$/u;

/**
 * Table 三 with its 总计 column alone (a 乡's table): the applicant columns dropped. (One
 * 法人或其他组织 column against five is compared as the five's sum since red team 16's second pass,
 * lib/collect/org-sum.ts, so it is no longer a skip when every figure is there.)
 */
function oneOrgColumn(figures: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(figures).filter(([k]) => !k.startsWith('t3.') || !ORG_COLUMNS.test(k)));
}

const ONE_COLUMN_SKIP =
  '2020年报告与本报告的表三列不同（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他法人或其他组织只见于一方），这些列的上年结转未逐列核对';

let root: HTMLDivElement;
const $ = (sel: string) => root.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

async function until<T>(f: () => T | null | undefined | false, what: string): Promise<T> {
  return vi.waitFor(() => {
    const v = f();
    if (!v) throw new Error(`waiting for ${what}`);
    return v;
  }, { timeout: 3000, interval: 10 });
}

/** The dashboard opened on one report's detail; resolves once its cross-year section has read. */
async function detailOf(api: FakeCollection, id: string, tr = t): Promise<HTMLElement> {
  location.hash = `#report=${encodeURIComponent(id)}`;
  render(<Dashboard t={tr} lang="zh-CN" api={api} />, root);
  const head = await until(() => $('#cross-title'), 'the cross-year section');
  const section = head.parentElement!;
  await until(() => !section.textContent!.includes(tr('dashLoading')), 'the cross-year reading');
  return section;
}

beforeEach(() => {
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the dashboard says which comparisons across years were not made', () => {
  it('2020 with table 三\'s 总计 column alone, 2021 with all seven: a grey 未核对 line beside the carry-over finding, counted nowhere', async () => {
    const old = y2020();
    const api = new FakeCollection([{ ...old, template: '2019', figures: oneOrgColumn(old.figures) }, y2021()]);
    expect(Object.keys(api.records.get(URL_2020)!.figures).some((k) => ORG_COLUMNS.test(k) && k.startsWith('t3.'))).toBe(false);
    const section = await detailOf(api, URL_2021);
    const skipped = section.querySelectorAll<HTMLElement>('[data-list="cross-skipped"] li');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.dataset.rule).toBe('cross.skipped');
    expect(skipped[0]!.className).toBe('finding info skipped');
    expect(skipped[0]!.querySelector('.sev')!.textContent).toBe('未核对');
    expect(skipped[0]!.textContent).toContain(ONE_COLUMN_SKIP);
    // the column both years have is still compared: 总计
    expect([...section.querySelectorAll('[data-list="cross"] li')].map((li) => li.getAttribute('data-rule'))).toEqual(['cross.carry-over']);
    // a button to the report it is about, named by its year and body, as text
    const open = skipped[0]!.querySelector('button')!;
    expect(open.textContent).toBe(`2020 · ${api.records.get(URL_2020)!.body}`);
    // the record's own verdict and count are the report's, not the skip's
    const r = api.records.get(URL_2021)!;
    expect($('.detail-head .chip')!.dataset.verdict).toBe(r.verdict);
    expect(section.textContent).not.toContain('没有跨年度问题');
    open.click();
    await until(() => location.hash === `#report=${encodeURIComponent(URL_2020)}`, 'the other year opened');
  });

  it('a year holding two different reports: nothing compared with it, said from both years, and no "no problem"', async () => {
    // the 2021 page as this body's 2022 report, at two addresses with one figure apart (a correction)
    const last = { ...y2020(), year: 2021 };
    const a = { ...y2021(), id: 'http://www.yunxi.gov.cn/2022a.html', url: 'http://www.yunxi.gov.cn/2022a.html', year: 2022 };
    const b: StoredReport = { ...a, id: 'http://www.yunxi.gov.cn/2022b.html', url: 'http://www.yunxi.gov.cn/2022b.html', figures: { ...a.figures, 't3.new.natural': 99 } };
    const api = new FakeCollection([last, a, b]);
    let section = await detailOf(api, last.id);
    expect(section.querySelector('[data-list="cross"]')).toBeNull();
    expect(section.textContent).not.toContain('没有跨年度问题');
    let lines = [...section.querySelectorAll<HTMLElement>('[data-list="cross-skipped"] li')];
    expect(lines.map((li) => li.textContent!.replace(/^未核对/u, '').split('2022 · ')[0])).toEqual([
      '同一单位名称下有2份数字不同的2022年报告，无法判断本报告与哪一份衔接，未与2022年报告核对',
    ]);
    expect(lines[0]!.querySelectorAll('button')).toHaveLength(2);
    render(null, root);
    // from one of the two: its year's other report is why
    section = await detailOf(api, a.id);
    lines = [...section.querySelectorAll<HTMLElement>('[data-list="cross-skipped"] li')];
    expect(lines).toHaveLength(1);
    expect(lines[0]!.textContent).toContain('同一单位名称下还有一份2022年的报告，数字与本报告不同，无法判断哪一份与2021年报告衔接，未与2021年报告核对');
    expect(section.querySelector('[data-list="cross"]')).toBeNull();
  });

  it('a plain two-year body: its findings, no 未核对 line; one year alone: no neighbouring year collected, said so (ux67)', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    let section = await detailOf(api, URL_2021);
    // one break of 结转 (自然人 and 总计) is one item, its two columns inside it (dash98)
    expect(section.querySelectorAll('[data-list="cross"] > li')).toHaveLength(1);
    expect(section.querySelectorAll('[data-list="cross"] > li ul.columns > li')).toHaveLength(2);
    expect(section.querySelector('[data-list="cross-skipped"]')).toBeNull();
    expect(section.textContent).not.toContain('未核对');
    render(null, root);
    section = await detailOf(new FakeCollection([y2021()]), URL_2021);
    expect(section.querySelector('[data-list="cross-skipped"]')).toBeNull();
    // not "没有跨年度问题": nothing was compared, and the line says why (session 56, ux67)
    expect(section.textContent).toContain('未收集同一单位 2020 或 2022 年度的报告，无从跨年度核对');
    expect(section.textContent).not.toContain('没有跨年度问题');
  });

  it('the line\'s label and its reason follow the language (the reason worded from its code, session 51), as text', async () => {
    const old = y2020();
    const api = new FakeCollection([{ ...old, figures: oneOrgColumn(old.figures) }, y2021()]);
    const section = await detailOf(api, URL_2021, en);
    const li = section.querySelector<HTMLElement>('[data-list="cross-skipped"] li')!;
    expect(li.querySelector('.sev')!.textContent).toBe('Not compared');
    expect(li.textContent).toContain('The 2020 report and this report have different table 3 columns (natural persons, businesses, research bodies, public-interest groups, legal services, other organisations in one of them only): carried over not compared column by column for these');
    expect(li.querySelector('[lang="zh-CN"]')).toBeNull();
  });

  it('reads a report\'s findings and skips in one call to the store (lookup), not one each', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    const section = await detailOf(api, URL_2021);
    // one break of 结转 (自然人 and 总计) is one item, its two columns inside it (dash98)
    expect(section.querySelectorAll('[data-list="cross"] > li')).toHaveLength(1);
    expect(section.querySelectorAll('[data-list="cross"] > li ul.columns > li')).toHaveLength(2);
    expect(api.crossReads).toEqual([`lookup:${URL_2021}`]);
  });

  it('a store that cannot answer says so, never "no cross-year problem"', async () => {
    const api = new FakeCollection([y2020(), y2021()]);
    api.lookup = () => Promise.reject(new Error('gone'));
    const section = await detailOf(api, URL_2021);
    expect(section.querySelector('[data-state="cross-failed"]')!.textContent).toBe('跨年度核对未能读取：gone');
    expect(section.textContent).not.toContain('没有跨年度问题');
    expect(section.querySelector('[data-list="cross"]')).toBeNull();
  });
});

describe('the store and the panel say it too', () => {
  const zh = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/zh_CN/messages.json'), 'utf8')) as MessageTable;
  const tz = translator(zh);
  let clock = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

  beforeEach(() => {
    fakeBrowser.reset();
    clock = 0;
  });

  /** 2020 stored with its table 三's 法人或其他组织 in one column. */
  function oneColumn2020() {
    const input = saveInput(2020);
    input.report.figures = oneOrgColumn(input.report.figures);
    return input;
  }

  it('save() and crossYearSkips() answer the skipped columns; the findings are those of the columns both have', async () => {
    const store = createCollectionStore({ now });
    await store.save(oneColumn2020());
    const res = await store.save(saveInput(2021));
    expect(res.crossYearSkips.map((k) => [k.message, k.otherIds, k.reportsYear])).toEqual([[ONE_COLUMN_SKIP, [PAGE_URL[2020]], 2020]]);
    expect(await store.crossYearSkips(res.record.id)).toEqual(res.crossYearSkips);
    expect(res.crossYear.map((f) => f.figure)).toEqual(['t3.carried.total']);
    // the plain two years: nothing skipped
    fakeBrowser.reset();
    const plain = createCollectionStore({ now });
    await plain.save(saveInput(2020));
    expect((await plain.save(saveInput(2021))).crossYearSkips).toEqual([]);
  });

  it('a year holding two different reports of the body: the store reads this year\'s twin too, and compares nothing', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020));
    await store.save(saveInput(2021));
    // the 2021 report again at another address, one figure apart: which one follows 2020 cannot be told
    const twin = await store.save(saveInput(2021, { url: 'https://www.yunxi.gov.cn/zwgk/ndbg/2022/t20220301_2100.html', figures: { 't3.new.natural': 99 } }));
    expect(twin.crossYear).toEqual([]);
    expect(twin.crossYearSkips.map((k) => k.message)).toEqual([
      '同一单位名称下还有一份2021年的报告，数字与本报告不同，无法判断哪一份与2020年报告衔接，未与2020年报告核对',
    ]);
    expect(await store.crossYear(PAGE_URL[2021])).toEqual([]);
    expect((await store.crossYearSkips(PAGE_URL[2020])).map((k) => [k.otherYear, k.otherIds.length])).toEqual([[2021, 2]]);
    const state = await pageStateOfLookup(store, PAGE_URL[2020]);
    expect(state.crossYear).toEqual([]);
    expect(state.crossYearSkips).toHaveLength(1);
  });

  it('the panel lists them under 未能读取或核对, grey, and its verdict does not count them; the copied text too', async () => {
    const store = createCollectionStore({ now });
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => (isCollectRequest(m) ? handleCollectRequest(store, m) : undefined));
    await store.save(oneColumn2020());
    const report = analysed(2021);
    let done!: () => void;
    const settled = new Promise<void>((r) => (done = r));
    const c = createLensCollect(() => {
      if (!c.view().busy && c.view().state) done();
    });
    c.start(report, reportPageOf({ url: PAGE_URL[2021], title: '' }, { url: PAGE_URL[2021], title: '' }), true);
    await settled;
    const state = c.view().state as CollectPageState;
    expect(state.crossYearSkips.map((k) => k.message)).toEqual([ONE_COLUMN_SKIP]);
    // the 总计 carry-over error is counted; the skip is not
    expect(c.problems()).toBe(1);
    const el = document.createElement('div');
    document.body.append(el);
    const view = reportView(report);
    render(
      <Panel t={tz} lang="zh-CN" report={report} view={view} figures={keyFigures(report)} collect={c.view()}
        dock="right" tooltip={null} located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}} />,
      el,
    );
    const line = el.querySelector<HTMLElement>('.unread [data-rule="cross.skipped"]')!;
    expect(line.textContent).toBe(`跨年度未核对：${ONE_COLUMN_SKIP}`);
    expect(el.querySelector('[data-group="cross"] [data-rule="cross.skipped"]')).toBeNull();
    expect(el.querySelector('.unread')!.textContent).not.toContain(tz('nothingUnread'));
    expect(el.querySelector('[data-verdict]')!.textContent).toBe(tz('verdictProblems', 1 + (view.verdict.kind === 'problems' ? view.verdict.count : 0)));
    render(null, el);
    el.remove();

    const text = resultsText({
      t: tz, report, view, figures: keyFigures(report), cross: state.crossYear, crossSkips: state.crossYearSkips,
      url: PAGE_URL[2021], at: new Date(2026, 11, 1, 12, 0), version: '0.0.0',
    });
    const unread = text.slice(text.indexOf(tz('unreadHeader')));
    expect(unread).toContain(`· 跨年度未核对：${ONE_COLUMN_SKIP}`);
    expect(unread).not.toContain(tz('nothingUnread'));
    // the numbered findings are the report's and the carry-over only
    expect(text.match(/^\d+\. /gmu)!.length).toBe(state.crossYear.length + view.groups.reduce((n, g) => n + g.findings.length, 0));
  });
});
