/**
 * Session hunt43's false-flag hunt on real report prose: the 2022 and 2023 reports (published in January–March
 * 2023 and 2024) of the provinces the hunts of sessions 38–42 read least — 河北, 河南, 湖南, 黑龙江, 吉林, 内蒙古,
 * 广西, 山西, 云南, 江西 first — bodies in the proportions a reader meets them (街道/乡镇 and 区/县 governments,
 * city and county 委/办/局, 省级厅/局, 开发区, units publishing under the 条例), each read as a page of its
 * paragraphs with its year and body (excerpts of published reports; the real text is not kept here). Each false
 * flag's shape is FIXED and kept below as self-written sentences of the same shape with another body and other
 * numbers, with its TWIN (the same shape, really wrong) still flagged. Text only.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string, year = 2023, agency = '某某县东岗镇人民政府') => runProse(`<p>${text}</p>`, {}, year, agency);
const keys = (text: string) => findingKeys(run(text));
const partsSum = (text: string) => run(text).checks.filter((k) => k.rule === 'text.parts-sum').map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt43: a 其中 list of items on one verb of publishing, then a ，-clause on another (parts-verb-turn.ts)', () => {
  // Seen in a 2023 镇 report: "全年公开政府信息N条，其中发布工作动态a条、通知（公告）b条，公开财政信息c条" — a+b is N;
  // the 财政 clause after the ，opens on another verb, a statement of its own, and summed in it was an error
  const text = '（一）主动公开方面。2023年度，全年公开政府信息350条，其中发布工作动态330条、通知（公告）20条，公开财政信息46条。';
  it('the items on the first verb add up to the whole: a skip naming the clause, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip .*“公开财政信息”以另一动词另起一事/);
  });
  it('TWIN: the items before the clause exceed the whole: still an error', () => {
    expect(keys(text.replace('发布工作动态330条', '发布工作动态335条'))).toEqual(['text.parts-sum:error:401:350']);
  });
  it('TWIN: the clause opens on the same verb as the list: read as one more item, still an error', () => {
    expect(keys(text.replace('公开财政信息46条', '发布财政信息46条'))).toEqual(['text.parts-sum:error:396:350']);
  });
  it('TWIN: items with no verb of their own, then a clause on a verb (hunt37\'s shape): still an error', () => {
    expect(keys('（一）主动公开方面。全年公开政府信息350条，其中工作动态330条、通知（公告）20条，发布财政信息46条。')).toEqual(['text.parts-sum:error:396:350']);
  });
  it('TWIN: the items joined by ，throughout: no list on one verb, still an error', () => {
    expect(keys('（一）主动公开方面。全年公开政府信息350条，其中发布工作动态330条，通知（公告）20条，公开财政信息46条。')).toEqual(['text.parts-sum:error:396:350']);
  });
});

describe('hunt43: a 其中 opening a sentence after a 其中 list counted in another counter than its whole (leading-other-counter.ts)', () => {
  // Seen in a 2022 city bureau's report: "共收到依申请公开申请N件，均为自然人，其中a起为网上申请，b起为现场申请。其中，
  // c起…不属于我局职责范围，另d起均进行了回复" — c+d is N; the new list was read against the last 起 item, b, and was
  // an error: the list before is counted in 起 under a whole in 件, and its whole was never read as the new list's
  const text = '（二）依申请公开情况。2023年，共收到政府信息公开申请5件，均为法人，其中3起为网上申请，2起为信函申请。其中，2起所申请信息不属于本机关职责范围，另3起均已按时答复。';
  const byApplicant = '（二）依申请公开情况。2023年，共收到政府信息公开申请5件，其中3起为网上申请，2起为信函申请。其中，2起由商业企业提出，另3起由社会公益组织提出。';
  it('the new list adds up to the whole of the list before: a pass, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 2起+3起 = 5件');
  });
  it('the same shape dividing the applicants: a pass too', () => {
    expect(keys(byApplicant)).toEqual([]);
    expect(partsSum(byApplicant)).toContain('pass 2起+3起 = 5件');
  });
  it('TWIN: the new list fits neither the item nor the whole: still an error (against the whole it misses by least)', () => {
    expect(keys(byApplicant.replace('另3起', '另4起'))).toEqual(['text.parts-sum:error:6:5']);
  });
  it('TWIN: no list before, the whole in the same counter: still an error', () => {
    expect(keys('（二）依申请公开情况。2023年，共收到政府信息公开申请5起。其中，2起由商业企业提出，另4起由社会公益组织提出。')).toEqual(['text.parts-sum:error:6:5']);
  });
  it('TWIN: a count of another counter before a list of mixed counters: the figure stays the whole, still an error', () => {
    expect(keys('（一）主动公开情况。全年主动公开信息300条，其中网站200条、微博100条，发布解读5篇。其中，图解2篇，文字4篇。')).toEqual(['text.parts-sum:error:6:5']);
  });
});

describe('hunt43 (a miss): a list opened by "，具体包括" is read as a ，包括 list is (list-marks.ts)', () => {
  // Seen in a 2023 镇 report: "新增主动公开政府信息N条，具体包括…年报1条，机构职能1条，…人事信息1条。…更新政府信息M条，
  // 具体包括领导信息a条，内设科室信息b条" — neither list was read
  const text = '1.主动公开政府信息的情况。2023年新增主动公开政府信息140条，具体包括机构职能2条，政务活动36条，招标投标98条，财政信息4条。2023年更新政府信息23条，具体包括领导信息14条，内设科室信息9条。';
  it('lists that add up: passes', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toEqual(['pass 2条+36条+98条+4条 = 140条', 'pass 14条+9条 = 23条']);
  });
  it('a list over its whole: an error', () => {
    expect(keys(text.replace('政务活动36条', '政务活动45条'))).toEqual(['text.parts-sum:error:149:140']);
  });
  it('a list short of its whole: a skip, the list may be incomplete', () => {
    expect(keys(text.replace('政务活动36条', '政务活动30条'))).toEqual([]);
  });
});
