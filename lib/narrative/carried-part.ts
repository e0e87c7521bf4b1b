/**
 * A count carried on (or in) with another such count beside it (rt45: "结转下年度2件，另有1件正在办理中"; recall45:
 * "上年结转4件，另1件因补正延期至2023年答复"): it is one part of the table's row, so it is no claim of the whole,
 * unless it alone is more than the table's figure. Then it is an error all the same, and its message says that
 * the text's figure is only a part. Part of text-vs-table.ts's comparison.
 */
import type { ClaimOutcome } from './narrative-types.ts';
import { part, restated, skipWith } from './note-words.ts';

export function asCarriedPart(outcome: ClaimOutcome, measureId: string, value: number, open = false): ClaimOutcome | null {
  const expected = outcome.finding?.expected;
  // (`open`: the other count is only said to be open, or closed after the year's end — "结转下年度2件，另有2件正在办理中",
  // "…，另1件已于1月办结" (recall48). Table 三 may count it as carried on or not, so it is never added: the carried count is
  // checked alone, a pass where it fits, a skip where it is fewer)
  if (open && measureId === 'carriedForward' && (outcome.check.outcome === 'pass' || (expected !== undefined && value < expected))) {
    return outcome.check.outcome === 'pass' ? outcome : { check: skipWith(outcome.check, 'carriedOpenBeside') };
  }
  if ((measureId !== 'carriedForward' && measureId !== 'carried') || outcome.check.outcome !== 'fail' || expected === undefined || value <= expected) return null;
  const other = open ? '尚在办理或次年才办结的申请，此数可能只是其中一部分' : '同样结转的申请，此数只是其中一部分';
  const otherCode = open ? 'otherOpen' : 'otherCarried';
  return {
    check: { ...outcome.check, detail: `${outcome.check.detail}（正文另有${other}，但已多于表中的数）` },
    finding: outcome.finding && restated(outcome.finding, 'alsoOther', part(otherCode)),
  };
}
