/**
 * Red-team of the narrative checks, the text against the tables: realistic report prose about the
 * applications, reconsiderations and suits a bureau's tables count, read every way a careful reader
 * would accept, and flagged only when none fits. (The text's own arithmetic: narrative-redteam.test.ts.)
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { BUREAU_TABLES, flagged, outcomes, runProse } from './narrative-tables.ts';

/** Tables 三 and 四 of the bureau these sentences are about (narrative-tables.ts). */
const TABLES = BUREAU_TABLES;
const run = (text: string, figures: Record<string, number> = {}) => runProse(text, figures);

describe('red team: text against tables', () => {
  it('the table\'s own wording is read: "本年度办理结果总计88件" is 办理结果总计, and the figure after it too', () => {
    const text = '依申请公开方面，全年新收政府信息公开申请86件，上年结转5件，本年度办理结果总计88件，结转下年度继续办理3件。';
    const ok = run(`<p>${text}</p>`, TABLES);
    expect(outcomes(ok)).toEqual(['text.vs-table:pass', 'text.vs-table:pass', 'text.vs-table:pass', 'text.vs-table:pass']);
    // the measure 办理 alone must not take "结果总计" for another kind of count and drop the clause
    const wrong = run(`<p>${text.replace('总计88件', '总计87件')}</p>`, TABLES);
    expect(flagged(wrong)).toEqual([{ rule: 'text.vs-table', severity: 'error', expected: 88, actual: 87, quote: '本年度办理结果总计87件' }]);
  });

  it('其中 naming part of the body scopes every figure after it in the clause', () => {
    const r = run('<p>其中市政府办公室受理政府信息公开申请30件，办结28件，结转下年2件。</p>', TABLES);
    expect(r.checks).toEqual([]);
  });

  it('"收到的86件申请中已办结83件" is about the new applications only', () => {
    const r = run('<p>上年度结转的5件申请已全部办结，本年度收到的86件申请中已办结83件，结转下年度3件。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    // 上年度结转的5件: 上年结转, its topic the paragraph's (session 10)
    expect(outcomes(r)).toEqual(['text.vs-table:pass', 'text.vs-table:pass', 'text.vs-table:pass']);
  });

  it('"5件重复申请" counts one kind of application', () => {
    const r = run('<p>对于申请人提出的5件重复申请，依法不予处理。</p>', TABLES);
    expect(r.checks).toEqual([]);
  });

  it('a 复议 count of all cases, of which 其中 picks the disclosure ones, is not table 四', () => {
    const r = run('<p>全年共发生行政复议案件5件，其中涉及政府信息公开的3件。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
  });

  it('every table row the text restates, with the accepted readings', () => {
    const r = run(
      '<p>2023年，我局共受理政府信息公开申请91件，其中新收申请86件，上年结转5件。全年共办结政府信息公开申请88件（含上年结转5件），其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，结转下年度继续办理3件。</p>',
      TABLES,
    );
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.outcome !== 'pass')).toEqual([]);
  });

  it('诉讼 = 直接起诉 + 复议后起诉; one group only is a warning', () => {
    expect(flagged(run('<p>全年因政府信息公开被申请行政复议3件、提起行政诉讼2件，结果均为维持。</p>', TABLES))).toEqual([]);
    expect(flagged(run('<p>全年因政府信息公开被申请行政复议3件，提起行政诉讼1件。</p>', TABLES))).toEqual([
      { rule: 'text.vs-table', severity: 'warning', expected: 2, actual: 1, quote: '提起行政诉讼1件' },
    ]);
  });

  it("办理 alone is the year's caseload (新收 + 上年结转) or its answers", () => {
    const r = run('<p>本年度共收到政府信息公开申请86件，加上上年结转5件，共需办理91件，已办结88件，剩余3件结转至2024年继续办理。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    // and the sum the text does itself, 86 + 5 = 91 (session 24; its whole is then the sum's, not compared again)
    expect(outcomes(r)).toEqual(['text.parts-sum:pass', ...Array(4).fill('text.vs-table:pass')]);
    const r2 = run('<p>全年办理依申请公开事项91件，其中本年新收86件，上年结转5件；已办结88件。</p>', TABLES);
    expect(flagged(r2)).toEqual([]);
    expect(flagged(run('<p>全年办理申请90件。</p>', TABLES))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 88, actual: 90, quote: '全年办理申请90件' },
    ]);
  });

  it('复议后起诉 is a suit: after a 复议 clause, 尚未审结 is read against the suits', () => {
    const figures = { ...TABLES, 't4.review.pending': 1, 't4.review.total': 4 };
    const r = run('<p>全年发生政府信息公开行政复议4件；因政府信息公开被提起行政诉讼2件，其中直接起诉1件，复议后起诉1件，尚未审结1件。</p>', figures);
    expect(flagged(r)).toEqual([]);
  });

  it('同意公开 may count the partly granted; 予以公开和部分公开 is their sum', () => {
    expect(flagged(run('<p>全年办结申请88件，同意公开53件（含部分公开11件），不予公开6件。</p>', TABLES))).toEqual([]);
    expect(flagged(run('<p>全年办结申请88件，予以公开和部分公开的53件，公开率60.2%。</p>', TABLES))).toEqual([]);
    expect(flagged(run('<p>全年办结申请88件，同意公开50件，不予公开6件。</p>', TABLES))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 42, actual: 50, quote: '同意公开50件' },
    ]);
  });

  it('a 复议 count after a list of results is no result; 复议和诉讼 together are both groups', () => {
    const r = run('<p>全年办结申请88件，其中予以公开42件、部分公开11件、不予公开6件、无法提供20件、不予处理5件、其他处理4件，申请人对答复不满意申请行政复议3件。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    expect(r.checks[0]).toMatchObject({ rule: 'text.parts-sum', outcome: 'pass', detail: '42件+11件+6件+20件+5件+4件 = 88件' });
    expect(flagged(run('<p>全年发生行政复议和行政诉讼案件5件，其中行政复议3件，行政诉讼2件。</p>', TABLES))).toEqual([]);
  });

  it.each([
    ['全年共受理行政许可申请1200件，办结1198件，按时办结率100%。'],
    ['全年受理不动产登记申请2563件，全部按时办结。'],
    ['全年共收到依申请公开86件，同时收到申请人补正材料6件。'],
    ['全年办结申请88件。受理12345热线工单1523件，办结1523件。'],
    ['全年共受理行政复议申请12件（含非政府信息公开类），办结12件。'],
    ['全年办理政府信息公开申请答复书88件，制发补正告知书6件、延期答复告知书3件。'],
    ['全年共受理信访事项56件，办结56件。'],
  ])('counts of something else than disclosure applications are not table 三: %s', (text) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.outcome === 'fail')).toEqual([]);
  });

  it('a clause about something else does not hide the next clause about applications', () => {
    const r = run('<p>全年受理行政许可申请1200件，收到政府信息公开申请80件。</p>', TABLES);
    expect(flagged(r)).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 86, actual: 80, quote: '收到政府信息公开申请80件' },
    ]);
  });

  it.each([
    ['近三年来，我局共收到政府信息公开申请300件。', []],
    ['自2019年以来，累计收到政府信息公开申请300件，办结298件。', []],
    ['2022年共收到政府信息公开申请102件，2023年共收到86件。', ['text.vs-table:pass']],
    ['上年共收到政府信息公开申请102件，本年度收到86件。', ['text.vs-table:pass']],
    ['与去年收到的102件相比，今年收到申请86件。', ['text.vs-table:pass']],
    ['2023年1-11月共收到政府信息公开申请80件，12月收到6件。', []],
    ['第一季度收到申请20件，第二季度收到申请25件，第三季度收到申请21件，第四季度收到申请20件。', []],
    ['今年以来，共收到政府信息公开申请86件，上年结转5件。', ['text.vs-table:pass', 'text.vs-table:pass']],
    ['2023年1月1日至12月31日，共收到政府信息公开申请86件。', ['text.vs-table:pass']],
  ])('a figure of another period is not the table\'s: %s', (text, expected) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(expected);
  });

  it.each([
    ['全年共受理政府信息公开申请86件，较2022年受理的102件下降15.69%。'],
    ['全年共受理政府信息公开申请86件，与2022年受理的102件相比下降15.69%。'],
  ])('the base of a comparison is last year\'s: %s', (text) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.change:pass', 'text.vs-table:pass']);
  });

  it('the report year, when known, tells this year from another', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><p>2022年共收到政府信息公开申请102件。2023年共收到政府信息公开申请80件。</p></body></html>');
    const r = checkNarrative({ container: document.body, exclude: [], figures: TABLES, figureRefs: {}, year: 2023 });
    expect(flagged(r)).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 86, actual: 80, quote: '2023年共收到政府信息公开申请80件' },
    ]);
  });

  it.each([
    ['全年共办理行政复议案件35件，行政诉讼案件12件，均不涉及政府信息公开。'],
    ['全年共办理行政复议案件35件，行政诉讼案件12件，其中涉及政府信息公开的行政复议3件、行政诉讼2件。'],
    ['全年我局作为被申请人的行政复议案件35件，作为被告的行政诉讼案件12件。'],
  ])('a body\'s caseload of 复议/诉讼 is not table 四: %s', (text) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table')).toEqual([]);
  });

  it.each([
    // the 3 named 正在办理中 after it: 结转下年度 (session 10)
    ['全年共收到政府信息公开申请86件，已办结83件，尚有3件正在办理中。', ['text.vs-table:pass', 'text.vs-table:pass', 'text.vs-table:pass']],
    ['全年共收到政府信息公开申请86件，截至12月31日，尚未办结的3件已结转至下一年度。', ['text.vs-table:pass', 'text.vs-table:pass']],
    ['全年共收到政府信息公开申请86件，逾期答复0件，延期答复3件。', ['text.vs-table:pass']],
    ['全年办理政府信息公开申请86件，其中按时办理85件，延期办理1件。', ['text.parts-sum:pass', 'text.vs-table:pass']],
  ])('answered of this year\'s, not yet answered, late or on time: %s', (text, expected) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(expected);
  });

  it.each([
    ['全年全市共收到政府信息公开申请86件。市政府办公室收到52件，市直各部门收到34件。'],
    ['全年共收到政府信息公开申请86件，市本级收到52件，各县区收到34件。'],
    ['全县各乡镇、各部门共收到政府信息公开申请86件。'],
  ])('a part of the body without 其中 is not the table total; the whole body is: %s', (text) => {
    const r = run(`<p>${text}</p>`, TABLES);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toEqual(['text.vs-table:pass']);
  });

  it('应诉 is a suit', () => {
    const r = run('<p>全年办理行政复议答复3件（均为维持），行政应诉2件（1件尚未审结、1件驳回起诉）。</p>', TABLES);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.detail)).toContain('2件 = 表四两类行政诉讼“总计”之和 2');
  });

  it('"转入2024年继续办理" is carried forward', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><p>全年共收到政府信息公开申请86件，已办结83件，剩余3件转入2024年继续办理。</p></body></html>');
    const r = checkNarrative({ container: document.body, exclude: [], figures: TABLES, figureRefs: {}, year: 2023 });
    expect(flagged(r)).toEqual([]);
    expect(r.checks.map((c) => c.detail)).toContain('3件 = 表三“结转下年度继续办理” 3');
  });

  it('a wrong restated figure is flagged', () => {
    const r = run('<p>本年度新收政府信息公开申请86件，上年结转5件，已全部办结88件，结转下年度继续办理2件。</p>', TABLES);
    expect(flagged(r)).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 3, actual: 2, quote: '结转下年度继续办理2件' },
    ]);
  });
});
