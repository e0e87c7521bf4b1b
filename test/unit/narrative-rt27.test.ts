// @vitest-environment node
/**
 * Red team 27's false flags of the text checks (test/fixtures/redteam27: reports of 2025 whose prose
 * speaks of 热线, 新闻发布会, 建议提案 beside the applications), each with the sentence that was
 * flagged, its near misses that must still be flagged or pass, and the wrong figure still caught.
 * The tables are t2text-consistent-2023's: 新收 62, 上年结转 4, 办结 63 (予以公开 32, 部分公开 7,
 * 不予公开 5, 无法提供 15, 不予处理 3, 其他处理 1), 结转下年度 3; 复议 1 (维持 1), 诉讼 1 (尚未审结 1).
 */
import { describe, expect, it } from 'vitest';
import { word, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const TABLES: Record<string, number> = {
  't3.new.natural': 56, 't3.new.commercial': 3, 't3.new.research': 0, 't3.new.social': 0, 't3.new.legal': 2, 't3.new.otherOrg': 1, 't3.new.total': 62,
  't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
  't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0, 't4.review.total': 1,
  't4.suitDirect.upheld': 0, 't4.suitDirect.corrected': 0, 't4.suitDirect.other': 0, 't4.suitDirect.pending': 1, 't4.suitDirect.total': 1,
  't4.suitAfterReview.upheld': 0, 't4.suitAfterReview.corrected': 0, 't4.suitAfterReview.other': 0, 't4.suitAfterReview.pending': 0, 't4.suitAfterReview.total': 0,
};
const run = (text: string): ProseResult => runProse(word(text), TABLES, 2023);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
/** The outcomes of the checks of `rule` whose quote holds `words`. */
const outcomesOf = (r: ProseResult, rule: string, words: string) => r.checks.filter((c) => c.rule === rule && c.quote?.includes(words)).map((c) => c.outcome);

const eachFlags = (cases: [string, string][]): void => {
  it.each(cases)('%s is flagged', (text, want) => {
    expect(fired(run(text))).toContain(want);
  });
};
const eachSilent = (texts: string[]): void => {
  it.each(texts)('%s is no finding', (text) => {
    expect(fired(run(text))).toEqual([]);
  });
};

describe('"提前办结47件": those answered early are a part of those answered, and 提前办结率 is no 办结率', () => {
  eachSilent([
    '全年共收到政府信息公开申请62件。全年办结的申请中，提前办结47件，提前办结率74.6%。',
    '全年办结的申请中，提前答复40件，按时办结63件。',
    '2023年，本机关共受理政府信息公开申请66件，办结63件，按时办结率100%，提前办结41件，提前办结率65.1%。',
  ]);
  it('提前办结率 is not read as the 办结率 of the 受理 before it', () => {
    const r = run('2023年，本机关共受理政府信息公开申请66件，办结63件，按时办结率100%，提前办结41件，提前办结率65.1%。');
    expect(outcomesOf(r, 'text.share', '提前办结率')).toEqual([]);
  });
  eachFlags([
    // the year's own 办结 under the same heading is still the table's
    ['全年共收到政府信息公开申请62件。全年办结的申请中，办结61件。', 'text.vs-table:error:63:61'],
    // and the 办结率 of the same sentence is still read
    ['2023年，本机关共受理政府信息公开申请66件，办结63件，办结率97.0%，提前办结41件，提前办结率65.1%。', 'text.share:error:95.5:97'],
  ]);
});

describe('"其中…8场；开展…7场": a 其中 list read past the ； is no sure list when the next clause is a statement of its own', () => {
  eachSilent([
    '全年举办新闻发布会10场，其中主要负责同志出席发布8场；开展“政府开放日”活动7场，邀请群众代表1,118人次走进机关。',
    '全年新收申请62件，其中网上申请48件；受理12345热线转办工单1,286件，其中政务公开类36件。',
    '全年新收申请62件，其中网上申请48件；热线转办工单1,286件，其中政务公开类36件。',
    '全年开展政策宣讲进社区活动12场，其中主要负责同志带头宣讲5场；举办“政务开放日”活动9场。',
  ]);
  it('a list of nouns past the ； still adds up, and still fails', () => {
    expect(outcomesOf(run('全年开展活动15场，其中新闻发布会8场；政府开放日7场。'), 'text.parts-sum', '15场')).toEqual(['pass']);
    expect(fired(run('全年开展活动15场，其中新闻发布会8场；政府开放日9场。'))).toContain('text.parts-sum:error:17:15');
    expect(fired(run('全年办理人大代表建议和政协提案84件，其中主办52件；协办34件。'))).toContain('text.parts-sum:error:86:84');
  });
  it('a list that adds up past the ； passes, the statement notwithstanding', () => {
    expect(outcomesOf(run('全年举办新闻发布会10场，其中主要负责同志出席发布8场；开展“政府开放日”活动2场。'), 'text.parts-sum', '10场')).toEqual(['pass']);
  });
});

describe('"30件市人大代表建议、159件市政协提案，其中A类120件，占63.5%": a 其中 after a run of counts may divide their sum', () => {
  eachSilent([
    '承办的30件市人大代表建议、159件市政协提案全部办结，其中A类（所提问题已经解决或者采纳）120件，占63.5%。',
    '全年办理46件县人大代表建议、38件县政协提案，其中主办52件，占61.9%，协办32件，均按期办结。',
    '承办人大代表建议30件、政协提案159件，其中A类120件，占63.5%。',
  ]);
  it('the share of the run\'s sum passes', () => {
    expect(outcomesOf(run('承办的30件市人大代表建议、159件市政协提案全部办结，其中A类120件，占63.5%。'), 'text.share', '63.5%')).toEqual(['pass']);
  });
  eachFlags([
    // a share that fits neither the last count nor the run's sum
    ['承办的30件市人大代表建议、159件市政协提案全部办结，其中A类120件，占68.5%。', 'text.share:error:75.5:68.5'],
    // a count after a ，, not joined: no run
    ['全年办理县人大代表建议46件，县政协提案38件，其中主办30件，占61.9%。', 'text.share:error:78.9:61.9'],
  ]);
});

describe('"…办结63件。同时，认真办理“区长信箱”来信，全年收到45件，办结45件": a subject named before the figures is theirs', () => {
  eachSilent([
    '全年新收政府信息公开申请62件，办结63件。同时，认真办理“区长信箱”来信，全年收到45件，办结45件。',
    '全年新收政府信息公开申请62件，办结63件。认真办理人大代表建议和政协提案，全年收到58件，办结58件。',
    '全年新收政府信息公开申请62件，办结63件。此外，做好12345热线转办工作，全年受理1,286件，办结1,280件。',
  ]);
  eachFlags([
    // no other subject named: the sentence goes on with the applications
    ['全年新收政府信息公开申请62件，办结63件。同时，全年收到45件，办结45件。', 'text.vs-table:error:63:45'],
    // the other subject named in a ；-clause of its own: the next ；-clause is the applications' again
    ['全年新收政府信息公开申请62件。“区长信箱”来信已全部办结；全年办结60件。', 'text.vs-table:error:63:60'],
    // the applications named in the sentence itself
    ['全年新收政府信息公开申请62件。同时，认真办理“区长信箱”来信，全年收到政府信息公开申请45件。', 'text.vs-table:error:62:45'],
  ]);
});

describe('"共收到意见建议339条，采纳158条，采纳率46.6%": a rate named by its count\'s verb, against the count before (verb-rate.ts)', () => {
  eachFlags([
    ['全年6项重大行政决策事项均公开征求意见，共收到意见建议339条，采纳158条，采纳率51.6%。', 'text.share:error:46.6:51.6'],
    ['上年度发现的问题6项，已整改5项，整改率88.3%。', 'text.share:error:83.3:88.3'],
    ['收到意见建议54条，其中采纳的意见21条，采纳率38.0%。', 'text.share:error:38.9:38'],
  ]);
  it.each([
    ['全年6项重大行政决策事项均公开征求意见，共收到意见建议339条，采纳158条，采纳率46.6%。', '采纳率'],
    ['上年度发现的问题6项，已整改5项，整改率83.3%，其余1项正在持续整改中。', '整改率'],
  ])('%s holds', (text, words) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(outcomesOf(r, 'text.share', words)).toEqual(['pass']);
  });
  eachSilent([
    // no done count right before the rate, or a negated one
    '共收到意见建议339条，采纳率46.6%。',
    '共收到意见建议339条，采纳158条，未采纳181条，采纳率51.6%。',
    // a change of the rate, not the rate
    '共收到意见建议339条，采纳158条，采纳率较上年提高5.2个百分点。',
    // another unit before the done count: no whole in the sentence
    '全年公开征求意见12次，采纳意见158条，采纳率51.6%。',
    // the whole in another ；-clause
    '共收到意见建议339条；采纳158条，采纳率51.6%。',
  ]);
});

