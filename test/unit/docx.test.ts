// @vitest-environment node
/**
 * A report published as a Word file, read by the batch checker (lib/docx/docx-html.ts,
 * lib/docx/unzip.ts): the conversion of Word's XML, and the fixtures made from pages
 * (test/fixtures/make-docx.mjs), which must read as the pages they came from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { checkBytes, checkFile, decodeHtml, parsePage } from '../../cli/load-page.ts';
import { docxToHtml as toHtml, type DocxParts } from '../../lib/docx/docx-html.ts';
import { parseXml } from '../../lib/docx/xml-parse.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';

const docxToHtml = (parts: DocxParts, name: string) => toHtml(parts, name, parseXml);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, pr = '') => `<w:tc><w:tcPr><w:tcW w:w="600" w:type="dxa"/>${pr}</w:tcPr>${p(text)}</w:tc>`;
const bodyOf = (xml: string) => {
  const d = parsePage(docxToHtml({ document: doc(xml) }, 'a.docx'));
  return d.body!;
};

describe('Word XML as a page', () => {
  it('reads runs, tabs and breaks, and leaves out deleted text, field codes and properties', () => {
    const body = bodyOf(
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">共收到申请</w:t></w:r><w:proofErr w:type="spellStart"/>' +
        '<w:r><w:t>45</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>件</w:t></w:r><w:del w:id="1"><w:r><w:delText>（删去的12件）</w:delText></w:r></w:del>' +
        '<w:ins w:id="2"><w:r><w:t>，其中</w:t></w:r></w:ins><w:r><w:tab/><w:t>本级17件</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>' +
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r></w:p>' +
        '<w:sdt><w:sdtPr><w:alias w:val="落款"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>某县人民政府办公室</w:t></w:r></w:p></w:sdtContent></w:sdt>',
    );
    expect(Array.from(body.querySelectorAll('p'), (x) => x.textContent)).toEqual(['共收到申请45件，其中 本级17件下一行', '3', '某县人民政府办公室']);
    expect(body.querySelectorAll('br')).toHaveLength(1);
  });

  it("lays merged cells out as the HTML table model: w:gridSpan as colspan, a w:vMerge run as rowspan", () => {
    // | 申请人 (2 rows) | 自然人 | 法人 (2 cols)  |
    // |                 | 1      | 2     | 3      |
    // | (gridBefore 1)  | 4      | 5 (restart)    |
    // | (gridBefore 1)  | 6      | (continue)     |
    const body = bodyOf(
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
        `<w:tr>${tc('申请人', '<w:vMerge w:val="restart"/>')}${tc('自然人')}${tc('法人', '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc('', '<w:vMerge/>')}${tc('1')}${tc('2')}${tc('3')}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('4')}${tc('5', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('6')}${tc('', '<w:gridSpan w:val="2"/><w:vMerge w:val="continue"/>')}</w:tr>` +
        '</w:tbl>',
    );
    const table = body.querySelector('table')!;
    expect(Array.from(table.querySelectorAll('td'), (td) => [td.textContent!.trim(), td.getAttribute('rowspan'), td.getAttribute('colspan')])).toEqual([
      ['申请人', '2', null], ['自然人', null, null], ['法人', null, '2'],
      ['1', null, null], ['2', null, null], ['3', null, null],
      // the column a row skips (w:gridBefore) is an empty cell: its cells stay in their columns
      ['', null, null], ['4', null, null], ['5', '2', '2'],
      ['', null, null], ['6', null, null],
    ]);
    const grid = parseGrid(table, 0);
    expect(grid.rowCount).toBe(4);
  });

  it('escapes text that looks like markup', () => {
    const body = bodyOf(p('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 占比&lt;5%'));
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('p')!.textContent).toBe('<script>alert(1)</script> & 占比<5%');
  });

  it("takes the file's name for the page's title when it names a report, else the document's title", () => {
    const title = (name: string, core?: string) => parsePage(docxToHtml({ document: doc(p('正文')), ...(core ? { core } : {}) }, name)).title;
    const core = '<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>某县2023年政府信息公开工作年度报告</dc:title></cp:coreProperties>';
    expect(title('某局2023年政府信息公开工作年度报告.docx', core)).toBe('某局2023年政府信息公开工作年度报告');
    expect(title('P020240126384117502431.docx', core)).toBe('某县2023年政府信息公开工作年度报告');
    expect(title('P020240126384117502431.docx')).toBe('P020240126384117502431');
  });
});

describe('the batch checker on a .docx', () => {
  it('says what a zip that is no Word, Excel or OFD file is, and a broken one', () => {
    const epub = zipSync({ mimetype: strToU8('application/epub+zip') });
    expect(checkBytes('a.epub', epub).error).toMatch(/不是 Word、Excel 或 OFD 文件/);
    // an OFD.xml that names no document (lib/ofd: not-ofd) is said the same way
    const ofd = zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') });
    expect(checkBytes('a.ofd', ofd).error).toMatch(/不是 Word、Excel 或 OFD 文件/);
    expect(checkBytes('b.docx', strToU8('PK\u0003\u0004broken')).error).toMatch(/^无法解压文档：/);
  });
});

/** What must read the same in a report's page and its Word file: a cell named by its table's role. */
function told(a: ReportAnalysis) {
  const role = (t: number) => (['t2', 't3', 't4'] as const).find((k) => a.tables[k].includes(t)) ?? `other ${t}`;
  const at = (c: { table: number; row: number; col: number } | null) => (c ? { ...c, table: role(c.table) } : null);
  return {
    isReport: a.isReport, year: a.year, agency: a.agency, template: a.template, figures: a.figures,
    findings: a.findings.map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual, suspect: at(f.suspect), cells: f.cells.map(at), quote: f.quote })),
    checks: a.checks,
    narrative: [a.narrative.checked, a.narrative.passed, a.narrative.failed, a.narrative.skipped],
  };
}

describe.each([['wrong-cell-2021'], ['word-2021-consistent']])('test/fixtures/docx/%s.docx', (name) => {
  it('reads as the page it was made from: the same findings on the same cells, the same figures and text checks', async () => {
    const page = analyzeDocument(parsePage(decodeHtml(readFileSync(new URL(`../fixtures/pages/${name}.html`, import.meta.url))).text), { url: 'https://example.gov.cn/a.html' });
    const word = await checkFile(new URL(`../fixtures/docx/${name}.docx`, import.meta.url).pathname);
    expect(word.error).toBeUndefined();
    expect(told(word.analysis!)).toEqual(told(page));
    expect(page.narrative.checked).toBeGreaterThan(10);
  });
});
