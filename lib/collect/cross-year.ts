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

export { regionsDisagree, sameBody, subsitesDisagree, type CrossYearSubject } from './neighbour.ts';

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

/** Table 二's rows with a stock (2021 template, 第（一）项): 现行有效件数 carried from year to year. */
export const IN_FORCE_ROWS = ['regulations', 'normativeDocs'] as const;
export type InForceRow = (typeof IN_FORCE_ROWS)[number];

export const IN_FORCE_ROW_NAME: Record<InForceRow, string> = {
  regulations: '规章',
  normativeDocs: '行政规范性文件',
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
    ...(last ? [...carryOver(subject, last), ...orgSum(subject, last, 'last'), ...identical(subject, last), ...inForce(subject, last, 'last')] : []),
    ...(next ? [...carryOverInto(subject, next), ...orgSum(subject, next, 'next'), ...identical(subject, next), ...inForce(subject, next, 'next')] : []),
  ];
}

/** 法人或其他组织 in one column (2019 template) against the five of the other year: their sum (org-sum.ts). */
function orgSum(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): CrossYearFinding[] {
  const o = orgSumCarryOver(now, other, direction);
  return o?.kind === 'fail' ? [o.finding] : [];
}

function link(other: CrossYearSubject): Pick<CrossYearFinding, 'otherId' | 'otherUrl' | 'otherYear'> {
  return { otherId: other.id, otherUrl: other.url, otherYear: other.year };
}

/** Per column: this year's 上年结转 = last year's 结转下年度. A blank on either side says nothing. */
export const carryOver = (now: CrossYearSubject, last: CrossYearSubject): CrossYearFinding[] => carryOverAgainst(now, last, 'last');

/**
 * The same check seen from last year's report: next year's 上年结转 against this report's
 * 结转下年度, per column. The figure is this report's; `actual` its value, `expected` what next
 * year's report carried over.
 */
export const carryOverInto = (now: CrossYearSubject, next: CrossYearSubject): CrossYearFinding[] => carryOverAgainst(now, next, 'next');

/**
 * The carry-over check between two consecutive years, from `now`'s side: `other` is the year
 * before ('last': now's 上年结转 against its 结转下年度) or after ('next': now's 结转下年度 against its
 * 上年结转). The figure and `actual` are always now's, `expected` the other report's.
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
      message:
        direction === 'last'
          ? `上年结转（${COLUMN_NAME[c]}）与上年报告不符：${now.year}年报告“二、上年结转”为${actual}，` +
            `${other.year}年报告“四、结转下年度继续办理”为${expected}`
          : `${other.year}年报告的上年结转（${COLUMN_NAME[c]}）与本报告结转下年度不符：${other.year}年报告“二、上年结转”为${expected}，` +
            `本报告（${now.year}年）“四、结转下年度继续办理”为${actual}`,
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
      message:
        `${now.year}年报告与${last.year}年报告的表三数字完全相同（${names.length}项，` +
        `本年新收申请均为${total === null ? '空白' : total}），可能沿用了上年的表格`,
      figure: null,
      expected: null,
      actual: null,
      ...link(last),
    },
  ];
}

/**
 * 现行有效件数 of 规章 and 行政规范性文件 against the year before or after (`direction`), row by row:
 * last year's stock plus this year's 制发 minus this year's 废止. A warning, never an error
 * (spec): documents also lapse (自然失效), are revised or are cleared out in a 清理 without being
 * counted as 废止. A cell that says so in a note ("55（含自然失效29件）") is no plain count of what
 * the other year counted: the row is not compared (crossYearSkips says so). Any of the four figures
 * blank or absent (the 2019 template has no 现行有效; a body without 规章 may leave the row blank)
 * says nothing. The figure and `actual` are always `now`'s 现行有效, `expected` what the other
 * report implies for it.
 */
export function inForce(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): CrossYearFinding[] {
  const out: CrossYearFinding[] = [];
  const [older, newer] = direction === 'last' ? [other, now] : [now, other];
  for (const row of IN_FORCE_ROWS) {
    const before = older.figures[`t2.${row}.inForce`];
    const made = newer.figures[`t2.${row}.newMade`];
    const abolished = newer.figures[`t2.${row}.abolished`];
    const after = newer.figures[`t2.${row}.inForce`];
    if (!isCount(before) || !isCount(made) || !isCount(abolished) || !isCount(after)) continue;
    // a figure whose cell says more than a count ("55（含自然失效29件）") is skipped (inForceSkips says so)
    if (notedInForce(older, newer, row) !== null) continue;
    const follows = before + made - abolished;
    if (follows === after) continue;
    const name = IN_FORCE_ROW_NAME[row];
    const why = '（文件自然失效、修订或清理未计入废止时也会不同）';
    out.push({
      rule: 'cross.in-force',
      severity: 'warning',
      message:
        direction === 'last'
          ? `${name}现行有效件数与上年报告不衔接：${older.year}年报告现行有效${before}件，加本年制发${made}件、减本年废止${abolished}件，` +
            `应为${follows}件，本报告为${after}件${why}`
          : `${newer.year}年报告的${name}现行有效件数与本报告不衔接：本报告（${older.year}年）现行有效${before}件，` +
            `加${newer.year}年制发${made}件、减废止${abolished}件，应为${follows}件，${newer.year}年报告为${after}件${why}`,
      figure: `t2.${row}.inForce`,
      expected: direction === 'last' ? follows : after - made + abolished,
      actual: direction === 'last' ? after : before,
      ...link(other),
    });
  }
  return out;
}

