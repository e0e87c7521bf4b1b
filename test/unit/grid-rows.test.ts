import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseGrid, type Grid } from '../../lib/grid/parse-grid.ts';
import { figureAt, figureCount, rowView, withoutSpareColumns } from '../../lib/map/grid-rows.ts';
import { mapTable4 } from '../../lib/map/map-table4.ts';
import { mapTable2 } from '../../lib/map/map-table2.ts';
import type { Finding } from '../../lib/types.ts';
import { runRules } from '../../lib/rules/run-rules.ts';

function grid(html: string): Grid {
  const { document } = parseHTML(`<!doctype html><html><body><table>${html}</table></body></html>`);
  return parseGrid(document.querySelector('table') as unknown as Element, 0);
}

const ITEMS = '<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>';
/** Table 四's three header rows (spec/report-format.md "Table 四"), with an optional label column. */
const T4_HEAD = (label = '') =>
  `<tr>${label && `<td rowspan=3>${label}</td>`}<td colspan=5 rowspan=2>行政复议</td><td colspan=10>行政诉讼</td></tr>
   <tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>
   <tr>${ITEMS.repeat(3)}</tr>`;
const cells = (xs: (string | number)[]) => xs.map((x) => `<td>${x}</td>`).join('');

describe('rowView: where a row without a label starts its figures', () => {
  it.each([
    ['one 无 merged across the row', '<td colspan=15>无</td>', 0, 15],
    ['leading empty cells, then numbers', cells(['', '&nbsp;', 0, 1, 1]), 0, 5],
    ['a row of "—"', cells(['—', '—', '—']), 0, 3],
    ['numbers only', cells([1, 0, 1]), 0, 3],
  ])('a row of figures starts at its first cell: %s', (_, row, start, count) => {
    const v = rowView(grid(`<tr>${row}</tr>`), 0);
    expect([v.dataStart, figureCount(v)]).toEqual([start, count]);
  });

  it.each([
    ['a header row with an empty corner cell', cells(['', '结果维持', '结果纠正'])],
    ['an empty spacer row', cells(['', '&nbsp;', ''])],
    ['a header row whose first cells are empty', cells(['', '', '行政复议', '行政诉讼'])],
  ])('is no data row: %s', (_, row) => {
    expect(rowView(grid(`<tr>${row}</tr>`), 0).dataStart).toBe(-1);
  });

  it('a merged blank is blank in every slot, pointing back to its cell', () => {
    const v = rowView(grid('<tr><td colspan=15>无</td></tr>'), 0);
    expect(figureAt(v, 9)).toMatchObject({ value: null, blank: true, raw: '无', ref: { table: 0, row: 0, col: 0 } });
  });

  it('a 0 merged over the whole data part is 0 in every slot', () => {
    const v = rowView(grid('<tr><td>数量</td><td colspan=15>0</td></tr>'), 0);
    expect(figureCount(v)).toBe(15);
    expect(figureAt(v, 15)).toMatchObject({ value: 0, blank: false, ref: { table: 0, row: 0, col: 1 } });
  });

  it('a 0 or any number merged over part of a row stays one figure where it starts', () => {
    // the row may have kept a cell for each column the 0 covers (they then stand further right)
    const zero = rowView(grid(`<tr><td>数量</td><td colspan=2>0</td>${cells([1, 1])}</tr>`), 0);
    expect([figureCount(zero), figureAt(zero, 2)]).toEqual([3, null]);
    const n = rowView(grid('<tr><td>行政许可</td><td colspan=3>326</td></tr>'), 0);
    expect([figureCount(n), figureAt(n, 2)]).toEqual([1, null]);
  });
});

