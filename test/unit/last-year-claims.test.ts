/**
 * The text's change against last year with last year's figure unsaid ("共收到申请60件，较上年增加5件"):
 * which sentences keep a claim for last year's report to check (lib/narrative/last-year-claims.ts),
 * and how last year's table 三 checks it (lib/collect/text-change.ts, rule cross.text-change):
 * fires where neither 本年新收 nor 新收 + 上年结转 of last year fits, silent where one does, where a
 * note stands in last year's cell, or where nothing was kept. The series in test/fixtures/redteam16/yoy
 * (redteam16-across.test.ts) runs the same through the batch checker's --across-years.
 */
import { describe, expect, it } from 'vitest';
import { runProse } from './narrative-tables.ts';
import { crossYearFindings, type CrossYearSubject } from '../../lib/collect/cross-year.ts';
import { subject, textChangeFindings } from './cross-year-subject.ts';
import type { LastYearClaim } from '../../lib/narrative/last-year-claims.ts';

/** This year's table 三: 本年新收 60, 上年结转 4 (受理 64). */
const T3 = { 't3.new.total': 60, 't3.carried.total': 4, 't3.carriedForward.total': 2 };

const claimsOf = (sentence: string, figures: Record<string, number> = T3, year = 2024): LastYearClaim[] =>
  runProse(`<p>（二）依申请公开。${sentence}</p>`, figures, year).lastYear ?? [];

describe('last-year claims: kept', () => {
  it.each([
    ['2024年，共收到政府信息公开申请60件，较上年增加5件。', { readings: ['new'], value: 60, amount: 5, pct: null }],
    ['全年新收政府信息公开申请60件，比上年减少12件，下降16.7%。', { readings: ['new'], value: 60, amount: -12, pct: '-16.7' }],
    ['本年度共受理申请60件，同比增长20.0%。', { readings: ['new'], value: 60, amount: null, pct: '20.0' }],
    ['共受理政府信息公开申请64件，较上年增加8件。', { readings: ['newAndCarried'], value: 64, amount: 8, pct: null }],
    ['全年收到申请60件，较2023年增加5件。', { readings: ['new'], value: 60, amount: 5, pct: null }],
    ['全年收到申请60件，较上年（2023年）增加5件。', { readings: ['new'], value: 60, amount: 5, pct: null }],
    ['全区共收到政府信息公开申请60件，申请量同比增长20.0%。', { readings: ['new'], value: 60, amount: null, pct: '20.0' }],
  ] as const)('%s', (sentence, want) => {
    const got = claimsOf(sentence);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(want);
    expect(sentence).toContain(got[0]!.quote);
  });

  it('keeps both readings where 上年结转 is 0', () => {
    expect(claimsOf('共收到申请60件，较上年增加5件。', { 't3.new.total': 60, 't3.carried.total': 0 })[0]!.readings).toEqual(['new', 'newAndCarried']);
  });
});

