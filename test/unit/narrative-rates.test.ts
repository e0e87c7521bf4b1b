// @vitest-environment node
/**
 * Three claims reports make often, checked since session 11: a rate's change in 个百分点
 * (percentage-points.ts), a multiple in 倍 or 翻番 (multiples.ts), and 办结率 (completion-rate.ts).
 * Each shape has a case that holds, one that is wrong, and the look-alikes that are not read.
 */
import { describe, expect, it } from 'vitest';
import { readMultiple } from '../../lib/narrative/multiples.ts';
import { countCore, rateName } from '../../lib/narrative/percentage-points.ts';
import { BUREAU_TABLES, flagged, outcomes, runProse } from './narrative-tables.ts';

/** 新收 86, 上年结转 5, 办结 88, 结转下年度 3 (a 2023 report) */
const run = (text: string, figures: Record<string, number> = {}) => runProse(text, figures, 2023);
const mine = (r: ReturnType<typeof run>, rule: string, re: RegExp) => r.checks.filter((c) => c.rule === rule && re.test(c.detail)).map((c) => c.outcome);

describe('个百分点: the difference of two rates, never a percent change', () => {
  it('reads last year\'s rate from the sentence before (red team 10b, page 02)', () => {
    const r = run('<p>上年办结申请67件，其中予以公开和部分公开共34件，公开率50.7%。本年办结74件，予以公开和部分公开共40件，公开率为54.1%，较上年提高3.4个百分点。</p>');
    expect(mine(r, 'text.change', /百分点/)).toEqual(['pass']);
    expect(flagged(r)).toEqual([]);
  });

  it('flags a difference the two rates do not make (red team 10b, page 13)', () => {
    const r = run('<p>上年办结申请61件，其中予以公开和部分公开共32件，公开率52.5%。本年办结57件，予以公开和部分公开共37件，公开率为64.9%，较上年提高15.4个百分点。</p>');
    expect(flagged(r)).toEqual([
      { rule: 'text.change', severity: 'error', expected: 12.4, actual: 15.4, quote: '公开率为64.9%，较上年提高15.4个百分点' },
    ]);
  });

  it.each([
    ['上年办结申请67件，其中予以公开和部分公开共34件。本年办结74件，予以公开和部分公开共40件，公开率为54.1%，较上年提高3.4个百分点。', 'pass'],
    ['上年办结申请67件，其中予以公开和部分公开共34件。本年办结74件，予以公开和部分公开共40件，公开率为54.1%，较上年提高15.4个百分点。', 'fail'],
    ['2022年办结申请67件，予以公开34件。本年办结74件，予以公开40件，公开率为54.1%，较上年下降3.4个百分点。', 'fail'],
  ])('last year\'s rate from the counts of the sentence before, of the kinds that make this year\'s: %s → %s', (text, outcome) => {
    expect(mine(run(`<p>${text}</p>`), 'text.change', /百分点/)).toEqual([outcome]);
  });

  it('tells last year\'s rate it computed', () => {
    expect(flagged(run('<p>上年新收申请40件，其中网上申请22件。本年新收申请90件，其中网上申请63件，网上申请占比为70.0%，较上年提高20.0个百分点。</p>'))).toEqual([
      { rule: 'text.change', severity: 'error', expected: 15, actual: 20, quote: '网上申请占比为70.0%，较上年提高20.0个百分点' },
    ]);
    expect(run('<p>上年新收申请40件，其中网上申请22件。本年新收申请90件，其中网上申请63件，网上申请占比为70.0%，较上年提高20.0个百分点。</p>').findings[0]?.message).toBe(
      '正文称网上申请占比70.0%，较上年提高20.0个百分点；上年22件 ÷ 40件为55.00%，应为提高15.0个百分点。',
    );
  });

  it.each([
    ['公开率为54.1%，较上年（50.7%）提高3.4个百分点。', 'pass'],
    ['公开率为54.1%，较上年的50.7%提高3.4个百分点。', 'pass'],
    ['上年公开率为50.7%，本年公开率为54.1%，较上年提高3.4个百分点。', 'pass'],
    // each rate rounded at its digit: 54.12 − 50.7 = 3.42
    ['公开率为54.12%，较上年（50.7%）提高3.4个百分点。', 'pass'],
    ['行政复议纠错率为18.5%，较2022年（20.0%）下降1.5个百分点。', 'pass'],
    ['公开率54.1%，比上年同期（50.7%）提高3.4个百分点。', 'pass'],
    ['上年网上申请占比55.3%。本年网上申请占比为60.5%，较上年提高5.2个百分点。', 'pass'],
    // the sign is part of the claim
    ['公开率为50.7%，较上年（54.1%）提高3.4个百分点。', 'fail'],
  ])('%s → %s', (text, outcome) => {
    expect(mine(run(`<p>${text}</p>`), 'text.change', /百分点/)).toEqual([outcome]);
  });

  it.each([
    // last year's rate not given
    '行政复议纠错率为20.0%，同比下降2.5个百分点。',
    // a percent, not points: relative or in points, the text does not say
    '公开率为54.1%，较上年（50.7%）提高3.4%。',
    // approximate
    '“一网通办”事项占比约92%，同比提高4个百分点。',
    // several rates' changes
    '公开率、答复率分别为54.1%、98.0%，分别较上年提高3.4个、2个百分点。',
    // another rate of last year is no base: 满意率 against 公开率
    '上年满意率为90.0%。本年公开率为54.1%，较上年提高3.4个百分点。',
    // 环比 is against the month or quarter before
    '上年公开率为50.7%。本年公开率为54.1%，环比提高3.4个百分点。',
    // the base year named is not last year: last year's rate said before is not its base
    '上年公开率为50.7%。本年公开率为54.1%，较2021年提高3.4个百分点。',
    // last year's counts not both named, or of other kinds, or more than one of a kind
    '上年办结申请67件。本年办结74件，予以公开和部分公开共40件，公开率为54.1%，较上年提高3.4个百分点。',
    '上年收到申请67件，其中网上申请34件。本年办结74件，予以公开40件，公开率为54.1%，较上年提高3.4个百分点。',
    '上年办结申请67件，其中予以公开30件、部分公开4件。本年办结74件，其中予以公开和部分公开共40件，公开率为54.1%，较上年提高3.4个百分点。',
    '上年办结申请67件，其中予以公开30件。本年办结74件，予以公开和部分公开共40件，公开率为54.1%，较上年提高3.4个百分点。',
    // this year's counts: more than one pair makes the rate
    '上年办结申请67件，予以公开34件。本年办结74件，受理74件，予以公开40件，公开率为54.1%，较上年提高3.4个百分点。',
    // a rate named by 比例/占比 alone: whose, the words do not say
    '上年比例为50.7%。本年比例为54.1%，较上年提高3.4个百分点。',
    // last year's rate after the claim is not read
    '网上申请占比为60.5%，较上年提高5.2个百分点。上年网上申请占比55.3%。',
    // this year's rate in the sentence before is not last year's
    '本年公开率为50.7%。依申请公开率为54.1%，较上年提高3.4个百分点。',
    '与上年相比，本年公开率为50.7%。公开率为54.1%，较上年提高3.4个百分点。',
  ])('%s is not checked', (text) => {
    const r = run(`<p>${text}</p>`);
    expect(mine(r, 'text.change', /百分点/)).toEqual([]);
    expect(flagged(r)).toEqual([]);
  });

  it('reads what a count is of without its period and lead words', () => {
    expect(countCore('上年办结申请')).toBe('办结申请');
    expect(countCore('其中予以公开和部分公开共')).toBe('予以公开和部分公开');
    expect(countCore('2022年新收（不含重复申请）')).toBe('新收');
  });

  it('names the rate in a label without its period', () => {
    expect(rateName('本年公开率为')).toBe('公开率');
    expect(rateName('依申请公开率达到')).toBe('依申请公开率');
    expect(rateName('占')).toBeNull();
  });
});

