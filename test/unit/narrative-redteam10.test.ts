// @vitest-environment node
/**
 * Red team, tenth round (test/fixtures/redteam10, EXPECT.md): sentences of consistent reports that
 * were flagged against tables they agree with. Each case keeps a firing variant of the same shape,
 * so that the check still catches a claim that is truly wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { BUREAU_TABLES, flagged, outcomes, runProse } from './narrative-tables.ts';

/** The bureau of narrative-tables.ts (新收 86, 上年结转 5, 办结 88, 结转下年度 3; 复议 3, 诉讼 1 + 1), a 2023 report. */
const TABLES = BUREAU_TABLES;
const run = (text: string, figures: Record<string, number> = TABLES) => runProse(text, figures, 2023);

describe('red team 10: a range of years is not the report\'s year', () => {
  it.each([
    // Kaizhou 规划和自然资源 2023 (page 57), as the page writes it
    '<p>2021年至2023年，本局累计收到政府信息公开申请186件，因政府信息公开累计被申请行政复议9件、被提起行政诉讼5件，未发生败诉案件。</p>',
    '<p>2021—2023年，我局共收到政府信息公开申请<span lang="EN-US">186</span>件<o:p></o:p></p>',
    '<p>2021-2023年累计被申请行政复议5件。</p>',
    '<p>２０２１年到２０２３年，累计办结政府信息公开申请１８０件。</p>',
  ])('%s is not compared with this year\'s tables', (text) => {
    const r = run(text);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r).filter((o) => o.startsWith('text.vs-table'))).toEqual([]);
  });

  it('a figure of the report\'s year beside a range is still compared, and a wrong one flagged', () => {
    expect(flagged(run('<p>2021年至2023年累计收到申请186件，2023年收到政府信息公开申请80件。</p>'))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 86, actual: 80, quote: '2023年收到政府信息公开申请80件' },
    ]);
  });

  it.each([
    // one year from January to December is the year
    ['<p>2023年1月至2023年12月，共收到政府信息公开申请80件。</p>', '共收到政府信息公开申请80件'],
    // a title's range names no period of the figure
    ['<p>按照《法治政府建设实施纲要（2021—2025年）》要求，我局共收到政府信息公开申请80件。</p>', '我局共收到政府信息公开申请80件'],
  ])('%s is this year\'s figure, and flagged when wrong', (text, quote) => {
    expect(flagged(run(text))).toEqual([{ rule: 'text.vs-table', severity: 'error', expected: 86, actual: 80, quote }]);
  });
});

describe('red team 10: 其中 opening a sentence after a list', () => {
  const parts = (r: ReturnType<typeof run>) => outcomes(r).filter((o) => o.startsWith('text.parts-sum'));

  it.each([
    // 潼南区市场监管局 2022 (page 58): the second 其中 divides 收到 58, not 其他处理 0 nor 办结 57
    '<p>全年共收到政府信息公开申请58件，上年结转0件，已办结57件，结转下年度继续办理1件。其中予以公开25件，部分公开5件，不予公开3件，无法提供20件，不予处理4件，其他处理0件。其中，局机关收到申请41件，局属各市场监管所收到申请17件。</p>',
    '<p>全年办结60件。其中予以公开32件，其他28件。其中，网上申请41件，信函申请18件。</p>',
    // the same across a paragraph break, as Word pastes it
    '<p class="MsoNormal">全年办结60件。其中予以公开32件，其他28件。<o:p></o:p></p><p class="MsoNormal">其中，网上申请<span>41</span>件，信函申请18件。<o:p></o:p></p>',
    '<p>本年新收申请中，自然人申请50件，法人或其他组织申请10件。其中，网上申请41件，信函申请18件。</p>',
  ])('%s: the whole of the second 其中 is not guessed', (text) => {
    const r = run(text, {});
    expect(flagged(r)).toEqual([]);
    // the first list may be checked; the second is not (nor is the year's flow a list: flow-balance.ts, recall33)
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum' && !c.detail.includes('收支')).slice(1)).toEqual([]);
  });

  it('a 其中 after a sentence of one count still divides it, and a list that claims to be complete is flagged', () => {
    expect(flagged(run('<p>全年共收到政府信息公开申请60件。其中，网上申请41件，信函申请18件，其他渠道2件。</p>', {}))).toEqual([
      { rule: 'text.parts-sum', severity: 'error', expected: 61, actual: 60, quote: '全年共收到政府信息公开申请60件。其中，网上申请41件，信函申请18件，其他渠道2件' },
    ]);
  });

  it('a 其中 opening a paragraph divides the count before when it adds up, and is no finding when it does not', () => {
    // (txt73: where the sentence right before is the paragraph's last and names its one count of applications, the
    // whole is sure, as within one paragraph: "…申请60件。" ¶ "其中，…其他渠道2件。" is an error, narrative-txt73.test.ts; a
    // count its clause does not say is of applications stays a guess)
    const para = (last: number) => `<p>全年共受理政府信息公开60件。</p><p>其中，网上申请41件，信函申请18件，其他渠道${last}件。</p>`;
    expect(parts(run(para(1), {}))).toEqual(['text.parts-sum:pass']);
    const r = run(para(2), {});
    expect(flagged(r)).toEqual([]);
    expect(parts(r)).toEqual(['text.parts-sum:skip']);
  });
});

