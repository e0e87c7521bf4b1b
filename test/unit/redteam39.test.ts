// @vitest-environment node
/**
 * Red team 39 (session 63, rt95t; test/fixtures/redteam39, written by gen.mjs, EXPECT.md): tb94's table readings
 * attacked. Table 二 one row a <table> as Word, WPS and GBK pages write it; lists of one-row tables that are not
 * table 二; round figures; 总数 columns in other places. c pages are consistent: nothing raised; m pages change
 * one cell, caught on it. Two holes fixed: an item's row of empty cells cut table 二's run (c01: 第（一）项's
 * block unread with no word, m01 missed), and a row half round lost its exact cells (c11, c15: m11, m15 missed;
 * caught before tb94).
 */
import { describe, expect, it } from 'vitest';
import type { CellRef } from '../../lib/types.ts';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('redteam39');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;
const says = (a: ReturnType<typeof analyze>, rule = 'map.unmapped') => a.findings.filter((f) => f.rule === rule).map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');
const t2Keys = (a: ReturnType<typeof analyze>) => Object.keys(a.figures).filter((k) => k.startsWith('t2.')).sort();
const cellOf = (name: string) => (expected[name] as unknown as { cell: CellRef }).cell;

describe('redteam39: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT39_PROBE);
  });
});

describe('redteam39: table 二 one row a <table> as pages write it', () => {
  it('规章\'s row of empty cells (Word\'s <o:p>&nbsp;) is a row of the run: 第（一）项 read (c01: 4 figures of 10 on main, nothing said)', () => {
    const a = analyze('c01-gd-mm-2024-county-t2-one-row-tables-blank-cells.html');
    expect(a.findings).toEqual([]);
    expect(t2Keys(a)).toHaveLength(10);
    expect([a.figures['t2.normativeDocs.newMade'], a.figures['t2.normativeDocs.abolished'], a.figures['t2.normativeDocs.inForce'], a.figures['t2.license.decisions']]).toEqual([4, 1, 63, 1284]);
    const name = 'm01-gd-mm-2024-county-t2-one-row-tables-blank-cells.html';
    const f = raised(analyze(name));
    expect(f.map((x) => x.rule)).toEqual(['text.vs-table']);
    expect(f[0]!.cells).toContainEqual(cellOf(name));
  });
  it('"/", "—", spans and <o:p> in labels, full-width digits, GBK and WPS, <br>s, a 续表, no colspan, table 三\'s run right after: read whole', () => {
    for (const n of ['02-gd-zj-2024-county-t2-one-row-tables-slash-dash', '03-gd-mz-2024-county-t2-one-row-tables-spans-fullwidth', '04-gd-yf-2024-county-t2-one-row-tables-gbk-wps',
      '05-gd-sg-2024-county-t2-one-row-tables-continued', '06-gd-st-2024-county-t2-t3-one-row-tables-abutting', '07-gd-qy-2024-county-t2-one-row-tables-no-colspan']) {
      const a = analyze(`c${n}.html`);
      expect(a.findings).toEqual([]);
      expect(t2Keys(a)).toHaveLength(10);
      expect(a.figures['t2.penalty.decisions']).toBe(316);
      expect(a.figures['t3.new.total']).toBe(150);
      const f = raised(analyze(`m${n}.html`));
      expect(f.map((x) => x.rule)).toEqual(['text.vs-table']);
      expect(f[0]!.cells).toContainEqual(cellOf(`m${n}.html`));
    }
  });
});

describe('redteam39: lists of one-row tables', () => {
  it('an attachment list after table 二\'s run is no part of it (c09); a 主动公开 tally by 第二十条\'s items is read as one more table 二, raising nothing (c08)', () => {
    expect(analyze('c09-gd-jm-2024-county-t2-one-row-tables-list-after.html').findings).toEqual([]);
    expect(t2Keys(analyze('c09-gd-jm-2024-county-t2-one-row-tables-list-after.html'))).toHaveLength(10);
    expect(raised(analyze('c08-gd-hz-2024-county-disclosed-tally-one-row-tables.html'))).toEqual([]);
  });
});

describe('redteam39: round figures', () => {
  it('a row half round keeps its exact cells (c11: 制发 and 废止 dropped with 约60 on main, m11 missed; caught before tb94)', () => {
    const a = analyze('c11-gd-zq-2024-county-t2-row-half-round.html');
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t2RoundFigure', '行政规范性文件', '约60']]);
    expect([a.figures['t2.normativeDocs.newMade'], a.figures['t2.normativeDocs.abolished'], a.figures['t2.normativeDocs.inForce']]).toEqual([4, 1, undefined]);
    const name = 'm11-gd-zq-2024-county-t2-row-half-round.html';
    const f = raised(analyze(name));
    expect(f.map((x) => x.rule)).toEqual(['text.vs-table']);
    expect(f[0]!.cells).toContainEqual(cellOf(name));
  });
  it('a 合计 under it is checked in its exact columns, the round one skipped (c15; m15 missed on main)', () => {
    const a = analyze('c15-gd-zq-2024-county-t2-half-round-over-total.html');
    expect(raised(a)).toEqual([]);
    expect([a.checks.failed, a.checks.skipped]).toEqual([0, 1]);
    const f = raised(analyze('m15-gd-zq-2024-county-t2-half-round-over-total.html'));
    expect(f.map((x) => x.rule)).toEqual(['t2.block-total']);
    expect(f[0]!.cells).toContainEqual(cellOf('m15-gd-zq-2024-county-t2-half-round-over-total.html'));
  });
  it('a 合计 written round is said (c10: passed over in silence on main); round figures in full-width digits raise nothing (c12)', () => {
    const c = analyze('c10-gd-mm-2024-county-t2-round-total.html');
    expect(raised(c)).toEqual([]);
    expect(says(c)).toEqual([['t2RoundFigure', '合计', '330余']]);
    const a = analyze('c12-gd-jy-2024-county-t2-round-fullwidth.html');
    expect(says(a)).toEqual([['t2RoundFigure', '行政许可', '1300余件'], ['t2RoundFigure', '行政处罚', '约300']]);
  });
});

