/**
 * "行政复议、行政诉讼分别为3件和5件" (respectively.ts): names and figures paired in order, each
 * against table 四's total of its topic. Silent whenever the pairing is not one to one, or the
 * names are not the topics' totals. The bureau's table 四: 复议 3, 诉讼 1 + 1.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2023) => runProse(`<p>${text}</p>`, BUREAU_TABLES, year);
const t4Checks = (r: ProseResult) => r.checks.filter((c) => c.detail.includes('表四')).map((c) => c.outcome);
const fired = (text: string) => flagged(run(text)).map((f) => `${f.severity}:${f.expected}:${f.actual}`);

describe('分别 with two names and two figures', () => {
  it.each([
    ['全年发生行政复议、行政诉讼分别为3件和2件。', '全年发生行政复议、行政诉讼分别为3件和5件。', ['error:2:5']],
    ['因政府信息公开引起的行政复议、行政诉讼分别是3件、2件。', '因政府信息公开引起的行政复议、行政诉讼分别是2件、2件。', ['error:3:2']],
    ['涉及政府信息公开的行政复议及行政诉讼案件分别为3件和2件。', '涉及政府信息公开的行政复议及行政诉讼案件分别为4件和3件。', ['error:3:4', 'error:2:3']],
    ['被申请行政复议、被提起行政诉讼分别为3起和2起。', '被申请行政复议、被提起行政诉讼分别为3起和1起。', ['warning:2:1']],
    ['行政诉讼与行政复议分别为2件和3件。', '行政诉讼与行政复议分别为3件和2件。', ['error:2:3', 'error:3:2']],
    ['行政复议和诉讼案件分别为3件和2件。', '行政复议和诉讼案件分别为3件和9件。', ['error:2:9']],
    // in Chinese numerals (chinese-numerals.ts)
    ['行政复议、行政诉讼分别为三件和两件。', '行政复议、行政诉讼分别为三件和五件。', ['error:2:5']],
    ['行政复议、行政诉讼分别为三件、二件。', '行政复议、行政诉讼分别为一件、二件。', ['error:3:1']],
  ])('%s', (right, wrong, flags) => {
    const r = run(right);
    expect(flagged(r)).toEqual([]);
    expect(t4Checks(r)).toEqual(['pass', 'pass']);
    expect(fired(wrong)).toEqual(flags);
  });

  it('quotes the claim up to its figure', () => {
    const r = run('全年发生行政复议、行政诉讼分别为3件和5件。');
    expect(flagged(r).map((f) => f.quote)).toEqual(['全年发生行政复议、行政诉讼分别为3件和5件']);
  });
});

describe('分别 that pairs no names with figures one to one, or names no totals: silent', () => {
  it.each([
    '行政复议、行政诉讼分别为9件。', // one figure for two names
    '行政复议、行政诉讼分别为9件、8件和7件。', // three figures
    '行政复议、行政复议分别为9件和8件。', // the same topic twice
    '复议诉讼案件分别为9件和8件。', // one name, both topics
    '行政复议维持、纠正分别为9件和8件。', // results
    '直接起诉、复议后起诉分别为9件和8件。', // the groups of suits
    '2022年行政复议、行政诉讼分别为9件和8件。', // another year
    '与上年相比，行政复议、行政诉讼分别减少9件和8件。', // changes
    '区政府本级行政复议、行政诉讼分别为9件和8件。', // a part of the body
    '作为复议机关，受理的行政复议、行政诉讼分别为9件和8件。', // the body as reviewer
    '行政复议、行政诉讼案件分别为9件和8件，均不涉及政府信息公开。', // not about disclosure
    '行政复议、行政诉讼分别为9件左右和8件。', // not exact
    '行政复议、行政诉讼分别为九件。', // one figure for two names, in Chinese numerals
    '行政复议、行政诉讼分别为九件和八件以上。', // not exact
    '2022年行政复议、行政诉讼分别为九件和八件。', // another year
  ])('%s', (text) => {
    const r = run(text);
    expect(flagged(r)).toEqual([]);
    expect(t4Checks(r)).toEqual([]);
  });
});

/** The checks against table 三 (their detail names it). */
const t3Checks = (r: ProseResult) => r.checks.filter((c) => c.detail.includes('表三')).map((c) => c.outcome);

