// @vitest-environment node
/**
 * The batch checker on a saved report page whose tables are a file saved beside it (cli/attached.ts):
 * the file found, its tables joined into the page's text, and the whole checked as the report.
 */
import { mkdtempSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localAttachment, tablesHtml, withTables } from '../../cli/attached.ts';
import { checkFile, PDF_REBUILT } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const FIXTURES = join(process.cwd(), 'test/fixtures');

describe('tablesHtml', () => {
  it("takes the outermost tables, each with the short line right above it, and nothing else", () => {
    const html =
      '<p>本报告根据《条例》编制。全年共收到申请56件。</p><p>二、主动公开政府信息情况</p><table><tr><td>a</td></tr></table>' +
      '<p>三、收到和处理政府信息公开申请情况</p>\n<table><tr><td><table><tr><td>内</td></tr></table></td></tr></table>' +
      '<p>四、行政复议情况</p><p>2023年，本局被申请行政复议3件。</p><table><tr><td>c</td></tr></table>';
    expect(tablesHtml(html)).toBe(
      '<p>二、主动公开政府信息情况</p>\n<table><tr><td>a</td></tr></table>\n<p>三、收到和处理政府信息公开申请情况</p>\n' +
        '<table><tr><td><table><tr><td>内</td></tr></table></td></tr></table>\n<table><tr><td>c</td></tr></table>',
    );
  });
});

describe('withTables', () => {
  const page = `<html><body><div id="zoom"><p>正文</p><p>附件：<a href="up/a.docx?id=1&amp;t=2">统计表.docx</a></p><p>落款</p></div></body></html>`;
  it("puts the tables after the block of the page's link, its &amp; as the page wrote it", () => {
    const joined = withTables(page.replace('<div', '<table><tr><td>索引号</td></tr></table><div'), 'up/a.docx?id=1&t=2', '<table></table>');
    expect(joined.text).toContain('统计表.docx</a></p>\n<table></table>\n<p>落款</p>');
    expect(joined.before).toBe(1);
  });
  it("puts them after a CMS's table of attachments, not in its cell", () => {
    const inTable = page.replace('<p>附件：<a href="up/a.docx?id=1&amp;t=2">统计表.docx</a></p>', '<table class="fj"><tr><td><p>附件：<a href="up/a.docx?id=1&amp;t=2">统计表.docx</a></p></td></tr></table>');
    expect(withTables(inTable, 'up/a.docx?id=1&t=2', '<table></table>')).toEqual({ text: inTable.replace('</table><p>落款', '</table>\n<table></table>\n<p>落款'), before: 1 });
  });

  it('puts them before </body> when no link is written so', () => {
    expect(withTables(page, 'elsewhere.docx', '<table></table>')).toEqual({ text: page.replace('</body>', '\n<table></table>\n</body>'), before: 0 });
  });
});

describe('localAttachment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-attached-'));
  mkdirSync(join(dir, 'report_files'));
  copyFileSync(join(FIXTURES, 'docx/wrong-cell-2021-tables.docx'), join(dir, 'report_files', 'P0201.docx'));
  copyFileSync(join(FIXTURES, 'docx/wrong-cell-2021-tables.docx'), join(dir, '统计表.docx'));
  it("finds the file by its address's name in the page's folder or its _files folder, or by the name the page shows", () => {
    expect(localAttachment(join(dir, 'report.html'), '/up/P0201.docx', '附表')).toBe(join(dir, 'report_files', 'P0201.docx'));
    expect(localAttachment(join(dir, 'report.html'), 'download.jsp?id=3', '统计表.docx')).toBe(join(dir, '统计表.docx'));
    expect(localAttachment(join(dir, 'report.html'), '/up/none.docx', '附表')).toBeNull();
    // a name with a folder in it names no file of this folder
    expect(localAttachment(join(dir, 'report.html'), 'download.jsp', '../统计表.docx')).toBeNull();
  });
});

/** What the reader is told, cell places aside (the tables are the file's). */
const told = (r: ReportAnalysis) => ({
  year: r.year, agency: r.agency, template: r.template, figures: r.figures, checks: r.checks,
  findings: r.findings.map((f) => [f.rule, f.severity, f.message, f.suspect, f.expected, f.actual, f.quote].map((x) => JSON.stringify(x)).join(' ')).sort(),
  narrative: [r.narrative.checked, r.narrative.passed, r.narrative.failed, r.narrative.skipped],
});

