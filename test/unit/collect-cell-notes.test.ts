/**
 * A figure whose cell carries a note, across years (lib/collect/cell-notes.ts): a table-三
 * carry-over row with a note in a cell ("6（含上年度未办结复议2件）") is not compared with the other
 * year's, from either side, and says so (cross.skipped naming the note), as a noted 现行有效 already
 * was; and a record saved before notes were read (figureNotes null) turns a comparison that
 * disagrees into a skip that says to open that report again, never a finding. The pages are
 * collect-2020/2021.html, whose carry-over disagrees (2021 上年结转 自然人 5 and 总计 6 against 2020's
 * 结转下年度 3 and 4), with the notes written into their cells and read by the core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { bodyKeyOf } from '../../lib/collect/body.ts';
import { crossYearFindings, crossYearSkips, type CrossYearSubject } from '../../lib/collect/cross-year.ts';
import { carryOverFlags } from '../../lib/collect/list-query.ts';
import { createCollectionStore } from '../../components/collection/store.ts';
import { PAGE_URL, analysed } from './collect-helpers.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const CARRIED_2021 = '<td colspan="3">二、上年结转政府信息公开申请数量</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td>';
const FORWARD_2020 = '<td colspan="3">四、结转下年度继续办理</td><td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td>';

/** collect-<year>.html with one of its rows written otherwise, read by the core. */
function page(year: 2020 | 2021, from: string, to: string): ReportAnalysis {
  const html = decodeHtml(readFileSync(join(process.cwd(), 'test/e2e/pages', `collect-${year}.html`))).text;
  expect(html).toContain(from);
  return analyzeDocument(parsePage(html.replace(from, to)), { url: PAGE_URL[year] });
}

/** 2021 whose 上年结转 says why it is 2 more than 2020's 结转下年度: two 复议 carried with the applications. */
const notedCarried = (): ReportAnalysis =>
  page(2021, CARRIED_2021, CARRIED_2021.replace('<td>5</td>', '<td>5（含上年度未办结复议2件）</td>').replace('<td>6</td>', '<td>6（含上年度未办结复议2件）</td>'));

function subject(year: 2020 | 2021, r: ReportAnalysis = analysed(year), over: Partial<CrossYearSubject> = {}): CrossYearSubject {
  return {
    id: PAGE_URL[year], url: PAGE_URL[year], year: r.year, bodyKey: bodyKeyOf(r.agency, 'www.yunxi.gov.cn'), bodyKeyOverride: null,
    figures: r.figures, figureNotes: r.figureNotes, lastSeen: `${year + 1}-02-01T00:00:00.000Z`, ...over,
  };
}
const carry = (f: ReturnType<typeof crossYearFindings>) => f.filter((x) => x.rule === 'cross.carry-over');

