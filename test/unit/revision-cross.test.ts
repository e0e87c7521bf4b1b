/**
 * A revision's cross-year problems before and after (dash98: "问题数 0 → 0" stood over a revision that mended a break of
 * 结转 with last year's report, its cross-year count 2 → 0, now 1 → 0 as one break is one problem).
 */
import { describe, expect, it } from 'vitest';
import { revisionCross } from '../../lib/collect/revision-cross.ts';
import type { Revision } from '../../lib/collect/record.ts';
import { subject } from './cross-year-subject.ts';

const rev = (at: string, figures: Revision['figures']): Revision => ({ at, fingerprintBefore: 'a', fingerprintAfter: 'b', figures, findingsBefore: 0, findingsAfter: 0 });
const last = subject(2021, { 't3.carriedForward.natural': 3, 't3.carriedForward.total': 4 });

describe('revisionCross', () => {
  it('undoes the newest revision first: broken, mended, broken again', () => {
    const now = subject(2022, { 't3.carried.natural': 3, 't3.carried.total': 5 });
    const revisions = [
      rev('2026-01-01', [{ name: 't3.carried.natural', before: 5, after: 3 }, { name: 't3.carried.total', before: 6, after: 4 }]),
      rev('2026-02-01', [{ name: 't3.carried.total', before: 4, after: 5 }]),
    ];
    expect(revisionCross({ ...now, revisions }, [last])).toEqual([
      { at: '2026-01-01', before: 1, after: 0 },
      { at: '2026-02-01', before: 0, after: 1 },
    ]);
  });

  it('a revision of the text alone compares the same figures on both sides; no neighbour, 0 → 0', () => {
    const now = subject(2022, { 't3.carried.natural': 5, 't3.carried.total': 6 });
    expect(revisionCross({ ...now, revisions: [rev('2026-01-01', [])] }, [last])).toEqual([{ at: '2026-01-01', before: 1, after: 1 }]);
    expect(revisionCross({ ...now, revisions: [rev('2026-01-01', [{ name: 't3.carried.total', before: 4, after: 6 }])] }, [])).toEqual([{ at: '2026-01-01', before: 0, after: 0 }]);
  });

  it('a figure the revision added (before: absent) is absent before it, not a 0', () => {
    const now = subject(2022, { 't3.carried.natural': 3, 't3.carried.total': 4 });
    const added = rev('2026-01-01', [{ name: 't3.carried.natural', before: null, after: 3 }, { name: 't3.carried.total', before: null, after: 4 }]);
    expect(revisionCross({ ...now, revisions: [added] }, [last])).toEqual([{ at: '2026-01-01', before: 0, after: 0 }]);
  });
});
