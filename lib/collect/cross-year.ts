/**
 * Checks across two reports of one body (spec/report-format.md, "Across reports"): this year's
 * 二、上年结转 must equal last year's 四、结转下年度继续办理, column by column; two years whose
 * table 三 is identical figure for figure are suspicious (a copied table); and on the 2021 template
 * the stock of 规章 and 行政规范性文件 should follow from last year's (spec, table 二: 现行有效(Y) ≈
 * 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y), a warning, never an error). Computed on read from the
 * collection, never stored: a report collected later changes the answer.
 *
 * Each pair is checked from both sides: a report meets its last year's report and its next year's,
 * so the older page says too that the next year's 上年结转 does not follow from its 结转下年度.
 *
 * Rules as data, like lib/rules: each declares its id, severity and the figures it reads.
 */
import type { CrossYearFinding } from './record.ts';
import { neighbourOf, type CrossYearSubject } from './neighbour.ts';
import { orgSumCarryOver } from './org-sum.ts';
import { IN_FORCE_ROWS, inForce, inForceSkips } from './in-force.ts';
import { textChanges } from './text-change.ts';
import { notesUnknown, unknownNotesMessage } from './cell-notes.ts';
import { crossNote, whoOf, type CrossNoted } from './cross-note-words.ts';

export { regionsDisagree, sameBody, subsitesDisagree, type CrossYearSubject } from './neighbour.ts';
export { IN_FORCE_ROW_NAME, IN_FORCE_ROWS, inForce, type InForceRow } from './in-force.ts';

export const T3_COLUMNS = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'] as const;
export type T3Column = (typeof T3_COLUMNS)[number];

export const COLUMN_NAME: Record<T3Column, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他法人或其他组织',
  total: '总计',
};

export const CROSS_RULES = [
  {
    id: 'cross.carry-over',
    severity: 'error',
    title: '上年结转与上年报告的结转下年度一致',
    // a 2019-template 法人或其他组织 in one column (orgSubtotal) against the five's sum (org-sum.ts)
    reads: [...T3_COLUMNS, 'orgSubtotal'].flatMap((c) => [`t3.carried.${c}`, `(上年) t3.carriedForward.${c}`]),
  },
  {
    id: 'cross.identical-figures',
    severity: 'warning',
    title: '两年的表三数字不应完全相同',
    reads: ['t3.*', '(上年) t3.*'],
  },
  {
    id: 'cross.text-change',
    severity: 'warning',
    title: '正文所称较上年增减与上年报告一致',
    reads: ['text: 较上年增加/减少/增长/下降（申请件数）', '(上年) t3.new.total', '(上年) t3.carried.total'],
  },
  {
    id: 'cross.in-force',
    severity: 'warning',
    title: '现行有效件数与上年报告衔接（上年现行有效 + 本年制发 − 本年废止）',
    reads: IN_FORCE_ROWS.flatMap((r) => [`t2.${r}.inForce`, `t2.${r}.newMade`, `t2.${r}.abolished`, `(上年) t2.${r}.inForce`]),
  },
] as const;

/**
 * Identical table 三 is only suspicious when it says something: a body with no or one application
 * a year legitimately repeats its all-zero table. At least this many non-zero figures of its own
 * (leafFigure): one application 予以公开 is six non-zero cells once 总计 and （七）总计 repeat it.
 */
export const IDENTICAL_MIN_NONZERO = 6;

/** Table 三's rows that are no sum of others: 一, 二, 四 and the results' items (（一）, （二）, 1., 2., …). */
const LEAF_ROW = /^t3\.(?:new|carried|carriedForward|granted|partial|(?:denied|unable|notProcessed|other)\.\w+)\.\w+$/u;
/** Sums of other columns: 总计 and a 法人或其他组织 小计. */
const SUM_COLUMN = /\.(?:total|orgSubtotal)$/u;

/**
 * The figures of table 三 that no other figure restates: its item rows in the applicants' columns
 * (or in 总计 when the table has no applicant column, as a 乡 that kept only 总计).
 */
export function leafFigures(names: readonly string[]): string[] {
  const rows = names.filter((k) => LEAF_ROW.test(k));
  const own = rows.filter((k) => !SUM_COLUMN.test(k));
  return own.length > 0 ? own : rows.filter((k) => k.endsWith('.total'));
}

/** Last year's report of the same body among the others: same effective key, year − 1, newest sighting. */
export const lastYearOf = <T extends CrossYearSubject>(subject: T, others: readonly T[]): T | null => oneOf(neighbourOf(subject, others, -1));

/** Next year's report of the same body: same effective key, year + 1, newest sighting. */
export const nextYearOf = <T extends CrossYearSubject>(subject: T, others: readonly T[]): T | null => oneOf(neighbourOf(subject, others, 1));

