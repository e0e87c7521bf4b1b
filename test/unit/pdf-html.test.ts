/**
 * A PDF's page rebuilt as HTML (lib/pdf/pdf-html.ts) from the runs pdf.js gives, then read by the
 * core as any page: the characters a font maps to radicals, the title, paragraphs and page
 * numbers, a ruled table in its place; a table drawn without borders is left unread (its
 * figures text), never rebuilt from where its figures stand. Real PDFs: pdf-corpus.test.ts; Chromium's prints of the
 * fixtures: test/e2e/pdf-print.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { pdfToHtml, type PdfPage, type PdfRun } from '../../lib/pdf/pdf-html.ts';
import { parseLight } from '../../cli/light-parse.ts';

const run = (str: string, x: number, y: number, h = 10.5, w = [...str].length * h): PdfRun => ({ str, x, y, w, h });

/** A line of prose from x = 74 to the text's right edge (x = 520), or shorter. */
const prose = (str: string, y: number, x = 74): PdfRun => run(str, x, y, 16, Math.min(446, [...str].length * 16));


describe('a PDF page as HTML', () => {
  it('gives radicals their ideographs, takes the title from the first page\'s large lines, drops page numbers', () => {
    const page: PdfPage = {
      runs: [
        run('当前位置：首页>政务公开>政府信息公开年度报告>正文', 74, 800, 9),
        run('淮安市人⺠政府', 219, 760, 22),
        run('2024年政府信息公开工作年度报告', 129, 730, 22),
        prose('本报告由淮安市人民政府办公室根据《中华人民共和国政府信', 660, 106),
        prose('息公开条例》规定编制。', 632),
        prose('⼀、总体情况', 604, 106),
        run('-', 280, 40), run('1', 288, 40), run('-', 296, 40),
      ],
    };
    const html = pdfToHtml([page], 'ndbg.pdf');
    expect(html).toContain('<title>淮安市人民政府2024年政府信息公开工作年度报告</title>');
    expect(html).toContain('<h1>淮安市人民政府2024年政府信息公开工作年度报告</h1>');
    expect(html).toContain('<p>本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。</p>');
    expect(html).toContain('<p>一、总体情况</p>');
    expect(html).not.toMatch(/<p>-?1-?<\/p>/);
    // the portal's path is a paragraph, never the title
    expect(html).not.toContain('<title>当前位置');
  });

  it('takes the title from a printed page\'s metadata line without its label (名　称…年度报告), and a 名称 of the body\'s own stays', () => {
    const page: PdfPage = {
      runs: [
        run('索引号MB1D46192/2024-00011', 74, 790), run('主题分类政务公开', 330, 790),
        run('名', 74, 770), run('称东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告', 96, 770),
        run('文', 74, 750), run('号', 96, 750), run('发布日期2024-01-22', 330, 750),
        prose('本报告根据《中华人民共和国政府信息公开条例》编制。', 700, 106),
      ],
    };
    const html = pdfToHtml([page], 't20240122_11.pdf');
    expect(html).toContain('<title>东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告</title>');
    // a body whose own name starts so keeps it (名称 is never cut from a name with no year after it)
    const plain: PdfPage = { runs: [run('名山区人民政府', 219, 760, 22), run('2023年政府信息公开工作年度报告', 129, 730, 22), prose('一、总体情况', 700, 106)] };
    expect(pdfToHtml([plain], 'a.pdf')).toContain('<title>名山区人民政府2023年政府信息公开工作年度报告</title>');
  });

  it('joins a paragraph a page break cut ("办结41" / "件，结转下年度0件。"), never over an indented line or a running header', () => {
    // "办结41" ends its page's last line at the text's edge (x 74–520); the next page goes on with "件，…"
    const full = (str: string, y: number, x = 74) => run(str, x, y, 16, 520 - x);
    const first: PdfPage = {
      runs: [
        full('本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限', 200, 106), full('自2023年1月1日起至2023年12月31日止。本报告电子版可在本区人民政府', 180),
        full('门户网站查阅。如对本报告有疑问，请与区人民政府办公室联系（地址：', 160), full('云岭区迎宾东路66号，电话：0736-7238811）。本年度全区政府信息公开', 140), prose('工作有序推进。', 120),
        full('（二）依申请公开。本级收到申请39件，上年结转2件，办结41', 100, 106), run('- 1 -', 280, 40),
      ],
    };
    const next = (head: PdfRun[]): PdfPage => ({ runs: [...head, prose('件，结转下年度0件。', 760), prose('（三）政府信息管理。', 700, 106)] });
    const joined = pdfToHtml([first, next([])], 'a.pdf');
    expect(joined).toContain('<p>（二）依申请公开。本级收到申请39件，上年结转2件，办结41件，结转下年度0件。</p>');
    // the next page opens a paragraph of its own (indented): two paragraphs
    const indented = pdfToHtml([first, { runs: [prose('二、主动公开政府信息情况。', 760, 106)] }], 'a.pdf');
    expect(indented).toContain('<p>（二）依申请公开。本级收到申请39件，上年结转2件，办结41</p>');
    // a running header over the page's text is not the paragraph's
    const header = pdfToHtml([first, next([run('某区人民政府2023年政府信息公开工作年度报告', 74, 800, 10.5)])], 'a.pdf');
    expect(header).not.toContain('办结41某区');
    expect(header).toContain('<p>件，结转下年度0件。</p>');
  });

  it('leaves out a footnote mark set small and raised (or lowered) beside a figure, and a run struck through; keeps marks on the line', () => {
    // "部分公开11" then a lowered "3" (<sub>3</sub>), "共收到申请56" then a raised "1" (<sup>1</sup>), "上年结转" then a struck "4" and "3"
    const page: PdfPage = {
      runs: [
        run('其中，部分公开', 74, 700, 16, 112), run('11', 186, 700, 16, 15.4), run('3', 201.4, 696, 13.3, 6.7), run('件。', 208.1, 700, 16, 32),
        run('共收到申请', 74, 670, 16, 80), run('56', 154, 670, 16, 16), run('1', 170, 677, 10, 5), run('件，上年结转', 175, 670, 16, 96), run('4', 271, 670, 16, 8), run('3', 279, 670, 16, 8), run('件。', 287, 670, 16, 32),
        run('第', 74, 640, 16, 16), run('3', 90, 640, 16, 8), run('季度共12件。', 98, 640, 16, 112),
      ],
      rules: [{ x1: 271, y1: 674.6, x2: 279, y2: 675.4 }],
    };
    const html = pdfToHtml([page], 'a.pdf');
    expect(html).toContain('其中，部分公开11件。');
    expect(html).toContain('共收到申请56件，上年结转3件。');
    // a figure as large as its text and on its line is text
    expect(html).toContain('第3季度共12件。');
  });

  it('keeps a file\'s name as the title when it names a report', () => {
    expect(pdfToHtml([{ runs: [prose('一、总体情况', 700)] }], '某区2023年政府信息公开工作年度报告.pdf')).toContain('<title>某区2023年政府信息公开工作年度报告</title>');
  });

  it('reads a number printed in another font inside a sentence as the sentence\'s, never as a table', () => {
    const page: PdfPage = {
      runs: [run('2023', 100, 300, 16, 32), run('年，洪泽区政府信息公开工作取得一定的成效，但对照', 136, 300, 16, 383), prose('上级要求，仍存在一定差距。', 272)],
    };
    const html = pdfToHtml([page], 'a.pdf');
    expect(html).not.toContain('<table');
    expect(html).toContain('2023年，洪泽区政府信息公开工作取得一定的成效');
  });
});

