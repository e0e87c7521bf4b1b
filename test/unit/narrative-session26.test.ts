// @vitest-environment node
/**
 * Session 26's recall gaps of the text checks, each with the sentence where it fires on a wrong
 * figure, its true twin that is checked and holds, and the near misses that must stay silent. The
 * tables are t2text-consistent-2023's (narrative-tables.ts T2TEXT_2023).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, T2TEXT_2023, word, type ProseResult } from './narrative-tables.ts';

const TABLES = T2TEXT_2023;
const run = (text: string): ProseResult => runProse(word(text), TABLES, 2023);
const fired = findingKeys;
/** The outcomes of text.parts-sum whose quote holds `words`. */
const sums = (r: ProseResult, words: string) => r.checks.filter((c) => c.rule === 'text.parts-sum' && c.quote?.includes(words)).map((c) => c.outcome);

describe('a total after a list of table 二\'s decisions, of 建议/提案, or of outlets ("…，共计2812件")', () => {
  it.each([
    ['2023年，本机关主动公开行政许可2476件，行政处罚318件，行政强制27件，共计2812件。', '2812件', 'text.parts-sum:error:2821:2812'],
    ['全年公开行政许可决定2476件、行政处罚决定318件、行政强制决定27件，合计2812件。', '2812件', 'text.parts-sum:error:2821:2812'],
    ['本年度共办理人大代表建议12件、政协提案10件，合计20件，办复率100%。', '20件', 'text.parts-sum:error:22:20'],
    ['办理市人大代表建议12件，市政协委员提案10件，总计20件。', '20件', 'text.parts-sum:error:22:20'],
  ])('%s is flagged', (text, total, want) => {
    const r = run(text);
    expect(fired(r)).toContain(want);
    expect(sums(r, total)).toEqual(['fail']);
  });

  it.each([
    ['2023年，本机关主动公开行政许可2476件，行政处罚318件，行政强制27件，共计2821件。', '2821件'],
    ['本年度共办理人大代表建议12件、政协提案10件，合计22件，办复率100%。', '22件'],
    ['全年发布政务信息：网站发布356条，微信公众号发布120条，微博发布44条，合计520条。', '520条'],
  ])('%s holds', (text, total) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(sums(r, total)).toEqual(['pass']);
  });

  it.each([
    // short of the total: an item may be left out (行政确认 …): a skip
    ['2023年，本机关主动公开行政许可2476件，行政处罚318件，共计2812件。', 'skip'],
    ['本年度共办理人大代表建议12件、政协提案8件，合计21件。', 'skip'],
    // outlets over their total: one item may be published on several (a skip, as under a 其中)
    ['全年发布政务信息：网站发布356条，微信公众号发布120条，微博发布64条，合计520条。', 'skip'],
  ])('%s is a skip', (text, outcome) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome)).toEqual([outcome]);
  });

  it.each([
    // a decision and a motion: no one kind
    '本机关公开行政许可2476件，办理人大代表建议318件，共计2812件。',
    // a figure in a bracket: the list is no plain list
    '本机关公开行政许可2476件，行政处罚318件（其中简易程序200件），行政强制27件，共计2812件。',
    // last year's figures before the total
    '2022年公开行政许可2476件，行政处罚318件，本年共计2812件。',
    // 建议 as advice, the total of something else
    '收到意见建议12件，提出整改建议10件，共计发放宣传册2000册。',
  ])('%s reads no list', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum' && c.outcome !== 'skip')).toEqual([]);
  });
});

