/**
 * Red team 14 (test/fixtures/redteam14): table 四 and table 二 restated in prose. Each reading the
 * red team needed fires on a sentence that disagrees with its tables and stays silent on one that
 * agrees, and the traps beside it (another period, another kind of case, no count) stay silent.
 * BUREAU_TABLES: 复议 维持2 纠正1 其他0 尚未审结0 总计3; 直接起诉 维持1 总计1; 复议后起诉 尚未审结1 总计1.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_T2_2019, BUREAU_TABLES, flagged, runProse } from './narrative-tables.ts';

const run = (text: string, figures: Record<string, number> = BUREAU_TABLES, year: number | null = 2023) => runProse(`<p>${text}</p>`, figures, year);
const rules = (text: string, figures?: Record<string, number>) => flagged(run(text, figures)).map((f) => `${f.rule}/${f.severity}~${f.quote}`);
const details = (text: string, figures?: Record<string, number>) => run(text, figures).checks.map((c) => `${c.rule}:${c.outcome}:${c.detail}`);
const OPEN_REVIEW = { ...BUREAU_TABLES, 't4.review.upheld': 1, 't4.review.pending': 1 };
const NO_CORRECTION = { ...BUREAU_TABLES, 't4.review.upheld': 3, 't4.review.corrected': 0 };

describe('纠正率 against its own sentence (text.share)', () => {
  it('fits 纠正 ÷ the cases it names: silent; otherwise an error', () => {
    expect(rules('行政复议3件中，结果纠正1件，纠正率为33.3%。')).toEqual([]);
    expect(details('行政复议3件中，结果纠正1件，纠正率为33.3%。')).toContain('text.share:pass:1件 ÷ 3件 = 33.33%，正文 33.3%');
    expect(rules('行政复议3件中，结果纠正1件，纠正率为43.3%。')).toEqual(['text.share/error~行政复议3件中，结果纠正1件，纠正率为43.3%']);
    expect(rules('行政诉讼5件中，被法院判决纠正1件，纠错率20%。', {})).toEqual([]);
    expect(rules('行政诉讼5件中，被法院判决纠正1件，纠错率30%。', {})).toEqual(['text.share/error~行政诉讼5件中，被法院判决纠正1件，纠错率30%']);
  });

  it('a rate over the closed cases the sentence counts is a reading too (纠错率 = 纠正 ÷ 审结)', () => {
    const closed = '被申请行政复议5件，其中已审结4件，结果纠正1件，纠错率为25%。';
    expect(rules(closed, {})).toEqual([]);
    expect(details(closed, {})).toContain('text.share:pass:1件 ÷ 4件 = 25%，正文 25%');
    expect(rules('被申请行政复议5件，审结4件，其中被纠错1件，纠错率25%。', {})).toEqual([]);
    // neither the cases nor the closed ones give it: an error, against the cases
    expect(rules('被申请行政复议5件，其中已审结4件，结果纠正1件，纠错率为30%。', {})).toEqual(['text.share/error~被申请行政复议5件，其中已审结4件，结果纠正1件，纠错率为30%']);
  });

  it('a 纠正率 with no count of cases, or not after the corrected ones, is no claim', () => {
    for (const text of ['全市行政复议纠错率为12.5%。', '被申请行政复议3件，纠正率较上年下降5个百分点。', '受理申请40件，其中纠正1件，纠正率为50%。', '行政复议3件，结果纠正1件，维持2件，纠正率为50%。']) {
      expect(run(text).checks.filter((c) => c.rule === 'text.share')).toEqual([]);
    }
  });
});

describe('table 四 by group of suits (text.vs-table)', () => {
  it('未经复议直接起诉 and 复议后起诉 are their groups\' 总计', () => {
    expect(rules('被提起行政诉讼2件，其中未经复议直接起诉1件、复议后起诉1件。')).toEqual([]);
    expect(rules('被提起行政诉讼2件，其中未经复议直接起诉2件、复议后起诉1件。')).toEqual([
      'text.parts-sum/error~被提起行政诉讼2件，其中未经复议直接起诉2件、复议后起诉1件',
      'text.vs-table/error~其中未经复议直接起诉2件',
    ]);
  });

  it('a result after one group is that group\'s; after a total of both, both groups\'', () => {
    expect(rules('被提起行政诉讼2件，其中未经复议直接起诉1件，结果维持1件；复议后起诉1件，结果维持0件。')).toEqual([]);
    expect(rules('被提起行政诉讼2件，其中未经复议直接起诉1件，结果维持0件；复议后起诉1件，结果维持0件。')).toEqual(['text.vs-table/error~结果维持0件']);
    // 2 is both groups' total: its 维持 is theirs (1), not the 复议后起诉 group's (0) that 0 happens to fit
    expect(rules('被提起行政诉讼2件，其中结果维持0件。')).toEqual(['text.vs-table/error~其中结果维持0件']);
    // with no total, 维持 may be one group's: a warning, as before
    expect(flagged(run('行政诉讼方面，结果维持0件。')).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('均已审结 and 无被纠错: table 四\'s 尚未审结 or 结果纠正 is 0 (text.vs-table)', () => {
  const closed = '2023年，因政府信息公开工作被申请行政复议3件，均已审结。';
  const none = '全年共发生政府信息公开行政复议3件，无被纠错情况。';
  it('fires against a table that has one', () => {
    // a warning: the table counts what was open on 31 December, the text may speak of a later day
    expect(rules(closed, OPEN_REVIEW)).toEqual([`text.vs-table/warning~${closed.slice(0, -1)}`]);
    expect(run(closed, OPEN_REVIEW).findings.find((f) => f.severity === 'warning')!.message).toMatch(/年末仍在审理/);
    expect(rules(none)).toEqual(['text.vs-table/error~全年共发生政府信息公开行政复议3件，无被纠错']);
    expect(rules('被申请行政复议3件、被提起行政诉讼2件，均已审结。'.replace('被申请', '因政府信息公开被申请'))).toEqual([
      'text.vs-table/warning~因政府信息公开被申请行政复议3件、被提起行政诉讼2件，均已审结',
    ]);
  });
  it('silent where the table agrees', () => {
    expect(rules(closed)).toEqual([]);
    expect(details(closed)).toContain('text.vs-table:pass:0件 = 表四行政复议“尚未审结” 0');
    expect(rules(none, NO_CORRECTION)).toEqual([]);
  });
  it.each([
    '截至本报告发布时，2023年因政府信息公开引起的行政复议案件均已审结。',
    '2022年因政府信息公开被申请行政复议2件，无被纠错情况。',
    '政府信息公开工作未被行政复议机关纠错。',
    '全年办理行政复议案件（非政府信息公开类）12件，均未被纠错。',
    '因政府信息公开被申请行政复议3件，其中2件均已审结。',
    '全年作为复议机关办理政府信息公开行政复议案件5件，均已审结。',
    '全市因政府信息公开被申请行政复议30件，均已审结。',
    '因政府信息公开被申请行政复议3件，目前均已审结。',
  ])('no claim on the year\'s table 四: %s', (text) => {
    // the claim is not read at all (the counts before it are other readings' business)
    const claims = run(text, { ...OPEN_REVIEW, 't4.review.corrected': 1 }).checks.filter((c) => /均已审结|纠错/.test(c.quote));
    expect(claims).toEqual([]);
  });
});

describe('table 二, 2019 form: 对外公开总数量 after 新公开 (text.vs-table)', () => {
  it('the item goes on past 新公开 to 对外公开总数量', () => {
    expect(rules('本年新制作规范性文件12件，新公开10件，对外公开总数量85件。', BUREAU_T2_2019)).toEqual([]);
    expect(rules('本年新制作规范性文件12件，新公开10件，对外公开总数量58件。', BUREAU_T2_2019)).toEqual(['text.vs-table/error~对外公开总数量58件']);
  });
  it('新公开 itself is no claim, nor is a 新公开 with no item before it', () => {
    expect(rules('本年新制作规范性文件12件，新公开19件，对外公开总数量85件。', BUREAU_T2_2019)).toEqual([]);
    expect(run('新公开10件，对外公开总数量58件。', BUREAU_T2_2019).checks).toEqual([]);
  });
});
