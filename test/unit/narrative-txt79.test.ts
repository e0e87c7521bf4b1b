// @vitest-environment node
/**
 * txt79 (session 61): readings of the text that earlier sessions left pinned.
 * - Table 二's counts written in 万 (red team 35 c19, "1.28万"): the text is compared with the count the cell stands for,
 *   within the digits both show (lib/narrative/t2-in-wan.ts); before, "为1.28，不是件数" (a skip with the wrong reason),
 *   and a 分别 list was compared with 1.28 itself. Pages: test/fixtures/txt79 (gen.mjs, from c19; Word's spans, <o:p>,
 *   full-width digits).
 * - Last year's figure after a colon in the change's bracket ("同比增长14.8%（2021年：54件）", rt74 entry 46): read as
 *   "（2021年为54件）" is (year-on-year.ts COLON_BASE).
 * - A bare "与2023年相比，" lead opening the sentence, this year's count right after it with its change and growth
 *   ("与2023年相比，本年度新收申请62件，增加8件，增幅14.8%"): read (yoy-base-clause.ts afterLead); a change before its count
 *   (rt78's 116) or after another count stays unread.
 * - The second of two comparisons of one count, right after the first ("62件，较2022年（45件）增长37.8%，较2023年（54件）
 *   增长14.8%", rt78's 131): read of the first's count (year-on-year.ts checkChanges' chain); only the first before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { countInWan } from '../../lib/rules/table2-counts.ts';
import { checksOf, findingKeys, runProse } from './narrative-tables.ts';
import { rt74Page } from './narrative-rt74-sentences.ts';
import { rt78Page } from './narrative-rt78-sentences.ts';

const dir = new URL('../fixtures/txt79/', import.meta.url);
const seen = new Map<string, ReturnType<typeof analyzeDocument>>();
const page = (name: string) => {
  let a = seen.get(name);
  if (!a) seen.set(name, (a = analyzeDocument(parsePage(decodeHtml(readFileSync(new URL(name, dir))).text), { url: `https://www.example.gov.cn/${name}` })));
  return a;
};
const keys = (a: ReturnType<typeof page>) => a.findings.map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const wanSkips = (a: ReturnType<typeof page>) => (a.narrative?.skips ?? []).filter((k) => /表二/.test(k.detail ?? ''));

describe('table 二 in 万: the text against the count the cell stands for', () => {
  // (c19 itself, "1.28万件" against "1.28万": redteam35.test.ts)
  it.each(['c01-wan-cell-text-in-full.html', 'c02-wan-cell-text-coarser.html', 'c03-wan-cell-respectively.html'])(
    '%s: consistent, nothing raised, nothing skipped (the figure stays the page\'s 1.28)',
    (name) => {
      const a = page(name);
      expect(keys(a)).toEqual([]);
      expect(wanSkips(a)).toEqual([]);
      expect(a.figures['t2.license.decisions']).toBe(1.28);
      expect(a.figures['t2.penalty.decisions']).toBe(0.32);
    },
  );
  it.each([
    // 1.35万 (13,450–13,550) and １３５００ against 1.28万 (12,750–12,900); 0.42万 against 0.32万 in a 分别 list
    ['m01-wan-cell-text-wan-wrong.html', 'text.vs-table:error:1.28:1.35', /1\.35万件，表二“行政许可”的“本年处理决定数量”为1\.28万件/],
    ['m02-wan-cell-text-full-wrong.html', 'text.vs-table:error:1.28:1.35', /１３５００件，表二“行政许可”的“本年处理决定数量”为1\.28万件/],
    ['m03-wan-cell-respectively-wrong.html', 'text.vs-table:error:0.32:0.42', /0\.42万件，表二“行政处罚”的“本年处理决定数量”为0\.32万件/],
  ])('%s: the one wrong count', (name, key, message) => {
    const a = page(name);
    expect(keys(a)).toEqual([key]);
    expect(a.findings[0]!.message).toMatch(message);
    expect(a.findings[0]!.cells).toHaveLength(1);
    expect(wanSkips(a)).toEqual([]);
  });
  it('the consistent sentences are compared, not passed over: each a pass the wrong twin lacks', () => {
    const [c, m] = [page('c01-wan-cell-text-in-full.html').narrative!, page('m02-wan-cell-text-full-wrong.html').narrative!];
    expect([c.passed - m.passed, m.failed - c.failed]).toEqual([1, 1]);
  });
  it('a count cut short is a count too: 12,890 written 1.28万 fits (12,750–12,900), 12,950 and 12,740 do not', () => {
    const c01 = decodeHtml(readFileSync(new URL('c01-wan-cell-text-in-full.html', dir))).text;
    const run = (count: string) => keys(analyzeDocument(parsePage(c01.replace('>12800<', `>${count}<`)), { url: 'https://www.example.gov.cn/c01.html' }));
    expect([run('12890'), run('12750'), run('12950'), run('12740')]).toEqual([
      [], [], ['text.vs-table:error:1.28:1.295'], ['text.vs-table:error:1.28:1.274'],
    ]);
  });
  it('a count in 万 is what countInWan says; a fraction without 万, or past four decimals, is none', () => {
    const f = (raw: string, value: number, decimals: number) => countInWan({ raw, value, decimals });
    expect([f('1.28万', 1.28, 2), f('0.32万件', 0.32, 2), f('1.2万', 1.2, 1)]).toEqual([true, true, true]);
    expect([f('12.5', 12.5, 1), f('1.234567万', 1.234567, 6), f('1万', 1, 0)]).toEqual([false, false, false]);
  });
});

describe('last year\'s figure after a colon in the change\'s bracket', () => {
  const t = (growth: string, bracket: string) => `全年新收政府信息公开申请62件，同比增长${growth}%（${bracket}54件）。`;
  it.each(['2021年：', '上年：', '2021年度：', '上年同期:'])('"（%s54件）": the base read, 14.8%% passes, 24.8%% is caught', (bracket) => {
    expect(checksOf(rt74Page('b', t('14.8', bracket)), 'text.change')).toEqual([expect.stringMatching(/^pass \(62件 − 54件\) ÷ 54件 = 14\.81%/)]);
    expect(findingKeys(rt74Page('b', t('24.8', bracket)))).toEqual(['text.change:error:14.8:24.8']);
    expect(findingKeys(rt74Page('b', t('24.8', bracket), false))).toEqual(['text.change:error:14.8:24.8']);
  });
  it('"（2023年为54件）" in a 2024 report, and the colon in the change\'s own bracket after a comma', () => {
    expect(findingKeys(runProse('<p>全年新收政府信息公开申请62件，同比增长24.8%（2023年为54件）。</p>', {}, 2024))).toEqual(['text.change:error:14.8:24.8']);
    expect(findingKeys(runProse('<p>全年新收政府信息公开申请62件（同比增长24.8%，2023年：54件）。</p>', {}, 2024))).toEqual(['text.change:error:14.8:24.8']);
  });
  it('a colon base of another year than last is a skip that says so, never read as last year\'s', () => {
    expect(findingKeys(rt74Page('b', t('24.8', '2020年：')))).toEqual([]);
    expect(checksOf(rt74Page('b', t('24.8', '2020年：')), 'text.change')).toEqual([expect.stringMatching(/^skip .*2020年.*不是上年（2021年）/)]);
  });
  it('a part\'s own base after a colon stays its own, and a bracket of other words is no base', () => {
    // (narrative-comparison-parts.test.ts: "自然人申请51件（2021年：54件）" beside the list is no part, no base of the change)
    expect(findingKeys(rt74Page('b', '全年新收政府信息公开申请62件，同比增长14.8%，其中自然人申请56件（2021年：50件），法人或其他组织申请6件。'))).toEqual([]);
    expect(findingKeys(rt74Page('b', t('24.8', '其中网上申请：')))).toEqual([]);
  });
});

describe('a bare "与2023年相比，" lead, this year\'s count right after it (yoy-base-clause.ts afterLead)', () => {
  const p = (t: string, tables = true) => rt78Page('b', t, tables);
  it('read: the count, its change and its growth in the clauses after the lead', () => {
    expect(checksOf(p('与2023年相比，本年度新收申请62件，增加8件，增幅14.8%，办结63件。'), 'text.change')).toEqual([expect.stringMatching(/^pass \(62件 − 54件\) ÷ 54件 = 14\.81%/)]);
    expect(findingKeys(p('与2023年相比，本年度新收申请62件，增加8件，增幅18.4%，办结63件。'))).toEqual(['text.change:error:14.8:18.4']);
    expect(findingKeys(p('与2023年相比，本年度新收申请62件，增加8件，增幅18.4%，办结63件。', false))).toEqual(['text.change:error:14.8:18.4']);
    expect(findingKeys(p('与上年相比，全年新收申请62件，增加9件，增长14.8%。'))).toEqual(['text.change:error:17:14.8']);
  });
  it.each([
    // the change after another count: whose, not said for sure
    '与2023年相比，本年度新收申请62件，办结63件，增加8件，增幅18.4%。',
    // the count named as the base year's
    '与2023年相比，2023年新收申请54件，增加8件，增幅18.4%。',
    // rt78's 116: the change before its count, across a ；
    '与2023年相比，申请量增加8件，增幅18.4%，主要集中在第三、四季度；全年新收62件。',
    // an approximate count; an amount alone (nothing to check it against)
    '与2023年相比，本年度新收申请约62件，增加8件，增幅18.4%。',
    '与2023年相比，本年度新收申请62件，增加9件，办结63件。',
  ])('not read: %s', (t) => {
    expect(checksOf(p(t), 'text.change')).toEqual([]);
  });
});

describe('the second of two comparisons of one count, right after the first', () => {
  const p = (t: string, tables = true) => rt78Page('b', t, tables);
  it('read against the first\'s count: its base in a bracket, or its amount and growth', () => {
    const t = (g: string) => `2024年新收申请62件，较2022年（45件）增长37.8%，较2023年（54件）增长${g}%。`;
    expect(checksOf(p(t('14.8')), 'text.change').map((c) => c.slice(0, 4))).toEqual(['pass', 'pass']);
    expect(findingKeys(p(t('18.4')))).toEqual(['text.change:error:14.8:18.4']);
    expect(findingKeys(p(t('18.4'), false))).toEqual(['text.change:error:14.8:18.4']);
    expect(findingKeys(p('全年新收申请62件，较2023年（54件）增加8件，增幅14.8%，较2022年（45件）增加17件，增幅47.8%。'))).toEqual(['text.change:error:37.8:47.8']);
    expect(findingKeys(p('2024年新收申请62件，较上年增加8件，较2022年增加17件，增幅47.8%。'))).toEqual(['text.change:error:37.8:47.8']);
  });
  it.each([
    // another count between: the second is that count's, read as before
    '全年新收申请62件，较2023年（54件）增加8件，办结63件，较2023年（58件）增加5件。',
    // a clause of other words between: not chained
    '全年新收申请62件，较2023年（54件）增加8件，主要是企业申请增多，较2022年（45件）增加17件，增幅37.8%。',
  ])('silent: %s', (t) => {
    expect(findingKeys(p(t))).toEqual([]);
  });
});