describe('a saved page whose tables are the Word file beside it', () => {
  it('is checked as the whole page was, and says the tables were read from the file', async () => {
    const joined = await checkFile(join(FIXTURES, 'docx/wrong-cell-2021-text.html'));
    const whole = await checkFile(join(FIXTURES, 'pages/wrong-cell-2021.html'));
    expect(joined.analysis?.readFromFile).toBe(true);
    expect(joined.analysis?.tablesFile?.name).toBe('东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.docx');
    // the page's metadata table stands first: the file's tables are counted after it
    expect(joined.warnings).toContain('表格读自同一文件夹中的附件“wrong-cell-2021-tables.docx”；附件的表格接在页面上的1个表格之后计数');
    expect(told(joined.analysis!)).toEqual(told(whole.analysis!));
  });

  it('is checked the same with the tables in an Excel file beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-attached-'));
    const page = join(dir, 'text.html');
    writeFileSync(page, readFileSync(join(FIXTURES, 'docx/wrong-cell-2021-text.html'), 'utf8').replace(/href="wrong-cell-2021-tables.docx">[^<]*/, 'href="/up/P0201.xlsx">统计表.xlsx'));
    copyFileSync(join(FIXTURES, 'xlsx/wrong-cell-2021.xlsx'), join(dir, 'P0201.xlsx'));
    const joined = await checkFile(page);
    const whole = await checkFile(join(FIXTURES, 'pages/wrong-cell-2021.html'));
    expect(joined.analysis?.tablesFile?.kind).toBe('Excel');
    expect(joined.warnings[0]).toMatch(/^表格读自同一文件夹中的附件“P0201.xlsx”/);
    expect(told(joined.analysis!)).toEqual(told(whole.analysis!));
  });

  it('is checked the same with the tables in a PDF beside it (the whole report\'s, printed by Chromium), and says it was rebuilt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-attached-'));
    const page = join(dir, 'text.html');
    writeFileSync(page, readFileSync(join(FIXTURES, 'docx/wrong-cell-2021-text.html'), 'utf8').replace(/href="wrong-cell-2021-tables.docx">[^<]*/, 'href="/up/P0201.pdf">统计表.pdf'));
    copyFileSync(join(FIXTURES, '../e2e/pages/wrong-cell-2021.pdf'), join(dir, 'P0201.pdf'));
    const joined = await checkFile(page);
    const whole = await checkFile(join(FIXTURES, 'pages/wrong-cell-2021.html'));
    expect(joined.analysis?.tablesFile?.kind).toBe('PDF');
    expect(joined.analysis?.readFromFile).toBe(true);
    expect(joined.warnings[0]).toMatch(/^表格读自同一文件夹中的附件“P0201.pdf”/);
    expect(joined.warnings).toContain(PDF_REBUILT);
    // the same findings on the same cells, the PDF's tables counted as the PDF splits them (a 续表 at a page break)
    const placeless = (r: ReportAnalysis) => ({ ...told(r), findings: told(r).findings.map((f) => f.replace(/\{\\?"table\\?":\d+,/, '{')) });
    const { figures, checks, findings } = placeless(joined.analysis!);
    const want = placeless(whole.analysis!);
    // the file's text is not joined (only its tables): the page's claims are checked once, against them
    expect({ figures, checks, findings }).toEqual({ figures: want.figures, checks: want.checks, findings: want.findings });
    expect(findings.length).toBeGreaterThan(0);
    // a PDF that is no PDF beside it: the page alone, naming the file
    writeFileSync(join(dir, 'P0201.pdf'), '%PDF-1.7 broken');
    const alone = await checkFile(page);
    expect(alone.analysis?.readFromFile).toBeUndefined();
    expect(alone.analysis?.tables).toEqual({ t2: [], t3: [], t4: [] });
  });

  it('is checked on its own, and names the file, when the file is not there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-attached-'));
    const page = join(dir, 'text.html');
    copyFileSync(join(FIXTURES, 'docx/wrong-cell-2021-text.html'), page);
    const alone = await checkFile(page);
    expect(alone.analysis?.readFromFile).toBeUndefined();
    expect(alone.analysis?.tables).toEqual({ t2: [], t3: [], t4: [] });
    expect(alone.analysis?.findings.filter((f) => f.rule === 'map.missing-table')).toHaveLength(3);
    expect(readFileSync(page, 'utf8')).toContain('wrong-cell-2021-tables.docx');
  });
});