describe('a carry-over row with a note in a cell is not compared across years', () => {
  it('the core reads the figure and keeps the note by the figure\'s name', () => {
    const r = notedCarried();
    expect(r.figures['t3.carried.natural']).toBe(5);
    expect(r.figures['t3.carried.total']).toBe(6);
    expect(r.figureNotes).toEqual({ 't3.carried.natural': '含上年度未办结复议2件', 't3.carried.total': '含上年度未办结复议2件' });
  });

  it('this year\'s 上年结转 noted: no carry-over error from either year, and a skip naming the cell and its note', () => {
    const now = subject(2021, notedCarried());
    const last = subject(2020);
    // the same figures without the note: two errors from each side
    expect(carry(crossYearFindings(subject(2021), [last]))).toHaveLength(2);
    expect(carry(crossYearFindings(last, [subject(2021)]))).toHaveLength(2);
    expect(carry(crossYearFindings(now, [last]))).toEqual([]);
    expect(carry(crossYearFindings(last, [now]))).toEqual([]);
    expect(crossYearSkips(now, [last]).map((k) => [k.message, k.otherIds])).toEqual([
      ['2020年报告与本报告的上年结转未核对：本报告“二、上年结转政府信息公开申请数量”（自然人）一栏注有“含上年度未办结复议2件”，不是与另一年同一口径的件数', [PAGE_URL[2020]]],
    ]);
    expect(crossYearSkips(last, [now]).map((k) => k.message)).toEqual([
      '2021年报告与本报告的结转下年度未核对：2021年报告“二、上年结转政府信息公开申请数量”（自然人）一栏注有“含上年度未办结复议2件”，不是与另一年同一口径的件数',
    ]);
  });

  it('last year\'s 结转下年度 noted in its 总计 alone: the whole row is left, its plain 自然人 too', () => {
    const noted = page(2020, FORWARD_2020, FORWARD_2020.replace('<td>4</td>', '<td>4（不含复议2件）</td>'));
    expect(noted.figureNotes).toEqual({ 't3.carriedForward.total': '不含复议2件' });
    const last = subject(2020, noted);
    expect(carry(crossYearFindings(subject(2021), [last]))).toEqual([]);
    expect(crossYearSkips(subject(2021), [last]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的上年结转未核对：2020年报告“四、结转下年度继续办理”（总计）一栏注有“不含复议2件”，不是与另一年同一口径的件数',
    ]);
  });

  it('a note on another row leaves the carry-over compared; a noted row with nothing on the other side says nothing', () => {
    const now = subject(2021, analysed(2021), { figureNotes: { 't3.new.natural': '其中网上申请30件', 't3.carriedForward.total': '含复议1件' } });
    expect(carry(crossYearFindings(now, [subject(2020)])).map((x) => x.figure)).toEqual(['t3.carried.natural', 't3.carried.total']);
    expect(crossYearSkips(now, [subject(2020)])).toEqual([]);
    // 2020 without a table 三: its carry-over is not there to compare, nothing to say of a note
    const bare = subject(2020, analysed(2020), { figures: Object.fromEntries(Object.entries(analysed(2020).figures).filter(([k]) => !k.startsWith('t3.'))) });
    expect(crossYearSkips(subject(2021, notedCarried()), [bare]).map((k) => k.message).join()).not.toContain('注有');
  });

  it('a noted 法人或其他组织 column against the other year\'s five: a skip, not the one-against-five error', () => {
    const last = analysed(2020);
    // 2020 as a 2019-template table: 法人或其他组织 in one column, 1 carried forward, with a note
    const figures = Object.fromEntries(Object.entries(last.figures).filter(([k]) => !/^t3\.\w+(?:\.\w+)?\.(?:commercial|research|social|legal|otherOrg)$/u.test(k)));
    const oneColumn = { ...figures, 't3.carriedForward.orgSubtotal': 2, 't3.carried.orgSubtotal': 1 };
    const fixed = { ...analysed(2021).figures, 't3.carried.natural': 3, 't3.carried.total': 4 };
    const now = subject(2021, analysed(2021), { figures: fixed });
    expect(carry(crossYearFindings(now, [subject(2020, last, { figures: oneColumn })])).map((x) => x.actual)).toEqual([1]);
    const noted = subject(2020, last, { figures: oneColumn, figureNotes: { 't3.carriedForward.orgSubtotal': '含社会组织1件' } });
    expect(carry(crossYearFindings(now, [noted]))).toEqual([]);
    expect(crossYearSkips(now, [noted]).map((k) => k.message)).toEqual([
      '2020年报告与本报告的上年结转未核对：2020年报告“四、结转下年度继续办理”（法人或其他组织（合计））一栏注有“含社会组织1件”，不是与另一年同一口径的件数',
    ]);
  });
});

