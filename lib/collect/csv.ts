/**
 * The collection as CSV, for a spreadsheet: one row per stored report, the descriptive columns
 * first, then one column per figure — the union of the figure names of every report, in the
 * template's order (lib/report/figure-order.ts, the batch checker's order), so that the same collection
 * always gives the same columns.
 *
 * - UTF-8 with a BOM: without it Excel reads UTF-8 as the ANSI code page and Chinese turns to
 *   mojibake.
 * - RFC 4180: CRLF line ends; a field holding a comma, quote, CR or LF is quoted, quotes doubled.
 * - CSV injection (OWASP "CSV Injection"): a text cell starting with = + - @, a tab or a CR is
 *   read by spreadsheets as a formula; such a cell gets a leading apostrophe. Titles and bodies
 *   come from web pages, so they are untrusted. Numbers are written as numbers (a negative
 *   本年增/减 stays -3, which no spreadsheet runs).
 * - Words: the dashboard names the columns and writes the verdict, template and times in the reader's
 *   language (`CsvWords`); without them (a script, a test) the columns keep their stable names.
 */
import { compareFigureNames } from '../report/figure-order.ts';
import type { StoredReport } from './record.ts';
import { crossCounts, type CrossCount } from './cross-count.ts';

export const CSV_BOM = '\uFEFF';

export const CSV_FIXED_COLUMNS = [
  'id', 'url', 'title', 'body', 'bodyKey', 'region', 'site', 'year', 'template', 'verdict', 'problems', 'crossYearProblems', 'findings',
  'revisions', 'firstSeen', 'lastSeen',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One text field, neutralised against formulas and quoted as RFC 4180 asks. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvText(value);
}

/** Every figure name that occurs in any report, in the template's order. */
export function figureColumns(reports: readonly Pick<StoredReport, 'figures'>[]): string[] {
  const names = new Set<string>();
  for (const r of reports) for (const n of Object.keys(r.figures)) names.add(n);
  return [...names].sort(compareFigureNames);
}

/**
 * How a spreadsheet reader is shown the file: a column's header from its stable name (a fixed
 * column's or a figure's), and the verdict, template and times as words and local times.
 */
export interface CsvWords {
  header(name: string): string;
  verdict(v: StoredReport['verdict']): string;
  template(template: string | null): string;
  time(iso: string): string;
}

const STABLE: CsvWords = { header: (n) => n, verdict: (v) => v, template: (x) => x ?? '', time: (iso) => iso };

/**
 * `cross`: each report's cross-year problems (lib/collect/cross-count.ts) against the whole
 * collection; without it, against the reports given. The verdict is the list's: 有问题 when there are
 * any; 问题数 stays the report's own and 跨年度问题数 says the rest, as the list's 问题数 cell does.
 */
export function reportsToCsv(reports: readonly StoredReport[], words: CsvWords = STABLE, cross: Readonly<Record<string, CrossCount>> = crossCounts(reports)): string {
  const figures = figureColumns(reports);
  const lines = [[...CSV_FIXED_COLUMNS, ...figures].map((n) => csvText(words.header(n))).join(',')];
  for (const r of reports) {
    const fixed: (string | number | null)[] = [
      r.id, r.url, r.title, r.body, r.bodyKeyOverride ?? r.bodyKey, r.region, r.site, r.year, r.template === null ? null : words.template(r.template),
      words.verdict(cross[r.id] ? 'problems' : r.verdict), r.problems, cross[r.id]?.problems ?? 0, r.findings.length, r.revisions.length, words.time(r.firstSeen), words.time(r.lastSeen),
    ];
    // a blank cell (null) and a figure the page does not have both come out empty; the JSON export tells them apart
    lines.push([...fixed, ...figures.map((n) => r.figures[n])].map(csvCell).join(','));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
