/**
 * Red team 23's fixes (test/fixtures/redteam23: whole reports in phrasings red team 22 did not
 * use), each where the fix fires and where it stays silent. Tables: narrative-tables.ts
 * BUREAU_TABLES (新收 86, 上年结转 5, 办结 88: 42/11/6/20/5/4, 结转 3; 复议 3; 诉讼 1 + 1).
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse, word } from './narrative-tables.ts';

const DISTRICT = '某区人民政府';
const paras = (text: string) => text.split('。').filter(Boolean).map((t) => `<p>${t}。</p>`).join('');
const keys = (text: string, agency = DISTRICT, year = 2024) =>
  flagged(runProse(paras(text), BUREAU_TABLES, year, agency)).map((f) => `${f.rule}:${f.expected}:${f.actual}`);

describe('"结转至2025年办理" ends a list of results as 结转下年度 does (red team 23, c06)', () => {
  it.each([
    '共办理88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，结转至2025年办理3件。',
    '共办理88件，其中“予以公开”42件，“部分公开”11件，“不予公开”6件，“无法提供”20件，“不予处理”5件，“其他处理”4件，结转至2025年办理3件。',
    '共办理88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，转至次年办理3件。',
    '共办理88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，结转到下一年度办理3件。',
  ])('the carried ones are no result: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });
  it('a result wrong is still flagged', () => {
    // (the sum is the finding's expected figure, the whole as written its actual)
    expect(keys('共办理88件，其中予以公开43件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，结转至2025年办理3件。')).toEqual(['text.parts-sum:89:88']);
  });
  it('a whole of all received still counts the carried ones among its parts', () => {
    // 受理 91 = 新收 86 + 结转 5: results 88 and 3 carried forward add up to it
    const r = runProse(paras('共受理91件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，结转至2025年办理3件。'), BUREAU_TABLES, 2024, DISTRICT);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => [c.outcome, c.detail])).toEqual([['pass', '42件+11件+6件+20件+5件+4件+3件 = 91件']]);
  });
});

describe('败诉 and 胜诉 are outcomes, not a third kind of suit (red team 23, c25)', () => {
  it.each([
    '作为被告的政府信息公开行政诉讼2件，其中未经复议直接起诉1件、复议后起诉1件，败诉0件。',
    '被提起行政诉讼2件，其中未经复议直接起诉1件、复议后起诉1件，胜诉1件。',
    '被提起行政诉讼2件，其中胜诉1件、尚未审结1件。',
  ])('silent: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });
  it('the kinds of suit still add up', () => {
    expect(keys('作为被告的政府信息公开行政诉讼2件，其中未经复议直接起诉1件、复议后起诉2件，败诉0件。')).toContain('text.parts-sum:3:2');
  });
  it('outcomes over the whole are flagged', () => {
    expect(keys('被提起行政诉讼2件，其中胜诉2件、尚未审结1件。')).toContain('text.parts-sum:3:2');
  });
});

describe('本级 as the subject of its own applications, its figures the tables\', makes the tables 本级\'s (red team 23, c27, m01)', () => {
  const PROVINCE = '湖南省人民政府';
  it.each([
    '全省共收到政府信息公开申请4.6万件，办结4.5万件。省政府办公厅本级（代省政府）收到申请86件，上年结转5件，办结88件。',
    '全省共收到政府信息公开申请4.6万件，办结4.5万件。省政府本级新收政府信息公开申请86件，上年结转5件。',
  ])('the region\'s figures are the whole\'s: %s', (text) => {
    expect(keys(text, PROVINCE)).toEqual([]);
  });
  it.each([
    // m01: a wider scope first, then 本级 (they were skipped as a part of the body)
    ['全省各级行政机关共收到政府信息公开申请2.3万件。省政府（办公厅）本级新收政府信息公开申请87件，上年结转5件，办结88件。', ['text.vs-table:86:87']],
    ['全省共收到政府信息公开申请4.6万件。省政府办公厅本级收到申请87件，上年结转5件，办结88件。', ['text.vs-table:86:87']],
  ])('本级\'s own figures are compared: %s', (text, want) => {
    expect(keys(text, PROVINCE)).toEqual(want);
  });
  it.each([
    // no 本级 sentence: a 省政府's 全省 is its own, as before
    ['全省共收到政府信息公开申请4.6万件，办结4.5万件。', ['text.vs-table:86:46000', 'text.vs-table:88:45000']],
    // 本级's figures do not fit the tables: they are a part of the region's, which the tables count
    // (subset-sentences-wrong-2023: the region's wrong figure stays an error)
    ['全省共收到政府信息公开申请87件。省政府本级共收到申请12件，上年结转2件，办结13件。', ['text.vs-table:86:87']],
    // one figure that fits is not enough
    ['全省共收到政府信息公开申请4.6万件。省政府本级收到申请86件。', ['text.vs-table:86:46000']],
    // 本级 as no subject of applications says nothing of the tables
    ['全省共收到政府信息公开申请4.6万件。省政府本级工作情况良好。', ['text.vs-table:86:46000']],
  ])('…and the tables are not 本级\'s otherwise: %s', (text, want) => {
    expect(keys(text, PROVINCE)).toEqual(want);
  });
});

describe('a 其中 right after 上年结转 may divide the 新收 before it (red team 23)', () => {
  it.each([
    '全年新收政府信息公开申请86件，上年结转5件，其中网上申请60件、信函申请20件、当面申请6件。',
    // …or the carried ones themselves
    '全年新收政府信息公开申请86件，上年结转5件，其中网上申请3件、信函申请2件。',
  ])('silent: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });
  it('channels that fit neither are flagged against the nearer whole', () => {
    expect(keys('全年新收政府信息公开申请86件，上年结转5件，其中网上申请61件、信函申请20件、当面申请6件。')).toEqual(['text.parts-sum:87:86']);
  });
  it('Word\'s spans change nothing', () => {
    expect(flagged(runProse(word('全年新收政府信息公开申请86件，上年结转5件，其中网上申请60件、信函申请20件、当面申请6件。'), BUREAU_TABLES, 2024, DISTRICT))).toEqual([]);
  });
});

describe('办理 复议案件 is the body as 复议机关 (red team 23)', () => {
  it.each([
    '全年办理行政复议案件136件，同比增长8.8%，其中维持98件、撤销12件、确认违法6件、驳回9件、终止11件。',
    '区政府全年办理政府信息公开类行政复议申请12件。',
  ])('silent: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });
  it.each([
    ['本机关被申请行政复议4件。', ['text.vs-table:3:4']],
    ['全年办理被申请行政复议案件4件。', ['text.vs-table:3:4']],
    ['本机关办理行政复议答复案件4件。', ['text.vs-table:3:4']],
    // 正在办理: cases still open, against the body (table 四's 尚未审结 is 0)
    ['本机关被申请行政复议4件，正在办理的行政复议案件1件。', ['text.vs-table:3:4', 'text.vs-table:0:1']],
  ])('the body applied against is still compared: %s', (text, want) => {
    expect(keys(text)).toEqual(want);
  });
});

describe('a paragraph naming no topic goes on with the applications of the one before it (red team 23, m05 m24)', () => {
  const flags = (html: string) => flagged(runProse(html, BUREAU_TABLES, 2024, DISTRICT)).map((f) => `${f.rule}:${f.expected}:${f.actual}`);
  const APPLY = '<p>（二）依申请公开。本年度新收政府信息公开申请86件，上年结转5件。</p>';
  it.each([
    ['本年度办结88件，其中：予以公开43件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件。', ['text.parts-sum:89:88', 'text.vs-table:42:43']],
    ['办理结果情况如下：（1）予以公开42件；（2）部分公开12件；（3）不予公开6件；（4）无法提供20件；（5）不予处理5件；（6）其他处理4件。', ['text.vs-table:11:12']],
  ])('its results are compared: %s', (text, want) => {
    expect(flags(APPLY + `<p>${text}</p>`).sort()).toEqual(want.sort());
  });
  it('…and hold when right', () => {
    expect(flags(`${APPLY}<p>本年度办结88件，其中：予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件。</p>`)).toEqual([]);
  });
  it.each([
    // a heading between: another sub-section
    `${APPLY}<p>（三）其他工作</p><p>办结88件，其中：予以公开43件。</p>`,
    // the paragraph before is about other work
    '<p>（四）平台建设。全年办理12345热线工单860件。</p><p>办结88件，其中：予以公开43件。</p>',
    // the paragraph names other work itself
    `${APPLY}<p>全年办理人大代表建议43件，政协提案20件，予以公开43件。</p>`,
  ])('silent elsewhere: %s', (html) => {
    expect(flags(html)).toEqual([]);
  });
});

describe('"分季度看" divides the year\'s count, and a 按…分 list may open its own paragraph (red team 23, m02 m14)', () => {
  const flags = (html: string) => flagged(runProse(html, BUREAU_TABLES, 2024, DISTRICT)).map((f) => `${f.rule}:${f.expected}:${f.actual}`);
  it('quarters that add up hold', () => {
    const r = runProse('<p>全年新收政府信息公开申请86件，较上年增长9.6%。分季度看，第一季度20件，第二季度25件，第三季度22件，第四季度19件。</p>', BUREAU_TABLES, 2024, DISTRICT);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome)).toEqual(['pass']);
  });
  it('quarters that do not are flagged', () => {
    expect(flags('<p>全年新收政府信息公开申请86件，较上年增长9.6%。分季度看，第一季度20件，第二季度25件，第三季度23件，第四季度19件。</p>')).toEqual(['text.parts-sum:87:86']);
  });
  it('"分…看" naming no part of the year opens no list', () => {
    expect(flags('<p>全年新收政府信息公开申请86件。分领域看，教育类20件，住房类25件。</p>')).toEqual([]);
  });
  it('a 按申请主体分 paragraph divides the applications of the paragraph before', () => {
    const before = '<p>（二）依申请公开。本年度新收政府信息公开申请86件，上年结转5件。</p>';
    expect(flags(`${before}<p>按申请主体分，自然人70件，法人或其他组织16件。</p>`)).toEqual([]);
    expect(flags(`${before}<p>按申请主体分，自然人71件，法人或其他组织16件。</p>`)).toContain('text.parts-sum:87:86');
  });
  it('…not of a paragraph about other work', () => {
    expect(flags('<p>（四）建议提案。全年办理人大代表建议86件。</p><p>按申请主体分，自然人71件，法人或其他组织16件。</p>')).toEqual([]);
  });
});

describe('"除N件…结转…外，其余M件均已办结": the rest answered is 办理结果总计 (red team 23, m35)', () => {
  it.each([
    '上述91件申请中，除3件因尚在答复期限内结转至2025年外，其余88件均已办结。',
    // this year's alone: 办理结果总计 less 上年结转
    '全年新收申请86件，除3件结转下年度外，其余83件均已办结。',
    '全年新收申请86件，除3件正在办理外，其余83件均已按期答复。',
  ])('holds: %s', (text) => {
    const r = runProse(paras(text), BUREAU_TABLES, 2024, DISTRICT);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table' && c.quote.includes('其余')).map((c) => c.outcome)).toEqual(['pass']);
    expect(flagged(r)).toEqual([]);
  });
  it('a wrong rest is flagged', () => {
    expect(keys('上述91件申请中，除3件因尚在答复期限内结转至2025年外，其余89件均已办结。')).toEqual(['text.parts-sum:92:91', 'text.vs-table:88:89']);
  });
  it.each([
    // the rest of a subset: not the table's
    '予以公开42件，除3件外，其余39件均已答复。',
    // no 除…外 setting apart those still open
    '全年共受理申请91件，其余50件均已办结。',
    // the rest not said to be answered
    '上述91件申请中，除3件结转至2025年外，其余50件正在整理归档。',
  ])('no claim: %s', (text) => {
    expect(runProse(paras(text), BUREAU_TABLES, 2024, DISTRICT).checks.filter((c) => c.rule === 'text.vs-table' && c.quote.includes('其余'))).toEqual([]);
  });
});

describe('"（一）予以公开…；…（六）其他处理…；（七）总计N件": table 三\'s results under its own numbers (red team 23, m32)', () => {
  const LIST = (other: number, total = 88, sub = '') =>
    `本年度办理结果：（一）予以公开42件；（二）部分公开11件；（三）不予公开6件${sub}；（四）无法提供20件；（五）不予处理5件；（六）其他处理${other}件；（七）总计${total}件。`;
  it.each([LIST(4), LIST(4, 88, '，其中涉及第三方合法权益2件')])('adds up: %s', (text) => {
    const r = runProse(paras(text), BUREAU_TABLES, 2024, DISTRICT);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome)).toEqual(['pass']);
    expect(flagged(r)).toEqual([]);
  });
  it('a wrong item is flagged against the （七）总计', () => {
    // (no 申请 in the sentence and no paragraph before it: the item itself is not compared here)
    expect(keys(LIST(5))).toEqual(['text.parts-sum:89:88']);
  });
  it('numbered items with no （七）总计 claim no sum', () => {
    const r = runProse(paras('本年度：（一）予以公开42件；（二）部分公开11件；（三）其他处理4件。'), BUREAU_TABLES, 2024, DISTRICT);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum')).toEqual([]);
  });
});
