/**
 * Session hunt44's false-flag hunt on real report prose, by the kind of claim rather than by province: shares
 * (占…%, 占比, rates stated as rates), year on year, and totals listed in other units (posts, press conferences,
 * interpretations, channels), in the 2019–2021 reports of 江苏, 浙江, 广东, 北京, 上海, 重庆 and 四川 first, then any
 * year, bodies in the proportions a reader meets them (excerpts of published reports; the real text is not kept
 * here). The hunt met no false flag; two misses of the kinds it read are read now, kept below as self-written
 * sentences of the same shape with another body and other numbers, with their TWINS (the same shape, really
 * wrong) flagged. Text only.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, paras } from './narrative-tables.ts';

const run = (html: string, year = 2021, agency = '某某县东岗镇人民政府') => runProse(html, {}, year, agency);
const p = paras;
const keys = (html: string) => findingKeys(run(html));
const shares = (html: string) => run(html).checks.filter((k) => k.rule === 'text.share').map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt44: a rate of files made public over the files made, 主动公开率 (verb-rate.ts)', () => {
  // Seen in a 2022 区's half-year figures: "全区各级行政机关共制发公文N件，主动公开a件，平均主动公开率为x%" — a/N; the
  // rate was not read (a miss)
  const text = p('2021年，全区各级行政机关共制发公文412件，主动公开389件，平均主动公开率为94.42%。');
  it('the rate fits the two counts: a pass', () => {
    expect(keys(text)).toEqual([]);
    expect(shares(text)).toEqual(['pass 389件 ÷ 412件 = 94.42%，正文 94.42%']);
  });
  it('with 公文 named after the verb, and without 平均: a pass', () => {
    expect(shares(p('全年共制发文件120件，主动公开文件96件，主动公开率80%。'))).toEqual(['pass 96件 ÷ 120件 = 80%，正文 80%']);
  });
  it('a 100% the counts do not give may mean all that should be public was: a skip, never an error', () => {
    const all = p('全年共制发文件120件，主动公开96件，主动公开率100%。');
    expect(keys(all)).toEqual([]);
    expect(shares(all)[0]).toMatch(/^skip .*应公开的全部公开/);
  });
  it('TWIN: the rate does not fit the two counts: an error', () => {
    expect(keys(text.replace('94.42%', '96.42%'))).toEqual(['text.share:error:94.42:96.42']);
  });
  it('TWIN: a count of another kind right before the rate (不予公开): no claim, as before', () => {
    expect(shares(p('全年共制发文件120件，主动公开96件，不予公开24件，主动公开率80%。'))).toEqual([]);
  });
});

describe('hunt44: a list lead "…的N条信息中，主要类别如下：" and items each its own paragraph with a share (share-lead.ts)', () => {
  // Seen in a 2021 镇 report: "主动公开的8条信息中，主要类别如下：" then "1.…本年度新增信息3条，占37.5%。" and two more
  // items; the first share was read against the 历年累计 count before the lead (a skip), the others against none
  const lead = '2021年度，主动公开政府信息12条。历年累计主动公开政府信息610条。主动公开的12条信息中，主要类别如下：';
  const items = [
    '1.机构设置和办事指南：主要公开镇政府职能调整方面的信息，本年度新增信息3条，占25%。',
    '2.农村工作政策落实情况：本年度新增信息6条，占50%。',
    '3.其他信息：本年度新增信息3条，占25%。',
  ];
  const html = p(lead, ...items);
  it('each item\'s share is of the lead\'s count: passes, no finding', () => {
    expect(keys(html)).toEqual([]);
    expect(shares(html)).toEqual(['pass 3条 ÷ 12条 = 25%，正文 25%', 'pass 6条 ÷ 12条 = 50%，正文 50%', 'pass 3条 ÷ 12条 = 25%，正文 25%']);
  });
  it('TWIN: an item\'s share fits neither the lead\'s count nor the total before it: an error', () => {
    expect(keys(p(lead, items[0] as string, (items[1] as string).replace('占50%', '占60%'), items[2] as string))).toEqual(['text.share:error:50:60']);
  });
  it('TWIN: an item paragraph with no list mark: not read as the lead\'s, as before (no error)', () => {
    const unmarked = p(lead, '农村工作政策落实情况：本年度新增信息6条，占60%。');
    expect(keys(unmarked)).toEqual([]);
  });
  it('TWIN: a lead that does not end in 如下：: not read, as before', () => {
    expect(shares(p('主动公开的12条信息中，类别较多。', (items[1] as string).replace('占50%', '占60%')))[0]).toMatch(/^skip/);
  });
});
