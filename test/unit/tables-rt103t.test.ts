// @vitest-environment node
/**
 * rt103t (session 65; test/fixtures/rt103t: gen.mjs writes the pages and expected.json, EXPECT.md): a red team of
 * tb102's readings — the sixth leaf under 法人或其他组织 read as 小计 then 总计 (t3-org-sum.ts totalBeforeTheSixthLeaf),
 * a 总计 column blank in every row read as a missing total (t3-blank-columns.ts), 商业 | 科研 over 企业 | 机构 joined
 * (t3-columns.ts splitOverRows). c pages are consistent, m pages one figure changed (m09: 小计 wrong in most rows).
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('rt103t');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;
const says = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity === 'info' && f.rule.startsWith('map.') && f.note?.code !== 'missingTable').map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');
const checks = (a: ReturnType<typeof analyze>) => [a.checks.passed, a.checks.failed, a.checks.skipped];

describe('rt103t: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT103T_PROBE);
  });
});

describe('rt103t: the sixth leaf past 总计 (totalBeforeTheSixthLeaf)', () => {
  it('left blank (小计 never filled): no warning that the totals are missing, the grand total under the sixth read (main: a false table.blank-total warning over 13 cells, 13 checks skipped)', () => {
    const a = analyze('c07-sixth-leaf-blank.html');
    expect(raised(a)).toEqual([]);
    expect(checks(a)).toEqual([51, 0, 0]);
    expect(a.figures['t3.new.total']).toBe(50);
    // the blank column under 总计 is said, not read
    expect(says(a)).toEqual([['t3HeaderUnknown', 10]]);
  });
  it('its wrong twin is caught on its cell (main: results-total alone, no cell named)', () => {
    expect(raised(analyze('m07-sixth-leaf-blank.html')).map((f) => [f.rule, f.suspect?.row, f.suspect?.col])).toEqual([['t3.results-total', 5, 3], ['t3.row-total', 5, 3]]);
  });
  it.each(['c01-sixth-leaf-natural-two-rows.html', 'c02-sixth-leaf-natural-three-rows.html', 'c03-sixth-leaf-five-zero.html', 'c08-two-tables-sixth-leaf.html'])('%s: consistent, every check passes (held on main)', (name) => {
    const a = analyze(name);
    expect(a.findings).toEqual([]);
    expect(checks(a)[1]).toBe(0);
  });
  it('自然人 in two or three rows, one cell wrong: caught on that cell (main: the header kept, every such row\'s "总计" said wrong — 总计为10, the five\'s sum — no cell named)', () => {
    const m01 = raised(analyze('m01-sixth-leaf-natural-two-rows.html'));
    expect(m01.map((f) => [f.rule, f.suspect?.row, f.suspect?.col])).toEqual([['t3.balance', 3, 3], ['t3.row-total', 3, 3]]);
    const m02 = raised(analyze('m02-sixth-leaf-natural-three-rows.html'));
    expect(m02.map((f) => [f.rule, f.suspect?.row, f.suspect?.col])).toEqual([['t3.results-total', 5, 10], ['t3.row-total', 5, 10]]);
    expect(says(analyze('m01-sixth-leaf-natural-two-rows.html'))).toEqual([]);
  });
  it('总计 blank and a 总数 past it counting something else, fitting half the rows by chance: not read as 总计 — the totals said missing (c29; with half enough: 8 false errors)', () => {
    const a = analyze('c29-total-blank-zongshu-items.html');
    expect(raised(a).map((f) => f.rule)).toEqual(['table.blank-total']);
    expect(says(a)).toEqual([['t3HeaderUnknown', 11]]);
  });
  it.each(['c24-sixth-leaf-spaced-label.html', 'c25-sixth-leaf-padding-cell.html', 'c28-sixth-leaf-2019.html'])('%s: read as 小计 then 总计, every check passes (held on main)', (name) => {
    const a = analyze(name);
    expect(a.findings).toEqual([]);
    expect(checks(a)[1]).toBe(0);
  });
  it('no 自然人 figures (c26): nothing raised, the sixth said; the sixth and 总计 both blank (c27): the totals missing, one warning', () => {
    expect(raised(analyze('c26-sixth-leaf-no-natural-figures.html'))).toEqual([]);
    expect(raised(analyze('c27-sixth-leaf-and-total-blank.html')).map((f) => f.rule)).toEqual(['table.blank-total']);
  });
  it('a true 小计 wrong in most rows is still caught, the header kept (m09: 15 errors)', () => {
    expect(raised(analyze('m09-sixth-leaf-xiaoji-wrong-most.html')).length).toBe(15);
  });
  it('guards: a sixth column that is something else stays as read (其中：涉企 a part, 外地申请人 unknown); spans lost: unread, said', () => {
    expect(says(analyze('c04-sixth-qizhong-sheqi.html'))).toEqual([['t3ColumnOfWhich', '其中:涉企', '总计']]);
    expect(says(analyze('c05-sixth-waidi.html'))).toEqual([['t3HeaderUnknown', 11]]);
    expect(says(analyze('c06-sixth-leaf-spans-lost.html'))).toEqual([['t3ColumnsUnread']]);
    for (const n of ['c04-sixth-qizhong-sheqi.html', 'c05-sixth-waidi.html', 'c06-sixth-leaf-spans-lost.html']) expect([n, raised(analyze(n))]).toEqual([n, []]);
  });
});

describe('rt103t: a blank 总计 column (t3-blank-columns.ts), held on main', () => {
  it.each([
    ['c10-total-blank-natural-only.html', 13, []],
    ['c11-total-slash.html', 13, ['/']],
    ['c12-total-dash.html', 13, ['—']],
    ['c19-town-natural-few-total-blank.html', 3, []],
    ['c20-total-and-five-blank.html', 13, []],
  ] as const)('%s: one warning, the totals missing, as the page writes them', (name, count, marks) => {
    const f = raised(analyze(name));
    expect(f.map((x) => [x.rule, x.severity, x.note?.code])).toEqual([['table.blank-total', 'warning', 'blankLine']]);
    const args = f[0]!.note!.args;
    expect(args.slice(4, 7 + marks.length)).toEqual([count, marks.length ? 0 : 1, marks.length, ...marks]);
  });
  it('a 续表 whose 总计 is blank, the first part\'s filled: one warning of 7 cells, 「（七）总计」 said with its row\'s sum 50 (main: two warnings, the column\'s sum 34 reading the blank results as 0)', () => {
    const f = raised(analyze('c13-xubiao-second-total-blank.html'));
    expect(f.map((x) => [x.rule, x.note?.code])).toEqual([['table.blank-total', 'blankLine']]);
    expect(f[0]!.note!.args.slice(4, 12)).toEqual([7, 1, 0, 3, 't3r', 'processed', 50, 't3r']);
  });
  it('0 in every cell with 总计 blank (nothing applied for) says nothing', () => {
    expect(analyze('c18-all-zero-total-blank.html').findings).toEqual([]);
  });
  it('table 四\'s blank 总计 beside filled parts: one warning each where its parts are not 0', () => {
    expect(raised(analyze('c14-t4-totals-blank.html')).map((f) => f.note?.args.slice(0, 3))).toEqual([['t4cell', 'review', 'total'], ['t4cell', 'suitDirect', 'total']]);
  });
});

describe('rt103t: two-row headers (splitOverRows), held on main', () => {
  it.each(['c15-group-over-five-four-rows.html', 'c16-split-social-legal.html', 'c17-group-six-xiaoji-blank.html'])('%s: read, nothing raised', (name) => {
    const a = analyze(name);
    expect(raised(a)).toEqual([]);
    expect(checks(a)).toEqual([51, 0, 0]);
  });
});

describe('rt103t: table 二\'s cut labels in the 2019 form (labels.ts), held on main', () => {
  it('"本年增" alone is 本年增/减, read', () => {
    const a = analyze('c22-t2-2019-bennian-zeng.html');
    expect(a.findings.filter((f) => f.severity !== 'info' || f.rule.startsWith('map.'))).toEqual([]);
    expect([a.figures['t2.penalty.change'], a.figures['t2.license.change']]).toEqual([1, -1]);
  });
  it('"本年增加" and "本年新增" stay unknown, said — nothing raised', () => {
    expect(says(analyze('c21-t2-2019-bennian-zengjia.html')).map((x) => x[3])).toEqual(Array(6).fill('本年增加'));
    expect(says(analyze('c23-t2-2019-bennian-xinzeng.html')).map((x) => x[3])).toEqual(['本年新增', '本年新增']);
    for (const n of ['c21-t2-2019-bennian-zengjia.html', 'c23-t2-2019-bennian-xinzeng.html']) expect([n, raised(analyze(n))]).toEqual([n, []]);
  });
});
