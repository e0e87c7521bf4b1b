// @vitest-environment node
/**
 * Session 25's recall gaps of the text checks: sentence shapes no reading checked before, each with
 * the sentence where it fires on a wrong figure, its true twin that passes silently, and the near
 * misses that must stay silent (another subject, another year, a negation, 信访). The tables are
 * t2text-consistent-2023's: 新收 62, 上年结转 4, 办结 63 (予以公开 32, 部分公开 7, 不予公开 5 (过程性
 * 信息 1), 无法提供 15 (本机关不掌握 12, 另行制作 2, 不明确 1), 不予处理 3, 其他处理 1), 结转下年度 3;
 * 复议 1 (维持 1), 诉讼 1 (未经复议, 尚未审结 1); table 二's 行政事业性收费 46.8 万元.
 */
import { describe, expect, it } from 'vitest';
import { word, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const TABLES: Record<string, number> = {
  't3.new.natural': 56, 't3.new.commercial': 3, 't3.new.research': 0, 't3.new.social': 0, 't3.new.legal': 2, 't3.new.otherOrg': 1, 't3.new.total': 62,
  't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.denied.secret.total': 0, 't3.denied.threeSecurity.total': 0, 't3.denied.thirdParty.total': 0, 't3.denied.internal.total': 0, 't3.denied.process.total': 1,
  't3.denied.enforcement.total': 4, 't3.unable.noInfo.total': 12, 't3.unable.needCreate.total': 2, 't3.unable.unclear.total': 1,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
  't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0, 't4.review.total': 1,
  't4.suitDirect.upheld': 0, 't4.suitDirect.corrected': 0, 't4.suitDirect.other': 0, 't4.suitDirect.pending': 1, 't4.suitDirect.total': 1,
  't4.suitAfterReview.upheld': 0, 't4.suitAfterReview.corrected': 0, 't4.suitAfterReview.other': 0, 't4.suitAfterReview.pending': 0, 't4.suitAfterReview.total': 0,
  't2.normativeDocs.newMade': 5, 't2.normativeDocs.abolished': 2, 't2.normativeDocs.inForce': 31, 't2.fees.feeAmount': 46.8,
};
const run = (text: string, figures: Record<string, number> = TABLES): ProseResult => runProse(word(text), figures, 2023);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
/** The outcomes of the checks whose quote holds `words`. */
const outcomesOf = (r: ProseResult, words: string) => r.checks.filter((c) => c.quote?.includes(words)).map((c) => c.outcome);

/** Each sentence raises, among its findings, the one wanted ("rule:severity:expected:actual"). */
const eachFlags = (cases: [string, string][]): void => {
  it.each(cases)('%s is flagged', (text, want) => {
    expect(fired(run(text))).toContain(want);
  });
};
/** Each sentence raises nothing. */
const eachSilent = (texts: string[], why = 'is no finding', figures: Record<string, number> = TABLES): void => {
  it.each(texts)(`%s ${why}`, (text) => {
    expect(fired(run(text, figures))).toEqual([]);
  });
};

describe('"属于本机关不掌握相关政府信息的10件": an item row named as the table names it, against that row', () => {
  eachFlags([
    ['全年共收到政府信息公开申请62件。属于本机关不掌握相关政府信息的10件。', 'text.vs-table:error:12:10'],
    ['全年共收到政府信息公开申请62件。无法提供的15件中，属于本机关不掌握相关政府信息的10件。', 'text.vs-table:error:12:10'],
    ['全年共收到政府信息公开申请62件。不予公开的5件中，属于过程性信息的2件。', 'text.vs-table:error:1:2'],
    ['全年共收到政府信息公开申请62件。不予公开5件，其中属于过程性信息的2件。', 'text.vs-table:error:1:2'],
    ['全年共收到政府信息公开申请62件。属于本机关不掌握相关政府信息的申请10件。', 'text.vs-table:error:12:10'],
  ]);

  it.each([
    ['全年共收到政府信息公开申请62件。属于本机关不掌握相关政府信息的12件。', '12件'],
    ['全年共收到政府信息公开申请62件。无法提供的15件中，属于本机关不掌握相关政府信息的12件，没有现成信息需要另行制作的2件。', '12件'],
    ['全年共收到政府信息公开申请62件。不予公开的5件中，属于过程性信息的1件。', '1件'],
  ])('%s holds', (text, figure) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(outcomesOf(r, `信息的${figure}`)).toEqual(['pass']);
  });

  eachSilent([
    // another subject, or words before the 属于 that qualify the applications: a part, as before
    '全年共收到政府信息公开申请62件。某街道属于本机关不掌握相关政府信息的10件。',
    '全年共收到政府信息公开申请62件。涉及房屋征收且属于本机关不掌握相关政府信息的10件。',
    '全年共收到政府信息公开申请62件。网上申请中属于本机关不掌握相关政府信息的10件。',
    '全年共收到政府信息公开申请62件。重复申请中属于本机关不掌握相关政府信息的10件。',
    '全年共收到政府信息公开申请62件。上半年属于本机关不掌握相关政府信息的10件。',
    // a negation, another year, another kind of work
    '全年共收到政府信息公开申请62件。不属于本机关不掌握相关政府信息的10件。',
    '全年共收到政府信息公开申请62件。2022年属于本机关不掌握相关政府信息的10件。',
    '全年共收到信访件62件。属于本机关不掌握相关政府信息的10件。',
    // another word than 属于 before the row: a qualifier (涉及), as before
    '全年共收到政府信息公开申请62件。不予公开的5件中，涉及过程性信息的2件。',
    // the row's main reason may name all of 无法提供 (sub-rows.ts): its total fits too
    '全年共收到政府信息公开申请62件。属于本机关不掌握相关政府信息的15件。',
  ]);
});

