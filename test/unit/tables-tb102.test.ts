// @vitest-environment node
/**
 * tb102 (session 65; test/fixtures/tb102: gen-real.mjs writes the real pages (EXPECT.md: their addresses), gen-rt.mjs
 * the red team's and expected.json, EXPECT.md). Part 1: real tables 二/三/四 as portals publish them, rebuilt with
 * their figures and markup — none raises anything; two were misread (徐闻县司法局's 商业企业 | 科研机构 broken over two
 * header rows: 科研机构 unknown, a mistake there missed; 二酉苗族乡's "本年增/": six columns unknown). Part 2: a third
 * red team of session 64's table readings — a sixth leaf under the group pushed past 总计 (13 false t3.row-total
 * errors a page), 总计 left blank in every row (13 false errors, "总计为0"). c pages consistent, m pages one figure changed.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('tb102');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;
const says = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity === 'info' && f.rule.startsWith('map.') && f.note?.code !== 'missingTable').map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');
const checks = (a: ReturnType<typeof analyze>) => [a.checks.passed, a.checks.failed, a.checks.skipped];
const REAL = pages.filter((p) => p.startsWith('r'));

describe('tb102: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.TB102_PROBE);
  });
});

describe('tb102: real tables as published (EXPECT.md)', () => {
  it('28 tables on 20 pages: none raises an error or a warning', () => {
    expect(REAL.length).toBe(20);
    for (const name of REAL) expect([name, raised(analyze(name))]).toEqual([name, []]);
  });
  it('徐闻县司法局: 商业 | 科研 over 企业 | 机构 is read as 商业企业 and 科研机构 (main: column 6 unknown, 21 checks)', () => {
    const a = analyze('r05-xuwen-sifaju.html');
    expect(says(a)).toEqual([]);
    expect(checks(a)).toEqual([48, 0, 0]);
  });
  it('its wrong twin, 科研机构\'s 新收 1 beside 总计 0, is caught (main: missed, the column unknown)', () => {
    expect(raised(analyze('w05-xuwen-sifaju-research-new.html')).map((f) => f.rule)).toEqual(['t3.row-total']);
  });
  it('二酉苗族乡 2020: "本年增/" (减 lost) is 本年增/减 (main: six columns unknown)', () => {
    const a = analyze('r12-yuanling-eryou-2020.html');
    expect(says(a)).toEqual([]);
    expect(a.figures['t2.penalty.change']).toBe(1);
  });
  it('pinned: 杨林镇\'s "本年新 | 本年新" (制作数量 and 公开数量 lost) stays unknown, said', () => {
    expect(says(analyze('r10-hengdong-yanglin-2023.html')).map((x) => x.slice(0, 2))).toEqual([['t2HeaderUnknown', '规章'], ['t2HeaderUnknown', '规章'], ['t2HeaderUnknown', '规范性文件'], ['t2HeaderUnknown', '规范性文件']]);
  });
  it('tables printed with labels only (雄县 2019, 螅镇 2022) raise nothing', () => {
    expect(raised(analyze('r14-xiongxian-xiang-2019.html'))).toEqual([]);
    expect(says(analyze('r14-xiongxian-xiang-2019.html'))).toEqual([['t4NoDataRows']]);
    expect(raised(analyze('r22-jiaxian-xizhen-2022.html'))).toEqual([]);
  });
  it('汉阳区政府办 2022, its table 三 as its text gives it: every check passes', () => {
    expect(checks(analyze('r02-hanyang-qzfb-2022.html'))).toEqual([47, 0, 0]);
  });
});

describe('tb102: a sixth leaf under the group pushed past 总计 (main: 13 false t3.row-total errors a page)', () => {
  it.each(['c01-bureau-group-five-sixth-leaf-after-total.html', 'c02-bureau-group-five-sixth-leaf-zongshu.html', 'c12-bureau-sixth-leaf-xubiao-by-rows.html'])('%s: 总计 over the five\'s sum read as 小计, the sixth as 总计', (name) => {
    const a = analyze(name);
    expect(a.findings).toEqual([]);
    expect(checks(a)).toEqual([78, 0, 0]);
    expect([a.figures['t3.new.total'], a.figures['t3.new.orgSubtotal']]).toEqual([50, 10]);
  });
  it('a mistake on them is caught on its cell (m01, m02, m12 split by 续表; main: 14 errors, none naming a cell)', () => {
    for (const [name, row] of [['m01-bureau-group-five-sixth-leaf-after-total.html', 5], ['m02-bureau-group-five-sixth-leaf-zongshu.html', 5], ['m12-bureau-sixth-leaf-xubiao-by-rows.html', 3]] as const) {
      const f = raised(analyze(name));
      expect(f.map((x) => x.rule).sort()).toEqual(['t3.results-total', 't3.row-total', 't3.subtotal']);
      expect(f.every((x) => x.suspect?.row === row && x.suspect.col === 4)).toBe(true);
    }
  });
  it('guard: the sixth leaf past 总计 whose figures follow the header (总计 the whole) is read as it stands, 小计 said unknown (c08)', () => {
    const a = analyze('c08-bureau-sixth-leaf-figures-as-headed.html');
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t3HeaderUnknown', 11]]);
  });
  it('guard: a 总数 past 总计 counting something else stays unknown (c07)', () => {
    expect(says(analyze('c07-bureau-zongshu-past-total-items.html'))).toEqual([['t3HeaderUnknown', 11]]);
  });
});

describe('tb102: 总计 left blank in every row (main: 13 false t3.row-total errors, "总计为0")', () => {
  it.each(['c03-bureau-total-column-blank.html', 'c13-bureau-total-blank-xubiao-by-rows.html'])('%s: one warning that the totals are missing, no error', (name) => {
    const a = analyze(name);
    expect(raised(a).map((f) => [f.rule, f.severity])).toEqual([['table.blank-total', 'warning']]);
    expect(checks(a)).toEqual([38, 0, 13]);
  });
  it('m03: its 自然人 mistake caught by the column\'s sums', () => {
    expect(raised(analyze('m03-bureau-total-column-blank.html')).map((f) => f.rule).sort()).toEqual(['t3.results-total', 'table.blank-total']);
  });
  it('guard: a table with every cell blank says nothing of totals (雄县 2019)', () => {
    expect(analyze('r14-xiongxian-xiang-2019.html').findings.filter((f) => f.rule === 'table.blank-total')).toEqual([]);
  });
});

describe('tb102: shapes that hold on main (guards)', () => {
  it.each([
    ['c04-county-then-town-no-natural.html', [63, 0, 0]],
    ['c05-county-then-town-two-rows.html', [90, 0, 0]],
    ['c06-bureau-qita-holds-total.html', [24, 0, 25]],
    ['c09-town-no-natural-total-blank.html', [24, 0, 0]],
    ['c10-bureau-t4-heji-at-end.html', [52, 0, 0]],
    ['c11-bureau-t2-heji-row.html', [54, 0, 0]],
    ['c14-bureau-t4-xiaoji-at-end.html', [52, 0, 0]],
    ['c15-bureau-t2-xiaoji-at-end.html', [51, 0, 1]],
  ])('%s: nothing raised', (name, want) => {
    const a = analyze(name);
    expect(raised(a)).toEqual([]);
    expect(checks(a)).toEqual(want);
  });
  it('their wrong twins are caught (m04–m06, m09–m11, m14)', () => {
    for (const name of ['m04-county-then-town-no-natural.html', 'm05-county-then-town-two-rows.html', 'm06-bureau-qita-holds-total.html', 'm09-town-no-natural-total-blank.html', 'm10-bureau-t4-heji-at-end.html', 'm11-bureau-t2-heji-row.html', 'm14-bureau-t4-xiaoji-at-end.html']) {
      expect([name, raised(analyze(name)).length > 0]).toEqual([name, true]);
    }
  });
});
