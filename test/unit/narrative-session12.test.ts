/**
 * Session 12: counts of a qualified part of the applications read as the whole (red team 11,
 * pages 71–101), each with the mistake next to it that is still flagged:
 * - words that qualify the applications between the subject and the figure (涉及X的, 通过X方式,
 *   来自X的, X日内答复的, 经X后答复的, 最多的一人, 律师代理, 重复, 代X办理) make the count a part:
 *   a mismatch with table 三 is a skip (qualified-count.ts); the whole's time, total and kind words
 *   (全年, 共, 本年度, 政府信息公开, 通过各种渠道, 受理后) do not;
 * - the 办结 or results after such a count in its ；-clause may be the part's too.
 * The bureau's table 三 (narrative-tables.ts): 新收 86, 上年结转 5, 办结 88, 予以公开 42, 结转下年度 3.
 */
import { describe, expect, it } from 'vitest';
import { word, BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';
import { qualifiesApplications, qualifiesClause } from '../../lib/narrative/qualified-count.ts';

const run = (text: string): ProseResult => runProse(word(text), BUREAU_TABLES, 2023);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const vs = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome} ${c.quote}`);

describe('qualifiesApplications: the words before the verb and between it and the figure', () => {
  it.each([
    // [before, after]
    ['', '涉及房屋征收的政府信息公开申请'],
    ['全年通过邮寄方式', '申请'],
    ['通过“河南政务服务网”在线申请平台', '申请'],
    ['来自外省市的申请人', '申请'],
    ['同一申请人就同一事项重复', '申请'],
    ['*含同一申请人就同一事项', '的申请'],
    ['申请人最多的一人', '申请'],
    ['律师代理', '申请'],
    ['本办代市政府', '申请'],
    ['10个工作日内', '的申请'],
    ['经征求第三方意见后', '的申请'],
    ['申请人补正后', '的申请'],
    ['全年因申请人逾期未补正而终止', '的申请'],
    ['全年当场', '的申请'],
    ['下半年共', '申请'],
    ['截至11月底共', '政府信息公开申请'],
    ['', '关于棚户区改造的申请'],
  ])('%s…%s: a part', (before, after) => {
    expect(qualifiesApplications(before, after)).toBe(true);
  });

  it.each([
    ['2024年，本机关共', '政府信息公开申请'],
    ['全年共', '的政府信息公开申请共'],
    ['本年度通过各种渠道共', '政府信息公开申请'],
    ['本年度通过网站、信函、当面等方式共', '政府信息公开申请'],
    ['受理后均已依法', ''],
    ['全年经审核共', '政府信息公开申请'],
    ['我局', '的'],
    ['申请人向本机关', '申请'],
    ['市经济和信息化局共', '政府信息公开申请'],
    ['本机关通过依申请公开渠道', '申请'],
    ['全年', '经办政府信息公开申请'],
    ['区就业服务中心共', '申请'],
    ['中国（上海）自由贸易试验区管委会', '申请'],
    ['永兴镇共', '政府信息公开申请'],
    ['全县全年', '申请'],
    ['', '”的'],
  ])('%s…%s: the whole (or not this guard\'s to say)', (before, after) => {
    expect(qualifiesApplications(before, after)).toBe(false);
  });

  it('a clause with no measure heads the ones after it only when it names the applications', () => {
    expect(qualifiesClause('涉及房屋征收的政府信息公开申请中')).toBe(true);
    expect(qualifiesClause('对涉及第三方权益的申请')).toBe(true);
    expect(qualifiesClause('全年收到的政府信息公开申请中')).toBe(false);
    expect(qualifiesClause('从申请内容看')).toBe(false);
    expect(qualifiesClause('通过政府网站主动公开信息')).toBe(false);
  });
});

describe('a qualified count is a part, not the whole', () => {
  it.each([
    ['全年共收到政府信息公开申请86件。从申请内容看，收到涉及房屋征收的政府信息公开申请32件，主要集中在征收决定、补偿方案等方面。'],
    ['全年通过邮寄方式收到申请30件，均已登记并按期答复。'],
    ['全年共收到政府信息公开申请86件，办结88件。其中，通过政务服务网在线申请平台收到申请55件。'],
    ['从申请人分布看，来自外省市的申请人提出申请12件；同一申请人就同一事项重复提出申请5件，已依法告知。'],
    ['从申请人看，申请人最多的一人提出申请6件；律师代理提出申请3件。'],
    ['办结的申请均在法定期限内答复。其中，10个工作日内答复的申请31件。'],
    ['办理过程中，经征求第三方意见后答复的申请8件；向申请人发出补正通知书15份，申请人补正后答复的申请11件。'],
    ['全年当场答复的申请9件，下半年共收到申请40件。'],
    ['经征求第三方意见后予以公开的申请3件。'],
    ['全年收到涉及房屋征收的政府信息公开申请32件，办结30件，结转下年度3件。'],
    ['全年通过邮寄方式收到申请30件，办结28件，予以公开20件。'],
    ['通过邮寄方式收到的申请中，予以公开20件。'],
    ['全年因申请人逾期未补正而终止办理的申请4件。'],
    ['全年网上受理申请50件。'],
    ['全年现场受理申请20件。'],
    ['全年以邮寄方式收到申请30件。'],
    ['全年依托政务服务网在线受理申请50件。'],
    ['全年在政务服务中心窗口收到申请20件。'],
    ['全年先后收到同一申请人提出的申请9件。'],
  ])('%s', (text) => {
    expect(fired(run(text))).toEqual([]);
  });

  it('a qualified count that meets the table still passes, and the figures beside it are compared', () => {
    expect(vs(run('全年在法定期限内答复的申请88件。'))).toEqual(['pass 全年在法定期限内答复的申请88件']);
    expect(vs(run('全年收到涉及房屋征收的政府信息公开申请32件，办结30件，结转下年度3件。'))).toEqual([
      'skip 全年收到涉及房屋征收的政府信息公开申请32件',
      'skip 办结30件',
      'pass 结转下年度3件',
    ]);
  });
});

describe('the whole beside a qualified part is still compared', () => {
  it.each([
    ['全年共收到政府信息公开申请85件。从申请内容看，收到涉及房屋征收的政府信息公开申请32件。', 'text.vs-table:error:86:85'],
    ['本年度通过各种渠道共收到政府信息公开申请85件。', 'text.vs-table:error:86:85'],
    ['全年通过邮寄方式收到申请30件；办结87件。', 'text.vs-table:error:88:87'],
    ['全年通过邮寄方式收到申请30件，全年共办结87件。', 'text.vs-table:error:88:87'],
    ['今年以来，本机关通过依申请公开渠道收到申请85件。', 'text.vs-table:error:86:85'],
    ['本年度，申请人共提出政府信息公开申请85件。', 'text.vs-table:error:86:85'],
    ['截至2023年12月31日共收到政府信息公开申请85件。', 'text.vs-table:error:86:85'],
    ['2023年1—12月共收到政府信息公开申请85件。', 'text.vs-table:error:86:85'],
    ['全年（1-12月）共收到政府信息公开申请85件。', 'text.vs-table:error:86:85'],
    ['全年受理群众的政府信息公开申请85件。', 'text.vs-table:error:86:85'],
    ['本年度收到的政府信息公开申请85件。', 'text.vs-table:error:86:85'],
    ['全年线上线下共收到政府信息公开申请85件。', 'text.vs-table:error:86:85'],
    ['全年受理政府信息公开申请86件，受理后均已依法答复87件。', 'text.vs-table:error:88:87'],
    ['全年收到申请86件，其中通过邮寄方式收到30件、网上申请57件。', 'text.parts-sum:error:87:86'],
  ])('%s', (text, flag) => {
    expect(fired(run(text))).toEqual([flag]);
  });
});

describe('a 其中 after a list of several counts may divide their sum (red team 11, page 15)', () => {
  const sums = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);
  it.each([
    ['2023年共计办理人大代表建议58件、政协提案73件，其中主办41件、协办90件，办结率100%。'],
    ['全年办理人大代表建议58件和政协提案73件，其中主办41件，协办90件。'],
  ])('%s', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(sums(r)).toEqual(['skip']);
  });

  it('parts over the list\'s sum, or over a count standing alone, are still flagged', () => {
    expect(fired(run('2023年共计办理人大代表建议58件、政协提案73件，其中主办41件、协办95件。'))).toEqual(['text.parts-sum:error:136:73']);
    expect(fired(run('2023年共计办理人大代表建议58件，政协提案73件，其中主办41件、协办40件。'))).toEqual(['text.parts-sum:error:81:73']);
  });
});

describe('其中办结 after the applications handled is table 三\'s 办结', () => {
  it('全年共办理91件，其中办结88件: compared, and passes', () => {
    expect(vs(run('全年共办理政府信息公开申请91件，其中办结88件，结转下年度3件。'))).toEqual([
      'pass 全年共办理政府信息公开申请91件',
      'pass 其中办结88件',
      'pass 结转下年度3件',
    ]);
  });
  it('a wrong 办结 after 其中 is flagged', () => {
    expect(fired(run('全年共办理政府信息公开申请91件，其中办结85件，结转下年度3件。'))).toEqual(['text.vs-table:error:88:85']);
  });
  it('其中办结 after a part is still the part\'s', () => {
    expect(fired(run('全年共收到政府信息公开申请86件，其中网上申请50件，其中办结45件。'))).toEqual([]);
  });
});

describe('cases still open named after their figure: fewer than table 四\'s may be a part', () => {
  // table 四 here: 复议 维持 1, 尚未审结 2, 总计 3
  const T4 = { ...BUREAU_TABLES, 't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.pending': 2, 't4.review.total': 3 };
  const run4 = (text: string): ProseResult => runProse(word(text), T4, 2023);
  it.each([
    ['全年被申请行政复议3件，维持1件，尚有1件正在审理。'],
    ['全年被申请行政复议3件，维持1件，1件在审。'],
  ])('%s: a skip', (text) => {
    const r = run4(text);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome)).toEqual(['pass', 'pass', 'skip']);
  });
  it.each([
    ['全年被申请行政复议3件，维持1件，尚有3件正在审理。', 'text.vs-table:error:2:3'],
    ['全年行政复议尚未审结1件。', 'text.vs-table:error:2:1'],
    ['全年被申请行政复议3件，维持1件，尚未审结1件。', 'text.vs-table:error:2:1'],
  ])('%s: more than the table, or the column\'s own words, flagged', (text, flag) => {
    expect(fired(run4(text))).toEqual([flag]);
  });
});

describe('a qualified count of 复议 or 诉讼 cases is a part of table 四\'s 总计', () => {
  // table 四 here: 复议 维持 1, 尚未审结 2, 总计 3; 诉讼 1 + 1
  const T4 = { ...BUREAU_TABLES, 't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.pending': 2, 't4.review.total': 3 };
  const run4 = (text: string): ProseResult => runProse(word(text), T4, 2023);
  it.each([
    ['全年涉及房屋征收的政府信息公开行政复议2件。'],
    ['全年由同一申请人提起的行政复议2件。'],
    ['全年申请人通过邮寄方式提起行政复议2件。'],
    ['全年来自外地申请人的行政诉讼1件。'],
  ])('%s', (text) => {
    expect(fired(run4(text))).toEqual([]);
  });
  it.each([
    ['2023年，本机关因政府信息公开工作被申请行政复议2件。', 'text.vs-table:error:3:2'],
    ['全年发生政府信息公开行政复议案件2件。', 'text.vs-table:error:3:2'],
    ['申请人对本机关政府信息公开答复不服提起行政复议2件。', 'text.vs-table:error:3:2'],
    ['全年涉及政府信息公开的行政诉讼案件1件。', 'text.vs-table:warning:2:1'],
  ])('%s: the whole\'s, still compared', (text, flag) => {
    expect(fired(run4(text))).toEqual([flag]);
  });
});