const oneOf = <T>(n: { kind: string; report?: T }): T | null => (n.kind === 'one' ? n.report! : null);

/**
 * The cross-year findings of one report against the rest of the collection: against last year's
 * report, then against next year's.
 */
export function crossYearFindings(subject: CrossYearSubject, others: readonly CrossYearSubject[]): CrossYearFinding[] {
  if (subject.year === null) return [];
  const last = lastYearOf(subject, others);
  const next = nextYearOf(subject, others);
  return [
    ...(last ? [...carryOverOutcome(subject, last, 'last').findings, ...identical(subject, last), ...inForce(subject, last, 'last'), ...textChanges(subject, last, 'last')] : []),
    ...(next ? [...carryOverOutcome(subject, next, 'next').findings, ...identical(subject, next), ...inForce(subject, next, 'next'), ...textChanges(subject, next, 'next')] : []),
  ];
}

/** The carry-over rows of table 三 (their words: cross-note-words.ts). */
type CarryRow = 'carried' | 'carriedForward';

/**
 * The carry-over between `now` and the year before ('last') or after ('next'), column by column
 * (carryOverAgainst) and 法人或其他组织 as one column against five (org-sum.ts): the findings, or
 * why it was not compared. A row either side carries with a note in any of its cells
 * ("3（含上年度未办结复议1件）" in 总计) counts what the other year's row may not: nothing of the row
 * is compared, and the skip names the note. Figures that disagree while a report was saved before
 * notes were read (cell-notes.ts) are a skip too: its cell may have had one.
 */
function carryOverOutcome(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): CarryOutcome {
  const [mine, theirs] = direction === 'last' ? (['carried', 'carriedForward'] as const) : (['carriedForward', 'carried'] as const);
  if (!hasRow(now, mine) || !hasRow(other, theirs)) return { findings: [], skip: null, noted: false };
  const noted = rowNote(now, mine, now) ?? rowNote(other, theirs, now);
  if (noted) return { findings: [], skip: crossNote('carryNoted', other.year!, direction, noted.who, noted.row, noted.column, noted.note), noted: true };
  const org = orgSumCarryOver(now, other, direction);
  const findings = [...carryOverAgainst(now, other, direction), ...(org?.kind === 'fail' ? [org.finding] : [])];
  if (findings.length > 0 && (notesUnknown(now) || notesUnknown(other))) return { findings: [], skip: unknownNotesMessage(now, other, direction), noted: false };
  return { findings, skip: null, noted: false };
}

/** `noted`: the row was not compared at all, for a note in one of its cells. */
type CarryOutcome = { findings: CrossYearFinding[]; skip: CrossNoted | null; noted: boolean };

const hasRow = (r: CrossYearSubject, row: CarryRow): boolean => Object.keys(r.figures).some((k) => k.startsWith(`t3.${row}.`));

/** The first cell of a carry-over row that carries a note, said as "2020年报告“四、结转下年度继续办理”（总计）一栏注有“…”": whose, where, what. */
function rowNote(r: CrossYearSubject, row: CarryRow, now: CrossYearSubject): { who: string | number; row: CarryRow; column: string; note: string } | null {
  const notes = r.figureNotes;
  if (!notes) return null;
  for (const c of [...T3_COLUMNS, 'orgSubtotal'] as const) {
    const note = notes[`t3.${row}.${c}`];
    if (note === undefined) continue;
    return { who: whoOf(r, now), row, column: c, note };
  }
  return null;
}

function link(other: CrossYearSubject): Pick<CrossYearFinding, 'otherId' | 'otherUrl' | 'otherYear'> {
  return { otherId: other.id, otherUrl: other.url, otherYear: other.year };
}

/**
 * The carry-over check between two consecutive years, from `now`'s side, per column: `other` is the
 * year before ('last': now's 上年结转 against its 结转下年度) or after ('next': now's 结转下年度 against
 * its 上年结转, the check seen from last year's report). A blank on either side says nothing. The
 * figure and `actual` are always now's, `expected` the other report's.
 */
function carryOverAgainst(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): CrossYearFinding[] {
  const out: CrossYearFinding[] = [];
  const [mine, theirs] = direction === 'last' ? (['carried', 'carriedForward'] as const) : (['carriedForward', 'carried'] as const);
  for (const c of T3_COLUMNS) {
    const actual = now.figures[`t3.${mine}.${c}`];
    const expected = other.figures[`t3.${theirs}.${c}`];
    if (actual === undefined || actual === null || expected === undefined || expected === null) continue;
    if (actual === expected) continue;
    out.push({
      rule: 'cross.carry-over',
      severity: 'error',
      ...crossNote(direction === 'last' ? 'carryLast' : 'carryNext', c, now.year!, actual, other.year!, expected),
      figure: `t3.${mine}.${c}`,
      expected,
      actual,
      ...link(other),
    });
  }
  return out;
}

