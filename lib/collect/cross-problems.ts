/**
 * How a report's cross-year findings count as problems, for every place that says a number of them: the dashboard's list
 * (cross-count.ts), its 问题分布 (chart-data.ts crossRuleSpread), a report's detail and the panel. Its own module so that
 * the content script counts as the dashboard does without the collection's body keys.
 */
import type { CrossYearFinding } from './record.ts';

const isProblem = (f: CrossYearFinding): boolean => f.severity === 'error' || f.severity === 'warning';

/**
 * The problems of a report's cross-year findings by the other report and rule. One break of 结转 between two years is one
 * problem however many columns it holds (dash98: 自然人 and 总计 broken together were two findings a side, and
 * 问题分布 said "4 处 · 2 份年报" for one break): cross.carry-over counts once per other report, its columns listed
 * inside it (CarryColumn, the findings themselves); every other rule a finding each.
 */
export function crossProblemsByOther(findings: readonly CrossYearFinding[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const f of findings) {
    if (!isProblem(f)) continue;
    const rules = (out[f.otherId] ??= {});
    rules[f.rule] = f.rule === 'cross.carry-over' ? 1 : (rules[f.rule] ?? 0) + 1;
  }
  return out;
}

/** How many cross-year problems a report has (the list's, the detail's and the panel's count): a break of 结转 once. */
export function crossProblemCount(findings: readonly CrossYearFinding[]): number {
  let n = 0;
  for (const rules of Object.values(crossProblemsByOther(findings))) for (const k of Object.values(rules)) n += k;
  return n;
}

/**
 * The findings as problems: a break of 结转 with one report is one item (dash98: 自然人 and 总计 broken together stood as
 * two problems), its columns listed inside it, each with its figures; every other finding an item of its own.
 */
export function crossItems(findings: readonly CrossYearFinding[]): CrossYearFinding[][] {
  const out: CrossYearFinding[][] = [];
  const carry = new Map<string, CrossYearFinding[]>();
  for (const f of findings) {
    if (f.rule !== 'cross.carry-over') {
      out.push([f]);
      continue;
    }
    const group = carry.get(f.otherId);
    if (group) group.push(f);
    else {
      const g = [f];
      carry.set(f.otherId, g);
      out.push(g);
    }
  }
  return out;
}
