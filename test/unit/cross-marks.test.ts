/**
 * The collection's cross-year findings as the page marks know findings (components/collection/cross-marks.ts):
 * a finding that names a figure of this report is marked at that figure's cell, flagged and never the
 * suspect (two reports differ; neither is known to be the wrong one); one about the text carries its
 * quote; one that names nothing on this page (identical figures: the whole table) is not marked.
 */
import { describe, expect, it } from 'vitest';
import { crossTargets } from '../../components/collection/cross-marks.ts';
import type { CrossYearFinding } from '../../lib/collect/record.ts';
import type { CellRef } from '../../lib/types.ts';

const other = { otherId: 'x', otherUrl: 'https://www.example.gov.cn/2023.html', otherYear: 2023 };
const refs: Record<string, CellRef> = {
  't3.carried.natural': { table: 2, row: 4, col: 3 },
  't3.new.total': { table: 2, row: 3, col: 9 },
};

describe('cross-year findings marked on the page', () => {
  it('a figure found in the report: its cell, flagged, no suspect, no 应为', () => {
    const f: CrossYearFinding = { rule: 'cross.carry-over', severity: 'error', message: '上年结转（自然人）与上年报告不符', figure: 't3.carried.natural', expected: 3, actual: 5, ...other };
    const m = crossTargets([f], refs);
    expect(m.get(f)).toEqual({ rule: 'cross.carry-over', severity: 'error', message: f.message, cells: [refs['t3.carried.natural']], suspect: null, quote: null });
  });

  it("the text's change against last year: its quote, and next year's claim its 本年新收 cell", () => {
    const mine: CrossYearFinding = { rule: 'cross.text-change', severity: 'warning', message: '本报告正文…', figure: null, expected: null, actual: null, quote: '共收到政府信息公开申请18件，较上年减少5件', ...other };
    const theirs: CrossYearFinding = { rule: 'cross.text-change', severity: 'warning', message: '2024年报告正文…', figure: 't3.new.total', expected: null, actual: null, ...other };
    const m = crossTargets([mine, theirs], refs);
    expect(m.get(mine)).toMatchObject({ cells: [], quote: '共收到政府信息公开申请18件，较上年减少5件' });
    expect(m.get(theirs)).toMatchObject({ cells: [refs['t3.new.total']], quote: null });
  });

  it('nothing named on this page: not marked (identical figures, a figure the report does not have, a blank quote)', () => {
    const same: CrossYearFinding = { rule: 'cross.identical-figures', severity: 'warning', message: '表格数字与2023年报告完全相同', figure: null, expected: null, actual: null, ...other };
    const absent: CrossYearFinding = { rule: 'cross.in-force', severity: 'warning', message: '现行有效件数…', figure: 't2.rules.inForce', expected: 4, actual: 5, ...other };
    const blank: CrossYearFinding = { rule: 'cross.text-change', severity: 'warning', message: '…', figure: null, expected: null, actual: null, quote: '  ', ...other };
    // a figure name that is an Object.prototype key is no figure of the report
    const proto: CrossYearFinding = { ...absent, figure: 'constructor' };
    expect(crossTargets([same, absent, blank, proto], refs).size).toBe(0);
  });
});
