import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseGrid, type Grid } from '../../lib/grid/parse-grid.ts';
import { withoutSerialColumn } from '../../lib/map/serial-column.ts';
import { figureAt, rowView } from '../../lib/map/grid-rows.ts';
import { findTables } from '../../lib/map/find-tables.ts';
import { mapTable3 } from '../../lib/map/map-table3.ts';
import { t3ColumnIndex } from '../../lib/map/mapped.ts';
import type { Finding } from '../../lib/types.ts';

function grid(html: string): Grid {
  const { document } = parseHTML(`<!doctype html><html><body><table>${html}</table></body></html>`);
  return parseGrid(document.querySelector('table') as unknown as Element, 0);
}

/** A small table with a first column headed `head` holding `serials`, a label and two figures. */
function withColumn(head: string, serials: string[]): Grid {
  const rows = serials.map((s, i) => `<tr><td>${s}</td><td>项目${i}</td><td>${i + 5}</td><td>${i + 7}</td></tr>`);
  return grid(`<tr><td>${head}</td><td>项目</td><td>自然人</td><td>总计</td></tr>${rows.join('')}`);
}

const taken = (g: Grid) => withoutSerialColumn(g) !== g;

describe('withoutSerialColumn: a 序号 column is no figure', () => {
  it.each([
    ['1 to 5', ['1', '2', '3', '4', '5']],
    ['with a point or 、', ['1.', '2.', '3、']],
    ['Chinese, then （一） (numbering by the template\'s levels)', ['一', '二', '（一）', '（二）', '1', '2', '3', '1', '2', '（七）', '四']],
    ['restarting under each group', ['1', '2', '3', '1', '2', '1']],
    ['blank where a row has none', ['1', '', '2', '—', '3']],
    ['full-width digits', ['１', '２', '３']],
    ['一 to 十二', ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']],
  ])('takes out a 序号 column: %s', (_, serials) => {
    const g = withColumn('序号', serials);
    const out = withoutSerialColumn(g);
    expect(out).not.toBe(g);
    // the column's cells, header included, are holes; every other cell keeps its column
    expect(out.slots.every((row) => row[0] === null)).toBe(true);
    expect(out.slots[1]![2]).toBe(g.slots[1]![2]);
    expect(out.width).toBe(g.width);
    // the row's label is its label cell, its figures start after it, and point at their own cells
    const v = rowView(out, 1);
    expect([v.label, v.dataStart]).toEqual(['项目0', 2]);
    expect(figureAt(v, 2)?.ref).toEqual({ table: 0, row: 1, col: 2 });
  });

  it('reads the header however Word split it (序 | 号 in two spans, spaced)', () => {
    expect(taken(withColumn('<span>序</span><span>号</span>', ['1', '2']))).toBe(true);
    expect(taken(withColumn('序 号', ['1', '2']))).toBe(true);
  });

  it.each([
    ['a column under another header', '编号', ['1', '2', '3']],
    ['a column under a figure header', '自然人', ['1', '2', '3']],
    ['a 序号 column holding a figure with a unit', '序号', ['1', '2件', '3']],
    ['a 序号 column holding labels', '序号', ['1.属于国家秘密', '2.其他法律行政法规禁止公开']],
    ['a 序号 column not starting at 1', '序号', ['5', '6', '7']],
    ['a 序号 column going back', '序号', ['1', '3', '2']],
    ['a 序号 column repeating a number', '序号', ['1', '2', '2', '3']],
  ])('leaves the grid as it is: %s', (_, head, serials) => {
    const g = withColumn(head, serials);
    expect(withoutSerialColumn(g)).toBe(g);
  });

  it('keeps a cell that spans past the column (a heading across the table)', () => {
    const g = grid(`<tr><td>序号</td><td>项目</td><td>数量</td></tr>
      <tr><td>1</td><td>甲</td><td>4</td></tr>
      <tr><td colspan=3>三、本年度办理结果</td></tr>
      <tr><td>2</td><td>乙</td><td>5</td></tr>`);
    const out = withoutSerialColumn(g);
    expect(out.slots[2]![0]).toBe(g.slots[2]![0]);
    expect([out.slots[1]![0], out.slots[3]![0]]).toEqual([null, null]);
  });

  it('takes out a serial merged down several rows (三 beside the result rows)', () => {
    const g = grid(`<tr><td>序号</td><td>项目</td><td>数量</td></tr>
      <tr><td>一</td><td>甲</td><td>4</td></tr>
      <tr><td rowspan=2>二</td><td>乙</td><td>5</td></tr>
      <tr><td>丙</td><td>6</td></tr>`);
    const out = withoutSerialColumn(g);
    expect(out.slots.map((row) => row[0])).toEqual([null, null, null, null]);
    expect(rowView(out, 3).label).toBe('丙');
  });
});

/** Table 三 of the 2021 template with a 序号 column numbering its 25 rows, as the mappers get it. */
function table3WithSerials(): Grid {
  const labels = [
    ['一、本年新收政府信息公开申请数量', 3], ['二、上年结转政府信息公开申请数量', 3], ['（一）予以公开', 2], ['（二）部分公开', 2],
    ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => [l, 1]),
    ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((l) => [l, 1]),
    ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l) => [l, 1]),
    ...['1.申请人无正当理由逾期不补正', '2.申请人逾期未按收费通知要求缴纳费用', '3.其他'].map((l) => [l, 1]),
    ['（七）总计', 2], ['四、结转下年度继续办理', 3],
  ] as [string, number][];
  const groups: Record<number, string> = { 4: '<td rowspan=8>（三）不予公开</td>', 12: '<td rowspan=3>（四）无法提供</td>', 15: '<td rowspan=5>（五）不予处理</td>', 20: '<td rowspan=3>（六）其他处理</td>' };
  // every row: 自然人 n, five 法人 0, 总计 n; results 1 each (22 rows), new 20, carried 3, carried forward 1
  const natural = (i: number) => (i === 0 ? 20 : i === 1 ? 3 : i === 23 ? 22 : i === 24 ? 1 : 1);
  const rows = labels.map(([label, span], i) => {
    const results = i === 2 ? '<td rowspan=22>三、本年度办理结果</td>' : '';
    const figures = [natural(i), 0, 0, 0, 0, 0, natural(i)].map((n) => `<td>${n}</td>`).join('');
    return `<tr><td>${i + 1}</td>${results}${groups[i] ?? ''}<td colspan=${span}>${label}</td>${figures}</tr>`;
  });
  return grid(`<tr><td rowspan=3>序号</td><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=7>申请人情况</td></tr>
    <tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>
    <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>${rows.join('')}`);
}

describe('table 三 with a 序号 column', () => {
  it('is found and maps every row and column, no serial number among its figures', () => {
    const roles = findTables([table3WithSerials()]);
    expect(roles.t3).toHaveLength(1);
    const notes: Finding[] = [];
    const t3 = mapTable3(roles.t3, notes)!;
    expect(notes).toEqual([]);
    expect(t3.rows.size).toBe(25);
    expect(t3.columns).toEqual(['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total']);
    const at = (row: string, col: string) => t3.rows.get(row)!.cells[t3ColumnIndex(col)];
    expect(at('new', 'natural')?.value).toBe(20);
    expect(at('processed', 'total')?.value).toBe(22);
    expect(at('notProcessed.confirm', 'natural')?.ref).toEqual({ table: 0, row: 22, col: 4 });
    // no figure comes from the 序号 column
    for (const row of t3.rows.values()) for (const f of row.cells) expect(f?.ref.col).not.toBe(0);
  });
});
