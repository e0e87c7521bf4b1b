/**
 * Tables of a PDF read from their borders (lib/pdf/lattice.ts): pages drawn here as a PDF writer
 * draws them, each border a thin filled rectangle (Chromium's print) or a stroked line (Word), each
 * run of text where its cell puts it. What must hold: merged cells come back as spans, a run pdf.js
 * made of two cells' words is split at the border, a box round a paragraph is no table, a row
 * broken by the page is joined, a 续表 that lacks a border keeps the columns of the part before.
 */
import { describe, expect, it } from 'vitest';
import { continuesAcross, joinBrokenLabel, joinBrokenRow, joinClosedRow, mergeAcross } from '../../lib/pdf/across-pages.ts';
import { latticeTables, type LatticeTable, type PdfRule } from '../../lib/pdf/lattice.ts';
import { pdfToHtml } from '../../lib/pdf/pdf-html.ts';
import { withoutStruckRuns } from '../../lib/pdf/pdf-lines.ts';
import type { PdfRun } from '../../lib/pdf/pdf-html.ts';

/** A cell of a drawn table: its text and where it starts, in grid units, and its spans. */
interface Spec {
  r: number;
  c: number;
  text: string;
  rs?: number;
  cs?: number;
}

/**
 * A table drawn at x = xs, y = ys (top first, PDF space): every border a cell does not merge over,
 * as a thin rectangle (`stroke`: as a zero-width line), and each cell's text as one run centred
 * in it, 10 points high. `open`: the sides run on below the last line by 8 points (a row broken by
 * the page's foot), with `tail` written in that strip.
 */
function draw(xs: number[], ys: number[], cells: Spec[], opts: { stroke?: boolean; openBottom?: number; openTop?: number; tail?: Spec[] } = {}): { rules: PdfRule[]; runs: PdfRun[] } {
  const rules: PdfRule[] = [];
  const R = ys.length - 1;
  const C = xs.length - 1;
  const owner = (r: number, c: number) => cells.find((s) => r >= s.r && r < s.r + (s.rs ?? 1) && c >= s.c && c < s.c + (s.cs ?? 1));
  const hLine = (y: number, x1: number, x2: number) => rules.push(opts.stroke ? { x1, y1: y, x2, y2: y } : { x1, y1: y - 0.4, x2, y2: y + 0.4 });
  const vLine = (x: number, y1: number, y2: number) => rules.push(opts.stroke ? { x1: x, y1, x2: x, y2 } : { x1: x - 0.4, y1, x2: x + 0.4, y2 });
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c < C; c++) {
      // a line between rows r-1 and r unless one cell spans both
      const above = r > 0 ? owner(r - 1, c) : undefined;
      const below = r < R ? owner(r, c) : undefined;
      if (!above || !below || above !== below) hLine(ys[r]!, xs[c]!, xs[c + 1]!);
    }
  }
  for (let c = 0; c <= C; c++) {
    for (let r = 0; r < R; r++) {
      const left = c > 0 ? owner(r, c - 1) : undefined;
      const right = c < C ? owner(r, c) : undefined;
      if (!left || !right || left !== right) vLine(xs[c]!, ys[r + 1]!, ys[r]!);
    }
  }
  const bottom = ys[R]!;
  const top = ys[0]!;
  if (opts.openBottom) for (const x of xs) vLine(x, bottom - opts.openBottom, bottom);
  if (opts.openTop) for (const x of xs) vLine(x, top, top + opts.openTop);
  const runs: PdfRun[] = cells
    .filter((s) => s.text !== '')
    .map((s) => {
      const x0 = xs[s.c]!;
      const x1 = xs[s.c + (s.cs ?? 1)]!;
      const y0 = ys[s.r]!;
      const y1 = ys[s.r + (s.rs ?? 1)]!;
      const w = s.text.length * 10;
      return { str: s.text, x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - 4, w, h: 10 };
    });
  for (const s of opts.tail ?? []) runs.push({ str: s.text, x: (xs[s.c]! + xs[s.c + 1]!) / 2 - 5, y: bottom - 6, w: s.text.length * 10, h: 10 });
  return { rules, runs };
}

const grid = (t: LatticeTable) => t.rows.map((row) => row.map((c) => `${c.text}${c.rowSpan > 1 ? `↓${c.rowSpan}` : ''}${c.colSpan > 1 ? `→${c.colSpan}` : ''}`).join('|'));

