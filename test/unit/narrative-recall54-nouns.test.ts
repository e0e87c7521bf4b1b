/**
 * recall54 6: the count of the applications written before its noun ("本机关收到4件政府信息公开申请", hunt50's miss;
 * "全年共受理65件政府信息公开申请"): unread, where "收到政府信息公开申请62件" and "本年度新收到政府信息公开申请62件" were read.
 * The noun right after the figure, nothing else to the clause's end, now gives the clause the applications' topic
 * (claim-scope.ts applicationsNamedAfter); the words before the figure still pick the row. On word-2021-consistent
 * (新收 62, 上年结转 4, 办结 63).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, onWord2021 } from './narrative-tables.ts';

const keys = (t: string) => findingKeys(onWord2021(t));
const vs = (t: string) => checksOf(onWord2021(t), 'text.vs-table');

describe('recall54 6: "收到62件政府信息公开申请" is "收到政府信息公开申请62件"', () => {
  it('true: a pass against the row its verb names', () => {
    for (const [t, row] of [
      ['本机关收到62件政府信息公开申请。', '本年新收'],
      ['全年共受理62件政府信息公开申请。', '本年新收'],
      ['本年度新收到62件政府信息公开申请。', '本年新收'],
      ['全年共办结63件政府信息公开申请。', '办理结果总计'],
      ['2022年共收到62件信息公开申请，上年结转4件。', '本年新收'],
      ['全年共受理66件政府信息公开申请（含上年结转4件）。', '“本年新收”与“上年结转”之和'],
    ] as const) {
      expect(keys(t), t).toEqual([]);
      expect(vs(t).some((c) => c.startsWith('pass') && c.includes(row)), t).toBe(true);
    }
  });
  it('TWINS: one figure changed — an error (silent before)', () => {
    expect(keys('本机关收到4件政府信息公开申请。')).toEqual(['text.vs-table:error:62:4']);
    expect(keys('全年共受理63件政府信息公开申请。')).toEqual(['text.vs-table:error:62:63']);
    expect(keys('本年度新收到63件政府信息公开申请，上年结转4件。')).toEqual(['text.vs-table:error:62:63']);
    expect(keys('全年共办结64件政府信息公开申请。')).toEqual(['text.vs-table:error:63:64']);
    expect(keys('全年共受理67件政府信息公开申请（含上年结转4件）。')).toEqual(['text.vs-table:error:62:67']);
    const r = onWord2021('本机关收到4件政府信息公开申请。');
    expect(r.findings[0]?.quote).toBe('本机关收到4件');
  });
  it('look-alikes: silent — the noun goes on, other work, no noun', () => {
    for (const t of [
      '本机关收到4件政府信息公开申请咨询。',
      '我局共收到63件依申请公开事项。',
      '全年共收到63件群众来信，其中政府信息公开申请10件。',
      '全年共收到63件政府信息公开申请和投诉。',
      '本年度收到63件。',
      '全年共收到63件行政许可申请。',
    ]) expect(keys(t), t).toEqual([]);
  });
});
