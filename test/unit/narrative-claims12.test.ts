// @vitest-environment node
/**
 * The claims12 red team of the prose checks of session 11 (个百分点, 倍 and 翻番, 办结率/答复率,
 * shares whose whole is in the sentence before): true sentences reports write, each once wrongly
 * flagged, and next to each the wrong claim that must still be flagged. The pages are
 * test/fixtures/pages/claims12-*.html.
 */
import { describe, expect, it } from 'vitest';
import { flagged, runProse } from './narrative-tables.ts';

/** Table 三 of the claims12 pages: 新收 90, 上年结转 4, 办结 91, 结转下年度 3 (a 2022 report). */
const TABLE3 = { 't3.new.total': 90, 't3.carried.total': 4, 't3.processed.total': 91, 't3.carriedForward.total': 3 };
const run = (text: string) => runProse(text.split('||').map((p) => `<p>${p}</p>`).join(''), TABLE3, 2022);
/** The outcomes of one rule's checks, and the rules of what is flagged (info aside). */
const outcomesOf = (text: string, rule: 'text.change' | 'text.share') => run(text).checks.filter((c) => c.rule === rule).map((c) => c.outcome);
const flags = (text: string) => flagged(run(text)).filter((f) => f.rule === 'text.change' || f.rule === 'text.share');

