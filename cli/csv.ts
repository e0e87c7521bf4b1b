/**
 * `--csv FILE`: the key figures of every checked file, one row per file, for a spreadsheet.
 * UTF-8 with a BOM (without it Excel reads UTF-8 as the ANSI code page and the Chinese turns to
 * mojibake), RFC 4180: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, and
 * a quote inside doubled.
 *
 * Columns: file, isReport, year, agency, template, errors, warnings, then every figure name that
 * occurs in any file, in the order of lib/report/figure-order.ts. A blank cell and an absent figure both
 * come out empty (the JSON tells them apart); a file that could not be checked has an empty
 * isReport.
 */
import type { FileJson } from './to-json.ts';
import { countSeverities } from './to-json.ts';
import { sortFigureNames } from '../lib/report/figure-order.ts';
import { csvText } from '../lib/collect/csv.ts';

export const CSV_BOM = '\uFEFF';
export const FIXED_COLUMNS = ['file', 'isReport', 'year', 'agency', 'template', 'errors', 'warnings'] as const;

/**
 * Text as the dashboard's export writes it (lib/collect/csv.ts csvText): quoted as RFC 4180 asks, and a cell starting
 * with = + - @ (a page's title or body, a file's name: untrusted) given a leading apostrophe, so that no spreadsheet runs
 * it as a formula (OWASP "CSV Injection"); numbers and true/false as they are (a negative change stays -3).
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? csvText(value) : String(value);
}

export function toCsv(files: readonly FileJson[]): string {
  const names = new Set<string>();
  for (const f of files) for (const n of Object.keys(f.figures)) names.add(n);
  const figureNames = sortFigureNames(names);
  const lines = [[...FIXED_COLUMNS, ...figureNames].map(csvField).join(',')];
  for (const f of files) {
    const { errors, warnings } = countSeverities(f.findings);
    const checked = f.error === undefined;
    const row = [
      f.file,
      checked ? f.isReport : null,
      f.year,
      f.agency,
      f.template,
      checked ? errors : null,
      checked ? warnings : null,
      ...figureNames.map((n) => f.figures[n]),
    ];
    lines.push(row.map(csvField).join(','));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