describe('shares of a whole guessed from the sentence before, confirmed by the other shares', () => {
  const RECEIVED = '全年共收到政府信息公开申请62件。';
  const shares = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);
  it.each([
    // the counts add up to the guessed whole and the other shares fit it: an error
    [`${RECEIVED}从申请方式看，网上申请41件，占66.1%；信函申请15件，占23.2%；当面申请6件，占9.7%。`, 'text.share:error:24.2:23.2'],
    // (分别占 pairs the shares with counts that carry their own words; after 其中, of the list's whole)
    [`${RECEIVED}其中，网上申请41件、信函申请15件、当面申请6件，分别占66.1%、24.2%、9.8%。`, 'text.share:error:9.7:9.8'],
    [`${RECEIVED}从申请方式看，网上申请41件、信函申请15件、当面申请6件，分别占66.1%、24.2%、9.8%。`, 'text.share:error:9.7:9.8'],
    // a count that breaks the sum, its share printed for the right count: the shares' 100% says
    // the list is whole, a warning
    [`${RECEIVED}从申请方式看，网上申请41件，占66.1%；信函申请16件，占24.2%；当面申请6件，占9.7%。`, 'text.share:warning:25.8:24.2'],
  ])('%s is flagged', (text, want) => {
    const r = run(text);
    expect(fired(r)).toContain(want);
    expect(shares(r).filter((o) => o === 'fail')).toHaveLength(1);
  });

  it('shares that total 100% and fit their counts\' sum are of that sum, not of the guess', () => {
    // shares of 办结 (63): the small counts' shares fit the guess (62) too, the large one not (a
    // report whose table 三 is not read here: the prose alone)
    const r = runProse(word(`${RECEIVED}办结的申请中，予以公开55件，占87.3%；不予公开3件，占4.8%；无法提供3件，占4.8%；不予处理2件，占3.2%。`), {}, 2023);
    expect(fired(r)).toEqual([]);
    expect(shares(r)).toContain('skip');
  });

  it('the true twin: every share passes against the guessed whole', () => {
    const r = run(`${RECEIVED}从申请方式看，网上申请41件，占66.1%；信函申请15件，占24.2%；当面申请6件，占9.7%。`);
    expect(fired(r)).toEqual([]);
    expect(shares(r)).toEqual(['pass', 'pass', 'pass']);
  });

  // Neither the counts nor the shares confirm the guess in these; since session gaps29 a channel's share
  // is read against every whole a reader could mean (share-of-applicant.ts: table 三's 本年新收, 新收 +
  // 上年结转, 办理结果总计, the channels listed, the paragraph's counts), the guess or not.
  it.each([
    // the counts (61) and the shares (99.0%) say nothing of the guess; 23.2% and 9.7% fit no whole
    [`${RECEIVED}从申请方式看，网上申请41件，占66.1%；信函申请15件，占23.2%；当面申请5件，占9.7%。`, ['text.share:error:24.2:23.2', 'text.share:error:8.1:9.7']],
    // two shares only, too few to confirm a guess: 20 at 32.9% fits none either
    [`${RECEIVED}从申请方式看，网上申请41件，占66.1%；信函申请20件，占32.9%。`, ['text.share:error:32.3:32.9']],
  ])('%s is flagged since gaps29: no whole a reader could mean fits', (text, want) => {
    expect(fired(run(text))).toEqual(want);
  });

  it('two shares misfit the guess: all three are of 新收 + 上年结转 (66), read since gaps29', () => {
    const r = run(`${RECEIVED}从申请方式看，网上申请41件，占62.1%；信函申请15件，占22.7%；当面申请6件，占9.1%。`);
    expect(fired(r)).toEqual([]);
    expect(shares(r)).toEqual(['pass', 'pass', 'pass']);
  });

  it.each([
    // a share of another base in the list (挂号信 of the 信函): no confirmation
    `${RECEIVED}从申请方式看，网上申请41件，占66.1%；信函申请15件，占24.2%；其中挂号信5件，占33.3%。`,
  ])('%s stays a skip', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(shares(r)).toContain('skip');
  });
});

describe('a share of a count of its own sentence that no total\'s word names', () => {
  it('"本年度收到…62件，予以公开32件，占51.6%" is checked against 62, not a total guessed further back', () => {
    const r = run('本年度共办结申请63件。本年度收到政府信息公开申请62件，予以公开32件，占51.6%；部分公开7件，占11.3%；不予公开5件，占8.1%。');
    expect(fired(r)).toEqual([]);
    const shares = r.checks.filter((c) => c.rule === 'text.share');
    expect(shares.map((c) => c.outcome)).toEqual(['pass', 'pass', 'pass']);
    expect(shares[0]!.detail).toContain('32件 ÷ 62件');
  });
  it('a share that fits neither is not flagged against the count beside it (only a reading that may pass)', () => {
    // (since gaps28, share-of-result.ts: a share of one result of table 三 that fits no whole a
    // reader could mean — 办理结果总计 63, less 上年结转 59, 新收 62, 新收 + 上年结转 66, the text's
    // counts — is an error against 办理结果总计: 32 ÷ 63 = 50.8%, not the 62 beside it)
    const r = run('本年度共办结申请63件。本年度收到政府信息公开申请62件，予以公开32件，占55.6%。');
    expect(fired(r)).toEqual(['text.share:error:50.8:55.6']);
    expect(r.checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome)).toEqual(['fail']);
  });
});

