/**
 * Those answered within the time limit, said as a count: "按时办结64件", "按期答复65件", "在法定期限内办结65件" (rt50). They are
 * a part of those answered, table 三's 办理结果总计: no claim of the row (fewer may be true, some answered late), and were
 * never compared — but one over every reading of the row is wrong whatever else is meant (a flow's "按时办结454件" of
 * recall49 is read with no table; with one, 按时办结64件 beside 办结63件 was silent).
 */
import type { TextFigure } from './figures-in-text.ts';
import { APPLY_MEASURES } from './measures.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { compare, type VsTableInput } from './vs-table-compare.ts';

/** The clause up to the figure ends on answered within the time: not 按时办结率, not 延期/逾期, not "按时办结的人大建议". */
const IN_TIME = /(?:按时|按期|如期|(?:法定|规定)(?:的)?(?:期限|时限)内|(?:期限|时限)内)(?:依法)?(?:予以)?(?:办结|答复|办理完毕|答复完毕)(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:共|共计|合计)?$/;

/** A failed outcome where a count answered within the time is more than every reading of 办理结果总计, else null. */
export function inTimeOverAnswered(clause: string, f: TextFigure, quote: string, input: VsTableInput): ClaimOutcome | null {
  if (f.unit !== '件' || f.paren !== null || !IN_TIME.test(clause.trim())) return null;
  const processed = APPLY_MEASURES.find((m) => m.id === 'processed');
  if (!processed) return null;
  const o = compare({ ...processed, subItem: true }, f, quote, input);
  return o.check.outcome === 'fail' ? o : null;
}
