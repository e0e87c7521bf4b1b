/**
 * The text's change against last year for table 四's counts ("被申请行政复议3件，较上年减少2件",
 * "行政诉讼5件，同比增长25.0%"): which sentences keep a claim (lib/narrative/last-year-claims.ts, readings
 * 'review' and 'suits') and how last year's table 四 checks it (lib/collect/text-change.ts, rule
 * cross.text-change): fires where last year's 总计 does not fit, silent where it does, where the clause
 * names a result or both kinds, where last year's cell is blank or carries a note. The applications'
 * claims are in last-year-claims.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runProse } from './narrative-tables.ts';
import { crossYearFindings, type CrossYearSubject } from '../../lib/collect/cross-year.ts';
import type { LastYearClaim } from '../../lib/narrative/last-year-claims.ts';

/** This year: table 三 本年新收 60 (上年结转 4); table 四: 行政复议 3, 行政诉讼 2 直接 + 3 复议后 = 5. */
const NOW = {
  't3.new.total': 60,
  't3.carried.total': 4,
  't4.review.total': 3,
  't4.review.corrected': 1,
  't4.suitDirect.total': 2,
  't4.suitAfterReview.total': 3,
};

const claimsOf = (sentence: string, figures: Record<string, number | null> = NOW, year = 2024): LastYearClaim[] =>
  runProse(`<p>（四）行政复议和行政诉讼情况。${sentence}</p>`, figures as Record<string, number>, year).lastYear ?? [];

describe('last-year claims of table 四: kept', () => {
  it.each([
    ['全年因政府信息公开被申请行政复议3件，较上年减少2件。', { readings: ['review'], value: 3, amount: -2, pct: null }],
    ['收到涉及政府信息公开的行政复议申请3件，比上年增加1件。', { readings: ['review'], value: 3, amount: 1, pct: null }],
    ['本年度发生政府信息公开行政复议案件3件，同比下降40.0%。', { readings: ['review'], value: 3, amount: null, pct: '-40.0' }],
    ['因政府信息公开被提起行政诉讼5件，较上年增加1件。', { readings: ['suits'], value: 5, amount: 1, pct: null }],
    ['本机关作为被告的政府信息公开行政诉讼案件5件，同比增长25.0%。', { readings: ['suits'], value: 5, amount: null, pct: '25.0' }],
  ] as const)('%s', (sentence, want) => {
    const got = claimsOf(sentence);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(want);
    expect(sentence).toContain(got[0]!.quote);
  });
});

describe('last-year claims of table 四: nothing kept', () => {
  it.each([
    ['a count that is not table 四\'s 总计', '全年因政府信息公开被申请行政复议4件，较上年减少2件。'],
    ['a result, not the count of reviews', '行政复议决定纠正3件，较上年减少2件。'],
    ['a suit\'s result', '行政诉讼败诉5件，较上年增加1件。'],
    ['one direct kind of suits only, not both', '未经复议直接起诉2件，较上年增加1件。'],
    ['reviews and suits named together', '行政复议和行政诉讼共5件，较上年增加1件。'],
    ['a part of the reviews', '行政复议案件8件，其中涉及政府信息公开3件，较上年减少2件。'],
    ['changes of several figures', '被申请行政复议3件、行政诉讼5件，分别较上年减少2件和增加1件。'],
    ['a base of another year', '被申请行政复议3件，较2022年减少2件。'],
    ['last year\'s count said (year-on-year.ts checks it)', '被申请行政复议3件，较上年的5件减少2件。'],
  ])('%s: %s', (_why, sentence) => {
    expect(claimsOf(sentence)).toEqual([]);
  });

  it('keeps no suits\' claim where one of the two 总计 is blank', () => {
    expect(claimsOf('因政府信息公开被提起行政诉讼2件，较上年增加1件。', { ...NOW, 't4.suitAfterReview.total': null })).toEqual([]);
  });

  it('keeps no applications\' claim from a review\'s 申请 that equals 本年新收 by chance', () => {
    expect(claimsOf('收到行政复议申请60件，较上年增加5件。', { ...NOW, 't4.review.total': 7 })).toEqual([]);
  });
});

