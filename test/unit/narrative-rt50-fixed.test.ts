/**
 * rt50: what the red team of session 46's readings fixed, each with its true sentence, its wrong twin and a look-alike,
 * against word-2021-consistent's tables (新收 62, 上年结转 4, 办结 63 = 32 + 7 + 5 + 15 + 3 + 1, 结转下年度 3; 2022):
 * - result-after.ts ofCarriedIn: a ；-clause opened by 上年结转 that goes on to the year's whole lists the whole's results;
 * - parts-stages.ts: where the applications came from, then what became of them — each division held to the whole;
 * - measures.ts: "结转上年度未办结的申请N件" is 上年结转 (its 的 no qualifier of a part);
 * - carried-pair.ts: a whole closing two carried parts ("…，共4件") is theirs;
 * - in-time-over.ts: "按时办结64件" over 办理结果总计;
 * - claim-scope.ts: "其中通过信访渠道转来的申请5件" under a whole of disclosure applications is one of them.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, onWord2021 } from './narrative-tables.ts';

const keys = (text: string, tables = true): string[] => findingKeys(onWord2021(text, tables));
const vsTable = (text: string): string[] => onWord2021(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome);
const partsSum = (text: string): string[] => onWord2021(text, false).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);

describe('rt50 1: results after 上年结转 are those carried in only where nothing but results stands between', () => {
  it('true sentences: hunt49\'s shape still a skip by the part, the year\'s whole\'s results pass', () => {
    expect(keys('2022年共新收到和处理政府信息公开申请62件，予以公开30件，部分公开7件，不予公开5件，无法提供13件，不予处理3件，其他处理1件，结转下年度3件；上年结转办理4件，予以公开2件，无法提供2件。')).toEqual([]);
    expect(vsTable('本年新收申请62件；上年结转4件，全年办结63件，其中不予处理3件。')).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(keys('收到申请62件；上年结转办理4件，予以公开1件，无法提供3件。')).toEqual([]);
  });
  it('wrong twins: a result of the whole after it, flagged against its row (each was a skip)', () => {
    expect(keys('本年新收申请62件；上年结转4件，全年办结63件，其中不予处理2件。')).toEqual(['text.vs-table:error:3:2']);
    expect(keys('本年新收申请62件；上年结转4件，办结63件，不予处理2件。')).toEqual(['text.vs-table:error:3:2']);
    expect(keys('本年新收申请62件；上年结转4件，共计66件，予以公开32件，部分公开7件，不予公开4件。')).toEqual(['text.vs-table:error:5:4']);
    // (a result of those carried in over 上年结转, or its row, as before)
    expect(keys('收到申请62件；上年结转办理4件，予以公开5件。')).toEqual(['text.vs-table:error:32:5']);
  });
});

describe('rt50 2: origins then outcomes, each division held to the whole (parts-stages.ts)', () => {
  it('true sentences: a skip where both divisions fit (hunt49\'s 红桥区 shape), and with the year\'s own first after 其中', () => {
    expect(partsSum('共受理申请66件，其中上年结转4件，2022年申请62件，正在办理3件，其余63件已全部办结。')).toEqual(['skip']);
    expect(partsSum('共受理申请50件，其中结转2022年3件，2022年申请47件，正在办理6件，申请人主动撤销件6件，其余38件全部按时答复。')).toEqual(['skip']);
    // (an error before: the own year right after 其中 was no origin — 3 carried in may be unsaid)
    expect(partsSum('共受理申请50件，其中2022年申请47件，正在办理6件。')).toEqual(['skip']);
  });
  it('wrong twins: origins over the whole, or naming both and short of it; outcomes over it', () => {
    expect(keys('共受理申请66件，其中上年结转4件，2022年申请63件，正在办理3件，其余63件已全部办结。', false)).toEqual(['text.parts-sum:error:70:66']);
    expect(keys('共受理申请66件，其中上年结转5件，2022年申请62件，正在办理3件，其余63件已全部办结。', false)).toEqual(['text.parts-sum:error:70:66']);
    expect(keys('共受理申请50件，其中结转2022年3件，2022年申请48件，正在办理6件，申请人主动撤销件6件，其余38件全部按时答复。', false)).toEqual(['text.parts-sum:error:57:50']);
    expect(keys('共受理申请50件，其中2022年申请51件，正在办理6件。', false)).toEqual(['text.parts-sum:error:57:50']);
    expect(keys('共受理申请50件，其中2022年申请47件，正在办理52件。', false)).toEqual(['text.parts-sum:error:99:50']);
  });
});

describe('rt50 3: 结转上年度未办结的申请 is 上年结转 — its 的 qualifies no part', () => {
  it('true sentences pass', () => {
    expect(vsTable('本年度收到申请62件，结转上年度未办结的申请4件。')).toEqual(['pass', 'pass']);
    expect(vsTable('结转上年度正在办理的申请4件，均已办结。')).toEqual(['pass']);
  });
  it('wrong twins: an error either way (a skip before)', () => {
    expect(keys('本年度收到申请62件，结转上年度未办结的申请5件。')).toEqual(['text.vs-table:error:4:5']);
    expect(keys('本年度收到申请62件，结转上年度未办结的申请2件。')).toEqual(['text.vs-table:error:4:2']);
    expect(keys('结转上年度正在办理的申请7件，均已办结。')).toEqual(['text.vs-table:error:4:7']);
  });
  it('look-alikes: a qualifier of its own between — a part of those carried in, no claim (it was an error against 结转下年度)', () => {
    expect(keys('本年度收到申请62件，结转上年度逾期未办结的申请2件。')).toEqual([]);
    expect(vsTable('本年度收到申请62件，结转上年度逾期未办结的申请2件。')).toEqual(['pass']);
    // (the year's own still open, as before)
    expect(vsTable('本年度收到申请62件，上年结转4件，未办结3件。')).toEqual(['pass', 'pass', 'pass']);
  });
});

describe('rt50 4: a whole closing two carried parts is theirs', () => {
  it('true sentences pass', () => {
    expect(vsTable('延期答复至次年的2件，结转下年度1件，共3件。')).toEqual(['pass']);
    expect(vsTable('延期至2023年答复的1件，结转下一年度2件，合计3件。')).toEqual(['pass']);
  });
  it('wrong twins: the whole off the sum, or the sum off the table, flagged (a pass, a skip before)', () => {
    const r = onWord2021('延期答复至次年的2件，结转下年度1件，共4件。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:3:4']);
    expect(r.findings[0]?.message).toContain('合计3件，句末却称共4件');
    expect(keys('延期答复至次年的1件，结转下年度1件，共3件。')).toEqual(['text.vs-table:error:3:2']);
    expect(keys('延期答复至次年的1件，结转下年度1件，共2件。')).toEqual(['text.vs-table:error:3:2']);
    expect(keys('延期至2023年答复的1件，结转下一年度2件，合计2件。')).toEqual(['text.parts-sum:error:3:2', 'text.vs-table:error:3:2']);
  });
  it('as before: with no whole after them, fewer is a skip (a third reason may be unsaid)', () => {
    expect(vsTable('延期答复至次年的1件，结转下年度1件。')).toEqual(['skip']);
  });
});

describe('rt50 5: a count answered in time over 办理结果总计 (in-time-over.ts)', () => {
  it('true sentences and look-alikes: no claim, or a pass as before', () => {
    expect(keys('全局共受理政府信息公开申请62件，结转上年4件，按时办结63件，结转下年继续办理3件。')).toEqual([]);
    expect(keys('全年共收到申请62件，按时办结60件。')).toEqual([]);
    expect(keys('全年共办结申请63件，其中按期答复58件，延期答复5件。')).toEqual([]);
    expect(keys('全年共收到申请62件，另办理人大代表建议80件，按时办结80件。')).toEqual([]);
    expect(keys('全年共收到申请62件，按时办结率100%。')).toEqual([]);
    expect(vsTable('全年收到申请62件，上年结转4件，在法定期限内办结60件，结转下年度3件。')).toContain('skip');
  });
  it('wrong twins: more than every reading, flagged (silent before)', () => {
    const r = onWord2021('全局共受理政府信息公开申请62件，结转上年4件，按时办结64件，结转下年继续办理3件。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:63:64']);
    expect(r.findings[0]?.message).toContain('按时办结64件');
    expect(keys('本年新收申请62件，上年结转4件，按期答复65件，结转下年度3件。')).toEqual(['text.vs-table:error:63:65']);
    expect(keys('全年共办结申请63件，其中按期答复64件。')).toEqual(['text.vs-table:error:63:64']);
    expect(keys('全年收到申请62件，上年结转4件，在法定期限内办结65件，结转下年度3件。')).toEqual(['text.vs-table:error:63:65']);
  });
});

describe('rt50 6: a part "…的申请" under a whole of disclosure applications is one of them', () => {
  it('true sentences pass; a whole of 各类申请 with 信访 among its parts is still no whole of table 三 (recall49)', () => {
    expect(vsTable('全年共收到政府信息公开申请62件，其中通过信访渠道转来的申请5件。')).toEqual(['pass']);
    expect(keys('全年共收到政府信息公开申请66件，其中涉及信访事项的申请8件，涉及征收补偿的申请20件。')).toEqual([]);
    expect(keys('本年度共受理各类申请80件，其中依申请公开62件，信访申请18件。')).toEqual([]);
    expect(keys('本年度共受理各类申请80件，其中依申请公开62件，信访类申请18件。')).toEqual([]);
  });
  it('wrong twins: the whole compared (silent before)', () => {
    expect(keys('全年共收到政府信息公开申请70件，其中通过信访渠道转来的申请5件。')).toEqual(['text.vs-table:error:62:70']);
    expect(keys('全年共收到政府信息公开申请70件，其中咨询类申请8件。')).toEqual(['text.vs-table:error:62:70']);
    expect(keys('全年共收到政府信息公开申请70件，其中涉及12345热线工单的申请3件。')).toEqual(['text.vs-table:error:62:70']);
  });
});
