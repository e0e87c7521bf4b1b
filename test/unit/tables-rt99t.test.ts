// @vitest-environment node
/**
 * rt99t (session 64; test/fixtures/rt99t, written by gen.mjs, EXPECT.md): a red team of tb97, which read
 * 法人或其他组织's 总数 as the group's 小计 (under the group always; in a flat header where the rows say so) and a
 * table 三 with no 自然人 column column by column. False flags first: a 总数 (or 合计) under the group that is the
 * grand total — Word drew the group's merged cell one column too wide — was checked as 法人's 小计, every row with
 * 自然人 in it an error (14 a page); now the rows decide. Then misses: the group spelled 法人或者其他组织 (the
 * 条例's words) and a form's own 法人 columns (企业 | 社会组织 | 其他) with their 总数. c pages are consistent:
 * nothing raised; m pages change one cell.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('rt99t');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;
const says = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity === 'info' && f.rule.startsWith('map.')).map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');
const checks = (a: ReturnType<typeof analyze>) => [a.checks.passed, a.checks.failed, a.checks.skipped];

describe('rt99t: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT99T_PROBE);
  });
});

describe('rt99t: a 总数 under 法人或其他组织 that is not the group\'s sum (main: 14 false t3.subtotal errors a page)', () => {
  it.each([
    ['c01-ha-zk-2024-county-group-over-grand-zongshu.html', 51, 150],
    ['c11-ha-zk-2024-county-group-over-heji.html', 51, 150],
    ['c17-ha-zk-2024-county-own-form-group-over-grand.html', 47, 150],
    ['c19-ha-pds-2024-county-word-by-hand-group-over-zongshu.html', 50, 150],
  ])('%s: the grand total under a group cell drawn too wide, no 总计 beside it, is read as 总计: every row checked', (name, passed, total) => {
    const a = analyze(name);
    expect(a.findings.filter((f) => f.severity !== 'info' || f.rule.startsWith('map.'))).toEqual([]);
    expect(checks(a)).toEqual([passed, 0, name.startsWith('c19') ? 1 : 0]);
    expect([a.figures['t3.new.total'], a.figures['t3.new.orgSubtotal']]).toEqual([total, undefined]);
  });
  it.each([
    ['c02-ha-zk-2024-county-group-over-zongshu-and-total.html', 10, [26, 0, 25]],
    ['c18-ha-zk-2024-county-own-form-zongshu-and-total.html', 8, [22, 0, 0]],
  ])('%s: the grand total under the group with 总计 beside it is said unknown, as a flat 总数 repeating 总计 is', (name, col, want) => {
    const a = analyze(name);
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t3HeaderUnknown', col]]);
    expect(checks(a)).toEqual(want);
  });
  it('a 自然人 mistake on them is caught on its cell, and nothing else is raised (m01, m11, m17, m19; m02, m18 by the column)', () => {
    for (const name of ['m01-ha-zk-2024-county-group-over-grand-zongshu.html', 'm11-ha-zk-2024-county-group-over-heji.html', 'm17-ha-zk-2024-county-own-form-group-over-grand.html',
      'm19-ha-pds-2024-county-word-by-hand-group-over-zongshu.html']) {
      const f = raised(analyze(name));
      expect(f.map((x) => x.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
      expect(f.every((x) => x.suspect !== undefined)).toBe(true);
    }
    for (const name of ['m02-ha-zk-2024-county-group-over-zongshu-and-total.html', 'm18-ha-zk-2024-county-own-form-zongshu-and-total.html']) {
      expect(raised(analyze(name)).map((x) => x.rule)).toEqual(['t3.results-total']);
    }
  });
  it('guards: a 小计 or 总数 that is the group\'s sum stays so, with few 自然人 rows or one wrong cell (c12, m12, c03, m03)', () => {
    const c12 = analyze('c12-ha-zk-2024-county-xiaoji-few-natural.html');
    expect(c12.findings).toEqual([]);
    expect(checks(c12)).toEqual([78, 0, 0]);
    expect(raised(analyze('m12-ha-zk-2024-county-xiaoji-few-natural.html')).map((x) => x.rule).sort()).toEqual(['t3.results-total', 't3.subtotal']);
    expect(raised(analyze('c03-ha-nyy-2024-county-word-zongshu-fullwidth.html'))).toEqual([]);
    expect(analyze('c03-ha-nyy-2024-county-word-zongshu-fullwidth.html').figures['t3.new.orgSubtotal']).toBe(39);
    expect(raised(analyze('m03-ha-nyy-2024-county-word-zongshu-fullwidth.html')).map((x) => x.rule)).toEqual(['t3.subtotal']);
  });
});

describe('rt99t: misses tb97 left', () => {
  it('法人或者其他组织 (the 条例\'s 或者) names the group: a table 三 without 自然人 read (unread on main), 总数 under it read as its 小计 (unknown on main)', () => {
    const c09 = analyze('c09-ha-ly-2024-city-bureau-no-natural-huozhe.html');
    expect(raised(c09)).toEqual([]);
    expect(says(c09)).toEqual([['t3NoNaturalColumn']]);
    expect(checks(c09)).toEqual([24, 0, 0]);
    expect(raised(analyze('m09-ha-ly-2024-city-bureau-no-natural-huozhe.html')).map((x) => x.rule)).toEqual(['t3.results-total']);
    // the same, Word-pasted by hand: 总计 first in the top row, the group's name cut over two spans, 0 left blank
    const c20 = analyze('c20-ha-pds-2024-city-bureau-word-by-hand-no-natural.html');
    expect(raised(c20)).toEqual([]);
    expect(says(c20)).toEqual([['t3NoNaturalColumn']]);
    expect(checks(c20)).toEqual([23, 0, 1]);
    expect(raised(analyze('m20-ha-pds-2024-city-bureau-word-by-hand-no-natural.html')).map((x) => x.rule)).toEqual(['t3.results-total']);
    const c13 = analyze('c13-ha-zk-2024-county-huozhe-zongshu.html');
    expect(c13.findings).toEqual([]);
    expect(checks(c13)).toEqual([78, 0, 0]);
    const m13 = raised(analyze('m13-ha-zk-2024-county-huozhe-zongshu.html'));
    expect(m13.map((x) => x.rule).sort()).toEqual(['t3.results-total', 't3.subtotal']);
    expect(m13.every((x) => x.suspect !== undefined)).toBe(true);
  });
  it('a form\'s own 法人 columns (企业 | 社会组织 | 其他) with their 总数 under the group: the rows add up through it (main: 25 rows skipped, no word)', () => {
    const c16 = analyze('c16-ha-zk-2024-county-own-form-zongshu.html');
    expect(c16.findings).toEqual([]);
    expect(checks(c16)).toEqual([74, 0, 0]);
    const m16 = raised(analyze('m16-ha-zk-2024-county-own-form-zongshu.html'));
    expect(m16.map((x) => x.rule).sort()).toEqual(['t3.results-total', 't3.row-total', 't3.subtotal']);
    expect(m16.every((x) => x.suspect !== undefined)).toBe(true);
  });
});

describe('rt99t: shapes that hold on main (guards)', () => {
  it.each([
    ['c04-ha-xc-2024-county-flat-zongshu-few-rows.html', [], [78, 0, 0]],
    ['c05-ha-xc-2024-county-flat-word-zongshu-all.html', [['t3HeaderUnknown', 10]], [26, 0, 25]],
    ['c06-ha-ly-2024-county-split-by-columns.html', [['t3NoTotalColumn']], [26, 0, 25]],
    ['c07-ha-ly-2024-county-split-by-columns-xubiao.html', [['t3NoTotalColumn']], [26, 0, 25]],
    ['c08-ha-ly-2024-city-bureau-word-no-natural.html', [['t3NoNaturalColumn']], [24, 0, 0]],
    ['c10-ha-ly-2024-city-bureau-no-natural-total-holds-natural.html', [['t3NoNaturalColumn']], [24, 0, 0]],
    ['c14-ha-zk-2024-county-then-bureau-org-table.html', [], [63, 0, 0]],
    ['c15-ha-ly-2024-city-bureau-no-natural-total-outside.html', [['t3NoNaturalColumn']], [24, 0, 0]],
  ])('%s: nothing raised, said as before', (name, said, want) => {
    const a = analyze(name);
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual(said);
    expect(checks(a)).toEqual(want);
  });
});
