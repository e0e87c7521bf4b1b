// @vitest-environment node
/**
 * Red-team pages for lib/detect/attachment.ts: attachment markups as real *.gov.cn CMSs render
 * them (TRS WCM, 大汉 Hanweb, 开普云, county WordPress-like sites), each asserting what a careful
 * reader wants: the file named, or nothing named when no file is the report's (or its tables').
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { checkBytes, parsePage } from '../../cli/load-page.ts';

const TITLE = '临川区农业农村局2023年政府信息公开工作年度报告';
const URL_ = 'https://www.linchuan.gov.cn/zwgk/zfxxgk/gknb/202401/t20240125_123.html';
const page = (title: string, body: string) =>
  parsePage(`<!doctype html><html><head><meta charset="utf-8"><title>${title}_临川区人民政府</title></head><body>` +
    `<div class="header"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/zfxxgk/gknb/">政府信息公开年报</a></div>${body}` +
    '<div class="footer">主办单位：临川区人民政府办公室 备案号：赣ICP备000000号</div></body></html>');
const run = (title: string, body: string) => analyzeDocument(page(title, body), { url: URL_ });
/** what the core names: "report: kind name", "tables: kind name", "none" (a report, nothing named), or "not a report" */
const said = (title: string, body: string): string => {
  const r = run(title, body);
  if (!r.isReport) return 'not a report';
  if (r.attachment) return `report: ${r.attachment.kind} ${r.attachment.name}`;
  if (r.tablesFile) return `tables: ${r.tablesFile.kind} ${r.tablesFile.name}`;
  return 'none';
};
const H1 = `<h1 class="title">${TITLE}</h1><div class="info">发布时间：2024-01-25 来源：区农业农村局</div>`;
const PROSE =
  '<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。</p><p><strong>一、总体情况</strong></p>' +
  '<p>2023年，我局全年主动公开政府信息215条，其中工作动态120条、通知公告55条、政策文件40条。全年共收到政府信息公开申请12件，均按时答复。</p>' +
  '<p><strong>二、主动公开政府信息情况</strong></p><p><strong>三、收到和处理政府信息公开申请情况</strong></p>' +
  '<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p><p>以上三项统计数据详见附件。</p>' +
  '<p><strong>五、存在的主要问题及改进情况</strong></p><p>公开内容的深度还不够。</p>' +
  '<p><strong>六、其他需要报告的事项</strong></p><p>本年度未收取信息处理费。</p>';
const PROSE_NO_REF = PROSE.replace('<p>以上三项统计数据详见附件。</p>', '');
/** the report's text in a TRS-like article box, something after it */
const article = (inside: string, after = '') =>
  `<div class="main"><div class="article">${H1}<div class="TRS_Editor" id="zoom">${PROSE}${inside}</div></div>${after}</div>`;

const TABLE = (n: string) => `<table border="1"><tr><td>${n}</td><td>本年新制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>` +
  '<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>2</td><td>0</td><td>15</td></tr></table>';