describe('mapTable4: rows of figures', () => {
  const read = (html: string) => {
    const notes: Finding[] = [];
    const t4 = mapTable4([grid(html)], notes);
    const v = (k: string) => {
      const f = t4?.cells[k as keyof NonNullable<typeof t4>['cells']];
      return f === undefined ? undefined : f.blank ? '·' : f.value;
    };
    return { t4, notes, v };
  };

  it('reads one 无 across the fifteen columns as fifteen blanks', () => {
    const { t4, notes, v } = read(`${T4_HEAD()}<tr><td colspan=15>无</td></tr>`);
    expect(notes).toEqual([]);
    expect(Object.keys(t4!.cells)).toHaveLength(15);
    expect([v('review.upheld'), v('suitDirect.total'), v('suitAfterReview.pending')]).toEqual(['·', '·', '·']);
  });

  it('reads one 0 across the fifteen columns as fifteen 0s', () => {
    const { v } = read(`${T4_HEAD()}<tr><td colspan=15>0</td></tr>`);
    expect([v('review.total'), v('suitAfterReview.total')]).toEqual([0, 0]);
  });

  it('keeps each figure under its header when the row starts with empty cells', () => {
    const { notes, v } = read(`${T4_HEAD()}<tr>${cells(['', '', '', '', '', '', 1, '', '', 1, 0, 0, 0, 0, 0])}</tr>`);
    expect(notes).toEqual([]);
    expect([v('review.upheld'), v('review.total'), v('suitDirect.upheld'), v('suitDirect.corrected'), v('suitDirect.total')]).toEqual(['·', '·', '·', 1, 1]);
  });

  it('keeps the template order under a header that lost its spans, leading empty cells and all', () => {
    // the group headings no longer stand over their columns: the fifteen figures go in the template's order
    const head = `<tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>未经复议直接起诉</td><td>复议后起诉</td></tr><tr>${ITEMS.repeat(3)}</tr>`;
    const { notes, v } = read(`${head}<tr>${cells(['', '', 2, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0])}</tr>`);
    expect(notes).toEqual([]);
    expect([v('review.upheld'), v('review.other'), v('review.total'), v('suitDirect.upheld'), v('suitDirect.total')]).toEqual(['·', 2, 2, 1, 1]);
  });

  it('leaves out the empty cell of a label column the header names no figure for', () => {
    const { notes, v } = read(`${T4_HEAD('项目')}<tr>${cells(['', 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])}</tr>`);
    expect(notes).toEqual([]);
    expect([v('review.upheld'), v('review.total'), v('suitAfterReview.total')]).toEqual([1, 1, 0]);
  });

  it('still says so when the data row is missing columns (never guessed)', () => {
    const head = `<tr><td>行政复议</td><td>行政诉讼</td></tr><tr>${ITEMS.repeat(3)}</tr>`;
    const { t4, notes } = read(`${head}<tr>${cells([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])}</tr>`);
    expect(t4).toBeNull();
    expect(notes.map((n) => n.rule)).toEqual(['map.unread-table']);
  });
});

