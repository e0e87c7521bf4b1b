/**
 * rt74 (session 58): a red team of sessions 56–57's text readings (tenths.ts, tenths-respectively.ts, share-slip.ts,
 * qizhong-next-para.ts, percent-before-verb.ts, change-after-clauses.ts, points-from-to.ts, share-named-new.ts), false
 * flags first. 81 true paragraphs of word-2021-consistent's 2022 report (narrative-rt74-sentences.ts RT74: 七成/近七成/逾半/
 * 过半/一半/近一半/九成以上 beside other figures, 分别占 lists, 其中 opening a paragraph, 较上年 with a base in a
 * parenthesis, 实现…增长, shares of another count of the sentence, Chinese numerals, full-width digits, spans and <o:p>
 * inside the sentence, 会议/培训/政务微博/政策解读 and 主动 beside 依申请) and 67 more probed near them (RT74_MORE): none
 * raises an error or a warning, with the tables or with none. On main one shape was flagged: a share in tenths whose
 * 其中 follows last year's count ("62件，较上年（54件）增长14.8%，其中网上申请40件、信函申请22件，分别占六成半和三成半":
 * 40 ÷ 54 = 74.1%, an error), 1 of 81 paragraphs (2 runs), and 4 more probed variants ("（上年为54件）", "上年同期为54件",
 * "2021年为54件") passed only by luck (a bound word). tenths.ts thisYearWhole: the whole is this year's count.
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys } from './narrative-tables.ts';
import { RT74, RT74_MORE, rt74Page } from './narrative-rt74-sentences.ts';

describe('rt74: true paragraphs near sessions 56–57\'s readings stay silent', () => {
  it.each(RT74.map(([h, t], i) => [i, h, t] as const))('%i silent with the tables and without', (_i, h, t) => {
    expect(findingKeys(rt74Page(h, t)), t).toEqual([]);
    expect(findingKeys(rt74Page(h, t, false)), t).toEqual([]);
  });
  it('the probed variants too', () => {
    for (const [h, t] of RT74_MORE) {
      expect(findingKeys(rt74Page(h, t)), t).toEqual([]);
      expect(findingKeys(rt74Page(h, t, false)), t).toEqual([]);
    }
  });
});

describe('rt74 fix: a share in tenths after last year\'s count is of this year\'s count (tenths.ts thisYearWhole)', () => {
  const WORDED = [
    '全年新收政府信息公开申请62件，较上年（54件）增长14.8%，其中网上申请40件、信函申请22件，分别占六成半和三成半。',
    '全年新收政府信息公开申请62件，较上年（54件）增长14.8%，其中网上申请40件，占六成半。',
    '全年新收政府信息公开申请62件（上年为54件），其中网上申请40件，占六成半。',
    '全年新收政府信息公开申请62件，上年同期为54件，其中网上申请40件，占六成半。',
    '全年新收政府信息公开申请62件，2021年为54件，其中网上申请40件，占六成半。',
    '全年新收政府信息公开申请62件，较上年增长14.8%（上年为54件），其中网上申请40件，占六成半。',
    '全年新收政府信息公开申请62件，上年为54件，其中网上申请40件、信函申请22件，分别占六成半和三成半。',
  ];
  it.each(WORDED)('a pass of 40 ÷ 62 (was 40 ÷ 54 = 74.1%): %s', (t) => {
    for (const tables of [true, false]) {
      expect(findingKeys(rt74Page('b', t, tables)), t).toEqual([]);
      expect(checksOf(rt74Page('b', t, tables), 'text.share').filter((c) => c.includes('40件')), t).toEqual([expect.stringMatching(/^pass 40件 ÷ 62件 = 64.5%/)]);
    }
  });
  it('a count carried in stays this year\'s; a last year\'s count before the 其中 with no count of this year before it: not read', () => {
    expect(checksOf(rt74Page('b', '全年新收政府信息公开申请62件，上年结转4件（上年为5件），其中网上申请40件，占六成半。'), 'text.share')).toEqual([expect.stringMatching(/^pass 40件 ÷ 62件/)]);
    expect(checksOf(rt74Page('b', '全年新收政府信息公开申请62件，上年结转40件，其中网上申请30件，占七成半。'), 'text.share')).toEqual([expect.stringMatching(/^pass 30件 ÷ 40件/)]);
    expect(checksOf(rt74Page('b', '与上年同期的70件相比，其中网上申请40件，占六成。'), 'text.share')).toEqual([]);
  });
});
