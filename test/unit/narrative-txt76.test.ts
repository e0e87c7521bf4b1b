/**
 * txt76 (session 60): which clause of a sentence is the applications' — the 受理 readings session 59 left
 * (narrative-txt76-sentences.ts). rt79 kept two true application claims hidden behind rt78's SERVICE_HALL ("依申请公开方面，
 * 政务服务大厅全年受理申请62件", "行政服务中心受理申请62件，均为政府信息公开申请"): a hall's bare 申请 count is now the
 * applications' where its own words say so — a topic lead of the applications right before its clause, or "均为政府信息公开
 * 申请" right after the count (hall-applications.ts); the hall's own "区政务服务大厅共受理申请1260件" stays the hall's. fix80 left
 * two intakes in one sentence unread ("全年受理群众诉求2356件…；依申请公开方面，受理政府信息公开申请62件，…", "收到群众来信
 * 120件；新收政府信息公开申请62件，…"): the intake whose own clause names the applications, after one naming other work, is the
 * flow's (flow-apps-intake.ts appsOfTwo), and a flow whose intake was told by those words is not read with a term before it
 * ("全年受理群众诉求2356件，办结2350件；…政府信息公开申请62件，上年结转4件，结转下年度3件": 62 + 4 against 2350 + 3, a false
 * error on main since fix80).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys } from './narrative-tables.ts';
import { rt78Page } from './narrative-rt78-sentences.ts';
import { TXT76 } from './narrative-txt76-sentences.ts';

describe('txt76: true paragraphs raise nothing, with the tables and without', () => {
  it.each(TXT76.map(([h, t], i) => [i, h, t] as const))('%i', (_i, h, t) => {
    expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
    expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
  });
});

const MISS = {
  unit: 'a hall named as a 中心, or a 区\'s, is read as a part of the body (body-part.ts aboutPartOfBody), its counts not compared: another reading\'s, by design',
  flowBare: 'the flow without the tables: a bare 受理 beside no 上年结转 may leave those carried in out ("多于…，差额可能是上年结转的申请"), a skip',
  partOfHall: 'the applications picked out of the hall\'s whole by 其中 ("受理申请1260件，其中政府信息公开申请62件"): the hall\'s, and the 办结 after it whose is not said (hall-applications.ts PICKS_OUT)',
  twoFlows: 'the hall\'s flow and the applications\' in one sentence: a term named twice, the flow not read without the tables',
} as const;

/** index → the twin's findings (with the tables; [with, without] where they differ), or why it is missed. */
const CAUGHT: Record<number, readonly string[] | readonly [readonly string[], readonly string[]] | string> = {
  0: [['text.vs-table:error:63:60'], ['text.parts-sum:error:62:63']], 1: MISS.unit, 2: MISS.unit,
  3: [['text.vs-table:error:62:72'], []], 4: [['text.vs-table:error:63:60'], ['text.parts-sum:error:62:63']], 5: MISS.unit,
  6: [['text.vs-table:error:63:66'], []], 7: [['text.vs-table:error:4:6'], []], 8: ['text.parts-sum:error:3:5'], 9: ['text.parts-sum:error:3:5'],
  10: ['text.change:error:14.8:24.8'], 11: MISS.unit, 12: [['text.vs-table:error:63:64'], []],
  13: [['text.vs-table:error:62:70'], ['text.parts-sum:error:70:66']],
  14: [['text.vs-table:error:62:72'], []], 16: MISS.partOfHall, 18: [['text.vs-table:error:63:64'], []], 19: [['text.vs-table:error:62:72'], []],
  20: [['text.vs-table:error:62:72'], []], 21: [['text.vs-table:error:63:64'], []], 22: [['text.vs-table:error:62:72'], []],
  24: [['text.vs-table:error:62:1260'], []], 25: MISS.twoFlows,
  26: [['text.vs-table:error:63:60'], ['text.parts-sum:error:62:63']], 27: [['text.vs-table:error:63:60'], ['text.parts-sum:error:66:63']],
  28: [['text.vs-table:error:3:1'], ['text.parts-sum:error:66:64']], 29: ['text.parts-sum:error:3:5'], 30: ['text.parts-sum:error:4:5'],
  31: [['text.vs-table:error:63:60'], ['text.parts-sum:error:66:63']], 32: [['text.vs-table:error:3:6'], ['text.parts-sum:error:66:69']],
  33: [['text.vs-table:error:63:61'], ['text.parts-sum:error:62:64']], 34: [['text.vs-table:error:3:4'], ['text.parts-sum:error:66:67']],
  35: [['text.vs-table:error:63:60'], ['text.parts-sum:error:66:63']],
  // (a term before the intake the applications' words told: the flow is not read — 36's 办结2350 is the 诉求's)
  36: [['text.vs-table:error:3:5'], []], 37: [['text.vs-table:error:3:5'], []],
  38: [['text.vs-table:error:62:72'], []], 39: [['text.vs-table:error:62:72'], []], 40: [['text.vs-table:error:62:72'], []],
  41: [['text.vs-table:error:3:5'], []],
};

describe('txt76: wrong twins caught, or kept with their reasons', () => {
  const twins = TXT76.flatMap(([h, , w], i) => (w === null ? [] : [[i, h, w] as const]));
  it('every twin is listed', () => expect(Object.keys(CAUGHT).map(Number)).toEqual(twins.map(([i]) => i)));
  it.each(twins)('%i', (i, h, w) => {
    const want = CAUGHT[i]!;
    const withT = findingKeys(rt78Page(h, w));
    const without = findingKeys(rt78Page(h, w, false));
    if (typeof want === 'string') {
      expect([withT, without], want).toEqual([[], []]);
      return;
    }
    const [a, b] = Array.isArray(want[0]) ? (want as readonly [readonly string[], readonly string[]]) : [want as readonly string[], want as readonly string[]];
    expect(withT, w).toEqual(a);
    expect(without, w).toEqual(b);
  });
});
