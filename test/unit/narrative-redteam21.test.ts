/**
 * Red team 21's fixes (test/fixtures/redteam21): the prose of section 四 against table 四 and of
 * section 二 against table 二, each where the fix fires and where it stays silent.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_T2_2021, BUREAU_TABLES, flagged, outcomes, runProse } from './narrative-tables.ts';

/** Table 四 of the bureau (narrative-tables.ts): 复议 2/1/0/0/3, 直诉 1/0/0/0/1, 复后 0/0/0/1/1. */
const TABLES = BUREAU_TABLES;
const H4 = '<p>四、政府信息公开行政复议、行政诉讼情况</p>';

describe('应诉案件 counts the suits of every kind (red team 21, c08)', () => {
  it('"共办理行政应诉案件47件" under section 四\'s heading is no claim on table 四', () => {
    const r = runProse(`${H4}<p>全年本机关共办理行政应诉案件47件，出庭应诉率100%。</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table')).toEqual([]);
  });
  it('…nor elsewhere, as before', () => {
    expect(runProse('<p>全年本机关共办理行政应诉案件47件。</p>', TABLES).checks.filter((c) => c.rule === 'text.vs-table')).toEqual([]);
  });
  it('the disclosure suits named in the sentence are still compared, right and wrong', () => {
    expect(outcomes(runProse(`${H4}<p>全年共办理政府信息公开行政应诉案件2件。</p>`, TABLES))).toEqual(['text.vs-table:pass']);
    expect(flagged(runProse(`${H4}<p>全年共办理政府信息公开行政应诉案件3件。</p>`, TABLES)).map((f) => [f.expected, f.actual])).toEqual([[2, 3]]);
  });
  it('"本机关作为被申请人的行政复议案件3件" under the heading is still the section\'s cases', () => {
    expect(outcomes(runProse(`${H4}<p>本机关作为被申请人的行政复议案件3件。</p>`, TABLES))).toEqual(['text.vs-table:pass']);
    expect(flagged(runProse(`${H4}<p>本机关作为被申请人的行政复议案件4件。</p>`, TABLES)).map((f) => [f.expected, f.actual])).toEqual([[3, 4]]);
  });
});

describe('the cases still open are no part of those closed (red team 21, c25)', () => {
  const sums = (text: string) => runProse(`<p>${text}</p>`, TABLES).checks.filter((c) => c.rule === 'text.parts-sum');
  it('"已审结9件，其中结果维持6件、结果纠正2件、其他结果1件，尚未审结3件" adds up', () => {
    const r = runProse('<p>被申请行政复议12件，已审结9件，其中结果维持6件、结果纠正2件、其他结果1件，尚未审结3件。</p>', {});
    expect(flagged(r)).toEqual([]);
    expect(sums('被申请行政复议12件，已审结9件，其中结果维持6件、结果纠正2件、其他结果1件，尚未审结3件。').map((c) => c.outcome)).toContain('pass');
  });
  it('a wrong result among the closed is still flagged', () => {
    const r = runProse('<p>被申请行政复议12件，已审结9件，其中结果维持7件、结果纠正2件、其他结果1件，尚未审结3件。</p>', {});
    expect(flagged(r).filter((f) => f.rule === 'text.parts-sum').map((f) => [f.expected, f.actual])).toEqual([[10, 9]]);
  });
  it('a whole of all the cases still takes the open ones as a part', () => {
    const r = runProse('<p>被申请行政复议12件，其中结果维持6件、结果纠正2件、其他结果1件，尚未审结4件。</p>', {});
    expect(flagged(r).filter((f) => f.rule === 'text.parts-sum').map((f) => [f.expected, f.actual])).toEqual([[13, 12]]);
  });
});

describe('the two kinds of case a whole counts make a complete list (red team 21, m04)', () => {
  const sums = (text: string) => flagged(runProse(`<p>${text}</p>`, {})).filter((f) => f.rule === 'text.parts-sum').map((f) => [f.expected, f.actual]);
  it.each([
    ['全年共发生政府信息公开行政复议、行政诉讼案件7件，其中行政复议3件，行政诉讼3件。', [[6, 7]]],
    ['复议和诉讼案件共7件，其中行政诉讼3件，行政复议3件。', [[6, 7]]],
    ['被提起行政诉讼5件，其中未经复议直接起诉2件、复议后起诉2件。', [[4, 5]]],
  ])('short of the whole is flagged: %s', (text, want) => {
    expect(sums(text)).toEqual(want);
  });
  it.each([
    '全年共发生政府信息公开行政复议、行政诉讼案件6件，其中行政复议3件，行政诉讼3件。',
    '被提起行政诉讼5件，其中未经复议直接起诉2件、复议后起诉3件。',
    // one kind only, or results: a list that may be incomplete
    '全年共发生行政复议、行政诉讼案件7件，其中行政复议3件。',
    '被提起行政诉讼5件，其中未经复议直接起诉2件，结果维持2件。',
    '全年共发生行政复议、行政诉讼案件7件，其中行政复议维持3件，行政诉讼维持3件。',
    // the whole of one kind, its parts of two other things
    '被申请行政复议7件，其中涉及征地拆迁的3件，涉及不动产登记的3件。',
  ])('silent: %s', (text) => {
    expect(sums(text)).toEqual([]);
  });
});

describe('cases closed and still open make the whole (red team 21, m14)', () => {
  const run = (text: string) => runProse(`<p>${text}</p>`, {}).checks.filter((c) => c.rule === 'text.parts-sum');
  it.each([
    ['全年被申请行政复议6件，已审结5件，尚未审结2件。', 'fail'],
    ['全年被申请行政复议6件，尚未审结2件，已审结3件。', 'fail'],
    ['全年被申请行政复议6件，已审结4件，尚未审结2件。', 'pass'],
    ['被提起行政诉讼3件，均已审结3件，正在审理1件。', 'fail'],
  ])('%s → %s', (text, outcome) => {
    expect(run(text).map((c) => c.outcome)).toEqual([outcome]);
  });
  it.each([
    // a result between, an approximate count, a result in the whole's words: not the two halves
    '全年被申请行政复议6件，结果维持3件，已审结5件，尚未审结2件。',
    '全年被申请行政复议结果维持6件，已审结5件，尚未审结2件。',
    '全年被申请行政复议6件，已审结5件，其他结果1件，尚未审结2件。',
  ])('silent: %s', (text) => {
    expect(flagged(runProse(`<p>${text}</p>`, {})).filter((f) => f.rule === 'text.parts-sum')).toEqual([]);
  });
});

describe('a change against last year is an aside in table 二\'s chain (red team 21, c26)', () => {
  /** table 二 (narrative-tables.ts): 规范性文件 12 · 3 · 85, 行政许可 1234, 行政处罚 56 */
  const t2 = (text: string) => runProse(`<p>${text}</p>`, BUREAU_T2_2021, 2024).checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome}:${c.quote}`);
  it.each([
    ['本年制发行政规范性文件12件，较上年增加1件，废止3件，现行有效85件。', ['pass:本年制发行政规范性文件12件', 'pass:废止3件', 'pass:现行有效85件']],
    ['本年制发行政规范性文件12件，较上年增加1件，废止4件，现行有效85件。', ['pass:本年制发行政规范性文件12件', 'fail:废止4件', 'pass:现行有效85件']],
    ['本年制发行政规范性文件12件，同比增长9.1%，废止4件。', ['pass:本年制发行政规范性文件12件', 'fail:废止4件']],
    ['全年作出行政许可决定1234件，比上年增加34件，行政处罚决定57件。', ['pass:全年作出行政许可决定1234件', 'fail:行政处罚决定57件']],
    // a ；-clause that is only another column goes on with the item (m16, branch gaps)
    ['本年制发行政规范性文件12件，较上年增加1件；废止4件。', ['pass:本年制发行政规范性文件12件', 'fail:废止4件']],
  ])('read past the change: %s', (text, want) => {
    expect(t2(text)).toEqual(want);
  });
  it.each([
    // a base with no change verb keeps its year; 上年's own figures stay last year's; a ； with more
    // than a column word still stops the item
    '与2023年相比，规范性文件制发数由5件增加到12件。',
    '上年制发规范性文件5件，较上年增加1件，废止4件。',
    '本年制发行政规范性文件12件，较上年增加1件；清理废止4件。',
  ])('no claim after the change: %s', (text) => {
    expect(t2(text).filter((x) => !x.startsWith('pass:本年制发'))).toEqual([]);
  });
});

describe('the outcomes of one group of suits, or of the reviews, with no 其中 (red team 21, m03)', () => {
  const sums = (text: string) => runProse(`<p>${text}</p>`, {}, 2024).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}:${c.quote}`);
  it('each group of suits is a whole of the outcomes after it, up to the next group', () => {
    expect(sums('被提起行政诉讼6件，其中未经复议直接起诉3件，结果维持2件、其他结果1件；复议后起诉3件，结果维持2件、结果纠正1件、尚未审结1件。')).toEqual([
      'pass:其中未经复议直接起诉3件，结果维持2件、其他结果1件',
      'fail:复议后起诉3件，结果维持2件、结果纠正1件、尚未审结1件',
    ]);
  });
  it.each([
    ['未经复议直接起诉2件，结果维持2件、结果纠正1件。', 'fail'],
    ['本机关被申请行政复议3件，结果维持2件、结果纠正2件。', 'fail'],
    ['本机关被申请行政复议3件，结果维持2件、结果纠正1件。', 'pass'],
  ])('%s → %s', (text, outcome) => {
    expect(sums(text).map((x) => x.split(':')[0])).toEqual([outcome]);
  });
  it.each([
    // the results after two counts of different kinds are no one count's; a result in the whole's words
    '被申请行政复议3件，复议后起诉2件，维持2件。',
    '本机关被申请行政复议维持3件，纠正1件，其他结果1件。',
  ])('silent: %s', (text) => {
    expect(sums(text).filter((x) => x.startsWith('fail'))).toEqual([]);
  });
});
