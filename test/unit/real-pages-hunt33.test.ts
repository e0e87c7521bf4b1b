// @vitest-environment node
/**
 * Session hunt33b: full report pages with their tables, as published (上海市人民政府办公厅 2019, kept
 * outside the repository; a test fixture of another project whose tables are a city's 2025 report).
 * The real pages are not kept here: each page below is self-written, the real page's shape with
 * another body and other numbers.
 * - A table 三 whose 总计 column is filled only for 新收, 上年结转, （七）总计 and 结转下年度, every
 *   result row's 总计 left blank beside its applicant columns (and table 四's 复议后起诉 left blank).
 *   The table rules say the blank totals are missing (one table.blank-total for the column, with
 *   each row's parts' sum). The text's result counts were skipped ("表格中没有…"); they are now
 *   compared with the parts' sums,
 *   as a reader adds the row up: passing where they agree, a warning (not an error: the page gives
 *   no total) where they do not, as the real page's "予以公开及部分公开258件" beside 予以公开 and
 *   部分公开 rows that add up to 275 (258 is the 自然人 column's 予以公开 alone).
 * - Table 二's rows whose first figure spans two columns under a header whose second heading spans
 *   two (the real page's 第二十条第（五）项): each figure under its own heading.
 * - A table 三 whose third header row has empty cells under 自然人 and 总计 instead of row spans:
 *   read whole.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { parsePage } from '../../cli/load-page.ts';

type Row = readonly (string | number)[];
const td = (v: string | number, attrs = '') => `<td${attrs ? ' ' + attrs : ''}><p align="center">${v === '' ? '&nbsp;' : v}</p></td>`;
const cells = (vals: Row) => vals.map((v) => td(v)).join('');
const t3Row = (label: string, vals: Row, attrs = 'colspan="3"') => `<tr><td ${attrs}><p>${label}</p></td>${cells(vals)}</tr>`;

/** Table 三 of the 2019 form; `total(row)` gives the 总计 cell of each row (blank where the page leaves it). */
function table3(total: (label: string, fallback: number) => string | number): string {
  const r = (label: string, vals: Row, attrs?: string) => {
    const sum = vals.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
    return t3Row(label, [...vals, total(label, sum)], attrs);
  };
  return `<table border="1"><tbody>
<tr><td colspan="3" rowspan="3"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td><td colspan="7"><p>申请人情况</p></td></tr>
<tr><td rowspan="2"><p>自然人</p></td><td colspan="5"><p>法人或其他组织</p></td><td rowspan="2"><p>总计</p></td></tr>
<tr>${cells(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])}</tr>
${r('一、本年新收政府信息公开申请数量', [410, 22, '', '', 3, 1])}
${r('二、上年结转政府信息公开申请数量', [9, '', '', '', '', ''])}
<tr><td rowspan="20"><p>三、本年度办理结果</p></td><td colspan="2"><p>（一）予以公开</p></td>${cells([150, 8, '', '', 1, ''])}${td(total('予以公开', 159))}</tr>
${r('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [6, '', '', '', '', ''], 'colspan="2"')}
<tr><td rowspan="8"><p>（三）不予公开</p></td><td><p>1.属于国家秘密</p></td>${cells([4, '', '', '', '', ''])}${td(total('国家秘密', 4))}</tr>
${r('2.其他法律行政法规禁止公开', ['', '', '', '', '', ''], '')}
${r('3.危及“三安全一稳定”', ['', '', '', '', '', ''], '')}
${r('4.保护第三方合法权益', [2, '', '', '', '', ''], '')}
${r('5.属于三类内部事务信息', ['', '', '', '', '', ''], '')}
${r('6.属于四类过程性信息', [5, 1, '', '', '', ''], '')}
${r('7.属于行政执法案卷', ['', '', '', '', '', ''], '')}
${r('8.属于行政查询事项', [7, '', '', '', '', ''], '')}
<tr><td rowspan="3"><p>（四）无法提供</p></td><td><p>1.本机关不掌握相关政府信息</p></td>${cells([120, 6, '', '', 1, ''])}${td(total('不掌握', 127))}</tr>
${r('2.没有现成信息需要另行制作', [30, 2, '', '', '', ''], '')}
${r('3.补正后申请内容仍不明确', [11, '', '', '', '', ''], '')}
<tr><td rowspan="5"><p>（五）不予处理</p></td><td><p>1.信访举报投诉类申请</p></td>${cells([40, 1, '', '', '', ''])}${td(total('信访', 41))}</tr>
${r('2.重复申请', [6, 2, '', '', '', ''], '')}
${r('3.要求提供公开出版物', ['', '', '', '', '', ''], '')}
${r('4.无正当理由大量反复申请', ['', '', '', '', '', ''], '')}
${r('5.要求行政机关确认或重新出具已获取信息', ['', '', '', '', '', ''], '')}
${r('（六）其他处理', ['', '', '', '', '', ''], 'colspan="2"')}
${t3Row('（七）总计', [381, 20, '', '', 2, '', 403], 'colspan="2"')}
${t3Row('四、结转下年度继续办理', [38, 2, '', '', 1, 1, 42])}
</tbody></table>`;
}

