/**
 * txt74 (session 58): rt74's two wrong skip reasons.
 * 1. "62件，上年结转4件，较上年增加8件，增长14.8%（2021年新收54件）" was a skip saying "上年数为0，无法计算增幅": the growth was
 *    taken as the carried count's, whose last year (4 − 8) is −4. A growth in % whose derived last year is 0 or less is no
 *    growth of that count: it is read as the count's before the carried one (新收, as txt70's failed reading is), 8 ÷ 54;
 *    with no such count, a skip that says so (yoyNegativeBase).
 * 2. "其中予以公开32件，占比由上年的45.3%提高到50.8%" was a share skip naming "由上年" as its whole: 45.3% is last year's share,
 *    50.8% this year's, read as a share (share-from-to.ts).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';

const page = (t: string, tables = true) =>
  runProse(`<p>（二）依申请公开情况</p>${t.split('|').map(word).join('')}`, tables ? WORD_2021_TABLES : {}, 2022, '东湖市云岭区卫生健康局');
const keys = (t: string, tables = true): string[] => findingKeys(page(t, tables));
const checks = (t: string, rule: string, tables = true): string[] =>
  page(t, tables).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail}`);

describe('txt74 1: a growth whose derived last year is below 0 is not that count\'s', () => {
  /** True paragraph, its wrong twin (one figure changed), the twin's finding. */
  const PAIRS: readonly (readonly [string, string, string])[] = [
    ['全年新收政府信息公开申请62件，上年结转4件，较上年增加8件，增长14.8%（2021年新收54件）。', '全年新收政府信息公开申请62件，上年结转4件，较上年增加8件，增长24.8%（2021年新收54件）。', 'text.change:error:14.8:24.8'],
    ['全年新收政府信息公开申请62件，上年结转4件，较上年增加8件，增长14.8%。', '全年新收政府信息公开申请62件，上年结转4件，较上年增加8件，增长18.4%。', 'text.change:error:14.8:18.4'],
    ['本年度共新收政府信息公开申请６２件，上年结转４件，结转下年度３件，同比增加８件，增长14.8%。', '本年度共新收政府信息公开申请６２件，上年结转４件，结转下年度３件，同比增加８件，增长41.8%。', 'text.change:error:14.8:41.8'],
  ];
  it.each(PAIRS)('true a pass of 新收, twin caught: %s', (t, twin, key) => {
    for (const tables of [true, false]) {
      expect(keys(t, tables)).toEqual([]);
      expect(checks(t, 'text.change', tables)).toEqual(['pass (62件 − 54件) ÷ 54件 = 14.81%，正文 增长14.8%']);
      expect(keys(twin, tables)).toEqual([key]);
    }
  });

  it('a carried count alone: a skip saying last year would be below 0, not "上年数为0"', () => {
    const t = '上年结转政府信息公开申请4件，较上年增加8件，增长14.8%。';
    expect(checks(t, 'text.change')).toEqual(['skip 按上年结转政府信息公开申请4件增加8件推算，上年为-4件，增幅不是该数的，或正文有误，不作判断']);
    expect(page(t).checks.find((k) => k.rule === 'text.change')?.note?.code).toBe('yoyNegativeBase');
    expect(keys(t)).toEqual([]);
  });

  it('a carried count\'s own growth, its last year above 0, stays the carried count\'s', () => {
    const t = '全年新收政府信息公开申请62件，上年结转4件，较上年减少2件，下降33.3%。';
    expect(checks(t, 'text.change')).toEqual(['pass (4件 − 6件) ÷ 6件 = -33.33%，正文 下降33.3%']);
  });
});

describe('txt74 2: a share said from last year\'s to this year\'s', () => {
  const PAIRS: readonly (readonly [string, string, string])[] = [
    ['全年新收政府信息公开申请62件，办结63件，其中予以公开32件，占比由上年的45.3%提高到50.8%。', '全年新收政府信息公开申请62件，办结63件，其中予以公开32件，占比由上年的45.3%提高到55.8%。', 'text.share:error:50.8:55.8'],
    ['全年办结政府信息公开申请63件，其中予以公开32件，占比由2021年的45.3%提高至50.8%。', '全年办结政府信息公开申请63件，其中予以公开32件，占比由2021年的45.3%提高至58.0%。', 'text.share:error:50.8:58'],
    ['全年办结政府信息公开申请63件，其中不予公开5件，占比由去年的10.2%下降到7.9%。', '全年办结政府信息公开申请63件，其中不予公开5件，占比由去年的10.2%下降到6.9%。', 'text.share:error:7.9:6.9'],
  ];
  it.each(PAIRS)('true a pass, twin caught: %s', (t, twin, key) => {
    for (const tables of [true, false]) {
      expect(keys(t, tables)).toEqual([]);
      expect(checks(t, 'text.share', tables)).toHaveLength(1);
      expect(checks(t, 'text.share', tables)[0]).toMatch(/^pass /);
      expect(keys(twin, tables)).toEqual([key]);
    }
  });

  it('last year\'s share is no share of this year\'s whole ("由上年" is not named as one)', () => {
    const t = '全年新收政府信息公开申请62件，办结63件，其中予以公开32件，占比由上年的45.3%提高到50.8%。';
    expect(checks(t, 'text.share').join()).not.toMatch(/由上年|45\.3/);
  });
});