describe('分别 with names of table 三\'s measures', () => {
  // the bureau's table 三: 新收 86, 上年结转 5, 办结 88, 予以公开 42, 部分公开 11, 结转下年度 3
  it.each([
    ['本年新收、办结政府信息公开申请分别为86件和88件。', '本年新收、办结政府信息公开申请分别为86件和87件。', ['error:88:87']],
    ['新收申请和上年结转申请分别为86件、5件。', '新收申请和上年结转申请分别为86件、6件。', ['error:5:6']],
    ['全年新收、上年结转的政府信息公开申请分别为86件和5件。', '全年新收、上年结转的政府信息公开申请分别为68件和5件。', ['error:86:68']],
    ['对申请予以公开、部分公开分别为42件和11件。', '对申请予以公开、部分公开分别为42件和12件。', ['error:11:12']],
    ['全年办结、结转下年度继续办理的申请分别为88件、3件。', '全年办结、结转下年度继续办理的申请分别为88件、2件。', ['error:3:2']],
    ['已办结和尚未办结的申请分别为88件、3件。', '已办结和尚未办结的申请分别为80件、3件。', ['error:88:80']],
    ['不予公开、不予处理的申请分别为6件和5件。', '不予公开、不予处理的申请分别为5件和6件。', ['error:6:5', 'error:5:6']],
    ['本年新收、办结申请分别为八十六件和八十八件。', '本年新收、办结申请分别为八十六件和八十五件。', ['error:88:85']],
  ])('%s', (right, wrong, flags) => {
    const r = run(right);
    expect(flagged(r)).toEqual([]);
    expect(t3Checks(r)).toEqual(['pass', 'pass']);
    expect(fired(wrong)).toEqual(flags);
  });

  it('a list with no topic of its own takes the sentence before\'s, in its paragraph', () => {
    expect(t3Checks(run('予以公开、部分公开分别为42件和11件。'))).toEqual([]);
    const r = runProse('<p>本年度政府信息公开申请情况如下。新收、办结分别为86件和80件。</p>', BUREAU_TABLES, 2023);
    expect(flagged(r).map((f) => `${f.severity}:${f.expected}:${f.actual}`)).toEqual(['error:88:80']);
  });

  it('quotes the claim up to its figure', () => {
    const r = run('本年新收、办结政府信息公开申请分别为86件和87件。');
    expect(flagged(r).map((f) => f.quote)).toEqual(['本年新收、办结政府信息公开申请分别为86件和87件']);
  });

  it('结转 into the next year is 结转下年度, into the report\'s year 上年结转', () => {
    expect(t3Checks(run('办结、结转至2024年办理的申请分别为88件、3件。'))).toEqual(['pass', 'pass']);
    expect(t3Checks(run('上年结转、本年新收的申请分别为5件、86件。'))).toEqual(['pass', 'pass']);
    expect(fired('办结、结转至2024年办理的申请分别为88件、5件。')).toEqual(['error:3:5']);
  });
});

describe('分别 lists of table 三 that pair no names with measures one to one: silent', () => {
  it.each([
    '本年新收、办结政府信息公开申请分别为99件。', // one figure for two names
    '本年新收、办结政府信息公开申请分别为99件、98件和97件。', // three figures
    '新收、新受理申请分别为99件和98件。', // the same measure twice
    '自然人、法人申请分别为99件和98件。', // names with no measure
    '受理并办结、结转下年度的申请分别为99件和98件。', // a name with two measures' words
    '新收申请、全部依法办结分别为99件和98件。', // words before a later name
    '新收、已通过网上申请办结分别为99件和98件。', // a part of the applications
    '收到、办结行政许可申请分别为99件和98件。', // not disclosure applications
    '其中予以公开、部分公开分别为99件和98件。', // a part
    '区政府本级新收、办结申请分别为99件和98件。', // a part of the body
    '2022年新收、办结申请分别为99件和98件。', // another year
    '第一季度新收、办结申请分别为99件和98件。', // part of the year
    '与上年相比，新收、办结申请分别增加99件和98件。', // changes
    '新收、办结申请分别为99件左右和98件。', // not exact
    '平均每月新收、办结申请分别为9件和8件。', // a rate
    '全年受理网络问政、办结留言分别为99件和98件。', // not applications
    '结转至2022年、本年新收的申请分别为99件和98件。', // carried into another year
    '新收、办结申请分别为99件和98件重复申请。', // a narrower kind
    '依申请公开、主动公开分别为99件和98件。', // names of no measure
  ])('%s', (text) => {
    const r = run(text);
    expect(flagged(r)).toEqual([]);
    expect(t3Checks(r).filter((o) => o !== 'skip')).toEqual([]);
  });

  it('a sentence about something else leaves an untopical list alone', () => {
    const r = runProse('<p>全年召开新闻发布会12场。新收、办结分别为99件和98件。</p>', BUREAU_TABLES, 2023);
    expect(flagged(r)).toEqual([]);
  });
});

describe('a 其中 after a 分别 list: whose parts they are cannot be told (parts-sum.ts)', () => {
  const partsFlags = (text: string) => flagged(run(text)).filter((f) => f.rule === 'text.parts-sum');
  it.each([
    '全年办结、结转下年度继续办理的申请分别为88件、3件；其中予以公开、部分公开分别为42件和11件。',
    '全年办结、结转下年度继续办理的申请分别为88件、3件，其中予以公开42件，部分公开11件，其他处理35件。',
    '全年办结、结转下年度继续办理的申请分别为88件、3件。其中，予以公开42件，部分公开11件，其他处理35件。',
  ])('%s: silent', (text) => expect(partsFlags(text)).toEqual([]));

  it('the same 其中 after one figure is still read', () => {
    expect(partsFlags('全年办结申请88件，其中予以公开42件，部分公开11件，其他处理40件。')).toHaveLength(1);
    expect(partsFlags('全年办结申请88件。其中，予以公开42件，部分公开11件，其他处理40件。')).toHaveLength(1);
  });
});
