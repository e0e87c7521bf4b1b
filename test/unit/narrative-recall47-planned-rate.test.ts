/**
 * recall47 5: a 主动公开率 over a planned count ("应主动公开100件，实际主动公开90件，主动公开率90%") is read over its two counts
 * (verb-rate.ts, the planned whole); the planned count is never compared with table 二, and other 公开率 stay unread.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_T2_2021, findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>（一）主动公开情况</p><p>${text}</p>`, BUREAU_T2_2021, 2021, '青溪区卫生健康局');
const keys = (text: string): string[] => findingKeys(run(text));
const shares = (text: string): string[] => run(text).checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);

describe('recall47 5: a 主动公开率 over a planned count', () => {
  it('true sentences pass', () => {
    expect(shares('全年应主动公开政府信息420条，实际主动公开412条，主动公开率98.1%。')).toEqual(['pass']);
    expect(shares('应主动公开100件，实际主动公开90件，主动公开率90%。')).toEqual(['pass']);
  });
  it('wrong twins are flagged on the rate, never against table 二', () => {
    expect(keys('全年应主动公开政府信息420条，实际主动公开412条，主动公开率97%。')).toEqual(['text.share:error:98:97']);
    expect(keys('应主动公开100件，实际主动公开90件，主动公开率91%。')).toEqual(['text.share:error:90:91']);
  });
  it('a 100% the counts do not give is a skip (应公开尽公开)', () => {
    expect(shares('应主动公开100件，实际主动公开90件，主动公开率100%。')).toEqual(['skip']);
  });
  it('silent: 公开率 of decisions, 行政规范性文件 planned against table 二\'s 12, 不应', () => {
    for (const text of [
      '应公开行政许可决定1300件，实际公开1234件，公开率94.9%。',
      '应公开行政处罚决定60件，实际公开56件，公开率90%。',
      '应主动公开行政规范性文件14件，实际公开12件，主动公开率100%。',
      '全年不应主动公开10件，主动公开0件，主动公开率0%。',
    ]) expect(keys(text), text).toEqual([]);
  });
});
