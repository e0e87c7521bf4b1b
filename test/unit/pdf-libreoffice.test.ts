// @vitest-environment node
/**
 * Reports exported to PDF by LibreOffice (a second producer beside Chromium's print and Word's
 * export), read back by the batch checker (cli/pdf-read.ts → lib/pdf). The PDFs of
 * test/fixtures/pdf-lo/ were made by test/fixtures/make-pdf-lo.mjs from fixture pages (their
 * report as a plain page LibreOffice opens, or as a Word file with bordered tables: double lines,
 * a border per cell, a header row shaded and repeated, narrow columns whose rows break over every
 * page); CI never runs LibreOffice, the PDFs are committed. LibreOffice closes each page's part of
 * a table (a line at the page's foot, another at the next page's head), so a header row or a label
 * the break cut came back as two rows, and a table whose header stayed on one page as a header
 * alone: table 三 or 四 unread, or a 部门's table taken for the report's (test/fixtures/pdf-lo/EXPECT.md).
 *
 * What must hold: each PDF raises exactly the findings its source page raises (the same rule on
 * the same field, the same words), nothing beyond them, and tables 三 and 四 are read whole, every
 * figure the source's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile, decodeHtml, parsePage, PDF_REBUILT } from '../../cli/load-page.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
// @ts-expect-error: a script of the fixtures, no types
import { sourcePage } from '../fixtures/make-pdf-lo.mjs';

const DIR = fileURLToPath(new URL('../fixtures/pdf-lo/', import.meta.url));

/** Each PDF: the fixture page it was made from, and the findings (error/warning) it must raise, those of its source. */
const PDFS: [pdf: string, source: string, findings: string[]][] = [
  // the 区's table 三 header broken over the page (its part on the next page a row of its own): the
  // 教委's table was taken for the report's, two false text.vs-table errors
  ['beibei-dept-first-2020-html.pdf', 'pages/beibei-dept-first-2020.html', []],
  ['beibei-dept-first-2020-double.pdf', 'pages/beibei-dept-first-2020.html', []],
  // a block of zeros merged over 25 rows, broken by the page: 44 figures read in the wrong cells
  ['c35-gd-dg-2025-zero-block-merged-double.pdf', 'redteam24/c35-gd-dg-2025-zero-block-merged.html', []],
  // table 三's header alone on one page: the wrong cell not found
  ['wrong-cell-2021-html.pdf', 'pages/wrong-cell-2021.html', ['error t3.results-total', 'error t3.row-total']],
  // table 四's header cut between its rows: 行政复议's 总计 0 not found
  ['wrong-review-total-2021-double.pdf', 'pages/wrong-review-total-2021.html', ['error t4.group-total']],
  ['pdf-t4-wrong-2019-html.pdf', 'pages/pdf-t4-wrong-2019.html', ['error t4.group-total']],
  // rows broken over every page: 133 figures lost, a false text.vs-table error (无法提供 33 against 32)
  ['plain-xubiao-droplead-wide-last-2024-narrow.pdf', 'pages/plain-xubiao-droplead-wide-last-2024.html', ['error t3.results-total', 'error t3.row-total']],
  ['split3-table3-wrong-2023-narrow.pdf', 'pages/split3-table3-wrong-2023.html', ['error t3.balance', 'error t3.results-total', 'error t3.row-total']],
  // read whole before and after: a table over a page with its rows whole, a header shaded and repeated
  ['balance-2021-single.pdf', 'pages/balance-2021.html', ['error t3.balance', 'error t3.balance']],
  ['xiang-liulin-2023-header.pdf', 'pages/xiang-liulin-2023.html', ['error text.vs-table']],
];

const raised = (a: ReportAnalysis) => a.findings.filter((f) => f.severity !== 'info');
const tableFigures = (a: ReportAnalysis) => Object.fromEntries(Object.entries(a.figures).filter(([k]) => /^t[34]\./.test(k)));

describe('reports exported to PDF by LibreOffice, read back by the batch checker', () => {
  for (const [pdf, source, findings] of PDFS) {
    it(`${pdf} (from ${source})`, async () => {
      const html = sourcePage(source) as string;
      const page = analyzeDocument(parsePage(decodeHtml(new TextEncoder().encode(html)).text), { url: pathToFileURL(`${DIR}${pdf.replace(/\.pdf$/, '.html')}`).href });
      const checked = await checkFile(`${DIR}${pdf}`);
      expect(checked.error).toBeUndefined();
      expect(checked.warnings).toEqual([PDF_REBUILT]);
      const read = checked.analysis!;
      expect({ isReport: read.isReport, year: read.year, template: read.template, agency: read.agency }).toEqual({ isReport: page.isReport, year: page.year, template: page.template, agency: page.agency });
      // the findings expected, the source's, nothing beyond them: the same rule, the same words
      expect(raised(read).map((f) => `${f.severity} ${f.rule}`).sort()).toEqual([...findings].sort());
      expect(raised(read).map((f) => `${f.rule} ${f.message}`).sort()).toEqual(raised(page).map((f) => `${f.rule} ${f.message}`).sort());
      // tables 三 and 四 read whole, every figure the source's
      const own = tableFigures(page);
      expect(Object.keys(own).filter((k) => k.startsWith('t3.')).length).toBe(page.template === '2019' ? 182 : 203);
      expect(tableFigures(read)).toEqual(own);
    });
  }

  it('reads the sources as their pages read (make-pdf-lo.mjs keeps the report whole)', () => {
    for (const source of ['pages/wrong-cell-2021.html', 'pages/split3-table3-wrong-2023.html']) {
      const file = fileURLToPath(new URL(`../fixtures/${source}`, import.meta.url));
      const whole = analyzeDocument(parsePage(decodeHtml(readFileSync(file)).text), { url: pathToFileURL(file).href });
      const made = analyzeDocument(parsePage(decodeHtml(new TextEncoder().encode(sourcePage(source) as string)).text), { url: pathToFileURL(file).href });
      expect(raised(made).map((f) => `${f.rule} ${f.message}`)).toEqual(raised(whole).map((f) => `${f.rule} ${f.message}`));
      expect(tableFigures(made)).toEqual(tableFigures(whole));
    }
  });
});
