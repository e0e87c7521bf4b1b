// @vitest-environment node
/**
 * A report page that holds only the report's title and its file (lib/detect/attachment.ts): a
 * report the lens cannot read, which says so and names the file; and the pages where a file is
 * not the report's, which stay what they were.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { parsePage } from '../../cli/load-page.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { missingTableReason, saysReportInAttachment, saysTablesInAttachment } from '../../lib/map/notes.ts';
import { verdictOf } from '../../lib/report/verdict.ts';

const TITLE = '云溪县交通运输局2023年政府信息公开工作年度报告';
const page = (title: string, body: string) =>
  parsePage(`<!doctype html><html><head><meta charset="utf-8"><title>${title}_云溪县人民政府</title></head><body>` +
    `<div class="nav"><a href="/">首页</a><a href="/xxgk/gknb/">政府信息公开年报</a></div>${body}` +
    '<div class="footer">主办：云溪县人民政府办公室</div></body></html>');
const analyze = (doc: Document) => analyzeDocument(doc, { url: 'https://www.chengjiang.gov.cn/xxgk/gknb/1.html' });
/** the file the analysis names, or what the page is taken for */
const fileOf = (title: string, body: string): string => {
  const doc = page(title, body);
  const r = analyze(doc);
  if (!r.isReport) return `not a report: ${r.reason}`;
  expect(firstLook(doc).maybe).toBe(true);
  const note = r.findings.find((f) => f.rule === 'map.missing-table');
  const named = /报告全文在(\w+)附件“(.*)”中/.exec(note?.message ?? '');
  expect(saysReportInAttachment(r.findings)).toBe(named !== null);
  return named ? `${named[1]} ${named[2]}` : `report, no attachment (${r.template})`;
};
const H1 = `<h1 class="title">${TITLE}</h1><div class="info">发布时间：2024-01-26</div>`;

describe('a page that is the report as a file', () => {
  it('names the file a link offers', () => {
    expect(fileOf(TITLE, `${H1}<p>附件：<a href="/up/P0201.pdf">${TITLE}.pdf</a></p>`)).toBe(`PDF ${TITLE}.pdf`);
    // a link whose text names the report, with no 附件 before it; upper-case extension
    expect(fileOf(TITLE, `${H1}<p><a href="/up/NB2023.PDF">${TITLE}</a></p>`)).toBe(`PDF ${TITLE}`);
    // a link that names nothing: the file's own name, decoded
    expect(fileOf(TITLE, `${H1}<p>下载：<a href="/up/%E5%B9%B4%E6%8A%A5.docx">点击下载</a></p>`)).toBe('Word 年报.docx');
    // a download address with no extension, the file named in the link's text
    expect(fileOf(TITLE, `${H1}<p><a href="/download.jsp?id=8812">附件1：2023年年报.wps</a></p>`)).toBe('WPS 2023年年报.wps');
  });

  it('names the file an embedded viewer shows', () => {
    expect(fileOf(TITLE, `${H1}<iframe src="/pdfjs/web/viewer.html?file=%2Fattach%2Fnb2023.pdf"></iframe>`)).toBe('PDF nb2023.pdf');
    expect(fileOf(TITLE, `${H1}<embed src="/attach/nb2023.pdf" type="application/pdf">`)).toBe('PDF nb2023.pdf');
    expect(fileOf(TITLE, `${H1}<object data="/attach/nb2023.ofd"></object>`)).toBe('OFD nb2023.ofd');
  });

  it('is a report whose every table is said missing, and not checked', () => {
    const r = analyze(page(TITLE, `${H1}<p>附件：<a href="/up/P0201.pdf">${TITLE}.pdf</a></p>`));
    expect(r).toMatchObject({ isReport: true, year: 2023, agency: '云溪县交通运输局', template: 'unknown' });
    expect(r.findings.map((f) => f.rule)).toEqual(['map.missing-table', 'map.missing-table', 'map.missing-table']);
    expect(verdictOf(r)).toBe('unchecked');
  });

  it('reads a page in traditional characters', () => {
    // as a portal's switch shows it: every text of the page, the menu and footer too
    const t = '云溪縣交通運輸局2023年政府信息公開工作年度報告';
    const doc = parsePage(`<!doctype html><html><head><title>${t}_云溪縣人民政府</title></head><body><div class="nav"><a href="/">首頁</a>` +
      `<a href="/xxgk/gknb/">政府信息公開年報</a></div><h1>${t}</h1><p>附件：<a href="/up/P0201.pdf">${t}.pdf</a></p>` +
      '<div class="footer">主辦：云溪縣人民政府辦公室</div></body></html>');
    const r = analyze(doc);
    expect(r).toMatchObject({ isReport: true, agency: '云溪县交通运输局' });
    expect(r.findings[0]!.message).toContain(`PDF附件“${t}.pdf”`);
    expect(firstLook(doc).maybe).toBe(true);
  });
});

