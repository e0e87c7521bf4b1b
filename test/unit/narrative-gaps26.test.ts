// @vitest-environment node
/**
 * Recall gaps of the text checks found by red team 21 and after it, each with the sentence where it
 * fires on a wrong figure, its true twin that is checked and holds, and the near misses that must
 * stay silent. The tables are t2text-consistent-2023's (see narrative-session26.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { word, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const TABLES: Record<string, number> = {
  't3.new.natural': 56, 't3.new.commercial': 3, 't3.new.research': 0, 't3.new.social': 0, 't3.new.legal': 2, 't3.new.otherOrg': 1, 't3.new.total': 62,
  't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
  't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0, 't4.review.total': 1,
  't4.suitDirect.upheld': 0, 't4.suitDirect.corrected': 0, 't4.suitDirect.other': 0, 't4.suitDirect.pending': 1, 't4.suitDirect.total': 1,
  't4.suitAfterReview.upheld': 0, 't4.suitAfterReview.corrected': 0, 't4.suitAfterReview.other': 0, 't4.suitAfterReview.pending': 0, 't4.suitAfterReview.total': 0,
  't2.normativeDocs.newMade': 5, 't2.normativeDocs.abolished': 2, 't2.normativeDocs.inForce': 31,
  't2.license.decisions': 2476, 't2.penalty.decisions': 318, 't2.enforcement.decisions': 27, 't2.fees.feeAmount': 46.8,
};
const run = (text: string): ProseResult => runProse(word(text), TABLES, 2023);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const of = (r: ProseResult, rule: string) => r.checks.filter((c) => c.rule === rule);
const t2 = (r: ProseResult) => of(r, 'text.vs-table').filter((c) => c.detail.includes('表二')).map((c) => `${c.outcome}:${c.detail}`);

describe('table 二: a ；-clause that is only another column of 规范性文件 goes on with it (red team 21, m16)', () => {
  it.each([
    ['本年制发行政规范性文件5件，较上年增加1件；废止1件；现行有效31件。', 'text.vs-table:error:2:1'],
    ['本年制发行政规范性文件5件，较上年增加1件；废止2件；现行有效25件。', 'text.vs-table:error:31:25'],
    ['全年制发规范性文件5件；废止3件。', 'text.vs-table:error:2:3'],
    ['全年制发规范性文件5件，废止2件；现行有效30件。', 'text.vs-table:error:31:30'],
  ])('%s is flagged', (text, want) => {
    expect(fired(run(text))).toEqual([want]);
  });

  it('the true twin: each column passes', () => {
    const r = run('本年制发行政规范性文件5件，较上年增加1件；废止2件；现行有效31件。');
    expect(fired(r)).toEqual([]);
    expect(t2(r).map((x) => x.split(':')[0])).toEqual(['pass', 'pass', 'pass']);
  });

  it.each([
    // a second 制发, or the same column again: may count another set
    '全年制发规范性文件5件；制发3件。',
    '全年制发规范性文件5件，废止2件；废止3件。',
    // anything beside the column word: 其中, a year, 清理, an item, a figure not read before it
    '全年制发规范性文件5件；其中废止3件。',
    '全年制发规范性文件5件；2022年废止3件。',
    '全年制发规范性文件5件；清理后废止3件。',
    '全年制发规范性文件5件；对规章进行清理，废止3件。',
    '全年制发规范性文件5件，收到申请62件；废止3件。',
    // not the ；-clause right after the item's
    '全年制发规范性文件5件；收到申请62件；废止3件。',
    // 行政处罚 has one column: nothing to go on with
    '全年作出行政处罚决定318件；办结3件。',
  ])('%s reads no 废止 or 现行有效', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    // (every planted figure is 3: none of them is compared)
    expect(t2(r).filter((x) => /^\w+:3(?:件| )/.test(x))).toEqual([]);
  });
});