describe('outcomes after a 复议 count, a 诉讼 count after a ；', () => {
  // a pre-2019 report's prose, no tables: the outcomes are the only check
  const prose = (text: string): ProseResult => runProse(word(text), {}, 2017);
  const sumsOf = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}:${c.detail}`);
  it('"维持2件，撤销1件" over 2 is flagged', () => {
    const r = prose('全年共收到行政复议申请2件，维持2件，撤销1件；行政诉讼1件，尚未审结。');
    expect(fired(r)).toEqual(['text.parts-sum:error:3:2']);
  });
  it('the true twin holds', () => {
    expect(sumsOf(prose('全年共收到行政复议申请2件，维持1件，撤销1件；行政诉讼1件，尚未审结。'))).toEqual(['pass:1件+1件 = 2件']);
  });
  it.each([
    // outcomes short of the count: some may be pending
    '全年共收到行政复议申请3件，维持1件，撤销1件；行政诉讼1件，尚未审结。',
  ])('%s is a skip', (text) => {
    const r = prose(text);
    expect(fired(r)).toEqual([]);
    expect(sumsOf(r).map((x) => x.split(':')[0])).toEqual(['skip']);
  });
  it.each([
    // the 诉讼 count in the same ，-run: no clean list of outcomes
    '全年共收到行政复议申请2件，维持1件，撤销1件，行政诉讼1件。',
    // a 诉讼 outcome after the ；: not the 复议's
    '全年共收到行政复议申请2件，维持1件；行政诉讼维持1件，撤销1件。',
  ])('%s reads no list of the 复议', (text) => {
    const r = prose(text);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum' && c.detail?.includes('= 2件'))).toEqual([]);
  });
});

describe('last year\'s figure in the ，-clause after the change ("较上年增长14.8%，上年为54件")', () => {
  const changes = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.change').map((c) => c.outcome);
  it.each([
    ['全年共收到政府信息公开申请62件，较上年增长16.8%，上年为54件。', 'text.change:error:14.8:16.8'],
    ['全年共收到政府信息公开申请62件，较上年增加6件，上年同期为54件。', 'text.change:error:8:6'],
  ])('%s is flagged', (text, want) => {
    expect(fired(run(text))).toContain(want);
  });
  it.each([
    '全年共收到政府信息公开申请62件，较上年增长14.8%，上年为54件。',
    '全年共收到政府信息公开申请62件，较上年增加8件，上年同期为54件。',
  ])('%s holds', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(changes(r)).toEqual(['pass']);
  });
  it('a base of another year is a skip that says so', () => {
    const r = run('全年共收到政府信息公开申请62件，较上年增长16.8%，2021年为48件。');
    expect(fired(r)).toEqual([]);
    const c = r.checks.filter((x) => x.rule === 'text.change');
    expect(c.map((x) => x.outcome)).toEqual(['skip']);
    expect(c[0]!.detail).toContain('所给的基数是2021年的');
  });
  it('a figure of the next clause that is no year\'s is not the base', () => {
    const r = run('全年共收到政府信息公开申请62件，较上年增长16.8%，办结63件。');
    expect(fired(r).filter((f) => f.startsWith('text.change'))).toEqual([]);
  });
});

describe('"从申请渠道看，…" dividing the count of the sentence before, as "按申请方式分：" does', () => {
  const RECEIVED = '全年共收到政府信息公开申请62件。';
  const sumsIn = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);
  it.each([
    [`${RECEIVED}从申请渠道看，网上申请41件，信函申请15件，当面申请7件。`, 'text.parts-sum:error:63:62'],
    [`${RECEIVED}从申请方式来看：网上申请41件，信函申请15件，当面申请7件。`, 'text.parts-sum:error:63:62'],
  ])('%s is flagged', (text, want) => {
    expect(fired(run(text))).toContain(want);
  });
  it('the true twin holds', () => {
    const r = run(`${RECEIVED}从申请渠道看，网上申请41件，信函申请15件，当面申请6件。`);
    expect(fired(r)).toEqual([]);
    expect(sumsIn(r)).toEqual(['pass']);
  });
  it.each([
    // kinds of content may overlap: over the whole is a skip
    `${RECEIVED}从申请内容看，涉及征地拆迁类28件，规划建设类15件，社会保障类25件。`,
    // results of a received count: carried applications may be among them
    `${RECEIVED}从办理结果看，予以公开32件，部分公开7件，不予公开5件，无法提供15件，不予处理3件，其他处理1件。`,
  ])('%s is a skip', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(sumsIn(r)).toEqual(['skip']);
  });
  it.each([
    // a scope, not a dimension: the city's figures are no parts of the body's 62
    `${RECEIVED}从全市看，各级行政机关共收到申请2374件，办结2370件。`,
    `${RECEIVED}从总体看，网上申请41件，信函申请15件，当面申请7件。`,
  ])('%s reads no list of 62', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum' && c.detail?.includes('62件'))).toEqual([]);
  });
});

describe('the whole a "从…看" list divides, in a sentence with a change and 上年结转', () => {
  const BEFORE = '2023年，本机关共收到政府信息公开申请62件，较上年54件增加8件，增长14.8%；上年结转4件。';
  it('channels over the received count are flagged: the change, its base and 上年结转 are no wholes of channels', () => {
    expect(fired(run(`${BEFORE}从申请渠道看，网上申请41件，信函申请15件，当面申请7件。`))).toContain('text.parts-sum:error:63:62');
  });
  it('the true twin holds', () => {
    const r = run(`${BEFORE}从申请渠道看，网上申请41件，信函申请15件，当面申请6件。`);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome)).toEqual(['pass']);
  });
  it('results may still be of 上年结转 or of the received: a sum that fits neither is a skip', () => {
    const r = runProse(word(`${BEFORE}从办理结果看，予以公开3件，无法提供2件。`), {}, 2023);
    expect(fired(r)).toEqual([]);
  });
});

describe('the applicant split in a "从申请主体看" sentence after a "从申请渠道看" one', () => {
  const BEFORE = '2023年，本机关共收到政府信息公开申请62件，较上年54件增加8件，增长14.8%；上年结转4件。从申请渠道看，网上申请41件，信函申请15件，当面申请6件。';
  it('is compared with table 三\'s columns, the whole the sentence both divide', () => {
    expect(fired(run(`${BEFORE}从申请主体看，自然人申请55件，法人或其他组织申请7件。`))).toContain('text.vs-table:error:56:55');
  });
  it('the true twin holds', () => {
    const r = run(`${BEFORE}从申请主体看，自然人申请56件，法人或其他组织申请6件。`);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table' && c.quote?.includes('自然人')).map((c) => c.outcome)).toEqual(['pass']);
  });
  it.each([
    // the sentence before ends on 办结 (of 新收 and 结转): applicants among them are not 新收's
    '2023年，本机关共收到政府信息公开申请62件，办结63件。从申请渠道看，网上申请41件，信函申请15件，当面申请6件。从申请主体看，自然人申请57件，法人或其他组织申请6件。',
    // last year's whole (its year in a ，-clause of its own: the applicant split took it for this year's
    // before, in the whole's sentence too)
    '2022年，本机关共收到政府信息公开申请62件。从申请渠道看，网上申请41件，信函申请15件，当面申请6件。从申请主体看，自然人申请55件，法人或其他组织申请7件。',
    '2022年，本机关共收到政府信息公开申请62件，其中自然人申请55件，法人或其他组织申请7件。',
  ])('%s is not compared with 新收\'s columns', (text) => {
    expect(fired(run(text)).filter((f) => f.includes('vs-table'))).toEqual([]);
  });
});
