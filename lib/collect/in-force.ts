/**
 * Table 二's stock across years (spec/report-format.md, table 二, 2021 template): 现行有效(Y) ≈
 * 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y) for 规章 and 行政规范性文件, a warning, never an error:
 * documents also lapse (自然失效), are revised or are cleared out in a 清理 without being counted as
 * 废止. A cell that says so in a note ("55（含自然失效29件）") is no plain count of what the other
 * report counted, and a record saved before notes were read cannot say (cell-notes.ts): such a row
 * is a skip with its reason, never a warning. Part of lib/collect/cross-year.ts's checks.
 */
import type { CrossYearFinding } from './record.ts';
import type { CrossYearSubject } from './neighbour.ts';
import { notesUnknown, unknownNotesMessage } from './cell-notes.ts';
import { crossNote, whoOf, type CrossNoted } from './cross-note-words.ts';

/** Table 二's rows with a stock (2021 template, 第（一）项): 现行有效件数 carried from year to year. */
export const IN_FORCE_ROWS = ['regulations', 'normativeDocs'] as const;
export type InForceRow = (typeof IN_FORCE_ROWS)[number];

export const IN_FORCE_ROW_NAME: Record<InForceRow, string> = {
  regulations: '规章',
  normativeDocs: '行政规范性文件',
};

/** Table 二's columns of the stock rows, as the 2021 template heads them. */
const IN_FORCE_COLUMN_NAME = { inForce: '现行有效件数', newMade: '本年制发件数', abolished: '本年废止件数' } as const;

/** How one row's stock came out: it follows (or says nothing), a warning, or a skip with its reason. */
type RowOutcome = { kind: 'none' } | { kind: 'finding'; finding: CrossYearFinding } | { kind: 'skip'; noted: CrossNoted };

/**
 * One row's stock against the year before or after (`direction`): last year's stock plus this
 * year's 制发 minus this year's 废止. Any of the four figures blank or absent (the 2019 template has
 * no 现行有效; a body without 规章 may leave the row blank) says nothing. A figure whose cell carries
 * a note is a skip naming it; a stock that does not follow while either report was saved before
 * notes were read is a skip too. The finding's figure and `actual` are always `now`'s 现行有效,
 * `expected` what the other report implies for it.
 */
function inForceRow(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next', row: InForceRow): RowOutcome {
  const [older, newer] = direction === 'last' ? [other, now] : [now, other];
  const before = older.figures[`t2.${row}.inForce`];
  const made = newer.figures[`t2.${row}.newMade`];
  const abolished = newer.figures[`t2.${row}.abolished`];
  const after = newer.figures[`t2.${row}.inForce`];
  if (!isCount(before) || !isCount(made) || !isCount(abolished) || !isCount(after)) return { kind: 'none' };
  const noted = notedInForce(older, newer, row);
  if (noted) return { kind: 'skip', noted: crossNote('inForceNoted', other.year!, row, whoOf(noted.report, now), noted.column, noted.note) };
  const follows = before + made - abolished;
  if (follows === after) return { kind: 'none' };
  if (notesUnknown(now) || notesUnknown(other)) return { kind: 'skip', noted: unknownNotesMessage(now, other, row) };
  return {
    kind: 'finding',
    finding: {
      rule: 'cross.in-force',
      severity: 'warning',
      ...crossNote(direction === 'last' ? 'inForceLast' : 'inForceNext', row, older.year!, newer.year!, before, made, abolished, follows, after),
      figure: `t2.${row}.inForce`,
      expected: direction === 'last' ? follows : after - made + abolished,
      actual: direction === 'last' ? after : before,
      otherId: other.id,
      otherUrl: other.url,
      otherYear: other.year,
    },
  };
}

/** 现行有效件数 of 规章 and 行政规范性文件 against the year before or after, row by row: the warnings. */
export function inForce(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): CrossYearFinding[] {
  return IN_FORCE_ROWS.flatMap((row) => {
    const o = inForceRow(now, other, direction, row);
    return o.kind === 'finding' ? [o.finding] : [];
  });
}

/** The stock checks (inForce) not made, each as its "cannot check" reason. */
export function inForceSkips(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): CrossNoted[] {
  return IN_FORCE_ROWS.flatMap((row) => {
    const o = inForceRow(now, other, direction, row);
    return o.kind === 'skip' ? [o.noted] : [];
  });
}

/**
 * The first of the four figures of a row's stock check whose cell carries a note (the older
 * report's 现行有效, the newer's 制发, 废止, 现行有效): its report, its column and the note.
 * "55（含自然失效29件）" counts what the other report's 55 may not: the stock is not compared.
 */
function notedInForce(older: CrossYearSubject, newer: CrossYearSubject, row: InForceRow): { report: CrossYearSubject; column: keyof typeof IN_FORCE_COLUMN_NAME; note: string } | null {
  const figures: [CrossYearSubject, keyof typeof IN_FORCE_COLUMN_NAME][] = [[older, 'inForce'], [newer, 'newMade'], [newer, 'abolished'], [newer, 'inForce']];
  for (const [r, col] of figures) {
    const note = r.figureNotes?.[`t2.${row}.${col}`];
    if (note !== undefined) return { report: r, column: col, note };
  }
  return null;
}

/** A stored figure that is a count: a blank (null), an absent field or a decimal is not. */
export function isCount(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