/**
 * Every table-三 figure both years have is the same, and enough of its own figures (not totals)
 * are non-zero to mean it. `last` is the other year's report, the year before or after.
 */
export function identical(now: CrossYearSubject, last: CrossYearSubject): CrossYearFinding[] {
  const names = Object.keys(now.figures).filter((k) => k.startsWith('t3.'));
  const lastNames = Object.keys(last.figures).filter((k) => k.startsWith('t3.'));
  if (names.length === 0 || names.length !== lastNames.length) return [];
  for (const k of names) {
    if (last.figures[k] === undefined || now.figures[k] !== last.figures[k]) return [];
  }
  // totals restate their parts: a table of one application would count six times over
  const nonZero = leafFigures(names).filter((k) => now.figures[k] !== null && now.figures[k] !== 0).length;
  if (nonZero < IDENTICAL_MIN_NONZERO) return [];
  const total = now.figures['t3.new.total'] ?? null;
  return [
    {
      rule: 'cross.identical-figures',
      severity: 'warning',
      ...crossNote('identical', now.year!, last.year!, names.length, total === null ? '' : total),
      figure: null,
      expected: null,
      actual: null,
      ...link(last),
    },
  ];
}

/** A comparison with the year before or after that was not made, and why (a "cannot check"). */
export interface CrossYearSkip {
  otherYear: number;
  /** Chinese, says what was not compared and why */
  message: string;
  /** its code and figures (cross-note-words.ts), for the UI's language; absent from a build before them */
  note?: { code: string; args: (string | number)[] };
  /** the reports it is about: the other year's, or this year's other report */
  otherIds: string[];
  /** their year */
  reportsYear: number;
}

/** The columns an orgSumCarryOver outcome covers. */
const ORG_COLUMNS = new Set<string>(['orgSubtotal', 'commercial', 'research', 'social', 'legal', 'otherOrg']);

/**
 * What crossYearFindings could not compare, side by side with it: a year that holds two different
 * reports of the body (which one follows cannot be told), table-三 columns only one of the two
 * reports has (a 乡's table of 总计 alone), which are left out of the carry-over check, a
 * 2019-template table's one 法人或其他组织 column against 2021's five whose sum is not known (a blank
 * among the five; org-sum.ts compares it otherwise), a carry-over row or a 现行有效 stock one of whose
 * figures carries a note in its cell, and figures that disagree where a report was saved before the
 * collection read notes (cell-notes.ts).
 */
export function crossYearSkips(subject: CrossYearSubject, others: readonly CrossYearSubject[]): CrossYearSkip[] {
  if (subject.year === null) return [];
  const out: CrossYearSkip[] = [];
  for (const step of [-1, 1] as const) {
    const n = neighbourOf(subject, others, step);
    const oy = subject.year + step;
    if (n.kind === 'ambiguous') {
      out.push({
        otherYear: oy,
        ...(n.own ? crossNote('ambiguousOwn', subject.year, oy) : crossNote('ambiguous', n.reports.length, oy)),
        otherIds: n.reports.map((r) => r.id),
        reportsYear: n.year,
      });
    } else if (n.kind === 'one') {
      const direction = step === -1 ? 'last' : 'next';
      const skip = (noted: CrossNoted) => out.push({ otherYear: oy, ...noted, otherIds: [n.report.id], reportsYear: oy });
      // a carry-over row with a note in a cell is not compared at all; figures that disagree with a report saved before notes were read are not either
      const carry = carryOverOutcome(subject, n.report, direction);
      if (carry.skip !== null) skip(carry.skip);
      // one 法人或其他组织 column against five is compared as their sum, or says why it was not
      const org = orgSumCarryOver(subject, n.report, direction);
      if (org?.kind === 'skip' && !carry.noted) skip({ message: org.message, note: org.note });
      for (const noted of inForceSkips(subject, n.report, direction)) skip(noted);
      const cols = carry.noted ? [] : unmatchedColumns(subject, n.report, direction).filter((c) => org === null || !ORG_COLUMNS.has(c));
      if (cols.length > 0) skip(crossNote('columnsDiffer', oy, direction, ...cols));
    }
  }
  return out;
}

/** Applicant columns of the carry-over rows that one report has and the other does not (their keys). */
function unmatchedColumns(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): string[] {
  const [mine, theirs] = direction === 'last' ? (['carried', 'carriedForward'] as const) : (['carriedForward', 'carried'] as const);
  const names: string[] = [];
  for (const c of [...T3_COLUMNS.filter((x) => x !== 'total'), 'orgSubtotal'] as const) {
    const here = now.figures[`t3.${mine}.${c}`] !== undefined;
    const there = other.figures[`t3.${theirs}.${c}`] !== undefined;
    if (here !== there) names.push(c);
  }
  return names;
}
