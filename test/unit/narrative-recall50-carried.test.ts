/**
 * recall50: the carried counts session 46's helpers left (docs/testing.md, recall48's and recall49's paragraphs) —
 * "结转下年度2件，另4件尚未办结" (尚未办结, 未办结, 尚未答复 are said when the report is written, as 正在办理中 is: the other
 * count is never read, the carried one checked alone — carried-after.ts STILL_OPEN, OPEN_ONLY); "延期答复至次年的2件，另1件
 * 因补正结转下年度" and "结转下年度2件，结转下一年度1件" (two carried parts, compared by their sum — carried-pair.ts); and
 * "结转下年度办理中3件" (measures.ts: 办理中 read with the carried words). Against word-2021-consistent's table 三 (2022:
 * 新收 62, 上年结转 4, 办结 63, 结转下年度 3). Each true sentence passes or skips, each wrong twin is flagged.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, word } from './narrative-tables.ts';

/** word-2021-consistent's table 三. */
const WORD_2021: Record<string, number> = {
  't3.new.total': 62, 't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
};
const onTables = (text: string) => runProse(`<p>（二）依申请公开</p>${word(text)}`, WORD_2021, 2022, '东湖市云岭区卫生健康局');
const keys = (text: string): string[] => findingKeys(onTables(text));
const vsTable = (text: string): string[] => onTables(text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome);

