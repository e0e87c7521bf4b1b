// @vitest-environment node
/**
 * A report's tables published as an Excel file, read by the batch checker (lib/xlsx/xlsx-html.ts,
 * lib/xlsx/unzip.ts): the conversion of a workbook's XML, and the fixtures made from pages
 * (test/fixtures/make-xlsx.mjs), which must read as the pages' tables: the same findings on the
 * same cells, the same figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { checkBytes, decodeHtml, parsePage } from '../../cli/load-page.ts';
import { numberText, xlsxToHtml as toHtml, type XlsxParts } from '../../lib/xlsx/xlsx-html.ts';
import { readXlsx } from '../../lib/xlsx/unzip.ts';
import { readDocx } from '../../lib/docx/unzip.ts';
import { parseXml } from '../../lib/docx/xml-parse.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

interface SheetSpec {
  name: string;
  /** sheetData's rows */
  rows: string;
  merges?: string[];
  state?: string;
}

/** A workbook's parts around its sheets; each sheet's part is named after its position, backwards. */
function book(sheets: SheetSpec[], extra: Partial<Pick<XlsxParts, 'sharedStrings' | 'styles' | 'core'>> = {}): XlsxParts {
  const part = (i: number) => `worksheets/sheet${sheets.length - i}.xml`;
  return {
    workbook: `<workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 7}"/>`).join('')}</sheets></workbook>`,
    rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 7}" Target="${part(i)}"/>`).join('')}</Relationships>`,
    sheets: Object.fromEntries(
      sheets.map((s, i) => [`xl/${part(i)}`, `<worksheet ${NS}><sheetData>${s.rows}</sheetData>${s.merges ? `<mergeCells>${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : ''}</worksheet>`]),
    ),
    ...extra,
  };
}

const xlsxToHtml = (parts: XlsxParts, name = 'a.xlsx') => toHtml(parts, name, parseXml);
const bodyOf = (parts: XlsxParts) => parsePage(xlsxToHtml(parts)).body!;
/** A row of cells from column A on: numbers as numbers, other text as inline strings, '' as no cell. */
const row = (r: number, ...texts: string[]) =>
  `<row r="${r}">${texts
    .map((t, i) => {
      const at = `r="${String.fromCharCode(65 + i)}${r}"`;
      return t === '' ? '' : /^\d+$/.test(t) ? `<c ${at}><v>${t}</v></c>` : `<c ${at} t="inlineStr"><is><t>${t}</t></is></c>`;
    })
    .join('')}</row>`;
const tds = (body: HTMLElement) => Array.from(body.querySelectorAll('td'), (td) => [td.textContent, td.getAttribute('rowspan'), td.getAttribute('colspan')]);
/** The blocks of the page in order: a <p>'s text, or "table" with its row count. */
const blocks = (body: HTMLElement) => Array.from(body.children, (el) => (el.localName === 'table' ? `table ${el.querySelectorAll('tr').length}` : el.textContent));

const SHARED = `<sst ${NS}><si><t>申请人情况</t></si>` +
  '<si><r><rPr><b/></rPr><t>法人或</t></r><r><t xml:space="preserve">其他组织</t></r><rPh sb="0" eb="2"><t>ホウジン</t></rPh><phoneticPr fontId="0"/></si>' +
  '<si><t>&lt;script&gt;alert(1)&lt;/script&gt;</t></si></sst>';

