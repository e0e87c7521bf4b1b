// @vitest-environment happy-dom
/**
 * A file's tables shown on the page (components/file-tables-shown.ts): every cell a finding names
 * in the joined report (the page's text with the file's tables: attached-tables.ts) is marked on
 * the cell of the shown tables that holds the same figure, the page's own tables keep their
 * indexes, nothing of the file comes in but tables and text, and the box goes when asked.
 * Fixtures: wrong-cell-2021 split as bodies post it (test/fixtures/make-docx.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinFileTables } from '../../components/attached-tables.ts';
import { parseXmlWithDom } from '../../components/docx-read.ts';
import { FILE_HOST, joinedTableAt, showFileTables } from '../../components/file-tables-shown.ts';
import { ATTR, cellResolver, markPage } from '../../components/page-marks.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { docxToHtml } from '../../lib/docx/docx-html.ts';
import { readDocx } from '../../lib/docx/unzip.ts';
import { tableResolver } from '../../lib/grid/aria-tables.ts';
import type { CellRef } from '../../lib/types.ts';

const root = process.cwd();
const BASE = 'https://www.yunling.gov.cn/zwgk/gknb/';
const URL_ = `${BASE}t20240122_1.html`;
const FILE = `${BASE}wrong-cell-2021-tables.docx`;
const CAPTION = '年报透镜：以下表格读自附件“统计表.docx”';

function pageAt(html: string): Document {
  return new DOMParser().parseFromString(html.replace(/<head>/i, `<head><base href="${BASE}">`), 'text/html');
}

function fileDoc(html?: string): Document {
  const parts = readDocx(readFileSync(join(root, 'test/fixtures/docx/wrong-cell-2021-tables.docx')))!;
  return new DOMParser().parseFromString(html ?? docxToHtml(parts, 'wrong-cell-2021-tables.docx', parseXmlWithDom), 'text/html');
}

const textHtml = readFileSync(join(root, 'test/fixtures/docx/wrong-cell-2021-text.html'), 'utf8');

/** The joined report, the page with the file's tables shown, and the page's tables as the core would index them. */
function setUp(html = textHtml) {
  const page = pageAt(html);
  const file = fileDoc();
  const joined = joinFileTables(page, FILE, file);
  const analysis = analyzeDocument(joined.doc, { url: URL_ });
  const pageAt_ = tableResolver(page);
  const shown = showFileTables(page, FILE, file, CAPTION)!;
  const tableAt = joinedTableAt(joined.doc, joined.inserted, pageAt_, shown.tables);
  return { page, joined, analysis, shown, tableAt };
}

const refsOf = (a: ReturnType<typeof analyzeDocument>): CellRef[] => a.findings.flatMap((f) => [...(f.suspect ? [f.suspect] : []), ...f.cells]);