describe('倍: a multiple with decimals is rounded or cut off at its last digit', () => {
  it.each([
    // 90 ÷ 40 = 2.25, 51 ÷ 20 = 2.55, 70 ÷ 40 = 1.75: rounded half up, or cut off
    ['全年共收到申请90件，是上年（40件）的2.3倍。'],
    ['全年共收到申请90件，是上年（40件）的2.2倍。'],
    ['全年共收到申请90件，较上年的40件增长1.3倍。'],
    ['全年共收到申请90件，较上年的40件增长1.2倍。'],
    ['本年予以公开51件，是上年（20件）的2.6倍。'],
    ['本年予以公开51件，是上年（20件）的2.5倍。'],
    ['全年收到申请123件，是上年（50件）的2.5倍。'],
    // 增长1.5倍 is × 2.5: 74 ÷ 30 = 2.47
    ['自然人申请74件，较上年（30件）增长1.5倍。'],
    ['全年共收到申请<span>9</span><span>0</span>件，是上年（４０件）的2.<span>3</span>倍。'],
  ])('%s holds', (text) => {
    expect(outcomesOf(text, 'text.change')).toEqual(['pass']);
    expect(flags(text)).toEqual([]);
  });

  it.each([
    // a multiple that fits only as "增长到": not judged either way
    ['全年收到申请123件，较上年（50件）增长2.5倍。', ['skip']],
    ['全年共收到申请90件，较上年的40件增长2.25倍。', ['skip']],
    // "是…的一倍" said of a doubling: loose, not judged (was an error)
    ['全年共收到申请80件，是上年（40件）的一倍。', ['skip']],
    // a multiple in words with a decimal point: not read
    ['全年共收到申请90件，是上年（40件）的二点二五倍。', []],
    // approximate: not read
    ['全年收到申请123件，是上年（50件）的近2.5倍。', []],
    ['全年收到申请123件，是上年（50件）的两倍多。', []],
    ['全年收到申请110件，比上年的40件翻了一番还多。', []],
    ['全年收到申请110件，比上年的40件翻了一番以上。', []],
    // 上年结转 is no subject of a multiple: 4 ÷ 40 was flagged
    ['全年收到申请90件，上年结转4件，申请量是上年（40件）的2.25倍。', []],
    ['全年收到申请90件，上年结转4件，是上年（40件）的2.25倍。', []],
  ])('%s → %j', (text, want) => {
    expect(outcomesOf(text, 'text.change')).toEqual(want);
    expect(flags(text)).toEqual([]);
  });

  it.each([
    ['全年共收到申请90件，是上年（40件）的2.4倍。', 2.25, 2.4],
    ['全年收到申请70件，是上年（40件）的1.9倍。', 1.75, 1.9],
    ['全年共收到申请90件，较上年的40件增长2.8倍。', 1.25, 2.8],
    // a whole multiple keeps its bounds out (red team 10b, page 15)
    ['本年度新收政府信息公开申请50件，是上年（20件）的3倍。', 2.5, 3],
    ['法人或其他组织申请16件，较上年（5件）翻了一番。', 3.2, 2],
    ['全年收到申请110件，比上年的40件翻了一番。', 2.8, 2],
  ])('flags %s', (text, expected, actual) => {
    expect(flags(text).map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([['text.change', 'error', expected, actual]]);
  });
});

describe('个百分点: true changes, and rates of other things or other years, stay silent', () => {
  it.each([
    ['本年办结申请91件，予以公开和部分公开共58件，公开率为63.7%，较上年的50.0%提高13.7个百分点。', ['pass']],
    ['不予公开率为2.2%，较上年（5.3%）降低了3.1个百分点。', ['pass']],
    ['公开率为63.74%，较上年（50.0%）提高13.8个百分点。', ['pass']],
    ['2021年，我县公开率为50.0%。2022年，我县公开率为63.7%，较上年提高13.7个百分点。', ['pass']],
    ['上年网上申请占比为55.0%，全市网上申请占比60.1%。本年网上申请占比为70.0%，较上年提高15.0个百分点。', ['pass']],
    ['上年新收申请40件，其中网上申请22件，当面申请18件。本年新收申请90件，其中网上申请63件，网上申请占比70.0%，同比增加15个百分点。', ['pass']],
    ['公开率为６３．７％，较上年（５０．０％）提高１３．７个百分点。', ['pass']],
    // only one year's rate, or last year's of another whole or year: not read
    ['公开率为63.7%，同比提高2.3个百分点，高于全市平均水平3.5个百分点。', []],
    ['上年全市平均公开率为60.2%。本县公开率63.7%，较上年提高13.7个百分点。', []],
    ['上年，全市依申请公开率为58.1%。依申请公开率63.7%，较上年提高13.7个百分点。', []],
    ['上年，县本级网上申请占比为60.1%。本年网上申请占比为70.0%，较上年提高15.0个百分点。', []],
    ['2020年公开率为45.2%，2021年为50.0%。2022年公开率为63.7%，较上年提高13.7个百分点。', []],
    ['政务新媒体信息发布及时率为98.6%，较上年提高1.2个百分点。', []],
    ['本年公开率63.7%，上年公开率61.4%，同比上升2.3个百分点。', []],
  ])('%s → %j', (text, want) => {
    expect(outcomesOf(text, 'text.change')).toEqual(want);
    expect(flags(text)).toEqual([]);
  });

  it('does not judge a change that last year\'s other base makes (20 ÷ 40 rather than 20 ÷ 38)', () => {
    const last = '上年收到申请40件，办结38件，其中予以公开20件。本年收到申请90件，办结91件，予以公开51件，公开率56.0%，';
    expect(outcomesOf(`${last}较上年提高3.4个百分点。`, 'text.change')).toEqual(['pass']);
    expect(outcomesOf(`${last}较上年提高6.0个百分点。`, 'text.change')).toEqual(['skip']);
    expect(flags(`${last}较上年提高9.0个百分点。`).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', 3.4, 9]]);
    // last year's 上年结转 added to its base: 22 ÷ (40 + 2) = 52.4%
    const carried = '上年新收申请40件，上年结转2件，其中网上申请22件。本年新收申请90件，其中网上申请63件，网上申请占比为70.0%，';
    expect(outcomesOf(`${carried}较上年提高15.0个百分点。`, 'text.change')).toEqual(['pass']);
    expect(outcomesOf(`${carried}较上年提高17.6个百分点。`, 'text.change')).toEqual(['skip']);
    expect(flags(`${carried}较上年提高25.0个百分点。`).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', 15, 25]]);
  });

  it('takes no rate of the applications as last year\'s of 12345 (was an error of each check)', () => {
    for (const join of ['', '||']) {
      const text = `全年共收到政府信息公开申请90件，上年结转4件，办结91件，办结率96.8%，上年办结率为95.5%。${join}12345热线受理群众诉求3,456件，办结3,449件，办结率99.8%，较上年提高0.3个百分点。`;
      expect(outcomesOf(text, 'text.change')).toEqual([]);
      expect(outcomesOf(text, 'text.share')).toEqual(['pass', 'pass']);
      expect(flags(text)).toEqual([]);
    }
    expect(outcomesOf('上年热线办结率为99.5%。12345热线受理群众诉求3,456件，办结3,449件，热线办结率99.8%，较上年提高0.3个百分点。', 'text.change')).toEqual(['pass']);
  });

  it('flags a change by more than the digits allow', () => {
    expect(flags('纠错率为33.3%，较上年（50.0%）下降6.7个百分点。').map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', 16.7, 6.7]]);
  });
});

describe('办结率 and 答复率', () => {
  it.each([
    // on-time rates, however worded: not read (were warnings)
    ['全年新收申请90件，上年结转4件，办结91件，法定期限内办结率100%。', []],
    ['全年新收申请90件，上年结转4件，办结91件，期限内答复率100%。', []],
    // a rate of something else in a paragraph about applications: not table 三's (were warnings)
    ['依申请公开工作方面，全年共收到申请90件，办结91件。互动交流栏目办结率99.2%。', []],
    ['依申请公开工作方面，全年共收到申请90件，办结91件。全县政务服务事项网上可办率达98.6%，办结率99.9%。', []],
    // a base of its own that is none of table 三's (was a warning)
    ['全县各乡镇收到政府信息公开申请30件，办结率90.0%。', []],
    // (收到 − 结转下年度) ÷ 收到 (was a warning)
    ['全年收到政府信息公开申请90件，结转下年度3件，办结率96.7%。', ['pass']],
    ['全年共收到政府信息公开申请90件，上年结转4件，共需办理94件，已办结91件，办结率96.8%。', ['pass']],
    ['全年受理政府信息公开申请94件，其中上年结转4件，已办结91件，办结率96.81%。', ['pass']],
    ['12345热线受理群众诉求3,456件，办结3,449件，办结率99.8%，较上年提高0.3个百分点。', ['pass']],
    ['全年收到政府信息公开申请90件，办结87件，3件结转下年度，办结率100%。', ['skip']],
    ['依申请公开工作方面，全年共收到申请90件，办结91件。办结率96.8%。', ['pass']],
  ])('%s → %j', (text, want) => {
    expect(outcomesOf(text, 'text.share')).toEqual(want);
    expect(flags(text)).toEqual([]);
  });

  it.each([
    ['全年共收到政府信息公开申请90件，上年结转4件，办结91件，办结率98.6%。', 'error', 96.8],
    ['12345热线受理群众诉求3,456件，办结3,449件，办结率96.8%。', 'error', 99.8],
    ['全年收到政府信息公开申请90件，结转下年度3件，办结率90.0%。', 'warning', 96.8],
    ['依申请公开工作方面，全年共收到申请90件，办结91件。办结率99.9%。', 'warning', 96.8],
  ])('flags %s', (text, severity, expected) => {
    expect(flags(text).map((f) => [f.rule, f.severity, f.expected])).toEqual([['text.share', severity, expected]]);
  });
});

describe('shares whose whole is named in the sentence before', () => {
  it.each([
    // 上年结转 beside the whole, added or taken out (were errors)
    ['全年共受理政府信息公开申请90件，另有上年结转4件。予以公开51件，占受理总数的54.3%。'],
    ['全年共受理政府信息公开申请90件，上年结转4件。全部予以答复，其中予以公开51件，占受理总数的54.3%。'],
    ['全年共受理政府信息公开申请94件（含上年结转4件）。予以公开51件，占受理总数的56.7%。'],
    ['全年共办结政府信息公开申请91件，其中上年结转4件。从办理结果看，予以公开51件，占办结总数的58.6%。'],
    // another count of that sentence is the base (was an error)
    ['全年新收申请90件，加上上年结转4件，共受理94件。予以公开51件，占受理总数的56.7%。'],
    ['全年新收申请90件，加上上年结转4件，共受理94件。予以公开51件，占受理总数的54.3%。'],
    // two sentences before, another paragraph
    ['全年共收到政府信息公开申请90件。全年共办理人大代表建议15件。网上申请63件，占收到申请总数的70.0%。'],
    ['全年共收到政府信息公开申请90件。||从申请方式看，网上申请63件，占70.0%。'],
  ])('%s holds', (text) => {
    expect(outcomesOf(text, 'text.share')).toEqual(['pass']);
    expect(flags(text)).toEqual([]);
  });

  it.each([
    // a total of last year, of several years, of a wider body: no whole of this year's part (were errors)
    ['上年共收到政府信息公开申请100件。本年网上申请63件，占收到申请总数的70.0%。'],
    ['2021年共收到政府信息公开申请100件。本年网上申请63件，占收到申请总数的70.0%。'],
    ['近三年累计收到政府信息公开申请230件。本年网上申请63件，占收到申请总数的70.0%。'],
    ['全市共收到政府信息公开申请1,200件。我县网上申请63件，占收到申请总数的70.0%。'],
    ['上年共收到政府信息公开申请100件，本年网上申请63件，占收到申请总数的70.0%。'],
    ['全市共收到政府信息公开申请1,200件，我县网上申请63件，占收到申请总数的70.0%。'],
  ])('%s is not judged', (text) => {
    expect(outcomesOf(text, 'text.share')).toEqual(['skip']);
    expect(flags(text)).toEqual([]);
  });

  it('still flags a share of this year\'s total named in the sentence before', () => {
    expect(flags('2022年，全县共收到政府信息公开申请90件。网上申请63件，占收到申请总数的80.0%。').map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', 70, 80]]);
  });

  it('flags a share none of the sentence before\'s bases makes', () => {
    expect(flags('全年共受理政府信息公开申请90件，上年结转4件。全部予以答复，其中予以公开51件，占受理总数的50.0%。').map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', 56.7, 50]]);
  });
});