describe('red team 10: a 部门\'s own parts are not the body', () => {
  const AGENCY = '重庆市潼南区市场监督管理局';
  const runBureau = (text: string) => runProse(text, TABLES, 2023, AGENCY);

  it.each([
    // 潼南区市场监管局 2022 (page 58): 局机关 41 + 局属各市场监管所 17 = 新收 58
    '<p>局机关收到申请50件，局属单位收到申请9件。</p>',
    '<p>全年共收到政府信息公开申请86件，局机关收到69件。各市场监管所收到的<span lang="EN-US">17</span>件申请均在法定期限内答复。<o:p></o:p></p>',
    '<p>各市场监管所共收到申请9件，均已办结。</p>',
    '<p>我局机关共收到政府信息公开申请50件，办结50件。</p>',
    '<p>委属单位收到申请9件，各执法大队收到申请3件，各分局办结申请12件。</p>',
    // 石柱县政府办公室 2023 (page 59), and the same without the office named
    '<p>县政府办公室代县政府办理的申请16件已全部办结。</p>',
    '<p>代区政府办理的申请12件已全部办结。</p>',
  ])('%s is not compared with the table\'s total', (text) => {
    const r = runBureau(text);
    expect(flagged(r)).toEqual([]);
    // only the bureau's own 86 is compared
    expect(r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.detail)).toEqual(
      text.includes('86件') ? ['86件 = 表三“本年新收” 86'] : [],
    );
  });

  it.each([
    ['<p>本局共收到政府信息公开申请80件。</p>', '本局共收到政府信息公开申请80件'],
    ['<p>我局收到申请80件，局属单位收到申请9件。</p>', '我局收到申请80件'],
    // 各…所 followed by a verb is no unit: the figure is the body's
    ['<p>各类申请所涉事项复杂，全年共收到申请80件。</p>', '全年共收到申请80件'],
  ])('%s is the body\'s own figure, and flagged when wrong', (text, quote) => {
    expect(flagged(runBureau(text))).toEqual([{ rule: 'text.vs-table', severity: 'error', expected: 86, actual: 80, quote }]);
  });
});

/** Table 四 of 巴南区规划和自然资源 2023 (page 44): 复议 1 (维持), 诉讼 1 (尚未审结). */
const T4: Record<string, number> = {
  ...TABLES,
  't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.pending': 0, 't4.review.total': 1,
  't4.suitDirect.upheld': 0, 't4.suitDirect.pending': 1, 't4.suitDirect.total': 1,
  't4.suitAfterReview.pending': 0, 't4.suitAfterReview.total': 0,
};

