// @vitest-environment node
/**
 * rt106t (session 65; test/fixtures/rt106t: gen.mjs writes the pages and expected.json, EXPECT.md): a red team of
 * rt103t's relaxed readings — the sixth leaf under 法人或其他组织 read as 总计 where half the rows fit and the header
 * as written fails them all, a column under 总计 blank in every row read as none (t3-org-sum.ts
 * totalBeforeTheSixthLeaf), a blank total in two sums said with the sum whose parts are all written (run-rules.ts).
 * c pages are consistent, m pages carry a report's own mistake.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const folder = redteamFolder('rt106t');
const { expected, pages } = folder;
const seen = new Map<string, ReturnType<typeof folder.analyze>>();
const analyze = (name: string) => seen.get(name) ?? seen.set(name, folder.analyze(name)).get(name)!;
const says = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity === 'info' && f.rule.startsWith('map.') && f.note?.code !== 'missingTable').map((f) => [f.note?.code, ...(f.note?.args ?? [])]);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info');
const at = (a: ReturnType<typeof analyze>) => raised(a).map((f) => [f.rule, f.suspect ? `${f.suspect.row}:${f.suspect.col}` : null]);

describe('rt106t: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT106T_PROBE);
  });
});

describe('rt106t: half the rows (the header failing every row with 自然人)', () => {
  it('the header right and a 总数 of 涉及人次 past 总计: the header holds, the 总数 said (held on main)', () => {
    const a = analyze('c01-zongshu-renci-two-rows.html');
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t3HeaderUnknown', 11]]);
  });
  it('总计 leaving 自然人 out in both its rows, the 人次 fitting one: the mistake said on 总计\'s rows (main: read as 小计 then 总计, 4 errors naming 人次 cells — 「四、结转下年度继续办理」总计（现为3），改为2)', () => {
    const a = analyze('m01-zongshu-renci-total-leaves-natural.html');
    expect(at(a)).toEqual([['t3.row-total', null], ['t3.row-total', null]]);
    expect(raised(a).map((f) => [f.expected, f.actual])).toEqual([[11, 10], [2, 1]]);
    expect(says(a)).toEqual([['t3HeaderUnknown', 11]]);
  });
});

describe('rt106t: the sixth leaf and 总计, one of them never filled', () => {
  it('小计 filled and 总计 left blank: one warning that the totals are missing (main: 13 false t3.row-total errors, 「一、本年新收」总计为10)', () => {
    const a = analyze('c02-sixth-leaf-xiaoji-filled-total-blank.html');
    expect(raised(a).map((f) => [f.rule, f.note?.code])).toEqual([['table.blank-total', 'blankLine']]);
    expect(raised(a)[0]!.note!.args.slice(4, 5)).toEqual([13]);
    expect(says(a)).toEqual([]);
    expect(a.figures['t3.new.orgSubtotal']).toBe(10);
  });
  it('its wrong twin: 小计\'s 予以公开 caught on its cell beside the warning (main: 14 errors, none naming it)', () => {
    expect(at(analyze('m02-sixth-leaf-xiaoji-filled-total-blank.html'))).toEqual([['t3.results-total', '5:9'], ['table.blank-total', null], ['t3.subtotal', '5:9']]);
  });
  it('guard: the header right and a 小计 past 总计 left blank — read as headed, nothing raised (held on main)', () => {
    const a = analyze('c07-total-right-sixth-xiaoji-blank.html');
    expect(raised(a)).toEqual([]);
    expect(says(a)).toEqual([['t3HeaderUnknown', 11]]);
  });
  it.each(['c03-total-blank-sixth-xiaoji-org.html', 'c04-total-blank-sixth-xiaoji-two-rows.html'])('%s: 总计 blank, the sixth a 小计 (the five\'s sum) — not taken for 总计: one warning, the 小计 said (held on main)', (name) => {
    const a = analyze(name);
    expect(raised(a).map((f) => f.rule)).toEqual(['table.blank-total']);
    expect(says(a)).toEqual([['t3HeaderUnknown', 11]]);
  });
});

describe('rt106t: a blank total in two sums (run-rules.ts), held on main', () => {
  it('only 「（七）总计」\'s 总计 blank: one warning, its sum 50', () => {
    const f = raised(analyze('c05-total7-total-blank.html'));
    expect(f.map((x) => [x.rule, x.note?.args.at(-1)])).toEqual([['table.blank-total', 50]]);
  });
  it('both sums written and disagreeing (予以公开\'s 总计 one too many): the first said (the column\'s 51), the row\'s mistake its own error', () => {
    const f = raised(analyze('m05-total7-blank-granted-total-wrong.html'));
    expect(f.map((x) => x.rule)).toEqual(['table.blank-total', 't3.row-total']);
    expect(f[0]!.message).toContain('其分项之和为51');
  });
  it('both sums with a blank: the first said (the column\'s, its blank read as 0), the other blanks each said', () => {
    const f = raised(analyze('c06-total7-blank-both-sums-blank.html'));
    expect(f.map((x) => x.rule)).toEqual(['table.blank-total', 'table.blank-total']);
    expect(f[0]!.message).toContain('41、25');
  });
});

describe('rt106t: left, pinned', () => {
  it('the 人次 apart only in the rows holding 自然人 (m03): its figures are rt103t m01\'s, read as 小计 then 总计 — the mistake said on the 人次 cell', () => {
    expect(at(analyze('m03-zongshu-renci-apart-only-natural-rows.html'))).toEqual([['t3.balance', '27:10'], ['t3.row-total', '27:10']]);
  });
  it('table 四 with an added 合计, one group\'s 总计 blank: one warning (c08); the 合计 wrong beside it is not checked (m08, a miss)', () => {
    expect(raised(analyze('c08-t4-added-total-group-blank.html')).map((f) => f.rule)).toEqual(['table.blank-total']);
    expect(raised(analyze('m08-t4-added-total-group-blank-wrong.html')).map((f) => f.rule)).toEqual(['table.blank-total']);
  });
});
