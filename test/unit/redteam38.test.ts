// @vitest-environment node
/**
 * Red team 38 (session 62, rt93t; test/fixtures/redteam38, written by gen.mjs, EXPECT.md): rt90t's readings of
 * table 三 attacked, false passes first — a figure column not told left the rows' sums unchecked since rt90t
 * (an empty column Word added, an earlier year's block, 上年总计 first): a planted row-total mistake unsaid and
 * the column's mistake on no cell. c pages are consistent: nothing may be raised; m pages change one cell,
 * caught on it.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('redteam38');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;

describe('redteam38: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT38_PROBE);
  });
});

const codes = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.rule === 'map.unmapped').map((f) => f.note?.code);

describe('redteam38: what the fixes read', () => {
  it('a column with no figure but 0 in any row, another period\'s, or the rows\' numbers 1 … n, leaves the rows\' sums checked (c01, c02, c04–c06, c13: 25 row sums skipped each on main)', () => {
    for (const n of pages.filter((p) => /^c(?:0[1-6]|13)-/.test(p))) {
      const a = analyze(n);
      expect([n, a.checks.passed, a.checks.skipped]).toEqual([n, 51, 0]);
      expect(codes(a)).toContain('t3HeaderUnknown');
    }
  });
  it('a column not told with figures among the applicants still leaves them unchecked (redteam37 c14)', async () => {
    const rt37 = redteamFolder('redteam37');
    const a = rt37.analyze('c14-fj-nd-2024-county-other-over-kinds.html');
    expect(a.checks.skipped).toBeGreaterThanOrEqual(25);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('an empty column under 法人或其他组织 with no label of its own is no 小计 (c10: 8 false 小计 errors on main and before)', () => {
    const a = analyze('c10-zj-tz-2024-county-empty-column-in-org.html');
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(codes(a)).toEqual(['t3HeaderUnknown']);
    expect(a.figures['t3.granted.total']).toBe(82);
  });
  it('one-row tables run on into a 附表 after <br>s, and a 续表 repeating a 栏次 row, are read (c11, c12: table 三 missing before rt90t)', () => {
    for (const n of ['c11-gd-zs-2024-county-one-row-tables-attachment-after.html', 'c12-gd-zh-2024-county-one-row-tables-continued-numbers.html']) {
      const a = analyze(n);
      expect([a.figures['t3.granted.total'], a.figures['t3.carriedForward.total'], a.checks.failed]).toEqual([82, 9, 0]);
    }
  });
});
