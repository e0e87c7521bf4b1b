/**
 * recall49: the false errors session 46's helpers left (recall48's and hunt48's paragraphs in docs/testing.md) —
 * "上年结转办理中1件" compared with 结转下年度 (measures.ts: those carried in, a part of 上年结转), a whole of 各类申请 with
 * 信访/咨询/12345/人大建议 among its parts compared with table 三 (claim-scope.ts otherWorkParts: the part that is ours is
 * compared in its stead), and a count only said to be still open beside a carried one, flagged where it alone was more
 * (carried-after.ts OPEN_ONLY: never read, as recall48 reads "结转下年度2件，另有2件正在办理中"). Each true sentence passes,
 * its wrong twin is flagged, and the look-alikes stay silent.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88, 结转下年度 3). */
const onTables = (text: string) => runProse(`<p>（二）依申请公开情况</p>${word(text)}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
const keys = (text: string): string[] => findingKeys(onTables(text));
const vsTable = (text: string): string[] => onTables(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome);

describe('recall49 1: 上年结转办理中 is those carried in, a part of 上年结转 (it was compared with 结转下年度)', () => {
  it('true sentences: equal to 上年结转 a pass, fewer a skip (each was an error against 3)', () => {
    expect(vsTable('本年度收到政府信息公开申请86件，上年结转办理中5件。')).toEqual(['pass', 'pass']);
    expect(vsTable('本年度收到政府信息公开申请86件，上年结转办理中1件。')).toEqual(['pass', 'skip']);
    expect(vsTable('全年共收到申请86件，上年结转办理中的申请5件，全年办结88件，结转下年度3件。')).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(vsTable('上年结转办理中2件。')).toEqual(['skip']);
    expect(vsTable('上年结转正在办理中的申请2件。')).toEqual(['skip']);
    expect(keys('上年结转办理中1件，已全部办结。')).toEqual([]);
  });
  it('wrong twins: more than 上年结转, flagged against it', () => {
    const r = onTables('本年度收到政府信息公开申请86件，上年结转办理中6件。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:5:6']);
    expect(r.findings[0]?.message).toContain('表三“上年结转”');
    expect(keys('上年结转办理中7件。')).toEqual(['text.vs-table:error:5:7']);
    expect(keys('全年共收到申请86件，上年结转办理中的申请6件，全年办结88件，结转下年度3件。')).toEqual(['text.vs-table:error:5:6']);
  });
  it('as before: 结转下年度 still open is carried on, 结转上年度未办结 carried in', () => {
    expect(keys('结转下年度3件，均在办理中。')).toEqual([]);
    expect(keys('全年办结88件，尚有4件正在办理中。')).toEqual(['text.vs-table:error:3:4']);
    expect(vsTable('结转上年度未办结的申请5件。')).toEqual(['pass']);
  });
});

describe('recall49 2: a whole with other work among its parts is no whole of table 三; its part of applications is', () => {
  it('true sentences: the whole not compared (each was an error against 86), the part of applications passes', () => {
    for (const text of [
      '本年度共受理各类申请100件，其中依申请公开86件，信访件14件。',
      '本年度共受理各类申请100件，其中依申请公开86件，信访件14件，均已办结。',
      '全年共收到各类申请120件，其中依申请公开86件，12345热线转办34件。',
      '全年共受理各类申请99件，其中政府信息公开申请86件，人大建议13件。',
      '全年共受理各类申请104件，其中政府信息公开申请86件，咨询类18件。',
      '全年共办结各类申请100件，其中依申请公开88件，信访件12件。',
      '本年度共受理各类政府信息公开申请100件，其中依申请公开86件，信访件14件。',
    ]) {
      expect(keys(text), text).toEqual([]);
      expect(vsTable(text), text).toEqual(['pass']);
    }
    // (its parts' sum is the text's own, read as before)
    expect(onTables('本年度共受理各类申请100件，其中依申请公开86件，信访件14件。').checks.map((c) => `${c.rule}:${c.outcome}`)).toEqual(['text.parts-sum:pass', 'text.vs-table:pass']);
  });
  it('wrong twins: the part of applications against the whole\'s row', () => {
    const r = onTables('本年度共受理各类申请100件，其中依申请公开85件，信访件15件。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:86:85']);
    expect(r.findings[0]?.message).toContain('其中依申请公开85件');
    expect(keys('本年度共受理各类申请100件，其中依申请公开87件，信访件13件。')).toEqual(['text.vs-table:error:86:87']);
    expect(keys('全年共办结各类申请100件，其中依申请公开89件，信访件11件。')).toEqual(['text.vs-table:error:88:89']);
    expect(keys('全年共受理各类申请99件，其中政府信息公开申请85件，人大建议14件。')).toEqual(['text.vs-table:error:86:85']);
    // (a later claim past the ； is read as before)
    expect(keys('全年共收到各类申请100件，其中依申请公开86件，信访件14件；全年办结依申请公开89件。')).toEqual(['text.vs-table:error:88:89']);
  });
  it('as before: a whole alone, or whose parts are all applications, is compared', () => {
    expect(keys('本年度共受理各类申请100件。')).toEqual(['text.vs-table:error:86:100']);
    expect(keys('全年共收到政府信息公开申请100件，其中信访举报投诉类申请2件。')).toEqual(['text.vs-table:error:86:100']);
    expect(keys('全年共收到申请100件，其中网上申请50件，办结88件，另接待咨询18人次。')).toEqual(['text.vs-table:error:86:100']);
    expect(vsTable('本年度共受理各类申请86件，其中依申请公开86件。')).toEqual(['pass']);
  });
});

describe('recall49 3: a count only said to be still open beside a carried one is never read (recall48 3 made whole)', () => {
  // 正在办理中 is said when the report is written: some of those may have come in after the year's end, so "另4件正在办理中"
  // beside 2 carried is no claim on 结转下年度 even where it alone is more; the carried count is checked alone (recall48)
  it('true sentences: silent (each was an error against 3), the carried count a skip where fewer', () => {
    expect(keys('全年办结申请88件，延期答复至次年的2件，另4件正在办理中。')).toEqual([]);
    expect(vsTable('全年办结申请88件，延期答复至次年的2件，另4件正在办理中。')).toEqual(['pass', 'skip']);
    expect(vsTable('结转下年度2件，另有4件正在办理中。')).toEqual(['skip']);
    expect(vsTable('结转下年度3件，另有4件正在办理中。')).toEqual(['pass']);
    expect(keys('另有2件延期至次年答复，4件正在办理中。')).toEqual([]);
    expect(keys('2件结转至下一年度办理，另有4件尚在办理中。')).toEqual([]);
    expect(keys('结转下年度2件。另有4件正在办理中。')).toEqual([]);
  });
  it('wrong twins: the carried count alone over the table, or a count carried in words', () => {
    expect(keys('延期答复至次年的4件，另1件正在办理中。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('结转下年度4件，另有1件正在办理中。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('另有4件延期至次年答复，1件正在办理中。')).toEqual(['text.vs-table:error:3:4']);
    // (read with the 2 by their sum since recall50: carried-pair.ts, the second's figure first after 另)
    expect(keys('结转下年度2件，另有4件延期至次年答复。')).toEqual(['text.vs-table:error:3:6']);
  });
  it('as before: a count still open with no carried one beside it is those carried on', () => {
    expect(keys('收到申请86件，办结83件，另4件正在办理中。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('收到申请86件，办结88件，尚有3件正在办理中。')).toEqual([]);
  });
});
