/**
 * A revision's cross-year problems before and after (dash98: a revision said "问题数 0 → 0", the report's own findings,
 * while the break of 结转 it mended with last year's report went 2 → 0). Computed on read, as every cross-year answer
 * is (cross-year.ts): the report's figures as each revision found them (the newest undone first, a revision's
 * `figures` holding each changed figure before and after) against the neighbours collected now. A revision that kept
 * no figure (migrate.ts: the text only) compares the same figures on both sides.
 */
import { crossYearFindings, type CrossYearSubject } from './cross-year.ts';
import { crossProblemCount } from './cross-problems.ts';
import type { Revision } from './record.ts';

export interface RevisionCross {
  /** the revision's time (Revision.at) */
  at: string;
  /** cross-year problems with the figures before the revision, and after it */
  before: number;
  after: number;
}

/** Each revision's cross-year problems before and after, in the record's order (oldest first). */
export function revisionCross(record: CrossYearSubject & { revisions: readonly Revision[] }, others: readonly CrossYearSubject[]): RevisionCross[] {
  const count = (figures: Record<string, number | null>) => crossProblemCount(crossYearFindings({ ...record, figures }, others));
  const out: RevisionCross[] = [];
  let figures: Record<string, number | null> = { ...record.figures };
  let after = count(figures);
  for (let i = record.revisions.length - 1; i >= 0; i--) {
    const rev = record.revisions[i]!;
    if (rev.figures.length > 0) {
      figures = { ...figures };
      for (const c of rev.figures) {
        if (c.before === null) delete figures[c.name];
        else figures[c.name] = c.before;
      }
    }
    const before = rev.figures.length > 0 ? count(figures) : after;
    out.unshift({ at: rev.at, before, after });
    after = before;
  }
  return out;
}