describe('mapTable4: a 合计 column the template has not', () => {
  const read = (html: string) => {
    const notes: Finding[] = [];
    const t4 = mapTable4([grid(html)], notes);
    const v = (k: string) => t4?.cells[k as keyof NonNullable<typeof t4>['cells']]?.value;
    return { t4, notes, v };
  };
  const HEAD_HEJI = `<tr><td colspan=5 rowspan=2>行政复议</td><td colspan=10>行政诉讼</td><td rowspan=3>合计</td></tr>
     <tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>
     <tr>${ITEMS.repeat(3)}</tr>`;

  it('reads the fifteen named columns and keeps the 合计 apart, as the sum of the three groups', () => {
    const { t4, notes, v } = read(`${HEAD_HEJI}<tr>${cells([3, 1, 0, 1, 5, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 8])}</tr>`);
    expect(Object.keys(t4!.cells)).toHaveLength(15);
    expect([v('review.total'), v('suitDirect.total'), v('suitAfterReview.total'), v('suitAfterReview.upheld')]).toEqual([5, 2, 1, 1]);
    expect(notes).toEqual([]);
    expect(t4!.addedTotals.map((a) => [a.label, a.figure.value, a.groups])).toEqual([['合计', 8, ['review', 'suitDirect', 'suitAfterReview']]]);
  });

  it('a 合计 under 行政诉讼 adds up its two groups', () => {
    const head = `<tr><td colspan=5 rowspan=2>行政复议</td><td colspan=11>行政诉讼</td></tr>
     <tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td><td rowspan=2>合计</td></tr>
     <tr>${ITEMS.repeat(3)}</tr>`;
    const { t4 } = read(`${head}<tr>${cells([3, 1, 0, 1, 5, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 3])}</tr>`);
    expect(t4!.addedTotals.map((a) => [a.figure.value, a.groups])).toEqual([[3, ['suitDirect', 'suitAfterReview']]]);
  });

  it('t4.subtotal: fires on a wrong 合计, and accepts one that adds up the items when a group 总计 is wrong', () => {
    const judged = (row: number[]) => {
      const { t4, notes } = read(`${HEAD_HEJI}<tr>${cells(row)}</tr>`);
      return runRules({ t2: null, t3: null, t4, notes }).findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual]);
    };
    expect(judged([3, 1, 0, 1, 5, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 9])).toEqual([['t4.subtotal', 8, 9]]);
    // 复议 总计 written 6 (3+1+0+1 = 5); the 合计 8 is the groups' items: only the group total is wrong
    expect(judged([3, 1, 0, 1, 6, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 8])).toEqual([['t4.group-total', 5, 6]]);
  });

  it('a trailing column under a header of its own (备注) is left out the same way', () => {
    const head = T4_HEAD().replace('<td colspan=10>行政诉讼</td>', '<td colspan=10>行政诉讼</td><td rowspan=3>备注</td>');
    const { t4, notes, v } = read(`${head}<tr>${cells([3, 1, 0, 1, 5, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0])}</tr>`);
    expect(Object.keys(t4!.cells)).toHaveLength(15);
    expect(v('suitAfterReview.total')).toBe(1);
    expect(notes.map((n) => n.message)).toEqual(['表四第16列（备注）不是模板的列，未参与校验']);
  });

  it('a data row longer than its header is not read: a cell pasted twice shifts every figure after it', () => {
    // 直接起诉's 结果维持 written twice: read under the header, 复议后起诉 尚未审结 would be 1 and its 总计 0
    const { t4, notes } = read(`${T4_HEAD()}<tr>${cells([3, 1, 0, 1, 5, 1, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1])}</tr>`);
    expect(t4).toBeNull();
    expect(notes.map((n) => n.message)).toEqual(['表四的列无法按表头识别（16列），未参与校验']);
  });

  it('still says so when a named column is missing beside the extra one (never guessed)', () => {
    // 复议后起诉 has four items named; the fifteenth column and the 合计 cannot be told apart
    const head = HEAD_HEJI.replace(ITEMS.repeat(3), ITEMS.repeat(2) + ITEMS.replace('<td>尚未审结</td>', '<td></td>'));
    const { t4, notes } = read(`${head}<tr>${cells([3, 1, 0, 1, 5, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 8])}</tr>`);
    expect(t4).toBeNull();
    // the whole table unread: said as such, which makes the verdict partial (lib/report/verdict.ts)
    expect(notes.map((n) => n.rule)).toEqual(['map.unread-table']);
  });
});

/** A table on its side's 合计 rows, a cell each: [label, item, value, how many groups]. */
function t4AddedRows(t4: ReturnType<typeof mapTable4>): [string, string | undefined, number | null, number][] {
  return (t4?.addedTotals ?? []).map((a) => [a.label, a.item, a.figure.value, a.groups.length]);
}

