// @vitest-environment node
/**
 * tb94 (session 63; test/fixtures/tb94, written by gen.mjs, EXPECT.md): tables session 62 left unread or
 * said wrongly. Table 二 written one row a <table> (red team 37 c24: unread with no word) is stitched and
 * read; a table taken for table 二 that gives no figure says so; a 其中 column after 总计 (c21) is said a
 * part of 总计, not "表头无法识别"; table 二's round figures ("约1.3万", red team 36 c16) are never read as
 * exact, a 合计 over one left unchecked (a false t2.block-total error on main), and each is said.
 * c pages are consistent: nothing raised; m pages change one cell, caught on it.
 */
import { describe, expect, it } from 'vitest';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';
import { mapTable2 } from '../../lib/map/map-table2.ts';
import type { Finding } from '../../lib/types.ts';
import type { CellRef } from '../../lib/types.ts';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('tb94');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;
const rt37 = redteamFolder('redteam37');
const says = (a: ReturnType<typeof analyze>, rule = 'map.unmapped') => a.findings.filter((f) => f.rule === rule).map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');
const t2Keys = (a: ReturnType<typeof analyze>) => Object.keys(a.figures).filter((k) => k.startsWith('t2.')).sort();

describe('tb94: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.TB94_PROBE);
  });
});

describe('tb94: table 二 one row a <table>', () => {
  it('is read whole before table 三\'s run, and its figures are the table\'s (c01, red team 37 c24: no figure of table 二 on main, nothing said)', () => {
    for (const a of [analyze('c01-gd-sw-2024-county-t2-t3-one-row-tables.html'), rt37.analyze('c24-gd-sw-2024-county-one-row-tables-t2-before.html')]) {
      expect(a.findings).toEqual([]);
      expect(t2Keys(a)).toHaveLength(10);
      expect([a.figures['t2.normativeDocs.newMade'], a.figures['t2.license.decisions'], a.figures['t2.enforcement.decisions'], a.figures['t2.fees.feeAmount']]).toEqual([4, 1284, 12, 0]);
      // table 三's run after it starts at its own heading: its figures as ever
      expect([a.figures['t3.new.total'], a.figures['t3.unable.noInfo.natural']]).toEqual([150, 26]);
    }
  });
  it('a figure the text restates, changed in its one-row table, is caught on that table\'s cell (m01: missed on main)', () => {
    const name = 'm01-gd-sw-2024-county-t2-t3-one-row-tables.html';
    const f = raised(analyze(name));
    expect(f.map((x) => x.rule)).toEqual(['text.vs-table']);
    expect(f[0]!.cells).toContainEqual((expected[name] as unknown as { cell: CellRef }).cell);
  });
  it('a unit\'s own item and a 合计 stay in the run, the 合计 checked on its cell (c02, m02: table 二 unread on main)', () => {
    const c = analyze('c02-gd-hz-2024-county-t2-one-row-tables-block-total.html');
    expect(raised(c)).toEqual([]);
    expect(c.checks.failed).toBe(0);
    expect(c.checks.passed).toBe(52); // 42 on main: table 二's 合计 and 规范性文件's 9 figures' counts
    const name = 'm02-gd-hz-2024-county-t2-one-row-tables-block-total.html';
    const f = raised(analyze(name));
    expect(f.map((x) => x.rule)).toEqual(['t2.block-total']);
    expect(f[0]!.cells).toContainEqual((expected[name] as unknown as { cell: CellRef }).cell);
  });
  it('a tally headed 信息内容 as one-row tables (no 第二十条 heading) is no table 二: the real one read as before (c03)', () => {
    const a = analyze('c03-gd-hy-2024-county-tally-one-row-tables-before-t2.html');
    expect(a.findings).toEqual([]);
    expect(a.checks.passed).toBe(51);
    expect(a.figures['t2.license.decisions']).toBe(1284);
  });
  it('a table taken for table 二 whose rows give no figure is said unread, not read as an empty table 二', () => {
    const doc = parsePage(decodeHtml(new TextEncoder().encode('<html><body><table><tr><td colspan="2">第二十条第（八）项</td></tr><tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr></table></body></html>')).text);
    const notes: Finding[] = [];
    const t2 = mapTable2([parseGrid(doc.querySelector('table')!, 0)], notes);
    expect(t2?.cells.size).toBe(0);
    expect(notes.map((f) => [f.rule, f.note?.code])).toEqual([['map.unread-table', 't2NoFigures']]);
    expect(notes[0]!.message).toBe('表二没有读到任何数字，未参与校验');
  });
});

describe('tb94: a 其中 column after 总计', () => {
  it('is said a part of 总计, not a header not told; the rows still checked (red team 37 c21, c04)', () => {
    expect(says(rt37.analyze('c21-ha-xy-2024-county-of-which-after-total.html'))).toEqual([['t3ColumnOfWhich', '其中:网上申请', '总计']]);
    const a = analyze('c04-ha-xy-2024-county-two-of-which-after-total.html');
    expect(says(a)).toEqual([['t3ColumnOfWhich', '其中:网上申请', '总计'], ['t3ColumnOfWhichToo', '其中:信函申请', '总计']]);
    expect([a.checks.failed, a.checks.skipped]).toEqual([0, 0]);
    expect(raised(analyze('m04-ha-xy-2024-county-two-of-which-after-total.html')).map((f) => f.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
  });
});

describe('tb94: 总计 spelled 总数', () => {
  it('the last column headed 总数 under no group is 总计: table 三 read, its rows checked (c07, m07: table 三 said unread on main)', () => {
    const a = analyze('c07-ha-zk-2024-county-total-spelled-zongshu.html');
    expect(a.findings).toEqual([]);
    expect([a.figures['t3.new.total'], a.checks.passed, a.checks.skipped]).toEqual([150, 51, 0]);
    expect(raised(analyze('m07-ha-zk-2024-county-total-spelled-zongshu.html')).map((f) => f.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
  });
});

describe('tb94: table 二\'s round figures', () => {
  it('a round figure over a 合计 leaves the 合计 unchecked, said (c05: a false t2.block-total error 352 ≠ 52 on main)', () => {
    const a = analyze('c05-gd-mm-2024-county-t2-round-figure-over-total.html');
    expect(raised(a)).toEqual([]);
    expect(a.checks.skipped).toBe(1);
    expect(says(a)).toEqual([['t2RoundFigure', '行政处罚', '约300'], ['t2RowUnknown', '行政检查']]);
    expect(a.figures['t2.penalty.decisions']).toBeUndefined();
  });
  it('a round figure in table 二 written one row a table keeps the run whole, and is said (c08)', () => {
    const a = analyze('c08-gd-sg-2024-county-t2-one-row-tables-round-figure.html');
    expect(says(a)).toEqual([['t2RoundFigure', '行政处罚', '约300']]);
    expect([a.figures['t2.penalty.decisions'], a.figures['t2.enforcement.decisions'], a.figures['t2.fees.feeAmount']]).toEqual([undefined, 12, 0]);
  });
  it('each round figure is said and never read; an exact one in 万 is (c06, red team 36 c16)', () => {
    const a = analyze('c06-gd-zj-2024-county-t2-round-figures.html');
    expect(says(a)).toEqual([['t2RoundFigure', '行政许可', '1300余件'], ['t2RoundFigure', '行政处罚', '近300']]);
    expect([a.figures['t2.license.decisions'], a.figures['t2.penalty.decisions'], a.figures['t2.enforcement.decisions']]).toEqual([undefined, undefined, 0.5]); // in 万, as the cell says (rt85)
  });
});