/**
 * Table 三 as a Word export without borders would print it: labels at three places (一、 at 78,
 * （一） at 104, 1. at 181), seven figure columns, rows 20 points apart; （三）不予公开 centred on
 * its items, （二）'s label wrapped over the lines above and below its figures.
 */
function borderlessTable3(): PdfRun[] {
  const cols = [325, 355, 384, 412, 440, 469, 499];
  const runs: PdfRun[] = [run('三、收到和处理政府信息公开申请情况', 104, 500, 14, 272)];
  // the header, stacked as Word sets narrow cells
  runs.push(run('申请人情况', 388, 470, 10, 50), run('法人或其他组织', 377, 450, 10, 70));
  runs.push(run('自然人', 311, 430, 10, 30), run('总计', 489, 430, 10, 20));
  runs.push(run('商业', 346, 425, 10, 20), run('科研', 374, 425, 10, 20), run('社会', 403, 428, 10, 20), run('法律', 431, 428, 10, 20));
  runs.push(run('企业', 346, 413, 10, 20), run('机构', 374, 413, 10, 20), run('公益', 403, 416, 10, 20), run('服务', 431, 416, 10, 20), run('其他', 459, 416, 10, 20));
  runs.push(run('组织', 403, 404, 10, 20), run('机构', 431, 404, 10, 20));
  let y = 380;
  const row = (label: string | null, x: number, figures: number[], labelY = y) => {
    if (label) runs.push(run(label, x, labelY + 1.4, 9, [...label].length * 9));
    figures.forEach((f, i) => runs.push(run(String(f), cols[i]! - 3.5 * String(f).length, y, 10, 7 * String(f).length)));
    y -= 20;
  };
  row('一、本年新收政府信息公开申请数量', 78, [21, 0, 0, 0, 0, 0, 21]);
  row('二、上年结转政府信息公开申请数量', 78, [1, 0, 0, 0, 0, 0, 1]);
  row('（一）予以公开', 104, [10, 0, 0, 0, 0, 0, 10]);
  // （二）'s label: one line above its figures, one below
  runs.push(run('（二）部分公开（区分处理的，只计这一情', 104, y + 8, 9, 171), run('计其他情形）', 104, y - 6, 9, 54));
  row(null, 0, [4, 0, 0, 0, 0, 0, 4]);
  const items = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'];
  const first = y;
  items.forEach((t, i) => row(t, 181, i === 5 ? [1, 0, 0, 0, 0, 0, 1] : [0, 0, 0, 0, 0, 0, 0]));
  // the group's label centred on its eight items, and 三、本年度办理结果 set down the side
  runs.push(run('（三）不予公开', 104, first - 3.5 * 20 - 4, 9, 63), run('三、本年度办理结果', 91, first - 2 * 20 - 6, 9, 10));
  const four = y;
  ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].forEach((t, i) => row(t, 181, i === 0 ? [6, 0, 0, 0, 0, 0, 6] : [0, 0, 0, 0, 0, 0, 0]));
  runs.push(run('（四）无法提供', 104, four - 20 - 4, 9, 63));
  const five = y;
  ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请'].forEach((t) => row(t, 181, [0, 0, 0, 0, 0, 0, 0]));
  // a label too long for its cell wraps, its second line indented under its first's words
  runs.push(run('5.要求行政机关确认或重新', 181, y + 6, 9, 117), run('出具已获取信息', 188, y - 6, 9, 63));
  row(null, 0, [0, 0, 0, 0, 0, 0, 0]);
  runs.push(run('（五）不予处理', 104, five - 2 * 20 - 4, 9, 63));
  row('（六）其他处理', 104, [0, 0, 0, 0, 0, 0, 0]);
  row('（七）总计', 104, [21, 0, 0, 0, 0, 0, 21]);
  row('四、结转下年度继续办理', 78, [1, 0, 0, 0, 0, 0, 1]);
  return runs;
}

describe('a table with no borders', () => {
  it('is not rebuilt: its figures stay text, no table of the report is read, nothing is flagged', () => {
    const html = pdfToHtml([{ runs: [prose('2023年某区政府信息公开工作年度报告', 780), ...borderlessTable3()] }], '某区2023年政府信息公开工作年度报告.pdf');
    expect(html).not.toContain('<table');
    expect(html).toContain('1.属于国家秘密');
    const a = analyzeDocument(parseLight(html) as unknown as Document, { url: 'file:///x/a.pdf' });
    expect(Object.keys(a.figures).filter((k) => /^t[34]\./.test(k))).toEqual([]);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