describe('false naming: a file that is not the report or its tables', () => {
  it('a sidebar of other bodies\' 2023 reports as PDFs, on a text-only report', () => {
    const side = '<div class="side"><h3>相关阅读</h3><ul>' +
      '<li><a href="/a/P1.pdf">临川区财政局2023年政府信息公开工作年度报告.pdf</a></li>' +
      '<li><a href="/a/P2.pdf">临川区教育体育局2023年政府信息公开工作年度报告.pdf</a></li></ul></div>';
    expect(said(TITLE, article('', side))).toBe('none');
    // one other body's, offered in a "附件" styled block of a sidebar
    const side1 = '<div class="side"><div class="fj">附件：<a href="/a/P1.pdf">临川区财政局2023年政府信息公开工作年度报告.pdf</a></div></div>';
    expect(said(TITLE, article('', side1))).toBe('none');
  });

  it('a page whose only attachment is a 指南, 申请表 or 工作要点', () => {
    expect(said(TITLE, article('<p>附件：<a href="/a/zn.pdf">临川区农业农村局政府信息公开指南.pdf</a></p>'))).toBe('none');
    expect(said(TITLE, article('<p>附件：<a href="/a/sqb.docx">政府信息公开申请表.docx</a></p>'))).toBe('none');
    expect(said(TITLE, article('<p>附件：<a href="/a/yd.docx">2024年政务公开工作要点.docx</a></p>'))).toBe('none');
  });

  it('a 2018 report with an attachment', () => {
    const t = '临川区农业农村局2018年政府信息公开工作年度报告';
    const body = `<h1>${t}</h1><div id="zoom">${PROSE.replace(/2023年/g, '2018年')}<p>附件：<a href="/a/tj.xlsx">统计表.xlsx</a></p></div>`;
    expect(said(t, body)).toBe('none');
  });

  it('a 解读 as 图解.pdf, a 一图读懂', () => {
    expect(said(TITLE, article('<p>附件：<a href="/a/tj.pdf">图解：临川区农业农村局2023年政府信息公开工作年度报告.pdf</a></p>'))).toBe('none');
    expect(said(TITLE, article('<p>附件：<a href="/a/tj.jpg.pdf">一图读懂2023年年报.pdf</a></p>'))).toBe('none');
  });

  it("the previous year's report PDF", () => {
    expect(said(TITLE, article('<p>附件：<a href="/a/nb22.pdf">临川区农业农村局2022年政府信息公开工作年度报告.pdf</a></p>'))).toBe('none');
    // 上一年度 written out, no digits
    expect(said(TITLE, article('<p>相关链接：<a href="/a/nb22.pdf">上一年度年报.pdf</a></p>'))).toBe('none');
  });

  it('tables on the page and an attachment', () => {
    // a whole report's tables on the page, its 统计表 attached inside the article too: nothing named
    for (const fixture of ['wrong-cell-2021.html', 'fengze-2019.html']) {
      const html = readFileSync(new URL(`../fixtures/pages/${fixture}`, import.meta.url), 'utf8')
        .replace('</table>', '</table><p>附件：<a href="/a/tj.xlsx">统计表.xlsx</a></p><p>附件2：<a href="/a/nb.pdf">2023年政府信息公开工作年度报告.pdf</a></p>');
      const r = analyzeDocument(parsePage(html), { url: URL_ });
      expect(r.isReport).toBe(true);
      expect(r.tablesFile).toBeUndefined();
      expect(r.attachment).toBeUndefined();
    }
    // only one table on the page (表二), "详见附件" and a 统计表 attached: the tables the page lacks are
    // said to be in it, which a reader would say too
    const body = `${H1}<div id="zoom">${PROSE}${TABLE('信息内容')}<p>附件：<a href="/a/tj.xlsx">统计表.xlsx</a></p></div>`;
    expect(run(TITLE, body).tablesFile?.name).toBe('统计表.xlsx');
  });

  it('three attachments: 统计表.xlsx, 统计表.pdf, 解读.pdf', () => {
    const fj = '<p>附件：</p><p><a href="/a/tj.xlsx">1.统计表.xlsx</a></p><p><a href="/a/tj.pdf">2.统计表.pdf</a></p><p><a href="/a/jd.pdf">3.解读.pdf</a></p>';
    // the lines after "附件：" are not themselves "附件…", but they are the attachment list
    expect(said(TITLE, article(fj))).toMatch(/^tables: Excel .*统计表\.xlsx$/);
    const fj2 = '<p>附件1：<a href="/a/tj.xlsx">统计表.xlsx</a></p><p>附件2：<a href="/a/tj.pdf">统计表.pdf</a></p><p>附件3：<a href="/a/jd.pdf">解读.pdf</a></p>';
    expect(said(TITLE, article(fj2))).toBe('tables: Excel 统计表.xlsx');
  });

  it('a javascript download link names nothing (its address is unknown)', () => {
    expect(said(TITLE, article('<p>附件：<a href="javascript:;" onclick="download(\'/a/tj.xlsx\')">统计表.xlsx</a></p>'))).toBe('none');
  });
});

