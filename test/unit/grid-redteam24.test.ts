/**
 * Red team 24's readings (test/fixtures/redteam24): table 三's cells where a span one too long or
 * too short moved them, and zeros merged down a column. Each reading where it fires and where it
 * must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseGrid, type Grid } from '../../lib/grid/parse-grid.ts';
import { figureAt, rowView } from '../../lib/map/grid-rows.ts';
import { mapTable3 } from '../../lib/map/map-table3.ts';
import { t3ColumnIndex } from '../../lib/map/mapped.ts';
import type { Finding } from '../../lib/types.ts';

function grid(html: string): Grid {
  const { document } = parseHTML(`<!doctype html><html><body><table>${html}</table></body></html>`);
  return parseGrid(document.querySelector('table') as unknown as Element, 0);
}

const td = (t: string | number, cs = 1, rs = 1) => `<td${cs > 1 ? ` colspan=${cs}` : ''}${rs > 1 ? ` rowspan=${rs}` : ''}>${t}</td>`;
const HEAD = `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3)}${td('申请人情况', 7)}</tr>
<tr>${td('自然人', 1, 2)}${td('法人或其他组织', 5)}${td('总计', 1, 2)}</tr>
<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((x) => td(x)).join('')}</tr>`;

/** Table 三's rows (2021 template) as [key, label cells, figures]: natural i+10, 商业企业 1, total i+11. */
type Row = { key: string; labels: string[]; figs: (string | number)[] };
function rows(): Row[] {
  const out: Row[] = [];
  const add = (key: string, labels: string[]) => { const i = out.length; out.push({ key, labels, figs: [i + 10, 1, 0, 0, 0, 0, i + 11] }); };
  add('new', [td('一、本年新收政府信息公开申请数量', 3)]);
  add('carried', [td('二、上年结转政府信息公开申请数量', 3)]);
  add('granted', [td('三、本年度办理结果', 1, 22), td('（一）予以公开', 2)]);
  add('partial', [td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2)]);
  ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']
    .forEach((l, i) => add(`d${i + 1}`, [...(i === 0 ? [td('（三）不予公开', 1, 8)] : []), td(l)]));
  ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']
    .forEach((l, i) => add(`u${i + 1}`, [...(i === 0 ? [td('（四）无法提供', 1, 3)] : []), td(l)]));
  ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']
    .forEach((l, i) => add(`n${i + 1}`, [...(i === 0 ? [td('（五）不予处理', 1, 5)] : []), td(l)]));
  ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']
    .forEach((l, i) => add(`o${i + 1}`, [...(i === 0 ? [td('（六）其他处理', 1, 3)] : []), td(l)]));
  add('processed', [td('（七）总计', 2)]);
  add('next', [td('四、结转下年度继续办理', 3)]);
  return out;
}
const html = (rs: Row[]) => HEAD + rs.map((r) => `<tr>${r.labels.join('')}${r.figs.map((f) => td(f)).join('')}</tr>`).join('\n');
const edit = (rs: Row[], key: string, f: (r: Row) => void) => { f(rs.find((r) => r.key === key)!); return rs; };

function mapped(rs: Row[]) {
  const notes: Finding[] = [];
  const m = mapTable3([grid(html(rs))], notes)!;
  const cell = (key: string, col: string) => m.rows.get(key)?.cells[t3ColumnIndex(col as never)];
  return { m, notes, cell };
}

describe('a row moved by a span one too long or too short is read by its own cells (map-table3 shiftedRow)', () => {
  it('a label over four columns: its figures one column right, each still its column\'s', () => {
    const { cell, notes } = mapped(edit(rows(), 'new', (r) => (r.labels = [td('一、本年新收政府信息公开申请数量', 4)])));
    expect(cell('new', 'natural')).toMatchObject({ value: 10, ref: { row: 3, col: 4 } });
    expect(cell('new', 'commercial')?.value).toBe(1);
    expect(cell('new', 'total')).toMatchObject({ value: 11, ref: { col: 10 } });
    expect(notes).toEqual([]);
  });
  it('a label over two columns: its figures one column left', () => {
    const { cell } = mapped(edit(rows(), 'next', (r) => (r.labels = [td('四、结转下年度继续办理', 2)])));
    expect(cell('carriedForward', 'natural')).toMatchObject({ value: 34, ref: { col: 2 } });
    expect(cell('carriedForward', 'total')?.value).toBe(35);
  });
  it('the lead cell\'s rowspan run over 四、结转下年度', () => {
    const { cell } = mapped(edit(rows(), 'granted', (r) => (r.labels = [td('三、本年度办理结果', 1, 30), td('（一）予以公开', 2)])));
    expect(cell('carriedForward', 'natural')?.value).toBe(34);
    expect(cell('carriedForward', 'total')?.value).toBe(35);
    expect(cell('granted', 'natural')?.value).toBe(12);
  });
  it('a group cell one row short: its last item one column left, the rows around it as ever', () => {
    const { cell, notes } = mapped(edit(rows(), 'n1', (r) => (r.labels = [td('（五）不予处理', 1, 4), td('1.信访举报投诉类申请')])));
    expect(cell('notProcessed.confirm', 'natural')).toMatchObject({ value: 29, ref: { col: 2 } });
    expect(cell('notProcessed.confirm', 'total')?.value).toBe(30);
    expect(cell('other.overdueCorrection', 'natural')?.value).toBe(30);
    expect(notes).toEqual([]);
  });
  it('silent: a row one figure short or one figure long is read in the header\'s columns, as ever', () => {
    const short = mapped(edit(rows(), 'new', (r) => (r.figs = r.figs.slice(1))));
    expect(short.cell('new', 'natural')).toMatchObject({ value: 1, ref: { col: 3 } });
    expect(short.cell('new', 'total')).toBeUndefined();
    const long = mapped(edit(rows(), 'new', (r) => r.figs.push(99)));
    expect(long.cell('new', 'natural')).toMatchObject({ value: 10, ref: { col: 3 } });
    expect(long.cell('new', 'total')?.value).toBe(11);
  });
});