describe('"全年未收取行政事业性收费" against table 二\'s 本年收费金额', () => {
  eachFlags([
    ['全年未收取行政事业性收费。', 'text.vs-table:error:46.8:0'],
    ['2023年，我局未收取行政事业性收费。', 'text.vs-table:error:46.8:0'],
    ['本年度无行政事业性收费。', 'text.vs-table:error:46.8:0'],
    ['全年未发生行政事业性收费的情况。', 'text.vs-table:error:46.8:0'],
  ]);

  it('the claim passes against a fee of 0', () => {
    const r = run('全年未收取行政事业性收费。', { ...TABLES, 't2.fees.feeAmount': 0 });
    expect(fired(r)).toEqual([]);
    expect(outcomesOf(r, '未收取行政事业性收费')).toEqual(['pass']);
  });

  it('a blank fee cell, or no such row, leaves the claim unread', () => {
    const { 't2.fees.feeAmount': _, ...noFee } = TABLES;
    for (const figures of [noFee, { ...TABLES, 't2.fees.feeAmount': null as unknown as number }]) {
      const r = run('全年未收取行政事业性收费。', figures);
      expect(fired(r)).toEqual([]);
      expect(outcomesOf(r, '未收取行政事业性收费')).toEqual([]);
    }
  });

  eachSilent([
    // the applicants' fee (信息处理费), which no table gives
    '未收取任何费用。',
    '全年未向申请人收取任何费用。',
    '依申请公开工作中未收取行政事业性收费。',
    '全年共收到政府信息公开申请62件。全年未收取行政事业性收费。',
    // a part, another body, another year, so far only, other fees, other work
    '对小微企业未收取行政事业性收费。',
    '某街道未收取行政事业性收费。',
    '区政府本级未收取行政事业性收费。',
    '2022年未收取行政事业性收费。',
    '暂未收取行政事业性收费。',
    '全年未收取行政事业性收费以外的费用。',
    '全年信访工作未收取行政事业性收费。',
    '全年无违规收取行政事业性收费。',
  ]);
});

