// @vitest-environment happy-dom
/**
 * A report whose text is on the page and whose tables are in a Word file it attaches
 * (components/attached-tables.ts): read together, the two are the report the whole page was. The
 * fixtures are one page split as bodies post it (test/fixtures/make-docx.mjs): wrong-cell-2021's
 * text with a 附件 line, and its tables in wrong-cell-2021-tables.docx.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileTables } from '../../components/attached-tables.ts';
import { parseXmlWithDom } from '../../components/docx-read.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { docxToHtml } from '../../lib/docx/docx-html.ts';
import { readDocx } from '../../lib/docx/unzip.ts';
import { xlsxToHtml } from '../../lib/xlsx/xlsx-html.ts';
import { readXlsx } from '../../lib/xlsx/unzip.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

// happy-dom's import.meta.url is no file: URL; vitest runs from the project's root
const root = process.cwd();
const BASE = 'https://www.yunling.gov.cn/zwgk/gknb/';
const URL_ = `${BASE}t20240122_1.html`;
const FILE = `${BASE}wrong-cell-2021-tables.docx`;

/** A page as the browser holds it, at its address (a <base> gives happy-dom's parsed document its URL). */
function pageAt(html: string): Document {
  return new DOMParser().parseFromString(html.replace(/<head>/i, `<head><base href="${BASE}">`), 'text/html');
}

function fileDoc(name: string): Document {
  const parts = readDocx(readFileSync(join(root, 'test/fixtures/docx', name)))!;
  return new DOMParser().parseFromString(docxToHtml(parts, name, parseXmlWithDom), 'text/html');
}

const whole = pageAt(readFileSync(join(root, 'test/fixtures/pages/wrong-cell-2021.html'), 'utf8'));
const text = pageAt(readFileSync(join(root, 'test/fixtures/docx/wrong-cell-2021-text.html'), 'utf8'));
const tables = fileDoc('wrong-cell-2021-tables.docx');

/** What the reader is told, cell places aside (the tables stand elsewhere in the joined page). */
const told = (r: ReportAnalysis) => ({
  isReport: r.isReport, year: r.year, agency: r.agency, template: r.template, figures: r.figures, checks: r.checks,
  findings: r.findings.map((f) => [f.rule, f.severity, f.message, f.suspect, f.expected, f.actual, f.quote].map((x) => JSON.stringify(x)).join(' ')).sort(),
  narrative: [r.narrative.checked, r.narrative.passed, r.narrative.failed, r.narrative.skipped],
});

describe('a page whose tables are a Word file, read with it', () => {
  it('names the file on its own, and reads only its text', () => {
    const r = analyzeDocument(text, { url: URL_ });
    expect(r.tablesFile).toEqual({ kind: 'Word', name: '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.docx', href: FILE });
    expect(r.tables).toEqual({ t2: [], t3: [], t4: [] });
  });

  it('is, joined with the file, the report the whole page was: the same figures, findings and text checks', () => {
    const joined = analyzeDocument(withFileTables(text, FILE, tables), { url: URL_ });
    const original = analyzeDocument(whole, { url: URL_ });
    expect(joined.tablesFile).toBeUndefined();
    expect(original.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(original.narrative.checked).toBeGreaterThan(joined.narrative.checked - 1);
    expect(told(joined)).toEqual(told(original));
  });

  it('puts the tables after the line that offers the file, and leaves the page as it was', () => {
    const before = text.documentElement.outerHTML;
    const joined = withFileTables(text, FILE, tables);
    expect(text.documentElement.outerHTML).toBe(before);
    const offer = Array.from(joined.querySelectorAll('a')).find((a) => a.getAttribute('href') === 'wrong-cell-2021-tables.docx')!.closest('p')!;
    const after: string[] = [];
    for (let n = offer.nextElementSibling; n && after.length < 6; n = n.nextElementSibling) after.push(n.localName);
    // each table after its title line (table 四's is followed by text in the page: the file has none)
    expect(after.join(' ')).toBe('p table p table table p');
    expect(joined.querySelectorAll('table')).toHaveLength(4);
  });

  it("puts them after a CMS's table of attachments, not in its cell", () => {
    const html = readFileSync(join(root, 'test/fixtures/docx/wrong-cell-2021-text.html'), 'utf8')
      .replace(/<p[^>]*><span[^>]*>附件：(<a href="wrong-cell-2021-tables.docx">[^<]*<\/a>)<\/span><\/p>/, '<table class="fj"><tr><td>附件：</td><td>$1</td></tr></table>');
    const page = pageAt(html);
    expect(page.querySelector('table.fj a')).not.toBeNull();
    const joined = withFileTables(page, FILE, tables);
    const fj = joined.querySelector('table.fj')!;
    expect(fj.querySelectorAll('table')).toHaveLength(0);
    expect(fj.nextElementSibling?.localName).toBe('p');
    expect(fj.nextElementSibling?.nextElementSibling?.localName).toBe('table');
    // the same report; its cells one table later (the attachments' table comes first)
    const shifted = analyzeDocument(joined, { url: URL_ });
    const moved = { ...shifted, findings: shifted.findings.map((f) => ({ ...f, suspect: f.suspect && { ...f.suspect, table: f.suspect.table - 1 } })) };
    expect(told(moved)).toEqual(told(analyzeDocument(whole, { url: URL_ })));
  });

  it('puts them at the end of the page when no link names the file, and brings in no text of a whole report', () => {
    const joined = withFileTables(text, `${BASE}elsewhere.docx`, fileDoc('wrong-cell-2021.docx'));
    const body = joined.body;
    expect(body.lastElementChild?.localName).toBe('table');
    // the whole report's file brings its tables and their titles, not its paragraphs
    expect((body.textContent ?? '').split('本报告根据《中华人民共和国政府信息公开条例》').length - 1).toBe(1);
  });

  it('is the same with the tables in an Excel file, read by the browser\'s XML parser', () => {
    const name = '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.xlsx';
    const html = readFileSync(join(root, 'test/fixtures/docx/wrong-cell-2021-text.html'), 'utf8')
      .replace(/href="wrong-cell-2021-tables.docx">[^<]*/, `href="../xlsx/wrong-cell-2021.xlsx">${name}`);
    const page = pageAt(html);
    const file = `${BASE.replace(/gknb\/$/, '')}xlsx/wrong-cell-2021.xlsx`;
    const alone = analyzeDocument(page, { url: URL_ });
    expect(alone.tablesFile).toEqual({ kind: 'Excel', name, href: file });
    const parts = readXlsx(readFileSync(join(root, 'test/fixtures/xlsx/wrong-cell-2021.xlsx')))!;
    const workbook = new DOMParser().parseFromString(xlsxToHtml(parts, 'wrong-cell-2021.xlsx', parseXmlWithDom), 'text/html');
    const joined = analyzeDocument(withFileTables(page, file, workbook), { url: URL_ });
    expect(told(joined)).toEqual(told(analyzeDocument(whole, { url: URL_ })));
  });
});