describe('misses: a file a reader sees', () => {
  it("TRS's OLDSRC link, the file's name as its text", () => {
    expect(said(TITLE, article('<p>附件：<a href="./P020240125123456.xlsx" OLDSRC="/protect/P020240125123456.xlsx">P020240125123456.xlsx</a></p>')))
      .toBe('tables: Excel P020240125123456.xlsx');
    // TRS: the attachment's display name (统计表) with the P0… href
    expect(said(TITLE, article('<p>附件：<a href="./P020240125123456.xlsx" OLDSRC="/protect/P020240125123456.xlsx">2023年政府信息公开工作年度报告统计表.xlsx</a></p>')))
      .toBe('tables: Excel 2023年政府信息公开工作年度报告统计表.xlsx');
  });

  it("TRS's fj_box after the article", () => {
    const fj = '<div class="fj_box"><div class="fj_tit">附件：</div><ul><li><a href="./P020240125.xls">统计表.xls</a></li></ul></div>';
    expect(said(TITLE, article('', fj))).toBe('tables: Excel 统计表.xls');
    const fj2 = '<div class="fj_box"><ul><li>附件：<a href="./P020240125.xls">统计表.xls</a></li></ul></div>';
    expect(said(TITLE, article('', fj2))).toBe('tables: Excel 统计表.xls');
  });

  it('link text without the extension, the href with it', () => {
    expect(said(TITLE, article('<p>附件：<a href="/a/P0201.xlsx">政府信息公开工作年度报告统计表</a></p>'))).toBe('tables: Excel 政府信息公开工作年度报告统计表');
  });

  it("Hanweb's downfile.jsp, the name in the text", () => {
    const a = '<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2401251034567.xlsx">统计表.xlsx</a></p>';
    expect(said(TITLE, article(a))).toBe('tables: Excel 统计表.xlsx');
    const b = '<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2401251034567.xlsx">统计表</a></p>';
    expect(said(TITLE, article(b))).toBe('tables: Excel 统计表');
  });

  it('a span.fjmc inside the link', () => {
    const a = '<ul class="fjlist"><li><a href="/a/tj.xlsx"><i class="icon-xls"></i><span class="fjmc">统计表.xlsx</span><span class="size">(12KB)</span></a></li></ul>';
    expect(said(TITLE, article(`<p>附件：</p>${a}`))).toMatch(/^tables: Excel 统计表\.xlsx/);
  });

  it('附件1/附件2 as separate paragraphs, the link on the next line', () => {
    const a = '<p>附件：1.<a href="/a/tj.xlsx">统计表.xlsx</a></p>';
    expect(said(TITLE, article(a))).toBe('tables: Excel 统计表.xlsx');
    const b = '<p>附件1</p><p><a href="/a/tj.xlsx">统计表.xlsx</a></p>';
    expect(said(TITLE, article(b))).toBe('tables: Excel 统计表.xlsx');
  });

  it('full-width colon and spaces', () => {
    expect(said(TITLE, article('<p>附　件：<a href="/a/tj.xls">统计表.xls</a></p>'))).toBe('tables: Excel 统计表.xls');
    expect(said(TITLE, article('<p>附件 ： <a href="/a/tj.xls">统计表.xls</a></p>'))).toBe('tables: Excel 统计表.xls');
    expect(said(TITLE, article('<p>&nbsp;&nbsp;附件：<a href="/a/tj.xls">统计表.xls</a></p>'))).toBe('tables: Excel 统计表.xls');
  });

  it('a page in 繁體', () => {
    const t = '臨川區農業農村局2023年政府信息公開工作年度報告';
    const body = `<h1>${t}</h1><div id="zoom">${PROSE}<p>附件：<a href="/a/tj.xlsx">統計表.xlsx</a></p></div>`;
    expect(said(t, body)).toBe('tables: Excel 統計表.xlsx');
  });
});