const subject = (year: number, figures: Record<string, number | null>, over: Partial<CrossYearSubject> = {}): CrossYearSubject => ({
  id: `https://www.example.gov.cn/ndbg/${year}.html`,
  url: `https://www.example.gov.cn/ndbg/${year}.html`,
  year,
  bodyKey: '示例区司法局@example.gov.cn',
  bodyKeyOverride: null,
  figures,
  figureNotes: {},
  lastSeen: `${year + 1}-02-01T00:00:00.000Z`,
  ...over,
});
/** Last year: 行政复议 5, 行政诉讼 1 + 3 = 4. */
const LAST = { 't3.new.total': 55, 't3.carried.total': 3, 't4.review.total': 5, 't4.suitDirect.total': 1, 't4.suitAfterReview.total': 3 };
const review = (over: Partial<LastYearClaim>): LastYearClaim => ({ readings: ['review'], value: 3, amount: -2, pct: null, quote: '被申请行政复议3件，较上年减少2件', ...over });
const suits = (over: Partial<LastYearClaim>): LastYearClaim => ({ readings: ['suits'], value: 5, amount: 1, pct: null, quote: '被提起行政诉讼5件，较上年增加1件', ...over });
const textFindings = (c: LastYearClaim, last: Record<string, number | null> = LAST, lastOver: Partial<CrossYearSubject> = {}) => {
  const now = subject(2024, NOW, { lastYearClaims: [c] });
  const before = subject(2023, last, lastOver);
  const mine = crossYearFindings(now, [before]).filter((f) => f.rule === 'cross.text-change');
  const theirs = crossYearFindings(before, [now]).filter((f) => f.rule === 'cross.text-change');
  return { mine, theirs };
};

describe('cross.text-change of table 四', () => {
  it('is silent where last year\'s 行政复议 总计 fits (3 + 2 = 5), or its two 行政诉讼 总计 (5 − 1 = 4)', () => {
    expect(textFindings(review({}))).toEqual({ mine: [], theirs: [] });
    expect(textFindings(suits({}))).toEqual({ mine: [], theirs: [] });
    // 5 → 3 is −40.0%, 4 → 5 is +25.0%
    expect(textFindings(review({ amount: null, pct: '-40.0' })).mine).toEqual([]);
    expect(textFindings(suits({ amount: null, pct: '25' })).mine).toEqual([]);
  });

  it('warns on both reports where last year\'s 行政复议 总计 does not fit, marking that cell on last year\'s', () => {
    const { mine, theirs } = textFindings(review({ amount: -1, quote: '被申请行政复议3件，较上年减少1件' }));
    expect(mine.map((f) => [f.severity, f.figure, f.expected, f.actual, f.otherYear])).toEqual([['warning', null, 5, 4, 2023]]);
    expect(mine[0]!.message).toBe('本报告正文“被申请行政复议3件，较上年减少1件”与2023年报告不符：其表四“行政复议”总计5件，按本年3件计应为减少2件');
    expect(theirs.map((f) => [f.severity, f.figure, f.expected, f.actual, f.otherYear])).toEqual([['warning', 't4.review.total', 4, 5, 2024]]);
  });

  it('warns where last year\'s suits do not fit, naming both kinds, with no one cell to mark', () => {
    const { mine, theirs } = textFindings(suits({ amount: null, pct: '66.7', quote: '被提起行政诉讼5件，同比增长66.7%' }));
    expect(mine.map((f) => f.message)).toEqual([
      '本报告正文“被提起行政诉讼5件，同比增长66.7%”与2023年报告不符：其表四“行政诉讼”总计4件（未经复议直接起诉1件、复议后起诉3件），按本年5件计应为增长25%',
    ]);
    expect(theirs.map((f) => f.figure)).toEqual([null]);
  });

  it('is silent where last year\'s 总计 is blank or carries a note, or last year read no table 四', () => {
    expect(textFindings(review({ amount: -1 }), { ...LAST, 't4.review.total': null }).mine).toEqual([]);
    expect(textFindings(review({ amount: -1 }), LAST, { figureNotes: { 't4.review.total': '含撤回1件' } }).mine).toEqual([]);
    expect(textFindings(suits({ amount: 3 }), { 't3.new.total': 55 }).mine).toEqual([]);
  });

  it('does not check a review\'s claim against the applications (nor an application\'s against table 四)', () => {
    // last year's 本年新收 55 would fit 60 − 5 for an applications' claim; a review's claim is not read so
    expect(textFindings(review({ value: 60, amount: 5 }), { ...LAST, 't4.review.total': 2 }).mine).toHaveLength(1);
    expect(textFindings({ readings: ['new'], value: 60, amount: 5, pct: null, quote: '共收到申请60件，较上年增加5件' }).mine).toEqual([]);
  });
});

