/**
 * Red team of the zero claims (rule text.vs-table): "本年度未收到政府信息公开申请", "未发生因政府
 * 信息公开引起的行政复议、行政诉讼" claim a 0 that table 三 (本年新收) or table 四 (复议 总计,
 * 诉讼 总计 = 直接起诉 + 复议后起诉) can contradict. Written before the code: the sentences are
 * what small bodies' reports say, the traps what a careful reader would not read as a claim of 0
 * for a table's total (a subset, another kind, another period, a result, a subject that is not
 * the body…).
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, outcomes, runProse } from './narrative-tables.ts';

/** A bureau whose tables count applications, 复议 and 诉讼 (narrative-tables.ts). */
const TABLES = BUREAU_TABLES;
/** A 乡 with nothing to report: every figure of tables 三 and 四 is 0. */
const ZEROS: Record<string, number> = Object.fromEntries(Object.keys(TABLES).map((k) => [k, 0]));

const run = (text: string, figures: Record<string, number> = TABLES, year: number | null = 2023) => runProse(text, figures, year);
const error = (expected: number, quote: string) => ({ rule: 'text.vs-table', severity: 'error', expected, actual: 0, quote });

describe('zero claims: fire against a table that disagrees', () => {
  it.each([
    ['本年度未收到政府信息公开申请。', 86, '本年度未收到政府信息公开申请'],
    ['2023年，我局未收到公民、法人或其他组织提出的政府信息公开申请。', 86, '我局未收到公民、法人或其他组织提出的政府信息公开申请'],
    ['全年没有收到政府信息公开申请。', 86, '全年没有收到政府信息公开申请'],
    ['本年度无政府信息公开申请。', 86, '本年度无政府信息公开申请'],
    ['我镇全年未受理依申请公开事项。', 86, '我镇全年未受理依申请公开事项'],
  ])('applications: %s', (text, expected, quote) => {
    const r = run(`<p>${text}</p>`);
    expect(flagged(r)).toEqual([error(expected, quote)]);
    expect(r.findings[0]?.message).toContain('本年新收');
  });

  it.each([
    ['2023年，我局未发生因政府信息公开引起的行政复议、行政诉讼。', 5, '我局未发生因政府信息公开引起的行政复议、行政诉讼'],
    ['无政府信息公开行政复议和诉讼案件。', 5, '无政府信息公开行政复议和诉讼案件'],
    ['本年度未因政府信息公开工作被申请行政复议或提起行政诉讼。', 5, '本年度未因政府信息公开工作被申请行政复议或提起行政诉讼'],
    ['全年未发生因政府信息公开工作被申请行政复议的情况。', 3, '全年未发生因政府信息公开工作被申请行政复议'],
    ['本机关未收到政府信息公开行政复议申请。', 3, '本机关未收到政府信息公开行政复议申请'],
    ['全年未发生一起因政府信息公开引起的行政诉讼案件。', 2, '全年未发生一起因政府信息公开引起的行政诉讼案件'],
  ])('复议 and 诉讼: %s', (text, expected, quote) => {
    const r = run(`<p>${text}</p>`);
    expect(flagged(r)).toEqual([error(expected, quote)]);
  });

  it('two claims in one sentence are two checks', () => {
    const r = run('<p>本年度我镇未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼。</p>');
    expect(flagged(r)).toEqual([
      error(86, '本年度我镇未收到政府信息公开申请'),
      error(5, '未发生政府信息公开行政复议、行政诉讼'),
    ]);
  });

  it('a zero claim that gives its figure in brackets is flagged once', () => {
    const r = run('<p>本年度未收到政府信息公开申请（0件）。</p>');
    expect(flagged(r)).toEqual([error(86, '本年度未收到政府信息公开申请')]);
  });

  it('a zero claim beside a figure: each is checked', () => {
    const r = run('<p>全年共收到政府信息公开申请86件，未发生因政府信息公开引起的行政复议。</p>');
    expect(outcomes(r)).toEqual(['text.vs-table:pass', 'text.vs-table:fail']);
    expect(flagged(r)).toEqual([error(3, '未发生因政府信息公开引起的行政复议')]);
  });

  it('诉讼 of one group only (直接起诉 0, 复议后起诉 1): a loose reading, a warning', () => {
    const figures = { ...TABLES, 't4.suitDirect.upheld': 0, 't4.suitDirect.total': 0 };
    const r = run('<p>本年度未发生政府信息公开行政诉讼。</p>', figures);
    expect(flagged(r)).toEqual([{ ...error(1, '本年度未发生政府信息公开行政诉讼'), severity: 'warning' }]);
  });

  it('复议 and 诉讼 named together: one of them not 0 is an error, not a loose reading', () => {
    const figures = { ...TABLES, 't4.review.upheld': 0, 't4.review.corrected': 0, 't4.review.total': 0 };
    const r = run('<p>全年未发生政府信息公开行政复议和行政诉讼案件。</p>', figures);
    expect(flagged(r)).toEqual([error(2, '全年未发生政府信息公开行政复议和行政诉讼案件')]);
  });
});

