// @vitest-environment node
/**
 * Red team 37 (session 62, rt90t; test/fixtures/redteam37, written by gen.mjs, EXPECT.md): tb90's four readings
 * of table 三 attacked, false flags first — one-row tables that are not all table 三, runs broken or kept whole,
 * 其他 columns in other places, 其中 columns after other columns. c pages are consistent: nothing may be raised;
 * m pages change one cell, caught on it.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('redteam37');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;

describe('redteam37: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT37_PROBE);
  });
});

const says = (a: ReturnType<typeof analyze>, rule: string) => a.findings.filter((f) => f.rule === rule).map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');

describe('redteam37: what the fixes read', () => {
  it('Word\'s empty paragraphs, <br>s or a 续表 line between the one-row tables keep the run whole (c06, c07, c09: table 三 not found before)', () => {
    for (const n of ['c06-gd-mz-2024-county-one-row-tables-empty-paragraphs.html', 'c07-gd-cz-2024-county-one-row-tables-br.html', 'c09-gd-st-2024-county-one-row-tables-continued.html']) {
      const a = analyze(n);
      expect(says(a, 'map.missing-table')).toEqual([]);
      expect([a.figures['t3.new.total'], a.figures['t3.carriedForward.total'], a.figures['t3.unable.noInfo.natural']]).toEqual([150, 9, 26]);
    }
    // the 续表's repeated header rows are no rows of table 三; its rows after it are read (m09 caught on its cell)
    expect(raised(analyze('m09-gd-st-2024-county-one-row-tables-continued.html')).map((f) => f.suspect?.col)).toEqual([2, 2]);
  });
  it('a row ending in Word\'s placeholder cell is set against the edge without it (c08: 6 false errors and a warning before)', () => {
    const a = analyze('c08-gd-jy-2024-county-one-row-tables-spacer-cell.html');
    expect(raised(a)).toEqual([]);
    expect([a.figures['t3.partial.natural'], a.figures['t3.carried.total']]).toEqual([9, 6]);
  });
  it('one-row tables beside the run that are not table 三 leave it whole, and table 四 after it is read (c01–c04)', () => {
    for (const n of ['c01-gd-mm-2024-county-one-row-tables-caption-unit.html', 'c02-gd-yj-2024-county-one-row-tables-t4-after.html', 'c03-gd-sg-2025-county-one-row-tables-list-after.html', 'c04-gd-qy-2024-county-one-row-tables-list-before.html']) {
      const a = analyze(n);
      expect(a.findings).toEqual([]);
      expect([a.figures['t3.granted.total'], a.figures['t4.review.total']]).toEqual([82, 5]);
    }
  });
  it('a column not told among the applicants leaves the rows\' sums unchecked, said (c14: 6 false row-total errors before)', () => {
    const a = analyze('c14-fj-nd-2024-county-other-over-kinds.html');
    expect(raised(a)).toEqual([]);
    expect(a.checks.skipped).toBeGreaterThanOrEqual(25);
    // a 行次 column, a 其中 column after 总计 are no applicants: the rows still checked (redteam17 c05, c21)
    expect(analyze('c21-ha-xy-2024-county-of-which-after-total.html').checks.skipped).toBe(0);
  });
  it('其中 after 其中 is a part of the same whole; 自然人 over 小计 | 其中 is read (c20, c22: a note "无法识别" and unread before)', () => {
    expect(says(analyze('c20-ha-ay-2025-county-of-which-of-which.html'), 'map.unmapped')).toEqual([['t3ColumnOfWhich', '其中:国有企业', '企业'], ['t3ColumnOfWhichToo', '其中:中央企业', '企业']]);
    expect(says(analyze('c22-ha-nyy-2024-county-natural-subtotal-of-which.html'), 'map.unmapped')).toEqual([['t3ColumnOfWhich', '其中:律师', '自然人']]);
    expect(raised(analyze('m20-ha-ay-2025-county-of-which-of-which.html')).map((f) => f.suspect?.col)).toEqual([3, 3]);
  });
  it('其他 beside 法人 read as applicants of their own wherever they stand (c11 first, c12 labels in spans, c16 beside a 小计, c17 blank, c18 with a 其中)', () => {
    for (const n of ['c11-fj-np-2024-county-other-first.html', 'c12-fj-sm-2025-county-other-labels-spans.html', 'c16-fj-pt-2024-county-other-applicants-beside-subtotal.html', 'c18-fj-qz-2025-county-other-beside-with-of-which.html']) {
      const a = analyze(n);
      expect(a.figures['t3.granted.otherApplicant']).toBe(3);
      expect([a.checks.failed, a.checks.skipped]).toEqual([0, 0]);
    }
  });
});