/** This year's table 二: 行政许可 1452, 行政处罚 187, 行政强制 6 处理决定. */
const T2 = { ...NOW, 't2.license.decisions': 1452, 't2.penalty.decisions': 187, 't2.enforcement.decisions': 6 };
const t2ClaimsOf = (sentence: string, figures: Record<string, number | null> = T2): LastYearClaim[] =>
  runProse(`<p>（一）主动公开。${sentence}</p>`, figures as Record<string, number>, 2024).lastYear ?? [];

describe('last-year claims of table 二\'s decisions', () => {
  it.each([
    ['全年办理行政许可1452件，较上年增加52件。', { readings: ['license'], value: 1452, amount: 52, pct: null }],
    ['作出行政处罚决定187件，同比下降6.5%。', { readings: ['penalty'], value: 187, amount: null, pct: '-6.5' }],
    ['实施行政强制6件，比上年减少2件。', { readings: ['enforcement'], value: 6, amount: -2, pct: null }],
  ] as const)('kept: %s', (sentence, want) => {
    const got = t2ClaimsOf(sentence);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject(want);
  });

  it.each([
    ['not the table\'s count', '全年办理行政许可1450件，较上年增加52件。'],
    ['another count of the item', '撤销行政许可1452件，较上年增加52件。'],
    ['the items\' list, not decisions', '梳理行政许可事项1452件，较上年增加52件。'],
    ['two rows together', '行政许可、行政处罚共1452件，较上年增加52件。'],
    ['a 行政许可 application count', '受理行政许可申请1452件，较上年增加52件。'],
    ['another unit', '公示行政许可信息1452条，较上年增加52条。'],
  ])('nothing kept, %s: %s', (_why, sentence) => {
    expect(t2ClaimsOf(sentence)).toEqual([]);
  });

  it('warns where last year\'s 处理决定数量 does not fit, marking that cell on last year\'s report; silent where it does', () => {
    const c: LastYearClaim = { readings: ['license'], value: 1452, amount: 52, pct: null, quote: '全年办理行政许可1452件，较上年增加52件' };
    const fits = textFindings(c, { ...LAST, 't2.license.decisions': 1400 });
    expect(fits).toEqual({ mine: [], theirs: [] });
    const { mine, theirs } = textFindings(c, { ...LAST, 't2.license.decisions': 1380 });
    expect(mine.map((f) => f.message)).toEqual(['本报告正文“全年办理行政许可1452件，较上年增加52件”与2023年报告不符：其表二“行政许可”处理决定数量1380件，按本年1452件计应为增加72件']);
    expect(theirs.map((f) => [f.figure, f.expected, f.actual])).toEqual([['t2.license.decisions', 1400, 1380]]);
    // last year read no table 二 row of it: nothing to say
    expect(textFindings(c, LAST).mine).toEqual([]);
  });
});