describe('a file that is not the report', () => {
  it("is another year's report", () => {
    expect(fileOf(TITLE, `${H1}<p><a href="/up/P0101.pdf">云溪县交通运输局2022年政府信息公开工作年度报告.pdf</a></p>`)).toMatch(/^not a report/);
  });

  it('stands before the heading, or is neither named as the report nor offered as the page\'s file', () => {
    const guide = '<a href="/up/zn.pdf">政府信息公开指南.pdf</a>';
    expect(fileOf(TITLE, `<div class="side">下载：${guide}</div>${H1}<p>　</p>`)).toMatch(/^not a report/);
    expect(fileOf(TITLE, `${H1}<div class="related">相关文件：<ul><li>${guide}</li></ul></div>`)).toMatch(/^not a report/);
    expect(fileOf(TITLE, `${H1}<p>附件：<a href="javascript:download('nb.pdf')">${TITLE}.pdf</a></p>`)).toMatch(/^not a report/);
  });

  it('is offered by a page whose <title> names another document', () => {
    expect(fileOf(`${TITLE}解读`, `<h1>${TITLE}解读</h1><p>附件：<a href="/up/P0201.pdf">${TITLE}.pdf</a></p>`)).toMatch(/^not a report/);
    // a notice publishing the report as its 附件 is that file's page (det64: announcement.ts noticeFile); one
    // linking the report's own page is not
    const notice = `关于公布${TITLE}的通知`;
    expect(fileOf(notice, `<h1>${notice}</h1><p>附件：<a href="/up/P0201.pdf">${TITLE}.pdf</a></p>`)).toBe(`PDF ${TITLE}.pdf`);
    expect(fileOf(notice, `<h1>${notice}</h1><p>全文：<a href="/art/2024/1/30/art_1.html">${TITLE}</a></p>`)).toMatch(/^not a report/);
  });

  it('is attached to a report whose text is on the page', () => {
    const html = readFileSync(new URL('../fixtures/pages/fengze-2019.html', import.meta.url), 'utf8')
      .replace('</body>', '<p>附件：<a href="/up/fz2019.pdf">泉州市丰泽区2019年政府信息公开工作年度报告.pdf</a></p></body>');
    expect(saysReportInAttachment(analyze(parsePage(html)).findings)).toBe(false);
  });
});

