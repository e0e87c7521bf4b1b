/**
 * Two shapes of tables 三 and 四 read by their labels (fixtures: t4-three-parts-*, t3-transposed-*):
 * table 四 as three small tables, one per group under its own heading (t4-parts.ts), and table 三
 * on its side, the applicants as rows (map-table3.ts mapTransposed). Recognition is strict: what
 * is not exactly that shape stays unread.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseGrid, type Grid } from '../../lib/grid/parse-grid.ts';
import { findTables } from '../../lib/map/find-tables.ts';
import { mapTable3 } from '../../lib/map/map-table3.ts';
import { mapTable4 } from '../../lib/map/map-table4.ts';
import { t3ColumnIndex } from '../../lib/map/mapped.ts';
import type { Finding } from '../../lib/types.ts';
import { ariaTables } from '../../lib/grid/aria-tables.ts';
import { cellResolver } from '../../components/page-marks.ts';

/** Every <table> of the body, as analyzeDocument reads them. */
function grids(body: string): Grid[] {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return Array.from(document.querySelectorAll('table')).map((t, i) => parseGrid(t as unknown as Element, i));
}

const td = (t: string | number, colspan = 1, rowspan = 1) =>
  `<td${colspan > 1 ? ` colspan=${colspan}` : ''}${rowspan > 1 ? ` rowspan=${rowspan}` : ''}><p class=MsoNormal><span>${t}</span><o:p></o:p></p></td>`;
const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
const ITEMS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const heading = (t: string) => `<p class=MsoNormal align=center><b><span>${t}</span></b></p>`;
const part = (figures: (number | string)[][], title?: string) =>
  `<table border=1>${title ? tr(td(title, 5)) : ''}${tr(...ITEMS.map((t) => td(t)))}${figures.map((f) => tr(...f.map((x) => td(x)))).join('')}</table>`;

const REVIEW = [1, 0, 2, 0, 3];
const DIRECT = [1, 0, 0, 0, 1];
const AFTER = [0, 1, 1, 1, 3];
const T4_TITLE = heading('四、政府信息公开行政复议、行政诉讼情况');

describe('table 四 as three small tables', () => {
  it('under headings outside them: read into the fifteen figures, each tied to its own table', () => {
    const g = grids(`${T4_TITLE}${heading('（一）行政复议')}${part([REVIEW])}${heading('（二）行政诉讼——未经复议直接起诉')}${part([DIRECT])}${heading('（三）行政诉讼——复议后起诉')}${part([AFTER])}`);
    const roles = findTables(g);
    expect(roles.t4.map((x) => x.tableIndex)).toEqual([0, 1, 2]);
    const notes: Finding[] = [];
    const t4 = mapTable4(roles.t4, notes)!;
    expect(notes).toEqual([]);
    expect(t4.cells['review.total']).toMatchObject({ value: 3, ref: { table: 0, row: 1, col: 4 } });
    expect(t4.cells['suitDirect.upheld']).toMatchObject({ value: 1, ref: { table: 1, row: 1, col: 0 } });
    expect(t4.cells['suitAfterReview.pending']).toMatchObject({ value: 1, ref: { table: 2, row: 1, col: 3 } });
    expect(Object.keys(t4.cells)).toHaveLength(15);
  });

  it('titled inside them (a first row over the five columns)', () => {
    const g = grids(`${T4_TITLE}${part([REVIEW], '行政复议')}${part([DIRECT], '行政诉讼（未经复议直接起诉）')}${part([AFTER], '行政诉讼（复议后起诉）')}`);
    const t4 = mapTable4(findTables(g).t4, [])!;
    expect(t4.cells['review.total']).toMatchObject({ value: 3, ref: { table: 0, row: 2, col: 4 } });
    expect(t4.cells['suitAfterReview.total']?.value).toBe(3);
  });

  it.each([
    ['headings that name no group', [heading('表4-1'), heading('表4-2'), heading('表4-3')], [[REVIEW], [DIRECT], [AFTER]]],
    ['no heading of their own (the section title names both groups)', ['', '', ''], [[REVIEW], [DIRECT], [AFTER]]],
    ['行政诉讼 without saying which of its groups', [heading('（一）行政复议'), heading('（二）行政诉讼'), heading('（三）行政诉讼')], [[REVIEW], [DIRECT], [AFTER]]],
    ['the groups out of the template order', [heading('（一）行政诉讼——未经复议直接起诉'), heading('（二）行政复议'), heading('（三）行政诉讼——复议后起诉')], [[DIRECT], [REVIEW], [AFTER]]],
    ['two rows of figures each (this year and last)', [heading('（一）行政复议'), heading('（二）行政诉讼——未经复议直接起诉'), heading('（三）行政诉讼——复议后起诉')], [[REVIEW, REVIEW], [DIRECT, DIRECT], [AFTER, AFTER]]],
  ])('stay unread: %s', (_, heads, figures) => {
    const g = grids(T4_TITLE + heads.map((h, i) => h + part(figures[i]!)).join(''));
    expect(findTables(g).t4).toEqual([]);
  });

  it('stay unread when another table stands between two of them', () => {
    const other = `<table>${tr(td('类别'), td('件数'))}${tr(td('建议'), td(3))}</table>`;
    const g = grids(`${T4_TITLE}${heading('（一）行政复议')}${part([REVIEW])}${heading('（二）行政诉讼——未经复议直接起诉')}${part([DIRECT])}${other}${heading('（三）行政诉讼——复议后起诉')}${part([AFTER])}`);
    expect(findTables(g).t4).toEqual([]);
  });

  it('a 行政复议 tally under a heading outside it is no half of table 四 before a 行政诉讼 table', () => {
    const suits = `<table border=1>${tr(td('行政诉讼', 5))}${tr(...ITEMS.map((t) => td(t)))}${tr(...DIRECT.map((x) => td(x)))}</table>`;
    const g = grids(`${heading('本机关行政复议案件')}${part([REVIEW])}${suits}`);
    expect(findTables(g).t4).toEqual([]);
  });
});

