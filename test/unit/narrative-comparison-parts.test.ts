// @vitest-environment node
/**
 * Last year's figure beside a 其中 list (rule text.parts-sum; red team 10b, pages 72 and 76–81):
 * a comparison's base ("较上年（55件）", "比上年的55件"), its difference ("多5件"), or another
 * year's figure ("（上年55件）", "上年同期为55件", "（2021年：54件）", "（占85.0%，上年为54件）",
 * "，上年为54件") is neither the whole of this year's list nor one of its parts; the whole is the
 * nearest figure of this year (lib/narrative/other-year.ts).
 * Each form is silent (or passes) on the consistent figures (新收60 = 自然人51 + 法人或其他组织9)
 * and still flagged when the list truly does not add up (自然人51 + 法人或其他组织8: the list
 * names 其他, so it claims to be complete). Pages as Word pastes them: MsoNormal paragraphs, spans
 * around digits, <o:p>, full-width digits in some.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { findFigures } from '../../lib/narrative/figures-in-text.ts';
import { word, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const HEAD = '<p class="MsoNormal"><b><span style="font-family:黑体">三、收到和处理政府信息公开申请情况</span></b><o:p></o:p></p>';

/** The 2022 report's prose (no tables: the lists are checked on their own). */
const run = (text: string, year: number | null = 2022): ProseResult => runProse(`${HEAD}\n${word(text)}`, {}, year);
const parts = (r: ProseResult): string[] => r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome} ${c.detail}`);
const fired = (r: ProseResult): string[] => flagged(r).map((f) => `${f.rule}:${f.expected}:${f.actual}`);

const RIGHT = 'pass 51件+9件 = 60件';
const WRONG = ['text.parts-sum:59:60'];

describe('a figure of last year next to a 其中 list is neither its whole nor a part', () => {
  it.each([
    // the whole: a bracketed base, a base and its difference, a clause of last year's
    ['新收申请60件（上年55件），其中自然人申请51件、法人或其他组织申请9件。'],
    ['新收申请６０件（上年５５件），其中自然人申请５１件、法人或其他组织申请９件。'],
    ['新收申请60件，比上年的55件多5件，其中自然人申请51件，法人或其他组织申请9件。'],
    ['新收申请60件，较上年（55件）增长9.1%，其中自然人申请51件，法人或其他组织申请9件。'],
    ['新收申请60件，上年同期为55件，其中自然人申请51件、法人或其他组织申请9件。'],
    ['新收申请60件，去年为55件，其中自然人申请51件、法人或其他组织申请9件。'],
    ['新收申请60件，2021年为55件，其中自然人申请51件、法人或其他组织申请9件。'],
    ['新收申请60件，与2021年的55件相比增加5件，其中自然人申请51件、法人或其他组织申请9件。'],
    ['新收申请60件，同比（55件）增长9.1%，其中自然人申请51件，法人或其他组织申请9件。'],
    ['新收申请60件，较去年同期（55件）增加5件，其中自然人申请51件，法人或其他组织申请9件。'],
    ['新收申请60件（上年度：55件），其中自然人申请51件，法人或其他组织申请9件。'],
    ['新收申请60件（2021年同期55件），其中自然人申请51件，法人或其他组织申请9件。'],
    // the parts: a base, last year's in brackets or in a clause of its own
    ['新收申请60件，其中自然人申请51件，较上年（54件）减少3件，法人或其他组织申请9件。'],
    ['新收申请60件，其中自然人申请51件（2021年：54件），法人或其他组织申请9件（2021年：7件）。'],
    ['新收申请60件，其中自然人申请51件（占85.0%，上年为54件），法人或其他组织申请9件。'],
    ['新收申请60件，上年为55件；其中自然人申请51件，上年为54件，法人或其他组织申请9件，上年为1件。'],
    ['新收申请60件，其中自然人申请51件（上年同期54件），法人或其他组织申请9件（去年1件）。'],
    // these passed before, and still do
    ['新收申请60件，较上年55件增长9.1%，其中自然人申请51件，同比减少3件，法人或其他组织申请9件。'],
  ])('%s', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(parts(r)).toEqual([RIGHT]);
    // the same list one short is still an error, told of this year's 60
    expect(fired(run(text.replace(/法人或其他组织申请(?:9|９)件/, '法人或其他组织申请8件')))).toEqual(WRONG);
  });

  it.each([
    // 其中 opening the next sentence
    ['新收申请60件，上年同期为55件。其中，自然人申请51件，法人或其他组织申请9件。'],
    ['新收申请60件，比上年的55件多5件。其中自然人申请51件，法人或其他组织申请9件。'],
  ])('%s: the sentence before', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(parts(r)).toEqual([RIGHT]);
    expect(fired(run(text.replace('申请9件', '申请8件')))).toEqual(WRONG);
  });

  it.each([
    // one part of this year's is left: a lone 其中 part claims nothing (red team 10b, 72 and 81)
    '新收申请60件，较上年（55件）增长9.1%，其中自然人申请51件，较上年（54件）减少3件。',
    '新收申请60件，上年为55件；其中自然人申请51件，上年为54件。',
    '新收申请60件，其中自然人申请51件（2021年：54件）。',
  ])('%s: no list left, no claim', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(parts(r)).toEqual([]);
  });

  it('the report year unknown: a year in brackets beside a count is still no part', () => {
    const text = '新收申请60件，其中自然人申请51件（2021年：54件），法人或其他组织申请9件（2021年：7件）。';
    expect(parts(run(text, null))).toEqual([RIGHT]);
    expect(fired(run(text.replace('申请9件', '申请8件'), null))).toEqual(WRONG);
    // in a clause, a year before a later one the sentence names
    expect(parts(run('2021年新收申请55件，2022年新收申请60件，其中自然人申请51件、法人或其他组织申请9件。', null))).toEqual([RIGHT]);
  });

  it('years in brackets after a count are not a list of its parts', () => {
    // before: 51 taken as the whole of 30 + 24
    expect(parts(run('新收申请60件，其中自然人申请51件（2021年：30件，2020年：24件）。'))).toEqual([]);
    // a bracketed list of this year's that does not add up still is flagged
    expect(fired(run('新收申请60件，其中自然人申请51件（网上申请30件、当面申请24件）。'))).toEqual(['text.parts-sum:54:51']);
  });
});

describe("this year's figures near last year's words stay wholes and parts", () => {
  it.each([
    // 上年结转 is this year's row of table 三
    ['共办理申请61件，其中本年新收60件，上年结转1件。', 'pass 60件+1件 = 61件'],
    ['共办理申请61件，其中本年新收60件，上年度结转申请1件。', 'pass 60件+1件 = 61件'],
    // a comparison said before the figure: what follows is this year's
    ['与上年相比，新收申请60件，其中自然人申请51件、法人或其他组织申请9件。', RIGHT],
    ['与上年相比新收申请60件，其中自然人申请51件、法人或其他组织申请9件。', RIGHT],
    // 较…相比 is a comparison said and done too (parts-sum.ts once dropped any figure whose
    // label held 较上年 anywhere: other-year.ts notThisYears is now its one test)
    ['较上年相比新收申请60件，其中自然人申请51件、法人或其他组织申请9件。', RIGHT],
    // (else the whole would fall back to the 1 carried over)
    ['上年结转申请1件，新收申请较上年增加5件达到60件，其中自然人申请51件、法人或其他组织申请9件。', RIGHT],
    ['2022年新收申请60件，其中自然人申请51件、法人或其他组织申请9件。', RIGHT],
    ['依据《2021年政务公开工作要点》新收申请60件，其中自然人申请51件、法人或其他组织申请9件。', RIGHT],
  ])('%s', (text, check) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(parts(r)).toEqual([check]);
  });

  it.each([
    '与上年相比，新收申请60件，其中自然人申请51件、法人或其他组织申请8件。',
    '较上年相比新收申请60件，其中自然人申请51件、法人或其他组织申请8件。',
    '2022年新收申请60件，其中自然人申请51件、法人或其他组织申请8件。',
  ])('%s: flagged', (text) => {
    expect(fired(run(text))).toEqual(WRONG);
  });
});

describe('red team 10b pages 72, 76–81: consistent, nothing raised', () => {
  const dir = new URL('../fixtures/redteam10b/', import.meta.url);
  it.each([
    '72-youyang-jyw-2022-nested-yoy.html',
    '76-youyang-jyw-2022-ly-paren-before-qizhong.html',
    '77-youyang-wjw-2022-ly-bi-duo.html',
    '78-youyang-rsj-2022-ly-part-colon.html',
    '79-youyang-sfj-2022-ly-tongqi.html',
    '80-youyang-gaj-2022-ly-share-paren.html',
    '81-youyang-jtj-2022-ly-part-shangnianwei.html',
  ])('%s', (name) => {
    const doc = parsePage(decodeHtml(readFileSync(new URL(name, dir))).text);
    const a = analyzeDocument(doc, { url: `https://www.example.gov.cn/${name}` });
    expect(a.isReport).toBe(true);
    expect(a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});

describe('"比上年的55件多5件": 多 before a number is its difference, not "55 odd"', () => {
  it('55 is exact and 5 a change', () => {
    const fs = findFigures('新收申请60件，比上年的55件多5件，其中自然人申请51件。');
    expect(fs.map((f) => [f.raw, f.approx, f.change])).toEqual([
      ['60件', false, null], ['55件', false, null], ['5件', false, '多'], ['51件', false, null],
    ]);
    // at a clause's end 多 still makes the figure approximate
    expect(findFigures('共收到12件多，办结10件。').map((f) => [f.raw, f.approx])).toEqual([['12件多', true], ['10件', false]]);
  });

  it('so the comparison is checked too: 60 − 55 = 5', () => {
    const change = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.change').map((c) => `${c.outcome} ${c.detail}`);
    const r = run('新收申请60件，比上年的55件多5件，其中自然人申请51件，法人或其他组织申请9件。');
    expect(change(r).map((c) => c.split(' ')[0])).toEqual(['pass']);
    expect(fired(run('新收申请60件，比上年的55件多6件，其中自然人申请51件，法人或其他组织申请9件。'))).toMatchObject([expect.stringMatching(/^text\.change:/)]);
  });
});
