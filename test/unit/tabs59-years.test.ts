// @vitest-environment node
/**
 * tabs59: pages with tabs (test/fixtures/tabs59/gen.py, from word-2021-consistent, a 2022 report: table 三's
 * 本年新收 62; last year's table 三: 57) where the shown tab may hold last year's table and this year's is hidden
 * (inline style, a class the core cannot read, `hidden`, aria-hidden). Where a label right before each table
 * (caption, heading, the tab's label tied by href / aria-controls / place) names its year, the one of the
 * report's year is read, hidden or not, and the other said as left aside (lib/map/page-copies.ts rolesOfYear);
 * where it is not certain (the year only in the body text, no year at all, two tables labelled with the
 * report's year) the page is read as before and both said. On main y01–y06 and y10–y12 read last year's 57.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { yearOfLabel } from '../../lib/dom/table-year.ts';
import { buildRecord } from '../../lib/collect/build.ts';
import { storedReportSchema } from '../../lib/collect/record.ts';

const dir = new URL('../fixtures/tabs59/', import.meta.url);
const analyze = (name: string) => analyzeDocument(parsePage(decodeHtml(readFileSync(new URL(name, dir))).text), { url: `https://www.example.gov.cn/${name}` });

/** Per page: the 本年新收 read, the table 三 read (its <table> index), what the notes say ('year:2021' left aside, 'hidden' a copy not read), the errors and text checks failed. */
const WANT: Record<string, { new: number; t3: number; said: string[]; errors?: string[]; textFailed?: number }> = {
  'y01-nav-href-inline-none.html': { new: 62, t3: 3, said: ['year:2021:shown'] },
  'y02-aria-controls-class-hidden.html': { new: 62, t3: 3, said: ['year:2021:shown'] },
  'y03-tab-by-place-hidden-attr.html': { new: 62, t3: 3, said: ['year:2021:shown'] },
  'y04-aria-hidden-pane.html': { new: 62, t3: 3, said: ['year:2021:shown'] },
  'y05-caption-year.html': { new: 62, t3: 3, said: ['year:2021:shown'] },
  'y06-heading-year.html': { new: 62, t3: 3, said: ['year:2021:shown'] },
  // not certain: the shown one read as before, the hidden one said, the text's figures that fit it skipped
  'y07-year-only-in-body-text.html': { new: 57, t3: 2, said: ['hidden'] },
  'y08-report-year-shown-other-hidden.html': { new: 62, t3: 2, said: ['year:2021:hidden'] },
  'y09-no-year-anywhere.html': { new: 57, t3: 2, said: ['hidden'] },
  // the report's (hidden) table's own slip: flagged on its cell; last year's shown table never faulted
  'y10-hidden-report-year-with-slip.html': { new: 62, t3: 3, said: ['year:2021:shown'], errors: ['t3.results-total@3:5:3', 't3.row-total@3:5:3'] },
  'y11-both-labelled-report-year.html': { new: 57, t3: 2, said: ['hidden'] },
  // the wrong twin: the text's 62 made 60, flagged against the report's table read from the hidden tab
  'y12-wrong-twin-text.html': { new: 62, t3: 3, said: ['year:2021:shown'], textFailed: 1 },
};

const saidOf = (f: { note?: { code: string; args: unknown[] } }): string =>
  f.note?.code === 'otherYear' ? `year:${f.note.args[1]}:${f.note.args[3] ? 'shown' : 'hidden'}` : f.note?.code === 'hiddenCopy' ? 'hidden' : `?${f.note?.code}`;

describe('tabs59: the report\'s own table 三 when the page shows last year\'s', () => {
  it('every page has its expectation', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.html')).sort()).toEqual(Object.keys(WANT).sort());
  });
  it.each(Object.keys(WANT))('%s', (name) => {
    const a = analyze(name);
    const want = WANT[name]!;
    expect(a.year).toBe(2022);
    expect(a.figures['t3.new.total']).toBe(want.new);
    expect(a.tables.t3).toEqual([want.t3]);
    // the key figures' cells are the table read
    expect(a.figureRefs['t3.new.total']?.table).toBe(want.t3);
    const flagged = a.findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('text.')).map((f) => `${f.rule}@${f.suspect ? `${f.suspect.table}:${f.suspect.row}:${f.suspect.col}` : '-'}`);
    expect(flagged.sort()).toEqual(want.errors ?? []);
    expect(a.narrative.failed).toBe(want.textFailed ?? 0);
    expect(a.findings.filter((f) => f.rule.startsWith('map.')).map(saidOf)).toEqual(want.said);
  });
  it('the wrong twin is flagged on the report\'s figure (62), and the same page with the text right passes', () => {
    const twin = analyze('y12-wrong-twin-text.html').findings.filter((f) => f.rule.startsWith('text.') && f.severity !== 'info');
    expect(twin.map((f) => [f.expected, f.actual])).toEqual([[62, 60]]);
    expect(twin[0]!.suspect).toBeNull();
    const right = analyze('y01-nav-href-inline-none.html');
    expect(right.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(right.narrative.skipped).toBe(0);
  });
  it('the note of a table left aside says its year and the report\'s, in the core\'s words', () => {
    const n = analyze('y08-report-year-shown-other-hidden.html').findings.find((f) => f.note?.code === 'otherYear')!;
    expect(n.message).toBe('第4个表格（表三）在页面上是隐藏的，是2021年的表，不是本报告年度（2022年）的，未读取；已读取标明2022年的表三；正文中与它相合的数字不作为错误');
    expect(n.note!.args).toEqual([4, 2021, 2022, 0]);
  });
  it('the collection stores this year\'s figures, and the note\'s code with them (y01: 62, not the shown tab\'s 57)', () => {
    const report = analyze('y01-nav-href-inline-none.html');
    const { record } = buildRecord({ url: 'https://www.example.gov.cn/y01.html', title: report.title, site: 'www.example.gov.cn', report, at: '2026-12-06T07:00:00.000Z' }, null);
    expect(record.figures['t3.new.total']).toBe(62);
    expect(record.figures['t3.carried.total']).toBe(4);
    expect(record.figures).toEqual(analyze('y08-report-year-shown-other-hidden.html').figures);
    const kept = storedReportSchema.parse(JSON.parse(JSON.stringify(record)));
    expect(kept.findings.find((f) => f.rule === 'map.unmapped')?.note).toEqual({ code: 'otherYear', args: [3, 2021, 2022, 1] });
  });
  it('a label names one year or none', () => {
    expect(['2022', '2022年度', '2022 年', '2022年收到和处理政府信息公开申请情况'].map(yearOfLabel)).toEqual([2022, 2022, 2022, 2022]);
    expect(['2021年与2022年对比', '本年', '', '三、收到和处理政府信息公开申请情况', `下表为2021年的数据${'，供比较'.repeat(14)}`].map(yearOfLabel)).toEqual([null, null, null, null, null]);
  });
});