describe('a title-only page (the report is the file)', () => {
  it("TRS's OLDSRC link", () => {
    expect(said(TITLE, `${H1}<div id="zoom"><p>附件：<a href="./P020240125.pdf" OLDSRC="/protect/P020240125.pdf">${TITLE}.pdf</a></p></div>`)).toBe(`report: PDF ${TITLE}.pdf`);
  });
  it("TRS's fj_box", () => {
    expect(said(TITLE, `${H1}<div id="zoom"></div><div class="fj_box"><div class="fj_tit">附件：</div><ul><li><a href="./P020240125.pdf">${TITLE}.pdf</a></li></ul></div>`)).toBe(`report: PDF ${TITLE}.pdf`);
    expect(said(TITLE, `${H1}<div id="zoom"></div><div class="fj_box"><div class="fj_tit">附件：</div><ul><li><a href="./P020240125.pdf">P020240125.pdf</a></li></ul></div>`)).toBe('report: PDF P020240125.pdf');
  });
  it("Hanweb's downfile.jsp", () => {
    expect(said(TITLE, `${H1}<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=240125.pdf">${TITLE}.pdf</a></p>`)).toBe(`report: PDF ${TITLE}.pdf`);
    expect(said(TITLE, `${H1}<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=240125.pdf">${TITLE}</a></p>`)).toBe(`report: PDF ${TITLE}`);
  });
  it('a span.fjmc inside the link', () => {
    expect(said(TITLE, `${H1}<p>附件：</p><ul><li><a href="/a/nb.pdf"><span class="fjmc">${TITLE}.pdf</span><span>(320KB)</span></a></li></ul>`)).toMatch(/^report: PDF /);
  });
  it('附件 on its own line', () => {
    expect(said(TITLE, `${H1}<p>附件：</p><p><a href="/a/P0201.pdf">P0201.pdf</a></p>`)).toBe('report: PDF P0201.pdf');
  });
  it('only a 指南, a 申请表 or a 解读: no report', () => {
    expect(said(TITLE, `${H1}<p>附件：<a href="/a/zn.pdf">政府信息公开指南.pdf</a></p>`)).toBe('not a report');
    expect(said(TITLE, `${H1}<p>附件：<a href="/a/sq.docx">政府信息公开申请表.docx</a></p>`)).toBe('not a report');
    expect(said(TITLE, `${H1}<p>附件：<a href="/a/jd.pdf">图解${TITLE}.pdf</a></p>`)).toBe('not a report');
    expect(said(TITLE, `${H1}<p>附件：<a href="/a/yd.docx">2024年政务公开工作要点.docx</a></p>`)).toBe('not a report');
  });
  it("the previous year's report only", () => {
    expect(said(TITLE, `${H1}<p>附件：<a href="/a/nb22.pdf">临川区农业农村局2022年政府信息公开工作年度报告.pdf</a></p>`)).toBe('not a report');
  });
  it('a javascript link', () => {
    expect(said(TITLE, `${H1}<p>附件：<a href="javascript:;" onclick="download('/a/nb.pdf')">${TITLE}.pdf</a></p>`)).toBe('not a report');
  });
  it('a 2018 title-only page', () => {
    const t = '临川区农业农村局2018年政府信息公开工作年度报告';
    expect(said(t, `<h1>${t}</h1><p>附件：<a href="/a/nb.pdf">${t}.pdf</a></p>`)).toBe(`report: PDF ${t}.pdf`);
  });
});