describe('"被申请行政复议1件，结果为维持": a case\'s outcome in words, against table 四\'s column', () => {
  eachFlags([
    ['发生行政复议1件，结果为纠正。', 'text.vs-table:error:0:1'],
    ['被申请行政复议1件，被复议机关纠正。', 'text.vs-table:error:0:1'],
    ['被申请行政复议1件，结果为撤销。', 'text.vs-table:error:0:1'],
    ['2023年，我局因政府信息公开工作被申请行政复议1件，结果为纠正。', 'text.vs-table:error:0:1'],
    // the suit is still open (尚未审结 1): no outcome yet
    ['被提起行政诉讼1件，结果为维持。', 'text.vs-table:error:0:1'],
  ]);

  it('"均" says it of all the cases: the column is the group\'s 总计', () => {
    const figures = { ...TABLES, 't4.review.upheld': 2, 't4.review.corrected': 1, 't4.review.total': 3 };
    expect(fired(run('被申请行政复议3件，结果均为维持。', figures))).toContain('text.vs-table:error:2:3');
    expect(fired(run('被申请行政复议3件，结果为维持。', figures))).toEqual([]);
  });

  it.each([
    '被申请行政复议1件，结果为维持。',
    '被申请行政复议1件，结果为维持原答复。',
    '被申请行政复议1件，被复议机关维持。',
    '因政府信息公开被申请行政复议1件，结果为维持。',
  ])('%s holds', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(outcomesOf(r, '维持')).toEqual(['pass']);
  });

  eachSilent([
    // a negation; 驳回 (维持 or 其他结果, as reports count it)
    '被申请行政复议1件，结果未纠正。',
    '被申请行政复议1件，结果为驳回。',
    // another subject, another year, another body's cases, the region's, other work
    '某街道被申请行政复议1件，结果为纠正。',
    '2022年被申请行政复议1件，结果为纠正。',
    '作为复议机关受理行政复议1件，结果为纠正。',
    '全市被申请行政复议1件，结果为纠正。',
    '信访复议1件，结果为纠正。',
    // after both kinds, or after a result: whose outcome is not said
    '被申请行政复议1件、被提起行政诉讼1件，结果为维持。',
    '被申请行政复议1件，维持1件，结果为纠正。',
  ]);
});

describe('"全年政府信息公开率为61.9%": a 公开率 on its own, against every reading table 三 allows', () => {
  const rates = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);

  it('a rate no reading gives is a warning, naming (予以公开 + 部分公开) ÷ 办结', () => {
    const r = run('全年共收到政府信息公开申请62件。全年政府信息公开率为65.1%。');
    expect(fired(r)).toEqual(['text.share:warning:61.9:65.1']);
  });

  it.each([
    // (32 + 7) ÷ 63, 32 ÷ 63, (32 + 7) ÷ 62 新收, 32 ÷ (63 − 3 − 1), (32 + 7) ÷ (32 + 7 + 5)
    '全年共收到政府信息公开申请62件。全年政府信息公开率为61.9%。',
    '全年共收到政府信息公开申请62件。公开率50.8%。',
    '全年共收到政府信息公开申请62件。依申请公开率为62.9%。',
    '全年共收到政府信息公开申请62件。依申请公开率为54.2%。',
    '全年共收到政府信息公开申请62件。2023年，我局政府信息公开率达88.6%。',
  ])('%s holds (one reading fits)', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(rates(r)).toEqual(['pass']);
  });

  it('a table 三 without 部分公开 leaves a rate that fits no known reading a skip', () => {
    const { 't3.partial.total': _, ...noPartial } = TABLES;
    const r = run('全年共收到政府信息公开申请62件。全年政府信息公开率为65.1%。', noPartial);
    expect(fired(r)).toEqual([]);
    expect(rates(r)).toEqual(['skip']);
  });

  it('100% is no flag: it is said of 应公开尽公开 as often as of a ratio', () => {
    const r = run('全年共收到政府信息公开申请62件。政府信息公开率为100%。');
    expect(fired(r)).toEqual([]);
    expect(rates(r)).toEqual(['skip']);
  });

  eachSilent([
    // not about applications, another rate, a change, a bound
    '全年政府信息公开率为65.1%。',
    '全年共收到政府信息公开申请62件。主动公开率为65.1%。',
    '全年共收到政府信息公开申请62件。公开率较上年提高5个百分点。',
    '全年共收到政府信息公开申请62件。公开率较上年的50.1%有所提高。',
    '全年共收到政府信息公开申请62件。政府信息公开率达到85%以上。',
    // another year, another subject, the region, a part of the body before it, other work
    '全年共收到政府信息公开申请62件。2022年公开率为65.1%。',
    '全年共收到政府信息公开申请62件。某街道公开率为65.1%。',
    '全年共收到政府信息公开申请62件。全市政府信息公开率为65.1%。',
    '区政府本级收到政府信息公开申请20件。公开率为65.1%。',
    '全年共收到政府信息公开申请62件。信访件公开率为65.1%。',
    // a count before it is the whole it is of (disclosure-rate.ts), not table 三's
    '区政府本级办结申请20件，公开率为65.1%。',
  ]);
});