/** Table 二's columns of the stock rows, as the 2021 template heads them. */
const IN_FORCE_COLUMN_NAME = { inForce: '现行有效件数', newMade: '本年制发件数', abolished: '本年废止件数' } as const;

/**
 * The first of the four figures of a row's stock check whose cell carries a note (the older
 * report's 现行有效, the newer's 制发, 废止, 现行有效): its report's year, its column and the note.
 * "55（含自然失效29件）" counts what the other report's 55 may not: the stock is not compared.
 */
function notedInForce(older: CrossYearSubject, newer: CrossYearSubject, row: InForceRow): { year: number | null; column: string; note: string } | null {
  const figures: [CrossYearSubject, keyof typeof IN_FORCE_COLUMN_NAME][] = [[older, 'inForce'], [newer, 'newMade'], [newer, 'abolished'], [newer, 'inForce']];
  for (const [r, col] of figures) {
    const note = r.figureNotes?.[`t2.${row}.${col}`];
    if (note !== undefined) return { year: r.year, column: IN_FORCE_COLUMN_NAME[col], note };
  }
  return null;
}

/**
 * The stock checks (inForce) not made because a figure's cell carries a note, said as a "cannot
 * check": only where the four figures are there to compare.
 */
function inForceSkips(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): string[] {
  const [older, newer] = direction === 'last' ? [other, now] : [now, other];
  const out: string[] = [];
  for (const row of IN_FORCE_ROWS) {
    const four = [older.figures[`t2.${row}.inForce`], newer.figures[`t2.${row}.newMade`], newer.figures[`t2.${row}.abolished`], newer.figures[`t2.${row}.inForce`]];
    if (!four.every(isCount)) continue;
    const noted = notedInForce(older, newer, row);
    if (!noted) continue;
    const whose = noted.year === now.year ? '本报告' : `${noted.year}年报告`;
    out.push(
      `${other.year}年报告与本报告的${IN_FORCE_ROW_NAME[row]}现行有效件数未衔接核对：${whose}“${noted.column}”一栏注有“${noted.note}”，` +
        `不是与另一年同一口径的件数`,
    );
  }
  return out;
}

/** A stored figure that is a count: a blank (null), an absent field or a decimal is not. */
function isCount(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** A comparison with the year before or after that was not made, and why (a "cannot check"). */
export interface CrossYearSkip {
  otherYear: number;
  /** Chinese, says what was not compared and why */
  message: string;
  /** the reports it is about: the other year's, or this year's other report */
  otherIds: string[];
  /** their year */
  reportsYear: number;
}

const ORG_SUBTOTAL_NAME = '法人或其他组织（合计）';
/** The columns an orgSumCarryOver outcome covers, by the names unmatchedColumns gives them. */
const ORG_NAMES = new Set<string>([ORG_SUBTOTAL_NAME, ...(['commercial', 'research', 'social', 'legal', 'otherOrg'] as const).map((c) => COLUMN_NAME[c])]);

/**
 * What crossYearFindings could not compare, side by side with it: a year that holds two different
 * reports of the body (which one follows cannot be told), table-三 columns only one of the two
 * reports has (a 乡's table of 总计 alone), which are left out of the carry-over check, a
 * 2019-template table's one 法人或其他组织 column against 2021's five whose sum is not known (a blank
 * among the five; org-sum.ts compares it otherwise), and a 现行有效 stock one of whose figures
 * carries a note in its cell.
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
        message: n.own
          ? `同一单位名称下还有一份${subject.year}年的报告，数字与本报告不同，无法判断哪一份与${oy}年报告衔接，未与${oy}年报告核对`
          : `同一单位名称下有${n.reports.length}份数字不同的${oy}年报告，无法判断本报告与哪一份衔接，未与${oy}年报告核对`,
        otherIds: n.reports.map((r) => r.id),
        reportsYear: n.year,
      });
    } else if (n.kind === 'one') {
      const direction = step === -1 ? 'last' : 'next';
      // one 法人或其他组织 column against five is compared as their sum, or says why it was not
      const org = orgSumCarryOver(subject, n.report, direction);
      if (org?.kind === 'skip') out.push({ otherYear: oy, message: org.message, otherIds: [n.report.id], reportsYear: oy });
      for (const message of inForceSkips(subject, n.report, direction)) out.push({ otherYear: oy, message, otherIds: [n.report.id], reportsYear: oy });
      const cols = unmatchedColumns(subject, n.report, direction).filter((c) => org === null || !ORG_NAMES.has(c));
      if (cols.length > 0) {
        out.push({
          otherYear: oy,
          message: `${oy}年报告与本报告的表三列不同（${cols.join('、')}只见于一方），这些列的${step === -1 ? '上年结转' : '结转下年度'}未逐列核对`,
          otherIds: [n.report.id],
          reportsYear: oy,
        });
      }
    }
  }
  return out;
}

/** Applicant columns of the carry-over rows that one report has and the other does not. */
function unmatchedColumns(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): string[] {
  const [mine, theirs] = direction === 'last' ? (['carried', 'carriedForward'] as const) : (['carriedForward', 'carried'] as const);
  const names: string[] = [];
  for (const c of [...T3_COLUMNS.filter((x) => x !== 'total'), 'orgSubtotal'] as const) {
    const here = now.figures[`t3.${mine}.${c}`] !== undefined;
    const there = other.figures[`t3.${theirs}.${c}`] !== undefined;
    if (here !== there) names.push(c === 'orgSubtotal' ? ORG_SUBTOTAL_NAME : COLUMN_NAME[c]);
  }
  return names;
}
