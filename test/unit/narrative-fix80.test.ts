/**
 * fix80 (session 59): rt79's kept false flag. Without the tables, "全年受理群众诉求2356件，其中12345热线转办1890件；政府信息
 * 公开申请62件，上年结转4件，办结63件，结转下年度3件" raised text.parts-sum error 2356:66 — the flow balance
 * (flow-balance.ts) took the public's 诉求 as the year's intake. The applications' own clause ("政府信息公开申请62件",
 * "依申请公开62件") is now the intake where the 受理 names other work (flow-apps-intake.ts). Its neighbours: other work
 * in front (诉求, 12345热线, 信访, 政务服务, 行政许可), with and without a ；, the applications named before the clause
 * (依申请公开方面) or as it; every true one silent, and the wrong twins (办结60) caught where main caught them.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys } from './narrative-tables.ts';
import { rt78Page } from './narrative-rt78-sentences.ts';

const FRONT = [
  '全年受理群众诉求2356件，其中12345热线转办1890件',
  '全年受理12345热线工单2356件',
  '全年受理信访事项2356件',
  '政务服务大厅全年受理政务服务事项2356件',
  '全年受理行政许可申请2356件',
];
/** The applications' flow, and whether main read its 受理 as the intake (a false flag there; its twin caught there). */
const FLOWS: readonly (readonly [string, boolean])[] = [
  ['政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件', true],
  ['依申请公开62件，上年结转4件，办结63件，结转下年度3件', true],
  ['依申请公开方面，政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件', true],
  // (the applications' own 受理: two 受理 named, the sentence not read on main — the twin a miss there; read since txt76, the
  // intake whose own words name the applications where the other's name other work: flow-apps-intake.ts appsOfTwo)
  ['依申请公开方面，受理政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件', true],
];
const CASES = FRONT.flatMap((f) => FLOWS.flatMap(([fl, read]) => ['；', '，'].map((sep) => [`${f}${sep}${fl}。`, read] as const)));

describe('fix80: the applications\' clause is the intake, not other work\'s 受理', () => {
  it('rt79\'s paragraph 59 is silent without the tables', () => {
    const t = '全年受理群众诉求2356件，其中12345热线转办1890件；政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件。';
    expect(findingKeys(rt78Page('o', t, false))).toEqual([]);
    expect(findingKeys(rt78Page('o', t))).toEqual([]);
  });
  it.each(CASES.map(([t], i) => [i, t] as const))('%i true: silent without the tables', (_i, t) => {
    expect(findingKeys(rt78Page('o', t, false)), t).toEqual([]);
  });
  it.each(CASES.map(([t, read], i) => [i, t, read] as const))('%i wrong twin (办结60): caught as on main', (_i, t, read) => {
    const w = t.replace('办结63件', '办结60件');
    // 62 (or 62 + 4) came in, 60 + 3 went out: the error names the applications' 62, not the 2356
    expect(findingKeys(rt78Page('o', w, false)), w).toEqual(read ? ['text.parts-sum:error:62:63'] : []);
  });
  it('a 受理 of the applications themselves stays the intake', () => {
    const t = '全年受理政府信息公开申请62件，上年结转4件，办结60件，结转下年度3件；群众诉求2356件。';
    expect(findingKeys(rt78Page('o', t, false))).toEqual(['text.parts-sum:error:62:63']);
  });
});