describe('round two', () => {
  it("a link to '#' with a script names no address", () => {
    expect(said(TITLE, article('<p>附件：<a href="#" onclick="downLoad(\'/a/tj.xlsx\')">统计表.xlsx</a></p>'))).toBe('none');
    expect(said(TITLE, `${H1}<p>附件：<a href="#" onclick="downLoad('/a/nb.pdf')">${TITLE}.pdf</a></p>`)).toBe('not a report');
  });

  it("the body's full name (with its city) in the file's name is the body's own", () => {
    const full = '抚州市临川区农业农村局2023年政府信息公开工作年度报告';
    expect(said(TITLE, `${H1}<p>附件：<a href="/a/nb.pdf">${full}.pdf</a></p>`)).toBe(`report: PDF ${full}.pdf`);
    expect(said(TITLE, article(`<p>附件：<a href="/a/tj.xlsx">${full}统计表.xlsx</a></p>`))).toBe(`tables: Excel ${full}统计表.xlsx`);
  });

  it('a 规划局 or 计划 in the body\'s name is no 规划 document', () => {
    const t = '临川区自然资源和规划局2023年政府信息公开工作年度报告';
    const body = `<h1>${t}</h1><div id="zoom">${PROSE}<p>附件：<a href="/a/tj.xlsx">${t}统计表.xlsx</a></p></div>`;
    expect(said(t, body)).toBe(`tables: Excel ${t}统计表.xlsx`);
    expect(said(t, `<h1>${t}</h1><p>附件：<a href="/a/nb.pdf">${t}.pdf</a></p>`)).toBe(`report: PDF ${t}.pdf`);
  });

  it("开普云's 附件下载 block with the name in a title attribute", () => {
    const fj = '<div class="fujian"><span class="fj-tit">附件下载：</span><a href="/attach/0/8f1c.xlsx" title="统计表.xlsx">8f1c.xlsx</a></div>';
    expect(said(TITLE, article(fj))).toBe('tables: Excel 8f1c.xlsx');
  });

  it('a link text with its size after the name, the address a download script', () => {
    expect(said(TITLE, article('<p>附件：<a href="/down.jsp?id=88">统计表.xlsx</a>（25.6KB）</p>'))).toBe('tables: Excel 统计表.xlsx');
  });

  it('WPS and OFD files of the report on a title-only page', () => {
    expect(said(TITLE, `${H1}<p>附件：<a href="/a/nb.wps">${TITLE}.wps</a></p>`)).toBe(`report: WPS ${TITLE}.wps`);
    expect(said(TITLE, `${H1}<p>附件：<a href="/a/nb.ofd">${TITLE}.ofd</a></p>`)).toBe(`report: OFD ${TITLE}.ofd`);
  });

  it('a 附件 heading followed by a sidebar list is not the sidebar\'s offer', () => {
    const side = '<div class="side"><ul><li><a href="/a/x.xlsx">统计表.xlsx</a></li></ul></div>';
    expect(said(TITLE, `<div class="main"><div class="article">${H1}<div id="zoom">${PROSE}</div></div><p>附件：</p></div>${side}`)).toBe('none');
  });
});

describe('round three', () => {
  it("a title-only page with its report and a related list of other bodies' reports", () => {
    const related = '<div class="xgxx"><h3>相关信息</h3><ul>' +
      '<li><a href="/a/P1.pdf">临川区财政局2023年政府信息公开工作年度报告.pdf</a></li>' +
      '<li><a href="/a/P2.pdf">临川区教育体育局2023年政府信息公开工作年度报告.pdf</a></li></ul></div>';
    expect(said(TITLE, `${H1}<div id="zoom"><p>附件：<a href="/a/nb.pdf">${TITLE}.pdf</a></p></div>${related}`)).toBe(`report: PDF ${TITLE}.pdf`);
    // the related list alone: no report of this body
    expect(said(TITLE, `${H1}<div id="zoom"></div>${related}`)).toBe('not a report');
  });

  it('a GBK page (gb2312 meta) with a Hanweb download link', () => {
    // made with Python's gbk codec: Node has no GB encoder
    const bytes = Buffer.from('PCFET0NUWVBFIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0L2h0bWw7IGNoYXJzZXQ9Z2IyMzEyIj48dGl0bGU+wdm0qMf4xanStcWptOW+1jIwMjPE6tX+uK7Qxc+iuau/qrmk1/fE6rbIsai45l/B2bSox/jIy8Px1f64rjwvdGl0bGU+PC9oZWFkPjxib2R5PjxkaXYgY2xhc3M9Im5hdiI+PGEgaHJlZj0iLyI+ytfSszwvYT48L2Rpdj48aDE+wdm0qMf4xanStcWptOW+1jIwMjPE6tX+uK7Qxc+iuau/qrmk1/fE6rbIsai45jwvaDE+PGRpdiBjbGFzcz0iaW5mbyI+t6KyvMqxvOSjujIwMjQtMDEtMjU8L2Rpdj48ZGl2IGlkPSJ6b29tIj48cD64vbz+o7o8YSBocmVmPSIvbW9kdWxlL2Rvd25sb2FkL2Rvd25maWxlLmpzcD9jbGFzc2lkPTAmYW1wO2ZpbGVuYW1lPTI0MDEyNTEwMzQucGRmIj7B2bSox/jFqdK1xam05b7WMjAyM8Tq1f64rtDFz6K5q7+quaTX98TqtsixqLjmPC9hPjwvcD48L2Rpdj48ZGl2IGNsYXNzPSJmb290ZXIiPtb3sOy1pc67o7rB2bSox/jIy8Px1f64rrDsuavK0jwvZGl2PjwvYm9keT48L2h0bWw+', 'base64');
    const r = checkBytes('/nonexistent-rt20/t20240125_123.html', new Uint8Array(bytes));
    expect(r.analysis?.attachment).toMatchObject({ kind: 'PDF', name: TITLE });
  });
});

