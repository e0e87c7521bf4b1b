import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseGrid, type Grid } from '../../lib/grid/parse-grid.ts';
import { splitSections } from '../../lib/map/split-sections.ts';
import { findTables } from '../../lib/map/find-tables.ts';
import { mapTable3 } from '../../lib/map/map-table3.ts';
import { mapTable4 } from '../../lib/map/map-table4.ts';
import { mapTable2 } from '../../lib/map/map-table2.ts';
import { t3ColumnIndex } from '../../lib/map/mapped.ts';
import type { Finding } from '../../lib/types.ts';

function grid(html: string, index = 0): Grid {
  const { document } = parseHTML(`<!doctype html><html><body><table>${html}</table></body></html>`);
  return parseGrid(document.querySelector('table') as unknown as Element, index);
}

const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
const td = (t: string | number, colspan = 1, rowspan = 1) =>
  `<td${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${t}</td>`;
/** The cells an Excel sheet pads a narrower section's rows with, to the sheet's width. */
const pad = (n: number) => '<td></td>'.repeat(n);

const T3_HEAD = [
  tr(td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), td('申请人情况', 7), pad(5)),
  tr(td('自然人', 1, 2), td('法人或其他组织', 5), td('总计', 1, 2), pad(5)),
  tr(...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => td(t)), pad(5)),
];
const t3Row = (label: string, figures: number[]) => tr(td(label, 3), ...figures.map((f) => td(f)), pad(5));
const T3_ROWS = [
  t3Row('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 0, 6]),
  t3Row('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]),
  t3Row('（七）总计', [6, 1, 0, 0, 0, 0, 7]),
  t3Row('四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]),
];
const T4 = [
  tr(td('行政复议', 5), td('行政诉讼', 10)),
  tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => td(t, 1, 2)), td('未经复议直接起诉', 5), td('复议后起诉', 5)),
  tr(...Array.from({ length: 2 }, () => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => td(t))).flat()),
  tr(...[1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((f) => td(f))),
];
const title = (t: string) => tr(td(t, 15));
/** A title as Word or WPS pastes it: the numeral in a span of its own, <o:p> after the words. */
const wordTitle = (numeral: string, words: string) =>
  tr(td(`<p class=MsoNormal align=center><span style='font-family:黑体'>${numeral}</span><span style='font-family:黑体'>${words}<o:p></o:p></span></p>`, 15));
/** Table 二's first block (2021 template), padded to the sheet's fifteen columns. */
const T2 = [
  tr(td('第二十条第（一）项', 4), pad(11)),
  tr(...['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((t) => td(t)), pad(11)),
  tr(td('规章'), td(0), td(0), td(3), pad(11)),
  tr(td('行政规范性文件'), td(2), td(1), td(9), pad(11)),
];

describe('splitSections: tables 三 and 四 as rows of one Excel sheet', () => {
  it('cuts at the title rows; each section keeps the real row indexes and only its own columns', () => {
    const g = grid([title('三、收到和处理政府信息公开申请情况'), ...T3_HEAD, ...T3_ROWS, title('四、政府信息公开行政复议、行政诉讼情况'), ...T4].join(''), 2);
    const parts = splitSections(g);
    expect(parts).toHaveLength(2);
    const [s3, s4] = parts as [Grid, Grid];
    // the same table; the other section's rows and the title rows are empty, not removed
    expect([s3.tableIndex, s3.table, s3.slots.length]).toEqual([2, g.table, g.slots.length]);
    expect(s3.slots[0]!.every((c) => c === null)).toBe(true);
    expect(s3.slots[9]!.every((c) => c === null)).toBe(true);
    expect(s4.slots[4]!.every((c) => c === null)).toBe(true);
    // table 三's rows were padded to fifteen columns: the five empty ones are no column of it
    expect([s3.width, s4.width]).toEqual([10, 15]);
    const roles = findTables([g]);
    expect(roles.t3).toHaveLength(1);
    expect(roles.t4).toHaveLength(1);
    const notes: Finding[] = [];
    const t3 = mapTable3(roles.t3, notes);
    const t4 = mapTable4(roles.t4, notes);
    expect(notes).toEqual([]);
    expect(t3?.rows.get('new')?.cells[t3ColumnIndex('total')]?.ref).toEqual({ table: 2, row: 4, col: 9 });
    expect(t4?.cells['review.total']?.ref).toEqual({ table: 2, row: 12, col: 4 });
  });

  it('cuts where table 四\'s own header begins when the sheet has no title rows', () => {
    const g = grid([...T3_HEAD, ...T3_ROWS, ...T4].join(''));
    expect(splitSections(g)).toHaveLength(2);
    const roles = findTables([g]);
    const notes: Finding[] = [];
    expect(mapTable4(roles.t4, notes)?.cells['review.pending']?.ref).toEqual({ table: 0, row: 10, col: 3 });
    expect(mapTable3(roles.t3, notes)?.rows.get('carriedForward')?.cells[t3ColumnIndex('natural')]?.ref).toEqual({ table: 0, row: 6, col: 3 });
    expect(notes).toEqual([]);
  });

  it('cuts where table 三\'s header begins under table 二, a header of one row (项目 | 自然人 | …)', () => {
    const t2 = [
      tr(td('第二十条第（一）项', 4), pad(6)),
      tr(...['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((t) => td(t)), pad(6)),
      tr(td('规章'), td(0), td(0), td(0), pad(6)),
      tr(td('行政规范性文件'), td(2), td(1), td(9), pad(6)),
    ];
    const head = tr(td('项目', 3), ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((t) => td(t)), pad(5));
    const g = grid([...t2, head, ...T3_ROWS].join(''));
    const roles = findTables([g]);
    expect([roles.t2.length, roles.t3.length]).toEqual([1, 1]);
    const notes: Finding[] = [];
    expect(mapTable3(roles.t3, notes)?.rows.get('new')?.cells[t3ColumnIndex('natural')]?.ref).toEqual({ table: 0, row: 5, col: 3 });
  });

  it('cuts off a table 四 with no number in it (a unit that wrote — in every cell)', () => {
    const dashes = T4.slice(0, 3).join('') + tr(...Array.from({ length: 15 }, () => td('—')));
    const g = grid([...T3_HEAD, ...T3_ROWS, dashes].join(''));
    const roles = findTables([g]);
    const notes: Finding[] = [];
    const t4 = mapTable4(roles.t4, notes);
    expect([roles.t3.length, notes, t4?.cells['suitAfterReview.total']?.blank]).toEqual([1, [], true]);
  });
});

describe('splitSections: one table stays one', () => {
  it('a table 三 under its own title row', () => {
    const g = grid([title('三、收到和处理政府信息公开申请情况'), ...T3_HEAD, ...T3_ROWS].join(''));
    expect(splitSections(g)).toEqual([g]);
  });

  it('a table 三 whose 一、本年新收 row stands above its header (moved into a thead)', () => {
    const g = grid([T3_ROWS[0]!, ...T3_HEAD, ...T3_ROWS.slice(1)].join(''));
    expect(splitSections(g)).toEqual([g]);
  });

  it('a table 三 whose header is repeated after a page break', () => {
    const g = grid([...T3_HEAD, ...T3_ROWS.slice(0, 2), ...T3_HEAD, ...T3_ROWS.slice(2)].join(''));
    expect(splitSections(g)).toEqual([g]);
  });

  it('a section title over rows that belong to no table (a sheet with one table and a note)', () => {
    const g = grid([...T3_HEAD, ...T3_ROWS, title('四、政府信息公开行政复议、行政诉讼情况'), tr(td('本年度无行政复议、行政诉讼', 15))].join(''));
    expect(splitSections(g)).toEqual([g]);
  });
});

describe('splitSections: section titles as reports write them', () => {
  it('cuts at 表二：, 表三: and 附表4 title rows (Word-pasted, spans and <o:p>), none read as a row of the table above', () => {
    const rows = [
      wordTitle('表二', '：主动公开政府信息情况'), ...T2,
      wordTitle('表三', ': 收到和处理政府信息公开申请情况'), ...T3_HEAD, ...T3_ROWS,
      wordTitle('附表4', '　政府信息公开行政复议、行政诉讼情况'), ...T4,
    ];
    const g = grid(rows.join(''));
    const parts = splitSections(g);
    expect(parts).toHaveLength(3);
    const [s2, s3, s4] = parts as [Grid, Grid, Grid];
    // every title row is emptied in every section; table 二 keeps its four columns
    for (const part of parts) for (const r of [0, 5, 13]) expect(part.slots[r]!.every((c) => c === null), `row ${r}`).toBe(true);
    expect([s2.width, s3.width, s4.width]).toEqual([4, 10, 15]);
    const roles = findTables([g]);
    const notes: Finding[] = [];
    expect(mapTable2(roles.t2, notes)?.cells.get('normativeDocs.inForce')?.ref).toEqual({ table: 0, row: 4, col: 3 });
    expect(mapTable3(roles.t3, notes)?.rows.get('new')?.cells[t3ColumnIndex('total')]?.ref).toEqual({ table: 0, row: 9, col: 9 });
    expect(mapTable4(roles.t4, notes)?.cells['review.total']?.ref).toEqual({ table: 0, row: 17, col: 4 });
    expect(notes).toEqual([]);
  });

  it.each(['二、', '（二）', '(二)', '表二', '表2', '表二：', '表2:', '附表二', '附表2', '附表二、', '二．'])(
    'the title %s主动公开政府信息情况 is table 二\'s: its row belongs to no section',
    (numeral) => {
      const g = grid([...T3_HEAD, ...T3_ROWS, ...T4, title(`${numeral}主动公开政府信息情况`), ...T2].join(''));
      const parts = splitSections(g);
      expect(parts).toHaveLength(3);
      // the title row (11) is in none of them: table 四 ends at 10, table 二 starts under it
      for (const part of parts) expect(part.slots[11]!.every((c) => c === null)).toBe(true);
    },
  );

  it('a title row with the sheet\'s 单位：件 at its right end is still a title', () => {
    const unitTitle = (t: string) => tr(td(t, 12), td('单位：件', 3));
    const g = grid([unitTitle('表二：主动公开政府信息情况'), ...T2, unitTitle('表三：收到和处理政府信息公开申请情况'), ...T3_HEAD, ...T3_ROWS].join(''));
    const parts = splitSections(g);
    expect(parts).toHaveLength(2);
    // 表三's title row (5) is no row of table 二: table 二 keeps its four columns, and its columns are named
    expect(parts[0]!.width).toBe(4);
    for (const part of parts) expect(part.slots[5]!.every((c) => c === null)).toBe(true);
    const notes: Finding[] = [];
    expect(mapTable2(findTables([g]).t2, notes)?.cells.get('normativeDocs.inForce')?.ref).toEqual({ table: 0, row: 4, col: 3 });
    expect(notes).toEqual([]);
  });

  it('a row of a title\'s words beside a cell other than 单位 is no title', () => {
    const g = grid([...T3_HEAD, ...T3_ROWS, tr(td('表四：政府信息公开行政复议、行政诉讼情况', 12), td('见附件', 3)), ...T4].join(''));
    const parts = splitSections(g);
    // cut at table 四's header all the same, but the row (7) is not emptied as a title row is
    expect(parts).toHaveLength(2);
    expect(parts[0]!.slots[7]!.some((c) => c !== null)).toBe(true);
  });

  it('a table 二 under its own 表二： title row stays one table', () => {
    const g = grid([wordTitle('表二', '：主动公开政府信息情况'), ...T2].join(''));
    expect(splitSections(g)).toEqual([g]);
  });

  it('a table 三 whose last row is a note naming 表二 and 表三 is not cut', () => {
    const g = grid([...T3_HEAD, ...T3_ROWS, title('注：表二主动公开政府信息情况见上表，表三数据统计截至12月31日')].join(''));
    expect(splitSections(g)).toEqual([g]);
  });

  it('a row that names 表二：主动公开政府信息情况 beside other cells is no title', () => {
    // a comparison table: the heading's words in a row label, with figures beside them
    const g = grid([...T3_HEAD, ...T3_ROWS, tr(td('表二：主动公开政府信息情况', 3), td('见附件', 7), pad(5)), ...T4].join(''));
    const parts = splitSections(g);
    expect(parts).toHaveLength(2);
    // the row stays in table 三's section (where it was), not a table of its own
    expect(parts[0]!.slots[7]!.some((c) => c !== null)).toBe(true);
  });
});

describe('splitSections: table 二 cut at its own header, wherever it stands', () => {
  it('a sheet in the order 三, 四, 二 with no title rows: 二 begins at 第二十条第（一）项', () => {
    const g = grid([...T3_HEAD, ...T3_ROWS, ...T4, ...T2].join(''));
    const parts = splitSections(g);
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => p.width)).toEqual([10, 15, 4]);
    const roles = findTables([g]);
    expect([roles.t2.length, roles.t3.length, roles.t4.length]).toEqual([1, 1, 1]);
    const notes: Finding[] = [];
    expect(mapTable2(roles.t2, notes)?.cells.get('regulations.inForce')?.ref).toEqual({ table: 0, row: 13, col: 3 });
    expect(mapTable4(roles.t4, notes)?.cells['review.total']?.ref).toEqual({ table: 0, row: 10, col: 4 });
    expect(mapTable3(roles.t3, notes)?.rows.get('new')?.cells[t3ColumnIndex('natural')]?.ref).toEqual({ table: 0, row: 3, col: 3 });
    expect(notes).toEqual([]);
  });

  it('a table 二 with no 第二十条 row begins at its 信息内容 header', () => {
    const g = grid([...T3_HEAD, ...T3_ROWS, ...T4, ...T2.slice(1)].join(''));
    const roles = findTables([g]);
    const notes: Finding[] = [];
    expect(mapTable2(roles.t2, notes)?.cells.get('normativeDocs.newMade')?.ref).toEqual({ table: 0, row: 13, col: 1 });
    expect(roles.t4).toHaveLength(1);
    expect(mapTable4(roles.t4, notes)?.cells['suitAfterReview.total']?.ref).toEqual({ table: 0, row: 10, col: 14 });
    expect(notes).toEqual([]);
  });

  it('a table 二 of several blocks (a 第二十条 and a 信息内容 row each) stays one table', () => {
    const block5 = [
      tr(td('第二十条第（五）项', 4)),
      tr(...['信息内容', '本年处理决定数量'].map((t) => td(t)), td('', 2)),
      tr(td('行政许可'), td(120), td('', 2)),
    ];
    const g = grid([...T2.map((r) => r.replace(/<td><\/td>/g, '')), ...block5].join(''));
    expect(splitSections(g)).toEqual([g]);
  });

  it('a table 二 with a 单位 row above its first block stays one table', () => {
    const g = grid([tr(td('单位：件', 4)), ...T2.map((r) => r.replace(/<td><\/td>/g, ''))].join(''));
    expect(splitSections(g)).toEqual([g]);
  });
});