describe('Excel XML as a page', () => {
  it('lays merges out as the HTML table model: a range spanning rows and columns, its covered cells left out', () => {
    // | 申请人 (A1:A2) | 自然人 | 法人 (C1:D1) |
    // |                | 1      | 2  | 3       |
    // | 4              | 5 (B3:C4)   | 6       |
    // | 7              |             | 8       |
    const body = bodyOf(
      book([{
        name: 'S',
        rows: row(1, '申请人', '自然人', '法人') + '<row r="2"><c r="A2" s="0"/><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c><c r="D2"><v>3</v></c></row>' +
          '<row r="3"><c r="A3"><v>4</v></c><c r="B3"><v>5</v></c><c r="C3" s="1"/><c r="D3"><v>6</v></c></row><row r="4"><c r="A4"><v>7</v></c><c r="D4"><v>8</v></c></row>',
        merges: ['A1:A2', 'C1:D1', 'B3:C4'],
      }]),
    );
    expect(tds(body)).toEqual([
      ['申请人', '2', null], ['自然人', null, null], ['法人', null, '2'],
      ['1', null, null], ['2', null, null], ['3', null, null],
      ['4', null, null], ['5', '2', '2'], ['6', null, null],
      ['7', null, null], ['8', null, null],
    ]);
    expect(parseGrid(body.querySelector('table')!, 0).rowCount).toBe(4);
  });

  it('drops empty rows and the empty columns either side of the used range, and shrinks the merges over them', () => {
    const body = bodyOf(
      book([{
        name: 'S',
        rows: row(2, '', 'a', 'b') + '<row r="3"><c r="A3" s="1"/><c r="E3" s="1"/></row>' + row(4, '', '3', '') + row(5, '', '', '4'),
        merges: ['B4:B6', 'C2:E2'],
      }]),
    );
    // E2 and E3 are empty (a merge's covered cell, a styled cell): column E goes, and B2:E2 spans B and C
    expect(tds(body)).toEqual([['a', null, null], ['b', null, null], ['3', '2', null], ['', null, null], ['4', null, null]]);
    expect(body.querySelectorAll('tr')).toHaveLength(3);
  });

  it('reads a merge that reaches far past the used range only as far as the table goes', () => {
    const body = bodyOf(book([{ name: 'S', rows: row(1, 'a', 'b') + row(2, '1', '2'), merges: ['B2:XFD1048576'] }]));
    expect(tds(body)).toEqual([['a', null, null], ['b', null, null], ['1', null, null], ['2', null, null]]);
  });

  it('reads shared strings (rich-text runs joined, phonetic guides left out), inline strings, formula strings, booleans and errors', () => {
    const body = bodyOf(
      book([{
        name: 'S',
        rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>自然</t></r><r><t>人</t></r></is></c></row>' +
          '<row r="2"><c r="A2" t="str"><f>A1&amp;"合计"</f><v>申请人情况合计</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
      }], { sharedStrings: SHARED }),
    );
    expect(tds(body).map((c) => c[0])).toEqual(['申请人情况', '法人或其他组织', '自然人', '申请人情况合计', 'TRUE', '#DIV/0!']);
  });

  it("takes a formula's cached value, and leaves a formula never calculated blank", () => {
    const body = bodyOf(book([{ name: 'S', rows: row(1, '总计', '未算') + '<row r="2"><c r="A2"><f>SUM(A3:A4)</f><v>56</v></c><c r="B2"><f>SUM(B3:B4)</f></c></row>' }]));
    expect(tds(body).map((c) => c[0])).toEqual(['总计', '未算', '56', '']);
  });

  it('prints numbers without binary noise, and percent formats as percentages with their decimals', () => {
    expect(numberText('0.30000000000000004', null)).toBe('0.3');
    expect(numberText('3521', null)).toBe('3521');
    expect(numberText('2.0000000000000004', null)).toBe('2');
    expect(numberText('-12.5', null)).toBe('-12.5');
    expect(numberText('0.614', 1)).toBe('61.4%');
    expect(numberText('0.614', 0)).toBe('61%');
    expect(numberText('0.07', 2)).toBe('7.00%');
    const styles = `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="#,##0"/></numFmts>` +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const body = bodyOf(
      book([{ name: 'S', rows: '<row r="1">' + [0, 1, 2, 3, 4].map((s, i) => `<c r="${'ABCDE'[i]}1" s="${s}"><v>${s === 0 ? '0.1' : '0.614'}</v></c>`).join('') + '<c r="F1"><v>0.30000000000000004</v></c></row>' + row(2, 'x', 'y') }], { styles }),
    );
    expect(tds(body).slice(0, 6).map((c) => c[0])).toEqual(['0.1', '61%', '61.40%', '61.4%', '0.614', '0.3']);
  });

  it('reads markup written with a namespace prefix, as the Open XML SDK writes it ("x:c")', () => {
    const X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const body = bodyOf({
      workbook: `<x:workbook ${X}><x:sheets><x:sheet name="S" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`,
      rels: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Target="/xl/worksheets/a.xml"/></Relationships>',
      sheets: { 'xl/worksheets/a.xml': `<x:worksheet ${X}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>` },
      sharedStrings: `<x:sst ${X}><x:si><x:t>自然人</x:t></x:si></x:sst>`,
    });
    expect(tds(body).map((c) => c[0])).toEqual(['自然人', '7']);
  });

  it("skips hidden sheets, and reads the others in the workbook's order, wherever their parts are", () => {
    const body = bodyOf(
      book([
        { name: '甲', rows: row(1, '甲1', '甲2') },
        { name: '草稿', state: 'hidden', rows: row(1, '草稿1', '草稿2') },
        { name: '乙', rows: row(1, '乙1', '乙2') },
        { name: '宏', state: 'veryHidden', rows: row(1, '宏1', '宏2') },
      ]),
    );
    expect(tds(body).map((c) => c[0])).toEqual(['甲1', '甲2', '乙1', '乙2']);
  });

  it("puts a sheet's title rows before its table and its notes after it, as paragraphs", () => {
    const body = bodyOf(
      book([{
        name: 'S',
        rows: row(1, '某局2023年统计表') + row(2, '三、收到和处理政府信息公开申请情况') + row(3, '申请人', '自然人') + row(4, '一、本年新收', '5') + row(6, '', '注：本表数据截至12月31日'),
        merges: ['A1:B1'],
      }]),
    );
    expect(blocks(body)).toEqual(['某局2023年统计表', '三、收到和处理政府信息公开申请情况', 'table 2', '注：本表数据截至12月31日']);
  });

  it("keeps a bordered one-cell row in the table where the sheet draws borders: table 二's 第二十条第（一）项 is the table's, its title is not", () => {
    const styles = `<styleSheet ${NS}><borders count="2"><border><left/><right/></border><border><left style="thin"/><right style="thin"/></border></borders>` +
      '<cellXfs count="2"><xf numFmtId="0" borderId="0"/><xf numFmtId="0" borderId="1"/></cellXfs></styleSheet>';
    const cell = (ref: string, text: string, s: number) => `<c r="${ref}" t="inlineStr" s="${s}"><is><t>${text}</t></is></c>`;
    const rows = `<row r="1">${cell('A1', '二、主动公开政府信息情况', 0)}</row><row r="2">${cell('A2', '第二十条第（一）项', 1)}<c r="B2" s="1"/></row>` +
      `<row r="3">${cell('A3', '信息内容', 1)}${cell('B3', '本年制发件数', 1)}</row><row r="4">${cell('A4', '规章', 1)}<c r="B4" s="1"><v>0</v></c></row>`;
    expect(blocks(bodyOf(book([{ name: 'S', rows, merges: ['A1:B1', 'A2:B2'] }], { styles })))).toEqual(['二、主动公开政府信息情况', 'table 3']);
    // without borders nothing tells the two apart: both are titles
    expect(blocks(bodyOf(book([{ name: 'S', rows, merges: ['A1:B1', 'A2:B2'] }])))).toEqual(['二、主动公开政府信息情况', '第二十条第（一）项', 'table 2']);
  });

  it('escapes text that looks like markup, in cells, titles and the page title', () => {
    const core = '<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</dc:title></cp:coreProperties>';
    const doc = parsePage(xlsxToHtml(book([{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>2</v></c></row>' + row(2, '&lt;b&gt;占比&lt;5%', '&amp;') }], { sharedStrings: SHARED, core }), 'P0202401.xlsx'));
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.title).toBe('</title><script>x()</script>');
    expect(blocks(doc.body!)).toEqual(['<script>alert(1)</script>', 'table 1']);
    expect(tds(doc.body!).map((c) => c[0])).toEqual(['<b>占比<5%', '&']);
  });

  it("takes the file's name for the page's title when it names a report, else the workbook's title", () => {
    const title = (name: string, core?: string) => parsePage(xlsxToHtml(book([{ name: 'S', rows: row(1, 'a', 'b') }], core ? { core } : {}), name)).title;
    const core = '<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>某县2023年政府信息公开工作年度报告</dc:title></cp:coreProperties>';
    expect(title('某局2023年政府信息公开工作年度报告统计表.xlsx', core)).toBe('某局2023年政府信息公开工作年度报告统计表');
    expect(title('P020240126384117502431.xlsx', core)).toBe('某县2023年政府信息公开工作年度报告');
    expect(title('P020240126384117502431.xlsx')).toBe('P020240126384117502431');
  });
});

describe('the batch checker on an .xlsx', () => {
  const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

  it('unzips only a workbook: a Word file is none, and an Excel file is no Word file', () => {
    const word = readFileSync(new URL('../fixtures/docx/wrong-cell-2021.docx', import.meta.url));
    const excel = readFileSync(new URL('../fixtures/xlsx/wrong-cell-2021.xlsx', import.meta.url));
    expect(readXlsx(word)).toBeNull();
    expect(readDocx(excel)).toBeNull();
    const parts = readXlsx(excel)!;
    expect(Object.keys(parts.sheets).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `xl/worksheets/sheet${n}.xml`));
    expect(parts.sharedStrings).toContain('<sst');
    expect(parts.styles).toContain('<styleSheet');
    expect(parts.core).toContain('dc:title');
  });

  it('reads a workbook that holds no report as no report, not as an error', () => {
    const p = book([{ name: '目录', rows: row(1, '序号', '名称', '公开方式') + row(2, '1', '政府工作报告', '主动公开') }]);
    const r = checkBytes('目录.xlsx', zip({ 'xl/workbook.xml': p.workbook, 'xl/_rels/workbook.xml.rels': p.rels, ...p.sheets }));
    expect(r.error).toBeUndefined();
    expect(r.analysis!.isReport).toBe(false);
    // an empty workbook, and one without its relationships, are no report either
    expect(checkBytes('b.xlsx', zip({ 'xl/workbook.xml': '<workbook/>' })).analysis!.isReport).toBe(false);
  });

  it('says what a zip that is neither a Word, an Excel nor an OFD file is', () => {
    expect(checkBytes('a.epub', zip({ mimetype: 'application/epub+zip', 'META-INF/container.xml': '<container/>' })).error).toBe(
      '压缩格式的文档，不是 Word、Excel 或 OFD 文件：暂不能检查，只能检查网页（HTML、MHTML）、Word（.doc、.docx）、Excel（.xls、.xlsx）、WPS（.wps、.et）和有文字的 PDF、OFD 上的报告',
    );
  });
});

/** What must read the same in a report's page and its Excel tables: the tables' findings and figures, cells named by their table's role. */
function tablesTold(a: ReportAnalysis, withCells: boolean) {
  const role = (t: number) => (['t2', 't3', 't4'] as const).find((k) => a.tables[k].includes(t)) ?? `other ${t}`;
  const at = (c: { table: number; row: number; col: number } | null) => (c ? { ...c, table: role(c.table) } : null);
  return {
    isReport: a.isReport, year: a.year, agency: a.agency, template: a.template, figures: a.figures,
    ...(withCells ? { figureRefs: Object.fromEntries(Object.entries(a.figureRefs).map(([k, c]) => [k, at(c)])) } : {}),
    findings: a.findings
      .filter((f) => f.quote === null) // the text's findings: the workbook has no text
      .map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual, ...(withCells ? { suspect: at(f.suspect), cells: f.cells.map(at) } : {}) })),
  };
}

