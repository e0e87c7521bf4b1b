// @vitest-environment node
/**
 * Red team 36 (session 61, rt87; test/fixtures/redteam36, written by gen.mjs, EXPECT.md): rt85's three
 * fixes attacked, false flags first — forms with their own fewer 法人 columns, figures in form fields,
 * 万 in tables 二 and 三. c pages are consistent: nothing may be raised; m pages change one cell, caught on it.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { expectPage, redteamFolder } from './redteam-pages.ts';
import { visibleText } from '../../lib/dom/hidden.ts';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../lib/analyze.ts';
import { parsePage } from '../../cli/load-page.ts';

const folder = redteamFolder('redteam36');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;

describe('redteam36: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT36_PROBE);
  });
});

const notes = (a: ReturnType<typeof analyze>, rule: string) => a.findings.filter((f) => f.rule === rule).map((f) => f.note?.code ?? f.message);
const cellText = (html: string) => {
  const { document } = parseHTML(`<table><tr><td id="x">${html}</td></tr></table>`);
  return visibleText(document.getElementById('x') as unknown as Element);
};

describe('redteam36: what the fixes read', () => {
  it('a field beside a figure written as text is an editor\'s copy: the text alone is read (c15: 19 errors before, "58" read 5858)', () => {
    expect(cellText('<span class="v">58</span><input type="text" class="cell-edit" value="58">')).toBe('58');
    expect(cellText('12<input type="number" value="7">')).toBe('12');
    // a field holding the figure, text beside it that holds no digit: the field's value in its place
    expect(cellText('<input readonly value="58"> 件')).toBe('58 件');
    expect(cellText('约<input readonly value="3">件')).toBe('约3件');
    // a placeholder is no value: the cell is blank
    expect(cellText('<input readonly placeholder="0">')).toBe('');
    const c15 = analyze('c15-js-sq-2024-district-figure-beside-class-hidden-field.html');
    expect(c15.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(c15.figures['t3.granted.natural']).toBe(58);
  });
  it('a drop-down shows its chosen option, not every option (c11: table 三 not found before)', () => {
    expect(cellText('<select disabled><option value="">请选择</option><option selected>58</option></select>')).toBe('58');
    expect(cellText('<select><option>3</option><option>4</option></select>')).toBe('3');
    expect(cellText('<select multiple><option selected>3</option><option selected>4</option></select>')).toBe('');
    const c11 = analyze('c11-js-cz-2024-county-select-cells.html');
    expect(notes(c11, 'map.missing-table')).toEqual([]);
    expect(c11.figures['t3.granted.natural']).toBe(58);
  });
  it('a count in 万 in table 三 is no figure of it: its sums said unchecked (c17: 10 errors before)', () => {
    const a = analyze('c17-gd-sz-2025-city-bureau-table3-wan.html');
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect([a.figures['t3.granted.natural'], a.figures['t3.granted.commercial']]).toEqual([undefined, 11]);
    expect(a.checks.skipped).toBeGreaterThan(0);
  });
  it('table 二 keeps its counts in 万 (rt85), and reads neither "1.2万余" nor "约1.3万" as a count (c16), saying so (tb94)', () => {
    const a = analyze('c16-gd-gz-2025-city-bureau-table2-wan-approx.html');
    expect(a.findings.map((f) => [f.severity, f.note?.code, ...(f.note?.args ?? [])])).toEqual([['info', 't2RoundFigure', '行政许可', '1.2万余'], ['info', 't2RoundFigure', '行政处罚', '约1.3万']]);
    const t2 = Object.keys(a.figures).filter((k) => /^t2\.(?:license|penalty|enforcement)/.test(k));
    expect(t2.map((k) => a.figures[k])).toEqual([0.5]);
  });
  it('法人 spanning fewer columns than its children: the labels past 总计 are out of line, table 三 said unread (c05: 10 errors before)', () => {
    const a = analyze('c05-ha-ny-2024-county-own-org-span-short.html');
    expect(notes(a, 'map.unread-table')).toHaveLength(1);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // 总计 first and the columns in another order are no header out of line (c07 read, its rows checked)
    expect(analyze('m07-ha-kf-2024-county-own-org-total-first.html').findings.filter((f) => f.rule === 't3.row-total')).toHaveLength(1);
  });
  it('a form\'s own 法人 columns with a 其中 column after 企业: its rows added over the others (m01: results-total on no cell before)', () => {
    const m = analyze('m01-ha-xx-2024-county-own-org-with-of-which.html');
    expect(m.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.suspect?.col])).toEqual([['t3.results-total', 3], ['t3.row-total', 3]]);
    // the 其中 column's note says what it is, a part of 企业 left out of the rows' sums (tb90: "表头无法识别" before)
    const c = analyze('c01-ha-xx-2024-county-own-org-with-of-which.html');
    expect(c.findings.filter((f) => f.rule === 'map.unmapped').map((f) => [f.note?.code, ...(f.note?.args ?? [])])).toEqual([['t3ColumnOfWhich', '其中:国有企业', '企业']]);
  });
  it('a form\'s own 法人 columns with their 小计: rows added through it, the 小计 over the columns it has (m02: results-total on no cell before)', () => {
    const m = analyze('m02-ha-pds-2025-county-own-org-with-subtotal.html');
    expect(m.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.suspect?.col])).toEqual([['t3.results-total', 3], ['t3.row-total', 3]]);
    const c = analyze('c02-ha-pds-2025-county-own-org-with-subtotal.html');
    expect([c.checks.failed, c.checks.skipped]).toEqual([0, 0]);
  });
  it('a 法人 column whose label is blank is no 小计 of a form\'s own columns (the dump\'s fuzzed page: 8 false errors on a first try)', () => {
    const html = readFileSync(new URL('c03-ha-zk-2024-county-own-org-other-orgs.html', folder.dir), 'utf8').replace('>社会组织<', '><');
    const a = analyzeDocument(parsePage(html), { url: 'https://www.example.gov.cn/c03-blank.html' });
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('其他 outside 法人 beside a form\'s own columns: the rows checked through it (m04: one identity, no cell before; tb90)', () => {
    expect(analyze('m04-ha-sq-2025-county-own-org-other-applicants-beside.html').findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.suspect?.col])).toEqual([['t3.results-total', 3], ['t3.row-total', 3]]);
    const c = analyze('c04-ha-sq-2025-county-own-org-other-applicants-beside.html');
    expect([c.checks.passed, c.checks.failed, c.checks.skipped]).toEqual([47, 0, 0]);
  });
});