describe('a table read from its borders', () => {
  const xs = [50, 200, 260, 320, 380];
  const ys = [700, 680, 660, 640, 620];

  it('gives merged cells their spans and each run to its cell, in filled or stroked borders alike', () => {
    const cells: Spec[] = [
      { r: 0, c: 0, text: '项目' }, { r: 0, c: 1, text: '申请人情况', cs: 3 },
      { r: 1, c: 0, text: '一、本年新收' }, { r: 1, c: 1, text: '40' }, { r: 1, c: 2, text: '0', rs: 3 }, { r: 1, c: 3, text: '42' },
      { r: 2, c: 0, text: '二、上年结转' }, { r: 2, c: 1, text: '1' }, { r: 2, c: 3, text: '1' },
      { r: 3, c: 0, text: '（七）总计' }, { r: 3, c: 1, text: '39' }, { r: 3, c: 3, text: '41' },
    ];
    for (const stroke of [false, true]) {
      const { rules, runs } = draw(xs, ys, cells, { stroke });
      const [t, ...more] = latticeTables(rules, runs);
      expect(more).toEqual([]);
      expect(grid(t!)).toEqual(['项目|申请人情况→3', '一、本年新收|40|0↓3|42', '二、上年结转|1|1', '（七）总计|39|41']);
      expect(t!.runs.size).toBe(runs.length);
    }
  });

  it('splits a run pdf.js made of two cells\' figures ("15 274") at the border between them', () => {
    const { rules } = draw(xs, ys.slice(0, 3), [{ r: 0, c: 0, text: '其他' }, { r: 1, c: 0, text: '一、本年新收' }]);
    // "15" ends its cell (col 2: 260–320), "274" starts the next (320–380): one run across the border
    const runs: PdfRun[] = [
      { str: '一、本年新收', x: 60, y: 666, w: 60, h: 10 },
      { str: '15 274', x: 296, y: 666, w: 48, h: 10 },
    ];
    const [t] = latticeTables(rules, runs);
    expect(grid(t!)).toEqual(['|||', '一、本年新收||15|274']);
  });

  it('leaves out a figure struck through beside its correction (<s>11</s> 10), never an underlined one (pdf-lines.ts withoutStruckRuns, before the table is read)', () => {
    const { rules } = draw(xs, ys.slice(0, 3), [{ r: 0, c: 0, text: '自然人' }, { r: 1, c: 0, text: '（一）予以公开' }]);
    // in col 1 (200–260): "11" struck (a line 3.5 points above its baseline, its width), then "10"
    const runs: PdfRun[] = [
      { str: '（一）予以公开', x: 60, y: 666, w: 70, h: 10 },
      { str: '11', x: 212, y: 666, w: 11, h: 10 },
      { str: '10', x: 228, y: 666, w: 11, h: 10 },
    ];
    const strike: PdfRule = { x1: 212, y1: 669.2, x2: 223, y2: 669.8 };
    const read = (lines: PdfRule[], given: PdfRun[]) => {
      const page = withoutStruckRuns({ runs: given, rules: [...rules, ...lines] });
      return grid(latticeTables(page.rules!, page.runs)[0]!);
    };
    expect(read([strike], runs)).toEqual(['|||', '（一）予以公开|10||']);
    // an underline (under the baseline) and a line no text crosses leave the figures as they stand
    const under: PdfRule = { x1: 212, y1: 664.6, x2: 223, y2: 665.2 };
    expect(read([under], runs)).toEqual(['|||', '（一）予以公开|11 10||']);
    expect(read([strike], [runs[0]!, runs[2]!])).toEqual(['|||', '（一）予以公开|10||']);
  });

  it('reads no table where a merged cell holds figures in two of its columns (Excel\'s figure cells drawn without borders)', () => {
    // row 1's figure cells draw no border between them (cols 1–3 one merged cell): "2134" in col 1, "98765.43" in col 2
    const cells: Spec[] = [{ r: 0, c: 0, text: '采购项目' }, { r: 0, c: 1, text: '数量' }, { r: 0, c: 2, text: '金额' }, { r: 1, c: 0, text: '政府集中采购' }, { r: 1, c: 1, text: '', cs: 3 }];
    const { rules } = draw(xs, ys.slice(0, 3), cells);
    const runs: PdfRun[] = [{ str: '政府集中采购', x: 60, y: 666, w: 60, h: 10 }, { str: '2134', x: 205, y: 666, w: 22, h: 10 }, { str: '98765.43', x: 265, y: 666, w: 44, h: 10 }];
    expect(latticeTables(rules, runs)).toEqual([]);
    // one figure in a merged cell (a colspan, as tables 三's 总计 may be), or a label over two columns: read
    const one = latticeTables(rules, [runs[0]!, runs[2]!]);
    expect(grid(one[0]!)).toEqual(['|||', '政府集中采购|98765.43→3']);
    const label = latticeTables(rules, [runs[0]!, { str: '其中：', x: 205, y: 666, w: 30, h: 10 }, { str: '无', x: 265, y: 666, w: 10, h: 10 }]);
    expect(label).toHaveLength(1);
  });

  it('reads no table in a box round a paragraph, a page\'s number or a single line', () => {
    const box = draw([60, 540], [700, 600], [{ r: 0, c: 0, text: '本报告由区政府办公室编制，所列数据统计期限自2023年1月1日起。' }]);
    const number = draw([280, 310], [40, 25], [{ r: 0, c: 0, text: '-3-' }]);
    const rule: PdfRule[] = [{ x1: 60, y1: 500, x2: 540, y2: 500.8 }];
    expect(latticeTables([...box.rules, ...number.rules, ...rule], [...box.runs, ...number.runs])).toEqual([]);
  });

  it('reads no table where a merge is no rectangle (a border broken off midway): the ruling cannot be trusted', () => {
    const { rules, runs } = draw(xs, ys, [{ r: 0, c: 0, text: 'A' }, { r: 1, c: 1, text: '1' }]);
    // take away the border under (0,1) and the one right of (1,1): cells (0,1), (1,1), (1,2) one L-shaped cell
    const kept = rules.filter((r) => !(Math.abs(r.y1 + 0.4 - 680) < 0.1 && r.x1 === 200) && !(Math.abs(r.x1 + 0.4 - 260) < 0.1 && r.y1 === 660));
    expect(latticeTables(kept, runs)).toEqual([]);
  });
});