describe('倍: 是…的K倍 is × K, 增长K倍 is × (1 + K)', () => {
  it('passes 是上年的2倍 and 翻番 of the same comparison (red team 10b, page 03)', () => {
    const r = run('<p>受“放管服”改革宣传带动，本年度新收政府信息公开申请26件，是上年（13件）的2倍，申请量实现翻番。</p>');
    expect(mine(r, 'text.change', /倍/)).toEqual(['pass', 'pass']);
  });

  it('flags 3倍 for 2.5 times (red team 10b, page 15)', () => {
    expect(flagged(run('<p>本年度新收政府信息公开申请50件，是上年（20件）的3倍。</p>'))).toEqual([
      { rule: 'text.change', severity: 'error', expected: 2.5, actual: 3, quote: '本年度新收政府信息公开申请50件，是上年（20件）的3倍' },
    ]);
  });

  it.each([
    ['本年新收申请55件，较上年的25件同比增长1.2倍。', 'pass'], // red team 10b, page 47
    ['本年新收申请55件，较上年（25件）增至2.2倍。', 'pass'],
    ['本年新收申请52件，较上年（13件）翻两番。', 'pass'],
    ['本年新收申请52件，是上年（25件）的2倍。', 'pass'], // 2.08: within the digit shown
    ['本年新收申请26件，是上年13件的两倍。', 'pass'],
    ['本年新收申请５０件，是上年（２０件）的２.５倍。', 'pass'],
    ['全年主动公开信息12,345条，是上年（5,678条）的2.2倍。', 'pass'],
    ['本年度新收申请26件，上年同期为13件，是上年的2倍。', 'pass'],
    ['本年度新收申请39件，上年同期为13件，申请量是上年的2倍。', 'fail'],
    ['全年收到申请86件，较上年的43件翻了一番，办结88件。', 'pass'],
    // 万 figures are rounded: not judged
    ['政务微博发布信息1.2万条，是上年（0.5万条）的3倍。', 'skip'],
    // 增长2.2倍 for × 2.2: the reading many writers mean, not judged
    ['本年新收申请55件，较上年的25件增长2.2倍。', 'skip'],
    ['本年新收申请75件，较上年的25件增长1倍。', 'fail'],
    ['本年新收申请36件，较上年（13件）翻了一番。', 'fail'],
  ])('%s → %s', (text, outcome) => {
    expect(mine(run(`<p>${text}</p>`), 'text.change', /倍/)).toEqual([outcome]);
  });

  it.each([
    '申请量是上年的2倍。',
    // 上年结转 is this year's row, not last year's count
    '本年新收申请26件，上年结转13件，是上年的2倍。',
    // two counts of last year: which is meant is not read
    '本年新收申请26件，上年新收13件、上年办结12件，是上年的2倍。',
    '本年新收申请55件，约为上年（20件）的3倍。',
    '本年新收申请55件，是上年（20件）的2倍多。',
    '本年新收申请45件，较上年（13件）翻了一番多。',
    '网上申请20件，是信函申请（10件）的2倍。',
    '依申请公开数量增长1.2倍。',
    '12月新收申请30件，环比（10件）增长1倍。',
    '自然人、法人申请分别为上年的2倍和3倍。',
  ])('%s is not checked', (text) => {
    const r = run(`<p>${text}</p>`);
    expect(mine(r, 'text.change', /倍/)).toEqual([]);
    expect(flagged(r)).toEqual([]);
  });

  it('says why 增长K倍 fitting only × K is not judged', () => {
    const r = run('<p>本年新收申请55件，较上年的25件增长2.2倍。</p>');
    expect(r.checks.find((c) => /倍/.test(c.detail))?.detail).toBe('55件 ÷ 25件 = 2.2倍，正文“增长2.2倍”；按“增长到2.2倍”理解相符，“增长2.2倍”常被这样使用，不作判断');
  });

  it('reads a printed multiple', () => {
    expect(readMultiple('2.5')).toEqual({ n: 25n, d: 1 });
    expect(readMultiple('两')).toEqual({ n: 2n, d: 0 });
    expect(readMultiple('零')).toBeNull();
  });
});