describe('last-year claims: nothing kept', () => {
  it.each([
    ['a count that is no figure of table 三', '共收到申请58件，较上年增加5件。'],
    ['a part of the applications', '共收到申请72件，其中网上申请60件，较上年增加5件。'],
    ['consultations, not applications', '全年受理依申请公开咨询60件，较上年增加5件。'],
    ['last year\'s figure said (year-on-year.ts checks it)', '共收到申请60件，较上年的55件增加5件。'],
    ['a base of another year', '共收到申请60件，较2022年增加5件。'],
    ['a base year in a parenthesis that is not last year', '共收到申请60件，较上年（2022年）增加5件。'],
    ['a change said in words only', '共收到申请60件，较上年有所增加。'],
    ['an approximate change', '共收到申请60件，较上年增加5件左右。'],
    ['changes of several figures', '共收到申请60件、办结58件，分别较上年增加5件和3件。'],
    ['last year\'s count in a parenthesis', '申请数量与上年（60件）持平，同比增长0%。'],
    ['a share, not a change', '共收到申请60件，占比较上年提高5个百分点。'],
    ['the applications\' change after a count of replies', '共受理申请66件，答复60件，申请量比上年上升5.0%。'],
    ['another measure\'s change after the count', '共收到申请60件，办结率较上年提高5%。'],
  ])('%s: %s', (_why, sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it('keeps nothing on a report without table 三 (a prose-only report of 2015)', () => {
    expect(claimsOf('共收到申请60件，较上年增加5件。', {}, 2015)).toEqual([]);
  });
});

const claim = (over: Partial<LastYearClaim>): LastYearClaim => ({ readings: ['new'], value: 60, amount: 5, pct: null, quote: '共收到申请60件，较上年增加5件', ...over });
/** Last year: 本年新收 55, 上年结转 3 (受理 58). */
const LAST = { 't3.new.total': 55, 't3.carried.total': 3, 't3.carriedForward.total': 4 };
const NOW = { ...T3, 't3.carried.total': 4 };
const textFindings = (c: LastYearClaim, last: Record<string, number | null> = LAST, lastOver: Partial<CrossYearSubject> = {}) =>
  textChangeFindings(NOW, c, last, lastOver);

describe('cross.text-change', () => {
  it('is silent where last year\'s 本年新收 fits (60 − 5 = 55)', () => {
    expect(textFindings(claim({}))).toEqual({ mine: [], theirs: [] });
  });

  it('is silent where last year\'s 新收 + 上年结转 fits (受理 64 against 58: +6)', () => {
    expect(textFindings(claim({ readings: ['newAndCarried'], value: 64, amount: 6 }))).toEqual({ mine: [], theirs: [] });
  });

  it('warns on both reports where neither fits, naming both counts', () => {
    const { mine, theirs } = textFindings(claim({ amount: 9, quote: '共收到申请60件，较上年增加9件' }));
    expect(mine.map((f) => [f.severity, f.figure, f.expected, f.actual, f.otherYear])).toEqual([['warning', null, 55, 51, 2023]]);
    expect(mine[0]!.message).toBe('本报告正文“共收到申请60件，较上年增加9件”与2023年报告不符：其表三“本年新收”55件，加“上年结转”为58件，按本年60件计应为增加5件');
    expect(mine[0]!.quote).toBe('共收到申请60件，较上年增加9件');
    expect(theirs.map((f) => [f.severity, f.figure, f.expected, f.actual, f.otherYear])).toEqual([['warning', 't3.new.total', 51, 55, 2024]]);
    expect(theirs[0]!.message).toBe('2024年报告正文“共收到申请60件，较上年增加9件”与本报告不符：本报告表三“本年新收”55件，加“上年结转”为58件，按2024年60件计应为增加5件');
  });

  it('says "持平" where last year received as many (not "增加0件")', () => {
    const { mine } = textFindings(claim({ value: 55, amount: 5, quote: '共收到申请55件，较上年增加5件' }), LAST);
    expect(mine.map((f) => f.message)).toEqual(['本报告正文“共收到申请55件，较上年增加5件”与2023年报告不符：其表三“本年新收”55件，加“上年结转”为58件，按本年55件计应为与上年持平']);
  });

  it('reads a percentage within the rounding its digits allow, rounded or cut off', () => {
    // 55 → 60: 9.0909…%
    expect(textFindings(claim({ amount: null, pct: '9.1' })).mine).toEqual([]);
    expect(textFindings(claim({ amount: null, pct: '9.0' })).mine).toEqual([]);
    expect(textFindings(claim({ amount: null, pct: '9' })).mine).toEqual([]);
    const wrong = textFindings(claim({ amount: null, pct: '9.5', quote: '共收到申请60件，同比增长9.5%' })).mine;
    expect(wrong.map((f) => f.message)).toEqual(['本报告正文“共收到申请60件，同比增长9.5%”与2023年报告不符：其表三“本年新收”55件，加“上年结转”为58件，按本年60件计应为增长9.1%']);
    // the direction counts: 55 → 60 is no decrease
    expect(textFindings(claim({ amount: null, pct: '-9.1' })).mine).toHaveLength(1);
  });

  it('judges a count given with its percentage by the count (the percentage is the text\'s own arithmetic), and no percentage from 0', () => {
    expect(textFindings(claim({ amount: 5, pct: '12.0' })).mine).toEqual([]);
    expect(textFindings(claim({ amount: 9, pct: '9.1' })).mine).toHaveLength(1);
    expect(textFindings(claim({ amount: null, pct: '100.0' }), { ...LAST, 't3.new.total': 0 }).mine).toEqual([]);
  });

  it('is silent where last year\'s 本年新收 is blank, carries a note, or last year has no table 三', () => {
    expect(textFindings(claim({ amount: 9 }), { ...LAST, 't3.new.total': null }).mine).toEqual([]);
    expect(textFindings(claim({ amount: 9 }), LAST, { figureNotes: { 't3.new.total': '含转办件3件' } }).mine).toEqual([]);
    expect(textFindings(claim({ amount: 9 }), {}).mine).toEqual([]);
  });

  it('says nothing for a report that kept no claim (saved before they were kept)', () => {
    const now = subject(2024, NOW);
    expect(crossYearFindings(now, [subject(2023, LAST)]).filter((f) => f.rule === 'cross.text-change')).toEqual([]);
  });
});