describe('a table over a page break', () => {
  const xs = [50, 200, 260, 320];

  it('joins a row the page broke in two: its label\'s two lines, its figures from the part that has them', () => {
    // page one: the row (二) starts under the last line drawn, its sides running on to the page's foot
    const a = draw(xs, [700, 680], [{ r: 0, c: 0, text: '（一）予以公开' }, { r: 0, c: 1, text: '5' }, { r: 0, c: 2, text: '5' }], {
      openBottom: 20,
      tail: [{ r: 0, c: 0, text: '（二）部分公开（区分处理的，' }, { r: 0, c: 1, text: '2' }, { r: 0, c: 2, text: '2' }],
    });
    // page two: the row's rest above the first line drawn, its sides starting at the page's head
    const b = draw(xs, [780, 760], [{ r: 0, c: 0, text: '（七）总计' }, { r: 0, c: 1, text: '7' }, { r: 0, c: 2, text: '7' }], { openTop: 12 });
    b.runs.push({ str: '只计这一情形）', x: 60, y: 784, w: 70, h: 10 });
    const [ta] = latticeTables(a.rules, a.runs);
    const [tb] = latticeTables(b.rules, b.runs);
    expect(ta!.openBottom && tb!.openTop).toBe(true);
    expect(joinBrokenRow(ta!, tb!)).toBe(true);
    expect(grid(ta!)).toEqual(['（一）予以公开|5|5', '（二）部分公开（区分处理的，只计这一情形）|2|2']);
    expect(grid(tb!)).toEqual(['（七）总计|7|7']);
  });

  it('never joins two figures of a broken row into one cell', () => {
    const a = draw(xs, [700, 680], [{ r: 0, c: 0, text: 'A' }, { r: 0, c: 1, text: '5' }, { r: 0, c: 2, text: '5' }], {
      openBottom: 20,
      tail: [{ r: 0, c: 0, text: 'B' }, { r: 0, c: 1, text: '2' }],
    });
    const b = draw(xs, [780, 760], [{ r: 0, c: 0, text: 'C' }, { r: 0, c: 1, text: '7' }, { r: 0, c: 2, text: '7' }], { openTop: 12 });
    b.runs.push({ str: '3', x: 225, y: 784, w: 10, h: 10 });
    const [ta] = latticeTables(a.rules, a.runs);
    const [tb] = latticeTables(b.rules, b.runs);
    expect(ta!.openBottom && tb!.openTop).toBe(true);
    expect(joinBrokenRow(ta!, tb!)).toBe(false);
  });

  it('drops the empty sliver of a row pushed on to the next page, closing the table at its last line', () => {
    const a = draw(xs, [700, 680, 660], [
      { r: 0, c: 0, text: '6.属于四类过程性信息' }, { r: 0, c: 1, text: '0' }, { r: 0, c: 2, text: '0' },
      { r: 1, c: 0, text: '7.属于行政执法案卷' }, { r: 1, c: 1, text: '0' }, { r: 1, c: 2, text: '0' },
    ], { openBottom: 5 });
    const [t] = latticeTables(a.rules, a.runs);
    expect(t!.openBottom).toBe(false);
    expect(grid(t!)).toEqual(['6.属于四类过程性信息|0|0', '7.属于行政执法案卷|0|0']);
  });

  it('joins a group\'s label the page broke ("（四）无" / "法提供") in both parts, and nothing else', () => {
    const wide = [50, 110, 200, 260, 320];
    const a = draw(wide, [700, 680, 660], [
      { r: 0, c: 0, text: '（三）不予公开' }, { r: 0, c: 1, text: '8.属于行政查询事项' }, { r: 0, c: 2, text: '0' }, { r: 0, c: 3, text: '0' },
      { r: 1, c: 0, text: '（四）无' }, { r: 1, c: 1, text: '1.本机关不掌握相关政府信息' }, { r: 1, c: 2, text: '3' }, { r: 1, c: 3, text: '3' },
    ]);
    const b = draw(wide, [780, 760, 740, 720], [
      { r: 0, c: 0, text: '法提供', rs: 2 }, { r: 0, c: 1, text: '2.没有现成信息需要另行制作' }, { r: 0, c: 2, text: '1' }, { r: 0, c: 3, text: '1' },
      { r: 1, c: 1, text: '3.补正后申请内容仍不明确' }, { r: 1, c: 2, text: '0' }, { r: 1, c: 3, text: '0' },
      { r: 2, c: 0, text: '（五）不予处理' }, { r: 2, c: 1, text: '1.信访举报投诉类申请' }, { r: 2, c: 2, text: '0' }, { r: 2, c: 3, text: '0' },
    ]);
    const [ta] = latticeTables(a.rules, a.runs);
    const [tb] = latticeTables(b.rules, b.runs);
    expect(joinBrokenRow(ta!, tb!)).toBe(false);
    joinBrokenLabel(ta!, tb!);
    expect(grid(ta!)[1]).toBe('（四）无法提供|1.本机关不掌握相关政府信息|3|3');
    expect(grid(tb!)[0]).toBe('（四）无法提供↓2|2.没有现成信息需要另行制作|1|1');
    // a first cell that opens a group of its own is no continuation
    const c = draw(wide, [780, 760], [{ r: 0, c: 0, text: '（五）不予处理' }, { r: 0, c: 1, text: '1.信访举报投诉类申请' }, { r: 0, c: 2, text: '0' }, { r: 0, c: 3, text: '0' }]);
    const [tc] = latticeTables(c.rules, c.runs);
    const [ta2] = latticeTables(a.rules, a.runs);
    joinBrokenLabel(ta2!, tc!);
    expect(grid(ta2!)[1]).toBe('（四）无|1.本机关不掌握相关政府信息|3|3');
    expect(grid(tc!)[0]).toBe('（五）不予处理|1.信访举报投诉类申请|0|0');
  });

  it('keeps the columns of the part before in a 续表 whose merged block of zeros draws one border fewer', () => {
    const wide = [50, 200, 260, 320, 380];
    const before = draw(wide, [700, 680], [{ r: 0, c: 0, text: '1.属于国家秘密' }, { r: 0, c: 1, text: '0' }, { r: 0, c: 2, text: '0' }, { r: 0, c: 3, text: '0' }]);
    const [ta] = latticeTables(before.rules, before.runs);
    // on the next page columns 2 and 3 hold one merged 0 over every row: no border at x = 320
    const after = draw(wide, [780, 760, 740], [
      { r: 0, c: 0, text: '2.没有现成信息' }, { r: 0, c: 1, text: '1' }, { r: 0, c: 2, text: '0', rs: 2, cs: 2 },
      { r: 1, c: 0, text: '（七）总计' }, { r: 1, c: 1, text: '39' },
    ]);
    const [alone] = latticeTables(after.rules, after.runs);
    expect(alone!.xs.length).toBe(4);
    const [joined] = latticeTables(after.rules, after.runs, ta!.xs);
    expect(joined!.xs.length).toBe(5);
    expect(grid(joined!)).toEqual(['2.没有现成信息|1|0↓2→2', '（七）总计|39']);
  });
});