describe('"复议结果维持6件、纠错2件，纠错率为25%": a 纠错率 after a list of results, with no whole named', () => {
  const REVIEWS = { ...TABLES, 't4.review.upheld': 6, 't4.review.corrected': 2, 't4.review.total': 8 };
  const rates = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);

  eachFlags([
    ['行政复议结果维持6件、纠错2件，纠错率为30%。', 'text.share:error:25:30'],
    ['2023年，我局行政复议结果维持6件、纠错2件，纠错率为30%。', 'text.share:error:25:30'],
    ['被申请行政复议10件。其中维持6件、纠错2件，纠错率为40%。', 'text.share:error:25:40'],
  ]);

  it.each([
    // the list's own sum, a count of the cases the sentence before gives, table 四's 总计
    ['行政复议结果维持6件、纠错2件，纠错率为25%。', TABLES],
    ['被申请行政复议10件。其中维持6件、纠错2件，纠错率为20%。', TABLES],
    ['行政复议结果维持5件、纠错2件，纠错率为25%。', REVIEWS],
    ['被申请行政复议8件。其中维持6件、纠错2件，纠错率为25%。', TABLES],
  ] as const)('%s holds', (text, figures) => {
    const r = run(text, figures);
    expect(fired(r).filter((f) => f.startsWith('text.share'))).toEqual([]);
    expect(rates(r)).toContain('pass');
  });

  it.each([
    // the region's, another year's, a part's or another body's: a list may leave results out
    '全市行政复议结果维持6件、纠错2件，纠错率为30%。',
    '2022年行政复议结果维持6件、纠错2件，纠错率为30%。',
    '某街道行政复议结果维持6件、纠错2件，纠错率为30%。',
    '区政府本级行政复议结果维持6件、纠错2件，纠错率为30%。',
  ])('%s is a skip', (text) => {
    const r = run(text);
    expect(fired(r).filter((f) => f.startsWith('text.share'))).toEqual([]);
    expect(rates(r)).toEqual(['skip']);
  });

  it.each([
    // other work, no kind of case named, a change, a bound, both kinds of case
    '信访事项维持6件、纠错2件，纠错率为30%。',
    '其中维持6件、纠错2件，纠错率为30%。',
    '行政复议结果维持6件、纠错2件，纠错率较上年下降5%。',
    '行政复议结果维持6件、纠错2件，纠错率未超过30%。',
    '行政复议和行政诉讼结果维持6件、纠错2件，纠错率为30%。',
  ])('%s is not read', (text) => {
    expect(rates(run(text))).toEqual([]);
  });
});

describe('（六）其他处理\'s item rows: 逾期不补正 and 逾期未缴纳费用 are compared with their rows', () => {
  const withItems: Record<string, number> = {
    ...TABLES, 't3.other.total': 1, 't3.other.overdueCorrection.total': 1, 't3.other.overdueFee.total': 0, 't3.other.otherOther.total': 0,
  };
  const t3Flags = (r: ProseResult) => flagged(r).filter((f) => f.rule === 'text.vs-table').map((f) => `${f.expected}:${f.actual}`);
  it.each([
    ['申请人逾期不补正的2件。', ['1:2']],
    ['其他处理的1件中，申请人逾期未按收费通知要求缴纳费用1件。', ['0:1']],
    ['申请人逾期不补正的1件。', []],
    ['其他处理1件，为申请人无正当理由逾期不补正。', []],
    // 补正 without 逾期, and a figure with no row's words: no claim on the rows
    ['全年依法告知申请人补正12件。', []],
    ['全年发出补正告知书12件，申请人均按期补正。', []],
  ])('%s', (text, want) => {
    expect(t3Flags(run(text, withItems))).toEqual(want);
  });

  it('a table without the rows (the 2019 template) compares nothing', () => {
    expect(t3Flags(run('申请人逾期不补正的2件。', { ...TABLES, 't3.other.total': 1 }))).toEqual([]);
  });
});
