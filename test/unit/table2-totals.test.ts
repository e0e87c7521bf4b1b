import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseGrid, type Grid } from '../../lib/grid/parse-grid.ts';
import { mapTable2 } from '../../lib/map/map-table2.ts';
import { runRules } from '../../lib/rules/run-rules.ts';
import type { Finding } from '../../lib/types.ts';

function grid(html: string): Grid {
  const { document } = parseHTML(`<!doctype html><html><body><table>${html}</table></body></html>`);
  return parseGrid(document.querySelector('table') as unknown as Element, 0);
}
const row = (xs: (string | number)[]) => `<tr>${xs.map((x) => `<td>${x}</td>`).join('')}</tr>`;

/** Table 二 of the given rows, judged: the t2.block-total outcomes and the mapper's notes. */
function judge(rows: string) {
  const notes: Finding[] = [];
  const t2 = mapTable2([grid(rows)], notes);
  const result = runRules({ t2, t3: null, t4: null, notes });
  return {
    errors: result.findings.filter((f) => f.rule === 't2.block-total'),
    skipped: result.skipped.filter((s) => s.rule === 't2.block-total'),
    checks: result.checks,
    notes,
  };
}

const BLOCK1 = row(['第二十条第（一）项']) + row(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
const BLOCK6 = row(['第二十条第（六）项']) + row(['信息内容', '本年处理决定数量']);
const BLOCK9 = row(['第二十条第（九）项']) + row(['信息内容', '采购项目数量', '采购总金额']);

describe('table 二 blocks with fewer columns than the table', () => {
  it('a header row written with empty cells where it has no column names its block\'s columns (hunt32)', () => {
    const blank = (xs: string[]) => row([...xs, ...Array(4 - xs.length).fill('')]);
    const rows = BLOCK1 + row(['规章', 0, 0, 0]) + row(['行政规范性文件', 3, 0, 12])
      + blank(['第二十条第（五）项']) + blank(['信息内容', '本年处理决定数量']) + blank(['行政许可', '694'])
      + blank(['第二十条第（六）项']) + blank(['信息内容', '本年处理决定数量']) + blank(['行政处罚', '1']) + blank(['行政强制', '0'])
      + blank(['第二十条第（八）项']) + blank(['信息内容', '本年收费金额（单位：万元）']) + blank(['行政事业性收费', '0']);
    const notes: Finding[] = [];
    const t2 = mapTable2([grid(rows)], notes);
    expect(notes).toEqual([]);
    // 694 is 行政许可's 本年处理决定数量, not the first block's 本年制发件数
    expect([...t2!.cells.keys()].filter((n) => n.startsWith('license.'))).toEqual(['license.decisions']);
    expect(t2!.cells.get('license.decisions')?.value).toBe(694);
    expect(t2!.cells.get('penalty.decisions')?.value).toBe(1);
    expect(t2!.cells.get('fees.feeAmount')?.value).toBe(0);
  });
});

describe('table 二 合计 rows (t2.block-total)', () => {
  it('checks each column of a 合计 against its own block, not the blocks above it', () => {
    const r = judge(BLOCK1 + row(['规章', 1, 0, 4]) + row(['规范性文件', 3, 1, 12]) + BLOCK6 + row(['行政处罚', 386]) + row(['行政强制', 35]) + row(['合计', 420]));
    expect(r.errors.map((f) => [f.expected, f.actual])).toEqual([[421, 420]]);
    expect(r.notes).toEqual([]);
  });

  it('a 合计 equal to every row above it in the table (earlier blocks too) is not called wrong', () => {
    // 1 + 3 + 386 + 35 = 425: it adds up the table, not its block
    const r = judge(BLOCK1 + row(['规章', 1, 0, 4]) + row(['规范性文件', 3, 1, 12]) + BLOCK6 + row(['行政处罚', 386]) + row(['行政强制', 35]) + row(['合 计', 425]));
    expect(r.errors).toEqual([]);
    expect(r.skipped).toHaveLength(1);
  });

  it('a 合计 over one row cannot be told', () => {
    const r = judge(BLOCK6 + row(['行政处罚', 386]) + row(['合计', 400]));
    expect(r.errors).toEqual([]);
    expect(r.skipped[0]!.reason).toMatch(/只有一行/);
  });

  it('money in different units is not added up', () => {
    const r = judge(BLOCK9 + row(['政府集中采购', 2, '120万元']) + row(['政府集中采购', 1, '3500元']) + row(['合计', 3, '123.5万元']));
    expect(r.errors).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/单位不一/)]);
  });

  it('money rounded to the digits shown holds within their half-units', () => {
    const head = row(['第二十条第（八）项']) + row(['信息内容', '本年收费金额（单位：万元）']);
    // 12.35 + 3.4 = 15.75, printed 15.8: within 0.005 + 0.05 + 0.05
    expect(judge(head + row(['行政事业性收费', '12.35']) + row(['行政事业性收费', '3.4']) + row(['合计', '15.8'])).errors).toEqual([]);
    expect(judge(head + row(['行政事业性收费', '12.35']) + row(['行政事业性收费', '3.4']) + row(['合计', '15.9'])).errors).toHaveLength(1);
  });

  it('a block with a row it could not read leaves its 合计 unchecked, and says so', () => {
    const r = judge(BLOCK6 + row(['行政处罚', 386]) + row(['其中：简易程序', 12]) + row(['合计', 398]));
    expect(r.errors).toEqual([]);
    expect(r.notes.map((n) => n.message)).toEqual([expect.stringMatching(/简易程序/), expect.stringMatching(/无法确定是哪些行的合计/)]);
  });

  it('a row the unit added to the block (行政检查 beside 行政处罚) is one of the items its 合计 adds up', () => {
    const ok = judge(BLOCK6 + row(['行政处罚', 386]) + row(['行政检查', 12]) + row(['合计', 398]));
    expect(ok.errors).toEqual([]);
    expect(ok.notes.map((n) => n.message)).toEqual([expect.stringMatching(/未能识别的行「行政检查」/)]);
    const wrong = judge(BLOCK6 + row(['行政处罚', 386]) + row(['行政检查', 12]) + row(['合计', 399]));
    expect(wrong.errors.map((f) => f.message)).toEqual([expect.stringMatching(/合计为399，其上各行之和为398/)]);
  });

  it('a row the unit added counts only beside an item of the format', () => {
    const r = judge(BLOCK6 + row(['行政检查', 12]) + row(['行政裁决', 3]) + row(['合计', 16]));
    expect(r.errors).toEqual([]);
  });

  it('a blank 合计 is missing, not wrong', () => {
    const r = judge(BLOCK6 + row(['行政处罚', 386]) + row(['行政强制', 35]) + row(['合计', '—']));
    expect(r.errors).toEqual([]);
    expect(r.skipped[0]!.reason).toMatch(/合计缺失/);
  });
});