describe('zero claims: a claim the tables agree with is a passed check', () => {
  it.each([
    '本年度未收到政府信息公开申请。',
    '2023年，我局未发生因政府信息公开引起的行政复议、行政诉讼。',
    '无政府信息公开行政复议和诉讼案件。',
    '本年度未因政府信息公开工作被申请行政复议或提起行政诉讼。',
  ])('%s', (text) => {
    const r = run(`<p>${text}</p>`, ZEROS);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.vs-table:pass']);
  });

  it('未收到 this year, with applications carried from last year: 本年新收 is 0', () => {
    const figures = { ...ZEROS, 't3.carried.total': 2, 't3.processed.total': 2, 't3.granted.total': 2 };
    const r = run('<p>本年度未收到政府信息公开申请，上年结转的2件均已办结。</p>', figures);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)[0]).toBe('text.vs-table:pass');
  });

  it('a page with no tables 三/四 reads no zero claim', () => {
    expect(run('<p>本年度未收到政府信息公开申请。</p>', {}).checks).toEqual([]);
  });
});

describe('zero claims: traps that must stay silent', () => {
  // every sentence against tables where every total is non-zero: a claim read would be a false flag
  it.each([
    // a subset of the applications, or of the cases
    '本年度未收到以信函方式提出的政府信息公开申请。',
    '本年度未收到通过传真方式提交的申请。',
    '未收到涉及企业商业秘密的政府信息公开申请。',
    '除上述申请外，未收到其他政府信息公开申请。',
    '全年未收到新的政府信息公开申请。',
    '其中，区政府本级未收到政府信息公开申请。',
    '各村（社区）均未收到政府信息公开申请。',
    '本单位所属二级单位未收到政府信息公开申请。',
    '全年未发生政府信息公开申请逾期答复的情况。',
    // not in any table
    '全年未发生政府信息公开工作被举报投诉的情况。',
    '未收到关于政府信息公开工作的投诉。',
    '未收到政府信息公开申请方面的投诉。',
    '全年未发生因政府信息公开工作引发的舆情。',
    '全年未发生失泄密事件。',
    '本年度未收取信息处理费。',
    '无政府信息公开申请费用收取情况。',
    // 纠错 (a result) is not the total
    '未发生因政府信息公开被纠错的情况。',
    '未发生因政府信息公开被行政复议纠错的情况。',
    '政府信息公开工作未被行政复议机关纠错。',
    '本年度无政府信息公开申请被行政复议纠错的情况。',
    '全年未发生行政诉讼败诉案件。',
    // another period
    '上年未收到政府信息公开申请。',
    '2022年，我局未发生政府信息公开行政复议。',
    '近三年来未发生因政府信息公开引起的行政诉讼。',
    '截至目前，暂未收到2024年度的政府信息公开申请。',
    '暂未收到政府信息公开申请。',
    '与上年一样，未收到政府信息公开申请。',
    // not a zero claim at all
    '收到的申请中，尚未办结的已转入下年度继续办理。',
    '对涉及国家秘密的信息未予公开。',
    '未受理的申请已全部告知申请人理由。',
    '全年未收到政府信息公开申请的乡镇有5个。',
    '如未收到申请人答复，视为放弃申请。',
    '无法提供的申请均已告知申请人。',
    '对该答复，申请人未申请行政复议，也未提起行政诉讼。',
    '当事人未申请行政复议。',
    '未收到申请人的补正材料。',
    '未收到行政复议决定书。',
    '未收到法院的行政诉讼应诉通知。',
    '检查有无政府信息公开申请逾期未答复的情况。',
    '无论是否收到申请，均做好公开工作。',
    // another kind of application or case
    '12345热线未收到相关工单。',
    '未收到12345政务服务便民热线关于政府信息公开的工单。',
    '未发生行政许可引起的行政复议。',
    '行政许可方面未发生行政复议和行政诉讼。',
    '在行政执法中未发生行政诉讼。',
    '全年未收到行政许可申请。',
    '未收到信访事项复查申请。',
    // part of the body, said of a 区's report
    '区政府办公室未收到政府信息公开申请。',
    '部分乡镇全年未收到政府信息公开申请。',
    '其余单位均未收到政府信息公开申请。',
    // the body as the 复议机关, not as the respondent table 四 counts
    '本机关作为行政复议机关，全年未收到政府信息公开行政复议申请。',
    '市政府作为复议机关未收到政府信息公开行政复议申请。',
    // the claim goes on past the noun
    '没有收到申请不等于没有公开工作。',
    '未收到申请的部门可不填报。',
    '本年度未收到申请人提出的复议申请。',
    '全年未发生复议后起诉。',
    '未发生因政府信息公开被申请行政复议后败诉的情况。',
    '全年未发生行政复议纠正的情况。',
  ])('%s', (text) => {
    const r = run(`<p>${text}</p>`);
    expect(flagged(r)).toEqual([]);
  });

  it('a trap beside a real claim does not hide it', () => {
    const r = run('<p>本年度未收到以信函方式提出的申请，全年共收到政府信息公开申请86件。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.vs-table:pass']);
  });
});