describe('mapTable4: the table on its side (a row per group)', () => {
  const read = (html: string) => {
    const notes: Finding[] = [];
    const t4 = mapTable4([grid(html)], notes);
    const v = (k: string) => t4?.cells[k as keyof NonNullable<typeof t4>['cells']]?.value;
    return { t4, notes, v };
  };
  const HEAD = `<tr><td colspan=2>类别</td>${ITEMS}</tr>`;
  const ROWS = (review: (string | number)[]) =>
    `<tr><td colspan=2>行政复议</td>${cells(review)}</tr>
     <tr><td rowspan=2>行政诉讼</td><td>未经复议直接起诉</td>${cells([1, 0, 0, 1, 2])}</tr>
     <tr><td>复议后起诉</td>${cells([1, 0, 0, 0, 1])}</tr>`;

  it('reads each group by its row label and each item by its column', () => {
    const { t4, notes, v } = read(HEAD + ROWS([3, 1, 0, 1, 5]));
    expect(notes).toEqual([]);
    expect(Object.keys(t4!.cells)).toHaveLength(15);
    expect([v('review.upheld'), v('review.pending'), v('review.total'), v('suitDirect.pending'), v('suitDirect.total'), v('suitAfterReview.upheld'), v('suitAfterReview.total')]).toEqual([3, 1, 5, 1, 2, 1, 1]);
  });

  it('reads it under a title row and with its columns in another order; a 合计 row is read apart', () => {
    const head = `<tr><td colspan=7>政府信息公开行政复议、行政诉讼情况</td></tr><tr><td colspan=2>类别</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td></tr>`;
    const rows = `<tr><td colspan=2>行政复议</td>${cells([5, 3, 1, 0, 1])}</tr>
      <tr><td rowspan=2>行政诉讼</td><td>未经复议直接起诉</td>${cells([2, 1, 0, 0, 1])}</tr>
      <tr><td>复议后起诉</td>${cells([1, 1, 0, 0, 0])}</tr><tr><td colspan=2>合计</td>${cells([8, 5, 1, 0, 2])}</tr>`;
    const { notes, v } = read(head + rows);
    expect(notes).toEqual([]);
    expect([v('review.total'), v('review.upheld'), v('suitDirect.pending'), v('suitAfterReview.upheld')]).toEqual([5, 3, 1, 1]);
    // never one of the groups: a cell per item, each the sum of that item over the three groups
    expect(t4AddedRows(read(head + rows).t4)).toEqual([['合计', 'upheld', 5, 3], ['合计', 'corrected', 1, 3], ['合计', 'other', 0, 3], ['合计', 'pending', 2, 3], ['合计', 'total', 8, 3]]);
  });

  it('a 行政诉讼 小计 row adds up the two 诉讼 groups, a 合计 row all three; a wrong cell is said by t4.subtotal', () => {
    const rows = (heji: number[]) => `<tr><td colspan=2>行政复议</td>${cells([3, 1, 0, 1, 5])}</tr>
     <tr><td rowspan=3>行政诉讼</td><td>未经复议直接起诉</td>${cells([1, 0, 0, 1, 2])}</tr>
     <tr><td>复议后起诉</td>${cells([1, 0, 0, 0, 1])}</tr><tr><td>小 计</td>${cells([2, 0, 0, 1, 3])}</tr>
     <tr><td colspan=2>合计</td>${cells(heji)}</tr>`;
    const ok = read(HEAD + rows([5, 1, 0, 2, 8]));
    expect(ok.notes).toEqual([]);
    const added = ok.t4!.addedTotals;
    expect(added.filter((a) => a.item === 'total').map((a) => [a.label, a.figure.value, a.groups])).toEqual([
      ['行政诉讼 小 计', 3, ['suitDirect', 'suitAfterReview']],
      ['合计', 8, ['review', 'suitDirect', 'suitAfterReview']],
    ]);
    expect(runRules({ t2: null, t3: null, t4: ok.t4, notes: [] }).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // a 合计 that names both groups is no second 行政复议 row (which left the table unread)
    const named = read(HEAD + rows([5, 1, 0, 2, 8]).replace('<td colspan=2>合计</td>', '<td colspan=2>行政复议、行政诉讼合计</td>'));
    expect([named.notes, named.t4!.addedTotals.filter((a) => a.item === 'total').map((a) => a.groups.length)]).toEqual([[], [2, 3]]);
    // 结果维持 of the 合计 row: 4 where the groups' are 3 + 1 + 1 = 5
    const wrong = read(HEAD + rows([4, 1, 0, 2, 8]));
    const found = runRules({ t2: null, t3: null, t4: wrong.t4, notes: [] }).findings.filter((f) => f.severity !== 'info');
    expect(found.map((f) => [f.rule, f.expected, f.actual, f.suspect])).toEqual([['t4.subtotal', 5, 4, null]]);
    expect(found[0]!.message).toContain('表四「合计」一行「结果维持」（行政复议、行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉））：合计为4，各组结果维持之和为5');
  });

  it('a 合计 row whose groups cannot be told is not read, and said (never an error)', () => {
    const unclear = (row: string, where: 'after-review' | 'end') => {
      const review = `<tr><td colspan=2>行政复议</td>${cells([3, 1, 0, 1, 5])}</tr>`;
      const suits = `<tr><td rowspan=2>行政诉讼</td><td>未经复议直接起诉</td>${cells([1, 0, 0, 1, 2])}</tr><tr><td>复议后起诉</td>${cells([1, 0, 0, 0, 1])}</tr>`;
      const r = read(HEAD + review + (where === 'after-review' ? row + suits : suits + row));
      return [r.t4?.cells['review.total']?.value, r.t4?.addedTotals.length, r.notes.map((n) => n.message)];
    };
    // a 小计 under 行政复议 alone, above the groups it would add up
    expect(unclear(`<tr><td colspan=2>小计</td>${cells([3, 1, 0, 1, 5])}</tr>`, 'after-review')).toEqual([5, 0, ['表四「小计」一行无法确定是哪些组的合计，未参与校验']]);
    // one group's own 小计, or 行政复议's: one group, nothing to add up
    expect(unclear(`<tr><td colspan=2>复议后起诉小计</td>${cells([1, 0, 0, 0, 1])}</tr>`, 'end')[2]).toEqual(['表四「复议后起诉小计」一行无法确定是哪些组的合计，未参与校验']);
    expect(unclear(`<tr><td colspan=2>行政复议合计</td>${cells([3, 1, 0, 1, 5])}</tr>`, 'end')[2]).toHaveLength(1);
    // a figure under no item's column
    expect(unclear(`<tr><td colspan=2>合计</td>${cells([5, 1, 0, 2, 8, 8])}</tr>`, 'end')).toEqual([5, 0, ['表四「合计」一行无法确定是哪些组的合计，未参与校验']]);
  });

  it('with both 总计 and 合计 columns, 总计 is the group\'s and 合计 adds up the rows its cell spans', () => {
    const head = `<tr><td colspan=2>类别</td>${ITEMS}<td>合计</td></tr>`;
    const rows = `<tr><td colspan=2>行政复议</td>${cells([3, 1, 0, 1, 5])}<td rowspan=3>8</td></tr>
     <tr><td rowspan=2>行政诉讼</td><td>未经复议直接起诉</td>${cells([1, 0, 0, 1, 2])}</tr>
     <tr><td>复议后起诉</td>${cells([1, 0, 0, 0, 1])}</tr>`;
    const { t4, notes, v } = read(head + rows);
    expect(notes).toEqual([]);
    expect([v('review.total'), v('suitDirect.total'), v('suitAfterReview.total')]).toEqual([5, 2, 1]);
    expect(t4!.addedTotals.map((a) => [a.figure.value, a.groups])).toEqual([[8, ['review', 'suitDirect', 'suitAfterReview']]]);
    // a 合计 column alone is the group's total, as before
    const alone = read(head.replace(ITEMS, ITEMS.replace('总计', '合计')).replace('<td>合计</td></tr>', '</tr>') + ROWS([3, 1, 0, 1, 5]));
    expect([alone.v('review.total'), alone.t4!.addedTotals]).toEqual([5, []]);
    // two columns and neither says 总计: which is the group's cannot be told
    expect(read(head.replace('<td>总计</td>', '<td>小计</td>') + rows).t4).toBeNull();
  });

  it('is not read when a group is named twice or an item is missing (never guessed)', () => {
    const twice = read(HEAD + ROWS([3, 1, 0, 1, 5]) + `<tr><td colspan=2>行政复议</td>${cells([3, 1, 0, 1, 5])}</tr>`);
    expect(twice.t4).toBeNull();
    expect(twice.notes.map((n) => n.message)).toEqual(['表四没有找到数据行，未参与校验']);
    const noPending = read(HEAD.replace('尚未审结', '备注') + ROWS([3, 1, 0, 1, 5]));
    expect(noPending.t4).toBeNull();
  });

  it('is not read when a group row is longer than the header: a cell pasted twice shifts the figures after it', () => {
    const { t4, notes } = read(HEAD + ROWS([3, 3, 1, 0, 1, 5]));
    expect(t4).toBeNull();
    expect(notes.map((n) => n.rule)).toEqual(['map.unread-table']);
  });

  it('is not read when a group row is missing', () => {
    const { t4, notes } = read(`${HEAD}<tr><td colspan=2>行政复议</td>${cells([3, 1, 0, 1, 5])}</tr>`);
    expect(t4).toBeNull();
    expect(notes.map((n) => n.rule)).toEqual(['map.unread-table']);
  });
});

describe('withoutSpareColumns: an empty column at the right edge is no column of the report', () => {
  const data = cells([1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
  const read = (g: Grid) => {
    const notes: Finding[] = [];
    const t4 = mapTable4([g], notes);
    return { total: t4?.cells['review.total']?.value ?? null, notes: notes.map((n) => n.message) };
  };

  it('drops an empty cell at the end of every row: table 四 is read as fifteen columns', () => {
    const head = T4_HEAD().replace(/<\/tr>/g, '<td></td></tr>');
    const g = grid(`${head}<tr>${data}<td>&nbsp;</td></tr>`);
    expect(g.width).toBe(16);
    expect(withoutSpareColumns(g).width).toBe(15);
    expect(read(g)).toEqual({ total: 1, notes: [] });
  });

  it('drops several, and an empty cell spanning into them', () => {
    const g = grid(`<tr><td>甲</td><td>乙</td><td colspan=3></td></tr><tr><td>1</td><td>2</td><td></td><td>　</td></tr>`);
    const t = withoutSpareColumns(g);
    expect([t.width, t.slots.map((l) => l.length)]).toEqual([2, [2, 2]]);
  });

  it.each([
    ['a column written as —', '<td>—</td>'],
    ['a column written as 无', '<td>无</td>'],
    ['a zero', '<td>0</td>'],
  ])('keeps %s, which is the report\'s own', (_, last) => {
    const g = grid(`<tr><td>甲</td><td>乙</td><td></td></tr><tr><td>1</td><td>2</td>${last}</tr>`);
    expect(withoutSpareColumns(g)).toBe(g);
  });

  it('keeps a column with a header above empty cells (a blank 总计 is the report\'s, and said)', () => {
    const g = grid(`<tr><td>项目</td><td>数量</td><td>总计</td></tr><tr><td>甲</td><td>1</td><td></td></tr>`);
    expect(withoutSpareColumns(g)).toBe(g);
  });

  it('keeps one 无 merged across a row, whatever columns it covers', () => {
    const g = grid(`<tr><td colspan=15>无</td></tr>`);
    expect(withoutSpareColumns(g).width).toBe(15);
  });
});

describe('mapTable2: an empty column down the left side', () => {
  it('still finds the 信息内容 header and names the columns after it', () => {
    const g = grid(`<tr><td></td><td colspan=4>第二十条第（一）项</td></tr>
      <tr><td></td><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td></td><td>规章</td><td>0</td><td>0</td><td>2</td></tr>
      <tr><td></td><td>行政规范性文件</td><td>3</td><td>1</td><td>11</td></tr>`);
    const notes: Finding[] = [];
    const t2 = mapTable2([g], notes);
    expect(t2?.cells.get('normativeDocs.inForce')?.value).toBe(11);
    expect(t2?.cells.get('regulations.newMade')?.value).toBe(0);
    expect(notes).toEqual([]);
  });
});