describe('办结率: 办结 ÷ 受理, every reading a careful reader accepts', () => {
  it('flags a rate the figures of its own sentence do not make (red team 10, page 30)', () => {
    expect(flagged(run('<p>全年受理申请12件（含上年结转0件），办结12件，办结率83.3%。</p>'))).toEqual([
      { rule: 'text.share', severity: 'error', expected: 100, actual: 83.3, quote: '全年受理申请12件（含上年结转0件），办结12件，办结率83.3%' },
    ]);
  });

  it.each([
    // red team 10, page 02: 12345 工单, its own figures
    '全年办理12345政务服务便民热线交通类工单3,456件，办结3,449件，办结率99.8%；回复网民留言218条。',
    '本年收到申请86件，上年结转5件，办结88件，办结率96.7%。',
    '全年共受理申请91件，办结88件，答复率96.7%。',
  ])('%s holds by its own figures', (text) => {
    const r = run(`<p>${text}</p>`);
    expect(outcomes(r)).toContain('text.share:pass');
    expect(flagged(r)).toEqual([]);
  });

  it('a 100% against its own figures, the rest carried into next year by table 三, is a warning: of what fell due, perhaps', () => {
    expect(flagged(run('<p>全年共受理政府信息公开申请91件，办结88件，办结率100%。</p>', BUREAU_TABLES))).toEqual([
      { rule: 'text.share', severity: 'warning', expected: 96.7, actual: 100, quote: '全年共受理政府信息公开申请91件，办结88件，办结率100%' },
    ]);
  });

  it('reads table 三 for a rate whose sentence names no 办结 (red team 10b, page 11)', () => {
    const r = run('<p>全年共受理政府信息公开申请91件（本年新收86件、上年结转5件），按时答复85件，办结率96.7%，其余3件结转下年度继续办理。</p>', BUREAU_TABLES);
    expect(mine(r, 'text.share', /表三办结/)).toEqual(['pass']);
    expect(flagged(r)).toEqual([]);
  });

  it('a rate table 三 does not give is a warning: the text named no base', () => {
    expect(flagged(run('<p>本年度政府信息公开申请办结率为98.5%。</p>', BUREAU_TABLES))).toEqual([
      { rule: 'text.share', severity: 'warning', expected: 96.7, actual: 98.5, quote: '本年度政府信息公开申请办结率为98.5%' },
    ]);
  });

  it.each([
    // what is left was carried into next year (88 + 3 = 86 + 5): 100% of what fell due, perhaps
    ['依申请公开答复率达100%。', BUREAU_TABLES],
    ['共收到申请20件，办结18件，2件正在办理，办结率100%。', {}],
    ['受理申请20件，办结19件，1件因申请人撤回终止办理，办结率100%。', {}],
    // table 三 disagrees with itself (80 + 3 ≠ 86 + 5): t3.balance says so, the rate is not judged
    ['本年度政府信息公开申请办结率为98.5%。', { ...BUREAU_TABLES, 't3.processed.total': 80 }],
    // other rates
    ['应办结18件，实际办结18件，按时办结率100%，群众满意率98.6%。', BUREAU_TABLES],
    ['全年共办理人大代表建议15件、政协委员提案22件，办复率100%。', BUREAU_TABLES],
    ['扣除无法提供和不予处理的情形后，依申请公开率为90.6%。', BUREAU_TABLES],
    // another work's rate, its 办结 not the table's
    ['12345热线全年办结28,310件，办结率99.5%。', BUREAU_TABLES],
    ['全年受理项目审批申请1365件，办结率99.5%。', BUREAU_TABLES],
    // last year's
    ['上年政府信息公开申请办结率为90.0%。', BUREAU_TABLES],
    // 答复率 of what is no application
    ['网民留言答复率99.0%。', BUREAU_TABLES],
  ] as const)('%s is not flagged', (text, figures) => {
    const r = run(`<p>${text}</p>`, figures);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).not.toContain('text.share:fail');
  });
});

