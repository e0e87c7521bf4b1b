// @vitest-environment node
/**
 * tab61 (session 51; test/fixtures/tab61, gen.mjs and gen_tabs.py, EXPECT.md): table 三 layouts red team
 * 30 left unread — 自然人 alone or with some 法人 columns and no 总计, a 法人 column headed 企业, a 申请总数
 * row (一 + 二, or 一 alone), 网上申请（含电子邮件） among the channels — each with its wrong twin (m) and
 * near-misses (n, or c pages of a shape that must stay silent); and tables 二 and 四 in tabs per year
 * (w pages), the report's year's read as table 三's is (lib/map/year-tables.ts).
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const { expected, pages, analyze } = redteamFolder('tab61');
const t3Pages = pages.filter((p) => !p.startsWith('w'));
const mapNotes = (name: string) => analyze(name).findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message);
const NO_TOTAL = '表三没有“总计”列：各行的总计（各类申请人之和）无法核对，只核对了各列的勾稽关系';
const UNREAD = '表三的列无法按表头识别，表三未参与校验';

describe('tab61: table 三 layouts read where certain, left unread where not', () => {
  it('every page has its expectation', () => {
    expect(Object.keys(expected).sort()).toEqual(t3Pages);
  });
  it.each(t3Pages)('%s', (name) => {
    const a = analyze(name);
    expectPage(name, a, expected[name]!, !!process.env.TAB61_PROBE);
    // a c page raises nothing but infos; its text never fails
    if (name.startsWith('c')) expect(a.narrative.failed).toBe(0);
  });
  it('自然人 alone (spans in its label, full-width digits) and 自然人 with four 法人 columns are read, their row totals said unchecked', () => {
    for (const n of ['c01-natural-only-word-fullwidth.html', 'c03-four-org-columns-no-total-dashes.html']) {
      expect(mapNotes(n)).toEqual([NO_TOTAL]);
      const a = analyze(n);
      expect(a.figures['t3.new.natural']).toBeTypeOf('number');
      expect(a.figures['t3.new.total']).toBeUndefined();
      expect(a.checks.failed).toBe(0);
      expect(a.checks.skipped).toBeGreaterThan(0);
    }
    expect(analyze('c03-four-org-columns-no-total-dashes.html').figures['t3.new.research']).toBeUndefined();
  });
  it('one column headed 自然人及法人或其他组织合计, or 法人 columns without their group heading: not read, said; the twin missed', () => {
    for (const n of ['c02-one-column-headed-heji.html', 'n02-one-column-headed-heji.html', 'c04-org-columns-without-group-heading.html', 'n04-org-columns-without-group-heading.html']) {
      expect(mapNotes(n)).toEqual([UNREAD]);
      expect(analyze(n).figures['t3.new.natural']).toBeUndefined();
    }
  });
  it('企业 under 法人或其他组织 is 商业企业', () => {
    const a = analyze('c05-org-column-headed-qiye.html');
    expect(mapNotes('c05-org-column-headed-qiye.html')).toEqual([]);
    expect(a.figures['t3.new.commercial']).toBeTypeOf('number');
  });
  it('申请总数 is checked as 一 + 二, or as 一 alone', () => {
    for (const n of ['c06-shenqing-zongshu-fullwidth.html', 'c07-shenqing-zongshu-only-new.html']) {
      const a = analyze(n);
      expect(mapNotes(n)).toEqual([]);
      expect(a.checks.failed).toBe(0);
    }
  });
  it('网上申请（含电子邮件） is a channel; beside a row of e-mail the two are not added up; （含政府网站、电子邮件） stays unread', () => {
    expect(mapNotes('c08-channel-online-with-email.html')).toEqual([]);
    expect(analyze('c08-channel-online-with-email.html').checks.skipped).toBe(0);
    expect(mapNotes('c09-channel-with-email-and-email-row.html')).toEqual([]);
    expect(analyze('c09-channel-with-email-and-email-row.html').checks.skipped).toBe(7);
    expect(mapNotes('c10-channel-with-two-named.html')).toEqual(['表三未能识别的行「网络申请(含政府网站、电子邮件)」，未参与校验']);
  });
  it('columns split over two tables: joined by the repeated row labels (a finding on the second table points at it); rows in another order: not joined, said', () => {
    const c = analyze('c11-columns-split-labels-repeated.html');
    expect(mapNotes('c11-columns-split-labels-repeated.html')).toEqual([]);
    expect(c.checks).toMatchObject({ failed: 0, skipped: 0 });
    expect(c.figureRefs['t3.new.social']?.table).toBe(3);
    expect(c.figureRefs['t3.new.natural']?.table).toBe(2);
    for (const n of ['c12-columns-split-labels-differ.html', 'n12-columns-split-labels-differ.html']) {
      expect(mapNotes(n)).toEqual([UNREAD]);
      expect(analyze(n).figures['t3.new.natural']).toBeUndefined();
    }
  });
  it('the channels in a small table of their own after table 三, its 合计 that of 一: checked in 总计; last year\'s, or a 合计 of 一 + 二: not read', () => {
    expect(analyze('c13-channels-table-down-the-side.html').checks).toMatchObject({ passed: 52, failed: 0, skipped: 0 });
    for (const n of ['c14-channels-table-last-year.html', 'n14-channels-table-last-year.html', 'c15-channels-table-sum-not-new.html']) {
      expect(analyze(n).checks).toMatchObject({ passed: 51, failed: 0, skipped: 0 });
    }
  });
});

/** Per w page: the tables read (<table> indexes), 行政许可 and 行政复议 总计 read, the notes (year:kind:shown), errors. */
const W: Record<string, { tables: Record<string, number[]>; license: number; review: number; said: string[]; errors?: string[] }> = {
  // fires: last year's 二 (1100) and 四 (总计 2) shown, this year's hidden (main read last year's: 4 false text flags each)
  'w01-each-table-tabs-href.html': { tables: { t2: [2], t3: [4], t4: [6] }, license: 1268, review: 1, said: ['t3:2021:shown', 't2:2021:shown', 't4:2021:shown'] },
  'w02-t2-t4-tabs-place-t3-plain.html': { tables: { t2: [2], t3: [3], t4: [5] }, license: 1268, review: 1, said: ['t2:2021:shown', 't4:2021:shown'] },
  'w03-caption-year-print-block.html': { tables: { t2: [2], t3: [3], t4: [5] }, license: 1268, review: 1, said: ['t2:2021:shown', 't4:2021:shown'] },
  // the wrong twin: this year's hidden 四 holds a slip, flagged (main read last year's and missed it)
  'w04-hidden-report-year-t4-slip.html': { tables: { t2: [1], t3: [2], t4: [4] }, license: 1268, review: 1, said: ['t4:2021:shown'], errors: ['t4.group-total'] },
  // must not fire: read as before
  'w05-report-year-shown.html': { tables: { t2: [1], t3: [3], t4: [4] }, license: 1268, review: 1, said: ['hidden'] },
  'w06-tabs-without-years.html': { tables: { t2: [1], t3: [3], t4: [4] }, license: 1268, review: 1, said: ['hidden'] },
  'w07-both-labelled-report-year.html': { tables: { t2: [1], t3: [3], t4: [4] }, license: 1268, review: 1, said: ['hidden'] },
  'w08-report-year-unlabelled.html': { tables: { t2: [1], t3: [3], t4: [4] }, license: 1268, review: 1, said: ['hidden'] },
};
const saidOf = (f: { message: string; note?: { code: string; args: unknown[] } }): string => {
  if (f.note?.code === 'otherYear') return `t3:${f.note.args[1]}:${f.note.args[3] === 1 ? 'shown' : 'hidden'}`;
  if (f.note?.code === 'hiddenCopy') return 'hidden';
  const m = /（(表二|表四)）(在页面上是隐藏的，)?是(\d{4})年的表/.exec(f.message);
  return m ? `${m[1] === '表二' ? 't2' : 't4'}:${m[3]}:${m[2] ? 'hidden' : 'shown'}` : `?${f.message}`;
};

describe('tab61: tables 二 and 四 in tabs per year', () => {
  it('every w page has its expectation', () => {
    expect(pages.filter((p) => p.startsWith('w'))).toEqual(Object.keys(W).sort());
  });
  it.each(Object.keys(W))('%s', (name) => {
    const a = analyze(name);
    const want = W[name]!;
    expect(a.year).toBe(2022);
    expect(a.tables).toEqual(want.tables);
    expect(a.figures['t2.license.decisions']).toBe(want.license);
    expect(a.figures['t4.review.total']).toBe(want.review);
    expect(a.figures['t3.new.total']).toBe(62);
    expect(a.findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('text.')).map((f) => f.rule)).toEqual(want.errors ?? []);
    expect(a.narrative.failed).toBe(0);
    expect(a.findings.filter((f) => f.rule.startsWith('map.')).map(saidOf)).toEqual(want.said);
  });
});
