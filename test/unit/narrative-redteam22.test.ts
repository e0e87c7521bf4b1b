/**
 * Red team 22's fixes (test/fixtures/redteam22: long, realistic reports), each where the fix fires
 * and where it stays silent.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_T2_2021, BUREAU_TABLES, flagged, outcomes, runProse } from './narrative-tables.ts';

const DISTRICT = '某区人民政府';
const paras = (text: string) => text.split('。').filter(Boolean).map((t) => `<p>${t}。</p>`).join('');

describe('"本级…情况见下" says the tables are 本级\'s (red team 22, c03)', () => {
  it.each([
    '全区共收到政府信息公开申请955件，同比增长12.4%，其中区政府本级收到的申请情况见下。',
    '全区共收到政府信息公开申请955件。区政府本级依申请公开情况如下。',
  ])('a 全区 figure beside it is a skip: %s', (text) => {
    const r = runProse(paras(text), BUREAU_TABLES, 2024, DISTRICT);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((x) => x.rule === 'text.vs-table').every((x) => x.outcome === 'skip' && x.detail.includes('正文说明表格只统计本级'))).toBe(true);
  });
  it.each([
    // no 本级: the 区政府's 全区 is its own, as before
    ['全区共收到政府信息公开申请955件，具体情况见下。', ['86:955']],
    // 本级 with no 情况如下/见下 says nothing of the tables
    ['全区共收到政府信息公开申请955件，区政府本级办理情况良好。', ['86:955']],
    // the body's own figure is still compared
    ['区政府本级收到的申请情况见下。2024年，共新收政府信息公开申请68件。', ['86:68']],
  ])('…and the figures are compared otherwise: %s', (text, flags) => {
    const r = runProse(paras(text), BUREAU_TABLES, 2024, DISTRICT);
    expect(flagged(r).map((f) => `${f.expected}:${f.actual}`)).toEqual(flags);
  });
});

describe('现行有效 at the year\'s end carries the item (red team 22, m14)', () => {
  const vs = (text: string, year = 2024) => runProse(`<p>${text}</p>`, BUREAU_T2_2021, year).checks.filter((c) => c.rule === 'text.vs-table');
  it.each(['截至2024年底', '截至年底', '截至本年末', '截至2024年12月31日'])('"废止3件，%s现行有效85件" is compared and holds', (at) => {
    const c = vs(`全年制发行政规范性文件12件，废止3件，${at}现行有效85件。`);
    expect(c.map((x) => x.outcome)).toEqual(['pass', 'pass', 'pass']);
  });
  it('a wrong 现行有效 is flagged', () => {
    const r = runProse('<p>全年制发行政规范性文件12件，废止3件，截至2024年底现行有效87件。</p>', BUREAU_T2_2021, 2024);
    expect(flagged(r).map((f) => [f.expected, f.actual])).toEqual([[85, 87]]);
  });
  it('another year\'s end is no claim on the table', () => {
    const c = vs('全年制发行政规范性文件12件，废止3件，截至2023年底现行有效79件。');
    expect(c.map((x) => x.outcome)).toEqual(['pass', 'pass']);
  });
  it('other words before 现行有效 still make it no claim', () => {
    expect(outcomes(runProse('<p>全年制发行政规范性文件12件，废止3件，经清理后现行有效79件。</p>', BUREAU_T2_2021, 2024)).filter((x) => x.endsWith('fail'))).toEqual([]);
  });
});

describe('a sentence of no subject of its own divides the one before (red team 22, c02 c03 c12 c14 c17)', () => {
  const flags = (text: string, year = 2024) => flagged(runProse(`<p>${text}</p>`, BUREAU_TABLES, year, DISTRICT)).map((f) => `${f.expected}:${f.actual}`);
  it.each([
    // last year's, then "其中…" of them
    '2023年，共收到政府信息公开申请70件，办结68件。其中予以公开28件，部分公开5件，不予公开3件。',
    // …or "从办理结果看，…" of them
    '2023年，共收到政府信息公开申请70件，办结68件。从办理结果看，予以公开28件，部分公开5件。',
    // the whole city's, then "从…看" sentences, each dividing it
    '全市各级行政机关共收到政府信息公开申请2374件。从申请主体看，自然人申请2036件，法人或其他组织申请338件。从办理结果看，予以公开1102件，部分公开213件，不予公开96件。',
  ])('no claim on the tables: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
  it.each([
    // this year's, then 其中 / 从…看: compared, right and wrong
    ['2024年，共收到政府信息公开申请86件，办结88件。其中予以公开42件，部分公开9件。', ['11:9']],
    ['2024年，共收到政府信息公开申请86件。从办理结果看，予以公开40件，部分公开11件。', ['42:40']],
    ['共收到政府信息公开申请86件。从申请主体看，自然人申请70件。从办理结果看，予以公开40件。', ['42:40']],
    // a comparison with last year names its base, not its subject: the 其中 is still this year's
    ['2024年，共收到政府信息公开申请86件，办结88件。从办理结果看，予以公开40件。', ['42:40']],
    // 从…看 in another paragraph divides nothing of the last year's
    ['2023年，共收到政府信息公开申请70件。</p><p>从办理结果看，共办结政府信息公开申请88件，予以公开40件。', ['42:40']],
  ])('still compared: %s', (text, want) => {
    expect(flags(text)).toEqual(want);
  });
});
