import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseGrid, type Grid } from '../../lib/grid/parse-grid.ts';
import { figureAt, figureCount, rowView } from '../../lib/map/grid-rows.ts';
import { mapTable4 } from '../../lib/map/map-table4.ts';
import type { Finding } from '../../lib/types.ts';

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
    expect(notes.map((n) => n.rule)).toEqual(['map.unmapped']);
  });
});
