/**
 * What the cross-year tests of the text's changes share (last-year-claims.test.ts, last-year-claims-cases.test.ts): one
 * body's report of a year as the collection's checks see it, and the cross.text-change findings of a claim of this
 * year's report against last year's, from both sides.
 */
import { crossYearFindings, type CrossYearSubject } from '../../lib/collect/cross-year.ts';
import type { CrossYearFinding } from '../../lib/collect/record.ts';
import type { LastYearClaim } from '../../lib/narrative/last-year-claims.ts';

export const subject = (year: number, figures: Record<string, number | null>, over: Partial<CrossYearSubject> = {}): CrossYearSubject => ({
  id: `https://www.example.gov.cn/ndbg/${year}.html`,
  url: `https://www.example.gov.cn/ndbg/${year}.html`,
  year,
  bodyKey: '示例区司法局@example.gov.cn',
  bodyKeyOverride: null,
  figures,
  figureNotes: {},
  lastSeen: `${year + 1}-02-01T00:00:00.000Z`,
  ...over,
});

/** 2024's claim `c` (its figures `now`) against 2023's figures `last`: the findings on 2024's report (mine) and on 2023's (theirs). */
export function textChangeFindings(
  now: Record<string, number | null>,
  c: LastYearClaim,
  last: Record<string, number | null>,
  lastOver: Partial<CrossYearSubject> = {},
): { mine: CrossYearFinding[]; theirs: CrossYearFinding[] } {
  const newer = subject(2024, now, { lastYearClaims: [c] });
  const before = subject(2023, last, lastOver);
  const mine = crossYearFindings(newer, [before]).filter((f) => f.rule === 'cross.text-change');
  const theirs = crossYearFindings(before, [newer]).filter((f) => f.rule === 'cross.text-change');
  return { mine, theirs };
}