describe('a record saved before notes were read (figureNotes null)', () => {
  const old = (year: 2020 | 2021, over: Partial<CrossYearSubject> = {}) => subject(year, analysed(year), { figureNotes: null, ...over });
  const UNKNOWN_2020 =
    '2020年报告与本报告的上年结转不一致，未核对：2020年报告保存时尚未读取单元格中的注释（如“3（含…）”），无法判断不一致是否由注释说明；重新打开2020年报告的页面后即可核对';

  it('a carry-over that disagrees is a skip saying to open that report again, from either side', () => {
    expect(carry(crossYearFindings(subject(2021), [old(2020)]))).toEqual([]);
    expect(crossYearSkips(subject(2021), [old(2020)]).map((k) => k.message)).toEqual([UNKNOWN_2020]);
    expect(carry(crossYearFindings(old(2020), [subject(2021)]))).toEqual([]);
    expect(crossYearSkips(old(2020), [subject(2021)]).map((k) => k.message)).toEqual([
      '2021年报告与本报告的结转下年度不一致，未核对：本报告保存时尚未读取单元格中的注释（如“3（含…）”），无法判断不一致是否由注释说明；重新打开本报告的页面后即可核对',
    ]);
    expect(crossYearSkips(old(2021), [old(2020)]).map((k) => k.message)[0]).toContain('两份报告保存时尚未读取单元格中的注释');
  });

  it('one that agrees says nothing: no finding, no skip', () => {
    const fixed = subject(2021, analysed(2021), { figures: { ...analysed(2021).figures, 't3.carried.natural': 3, 't3.carried.total': 4 } });
    expect(crossYearFindings(fixed, [old(2020)])).toEqual([]);
    expect(crossYearSkips(fixed, [old(2020)])).toEqual([]);
  });

  it('a 现行有效 stock that does not follow is a skip; one that follows says nothing', () => {
    // 2021's stock 27 against 23 + 3 − 2 = 24
    const off = (over: Partial<CrossYearSubject> = {}) => subject(2021, analysed(2021), { figures: { ...analysed(2021).figures, 't2.normativeDocs.inForce': 27 }, ...over });
    const inForce = (f: ReturnType<typeof crossYearFindings>) => f.filter((x) => x.rule === 'cross.in-force');
    expect(inForce(crossYearFindings(off(), [subject(2020)]))).toHaveLength(1);
    expect(inForce(crossYearFindings(off(), [old(2020)]))).toEqual([]);
    expect(inForce(crossYearFindings(off({ figureNotes: null }), [subject(2020)]))).toEqual([]);
    expect(crossYearSkips(off({ figureNotes: null }), [subject(2020)]).map((k) => k.message)).toContain(
      '2020年报告与本报告的行政规范性文件现行有效件数不一致，未核对：本报告保存时尚未读取单元格中的注释（如“3（含…）”），无法判断不一致是否由注释说明；重新打开本报告的页面后即可核对',
    );
    expect(inForce(crossYearFindings(subject(2021), [old(2020)]))).toEqual([]);
    expect(crossYearSkips(subject(2021), [old(2020)]).map((k) => k.message).join()).not.toContain('现行有效');
  });

  it('absent (a page just read, as the batch checker passes it) is no notes: compared as before', () => {
    const { figureNotes: _, ...plain } = subject(2020);
    expect(carry(crossYearFindings(subject(2021), [plain]))).toHaveLength(2);
  });
});

describe('on a store: the false flags each reading removes', () => {
  let clock = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
  beforeEach(() => {
    fakeBrowser.reset();
    clock = 0;
  });
  const input = (year: 2020 | 2021, report: ReportAnalysis) => ({ url: PAGE_URL[year], title: report.title, site: 'www.yunxi.gov.cn', report });
  const errors = (f: ReturnType<typeof crossYearFindings>) => f.filter((x) => x.rule === 'cross.carry-over').length;

  it('a 上年结转 whose note says why it is 2 more: 4 carry-over errors (2 on each page) become one skip on each page, and no list mark', async () => {
    const store = createCollectionStore({ now });
    await store.save(input(2020, analysed(2020)));
    const res = await store.save(input(2021, notedCarried()));
    expect(errors(res.crossYear) + errors(await store.crossYear(PAGE_URL[2020]))).toBe(0);
    expect(res.crossYearSkips).toHaveLength(1);
    expect(await store.crossYearSkips(PAGE_URL[2020])).toHaveLength(1);
    expect(carryOverFlags(await store.summaries()).size).toBe(0);
    // the same pages without the note: the list marks 2021
    await store.save(input(2021, analysed(2021)));
    expect(errors(await store.crossYear(PAGE_URL[2021])) + errors(await store.crossYear(PAGE_URL[2020]))).toBe(4);
    expect([...carryOverFlags(await store.summaries()).keys()]).toEqual([PAGE_URL[2021]]);
  });
});