describe('a share naming its whole, given in the sentence before', () => {
  it('flags it (red team 10b, page 33: a 2010 report)', () => {
    expect(flagged(run('<p>全年共受理政府信息公开申请27件，其中网上申请12件、当面申请8件、信函申请5件。已全部答复，其中同意公开18件，占受理总数的72.0%；不予公开3件；信息不存在6件。</p>'))).toEqual([
      { rule: 'text.share', severity: 'error', expected: 66.7, actual: 72, quote: '其中同意公开18件，占受理总数的72.0%' },
    ]);
  });

  it.each([
    // the whole it names (办结) is not the count before (受理)
    '<p>全年共受理政府信息公开申请27件。已全部答复，其中同意公开18件，占办结总数的72.0%。</p>',
    // two counts of 受理 before: which is meant is not read
    '<p>全年共受理政府信息公开申请27件，较上年受理申请20件有所增加。其中同意公开18件，占受理总数的72.0%。</p>',
    // the whole in the paragraph before
    '<p>全年共受理政府信息公开申请27件。</p><p>已全部答复，其中同意公开18件，占受理总数的72.0%。</p>',
    // the share's own sentence offers a whole of its own
    '<p>全年共受理政府信息公开申请27件。办结25件，其中同意公开18件，占受理总数的72.0%。</p>',
  ])('%s is not flagged', (text) => {
    expect(flagged(run(text))).toEqual([]);
  });
});