describe('files of several reports', () => {
  it('are a list of reports, not one, unless they are one report in two forms', () => {
    const a = `<p>附件1：<a href="/up/a.pdf">${TITLE}.pdf</a></p>`;
    const b = '<p>附件2：<a href="/up/b.pdf">云溪县财政局2023年政府信息公开工作年度报告.pdf</a></p>';
    expect(fileOf(TITLE, `${H1}${a}${b}`)).toMatch(/^not a report/);
    // the same report as PDF and Word, and its icon linked beside its name: the Word file, which the
    // lens can read, whichever comes first
    const word = `<p>附件2：<a href="/up/a.docx">${TITLE}.docx</a></p>`;
    const icon = '<a href="/up/a.pdf"><img src="/images/pdf.gif" alt=""></a>';
    expect(fileOf(TITLE, `${H1}<p>附件：${icon}<a href="/up/a.pdf">${TITLE}.pdf</a></p>${word}`)).toBe(`Word ${TITLE}.docx`);
    expect(fileOf(TITLE, `${H1}${word}${a}`)).toBe(`Word ${TITLE}.docx`);
    // of one PDF linked twice, the link that names it
    expect(fileOf(TITLE, `${H1}<p>附件：${icon}<a href="/up/a.pdf">${TITLE}.pdf</a></p>`)).toBe(`PDF ${TITLE}.pdf`);
    // an old Word file (lib/doc) is read whole too: it is named before the PDF, whose tables are rebuilt
    const doc = `<p>附件2：<a href="/up/P020240122.doc">${TITLE}.doc</a></p>`;
    expect(fileOf(TITLE, `${H1}${a}${doc}`)).toBe(`Word ${TITLE}.doc`);
    expect(fileOf(TITLE, `${H1}<p>附件：${icon}<a href="/up/a.pdf">${TITLE}.pdf</a></p>${doc}`)).toBe(`Word ${TITLE}.doc`);
    // WPS's own .wps (a Word 97 document with WPS's additions) is read whole as a .doc is: named before the PDF
    expect(fileOf(TITLE, `${H1}${a}<p>附件2：<a href="/up/a.wps">${TITLE}.wps</a></p>`)).toBe(`WPS ${TITLE}.wps`);
    // as is an .et (WPS 表格) of the tables, one name without its extension
    expect(fileOf(TITLE, `${H1}<p>附件：<a href="/up/tj.pdf">${TITLE}统计表.pdf</a></p><p><a href="/up/tj.et">${TITLE}统计表.et</a></p>`)).toBe(`WPS ${TITLE}统计表.et`);
    // an OFD file is read by nothing: the PDF stays the one named
    expect(fileOf(TITLE, `${H1}${a}<p>附件2：<a href="/up/a.ofd">${TITLE}.ofd</a></p>`)).toBe(`PDF ${TITLE}.pdf`);
  });

  it('under a title with no year: a column of 年报', () => {
    expect(fileOf('政府信息公开工作年度报告', `<h1>政府信息公开工作年度报告</h1><p>附件：<a href="/up/a.pdf">${TITLE}.pdf</a></p>`)).toMatch(/^not a report/);
  });
});

describe("the file's address", () => {
  const hrefOf = (body: string) => analyze(page(TITLE, `${H1}${body}`)).attachment?.href;
  it('is absolute, keeps a download address whole, and is the viewed file for a viewer', () => {
    expect(hrefOf('<p>附件：<a href="../../up/a.pdf">年报.pdf</a></p>')).toBe('https://www.chengjiang.gov.cn/up/a.pdf');
    expect(hrefOf('<p><a href="/download.jsp?id=8812">附件1：2023年年报.docx</a></p>')).toBe('https://www.chengjiang.gov.cn/download.jsp?id=8812');
    expect(hrefOf('<iframe src="/pdfjs/web/viewer.html?file=%2Fattach%2Fnb2023.pdf"></iframe>')).toBe('https://www.chengjiang.gov.cn/attach/nb2023.pdf');
  });
  it('is none for a javascript: link, and absent on a page that is no such report', () => {
    expect(analyze(page(TITLE, `${H1}<p>附件：<a href="javascript:void(0)">${TITLE}.pdf</a></p>`)).attachment).toBeUndefined();
  });
});

