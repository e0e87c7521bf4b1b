// @vitest-environment node
/**
 * Recall gaps of the text checks found by red team 21 and after it, each with the sentence where it
 * fires on a wrong figure, its true twin that is checked and holds, and the near misses that must
 * stay silent. The tables are t2text-consistent-2023's (narrative-tables.ts T2TEXT_2023).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, T2TEXT_2023, word, type ProseResult } from './narrative-tables.ts';

const TABLES = T2TEXT_2023;
const run = (text: string): ProseResult => runProse(word(text), TABLES, 2023);
const fired = findingKeys;
const of = (r: ProseResult, rule: string) => r.checks.filter((c) => c.rule === rule);
const t2 = (r: ProseResult) => of(r, 'text.vs-table').filter((c) => c.detail.includes('表二')).map((c) => `${c.outcome}:${c.detail}`);

describe('table 二: a ；-clause that is only another column of 规范性文件 goes on with it (red team 21, m16)', () => {
  it.each([
    ['本年制发行政规范性文件5件，较上年增加1件；废止1件；现行有效31件。', 'text.vs-table:error:2:1'],
    ['本年制发行政规范性文件5件，较上年增加1件；废止2件；现行有效25件。', 'text.vs-table:error:31:25'],
    ['全年制发规范性文件5件；废止3件。', 'text.vs-table:error:2:3'],
    ['全年制发规范性文件5件，废止2件；现行有效30件。', 'text.vs-table:error:31:30'],
  ])('%s is flagged', (text, want) => {
    expect(fired(run(text))).toEqual([want]);
  });

  it('the true twin: each column passes', () => {
    const r = run('本年制发行政规范性文件5件，较上年增加1件；废止2件；现行有效31件。');
    expect(fired(r)).toEqual([]);
    expect(t2(r).map((x) => x.split(':')[0])).toEqual(['pass', 'pass', 'pass']);
  });

  it.each([
    // a second 制发, or the same column again: may count another set
    '全年制发规范性文件5件；制发3件。',
    '全年制发规范性文件5件，废止2件；废止3件。',
    // anything beside the column word: 其中, a year, 清理, an item, a figure not read before it
    '全年制发规范性文件5件；其中废止3件。',
    '全年制发规范性文件5件；2022年废止3件。',
    '全年制发规范性文件5件；清理后废止3件。',
    '全年制发规范性文件5件；对规章进行清理，废止3件。',
    '全年制发规范性文件5件，收到申请62件；废止3件。',
    // not the ；-clause right after the item's
    '全年制发规范性文件5件；收到申请62件；废止3件。',
    // the figure before the ； is no claim (another year, a wider scope): neither is what follows
    '2022年制发规范性文件5件；废止3件。',
    '上年制发规范性文件5件；废止3件。',
    '全市各部门制发规范性文件5件；废止3件。',
    // 行政处罚 has one column: nothing to go on with
    '全年作出行政处罚决定318件；办结3件。',
  ])('%s reads no 废止 or 现行有效', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    // (every planted figure is 3: none of them is compared)
    expect(t2(r).filter((x) => /^\w+:3(?:件| )/.test(x))).toEqual([]);
  });
});

describe('a share named by its part, no count before 占 ("共计345件，其中行政处罚占92.2%"; red team 21, m23)', () => {
  const shares = (r: ProseResult) => of(r, 'text.share').map((c) => c.outcome);
  it.each([
    ['行政处罚决定318件、行政强制决定27件，共计345件，其中行政处罚占90%。', 'text.share:error:92:90'],
    ['全年作出行政处罚决定318件，行政强制决定27件，合计345件，其中行政强制占9.8%。', 'text.share:error:7.8:9.8'],
  ])('%s is flagged: the part and its whole are the text\'s, the list adds up to the whole', (text, want) => {
    expect(fired(run(text))).toEqual([want]);
  });

  it.each([
    '行政处罚决定318件、行政强制决定27件，共计345件，其中行政处罚占92.2%。',
    '全年作出行政处罚决定318件，行政强制决定27件，合计345件，其中行政强制占7.8%。',
    // no count of the part in the text: table 二's 处理决定 fits the whole
    '全年作出各类处理决定345件，其中行政处罚占92.2%。',
  ])('%s holds', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(shares(r)).toEqual(['pass']);
  });

  it.each([
    // the list does not add up to the 共计: the whole is not confirmed to be the part's
    ['行政处罚决定318件、行政强制决定27件，共计346件，其中行政处罚占90%。', '未经所列各项之和确认'],
    // no count in the text, table 二's does not fit: the whole may count other decisions
    ['全年作出各类处理决定345件，其中行政处罚占90%。', '未必只含表二所计的决定'],
    // a part that is neither in the text nor an item of table 二
    ['全年作出各类处理决定345件，其中网上办理占90%。', '无从核对'],
    // two counts hold the name
    ['受理行政处罚案件330件，作出行政处罚决定318件，共计648件，其中行政处罚占50%。', '无从核对'],
  ])('%s is a skip that says why', (text, why) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    const c = of(r, 'text.share');
    expect(c.map((x) => x.outcome)).toEqual(['skip']);
    expect(c[0]!.detail).toContain(why);
  });

  it.each([
    // not right after the whole, or no 其中: no whole the share is read against
    '行政处罚决定318件、行政强制决定27件，共计345件，全年行政处罚占90%。',
    '行政处罚决定318件、行政强制决定27件，共计345件，同比增长10%，其中行政处罚占90%。',
  ])('%s is not read', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(shares(r).filter((o) => o !== 'skip')).toEqual([]);
  });
});

describe('a share of the sum of the parts listed before it ("合计占比", "两项合计占", "二者共占")', () => {
  const shares = (r: ProseResult) => of(r, 'text.share');
  const NEW = '本年度新收政府信息公开申请62件，其中自然人申请56件、商业企业申请3件，';
  it.each([
    // the last count alone was the part (3件 "占95.2%", a false flag): now the sum, 59 of 62
    [`${NEW}合计占比90.2%。`, 'text.share:error:95.2:90.2'],
    [`${NEW}两项合计占90.2%。`, 'text.share:error:95.2:90.2'],
    [`${NEW}二者共占90.2%。`, 'text.share:error:95.2:90.2'],
    ['本年度共办结申请63件，其中予以公开32件，部分公开7件，两者合计占63.9%。', 'text.share:error:61.9:63.9'],
    ['本年度新收申请62件，其中自然人申请56件，商业企业申请3件，法律服务机构申请2件，三者合计占95.2%。', 'text.share:error:98.4:95.2'],
  ])('%s is flagged', (text, want) => {
    const r = run(text);
    expect(fired(r)).toEqual([want]);
  });

  it.each([
    [`${NEW}合计占比95.2%。`, '56件、3件合计59件 ÷ 62件'],
    [`${NEW}两项合计占95.2%。`, '56件、3件合计59件 ÷ 62件'],
    [`${NEW}二者共占95.2%。`, '56件、3件合计59件 ÷ 62件'],
    ['本年度共办结申请63件，其中予以公开32件，部分公开7件，两者合计占61.9%。', '32件、7件合计39件 ÷ 63件'],
    ['本年度新收申请62件，其中自然人申请56件，商业企业申请3件，法律服务机构申请2件，三者合计占98.4%。', '56件、3件、2件合计61件 ÷ 62件'],
  ])('%s holds', (text, detail) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(shares(r).map((c) => c.outcome)).toEqual(['pass']);
    expect(shares(r)[0]!.detail).toContain(detail);
  });

  it.each([
    // the number of items is not the list's: which two are summed is not known
    ['本年度新收申请62件，其中自然人申请56件，商业企业申请3件，法律服务机构申请2件，两项合计占90.2%。', '项数'],
    // a change or a parenthesis among the parts (the last count alone was the part: a false flag)
    ['本年度新收申请62件，其中自然人申请56件，商业企业申请3件，同比增加1件，合计占比90.2%。', '增减数'],
    ['本年度新收申请62件，其中自然人申请56件、商业企业申请3件（含个体工商户1件），合计占比90.2%。', '括号'],
    // no whole in the sentence: a whole guessed from the text before, as other shares do
    ['本年度共办结申请63件。自然人申请56件、商业企业申请3件，合计占比90.2%。', '就近推定'],
  ])('%s is a skip that says why', (text, why) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    const c = shares(r);
    expect(c.map((x) => x.outcome)).toEqual(['skip']);
    expect(c[0]!.detail).toContain(why);
  });

  it.each([
    // one count only: "合计" says nothing of a list
    ['本年度新收申请62件，其中自然人申请56件，合计占90.3%。', '56件 ÷ 62件'],
  ])('%s reads as before', (text, detail) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(shares(r).map((c) => c.outcome)).toEqual(['pass']);
    expect(shares(r)[0]!.detail).toContain(detail);
  });
});

describe('a stock\'s change from what was added and removed ("新增…2个，注销3个，现有11个，较上年减少1个")', () => {
  const changes = (r: ProseResult) => of(r, 'text.change').map((c) => c.outcome);
  it.each([
    ['新增政务新媒体账号2个，注销3个，现有账号11个，较上年减少2个。', 'text.change:warning:-1:-2'],
    ['新增政务新媒体账号2个，注销3个，现有账号11个，较上年增加1个。', 'text.change:warning:-1:1'],
    ['本年新开设政务新媒体账号5个，关停2个，目前共有14个，比上年增加2个。', 'text.change:warning:3:2'],
  ])('%s is a warning (a flow the text leaves out may explain it)', (text, want) => {
    expect(fired(run(text))).toEqual([want]);
  });

  it.each([
    '新增政务新媒体账号2个，注销3个，现有账号11个，较上年减少1个。',
    '本年新开设政务新媒体账号5个，关停2个，目前共有14个，比上年增加3个。',
  ])('%s holds', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(changes(r)).toEqual(['pass']);
  });

  it.each([
    // another flow named: the two given are not the whole move
    '新增政务新媒体账号2个，注销3个，划转1个，现有账号11个，较上年减少2个。',
    '新增政务新媒体账号2个，整合注销3个，现有账号11个，较上年减少2个。',
    // the change not said of the stock right after it, or no stock between
    '新增政务新媒体账号2个，注销3个，较上年减少2个。',
    '新增政务新媒体账号2个，注销3个，现有账号11个，其中微信公众号5个，较上年减少2个。',
    // a part of the flows, a rounded figure, another unit
    '新增政务新媒体账号2个（其中微博1个），注销3个，现有账号11个，较上年减少2个。',
    '新增粉丝2.1万人，流失0.3万人，现有粉丝12万人，较上年增加1万人。',
    // a stock smaller than what was added: no stock of these accounts
    '新增政务新媒体账号12个，注销3个，现有账号11个，较上年增加10个。',
  ])('%s is not read', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(changes(r).filter((o) => o !== 'skip')).toEqual([]);
  });
});