describe('"2021—2023年，本机关新收政府信息公开申请分别为41件、54件、62件": a list over years ending in the report\'s, its last figure the year\'s (respectively.ts yearList)', () => {
  eachFlags([
    ['2021—2023年，本机关新收政府信息公开申请分别为41件、54件、65件。', 'text.vs-table:error:62:65'],
    ['2021年至2023年，本机关新收申请分别为41件、54件、65件。', 'text.vs-table:error:62:65'],
    ['2022-2023年，本机关办结政府信息公开申请分别为54件、60件。', 'text.vs-table:error:63:60'],
  ]);
  it.each([
    ['2021—2023年，本机关新收政府信息公开申请分别为41件、54件、62件。', '62件'],
    ['2021—2023年，本机关办结政府信息公开申请分别为41件、54件、63件。', '63件'],
  ])('%s holds', (text, figure) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(outcomesOf(r, 'text.vs-table', figure)).toEqual(['pass']);
  });
  eachSilent([
    // as many figures as years, or no claim
    '2021—2023年，本机关新收政府信息公开申请分别为54件、65件。',
    // a range ending before the report's year
    '2020—2022年，本机关新收政府信息公开申请分别为41件、54件、65件。',
    // a part of the applications, another subject
    '2021—2023年，本机关网上申请分别为41件、54件、65件。',
    '2021—2023年，12345热线受理量分别为41件、54件、65件。',
    // a title's years
    '按照《法治政府建设实施纲要（2021—2023年）》，本机关新收政府信息公开申请分别为41件、54件。',
  ]);
});