describe('red team 10: 「A和B各N件」 is N for each', () => {
  const PAGE_44 = '<p class="MsoNormal">本年度因政府信息公开被申请行政复议和提起行政诉讼各<span lang="EN-US">1</span>件，其中行政复议1件（结果维持），行政诉讼1件（尚未审结）。<o:p></o:p></p>';

  it('each name is compared with its own table figure, and the 其中 list is not summed against N', () => {
    const r = run(PAGE_44, T4);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum')).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table' && c.quote.includes('各')).map((c) => c.detail)).toEqual([
      '1件 = 表四行政复议“总计” 1',
      '1件 = 表四两类行政诉讼“总计”之和 1',
    ]);
  });

  it('a name whose table figure is not N is flagged', () => {
    // the bureau: 复议 3, 诉讼 2
    expect(flagged(run('<p>本年度因政府信息公开被申请行政复议和提起行政诉讼各2件。</p>'))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 3, actual: 2, quote: '本年度因政府信息公开被申请行政复议和提起行政诉讼各2件' },
    ]);
  });

  it('a list after one figure that is not said of each is still summed', () => {
    expect(flagged(run('<p>本年度因政府信息公开被申请行政复议和提起行政诉讼共1件，其中行政复议1件，行政诉讼1件。</p>', {}))).toEqual([
      { rule: 'text.parts-sum', severity: 'error', expected: 2, actual: 1, quote: '本年度因政府信息公开被申请行政复议和提起行政诉讼共1件，其中行政复议1件，行政诉讼1件' },
    ]);
  });
});

describe('red team 10: 复议/诉讼 cases carried over from last year are last year\'s', () => {
  it.each([
    // page 44, after its 各1件 sentence
    '<p class="MsoNormal">本年度因政府信息公开被申请行政复议和提起行政诉讼各1件。上年度结转的<span lang="EN-US">2</span>件行政诉讼案件已于2023年3月审结，均判决驳回原告诉讼请求。<o:p></o:p></p>',
    '<p>全年被申请行政复议1件。上年结转行政复议案件2件，已办结。</p>',
    '<p>本年度因政府信息公开被提起行政诉讼1件。上年度结转的2件行政诉讼案件已于2023年3月审结。</p>',
    '<p>行政诉讼方面，上年遗留的2件案件均已审结。</p>',
  ])('%s: not compared with table 四', (text) => {
    const r = run(text, T4);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table' && c.quote.includes('2件'))).toEqual([]);
  });

  it('the same cases said of this year are compared, and flagged when wrong', () => {
    expect(flagged(run('<p>本年度因政府信息公开被提起行政诉讼1件。本年度的2件行政诉讼案件已于2023年3月审结。</p>', T4))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 0, actual: 2, quote: '本年度的2件' },
    ]);
  });

  it('上年结转 of applications is still table 三\'s row', () => {
    expect(flagged(run('<p>全年共收到政府信息公开申请86件。上年结转的3件申请已全部办结。</p>'))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 5, actual: 3, quote: '上年结转的3件' },
    ]);
  });
});

describe('red team 10: the whole a share\'s sentence names, and its message', () => {
  const shares = (r: ReturnType<typeof run>) => r.checks.filter((c) => c.rule === 'text.share').map((c) => `${c.outcome} ${c.detail}`);
  // 长寿区 2022 (page 24): 办结 73, 予以公开 16 (21.9%), 部分公开 7 (9.6%)
  const page24 = (share: string) =>
    `<p class="MsoNormal">全年共收到政府信息公开申请68件，上年结转5件，已办结73件。在已办结的<span lang="EN-US">73</span>件申请中，予以公开16件，占${share}；部分公开7件，占9.6%。<o:p></o:p></p>`;

  it('「在已办结的73件申请中」 is the whole of the shares after it: a wrong one is flagged', () => {
    const r = run(page24('26.2%'), {});
    expect(flagged(r)).toEqual([{ rule: 'text.share', severity: 'error', expected: 21.9, actual: 26.2, quote: '予以公开16件，占26.2%' }]);
    expect(r.findings.find((f) => f.rule === 'text.share')?.message).toBe('正文称16件占26.2%，按总数73件计算应为21.9%。');
  });

  it('and a right one passes', () => {
    const r = run(page24('21.9%'), {});
    expect(flagged(r)).toEqual([]);
    expect(shares(r)).toEqual(['pass 16件 ÷ 73件 = 21.92%，正文 21.9%', 'pass 7件 ÷ 73件 = 9.59%，正文 9.6%']);
  });

  it.each([
    ['<p>办结的66件中，予以公开30件，占45.5%。</p>', 'pass 30件 ÷ 66件 = 45.45%，正文 45.5%'],
    ['<p>办结的66件中，予以公开30件，占50.5%。</p>', 'fail 30件 ÷ 66件 = 45.45%，正文 50.5%'],
  ])('「办结的66件中」: %s', (text, outcome) => {
    expect(shares(run(text, {}))).toEqual([outcome]);
  });

  it('the expected share is printed with the text\'s decimals (page 63: 80.0%, not 83%)', () => {
    const r = run('<p>全年共收到政府信息公开申请88件，其中自然人申请73件，占80.0%；法人或其他组织申请15件，占17.0%。</p>', {});
    expect(r.findings.filter((f) => f.rule === 'text.share').map((f) => f.message)).toEqual([
      '正文称73件占80.0%，按总数88件计算应为83.0%。',
    ]);
  });
});

