/**
 * recall48: carried-over counts recall47 left read wrong or unread — two carried parts in two phrases
 * ("延期答复至次年的2件，结转下年度1件": carried-pair.ts, compared by their sum), a carried count beside one still open
 * or closed after the year's end ("另有2件正在办理中", "另1件已于1月办结": carried-after.ts anotherCarriedLater 'open',
 * carried-part.ts — the carried count checked alone, the other never added), and 结转上年 with 未办结 after it (measures.ts:
 * carried in, not on). Each true sentence passes, its wrong twin is flagged, and the look-alikes stay silent.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88, 结转下年度 3). */
const onTables = (text: string) => runProse(`<p>（二）依申请公开情况</p>${word(text)}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
const keys = (text: string): string[] => findingKeys(onTables(text));
const vsTable = (text: string): string[] => onTables(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome);

describe('recall48 1: one part extended into next year, one carried on, compared by their sum', () => {
  it('true sentences pass (each part was an error against 3, with 下年度 and 下一年度 alike)', () => {
    expect(vsTable('全年办结申请88件，延期答复至次年的2件，结转下年度1件。')).toEqual(['pass', 'pass']);
    expect(vsTable('全年办结申请88件，延期至次年答复的2件，结转下一年度1件。')).toEqual(['pass', 'pass']);
    expect(vsTable('结转下年度2件，延期至次年答复的1件。')).toEqual(['pass']);
    expect(onTables('延期答复至次年的2件，结转至下一年度办理1件。').checks.find((c) => c.rule === 'text.vs-table')?.detail).toContain('2件+1件');
    // (past a ；, and with their whole closing the sentence: each was an error against 3 too)
    expect(vsTable('全年办结申请88件，延期答复至次年的2件；结转下年度1件。')).toEqual(['pass', 'pass']);
    expect(vsTable('全年办结申请88件，延期答复至次年的2件，结转下年度1件，共3件。')).toEqual(['pass', 'pass']);
  });
  it('wrong twins: each within the table, over it together — the message names the sum', () => {
    const r = onTables('全年办结申请88件，延期答复至次年的2件，结转下年度2件。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:3:4']);
    expect(r.findings.find((f) => f.rule === 'text.vs-table')?.message).toContain('合计4件');
    expect(keys('全年办结申请88件，延期至次年答复的2件，结转下一年度4件。')).toEqual(['text.vs-table:error:3:6']);
    expect(keys('全年办结申请88件，延期答复至次年的2件；结转下年度2件。')).toEqual(['text.vs-table:error:3:4']);
    // (the part extended more than the whole carried: no reading holds)
    expect(keys('延期答复至次年的4件，结转下年度3件。')).toEqual(['text.vs-table:error:3:7']);
  });
  it('never a part flagged for being below the whole: fewer is a skip, and the carried count may be the whole', () => {
    expect(vsTable('延期答复至次年的1件，结转下年度1件。')).toEqual(['skip']);
    expect(vsTable('全年办结申请88件，延期答复至次年的2件，结转下年度3件。')).toEqual(['pass', 'skip']);
    expect(keys('全年办结申请88件，延期答复至次年的2件，结转下年度3件。')).toEqual([]);
  });
  it('silent or as before: 延期答复 with no year, the parts after 其中, written later', () => {
    expect(vsTable('全年办结申请88件，其中延期答复的2件，结转下年度3件。')).toEqual(['pass', 'pass']);
    expect(vsTable('结转下年度3件，其中延期答复至次年的2件。')).toEqual(['pass']);
    expect(keys('截至发稿时，延期答复至次年的2件，结转下年度2件。')).toEqual([]);
  });
});

describe('recall48 3: a carried count beside 另有…正在办理中 is checked alone', () => {
  // 正在办理中 is said when the report is written: it may be those carried on, or not (table 三 has no row of its own for
  // it); so the carried count passes where it fits alone, is a skip where it is fewer, and the other is never added
  it('true sentences pass; the other count is not added', () => {
    expect(vsTable('全年办结申请88件，结转下年度3件，另有2件正在办理中。')).toEqual(['pass', 'pass']);
    expect(vsTable('结转下年度3件。另有2件正在办理中。')).toEqual(['pass']);
  });
  it('fewer than the table: a skip (silent before), never an error', () => {
    expect(vsTable('全年办结申请88件，结转下年度2件，另有2件正在办理中。')).toEqual(['pass', 'skip']);
    expect(vsTable('结转下年度2件，另有1件正在办理中。')).toEqual(['skip']);
    expect(keys('结转下年度1件，另有1件正在办理中。')).toEqual([]);
  });
  it('wrong twins: the carried count alone over the table', () => {
    const r = onTables('结转下年度4件，另有1件正在办理中。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:3:4']);
    expect(r.findings[0]?.message).toContain('尚在办理');
    expect(keys('全年办结申请88件，结转下年度5件，另有2件正在办理中。')).toEqual(['text.vs-table:error:3:5']);
  });
  it('silent: written later, or its own part after 其中', () => {
    expect(keys('截至发稿时，结转下年度的3件中另有2件正在办理中。')).toEqual([]);
    expect(vsTable('全年办结申请88件，结转下年度3件，其中2件正在办理中。')).toEqual(['pass', 'pass']);
  });
});

describe('recall48 4: 另…已于1月办结 after a carried count is no closed count of the year', () => {
  it('true sentences pass, the 1 read as nothing (no 办结 and no result)', () => {
    expect(vsTable('全年办结申请88件，结转下年度3件，另1件已于1月办结。')).toEqual(['pass', 'pass']);
    expect(vsTable('结转下年度3件，另有1件已于2022年1月答复。')).toEqual(['pass']);
  });
  it('the carried count fewer is a skip (it was an error against 3): which January is not always said', () => {
    expect(vsTable('全年办结申请88件，结转下年度2件，另1件已于1月办结。')).toEqual(['pass', 'skip']);
    expect(vsTable('结转下年度2件，另有1件已于2022年1月办结。')).toEqual(['skip']);
    expect(vsTable('全年办结申请88件，2件结转下年度，另1件已于1月办结。')).toEqual(['pass', 'skip']);
    expect(vsTable('全年办结申请88件，结转下年度2件，另有1件申请人已于1月撤回。')).toEqual(['pass', 'skip']);
  });
  it('wrong twins: more than the table, or the other closed within the year (December, or January of the report\'s year)', () => {
    expect(keys('结转下年度4件，另1件已于1月办结。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('结转下年度2件，另1件已于12月办结。')).toEqual(['text.vs-table:error:3:2']);
    expect(keys('结转下年度2件，另有1件已于2021年1月办结。')).toEqual(['text.vs-table:error:3:2']);
  });
  it('silent: no carried count before it', () => {
    expect(vsTable('全年办结申请88件，另1件已于1月办结。')).toEqual(['pass']);
    expect(vsTable('上年结转5件，另1件已于1月办结。')).toEqual(['pass']);
  });
});

describe('recall48 5: 结转上年 in either order is carried in (table 三\'s 上年结转)', () => {
  it('true sentences pass, both orders', () => {
    expect(vsTable('全年共收到申请86件，结转上年5件，办结88件，结转下年度3件。')).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(vsTable('全年共收到申请86件，上年结转5件。')).toEqual(['pass', 'pass']);
  });
  it('wrong twins are flagged as 上年结转', () => {
    expect(keys('全年共收到申请86件，结转上年9件，办结88件，结转下年度3件。')).toEqual(['text.vs-table:error:5:9']);
    expect(keys('全年共收到申请86件，上年结转9件。')).toEqual(['text.vs-table:error:5:9']);
  });
  it('未办结/正在办理 after 结转上年度 is last year\'s, never 结转下年度 (a false error against 3 before)', () => {
    for (const text of ['全年共收到申请86件，结转上年度未办结的申请5件。', '全年共收到申请86件，结转上年度尚未办结的申请5件。', '全年共收到申请86件，结转上年度正在办理的申请5件。']) {
      expect(keys(text), text).toEqual([]);
    }
    // (read as 上年结转 now: they were carried in still open; its 的 is no qualifier of a part, every one carried in was
    // still open — a mismatch is an error, rt50: it was a skip)
    expect(vsTable('全年共收到申请86件，结转上年度未办结的申请5件。')).toEqual(['pass', 'pass']);
    expect(vsTable('全年共收到申请86件，结转上年度未办结的申请4件。')).toEqual(['pass', 'fail']);
    expect(keys('全年共收到申请86件，结转上年未办结申请9件。')).toEqual(['text.vs-table:error:5:9']);
    // (the year's own still read)
    expect(vsTable('全年共收到申请86件，年末未办结3件。')).toEqual(['pass', 'pass']);
    expect(keys('全年共收到申请86件，年末未办结4件。')).toEqual(['text.vs-table:error:3:4']);
  });
});

describe('recall48 2: carried parts after 其中, bare 结转', () => {
  // bare 结转 may be carried in or on, and 其中 names parts of a whole: read only as the parts of the whole said before them
  const sums = (text: string): string[] => onTables(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);
  it('under a carried whole, the parts are summed (held before), either way', () => {
    expect(sums('结转下年度3件，其中依申请公开结转2件，依申请更正结转1件。')).toEqual(['pass']);
    expect(keys('结转下年度3件，其中依申请公开结转2件，依申请更正结转2件。')).toEqual(['text.parts-sum:error:4:3']);
    expect(sums('上年结转5件，其中依申请公开结转3件，依申请更正结转2件。')).toEqual(['pass']);
    expect(keys('上年结转5件，其中依申请公开结转3件，依申请更正结转3件。')).toEqual(['text.parts-sum:error:6:5']);
  });
  it('silent with no whole before them: neither is table 三\'s row', () => {
    expect(keys('其中依申请公开结转2件，信访结转3件。')).toEqual([]);
    expect(vsTable('全年共收到申请86件，其中依申请公开结转2件，结转3件。')).toEqual(['pass']);
  });
  it('a carried count of 复议 or 诉讼 is no 总计 of table 四 (each was compared with the 复议\'s 3)', () => {
    for (const text of ['被申请行政复议3件，结转下年度1件。', '政府信息公开行政复议结转2件。', '其中依申请公开结转下年度3件，政府信息公开行政复议结转2件。', '行政诉讼结转下年度1件。']) {
      expect(keys(text), text).toEqual([]);
    }
    expect(vsTable('被申请行政复议3件，结转下年度1件。')).toEqual(['pass']);
    expect(keys('被申请行政复议4件，结转下年度1件。')).toEqual(['text.vs-table:error:3:4']);
  });
});
