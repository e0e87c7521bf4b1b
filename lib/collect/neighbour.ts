/**
 * Which report is the same body's other year (lib/collect/cross-year.ts compares them): the same
 * effective key (body.ts), names whose regions and hosts whose subsites do not disagree, and one
 * report in each of the two years.
 */
import { effectiveBodyKey, subsiteOf } from './body.ts';
import type { LastYearClaim } from '../narrative/last-year-claims.ts';

/** What the checks read of a stored report (StoredReport satisfies it). */
export interface CrossYearSubject {
  id: string;
  url: string;
  year: number | null;
  bodyKey: string | null;
  bodyKeyOverride: string | null;
  figures: Record<string, number | null>;
  lastSeen: string;
  /**
   * 省/市/区县 as the body's name tells (regionOf), when known. A town's key drops its county
   * (城关镇 is 城关镇 whether or not the title names 甘谷县), so two keys that agree may still be
   * two counties' towns: their regions then disagree.
   */
  region?: string | null;
  /** the hostname the report was read from, when known (a saved file may not tell) */
  site?: string | null;
  /**
   * the figures whose cell carries a note beside the figure ("55（含自然失效29件）"), by name: not
   * plain counts, so not carried from year to year (cell-notes.ts). Absent: none (a page just read).
   * null: not known, a stored record saved before the collection kept notes; a comparison with it
   * that disagrees is not made.
   */
  figureNotes?: Readonly<Record<string, string>> | null;
  /** the text's changes against last year with last year's figure unsaid (text-change.ts); absent: none known */
  lastYearClaims?: readonly LastYearClaim[];
}

/**
 * Two regions that cannot be one body's: both known and neither a tail of the other ("广州市云溪区"
 * and "云溪区" agree; "岳池县" and "乐至县" do not).
 */
export function regionsDisagree(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  return !a.endsWith(b) && !b.endsWith(a);
}

/**
 * Two subjects are one body: the same effective key, and, unless the user joined them by hand,
 * regions and subsites that do not disagree.
 */
export function sameBody(a: CrossYearSubject, b: CrossYearSubject): boolean {
  const key = effectiveBodyKey(a);
  if (key === null || effectiveBodyKey(b) !== key) return false;
  if (a.bodyKeyOverride !== null || b.bodyKeyOverride !== null) return true;
  return !regionsDisagree(a.region, b.region) && !subsitesDisagree(a.site, b.site);
}

/**
 * Two hosts under one registrable site that name different subsites: two counties' portals under
 * their city's (gangu.tianshui.gov.cn, qinan.tianshui.gov.cn), whose 城关镇 share a key. A host
 * that names none (www., zwgk.) or an unknown one disagrees with nothing.
 */
export function subsitesDisagree(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const [sa, sb] = [subsiteOf(a), subsiteOf(b)];
  return sa !== '' && sb !== '' && sa !== sb;
}

/**
 * The same body's report of year + `step` among the others (sameBody), newest sighting of it; or
 * why there is none to compare with. Ambiguous when either year holds two different reports of the
 * body (figures that differ: two bodies under one key, as a 区政府办公室's own report beside its
 * government's, or a report and its correction at another address): which one the other year
 * follows cannot be told, so nothing is compared. Copies of one report (saved twice, reached from
 * two URLs) are one report.
 */
export function neighbourOf<T extends CrossYearSubject>(
  subject: T,
  others: readonly T[],
  step: 1 | -1,
  /** are two reports one report? (the dashboard's list, which has only summaries, asks by fingerprint) */
  same: (a: T, b: T) => boolean = sameFigures,
): Neighbour<T> {
  if (subject.year === null) return { kind: 'none' };
  const year = subject.year + step;
  const body = others.filter((o) => o.id !== subject.id && sameBody(subject, o));
  const there = body.filter((o) => o.year === year);
  if (there.length === 0) return { kind: 'none' };
  const twins = body.filter((o) => o.year === subject.year && !same(o, subject));
  if (twins.length > 0) return { kind: 'ambiguous', year: subject.year, own: true, reports: twins };
  let best = there[0]!;
  for (const o of there) {
    if (!same(o, best)) return { kind: 'ambiguous', year, own: false, reports: there };
    if (o.lastSeen > best.lastSeen) best = o;
  }
  return { kind: 'one', report: best };
}

/** `ambiguous`: `own` when the subject's year holds another report of the body (`reports`), else
 * the other year holds two or more (`reports`, all of them). */
export type Neighbour<T> = { kind: 'none' } | { kind: 'one'; report: T } | { kind: 'ambiguous'; year: number; own: boolean; reports: T[] };

/** Two reports whose figures are all the same: one report, seen twice. */
export function sameFigures(a: CrossYearSubject, b: CrossYearSubject): boolean {
  const ka = Object.keys(a.figures);
  return ka.length === Object.keys(b.figures).length && ka.every((k) => k in b.figures && a.figures[k] === b.figures[k]);
}