describe("a file's tables shown on the page", () => {
  it("puts them after the line that offers the file, in the lens's own box, under its caption", () => {
    const { page, shown } = setUp();
    const host = page.querySelector(FILE_HOST)!;
    expect(host).not.toBeNull();
    const link = Array.from(page.querySelectorAll('a')).find((a) => a.getAttribute('href') === 'wrong-cell-2021-tables.docx')!;
    // the box stands right after the block that holds the link
    expect(link.closest('p')!.nextElementSibling).toBe(host);
    expect(host.shadowRoot!.querySelector('.caption')!.textContent).toBe(CAPTION);
    expect([host.getAttribute('role'), host.getAttribute('aria-label')]).toEqual(['region', CAPTION]);
    // the file's three tables (二, 三, 四), and none of them seen by the page's own table search
    expect(shown.tables.length).toBe(3);
    expect(Array.from(page.querySelectorAll('table')).map((t) => t.className)).toEqual(['meta-table']);
    // nothing of the box is in the page's text, where the quotes are looked for
    expect(page.body.textContent).not.toContain('年报透镜');
  });

  it("marks each finding's cell on the shown cell that holds the same figure", () => {
    const { joined, analysis, page, tableAt } = setUp();
    const refs = refsOf(analysis);
    expect(analysis.findings.some((f) => f.severity === 'error' && f.suspect)).toBe(true);
    expect(refs.length).toBeGreaterThan(3);
    const inCopy = cellResolver(joined.doc);
    const onPage = cellResolver(page, tableAt);
    for (const ref of refs) {
      const want = inCopy(ref)!;
      const got = onPage(ref);
      expect(got, JSON.stringify(ref)).not.toBeNull();
      expect(got!.textContent).toBe(want.textContent);
      expect(got!.getRootNode()).toBe(page.querySelector(FILE_HOST)!.shadowRoot);
    }
    const marks = markPage(page, analysis.findings, [...analysis.tables.t2, ...analysis.tables.t3, ...analysis.tables.t4], tableAt);
    const suspect = analysis.findings.find((f) => f.severity === 'error' && f.suspect)!;
    const [first] = marks.targets(suspect);
    expect(first!.getAttribute(ATTR)).toBe('suspect');
    expect(first!.textContent).toBe(inCopy(suspect.suspect!)!.textContent);
    marks.clear();
    expect(first!.hasAttribute(ATTR)).toBe(false);
  });

  it('inside a page-wide layout table, puts them after the link\'s own line in its cell, not after the whole layout', () => {
    // an older portal: header, article and foot are rows of one table; the article is one cell
    const html = textHtml
      .replace(/<body([^>]*)>/i, '<body$1><table id="layout" width="1000"><tr><td><img src="logo.png">东湖市云岭区人民政府</td></tr><tr><td id="article">')
      .replace(/<\/body>/i, '</td></tr><tr><td id="foot"><p>主办：东湖市云岭区人民政府办公室</p><p>地址：云岭区迎宾东路66号</p></td></tr></table></body>');
    const { page, joined, analysis } = setUp(html);
    const host = page.querySelector(FILE_HOST)!;
    const link = Array.from(page.querySelectorAll('a')).find((a) => a.getAttribute('href') === 'wrong-cell-2021-tables.docx')!;
    expect(link.closest('p')!.nextElementSibling).toBe(host);
    expect(host.closest('td')).toBe(page.getElementById('article'));
    // the joined copy has them in the same place, and reads as the page did with the tables after the layout
    const copyLink = Array.from(joined.doc.querySelectorAll('a')).find((a) => a.getAttribute('href') === 'wrong-cell-2021-tables.docx')!;
    expect(copyLink.closest('p')!.nextElementSibling).toBe(joined.inserted[0]);
    const plain = setUp();
    expect(analysis.findings.map((f) => [f.rule, f.severity, f.message])).toEqual(plain.analysis.findings.map((f) => [f.rule, f.severity, f.message]));
  });

  it('after a small table that lists the files, when the link is in one', () => {
    const html = textHtml.replace(
      /<p class=MsoNormal[^\n]*wrong-cell-2021-tables\.docx[^\n]*<\/p>/,
      '<table id="files"><tr><td>附件：</td><td><a href="wrong-cell-2021-tables.docx">统计表.docx</a></td></tr><tr><td></td><td><a href="jd.pdf">解读.pdf</a></td></tr></table>',
    );
    expect(html).toContain('id="files"');
    const { page } = setUp(html);
    expect(page.getElementById('files')!.nextElementSibling).toBe(page.querySelector(FILE_HOST));
  });

  it("keeps the page's own tables at their indexes, before and after the file's", () => {
    // a layout table above the article (the page has its 索引号 table too) and a 相关链接 table below it
    const html = textHtml
      .replace(/<body([^>]*)>/i, '<body$1><table id="top"><tr><td>首页</td><td>政务公开</td></tr></table>')
      .replace(/<\/body>/i, '<table id="foot"><tr><td>相关链接</td></tr></table></body>');
    const { page, tableAt, joined } = setUp(html);
    const all = Array.from(joined.doc.querySelectorAll('table'));
    expect(all.length).toBe(6);
    expect(tableAt(0)).toBe(page.getElementById('top'));
    expect(tableAt(1)).toBe(page.querySelector('.meta-table'));
    expect(tableAt(5)).toBe(page.getElementById('foot'));
    for (const i of [2, 3, 4]) expect(tableAt(i)!.getRootNode()).toBe(page.querySelector(FILE_HOST)!.shadowRoot);
  });

  it('brings in tables and text only: no attribute but the spans, no other element', () => {
    const page = pageAt(textHtml);
    const file = fileDoc('<p>二、主动公开政府信息情况</p><table onclick="alert(1)" style="background:url(https://x.example/t.png)"><tr><td colspan="2" rowspan="1" onmouseover="alert(2)"><a href="https://x.example/">链接</a><img src="https://x.example/i.png"><script>alert(3)</script>7</td></tr></table>');
    const shown = showFileTables(page, FILE, file, CAPTION)!;
    const box = page.querySelector(FILE_HOST)!.shadowRoot!;
    const table = shown.tables[0]!;
    expect(table.getAttributeNames()).toEqual([]);
    const td = table.querySelector('td')!;
    expect(td.getAttributeNames().sort()).toEqual(['colspan', 'rowspan']);
    expect(box.querySelectorAll('a, img, script').length).toBe(0);
    expect(td.textContent).toBe('链接alert(3)7');
    // the title line came with its table
    expect(Array.from(box.querySelectorAll('p')).map((p) => p.textContent)).toEqual([CAPTION, '二、主动公开政府信息情况']);
  });

  it('shows a whole report file, text and tables, and marks its sentences there, not in the page', () => {
    const name = '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.docx';
    const page = pageAt(`<html><head><title>东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告</title></head><body><h1>东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告</h1><p>2023年，我局因政府信息公开工作被申请行政复议4件。</p><p>附件：<a href="wrong-cell-2021.docx">${name}</a></p></body></html>`);
    const parts = readDocx(readFileSync(join(root, 'test/fixtures/docx/wrong-cell-2021.docx')))!;
    const html = docxToHtml(parts, name, parseXmlWithDom);
    expect(html).toContain('被申请行政复议3件');
    // the file's text says 4 reconsiderations where its table 四 has 3
    const file = new DOMParser().parseFromString(html.replace('被申请行政复议3件', '被申请行政复议4件'), 'text/html');
    const analysis = analyzeDocument(file, { url: `${BASE}wrong-cell-2021.docx` });
    const claim = analysis.findings.find((f) => f.quote?.includes('行政复议4件'))!;
    expect(claim).toBeDefined();
    const shown = showFileTables(page, `${BASE}wrong-cell-2021.docx`, file, CAPTION, true)!;
    expect(shown.content.textContent).toContain('本报告根据');
    expect(shown.tables.length).toBe(file.querySelectorAll('table').length);
    const tables = [...analysis.tables.t2, ...analysis.tables.t3, ...analysis.tables.t4];
    const marks = markPage(page, analysis.findings, tables, (i) => shown.tables[i], shown.content);
    const [quote] = marks.targets(claim);
    expect(quote!.getRootNode()).toBe(page.querySelector(FILE_HOST)!.shadowRoot);
    expect(marks.quoteFound(claim)).toBe(true);
    // the page's own line that says the same is the page's, not the file's: left alone
    expect(page.querySelectorAll('nianbao-quote').length).toBe(0);
    // every cell a finding names is the file's cell with the same figure
    const inFile = cellResolver(file);
    const shownAt = cellResolver(page, (i) => shown.tables[i]);
    for (const ref of refsOf(analysis)) expect(shownAt(ref)!.textContent).toBe(inFile(ref)!.textContent);
    marks.clear();
    expect(shown.content.querySelectorAll('nianbao-quote').length).toBe(0);
  });

  it('goes at the end of the body when no link names the file, and goes away on remove()', () => {
    const page = pageAt(textHtml);
    const shown = showFileTables(page, `${BASE}elsewhere.docx`, fileDoc(), CAPTION)!;
    expect(page.body.lastElementChild!.localName).toBe(FILE_HOST);
    shown.remove();
    expect(page.querySelector(FILE_HOST)).toBeNull();
  });
});