const T3_ITEMS = ['（一）予以公开', '（二）部分公开', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理', '（七）总计'];
/** Table 三 on its side, the result groups without items (as a 2019-form summary keeps them). */
function transposed(natural: number[]): string {
  const head = [
    tr(td('申请人情况', 2, 2), td('一、本年新收政府信息公开申请数量', 1, 2), td('二、上年结转政府信息公开申请数量', 1, 2), td('三、本年度办理结果', 7), td('四、结转下年度继续办理', 1, 2)),
    tr(...T3_ITEMS.map((t) => td(t))),
  ];
  const row = (cells: string[], figures: number[]) => tr(...cells, ...figures.map((f) => td(f)));
  const org = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  return `<table border=1>${head.join('')}${row([td('自然人', 2)], natural)}${row([td('法人或其他组织', 1, 5), td('商业企业')], org)}${['科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => row([td(t)], org)).join('')}${row([td('总计', 2)], [5, 1, 3, 1, 0, 1, 0, 0, 5, 1])}</table>`;
}

describe('table 三 on its side', () => {
  it('is found and mapped turned: rows by the header across, columns by the applicants down', () => {
    const roles = findTables(grids(heading('三、收到和处理政府信息公开申请情况') + transposed([5, 1, 3, 1, 0, 1, 0, 0, 5, 1])));
    expect(roles.t3).toHaveLength(1);
    const notes: Finding[] = [];
    const t3 = mapTable3(roles.t3, notes)!;
    expect(notes).toEqual([]);
    expect(t3.transposed).toBe(true);
    expect([...t3.rows.keys()]).toEqual(['new', 'carried', 'granted', 'partial', 'denied', 'unable', 'notProcessed', 'other', 'processed', 'carriedForward']);
    expect(t3.columns).toEqual(['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total']);
    // 自然人 · （一）予以公开: the page's row 2, column 4
    expect(t3.rows.get('granted')!.cells[t3ColumnIndex('natural')]).toMatchObject({ value: 3, ref: { table: 0, row: 2, col: 4 } });
    expect(t3.rows.get('carriedForward')!.cells[t3ColumnIndex('total')]).toMatchObject({ value: 1, ref: { table: 0, row: 8, col: 11 } });
  });

  it('a tally by applicant type naming only some of table 三\'s rows stays unread', () => {
    const tally = `<table>${tr(...['申请人类型', '本年新收', '予以公开', '部分公开', '不予公开', '结转下年度'].map((t) => td(t)))}${tr(td('自然人'), ...[5, 3, 1, 0, 1].map((x) => td(x)))}${tr(td('法人或其他组织'), ...[1, 1, 0, 0, 0].map((x) => td(x)))}${tr(td('合计'), ...[6, 4, 1, 0, 1].map((x) => td(x)))}</table>`;
    expect(findTables(grids(tally)).t3).toEqual([]);
  });
});

describe('table 三 drawn as a <div role=table> grid', () => {
  const doc = () =>
    parseHTML(`<!doctype html><html><body>
      <table><tr><td>索引号</td><td>001</td></tr></table>
      <div role="table"><div role="row"><span role="rowheader">发布机构</span><span role="cell">某局</span></div></div>
      <div role="table" class="gktable">
        <div role="rowgroup"><div role="row"><div role="columnheader" aria-rowspan="2">项目</div><div role="columnheader" aria-colspan="2">申请人</div></div>
        <div role="row"><div role="columnheader">自然人</div><div role="columnheader">总计</div></div></div>
        <div role="rowgroup"><div role="row"><div role="rowheader">一、本年新收政府信息公开申请数量</div><div role="cell">5</div><div role="cell">6</div></div></div>
      </div></body></html>`).document as unknown as Document;

  it('is read by its roles and spans, and CellRef.table counts it after every <table>', () => {
    const d = doc();
    const el = ariaTables(d)[1]!;
    const g = parseGrid(el, 1 + 1);
    expect(g.slots.map((row) => row.map((c) => c?.text ?? null))).toEqual([
      ['项目', '申请人', '申请人'],
      ['项目', '自然人', '总计'],
      ['一、本年新收政府信息公开申请数量', '5', '6'],
    ]);
    // the panel finds the same cell from the ref
    expect(cellResolver(d)({ table: 2, row: 2, col: 2 })?.textContent).toBe('6');
    expect(cellResolver(d)({ table: 0, row: 0, col: 1 })?.textContent).toBe('001');
  });
});