describe('redteam39: 总数 columns', () => {
  it('申请总数 first is 总计 (c13); 法人\'s own 总数 before 总计 is no 总计: since tb97 法人\'s 小计, checked (c14)', () => {
    const a = analyze('c13-ha-zk-2024-county-total-spelled-zongshu-first.html');
    expect([a.figures['t3.new.total'], a.checks.skipped]).toEqual([150, 0]);
    const b = analyze('c14-ha-nyy-2024-county-org-zongshu-then-total.html');
    expect(raised(b)).toEqual([]);
    expect([b.figures['t3.new.total'], b.figures['t3.new.orgSubtotal'], b.checks.skipped]).toEqual([150, 39, 0]);
  });
});

describe('redteam39: what tb94 read anew, attacked further', () => {
  it('a flat header "… 其他 | 总数 | 总计": 总数 is no 总计 beside one — table 三 read as before tb94 (c17: unread on main, m17 missed)', () => {
    const a = analyze('c17-ha-xc-2024-county-flat-header-zongshu-then-total.html');
    expect(raised(a)).toEqual([]);
    // since tb97 the 总数 is 法人's 小计 (its figures the five's sum): 26 → 78 checks, the rows' sums among them
    expect([a.figures['t3.new.total'], a.checks.passed]).toEqual([150, 78]);
    expect(says(a)).toEqual([]);
    expect(raised(analyze('m17-ha-xc-2024-county-flat-header-zongshu-then-total.html')).map((f) => f.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
  });
  it('one-row tables each ending in Word\'s spacer row are one row each: table 二 (c18: said unread on main) and table 三 (c19: not found on main) read', () => {
    const a = analyze('c18-gd-cz-2024-county-t2-one-row-tables-spacer-row.html');
    expect(a.findings).toEqual([]);
    expect(t2Keys(a)).toHaveLength(10);
    const f = raised(analyze('m18-gd-cz-2024-county-t2-one-row-tables-spacer-row.html'));
    expect(f.map((x) => x.rule)).toEqual(['text.vs-table']);
    expect(f[0]!.cells).toContainEqual(cellOf('m18-gd-cz-2024-county-t2-one-row-tables-spacer-row.html'));
    const b = analyze('c19-gd-cz-2024-county-t3-one-row-tables-spacer-row.html');
    expect(b.findings).toEqual([]);
    expect([b.figures['t3.new.total'], b.figures['t3.unable.noInfo.natural']]).toEqual([150, 26]);
    expect(raised(analyze('m19-gd-cz-2024-county-t3-one-row-tables-spacer-row.html')).map((f) => f.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
  });
  it('one-row tables each wrapped in a <div> of their own are next to each other: table 二 read (c20: said unread on main, m20 missed)', () => {
    const a = analyze('c20-gd-hz-2024-county-t2-one-row-tables-each-in-div.html');
    expect(a.findings).toEqual([]);
    expect(t2Keys(a)).toHaveLength(10);
    const f = raised(analyze('m20-gd-hz-2024-county-t2-one-row-tables-each-in-div.html'));
    expect(f.map((x) => x.rule)).toEqual(['text.vs-table']);
    expect(f[0]!.cells).toContainEqual(cellOf('m20-gd-hz-2024-county-t2-one-row-tables-each-in-div.html'));
  });
  it('a round figure in words ("百余件") is said, and the run goes on past it (c22: 第（八）项 unread on main, nothing said); "无" is no figure and no cut (c21)', () => {
    const a = analyze('c22-gd-zj-2024-county-t2-one-row-tables-round-in-words.html');
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t2RoundFigure', '行政强制', '百余件']]);
    expect([a.figures['t2.enforcement.decisions'], a.figures['t2.fees.feeAmount']]).toEqual([undefined, 0]);
    expect(t2Keys(analyze('c21-gd-mm-2024-county-t2-one-row-tables-none-written.html'))).toHaveLength(10);
  });
  it('a unit\'s own item written round under a 合计 leaves the 合计 unchecked, said (c16)', () => {
    const a = analyze('c16-gd-sw-2024-county-t2-local-item-round-over-total.html');
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t2RowSumUnknown', '合计']]);
  });
});