describe('recall50 1: 尚未办结/未办结/尚未答复 beside a carried count are only still open (the 2 was compared as the whole)', () => {
  it('true sentences: the carried count alone, a pass or a skip where fewer; the other never read (each was one or two errors)', () => {
    expect(vsTable('全年办结63件，结转下年度3件，另2件尚未办结。')).toEqual(['pass']);
    expect(vsTable('全年办结63件，结转下年度2件，另4件尚未办结。')).toEqual(['skip']);
    for (const text of ['结转下年度2件，另1件尚未办结。', '结转下年度2件，另4件尚未办结。', '结转下年度2件，另4件未办结。', '结转下年度2件，另有4件尚未答复。', '延期答复至次年的2件，另4件尚未办结。']) {
      expect(keys(text), text).toEqual([]);
      expect(vsTable(text), text).toEqual(['skip']);
    }
    expect(onTables('结转下年度2件，另4件尚未办结。').checks[0]?.detail).toContain('尚在办理或次年才办结');
  });
  it('wrong twins: the carried count alone over the table', () => {
    expect(keys('结转下年度4件，另1件尚未办结。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('结转下年度4件，另1件未办结。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('结转下年度4件，另有1件尚未答复。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('延期答复至次年的4件，另1件尚未办结。')).toEqual(['text.vs-table:error:3:4']);
  });
  it('as before: 仍在办理/尚在办理中 (already open-only), and a count not yet closed with no carried one beside it is those carried on', () => {
    expect(vsTable('结转下年度3件，另有2件仍在办理。')).toEqual(['pass']);
    expect(vsTable('结转下年度2件，另4件尚在办理中。')).toEqual(['skip']);
    expect(keys('结转下年度4件，另有2件仍在办理。')).toEqual(['text.vs-table:error:3:4']);
    expect(vsTable('全年办结63件，尚有3件尚未办结。')).toEqual(['pass']);
    expect(vsTable('全年办结63件，另有3件未办结。')).toEqual(['pass']);
    expect(keys('全年办结63件，尚有4件尚未办结。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('全年办结63件，另有4件未办结。')).toEqual(['text.vs-table:error:3:4']);
  });
});

describe('recall50 2: "结转下年度办理中N件" is carried on (its 中 left the figure unread)', () => {
  it('true sentences pass (silent before)', () => {
    expect(vsTable('结转下年度办理中3件。')).toEqual(['pass']);
    expect(vsTable('结转下年度办理中的申请3件。')).toEqual(['pass']);
    expect(vsTable('全年办结63件，结转下年度办理中3件。')).toEqual(['pass']);
  });
  it('wrong twins: errors against 结转下年度', () => {
    expect(keys('结转下年度办理中4件。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('结转下年度办理中2件。')).toEqual(['text.vs-table:error:3:2']);
    expect(keys('结转下年度办理中的申请4件。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('全年办结63件，结转下年度办理中5件。')).toEqual(['text.vs-table:error:3:5']);
  });
});

describe('recall50 3: a carried count with its verb first, then 另 and one with its figure first, compared by their sum', () => {
  it('true sentences: the sum a pass (silent before, or the 1 an error alone), fewer a skip', () => {
    for (const text of [
      '延期答复至次年的2件，另1件因补正结转下年度。',
      '结转下年度2件，另1件因补正延期至次年答复。',
      '结转至2023年办理2件，另1件因补正延期至2023年答复。',
      '延期答复至次年的2件，另有1件因需征求第三方意见结转至下一年度办理。',
      '结转下年度2件，另1件申请人撤回后重新提出，延期至2023年答复。',
    ]) {
      expect(keys(text), text).toEqual([]);
      expect(vsTable(text), text).toEqual(['pass']);
    }
    expect(vsTable('延期答复至次年的1件，另1件因补正结转下年度。')).toEqual(['skip']);
    // (a second with no 因 reason may be next year's new application: the first alone fits)
    expect(vsTable('结转下年度3件，另1件申请人撤回后重新提出，延期至2023年答复。')).toEqual(['skip']);
  });
  it('wrong twins: the sum over the table, the message naming it', () => {
    const r = onTables('延期答复至次年的2件，另2件因补正结转下年度。');
    expect(findingKeys(r)).toEqual(['text.vs-table:error:3:4']);
    expect(r.findings[0]?.message).toContain('合计4件');
    expect(keys('延期答复至次年的4件，另1件因补正结转下年度。')).toEqual(['text.vs-table:error:3:5']);
    expect(keys('结转下年度2件，另2件因补正延期至次年答复。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('结转至2023年办理2件，另2件因补正延期至2023年答复。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('延期答复至次年的2件，另有2件因需征求第三方意见结转至下一年度办理。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('结转下年度4件，另1件申请人撤回后重新提出，延期至2023年答复。')).toEqual(['text.vs-table:error:3:5']);
  });
  it('silent or as before: other work, another year, 其中 or 截至发稿时 before it, a count open-only after it', () => {
    for (const text of [
      '延期答复至次年的2件，另1件咨询件因补正结转下年度。',
      '结转至2024年办理2件，另1件因补正延期至2024年答复。',
      '其中延期答复至次年的2件，另1件因补正结转下年度。',
      '截至发稿时，延期答复至次年的2件，另1件因补正结转下年度。',
    ]) expect(vsTable(text), text).toEqual([]);
    expect(vsTable('延期答复至次年的2件，另1件因补正结转下年度，另有1件正在办理中。')).toEqual(['skip']);
    expect(vsTable('结转下年度3件，另1件不予处理。')).toEqual(['pass', 'skip']);
  });
});

describe('recall50 4: the same carried phrase twice, compared by their sum (each was an error alone)', () => {
  it('true sentences: the sum a pass; fewer, or the larger alone fitting, a skip', () => {
    for (const text of ['结转下年度2件，结转下一年度1件。', '结转下年度2件；结转下一年度1件。', '全年办结63件，结转下年度2件，结转下一年度1件，共3件。']) {
      expect(keys(text), text).toEqual([]);
      expect(vsTable(text).at(-1), text).toBe('pass');
    }
    expect(vsTable('结转下年度1件，结转下一年度1件。')).toEqual(['skip']);
    const r = onTables('结转下年度3件，结转下一年度1件。');
    expect(r.checks.map((c) => c.outcome)).toEqual(['skip']);
    expect(r.checks[0]?.detail).toContain('另一处所说的1件是其中一部分');
    expect(vsTable('结转下年度3件，结转下一年度3件。')).toEqual(['skip']);
  });
  it('wrong twins: the sum over the table and neither alone fitting', () => {
    expect(keys('结转下年度2件，结转下一年度2件。')).toEqual(['text.vs-table:error:3:4']);
    expect(keys('结转下年度4件，结转下一年度1件。')).toEqual(['text.vs-table:error:3:5']);
    expect(keys('结转下年度2件；结转下一年度2件。')).toEqual(['text.vs-table:error:3:4']);
  });
  it('as before: each named with a subject of its own is compared alone (依申请更正 is no row of table 三)', () => {
    expect(keys('依申请公开结转下年度2件，依申请更正结转下一年度1件。')).toEqual(['text.vs-table:error:3:2', 'text.vs-table:error:3:1']);
    expect(vsTable('上年结转4件，结转下年度3件。')).toEqual(['pass', 'pass']);
  });
});