describe('a group cell run one row too far: the labels read as the reader reads them (map-table3 rowKeyOfMovedLabel)', () => {
  it('（三）不予公开 over （四）无法提供\'s first row: that row is 1.本机关不掌握, the next 2.没有现成, not （四）\'s subtotal', () => {
    const { cell, notes } = mapped(edit(rows(), 'd1', (r) => (r.labels = [td('（三）不予公开', 1, 9), td('1.属于国家秘密')])));
    expect(cell('unable.noInfo', 'natural')).toMatchObject({ value: 22, ref: { col: 4 } });
    expect(cell('unable.needCreate', 'natural')?.value).toBe(23);
    expect(cell('unable.unclear', 'total')?.value).toBe(25);
    expect(cell('unable', 'natural')).toBeUndefined();
    expect(notes).toEqual([]);
  });
  it('silent: a subtotal row whose group heading is its own cell stays the group\'s subtotal', () => {
    const rs = edit(rows(), 'u1', (r) => (r.labels = [td('（四）无法提供', 1, 4), td('小计')]));
    rs.splice(rs.findIndex((r) => r.key === 'u1') + 1, 0, { key: 'u1b', labels: [td('1.本机关不掌握相关政府信息')], figs: [7, 0, 0, 0, 0, 0, 7] });
    rs.find((r) => r.key === 'granted')!.labels[0] = td('三、本年度办理结果', 1, 23);
    const { cell } = mapped(rs);
    expect(cell('unable', 'natural')?.value).toBe(22);
    expect(cell('unable.noInfo', 'natural')?.value).toBe(7);
  });
});

describe('a 0 merged down a column or across part of a row is 0 in every slot it covers (grid-rows.ts inEverySlot)', () => {
  const t = grid(`<tr><td>甲</td><td>1</td><td rowspan=3>0</td><td>1</td></tr>
<tr><td>乙</td><td>2</td><td>2</td></tr>
<tr><td>丙</td><td>3</td><td>3</td></tr>`);
  it('fires: the rows below read 0, pointing back to the merged cell', () => {
    expect(figureAt(rowView(t, 2), 2)).toMatchObject({ value: 0, blank: false, ref: { row: 0, col: 2 } });
    expect(figureAt(rowView(t, 0), 2)).toMatchObject({ value: 0, ref: { row: 0, col: 2 } });
  });
  it('silent: a number other than 0 merged down stays one figure where it starts', () => {
    const g = grid('<tr><td>甲</td><td rowspan=2>3</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr>');
    expect(figureAt(rowView(g, 0), 1)?.value).toBe(3);
    expect(figureAt(rowView(g, 1), 1)).toBeNull();
  });
  it('fires across part of a row: a zero row\'s five org cells as one "0" are 0 in each column', () => {
    const g = grid(`<tr><td>甲</td><td>2</td><td>1</td><td>0</td><td>3</td></tr>
<tr><td>乙</td><td>0</td><td colspan=2>0</td><td>0</td></tr>`);
    expect(figureAt(rowView(g, 1), 3)).toMatchObject({ value: 0, ref: { row: 1, col: 2 } });
  });
  it('silent across: a row that kept a cell for each column the 0 covers (it ends past the others) reads the 0 once', () => {
    const g = grid(`<tr><td>甲</td><td>2</td><td>1</td><td>0</td><td>3</td></tr>
<tr><td>乙</td><td>1</td><td>0</td><td>1</td><td>2</td></tr>
<tr><td>丙</td><td>0</td><td colspan=2>0</td><td>0</td><td>0</td><td>0</td></tr>`);
    expect(figureAt(rowView(g, 2), 3)).toBeNull();
    expect(figureAt(rowView(g, 2), 2)?.value).toBe(0);
  });
  it('silent: a row that kept its own cell past the 0 (it ends further right) does not read the 0', () => {
    const g = grid('<tr><td>甲</td><td>1</td><td rowspan=2>0</td><td>1</td></tr><tr><td>乙</td><td>2</td><td>0</td><td>2</td></tr>');
    expect(figureAt(rowView(g, 1), 2)).toBeNull();
  });
});