describe('round four', () => {
  it("a report whose title names no body: the file named with the body's name is its", () => {
    const t = '2023年政府信息公开工作年度报告';
    const page2 = (body: string) => analyzeDocument(parsePage(`<!doctype html><html><head><meta charset="utf-8"><title>${t}</title></head><body>` +
      `<div class="logo">临川区农业农村局</div>${body}<div class="footer">主办：临川区农业农村局</div></body></html>`), { url: URL_ });
    expect(page2(`<h1>${t}</h1><p>附件：<a href="/a/nb.pdf">${TITLE}.pdf</a></p>`).attachment?.name).toBe(`${TITLE}.pdf`);
    expect(page2(`<h1>${t}</h1><div id="zoom">${PROSE}<p>附件：<a href="/a/tj.xlsx">${TITLE}统计表.xlsx</a></p></div>`).tablesFile?.name).toBe(`${TITLE}统计表.xlsx`);
  });
});

describe('round five', () => {
  it("a title-only page offering the report and its tables' workbook: the report's file", () => {
    const two = `<p>附件1：<a href="/a/nb.pdf">${TITLE}.pdf</a></p><p>附件2：<a href="/a/tj.xlsx">${TITLE}统计表.xlsx</a></p>`;
    expect(said(TITLE, `${H1}<div id="zoom">${two}</div>`)).toBe(`report: PDF ${TITLE}.pdf`);
  });

  it('a title-only page with a pdf.js viewer and the same file to download', () => {
    const v = '<iframe src="/pdfjs/web/viewer.html?file=https%3A%2F%2Fwww.linchuan.gov.cn%2Fattach%2Fnb.pdf" width="100%"></iframe>';
    expect(said(TITLE, `${H1}${v}<p>附件：<a href="/attach/nb.pdf">${TITLE}.pdf</a></p>`)).toBe(`report: PDF ${TITLE}.pdf`);
    expect(said(TITLE, `${H1}${v}<p>附件：<a href="/attach/nb.pdf">点击下载</a></p>`)).toBe('report: PDF nb.pdf');
  });

  it('a text-only report offering a workbook that says it is something else', () => {
    expect(said(TITLE, article('<p>附件：<a href="/a/rw.xlsx">2023年重点工作任务分解表.xlsx</a></p>'))).toBe('none');
    expect(said(TITLE, article('<p>附件：<a href="/a/js.xlsx">部门决算公开表.xlsx</a></p>'))).toBe('none');
    expect(said(TITLE, article('<p>附件：<a href="/a/qd.xlsx">权责清单.xlsx</a></p>'))).toBe('none');
  });

  it('an icon-only link to the workbook, offered', () => {
    expect(said(TITLE, article('<p>附件：<a href="/a/P0201.xlsx"><img src="/images/xls.gif" alt=""></a></p>'))).toBe('tables: Excel P0201.xlsx');
  });
});