describe('the report among other files', () => {
  it('is the file named as the report, beside its 解读 and other attachments', () => {
    const report = `<p>附件1：<a href="/up/a.pdf">${TITLE}.pdf</a></p>`;
    const jiedu = '<p>附件2：<a href="/up/b.pdf">云溪县交通运输局2023年政府信息公开工作年度报告解读.pdf</a></p>';
    const other = '<p>附件3：<a href="/up/c.docx">相关统计表.docx</a></p>';
    expect(fileOf(TITLE, `${H1}${report}${jiedu}${other}`)).toBe(`PDF ${TITLE}.pdf`);
    // with no file named as the report, two offered files tell nothing
    expect(fileOf(TITLE, `${H1}<p>附件1：<a href="/up/x.pdf">一.pdf</a></p><p>附件2：<a href="/up/y.pdf">二.pdf</a></p>`)).toMatch(/^not a report/);
    expect(fileOf(TITLE, `${H1}<p>附件1：<a href="/up/x.pdf">P02024.pdf</a></p>`)).toBe('PDF P02024.pdf');
  });
});

/**
 * A page with the report's text and no table, which attaches the file with its tables
 * (attachment.ts tablesAttachment): the notes name the file; which file is never guessed.
 */
describe("a report whose tables are in a file it attaches", () => {
  const PROSE =
    '<p>本报告根据《中华人民共和国政府信息公开条例》要求编制。</p><p><strong>一、总体情况</strong></p>' +
    '<p>2023年，全年主动公开政府信息312条，其中工作动态186条、通知公告74条、政策文件52条。全年共收到政府信息公开申请27件。</p>' +
    '<p><strong>二、主动公开政府信息情况</strong></p><p><strong>三、收到和处理政府信息公开申请情况</strong></p>' +
    '<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p><p>以上三项统计数据详见附件。</p>' +
    '<p><strong>五、存在的主要问题及改进情况</strong></p><p>公开内容的深度还不够。</p>';
  /** the tables' file the notes name, as "kind name", or the notes' reason, or "tables read" */
  const tablesFileOf = (files: string, tables = ''): string => {
    const r = analyze(page(TITLE, `${H1}<div class="article">${PROSE}${tables}${files}</div>`));
    expect(r.isReport).toBe(true);
    expect(r.attachment).toBeUndefined();
    const note = r.findings.find((f) => f.rule === 'map.missing-table');
    if (!note) return 'tables read';
    const named = /报告的表格在(\w+)附件“(.*)”中，未读取/.exec(note.message);
    expect(saysTablesInAttachment(r.findings)).toBe(named !== null);
    expect(r.tablesFile === undefined).toBe(named === null);
    if (named) expect(r.tablesFile).toMatchObject({ kind: named[1], name: named[2] });
    return named ? `${named[1]} ${named[2]}` : String(missingTableReason(note));
  };

  it('names the file named for its tables, the whole report, or the one spreadsheet offered', () => {
    expect(tablesFileOf('<p>附件：<a href="/up/tj.xlsx">2023年政府信息公开工作年度报告统计表.xlsx</a></p>')).toBe('Excel 2023年政府信息公开工作年度报告统计表.xlsx');
    expect(tablesFileOf('<p>附件：<a href="/up/fb.docx">附表</a></p>')).toBe('Word 附表');
    // the report's own file beside its text: the tables are in it
    expect(tablesFileOf(`<p>附件：<a href="/up/nb.pdf">${TITLE}.pdf</a></p>`)).toBe(`PDF ${TITLE}.pdf`);
    // a spreadsheet offered with a name that says nothing, its address absolute
    expect(tablesFileOf('<p>附件1：<a href="/up/P020240129.xls">P020240129.xls</a></p>')).toBe('Excel P020240129.xls');
    const r = analyze(page(TITLE, `${H1}<div class="article">${PROSE}<p>附件：<a href="../up/tj.xlsx">统计表.xlsx</a></p></div>`));
    expect(r.tablesFile?.href).toBe('https://www.chengjiang.gov.cn/xxgk/up/tj.xlsx');
    expect(verdictOf(r)).toBe('partial');
  });

  it("finds the file in a CMS's attachment block after the article, when it is offered there and named for tables or the report", () => {
    // the article holds its heading and text; the CMS's block of attachments stands beside it
    const article = `<div class="article" id="zoom"><h1 class="title">${TITLE}</h1>${PROSE}`;
    const r = (after: string) => analyze(page(TITLE, `<div class="main">${article}</div>${after}</div>`)).tablesFile?.name ?? null;
    expect(r('<div class="fj"><p>相关附件：</p><ul><li>附件1：<a href="/up/tj.xlsx">统计表.xlsx</a></li></ul></div>')).toBe('统计表.xlsx');
    // a bare spreadsheet out there, or a sidebar's list of reports (not offered as the page's), names nothing
    expect(r('<div class="fj"><p>附件：<a href="/up/P0129.xlsx">P0129.xlsx</a></p></div>')).toBeNull();
    expect(r(`<div class="side"><ul><li><a href="/up/x.pdf">${TITLE}.pdf</a></li></ul></div>`)).toBeNull();
    // a file in the article outranks one after it
    const inArticle = analyze(page(TITLE, `<div class="main">${article}<p>附件：<a href="/up/a.docx">附表.docx</a></p></div><div class="fj"><p>附件：<a href="/up/tj.xlsx">统计表.xlsx</a></p></div></div>`));
    expect(inArticle.tablesFile?.name).toBe('附表.docx');
  });

  it('prefers the file named for tables over the report file and the 解读', () => {
    const files = `<p>附件1：<a href="/up/nb.pdf">${TITLE}.pdf</a></p><p>附件2：<a href="/up/tj.xlsx">统计表.xlsx</a></p>` +
      '<p>附件3：<a href="/up/jd.pdf">2023年政府信息公开工作年度报告统计表解读.pdf</a></p>';
    expect(tablesFileOf(files)).toBe('Excel 统计表.xlsx');
    // the tables as a PDF and as a workbook: the workbook, which the lens reads
    expect(tablesFileOf('<p>附件1：<a href="/up/tj.pdf">统计表.pdf</a></p><p>附件2：<a href="/up/tj.xlsx">统计表.xlsx</a></p>')).toBe('Excel 统计表.xlsx');
  });

  it('names none when two files could hold them, when the file is of another year, a 解读, or a Word file only offered', () => {
    const none = '页面上没有找到报告的表格';
    expect(tablesFileOf('<p>附件1：<a href="/up/a.xlsx">表二统计表.xlsx</a></p><p>附件2：<a href="/up/b.xlsx">表三统计表.xlsx</a></p>')).toBe(none);
    expect(tablesFileOf('<p>附件：<a href="/up/a.xlsx">2022年年度报告统计表.xlsx</a></p>')).toBe(none);
    expect(tablesFileOf('<p>附件：<a href="/up/a.pdf">2023年政府信息公开工作年度报告解读.pdf</a></p>')).toBe(none);
    expect(tablesFileOf('<p>附件：<a href="/up/a.docx">工作方案.docx</a></p>')).toBe(none);
    // the forms a report page offers (申请表格, 登记表) hold no table of the report
    expect(tablesFileOf('<p>附件：<a href="/up/a.doc">政府信息公开申请表格.doc</a></p>')).toBe(none);
    expect(tablesFileOf('<p>附件：<a href="/up/a.xls">依申请公开登记表.xls</a></p>')).toBe(none);
  });

  it('is not looked for when the tables are on the page', () => {
    const doc = parsePage(readFileSync(new URL('../fixtures/pages/wrong-cell-2021.html', import.meta.url), 'utf8')
      .replace('</body>', '<p>附件：<a href="/up/tj.xlsx">统计表.xlsx</a></p></body>'));
    const r = analyze(doc);
    expect(r.tablesFile).toBeUndefined();
    expect(r.findings.filter((f) => f.rule === 'map.missing-table')).toEqual([]);
  });
});
