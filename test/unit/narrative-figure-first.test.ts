/**
 * Items of a list written figure first ("其中63件已办结，3件结转下年度"), as many reports write
 * them: what each item is, is said by the words after its figure. Found by the lead's red team of
 * session 38 on the probe page (word-2021-consistent: 新收62, 上年结转4, 办结63, 结转下年度3): the same
 * lists written label first were read right, figure first they were false errors.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>（二）依申请公开情况。${text}</p>`, {}, 2022, '东湖市云岭区卫生健康局');
const keys = (text: string) => findingKeys(run(text));
const partsSum = (text: string) => run(text).checks.filter((k) => k.rule === 'text.parts-sum').map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('figure-first results adding up to 收到 + 上年结转', () => {
  const text = '全年共收到申请62件，上年结转4件，其中63件已办结，3件结转下年度。';
  it('a pass, as "其中办结63件，结转下年度3件" is (it was an error against the 62)', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 63件+3件 = 62件+4件（收到与上年结转之和）');
  });
  it('the label-first twin reads the same', () => {
    expect(partsSum('全年共收到申请62件，上年结转4件，其中办结63件，结转下年度3件。')).toEqual(partsSum(text));
  });
  it('an item with words before and after its figure ("剩余3件正在办理"): read by both, a pass', () => {
    expect(keys('全年共收到申请62件，上年结转4件，其中63件已按期办结，剩余3件正在办理。')).toEqual([]);
  });
  it('with "结转上年度" and a clause between: still a pass', () => {
    expect(keys('全年共收到申请62件，结转上年度申请4件，均已在法定期限内予以答复，其中63件已办结，3件结转下年度。')).toEqual([]);
  });
});

describe('figure-first results under a count received: a skip, as label-first', () => {
  const text = '全年共收到申请62件，其中32件予以公开，7件部分公开，5件不予公开，15件无法提供，3件不予处理，1件其他处理。';
  it('results over the count received may hold last year\'s: no finding (it was an error, 63 against 62)', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip 所列为办理结果/);
  });
  it('where the paragraph says none was carried in: still an error', () => {
    expect(keys(`上年无结转申请。${text}`)).toEqual(['text.parts-sum:error:63:62']);
  });
  it('figure-first results under a count answered that do not add up: still an error', () => {
    expect(keys('全年共办结申请63件，其中32件予以公开，7件部分公开，5件不予公开，15件无法提供，3件不予处理，2件其他处理。')).toEqual(['text.parts-sum:error:64:63']);
  });
  it('figure-first results under a count answered that add up: a pass', () => {
    expect(keys('全年共办结申请63件，其中32件予以公开，7件部分公开，5件不予公开，15件无法提供，3件不予处理，1件其他处理。')).toEqual([]);
  });
});

describe('figure-first channels totalling 收到 + 上年结转: a skip, as label-first', () => {
  const text = '全年共收到申请62件，上年结转4件，其中50件通过网上提交，16件通过信函提交。';
  it('no finding (it was an error, 66 against 62)', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip 所列各渠道之和66件等于收到与上年结转之和/);
  });
  it('channels one over even that sum: still an error', () => {
    expect(keys(text.replace('16件通过信函', '17件通过信函'))).toEqual(['text.parts-sum:error:67:62']);
  });
});

describe('a figure-first claim is quoted with the words that say what it counts', () => {
  const tables = (text: string) => runProse(`<p>${text}</p>`, BUREAU_TABLES, 2022, '东湖市云岭区卫生健康局');
  const quotes = (text: string, rule: string) => tables(text).checks.filter((c) => c.rule === rule).map((c) => c.quote);
  it('"1件纠正" is quoted whole (it stopped at "1件"), and so is the list that ends on it', () => {
    expect(quotes('本年度被申请行政复议3件，其中2件维持，1件纠正。', 'text.vs-table')).toContain('1件纠正');
    expect(quotes('本年度被申请行政复议3件，其中2件维持，1件纠正。', 'text.parts-sum')).toEqual(['本年度被申请行政复议3件，其中2件维持，1件纠正']);
  });
  it('a wrong one is flagged with a quote a reader can find on the page', () => {
    const r = tables('本年度被申请行政复议3件，其中2件维持，1件纠正，另有1件维持。');
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.quote)).toEqual(['本年度被申请行政复议3件，其中2件维持，1件纠正，另有1件维持', '另有1件维持']);
  });
  it('a label-first claim keeps its quote up to its figure', () => {
    expect(quotes('本年度被申请行政复议3件，其中维持2件，纠正1件。', 'text.vs-table')).toEqual(['本年度被申请行政复议3件', '其中维持2件', '纠正1件']);
  });
});
