/**
 * A problem between two reports counted once (dash98). One break of 结转 between two years was four findings in the
 * dashboard's 问题分布 ("4 处 · 2 份年报"): one a column (自然人 and 总计) on each of the two reports. Now a break is one
 * problem on each side (its columns listed inside it: CrossCount.carry, the findings themselves), and 问题分布 counts a
 * problem between a pair once though both report it.
 */
import { describe, expect, it } from 'vitest';
import { countOf, crossCounts, crossProblemCount } from '../../lib/collect/cross-count.ts';
import { crossItems } from '../../lib/collect/cross-problems.ts';
import { crossRuleSpread, ruleSpread } from '../../lib/collect/chart-data.ts';
import { crossYearFindings } from '../../lib/collect/cross-year.ts';
import { subject } from './cross-year-subject.ts';

/** table 三's carry-over rows: 上年结转 (carried) and 结转下年度 (carriedForward), 自然人 and 总计 (the 乡's two columns) */
const carry = (carried: number, forward: number, natural = carried) => ({
  't3.carried.natural': natural, 't3.carried.total': carried, 't3.carriedForward.natural': forward, 't3.carriedForward.total': forward,
});

const y2021 = subject(2021, carry(0, 4));
const y2022 = subject(2022, carry(6, 2)); // 上年结转 6 against 2021's 结转下年度 4: one break, two columns
const y2023 = subject(2023, carry(2, 0)); // follows 2022
const all = [y2021, y2022, y2023];

describe('one break of 结转 is one problem (dash98)', () => {
  it('on each side: the list\'s 问题数, the detail\'s and the panel\'s count 1, its two columns kept', () => {
    const mine = crossYearFindings(y2022, all);
    expect(mine.map((f) => f.figure)).toEqual(['t3.carried.natural', 't3.carried.total']);
    expect(crossProblemCount(mine)).toBe(1);
    const counts = crossCounts(all);
    expect(counts[y2022.id]).toMatchObject({ problems: 1, rules: { 'cross.carry-over': 1 }, years: [2021] });
    expect(counts[y2022.id]!.carry!.map((c) => c.column)).toEqual(['natural', 'total']);
    expect(counts[y2021.id]).toMatchObject({ problems: 1, rules: { 'cross.carry-over': 1 } });
    expect(counts[y2023.id]).toBeUndefined();
    // the detail and the panel list it as one item holding both columns
    expect(crossItems(mine).map((g) => g.length)).toEqual([2]);
  });

  it('问题分布 says 1 处 · 2 份年报, not 4 处; filtered to one year, 1 处 · 1 份', () => {
    const counts = crossCounts(all);
    const none = { rules: {} };
    const shown = all.map((r) => ({ id: r.id, ...none }));
    expect(crossRuleSpread(shown, counts)).toEqual([{ rule: 'cross.carry-over', findings: 1, reports: 2 }]);
    expect(crossRuleSpread([{ id: y2022.id, ...none }], counts)).toEqual([{ rule: 'cross.carry-over', findings: 1, reports: 1 }]);
    expect(crossRuleSpread([{ id: y2023.id, ...none }], counts)).toEqual([]);
  });

  it('two breaks (2021→2022 and 2022→2023) are two, the middle year in both; a report\'s own findings count as before', () => {
    const broken2023 = subject(2023, carry(5, 0));
    const three = [y2021, y2022, broken2023];
    const counts = crossCounts(three);
    expect(counts[y2022.id]).toMatchObject({ problems: 2, years: [2021, 2023] });
    const shown = three.map((r) => ({ id: r.id, rules: (r.id === y2022.id ? { 't3.row-total': 2 } : {}) as Record<string, number> }));
    expect(crossRuleSpread(shown, counts)).toEqual([
      { rule: 'cross.carry-over', findings: 2, reports: 3 },
      { rule: 't3.row-total', findings: 2, reports: 1 },
    ]);
  });

  it('a warning between a pair reported from both sides counts once (a copied table 三)', () => {
    const figures = {
      't3.new.natural': 9, 't3.new.total': 9, 't3.granted.natural': 5, 't3.granted.total': 5, 't3.partial.natural': 2, 't3.partial.total': 2,
      't3.denied.secret.natural': 1, 't3.denied.secret.total': 1, 't3.unable.none.natural': 1, 't3.unable.none.total': 1,
      't3.other.dup.natural': 3, 't3.other.dup.total': 3,
    };
    const a = subject(2021, figures);
    const b = subject(2022, figures);
    const counts = crossCounts([a, b]);
    expect(counts[a.id]!.rules).toEqual({ 'cross.identical-figures': 1 });
    expect(crossRuleSpread([a, b].map((r) => ({ id: r.id, rules: {} })), counts)).toEqual([{ rule: 'cross.identical-figures', findings: 1, reports: 2 }]);
  });

  it('a count from before `others` (an older build\'s answer) reads as it says, as ruleSpread did', () => {
    const old = { problems: 2, rules: { 'cross.carry-over': 2 }, years: [2021] };
    const shown = [{ id: 'a', rules: { 't3.row-total': 1 } }];
    expect(crossRuleSpread(shown, { a: old })).toEqual(ruleSpread([{ rules: { 't3.row-total': 1, 'cross.carry-over': 2 } }]));
  });

  it('countOf keeps every column of the break for the 结转不符 tag, and the org sum\'s finding (no figure) in the same break', () => {
    const f = crossYearFindings(y2022, all);
    const withOrg = [...f, { ...f[0]!, figure: null, message: '法人或其他组织' }];
    const c = countOf(withOrg, 2022);
    expect(c.problems).toBe(1);
    expect(c.carry!.map((x) => x.column)).toEqual(['natural', 'total', 'orgSubtotal']);
  });
});