/**
 * LibreOffice's export (test/fixtures/pdf-lo/): each page closes its part of a table, a line at
 * the page's foot under the part before and another at the next page's head over the part after.
 */
describe('a table over a page break, each part closed (LibreOffice)', () => {
  const xs = [50, 200, 260, 320];
  const one = (d: { rules: PdfRule[]; runs: PdfRun[] }, before: number[] | null = null) => latticeTables(d.rules, d.runs, before)[0]!;

  it('joins a header\'s row the break cut ("社会公" / "益组织") when each lower part stands under an upper part', () => {
    const a = one(draw(xs, [700, 680, 660], [{ r: 0, c: 0, text: '（本列数据）', rs: 2 }, { r: 0, c: 1, text: '申请人情况', cs: 2 }, { r: 1, c: 1, text: '社会公' }, { r: 1, c: 2, text: '法律服' }]));
    const b = one(draw(xs, [780, 760, 740], [{ r: 0, c: 0, text: '' }, { r: 0, c: 1, text: '益组织' }, { r: 0, c: 2, text: '务机构' }, { r: 1, c: 0, text: '一、本年新收' }, { r: 1, c: 1, text: '1' }, { r: 1, c: 2, text: '2' }]));
    expect(a.openBottom || b.openTop).toBe(false);
    expect(joinClosedRow(a, b)).toBe(true);
    expect(grid(a)).toEqual(['（本列数据）↓2|申请人情况→2', '社会公益组织|法律服务机构']);
    expect(grid(b)).toEqual(['一、本年新收|1|2']);
  });

  it('joins a label broken over the page ("1.本机关不掌" / "握相关政府信息"), its figures from the part that has them', () => {
    const a = one(draw(xs, [700, 680], [{ r: 0, c: 0, text: '1.本机关不掌' }, { r: 0, c: 1, text: '8' }, { r: 0, c: 2, text: '10' }]));
    const b = one(draw(xs, [780, 760, 740], [{ r: 0, c: 0, text: '握相关政府信息' }, { r: 0, c: 1, text: '' }, { r: 0, c: 2, text: '' }, { r: 1, c: 0, text: '2.没有现成信息' }, { r: 1, c: 1, text: '1' }, { r: 1, c: 2, text: '1' }]));
    expect(joinClosedRow(a, b)).toBe(true);
    expect(grid(a)).toEqual(['1.本机关不掌握相关政府信息|8|10']);
    expect(grid(b)).toEqual(['2.没有现成信息|1|1']);
  });

  it('never joins two whole rows: a row that opens its own label, a figure under a label or a figure, cells under other borders', () => {
    const a = () => one(draw(xs, [700, 680], [{ r: 0, c: 0, text: '（一）予以公开' }, { r: 0, c: 1, text: '5' }, { r: 0, c: 2, text: '5' }]));
    // the next row opens with its own words
    expect(joinClosedRow(a(), one(draw(xs, [780, 760], [{ r: 0, c: 0, text: '（二）部分公开' }, { r: 0, c: 1, text: '' }, { r: 0, c: 2, text: '' }])))).toBe(false);
    expect(joinClosedRow(a(), one(draw(xs, [780, 760], [{ r: 0, c: 0, text: '2.重复申请' }, { r: 0, c: 1, text: '' }, { r: 0, c: 2, text: '' }])))).toBe(false);
    // a figure under a figure
    expect(joinClosedRow(a(), one(draw(xs, [780, 760], [{ r: 0, c: 0, text: '只计这一情形' }, { r: 0, c: 1, text: '2' }, { r: 0, c: 2, text: '' }])))).toBe(false);
    // a label under a figure: a header of table 二's next block (信息内容 | 本年制发件数…)
    const rule = () => one(draw(xs, [700, 680], [{ r: 0, c: 0, text: '规章' }, { r: 0, c: 1, text: '0' }, { r: 0, c: 2, text: '0' }]));
    expect(joinClosedRow(rule(), one(draw(xs, [780, 760], [{ r: 0, c: 0, text: '信息内容' }, { r: 0, c: 1, text: '本年制发件数' }, { r: 0, c: 2, text: '现行有效件数' }])))).toBe(false);
    // the lower row's cells under other borders (a merge of its own)
    expect(joinClosedRow(a(), one(draw(xs, [780, 760], [{ r: 0, c: 0, text: '续' }, { r: 0, c: 1, text: '', cs: 2 }])))).toBe(false);
    // another width: another table
    expect(joinClosedRow(a(), one(draw([50, 200, 260, 340], [780, 760], [{ r: 0, c: 0, text: '续' }, { r: 0, c: 1, text: '' }, { r: 0, c: 2, text: '' }])))).toBe(false);
  });

  it('takes the part on the next page for the same table when it opens with figures or the part before is a header alone, never a header drawn again', () => {
    const header = one(draw(xs, [700, 680], [{ r: 0, c: 0, text: '项目' }, { r: 0, c: 1, text: '自然人' }, { r: 0, c: 2, text: '总计' }]));
    const rows = one(draw(xs, [700, 680], [{ r: 0, c: 0, text: '一、本年新收' }, { r: 0, c: 1, text: '5' }, { r: 0, c: 2, text: '5' }]));
    const figures = one(draw(xs, [780, 760], [{ r: 0, c: 0, text: '二、上年结转' }, { r: 0, c: 1, text: '1' }, { r: 0, c: 2, text: '1' }]));
    const labels = one(draw(xs, [780, 760, 740], [{ r: 0, c: 0, text: '信息内容' }, { r: 0, c: 1, text: '本年新制作' }, { r: 0, c: 2, text: '对外公开' }, { r: 1, c: 0, text: '规章' }, { r: 1, c: 1, text: '0' }, { r: 1, c: 2, text: '0' }]));
    const again = one(draw(xs, [780, 760, 740], [{ r: 0, c: 0, text: '项目' }, { r: 0, c: 1, text: '自然人' }, { r: 0, c: 2, text: '总计' }, { r: 1, c: 0, text: '二、上年结转' }, { r: 1, c: 1, text: '1' }, { r: 1, c: 2, text: '1' }]));
    expect(continuesAcross(rows, figures)).toBe(true);
    expect(continuesAcross(header, labels)).toBe(true);
    // a table of figures, then one opening with its own header: two tables
    expect(continuesAcross(rows, labels)).toBe(false);
    // a 续表 whose header is drawn again
    expect(continuesAcross(rows, again)).toBe(false);
    expect(continuesAcross(header, again)).toBe(false);
    expect(continuesAcross(rows, one(draw([50, 200, 260, 340], [780, 760], [{ r: 0, c: 0, text: '二、上年结转' }, { r: 0, c: 1, text: '1' }, { r: 0, c: 2, text: '1' }])))).toBe(false);
  });

  it('merges the two parts on one grid: a header of two label columns over rows of three, a label cut between rows, a cut cell\'s blank rest', () => {
    const wide = [50, 110, 200, 260, 320];
    const a = one(draw(xs, [700, 680, 660], [{ r: 0, c: 0, text: '（本列数据）', rs: 2 }, { r: 0, c: 1, text: '自然人', rs: 2 }, { r: 0, c: 2, text: '法人或其他组织' }, { r: 1, c: 2, text: '法律服' }]));
    const b = one(draw(wide, [780, 760, 740, 720], [
      { r: 0, c: 0, text: '', cs: 2 }, { r: 0, c: 2, text: '' }, { r: 0, c: 3, text: '务机构' },
      { r: 1, c: 0, text: '三、本年', rs: 2 }, { r: 1, c: 1, text: '（一）予以公开' }, { r: 1, c: 2, text: '3' }, { r: 1, c: 3, text: '3' },
      { r: 2, c: 1, text: '（二）部分公开' }, { r: 2, c: 2, text: '1' }, { r: 2, c: 3, text: '1' },
    ]));
    expect(continuesAcross(a, b)).toBe(true);
    mergeAcross(a, b);
    expect(a.xs).toHaveLength(5);
    // (the row the break cut holds no cell of its own now: every cell of it spans down from above)
    expect(grid(a)).toEqual(['（本列数据）↓3→2|自然人↓3|法人或其他组织', '法律服务机构↓2', '', '三、本年↓2|（一）予以公开|3|3', '（二）部分公开|1|1']);
    // a group's label the break cut between two rows: one cell over both parts
    const c = one(draw(wide, [700, 680, 660], [{ r: 0, c: 0, text: '项目', cs: 2 }, { r: 0, c: 2, text: '自然人' }, { r: 0, c: 3, text: '总计' }, { r: 1, c: 0, text: '三、本年' }, { r: 1, c: 1, text: '（一）予以公开' }, { r: 1, c: 2, text: '5' }, { r: 1, c: 3, text: '5' }]));
    const d = one(draw(wide, [780, 760, 740], [{ r: 0, c: 0, text: '度办理结果', rs: 2 }, { r: 0, c: 1, text: '（二）部分公开' }, { r: 0, c: 2, text: '2' }, { r: 0, c: 3, text: '2' }, { r: 1, c: 1, text: '（三）不予公开' }, { r: 1, c: 2, text: '0' }, { r: 1, c: 3, text: '0' }]));
    expect(continuesAcross(c, d)).toBe(true);
    mergeAcross(c, d);
    expect(grid(c)).toEqual(['项目→2|自然人|总计', '三、本年度办理结果↓3|（一）予以公开|5|5', '（二）部分公开|2|2', '（三）不予公开|0|0']);
  });

  it('keeps a block of zeros merged over many rows whole when its rest on the next page is blank, and a blank cell under a single figure blank', () => {
    const a = one(draw(xs, [700, 680, 660], [{ r: 0, c: 0, text: '1.属于国家秘密' }, { r: 0, c: 1, text: '0', rs: 2 }, { r: 0, c: 2, text: '0' }, { r: 1, c: 0, text: '2.其他法律' }, { r: 1, c: 2, text: '0' }]));
    const b = one(draw(xs, [780, 760, 740], [{ r: 0, c: 0, text: '3.危及' }, { r: 0, c: 1, text: '', rs: 2 }, { r: 0, c: 2, text: '1' }, { r: 1, c: 0, text: '4.保护第三方' }, { r: 1, c: 2, text: '2' }]));
    mergeAcross(a, b);
    expect(grid(a)).toEqual(['1.属于国家秘密|0↓4|0', '2.其他法律|0', '3.危及|1', '4.保护第三方|2']);
    const c = one(draw(xs, [700, 680], [{ r: 0, c: 0, text: '1.属于国家秘密' }, { r: 0, c: 1, text: '0' }, { r: 0, c: 2, text: '0' }]));
    const d = one(draw(xs, [780, 760], [{ r: 0, c: 0, text: '2.其他法律' }, { r: 0, c: 1, text: '' }, { r: 0, c: 2, text: '0' }]));
    mergeAcross(c, d);
    expect(grid(c)).toEqual(['1.属于国家秘密|0|0', '2.其他法律||0']);
  });

  it('rebuilds one table from a header at one page\'s foot and its rows at the next page\'s head; a heading between keeps them two', () => {
    const head = draw(xs, [100, 80, 60], [{ r: 0, c: 0, text: '项目', rs: 2 }, { r: 0, c: 1, text: '申请人情况', cs: 2 }, { r: 1, c: 1, text: '自然人' }, { r: 1, c: 2, text: '总计' }]);
    const body = draw(xs, [780, 760, 740], [{ r: 0, c: 0, text: '一、本年新收' }, { r: 0, c: 1, text: '5' }, { r: 0, c: 2, text: '5' }, { r: 1, c: 0, text: '二、上年结转' }, { r: 1, c: 1, text: '1' }, { r: 1, c: 2, text: '1' }]);
    const text = { str: '三、收到和处理政府信息公开申请情况', x: 50, y: 110, w: 200, h: 12 };
    const tables = (pages: { rules: PdfRule[]; runs: PdfRun[] }[]) => pdfToHtml(pages, 'a.pdf').match(/<table[^]*?<\/table>/g) ?? [];
    const merged = tables([{ rules: head.rules, runs: [text, ...head.runs] }, body]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toContain('<td rowspan="2">项目</td>');
    expect(merged[0]).toContain('<td>一、本年新收</td><td>5</td><td>5</td>');
    // a line of text under the header on its page: the header is no part cut by the break
    const apart = tables([{ rules: head.rules, runs: [text, ...head.runs, { str: '（注：单位为件）', x: 50, y: 40, w: 80, h: 10 }] }, body]);
    expect(apart).toHaveLength(2);
  });
});