const TABLE4 = `<table border="1"><tbody>
<tr><td colspan="5"><p>行政复议</p></td><td colspan="10"><p>行政诉讼</p></td></tr>
<tr><td rowspan="2"><p>结果维持</p></td><td rowspan="2"><p>结果纠正</p></td><td rowspan="2"><p>其他结果</p></td><td rowspan="2"><p>尚未审结</p></td><td rowspan="2"><p>总计</p></td><td colspan="5"><p>未经复议直接起诉</p></td><td colspan="5"><p>复议后起诉</p></td></tr>
<tr>${cells(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'])}</tr>
<tr>${cells([3, '', '', 1, 4, 2, '', '', 1, 3, '', '', '', '', ''])}</tr>
</tbody></table>`;

const TABLE2 = `<table border="1"><tbody>
<tr><td colspan="5"><p>第二十条第（一）项</p></td></tr>
<tr><td><p>信息内容</p></td><td><p>本年新制作数量</p></td><td colspan="2"><p>本年新公开数量</p></td><td><p>对外公开总数量</p></td></tr>
<tr><td><p>规章</p></td>${td(2)}${td(2, 'colspan="2"')}${td(61)}</tr>
<tr><td><p>规范性文件</p></td>${td(17)}${td(17, 'colspan="2"')}${td(140)}</tr>
<tr><td colspan="5"><p>第二十条第（五）项</p></td></tr>
<tr><td><p>信息内容</p></td><td><p>上一年项目数量</p></td><td colspan="2"><p>本年增/减</p></td><td><p>处理决定数量</p></td></tr>
<tr><td><p>行政许可</p></td>${td(35, 'colspan="2"')}${td(3)}${td(1200)}</tr>
<tr><td colspan="5"><p>第二十条第（九）项</p></td></tr>
<tr><td><p>信息内容</p></td><td colspan="2"><p>采购项目数量</p></td><td colspan="2"><p>采购总金额</p></td></tr>
<tr><td><p>政府集中采购</p></td>${td(3, 'colspan="2"')}${td('86000元', 'colspan="2"')}</tr>
</tbody></table>`;

const TITLE = '2020年青禾市人民政府办公室政府信息公开工作年度报告';
/** The silent text: every result count the sum of its row's (or group's) applicant columns. */
const RIGHT_TEXT = '市政府办公室全年新收政府信息公开申请436件，答复政府信息公开申请403件（含上年结转申请9件，另有42件结转下年度办理）。予以公开及部分公开165件；不予公开19件；无法提供170件；不予处理49件；其他处理0件。信息公开类行政复议4件，行政诉讼3件。';

/** As the real page: 新收 and 上年结转 carry their 总计, the result rows leave it blank. */
const RESULTS_BLANK = (label: string, sum: number): string | number => (/^[一二]、/.test(label) ? sum : '');

