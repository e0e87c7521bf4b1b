// @vitest-environment node
/**
 * rt100t (session 64; test/fixtures/rt100t, written by gen.mjs, EXPECT.md): a second red team of tb97 + rt99t.
 * rt99t let the rows overturn a 总数 under 法人或其他组织 that is the grand total (the group's cell Word drew one
 * column too wide) with three rows telling at least. A 街道 with one application from a person carried into
 * next year has two: there the 总数 stayed 法人's 小计, and both rows were false t3.subtotal errors (12 over six
 * pages, one Word-pasted by hand; 4 more on c14, whose 总数 counts an applicant shown in no column). Now one
 * row telling is enough: none holding the five's sum turns it (to 总计 where all hold 自然人 plus the five). c pages are consistent: nothing raised; m pages change one cell.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('rt100t');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;
const says = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity === 'info' && f.rule.startsWith('map.')).map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');
const checks = (a: ReturnType<typeof analyze>) => [a.checks.passed, a.checks.failed, a.checks.skipped];

describe('rt100t: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT100T_PROBE);
  });
});

describe('rt100t: the grand total under a group cell drawn too wide, two rows telling (main: 2 false t3.subtotal errors a page)', () => {
  it.each([
    ['c01-ha-zk-2024-town-group-over-grand-two-rows.html', [51, 0, 0]],
    ['c05-ha-zk-2024-town-th-group-over-grand-two-rows.html', [51, 0, 0]],
    ['c13-ha-pds-2024-town-word-by-hand-group-over-grand-two-rows.html', [47, 0, 4]],
    ['c15-ha-zk-2024-town-own-form-group-over-grand.html', [47, 0, 0]],
  ])('%s: no 总计 beside it — read as 总计, every row checked', (name, want) => {
    const a = analyze(name);
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([]);
    expect(checks(a)).toEqual(want);
    expect([a.figures['t3.new.total'], a.figures['t3.new.orgSubtotal']]).toEqual([2, undefined]);
  });
  it.each([
    ['c02-ha-zk-2024-town-group-over-zongshu-and-total-two-rows.html', [26, 0, 25]],
    ['c06-ha-zk-2024-town-wps-fullwidth-slash-two-rows.html', [24, 0, 27]],
  ])('%s: 总计 beside it — said unknown, as rt99t\'s c02', (name, want) => {
    const a = analyze(name);
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t3HeaderUnknown', 10]]);
    expect(checks(a)).toEqual(want);
  });
  it('c14: the 街道\'s 总数 counting an applicant shown in no column, no 总计: unknown, the table said unread (main: 4 false t3.subtotal errors)', () => {
    const a = analyze('c14-ha-zk-2024-town-group-over-grand-holds-unshown.html');
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t3ColumnsUnread']]);
    expect(checks(a)).toEqual([12, 0, 0]);
  });
  it('c10: a 街道\'s own table 三 after the county\'s, the same shape: nothing raised, both read', () => {
    const a = analyze('c10-ha-zk-2024-county-then-town-table.html');
    expect(a.findings).toEqual([]);
    expect(checks(a)).toEqual([90, 0, 0]);
  });
  it('a mistake on them is caught on its cell by the row\'s sum and the column\'s (m01, m05, m13; m15 a form\'s own 法人 columns, unread and missed on main)', () => {
    for (const name of ['m01-ha-zk-2024-town-group-over-grand-two-rows.html', 'm05-ha-zk-2024-town-th-group-over-grand-two-rows.html', 'm13-ha-pds-2024-town-word-by-hand-group-over-grand-two-rows.html',
      'm15-ha-zk-2024-town-own-form-group-over-grand.html']) {
      const f = raised(analyze(name));
      expect(f.map((x) => x.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
      expect(f.every((x) => x.suspect !== undefined)).toBe(true);
    }
  });
  it('wrong twin: a true 小计 with one of its two telling cells written 法人 + 自然人 is not turned, and caught on its cell (m12)', () => {
    expect(analyze('c12-ha-zk-2024-town-xiaoji-two-rows.html').findings).toEqual([]);
    const f = raised(analyze('m12-ha-zk-2024-town-xiaoji-two-rows.html'));
    expect(f.map((x) => x.rule).sort()).toEqual(['t3.balance', 't3.subtotal']);
    expect(f.every((x) => x.suspect !== undefined)).toBe(true);
  });
});

describe('rt100t: shapes that hold on main (guards) and pins', () => {
  it.each([
    ['c03-ha-zk-2024-town-group-over-grand-three-rows.html', [], [51, 0, 0]],
    ['c04-ha-zk-2024-county-bureau-all-org-zongshu.html', [['t3NoTotalColumn']], [51, 0, 25]],
    ['c07-ha-zk-2024-county-group-one-too-narrow.html', [], [51, 0, 0]],
    ['c08-ha-zk-2024-county-group-over-xiaoji-and-total.html', [], [78, 0, 0]],
    ['c09-ha-zk-2024-county-xubiao-by-rows-group-over-grand.html', [], [51, 0, 0]],
    ['c11-ha-ly-2024-city-bureau-no-natural-zongshu-holds-natural.html', [['t3ColumnsUnread']], [12, 0, 0]],
  ])('%s: nothing raised, said as before', (name, said, want) => {
    const a = analyze(name);
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual(said);
    expect(checks(a)).toEqual(want);
  });
  it('pinned misses: m03 (the wrong cell makes one of three rows fit 法人\'s sum: unknown, table unread), m11 (no 自然人, 总数 holding persons not shown: unread), m14 (c14\'s unread table)', () => {
    expect(raised(analyze('m03-ha-zk-2024-town-group-over-grand-three-rows.html'))).toEqual([]);
    expect(raised(analyze('m14-ha-zk-2024-town-group-over-grand-holds-unshown.html'))).toEqual([]);
    expect(raised(analyze('m11-ha-ly-2024-city-bureau-no-natural-zongshu-holds-natural.html'))).toEqual([]);
  });
});
