/**
 * Readings of the application flow the narrative stage missed until session 10:
 * - "收到申请86件和上年结转申请5件": 和 joins two rows of table 三, no comparison with last year;
 * - "顺延2021年答复3件", "延期至2021年答复的3件", "3件顺延至下一年度答复" in a paragraph about
 *   applications whose own sentence names none: 结转下年度继续办理 (paragraph-topic.ts).
 * Each reading fires when the text is wrong against the table and stays silent when it agrees,
 * or when the words are about another year, or about other work (建议提案, 行政复议).
 * The pages are written as Word pastes them: MsoNormal paragraphs, spans around figures, <o:p>,
 * and full-width digits in some.
 * The bureau's table 三 (narrative-tables.ts): 新收 86, 上年结转 5, 办结 88, 结转下年度 3.
 */
import { describe, expect, it } from 'vitest';
import { word, BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';

/** A heading as Word pastes it: bold, in its own paragraph. */
const heading = (text: string): string => `<p class="MsoNormal"><b><span style="font-family:楷体_GB2312">${text}</span></b><o:p></o:p></p>`;

/** The 2020 report of the bureau: 结转下年度 is carried into 2021. */
const run = (...paras: string[]): ProseResult => runProse(paras.join('\n'), BUREAU_TABLES, 2020);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.severity}:${f.expected}:${f.actual}`);
/** The checks against table 三, as "outcome quote". */
const t3 = (r: ProseResult) => r.checks.filter((c) => c.detail.includes('表三')).map((c) => `${c.outcome} ${c.quote}`);

describe('新收 and 上年结转 joined by 和/、: both compared', () => {
  it.each([
    [
      '本年度收到政府信息公开申请86件和上年结转申请5件，均已在法定期限内答复。',
      '本年度收到政府信息公开申请86件和上年结转申请6件，均已在法定期限内答复。',
      ['pass 本年度收到政府信息公开申请86件', 'pass 本年度收到政府信息公开申请86件和上年结转申请5件'],
      ['error:5:6'],
    ],
    [
      '全年新收申请８６件、上年结转申请５件。',
      '全年新收申请８４件、上年结转申请５件。',
      ['pass 全年新收申请８６件', 'pass 全年新收申请８６件、上年结转申请５件'],
      ['error:86:84'],
    ],
    [
      '我局本年新收政府信息公开申请86件，另有上年结转5件。',
      '我局本年新收政府信息公开申请86件，另有上年结转4件。',
      ['pass 我局本年新收政府信息公开申请86件', 'pass 另有上年结转5件'],
      ['error:5:4'],
    ],
    [
      '本年收到政府信息公开申请86件及上年度结转申请5件，已全部办结88件。',
      '本年收到政府信息公开申请68件及上年度结转申请5件，已全部办结88件。',
      ['pass 本年收到政府信息公开申请86件', 'pass 本年收到政府信息公开申请86件及上年度结转申请5件', 'pass 已全部办结88件'],
      ['error:86:68'],
    ],
  ])('%s', (right, wrong, checks, flags) => {
    const r = run(heading('（二）依申请公开'), word(right));
    expect(fired(r)).toEqual([]);
    expect(t3(r)).toEqual(checks);
    expect(fired(run(heading('（二）依申请公开'), word(wrong)))).toEqual(flags);
  });

  it('the paragraph\'s topic carries 本年新收 without 申请 in its sentence', () => {
    const r = run(word('（二）依申请公开。本年新收86件，另有上年结转5件。'));
    expect(t3(r)).toEqual(['pass 本年新收86件', 'pass 另有上年结转5件']);
    expect(fired(run(word('（二）依申请公开。本年新收86件，另有上年结转7件。')))).toEqual(['error:5:7']);
  });

  it('under a heading about applications, 新收 and 上年结转 need no topic of their own', () => {
    const r = run(heading('（二）依申请公开情况'), word('本年新收86件，另有上年结转5件。办结88件。'));
    // 办结 is read from a sentence's own topic only: words any work may use
    expect(t3(r)).toEqual(['pass 本年新收86件', 'pass 另有上年结转5件']);
    expect(fired(run(heading('（二）依申请公开情况'), word('本年新收84件，另有上年结转6件。')))).toEqual(['error:86:84', 'error:5:6']);
    // under another heading, or with 本年收到 (words any work may use): no claim
    expect(t3(run(heading('（二）建议提案办理情况'), word('本年新收84件，另有上年结转6件。')))).toEqual([]);
    expect(t3(run(heading('（二）依申请公开情况'), word('本年收到84件，办结80件。')))).toEqual([]);
  });

  it.each([
    // a comparison after all: 与上年结转…相比
    '本年度收到政府信息公开申请86件，与上年结转的申请相比多出81件。',
    // 重复申请 is a narrower kind, and the 86 with it
    '本年度收到政府信息公开申请86件和重复申请9件。',
    // last year's figure, the base of a comparison
    '本年度收到政府信息公开申请86件，和上年的90件相比有所减少。',
  ])('%s: the second figure makes no claim', (text) => {
    const r = run(word(text));
    expect(fired(r)).toEqual([]);
    expect(t3(r).filter((c) => !c.startsWith('pass'))).toEqual([]);
  });

  it('"共收到申请42件，上年结转3件": 42 may be 新收 + 上年结转, and passes so (the issue accepts it)', () => {
    const tables = { ...BUREAU_TABLES, 't3.new.total': 39, 't3.carried.total': 3 };
    const r = runProse(word('2020年，共收到申请42件，上年结转3件。'), tables, 2020);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.detail.includes('表三')).map((c) => c.detail)).toEqual([
      '42件 = 表三“本年新收”与“上年结转”之和 42',
      '3件 = 表三“上年结转” 3',
    ]);
  });
});

describe('顺延/延期 into next year in a paragraph about applications: 结转下年度', () => {
  const APPLY = '全年受理政府信息公开申请86件，其中网上申请50件，信函申请36件。';
  it.each([
    [[word(`${APPLY}共办结83件。顺延2021年答复3件。`)], [word(`${APPLY}共办结83件。顺延2021年答复2件。`)], '顺延2021年答复2件'],
    [[word(`${APPLY}共办结83件。延期至2021年答复的3件。`)], [word(`${APPLY}共办结83件。延期至2021年答复的1件。`)], '延期至2021年答复的1件'],
    [[word(`${APPLY}共办结83件。另有3件顺延至下一年度答复。`)], [word(`${APPLY}共办结83件。另有2件顺延至下一年度答复。`)], '另有2件顺延至下一年度答复'],
    [[word(`${APPLY}共办结83件，另有3件延至2021年答复。`)], [word(`${APPLY}共办结83件，另有2件延至2021年答复。`)], '另有2件延至2021年答复'],
    // the paragraph's heading names the topic, the paragraph does not
    [
      [heading('（三）依申请公开情况'), word('全年共办结88件。顺延２０２１年答复３件。')],
      [heading('（三）依申请公开情况'), word('全年共办结88件。顺延２０２１年答复２件。')],
      '顺延２０２１年答复２件',
    ],
  ])('%s', (right, wrong, quote) => {
    const r = run(...right);
    expect(fired(r)).toEqual([]);
    // the right one's quote: the wrong one's with its figure 3
    expect(t3(r).filter((c) => c.includes('延'))).toEqual([`pass ${quote.replace(/[12２]件/, (m) => (m.startsWith('２') ? '３件' : '3件'))}`]);
    expect(flagged(run(...wrong))).toMatchObject([{ rule: 'text.vs-table', severity: 'error', expected: 3, quote }]);
  });

  it.each([
    // another year than the next
    ['全年受理政府信息公开申请86件。共办结83件。顺延2022年答复2件。'],
    ['全年受理政府信息公开申请86件。共办结83件。另有2件顺延至2022年答复。'],
    ['全年受理政府信息公开申请86件，另有2件顺延至2022年答复。'],
    // an extended time limit, not carried into a year
    ['全年受理政府信息公开申请86件，办结83件，延期答复2件。'],
    ['全年受理政府信息公开申请86件，办结83件，答复期限延至20个工作日的2件。'],
    // 建议提案, 行政复议: other work carried into next year
    ['全年办理人大代表建议和政协提案20件，办结18件。另有2件顺延至2021年答复。'],
    ['全年受理政府信息公开申请86件。全年办理政协提案20件。办结18件。另有2件顺延至2021年答复。'],
    ['全年收到政府信息公开申请86件。本机关被申请行政复议3件，审结3件。另有2件顺延至2021年办理。'],
    ['全年收到政府信息公开申请86件。其中网上10件。另有2件顺延至2021年审理。'],
  ])('%s: silent', (text) => {
    const r = run(word(text));
    expect(fired(r)).toEqual([]);
    expect(t3(r).filter((c) => c.includes('延'))).toEqual([]);
  });

  it('a 建议提案 heading gives no topic of applications', () => {
    const r = run(heading('（五）建议提案办理情况'), word('全年共办结18件。顺延2021年答复2件。'));
    expect(fired(r)).toEqual([]);
    expect(t3(r)).toEqual([]);
  });

  it('a paragraph about applications gives no topic to other figures than 结转下年度', () => {
    // "办结80件" names no topic in its sentence, nor the one before it: not read from the paragraph
    const r = run(word('全年受理政府信息公开申请86件。其中网上申请50件，信函申请36件。全年召开专题会议3次。共办结80件。'));
    expect(t3(r)).toEqual(['pass 全年受理政府信息公开申请86件']);
  });
});

describe('办结N件，其中予以公开a件、部分公开b件: each result against its row of table 三', () => {
  it.each([
    [
      '全年办结政府信息公开申请88件，其中予以公开42件、部分公开11件、不予公开6件、无法提供20件、不予处理5件、其他处理4件。',
      '全年办结政府信息公开申请88件，其中予以公开41件、部分公开12件、不予公开6件、无法提供20件、不予处理5件、其他处理4件。',
      ['error:42:41', 'error:11:12'],
    ],
    [
      '全年共办结政府信息公开申请８８件（含上年结转５件），其中予以公开４２件，占全部办结量的47.73%；部分公开11件。',
      '全年共办结政府信息公开申请８８件（含上年结转５件），其中予以公开４１件，占全部办结量的46.59%；部分公开11件。',
      ['error:42:41'],
    ],
    [
      '本年度答复申请88件，其中同意公开53件，其余为不予公开、无法提供等情形。',
      '本年度答复申请88件，其中同意公开50件，其余为不予公开、无法提供等情形。',
      ['error:42:50'],
    ],
  ])('%s', (right, wrong, flags) => {
    const r = run(word(right));
    expect(fired(r)).toEqual([]);
    expect(t3(r).some((c) => c.startsWith('pass 其中'))).toBe(true);
    expect(fired(run(word(wrong)))).toEqual(flags);
  });

  it('a 其中 opening the next sentence reads the whole that ends the sentence before', () => {
    const right = run(word('2020年，全区新收政府信息公开申请86件，加上上年结转5件，共需办理91件。其中予以公开42件、部分公开11件。'));
    expect(fired(right)).toEqual([]);
    expect(t3(right)).toContain('pass 其中予以公开42件');
    const wrong = run(word('2020年，全区共办结政府信息公开申请88件。其中予以公开41件、部分公开12件。'));
    expect(fired(wrong)).toEqual(['error:42:41', 'error:11:12']);
    // the sentence before is about a part of the body, or 新收 alone, or in another paragraph: a part still
    // (the 办结50件 itself is read as the body's, as before: left alone here)
    const part = run(word('全年收到政府信息公开申请86件，其中网上申请50件，办结50件，其中予以公开30件。'));
    expect(t3(part).filter((c) => c.includes('其中'))).toEqual([]);
    for (const paras of [
      [word('区政府本级办结政府信息公开申请30件。其中予以公开12件、部分公开3件。')],
      [word('全年新收政府信息公开申请86件。其中予以公开40件、部分公开10件。')],
      [word('全年办结政府信息公开申请88件。'), word('其中予以公开40件、部分公开10件。')],
    ]) {
      const r = run(...paras);
      expect(fired(r)).toEqual([]);
      expect(t3(r).filter((c) => c.includes('其中'))).toEqual([]);
    }
  });

  it.each([
    // the results of this year's new applications only: 其中 still marks a part
    '本年新收申请86件，其中予以公开40件、部分公开10件。',
    // a part of the body
    '区政府本级办结申请30件，其中予以公开12件、部分公开3件。',
    // a part of the applications
    '全年办结政府信息公开申请88件，其中网上申请予以公开30件、部分公开2件。',
  ])('%s: the results after 其中 are not compared', (text) => {
    const r = run(word(text));
    expect(fired(r)).toEqual([]);
    expect(t3(r).filter((c) => /公开\d+件$/.test(c))).toEqual([]);
  });
});

describe('the applications still open at the year\'s end, named after their figure: 结转下年度', () => {
  it.each([
    ['全年共收到政府信息公开申请86件，办结83件，尚有3件正在办理中。', '全年共收到政府信息公开申请86件，办结83件，尚有2件正在办理中。', '尚有2件正在办理中'],
    ['全年共收到政府信息公开申请86件，办结83件，另有3件尚未办结。', '全年共收到政府信息公开申请86件，办结83件，另有4件尚未办结。', '另有4件尚未办结'],
    ['全年共收到政府信息公开申请86件，办结83件，还有３件在办理中。', '全年共收到政府信息公开申请86件，办结83件，还有１件在办理中。', '还有１件在办理中'],
    ['截至2020年12月31日，共收到政府信息公开申请86件，已答复83件，3件正在办理。', '截至2020年12月31日，共收到政府信息公开申请86件，已答复83件，2件正在办理。', '2件正在办理'],
    ['全年受理政府信息公开申请86件，年底尚有3件申请正在办理中。', '全年受理政府信息公开申请86件，年底尚有2件申请正在办理中。', '年底尚有2件申请正在办理中'],
  ])('%s', (right, wrong, quote) => {
    const r = run(word(right));
    expect(fired(r)).toEqual([]);
    expect(t3(r).filter((c) => c.includes('办理中') || c.includes('未办结') || c.includes('正在办理'))).toHaveLength(1);
    expect(flagged(run(word(wrong)))).toMatchObject([{ rule: 'text.vs-table', severity: 'error', expected: 3, quote }]);
  });

  it.each([
    // still open when the report was written: some may have been answered since the year's end
    '截至发稿时，全年共收到政府信息公开申请86件，办结83件，尚有2件正在办理中。',
    '全年共收到政府信息公开申请86件。目前，尚有2件正在办理中。',
    // a part of them
    '全年共收到政府信息公开申请86件，办结83件，其中2件正在办理中。',
    // other work
    '全年共收到人大代表建议20件，尚有2件正在办理中。',
    // the words before the figure say what is carried: not applications
    '全年受理政府信息公开申请86件，政务服务事项2件顺延至2021年办理。',
    '全年受理政府信息公开申请86件。工作人员加班加点。政务服务事项2件顺延至2021年办理。',
  ])('%s: silent', (text) => {
    const r = run(word(text));
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.detail.includes('结转下年度'))).toEqual([]);
  });
});

describe('上年度遗留: 上年结转', () => {
  it('连同上年度遗留的N件 is compared with 上年结转', () => {
    const right = run(word('全年共收到政府信息公开申请86件，连同上年度遗留的5件，共办结88件。'));
    expect(fired(right)).toEqual([]);
    expect(t3(right)).toContain('pass 连同上年度遗留的5件');
    expect(fired(run(word('全年共收到政府信息公开申请86件，连同上一年度遗留申请4件，共办结88件。')))).toEqual(['error:5:4']);
  });

  it('遗留问题 is no count of applications', () => {
    const r = run(word('全年共收到政府信息公开申请86件，解决上年度遗留问题4件。'));
    expect(fired(r)).toEqual([]);
    expect(t3(r)).toEqual(['pass 全年共收到政府信息公开申请86件']);
  });
});

describe('其他处理: table 三\'s row (六)', () => {
  const RESULTS = '全年共收到政府信息公开申请86件，上年结转5件。从办理结果看，予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，';
  it('is compared with the row', () => {
    const r = run(word(`${RESULTS}其他处理4件。`));
    expect(fired(r)).toEqual([]);
    expect(t3(r)).toContain('pass 其他处理4件');
    expect(flagged(run(word(`${RESULTS}其他处理3件。`)))).toMatchObject([{ severity: 'error', expected: 4, actual: 3, quote: '其他处理3件' }]);
  });

  // two results joined: no row of the table, their sum (joined-results.ts, since session 12)
  it.each([
    ['全年办结政府信息公开申请88件，其中不予处理、其他处理共9件。', '其中不予处理、其他处理共9件'],
    ['全年办结政府信息公开申请88件，不予处理和其他处理的9件。', '不予处理和其他处理的9件'],
  ])('%s: joined with another result, their sum', (text, quote) => {
    const r = run(word(text));
    expect(fired(r)).toEqual([]);
    expect(t3(r)).toEqual(['pass 全年办结政府信息公开申请88件', `pass ${quote}`]);
  });
  it('全年办结…88件，其中予以公开和部分公开50件: the two rows\' sum, 53', () => {
    expect(fired(run(word('全年办结政府信息公开申请88件，其中予以公开和部分公开50件。')))).toEqual(['error:53:50']);
  });
});
