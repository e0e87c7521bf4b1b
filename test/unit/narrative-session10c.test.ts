/**
 * Readings of the application flow added in session 10c:
 * - "其中网上申请50件，办结48件": the 办结 after a 其中 part, joined by ，, may be the part's: it
 *   passes when it meets the table and is skipped when it does not (part-of-applications.ts);
 * - "2019年结转的申请4件" in the 2020 report: 上年结转 (carried-from-year.ts);
 * - "新收、办结分别为56件和57件" under a heading about applications: the paragraph's topic
 *   (respectively.ts);
 * - "年底在办2件": 结转下年度 (carried-after.ts).
 * Each reading fires when the text is wrong against the table and stays silent when it agrees, or
 * when the words are about another year or other work. The pages are written as Word pastes them:
 * MsoNormal paragraphs, spans around figures, <o:p>, and full-width digits in some.
 * The bureau's table 三 (narrative-tables.ts): 新收 86, 上年结转 5, 办结 88, 结转下年度 3.
 */
import { describe, expect, it } from 'vitest';
import { word, BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';

/** A heading as Word pastes it: bold, in its own paragraph. */
const heading = (text: string): string => `<p class="MsoNormal"><b><span style="font-family:楷体_GB2312">${text}</span></b><o:p></o:p></p>`;

/** The 2020 report of the bureau. */
const run = (...paras: string[]): ProseResult => runProse(paras.join('\n'), BUREAU_TABLES, 2020);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.severity}:${f.expected}:${f.actual}`);
/** The checks against table 三, as "outcome quote". */
const t3 = (r: ProseResult) => r.checks.filter((c) => c.detail.includes('表三')).map((c) => `${c.outcome} ${c.quote}`);

describe('办结 after a 其中 part of the applications, joined by ，: the part\'s or the whole\'s', () => {
  it.each([
    ['全年收到政府信息公开申请86件，其中网上申请50件，办结48件。', 'skip 办结48件'],
    ['全年收到政府信息公开申请８６件，其中网上申请５０件，办结８８件。', 'pass 办结８８件'],
    ['全年收到政府信息公开申请86件，其中信函申请36件，已答复35件。', 'skip 已答复35件'],
    ['全年收到政府信息公开申请86件，其中自然人申请80件，办结78件。', null],
    ['全年收到政府信息公开申请86件，其中网上50件、信函36件，办结88件。', 'pass 办结88件'],
    ['全年收到政府信息公开申请86件，其中网上50件、信函36件，办结84件。', 'skip 办结84件'],
    ['全年收到政府信息公开申请86件，其中当面申请20件，答复80件。', 'skip 答复80件'],
  ])('%s: no error; the figure meets the table or is skipped', (text, check) => {
    const r = run(word(text));
    expect(fired(r)).toEqual([]);
    const after = t3(r).filter((c) => !c.includes('收到'));
    // 自然人 names a part of the applicants: SUBSET_SUBJECT leaves every later figure alone
    expect(after).toEqual(check ? [check] : []);
  });

  it.each([
    // after ；or 。 the 办结 is the whole's again
    ['全年收到政府信息公开申请86件，其中网上申请50件、信函申请36件；办结84件。', 'error:88:84'],
    ['全年收到政府信息公开申请86件，其中网上申请50件、信函申请36件。办结84件。', 'error:88:84'],
    // a 其中 in a closed parenthesis is an aside: the 办结 is the whole's
    ['全年收到政府信息公开申请86件（其中网上申请50件），办结84件。', 'error:88:84'],
    // 其中 naming no part of the applications (results of those answered) leaves the later figure compared
    ['全年收到政府信息公开申请86件，其中予以公开42件，办结84件。', 'error:88:84'],
  ])('%s: compared as before', (text, flag) => {
    expect(fired(run(word(text)))).toEqual([flag]);
  });
});

describe('last year\'s applications carried in, named by their year: 上年结转', () => {
  it.each([
    ['全年收到政府信息公开申请86件，2019年结转的申请5件。', '全年收到政府信息公开申请86件，2019年结转的申请4件。', '2019年结转的申请4件'],
    ['全年收到政府信息公开申请86件，２０１９年度结转至本年度的申请５件。', '全年收到政府信息公开申请86件，２０１９年度结转至本年度的申请６件。', '２０１９年度结转至本年度的申请６件'],
    ['全年收到政府信息公开申请86件，上年度（2019年）结转5件。', '全年收到政府信息公开申请86件，上年度（2019年）结转4件。', '上年度（2019年）结转4件'],
    ['全年收到政府信息公开申请86件，2019年度结转至本年度继续办理的申请5件。', '全年收到政府信息公开申请86件，2019年度结转至本年度继续办理的申请4件。', '2019年度结转至本年度继续办理的申请4件'],
  ])('%s', (right, wrong, quote) => {
    const r = run(word(right));
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.detail.includes('上年结转')).map((c) => c.outcome)).toEqual(['pass']);
    expect(flagged(run(word(wrong)))).toMatchObject([{ rule: 'text.vs-table', severity: 'error', expected: 5, quote }]);
  });

  it('takes its topic from its paragraph\'s heading when its sentence names none', () => {
    expect(fired(run(heading('（二）依申请公开情况'), word('本年新收86件。2019年结转4件。')))).toEqual(['error:5:4']);
  });

  it.each([
    // another year than the one before the report's
    '全年收到政府信息公开申请86件，2018年结转的申请4件。',
    '全年收到政府信息公开申请86件，上年度（2018年）结转4件。',
    // carried out of 2019 into a year that is not the report's: another year's figure
    '全年收到政府信息公开申请86件，2019年结转至2021年的申请4件。',
    // last year's own figure, no carry
    '2019年共收到政府信息公开申请80件，结转4件。',
    // other work carried in
    '全年收到政府信息公开申请86件，2019年结转的行政许可申请4件。',
    '（五）建议提案办理情况。2019年结转的建议4件。',
  ])('%s: silent', (text) => {
    const r = run(word(text));
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.detail.includes('上年结转'))).toEqual([]);
  });

  it('without the report\'s year, a year before the figure is another period as before', () => {
    const r = runProse(word('全年收到政府信息公开申请86件，2019年结转的申请4件。'), BUREAU_TABLES, null);
    expect(r.checks.filter((c) => c.detail.includes('上年结转'))).toEqual([]);
  });
});

describe('a 分别 list of the application flow takes its paragraph\'s topic', () => {
  it.each([
    [[heading('（二）依申请公开情况'), word('本年度新收、办结分别为86件和88件。')], [heading('（二）依申请公开情况'), word('本年度新收、办结分别为56件和57件。')], ['error:86:56', 'error:88:57']],
    [[word('（二）依申请公开情况。新收、办结分别为８６件和８８件。')], [word('（二）依申请公开情况。新收、办结分别为８６件和８７件。')], ['error:88:87']],
    [
      [heading('二、依申请公开情况'), word('全年工作有序推进。上年结转、本年新收分别为5件、86件。')],
      [heading('二、依申请公开情况'), word('全年工作有序推进。上年结转、本年新收分别为3件、86件。')],
      ['error:5:3'],
    ],
  ])('%s', (right, wrong, flags) => {
    const r = run(...right);
    expect(fired(r)).toEqual([]);
    expect(t3(r).filter((c) => c.startsWith('pass'))).toHaveLength(2);
    expect(fired(run(...wrong))).toEqual(flags);
  });

  it.each([
    // other work carried on from year to year
    [heading('（五）建议提案办理情况'), word('新收、办结分别为56件和57件。')],
    [heading('（四）行政复议、行政诉讼情况'), word('新收、办结分别为56件和57件。')],
    [word('本机关被申请行政复议和提起行政诉讼的案件不多。新收、办结分别为56件和57件。')],
    // a paragraph about applications, but no name of the flow's own (收到, 办结: any work's words)
    [heading('（二）依申请公开情况'), word('收到、办结分别为56件和57件。')],
    // no heading or sentence about applications at all
    [word('全年工作有序推进。新收、办结分别为56件和57件。')],
  ])('%s: silent', (...paras) => {
    const r = run(...paras);
    expect(fired(r)).toEqual([]);
    expect(t3(r)).toEqual([]);
  });
});

describe('在办 at the year\'s end, in a sentence about applications: 结转下年度', () => {
  it.each([
    ['全年收到政府信息公开申请86件，年底在办3件。', '全年收到政府信息公开申请86件，年底在办2件。', '年底在办2件'],
    ['截至12月31日，共收到政府信息公开申请86件，办结83件，3件在办。', '截至12月31日，共收到政府信息公开申请86件，办结83件，4件在办。', '4件在办'],
    ['全年收到政府信息公开申请８６件，截至年底在办申请３件。', '全年收到政府信息公开申请８６件，截至年底在办申请１件。', '截至年底在办申请１件'],
    ['截至2020年年末，共受理政府信息公开申请86件，尚有3件申请仍在办。', '截至2020年年末，共受理政府信息公开申请86件，尚有2件申请仍在办。', '尚有2件申请仍在办'],
  ])('%s', (right, wrong, quote) => {
    const r = run(word(right));
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.detail.includes('结转下年度')).map((c) => c.outcome)).toEqual(['pass']);
    expect(flagged(run(word(wrong)))).toMatchObject([{ rule: 'text.vs-table', severity: 'error', expected: 3, quote }]);
  });

  it.each([
    // no year's end: when the report was written, perhaps
    '全年收到政府信息公开申请86件，在办2件。',
    '全年收到政府信息公开申请86件，目前在办2件。',
    // other work in office
    '截至12月31日，收到人大代表建议20件，2件在办。',
    '截至年底，收到政府信息公开申请86件、信访件20件，在办2件。',
    // a part of them
    '截至年底，收到政府信息公开申请86件，其中2件在办。',
    // no applications named in the sentence
    '截至年底，在办2件。',
  ])('%s: silent', (text) => {
    const r = run(heading('（二）依申请公开情况'), word(text));
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.detail.includes('结转下年度'))).toEqual([]);
  });
});