const pageOf = (name: string) => analyzeDocument(parsePage(decodeHtml(readFileSync(new URL(`../fixtures/pages/${name}.html`, import.meta.url))).text), { url: 'https://example.gov.cn/a.html' });
const workbookOf = (name: string) => {
  const path = new URL(`../fixtures/xlsx/${name}.xlsx`, import.meta.url).pathname;
  return checkBytes(path, readFileSync(path));
};

describe.each([['wrong-cell-2021'], ['word-2021-consistent']])('test/fixtures/xlsx/%s.xlsx', (name) => {
  it("reads as the page's tables: the same findings on the same cells, the same figures", () => {
    const page = pageOf(name);
    const excel = workbookOf(name);
    expect(excel.error).toBeUndefined();
    expect(tablesTold(excel.analysis!, true)).toEqual(tablesTold(page, true));
    expect(Object.keys(page.figures).length).toBeGreaterThan(30);
  });

  it('with all three tables on one sheet, gives the same findings and figures', () => {
    const page = pageOf(name);
    const excel = workbookOf(`${name}-one-sheet`);
    expect(excel.error).toBeUndefined();
    expect(tablesTold(excel.analysis!, false)).toEqual(tablesTold(page, false));
  });
});

describe('the fixtures', () => {
  it("hold what they are made to: a formula with its cached value, a percent, and a hidden sheet's junk that is not read", () => {
    const parts = readXlsx(readFileSync(new URL('../fixtures/xlsx/wrong-cell-2021.xlsx', import.meta.url)))!;
    expect(Object.values(parts.sheets).join('')).toMatch(/<f>SUM\([A-Z]+\d+:[A-Z]+\d+\)<\/f><v>\d+<\/v>/);
    const body = parsePage(xlsxToHtml(parts, 'wrong-cell-2021.xlsx')).body!;
    expect(tds(body).map((c) => c[0])).toContain('61.4%');
    expect(body.textContent).not.toContain('999');
    expect(body.textContent).not.toContain('<script>');
  });

  it('find the wrong cell in one, and nothing in the consistent one', () => {
    const wrong = workbookOf('wrong-cell-2021').analysis!;
    expect(wrong.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    for (const name of ['word-2021-consistent', 'word-2021-consistent-one-sheet']) {
      const a = workbookOf(name).analysis!;
      expect(a.isReport).toBe(true);
      expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});