function page(text: string, total: (label: string, fallback: number) => string | number = RESULTS_BLANK): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div class="content">
<p>${TITLE}</p><p>本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。本年度报告中所列数据统计期限从2020年1月1日到12月31日止。</p>
<p>一、总体情况</p><p>（一）依申请公开方面</p><p>${text}</p>
<p>二、主动公开政府信息情况</p>${TABLE2}
<p>三、收到和处理政府信息公开申请情况</p>${table3(total)}
<p>四、政府信息公开行政复议、行政诉讼情况</p>${TABLE4}
<p>五、政府信息公开工作存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p>
</div></body></html>`;
}

const analyze = (html: string) => analyzeDocument(parsePage(html), { url: 'https://www.example.gov.cn/nb2020.html' });
const textFlags = (html: string) => analyze(html).findings.filter((f) => f.rule.startsWith('text.')).map((f) => `${f.severity} ${f.rule} ${f.quote} → ${f.expected}`);

describe('hunt33b: a table 三 whose result rows leave 总计 blank (shape of 上海市人民政府办公厅 2019)', () => {
  it('the tables are read whole: the blank totals are said missing, with their sums, and kept blank in the key figures', () => {
    const a = analyze(page(RIGHT_TEXT));
    const blank = a.findings.filter((f) => f.rule === 'table.blank-total');
    // 予以公开, 部分公开 and each item row with figures: 国家秘密, 第三方, 过程性, 查询; 不掌握, 另行制作, 不明确; 信访, 重复
    // one gap the reader sees, said once (blank-total-groups.ts), with each blank cell in it
    expect(blank).toHaveLength(1);
    expect(blank[0]!.message).toMatch(/^表三「总计」一列有11处空白：「（一）予以公开」、「（二）部分公开」、「（三）不予公开1\.属于国家秘密」等11处（各行分项之和分别为159、6、4等）：合计缺失/);
    const totals = blank[0]!.cells.slice(0, 11);
    expect(new Set(totals.map((c) => c.col)).size).toBe(1);
    expect(totals.map((c) => a.tables.t3.includes(c.table))).toEqual(Array(11).fill(true));
    expect(blank[0]!.cells.slice(11).every((c) => c.col < totals[0]!.col)).toBe(true);
    // each blank total is still one check that could not be done
    expect(a.checks.skipped).toBeGreaterThanOrEqual(11);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(a.figures['t3.granted.total']).toBeNull();
    expect(a.figures['t3.new.total']).toBe(436);
    expect(a.figures['t3.processed.total']).toBe(403);
    expect(a.figures['t4.suitDirect.total']).toBe(3);
    // table 二's rows whose first figure spans two columns under a header whose second heading does
    expect([a.figures['t2.license.prevYear'], a.figures['t2.license.change'], a.figures['t2.license.decisions']]).toEqual([35, 3, 1200]);
    expect(a.figures['t2.procurement.procurementAmount']).toBe(86000);
  });

  it('the text that agrees with the rows\' sums raises nothing, and is checked (not skipped)', () => {
    const a = analyze(page(RIGHT_TEXT));
    expect(textFlags(page(RIGHT_TEXT))).toEqual([]);
    expect(a.narrative.failed).toBe(0);
    // 其他处理0件 and 行政诉讼3件 alone stay unknown: the 其他处理 row and the 复议后起诉 group are
    // left empty whole, and an empty row says nothing (narrative-none-rows.test.ts)
    expect(a.narrative.skipped).toBe(2);
    expect(a.narrative.passed).toBe(a.narrative.checked - 2);
  });

  it('a result count that is one column of its row (予以公开 and 部分公开 of 自然人 only) is a warning with the parts\' sum', () => {
    const wrong = RIGHT_TEXT.replace('予以公开及部分公开165件', '予以公开及部分公开156件');
    expect(textFlags(page(wrong))).toEqual(['warning text.vs-table 予以公开及部分公开156件 → 165']);
    const f = analyze(page(wrong)).findings.find((x) => x.rule === 'text.vs-table')!;
    expect(f.message).toContain('表中该处总计未填，按其各分项相加为165件');
  });

  it('a group\'s count off its items\' sum (不予处理 48 beside 41 + 8) is a warning too', () => {
    expect(textFlags(page(RIGHT_TEXT.replace('不予处理49件', '不予处理48件')))).toEqual(['warning text.vs-table 不予处理48件 → 49']);
  });

  it('a group left empty whole (复议后起诉) says nothing: 诉讼4件 stays unknown', () => {
    expect(textFlags(page(RIGHT_TEXT.replace('行政诉讼3件', '行政诉讼4件')))).toEqual([]);
  });

  it('an item row left empty beside items with figures is the group\'s 0: 不予公开 is 4 + 2 + 6 + 7', () => {
    expect(textFlags(page(RIGHT_TEXT.replace('不予公开19件', '不予公开20件')))).toEqual(['warning text.vs-table 不予公开20件 → 19']);
  });

  it('a stray figure in a row left empty, which a table rule catches, is the rules\' to place: the text\'s 不予处理 is not doubted', () => {
    // 3.要求提供公开出版物 gets a stray 1 under 自然人: the 自然人 results add up to 382 against （七）总计 381
    const stray = page(RIGHT_TEXT).replace('3.要求提供公开出版物</p></td><td><p align="center">&nbsp;</p></td>', '3.要求提供公开出版物</p></td><td><p align="center">1</p></td>');
    expect(stray).not.toBe(page(RIGHT_TEXT));
    const a = analyze(stray);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('t3.results-total');
    expect(a.findings.filter((f) => f.rule.startsWith('text.'))).toEqual([]);
  });

  it('with the 总计 column filled the same mistake is an error, as before', () => {
    const filled = (_label: string, sum: number) => sum;
    expect(textFlags(page(RIGHT_TEXT, filled))).toEqual([]);
    const wrong = RIGHT_TEXT.replace('予以公开及部分公开165件', '予以公开及部分公开156件');
    expect(textFlags(page(wrong, filled))).toEqual(['error text.vs-table 予以公开及部分公开156件 → 165']);
  });
});

describe('hunt33b: a table 三 whose third header row has empty cells under 自然人 and 总计', () => {
  const HEAD_BLANKS = (h: string) => h
    .replace('<td rowspan="2"><p>自然人</p></td>', '<td><p>自然人</p></td>')
    .replace('<td rowspan="2"><p>总计</p></td></tr>', '<td><p>总计</p></td></tr>')
    .replace(`<tr>${cells(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])}</tr>`, `<tr><td></td>${cells(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])}<td></td></tr>`);

  it('is read as with the spans: every column mapped, nothing raised', () => {
    const filled = (_label: string, sum: number) => sum;
    const html = HEAD_BLANKS(page(RIGHT_TEXT, filled));
    expect(html).toContain('<tr><td></td><td><p align="center">商业企业</p></td>');
    const a = analyze(html);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(a.findings.filter((f) => f.rule.startsWith('map.'))).toEqual([]);
    expect(a.figures['t3.new.natural']).toBe(410);
    expect(a.figures['t3.granted.total']).toBe(159);
    expect(a.figures['t3.carriedForward.otherOrg']).toBe(1);
  });
});

describe('hunt33b: a typo in a table cell of the blank-总计 page never makes the right text an error', () => {
  it('+3 in each figure cell of table 三: the text findings are warnings at most, and each names a row holding the changed cell', () => {
    const html = page(RIGHT_TEXT);
    const start = html.indexOf('一、本年新收政府信息公开申请数量');
    const end = html.indexOf('四、政府信息公开行政复议');
    const cell = /<td><p align="center">(\d+)<\/p><\/td>/g;
    cell.lastIndex = start;
    let m: RegExpExecArray | null;
    let tried = 0;
    while ((m = cell.exec(html)) && m.index < end) {
      const changed = html.slice(0, m.index) + `<td><p align="center">${Number(m[1]) + 3}</p></td>` + html.slice(m.index + m[0].length);
      const text = analyze(changed).findings.filter((f) => f.rule.startsWith('text.'));
      expect(text.filter((f) => f.severity === 'error'), `cell at ${m.index}`).toEqual([]);
      tried++;
    }
    expect(tried).toBeGreaterThan(30);
  });
});
