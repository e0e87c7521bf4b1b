// @vitest-environment node
/**
 * tb97 (session 64; test/fixtures/tb97, written by gen.mjs, EXPECT.md): tables session 63 left. 法人或其他组织's
 * own sum headed 总数 before 总计 (red team 39 c14 under the group, c17 in a flat header) is read as the group's
 * 小计 and checked against its five; a 总数 that repeats 总计 stays unknown; a 主动公开 tally by 第二十条's items
 * before table 二 (red team 39 c08) hides none of the real table 二's mistakes; a table 三 with no 自然人 column
 * (red team 36 c08), its other columns under 法人或其他组织, is read column by column, the rows' sums said unchecked. c pages are consistent:
 * nothing raised; m pages change one cell, caught on it.
 */
import { describe, expect, it } from 'vitest';
import type { CellRef } from '../../lib/types.ts';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('tb97');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;
const rt39 = redteamFolder('redteam39');
const rt36 = redteamFolder('redteam36');
const says = (a: ReturnType<typeof analyze>, rule = 'map.unmapped') => a.findings.filter((f) => f.rule === rule).map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');
const cellOf = (name: string) => (expected[name] as unknown as { cell: CellRef }).cell;

describe('tb97: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.TB97_PROBE);
  });
});

describe('tb97: 法人或其他组织\'s own 总数 before 总计', () => {
  it.each([
    ['c01-ha-nyy-2024-county-org-zongshu-under-group.html', 'under the group'],
    ['c02-ha-xc-2024-county-flat-org-zongshu.html', 'in a flat header'],
    ['c14-ha-nyy-2024-county-org-zongshu-then-total.html', 'red team 39 c14'],
    ['c17-ha-xc-2024-county-flat-header-zongshu-then-total.html', 'red team 39 c17'],
  ])('%s (%s) is read as the group\'s 小计: every row checked, nothing said unknown (main: 25 rows skipped)', (name) => {
    const a = name.startsWith('c0') ? analyze(name) : rt39.analyze(name);
    expect(a.findings).toEqual([]);
    expect([a.checks.passed, a.checks.failed, a.checks.skipped]).toEqual([78, 0, 0]);
    expect([a.figures['t3.new.orgSubtotal'], a.figures['t3.unable.noInfo.orgSubtotal'], a.figures['t3.new.total']]).toEqual([39, 11, 150]);
  });
  it.each(['m01-ha-nyy-2024-county-org-zongshu-under-group.html', 'm02-ha-xc-2024-county-flat-org-zongshu.html'])(
    '%s: a 总数 cell off the five\'s sum is caught on that cell (missed on main)', (name) => {
      const f = raised(analyze(name));
      expect(f.map((x) => x.rule).sort()).toEqual(['t3.results-total', 't3.subtotal']);
      for (const x of f) expect(x.suspect).toEqual(cellOf(name));
      expect(f.find((x) => x.rule === 't3.subtotal')!.message).toContain('小计为12，其分项之和为11');
    });
  it('a 自然人 mistake on red team 39\'s m14, m17 is now caught on its cell by the row\'s sum too', () => {
    for (const name of ['m14-ha-nyy-2024-county-org-zongshu-then-total.html', 'm17-ha-xc-2024-county-flat-header-zongshu-then-total.html']) {
      const f = raised(rt39.analyze(name));
      expect(f.map((x) => x.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
      expect(f.every((x) => x.suspect !== undefined)).toBe(true);
    }
  });
  it('a 总数 that repeats 总计 in a flat header is no 法人 sum: said unknown as before, the rows unchecked (c03, m03)', () => {
    const a = analyze('c03-ha-xc-2024-county-flat-zongshu-repeats-total.html');
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t3HeaderUnknown', 10]]);
    expect(a.figures['t3.new.orgSubtotal']).toBeUndefined();
    expect(a.checks.skipped).toBe(25);
    expect(raised(analyze('m03-ha-xc-2024-county-flat-zongshu-repeats-total.html')).map((f) => f.rule)).toEqual(['t3.results-total']);
  });
});

describe('tb97: no 自然人 column', () => {
  it.each([
    ['c05-ha-ly-2024-city-bureau-no-natural.html', 24, 39],
    ['c08-ha-ly-2025-city-bureau-own-org-no-natural.html', 20, 31],
  ])('%s: each column of 法人\'s own under the group is read and checked, the rows\' sums said unchecked (table 三 unread on main)', (name, passed, total) => {
    const a = name.startsWith('c05') ? analyze(name) : rt36.analyze(name);
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t3NoNaturalColumn']]);
    expect(a.findings.find((f) => f.note?.code === 't3NoNaturalColumn')!.message).toContain('没有“自然人”列');
    expect([a.checks.passed, a.checks.failed, a.checks.skipped, a.figures['t3.new.total'], a.figures['t3.new.natural']]).toEqual([passed, 0, 0, total, undefined]);
  });
  it('a mistake in one column is caught by that column\'s sum (m05, red team 36 m08: missed on main)', () => {
    for (const a of [analyze('m05-ha-ly-2024-city-bureau-no-natural.html'), rt36.analyze('m08-ha-ly-2025-city-bureau-own-org-no-natural.html')]) {
      const f = raised(a);
      expect(f.map((x) => x.rule)).toEqual(['t3.results-total']);
      expect(f[0]!.message).toMatch(/^商业企业一列：（七）总计为17，办理结果各项之和为18/);
    }
  });
  it('the five named by no group stay unread, said as before (c06, m06: which applicants they are the header does not say)', () => {
    for (const name of ['c06-ha-ly-2024-city-bureau-no-natural-no-group.html', 'm06-ha-ly-2024-city-bureau-no-natural-no-group.html']) {
      const a = analyze(name);
      expect(raised(a)).toEqual([]);
      expect(says(a, 'map.unread-table')).toEqual([['t3ColumnsUnread']]);
    }
  });
});

describe('tb97: a 主动公开 tally before table 二', () => {
  it('is read as one more table 二 (its 本年新公开 column), and the real table 二 as ever (c04)', () => {
    const a = analyze('c04-gd-hz-2024-county-tally-before-t2.html');
    expect(raised(a)).toEqual([]);
    expect([a.figures['t2.penalty.newPublished'], a.figures['t2.penalty.decisions'], a.figures['t2.license.decisions'], a.figures['t2.fees.feeAmount']]).toEqual([316, 316, 1284, 0]);
  });
  it('hides none of the real table 二\'s mistakes: a figure the text restates, changed there, is caught on its cell (m04)', () => {
    const name = 'm04-gd-hz-2024-county-tally-before-t2.html';
    const f = raised(analyze(name));
    expect(f.map((x) => x.rule)).toEqual(['text.vs-table']);
    expect(f[0]!.cells).toContainEqual(cellOf(name));
  });
});