describe('red team 10: the text agrees with the parts of a table total the rules doubt', () => {
  const page = (name: string) => decodeHtml(readFileSync(new URL(`../fixtures/redteam10/${name}`, import.meta.url))).text;
  const analyze = (html: string) => analyzeDocument(parsePage(html), { url: 'https://www.example.gov.cn/zwgk/a.html' });
  const of = (html: string, rule: string) => analyze(html).findings.filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.expected}/${f.actual}`);

  it.each([
    // 合川区教委 2023: 复议 总计 4, its parts 3; the text says 3
    ['22-hechuan-jyw-2023-t4total.html', '被申请行政复议3件', ['info 4/3']],
    // 秀山县 2020: 直接起诉 总计 5, its parts 3 (复议后起诉 1); the text says 诉讼 4
    ['39-xiushan-2020-t4-susong.html', '被提起行政诉讼4件', ['info 6/4']],
  ])('%s: the table is flagged, the text %s is only a note', (name, said, expected) => {
    const html = page(name);
    expect(html).toContain(said);
    expect(of(html, 't4.group-total')).toHaveLength(1);
    expect(of(html, 'text.vs-table')).toEqual(expected);
    const note = analyze(html).findings.find((f) => f.rule === 'text.vs-table');
    expect(note?.message).toContain('出错的更可能是表中的总计');
  });

  it.each([
    // the text agrees with neither the total nor its parts: still the text's error
    ['22-hechuan-jyw-2023-t4total.html', '被申请行政复议3件', '被申请行政复议5件', ['error 4/5']],
    ['39-xiushan-2020-t4-susong.html', '被提起行政诉讼4件', '被提起行政诉讼7件', ['error 6/7']],
  ])('%s with %s written %s: the text is flagged', (name, said, wrong, expected) => {
    expect(of(page(name).replace(said, wrong), 'text.vs-table')).toEqual(expected);
  });

  it('a cell the table 三 rules doubt: the text agrees with the value they give it (fixture split3-table3-wrong-2023)', () => {
    const html = decodeHtml(readFileSync(new URL('../fixtures/pages/split3-table3-wrong-2023.html', import.meta.url))).text;
    const notes = analyze(html).findings.filter((f) => f.rule === 'text.vs-table');
    expect(notes.map((f) => f.severity)).toEqual(['info']);
    expect(notes[0]?.message).toContain('但与表格核对推算出的应有数值（231件）相符');
    // Word's spans around the figure, as the page has them
    const wrong = html.replace(/(办结<\/span><span[^>]*>)231</, '$1230<');
    expect(wrong).not.toBe(html);
    expect(of(wrong, 'text.vs-table')).toEqual(['error 232/230']);
  });

  it('a text that disagrees with a consistent table is an error (page 28: text 复议3件, table 1)', () => {
    expect(of(page('28-fengjie-ylj-2023-text-fuyi.html'), 'text.vs-table')).toEqual(['error 1/3']);
  });
});
