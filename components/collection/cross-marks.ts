/**
 * The collection's cross-year findings as the page marks know findings (components/page-marks.ts),
 * so that one click on such a finding in the panel scrolls to what it is about on this page, as a
 * click on the report's own findings does: the cell of the figure it names (上年结转 against last
 * year's 结转下年度, 本年新收 against next year's text), or the sentence it quotes (the text's change
 * against last year, cross.text-change).
 *
 * The cell is marked as flagged, never as the suspect: a difference between two reports does not
 * say which of the two is wrong, and no "应为" is offered for it.
 */
import type { CrossYearFinding } from '../../lib/collect/record.ts';
import type { FindingOut } from '../../lib/report/schema.ts';
import type { CellRef } from '../../lib/types.ts';

/**
 * Each cross-year finding that names something on this page, as a finding to mark; those that name
 * nothing here (identical figures across years: the whole table) are left out. Keyed by the
 * finding itself, so the panel finds the marks of the very finding it lists.
 */
export function crossTargets(
  cross: readonly CrossYearFinding[],
  figureRefs: Readonly<Record<string, CellRef>>,
): Map<CrossYearFinding, FindingOut> {
  const out = new Map<CrossYearFinding, FindingOut>();
  for (const f of cross) {
    const ref = f.figure !== null && Object.hasOwn(figureRefs, f.figure) ? figureRefs[f.figure]! : null;
    const quote = f.quote !== undefined && f.quote.trim() !== '' ? f.quote : null;
    if (!ref && !quote) continue;
    out.set(f, { rule: f.rule, severity: f.severity, message: f.message, cells: ref ? [ref] : [], suspect: null, quote });
  }
  return out;
}