describe('round six', () => {
  it('a link named only 附件1: its name is not cut to the extension', () => {
    expect(said(TITLE, article('<p><a href="/a/P0201.xlsx">附件1.xlsx</a></p>'))).toBe('tables: Excel 附件1.xlsx');
    expect(said(TITLE, `${H1}<p><a href="/a/P0201.pdf">附件.pdf</a></p>`)).toBe('report: PDF 附件.pdf');
  });

  it('an old TRS page laid out in a table, the attachment in a cell after the text', () => {
    const body = `<table width="100%" class="layout"><tr><td class="title">${TITLE}</td></tr><tr><td class="info">发布日期：2024-01-25</td></tr>` +
      `<tr><td class="bt_content"><div id="zoom">${PROSE}</div></td></tr>` +
      '<tr><td class="fj">附件：<a href="/a/P020240125.xlsx">统计表.xlsx</a></td></tr></table>';
    expect(said(TITLE, body)).toBe('tables: Excel 统计表.xlsx');
  });

  it('WordPress uploads: an encoded file name behind 下载', () => {
    expect(said(TITLE, article('<p>附件：<a href="/wp-content/uploads/2024/01/%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx">下载</a></p>'))).toBe('tables: Excel 统计表.xlsx');
  });

  it('a link text with 下载 after the name', () => {
    expect(said(TITLE, article('<p>附件：<a href="/a/tj.xlsx">统计表.xlsx（点击下载）</a></p>'))).toMatch(/^tables: Excel 统计表\.xlsx/);
  });
});

describe('round seven', () => {
  it("a list whose links carry the file's size: one file in two forms, named without its size", () => {
    const li = (href: string, name: string, size: string) => `<li><a href="${href}"><span class="fjmc">${name}</span><span class="size">(${size})</span></a></li>`;
    const list = `<p>附件：</p><ul class="fjlist">${li('/a/tj.pdf', '统计表.pdf', '80KB')}${li('/a/tj.xlsx', '统计表.xlsx', '12.5KB')}</ul>`;
    expect(said(TITLE, article(list))).toBe('tables: Excel 统计表.xlsx');
    expect(said(TITLE, `${H1}<p>附件：</p><ul>${li('/a/nb.pdf', `${TITLE}.pdf`, '1.2MB')}</ul>`)).toBe(`report: PDF ${TITLE}.pdf`);
  });
});

describe('round seven, b', () => {
  it("a download address, the kind in the name before the file's size", () => {
    expect(said(TITLE, article('<p>附件：<a href="/down.jsp?id=88">统计表.xlsx（25.6KB）</a></p>'))).toBe('tables: Excel 统计表.xlsx');
  });
});

describe('round eight', () => {
  it('a long list of files under 附件 is read in time', () => {
    const items = Array.from({ length: 40 }, (_, i) => `<p><a href="/a/f${i}.pdf">材料${i}.pdf</a></p>`).join('');
    const start = Date.now();
    expect(said(TITLE, article(`<p>附件：</p>${items}<p><a href="/a/tj.xlsx">统计表.xlsx</a></p>`))).toBe('tables: Excel 统计表.xlsx');
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('round nine', () => {
  it("a download address naming the file in its query (开普云's name=, file_name=), the link's text without the extension", () => {
    expect(said(TITLE, article('<p>附件：<a href="/attach/download?fileId=8f1c&amp;name=%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx">统计表</a></p>'))).toBe('tables: Excel 统计表');
    expect(said(TITLE, article('<p>附件：<a href="/attach/download?fileId=8f1c&amp;file_name=a.xlsx">下载</a></p>'))).toBe('tables: Excel a.xlsx');
    const r = run(TITLE, article('<p>附件：<a href="/attach/download?fileId=8f1c&amp;name=a.xlsx">统计表</a></p>'));
    expect(r.tablesFile?.href).toBe('https://www.linchuan.gov.cn/attach/download?fileId=8f1c&name=a.xlsx');
  });
});

describe('round ten', () => {
  it("a site's 下载 or 相关下载 block after a title-only report is not the page's attachment", () => {
    expect(said(TITLE, `${H1}<div id="zoom"></div><div class="dl"><h3>下载</h3><ul><li><a href="/a/sc.pdf">使用手册.pdf</a></li></ul></div>`)).toBe('not a report');
    expect(said(TITLE, `${H1}<div id="zoom"></div><div class="dl"><h3>相关下载</h3><ul><li><a href="/a/P01.pdf">P01.pdf</a></li></ul></div>`)).toBe('not a report');
  });
});