describe('"办结63件，其中按期答复63件，延期答复0件，提前答复45件": those answered early were answered on time too (parts-judge.ts)', () => {
  eachSilent([
    '全年新收政府信息公开申请62件，办结63件，其中按期答复63件，延期答复0件，提前答复45件。',
    '全年新收政府信息公开申请62件，办结63件，其中在法定期限内答复63件，提前办结45件。',
  ]);
  eachFlags([
    // no 提前 part: 按期 and 延期 are two kinds, over the whole
    ['全年新收政府信息公开申请62件，办结63件，其中按期答复63件，延期答复3件。', 'text.parts-sum:error:66:63'],
  ]);
});

describe('"全年共办结45件申请人补正后的申请": 申请人 after the figure is who applied, and the words after name a narrower kind (claim-scope.ts)', () => {
  eachSilent([
    '全年新收政府信息公开申请62件，上年结转4件。全年共办结45件申请人补正后的申请。',
    '全年新收政府信息公开申请62件，上年结转4件。全年共办结5件申请人撤回的申请。',
  ]);
  eachFlags([
    ['全年新收政府信息公开申请62件，上年结转4件。全年共办结45件申请。', 'text.vs-table:error:63:45'],
    ['全年新收政府信息公开申请62件，上年结转4件。全年共办结45件政府信息公开申请。', 'text.vs-table:error:63:45'],
  ]);
});
