/**
 * One mistake, one finding (recall40, hunt39c's misses): a list of results between its whole and a
 * closing total ("全年办结63件，其中予以公开32件，…其他处理1件，共计63件") is read twice, under the whole
 * and under the total; where the same items fail against the same figure both times, the second reading
 * says nothing the first did not, and is dropped.
 */
import type { TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import type { PartsGroup } from './parts-sum.ts';

export interface FailedLists { parts: readonly TextFigure[]; expected: number | undefined; actual: number | undefined }

/** Has this failed reading been told already (same items, same figures)? Records it when not. */
export function failedTwice(seen: FailedLists[], o: ClaimOutcome & { group: PartsGroup }): boolean {
  if (o.check.outcome !== 'fail' || !o.finding) return false;
  const parts = o.group.parts.map((p) => p.f);
  const { expected, actual } = o.finding;
  const same = (x: FailedLists): boolean => x.expected === expected && x.actual === actual && x.parts.length === parts.length && x.parts.every((f, k) => f === parts[k]);
  if (seen.some(same)) return true;
  seen.push({ parts, expected, actual });
  return false;
}
