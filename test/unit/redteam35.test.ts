// @vitest-environment node
/**
 * Red team 35 (session 61, rt85; test/fixtures/redteam35, written by gen.mjs, EXPECT.md): page-level
 * shapes no earlier red team tried — thin spaces, joiners and a space before 件 inside figures, Word's
 * mso-spacerun runs, full-width commas, cells as <input>/<textarea>/links, <thead> repeated in <tfoot>,
 * <caption>/<colgroup> with Word's spacer row, a <table> per row, <div> grids, <pre> text, <details>,
 * <template>, other applicant columns, both years' full sets, table 二 in 万 and with bracketed
 * negatives, table 四 aria-hidden. c pages are consistent: nothing may be raised; m pages change one
 * cell, caught on it.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { expectPage, redteamFolder } from './redteam-pages.ts';
import { checkTable2Counts } from '../../lib/rules/table2-counts.ts';
import { showsUnreadFigure, visibleText } from '../../lib/dom/hidden.ts';
import { applicantOf } from '../../lib/map/t3-columns.ts';
import type { Figure } from '../../lib/types.ts';

const folder = redteamFolder('redteam35');
const { expected, pages } = folder;
// each page read once: the checks below ask again of pages the first block read
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;

describe('redteam35: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT35_PROBE);
  });
});

const notes = (a: ReturnType<typeof analyze>, rule: string) => a.findings.filter((f) => f.rule === rule).map((f) => f.note?.code ?? f.message);

describe('redteam35: what the fixes read', () => {
  it('c19: table 二 counts written in 万 ("1.28万", "0.32万") are no fractions (2 warnings before)', () => {
    expect(notes(analyze('c19-gd-sz-2025-city-table2-wan.html'), 't2.count')).toEqual([]);
  });
  it('a fraction of a count without 万 is still said, and 万 past four decimals too', () => {
    const cell = (raw: string, value: number, decimals: number): Figure => ({ value, blank: false, decimals, raw, ref: { table: 1, row: 6, col: 1 } });
    const counts = (raw: string, value: number, decimals: number) => checkTable2Counts({
      tableIndexes: [1], totals: [], cells: new Map([['license.decisions', cell(raw, value, decimals)]]),
    }).findings.length;
    expect([counts('1.28万', 1.28, 2), counts('1.28 万件', 1.28, 2), counts('１．２８万', 1.28, 2)]).toEqual([0, 0, 0]);
    expect([counts('1.28', 1.28, 2), counts('1.28万元', 1.28, 2), counts('1.23456万', 1.23456, 5)]).toEqual([1, 1, 1]);
  });
  it('m06: figures in read-only <input value> are read (table 三 was not found), the planted cell named', () => {
    const a = analyze('c06-js-nj-2024-district-input-cells.html');
    expect(notes(a, 'map.missing-table')).toEqual([]);
    expect(a.figures['t3.granted.natural']).toBe(58);
  });
  it('a text field shows its value; a checkbox, a hidden field and an image button do not, and the last is drawn', () => {
    const { document } = parseHTML('<table><tr><td id="a"><input value="12"></td><td id="b"><input type="checkbox" value="3"><input type="hidden" value="4"></td><td id="c"><input type="image" src="x.png"></td><td id="d"><input type="text" value=""></td></tr></table>');
    const td = (id: string) => document.getElementById(id) as unknown as Element;
    expect(['a', 'b', 'c', 'd'].map((id) => visibleText(td(id)))).toEqual(['12', '', '', '']);
    expect(['a', 'c', 'd'].map((id) => showsUnreadFigure(td(id)))).toEqual([false, true, false]);
  });
  it('c16/m16: 法人 split as 企业 | 社会组织 | 其他 is read, its rows added over them (m16 named no cell before)', () => {
    const c = analyze('c16-ha-ay-2024-county-org-split-three.html');
    expect(notes(c, 'map.unmapped')).toEqual([]);
    expect(['commercial', 'research', 'social', 'legal', 'otherOrg'].map((q) => c.figures[`t3.granted.${q}`])).toEqual([9, undefined, 3, undefined, 8]);
    expect(c.checks.skipped).toBe(0);
    expect(applicantOf(['申请人情况', '法人或其他组织', '社会组织'])).toBe('social');
    expect(applicantOf(['申请人情况', '社会组织'])).toBe(null);
  });
  it('what stays unread is said: a <div> grid, <pre> text (one <table> a row is read since tb90: tables-tb90.test.ts)', () => {
    for (const n of ['m12-zj-sx-2025-county-css-grid-divs.html', 'm13-sd-dz-2024-county-pre-tabs.html']) {
      expect(notes(analyze(n), 'map.missing-table')).toHaveLength(1);
    }
    // tables in an <iframe srcdoc>: another document, neither table 三 nor 四 on the page
    expect(notes(analyze('m27-ha-xc-2024-county-tables-in-iframe-srcdoc.html'), 'map.missing-table')).toHaveLength(2);
  });
  it('c17/m17: two columns headed 其他, one under 法人 and one beside it, are told apart (table 三 said unread before, tb90)', () => {
    const c = analyze('c17-fj-pt-2025-county-other-column-outside-org.html');
    expect(notes(c, 'map.unread-table')).toEqual([]);
    expect([c.figures['t3.granted.otherOrg'], c.figures['t3.granted.otherApplicant'], c.figures['t3.granted.total']]).toEqual([3, 2, 81]);
    expect([c.checks.failed, c.checks.skipped]).toEqual([0, 0]);
    // 其他 alone outside 法人 with no 其他 inside it stays 法人's own (the template's columns drawn loose)
    expect(applicantOf(['申请人情况', '其他'])).toBe('otherOrg');
  });
  it('table 二\'s "1.28万" stays 1.28, and the text\'s "1.28万件" is compared with the count it stands for (txt79: a skip "为1.28，不是件数" before)', () => {
    const a = analyze('c19-gd-sz-2025-city-table2-wan.html');
    expect(a.figures['t2.license.decisions']).toBe(1.28);
    expect(a.narrative?.skips?.filter((k) => /万件/.test(k.quote ?? ''))).toBeUndefined();
    expect(a.narrative?.failed).toBe(0);
  });
});
