/**
 * A count carried on (or in) with another such count beside it (rt45: "结转下年度2件，另有1件正在办理中"; recall45:
 * "上年结转4件，另1件因补正延期至2023年答复"): it is one part of the table's row, so it is no claim of the whole,
 * unless it alone is more than the table's figure. Then it is an error all the same, and its message says that
 * the text's figure is only a part. Part of text-vs-table.ts's comparison.
 */
import type { ClaimOutcome } from './narrative-types.ts';

export function asCarriedPart(outcome: ClaimOutcome, measureId: string, value: number): ClaimOutcome | null {
  const expected = outcome.finding?.expected;
  if ((measureId !== 'carriedForward' && measureId !== 'carried') || outcome.check.outcome !== 'fail' || expected === undefined || value <= expected) return null;
  return {
    check: { ...outcome.check, detail: `${outcome.check.detail}（正文另有同样结转的申请，此数只是其中一部分，但已多于表中的数）` },
    finding: outcome.finding && { ...outcome.finding, message: `${outcome.finding.message.replace(/。$/, '')}；正文另有同样结转的申请，此数只是其中一部分，单这一部分已多于表中的数。` },
  };
}
