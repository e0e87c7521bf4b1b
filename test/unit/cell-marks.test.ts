// @vitest-environment node
/**
 * Marks beside a cell's figure are no part of it (the red team's page 56, session 10): a
 * footnote's superscript or circled number, a struck-out figure beside its correction. And a row
 * of column numbers under table 四's header is neither header nor figures (page 60).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../lib/dom/hidden.ts';
import { readPage } from '../../lib/detect/page-text.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';
import { isColumnNumbering, rowView } from '../../lib/map/grid-rows.ts';
import { withoutFigureMarks } from '../../lib/text/normalize.ts';

function table(body: string): { doc: Document; table: Element } {
  const doc = parseHTML(`<!DOCTYPE html><html><head><title>t</title></head><body><table>${body}</table></body></html>`).document as unknown as Document;
  return { doc, table: doc.querySelector('table')! };
}

describe('visibleText leaves out a mark beside a figure', () => {
  it.each([
    ['20<sup>①</sup>', '20'],
    ['20<sup>1</sup>', '20'],
    ['<span lang=EN-US>20<sup>[1]</sup><o:p></o:p></span>', '20'],
    ['<s>3</s> 2', ' 2'],
    ['<del>12</del><ins>11</ins>', '11'],
    ['<strike>5</strike>4', '4'],
    // red team 18: a subscript, a span struck out by its style, what a script, style or noscript holds
    ['7<sub>2</sub>', '7'],
    ['<span style="text-decoration:line-through">130</span>127', '127'],
    ["<span style='text-decoration: line-through;color:red'>22</span><span style='color:red'>21</span>", '21'],
    ['<noscript>5</noscript>7', '7'],
    ['<script>var c="3";</script>127', '127'],
    ['<style>.x1{mso-number-format:"0"}</style>12', '12'],
    // red team 33 (c20): Word's 上标 as a span styled vertical-align:super (or sub)
    ["96<span style='vertical-align:super'>1</span>", '96'],
    ["<span lang=EN-US>27<span style='font-size:7.0pt;vertical-align: super;mso-bidi-font-size:10.5pt'>2</span></span>", '27'],
    ['8<span style="VERTICAL-ALIGN: sub">3</span>', '8'],
    ["<span style='vertical-align:middle'>41</span>", '41'],
    ["<span style='vertical-align:super'>5</span>", '5'],
    // nothing else written: the superscript is the cell's figure
    ['<sup>3</sup>', '3'],
    ['&nbsp;<sup>3</sup>', '\u00a03'],
    ['<sup>1<sup>2</sup></sup>', '12'],
    ['', ''],
  ])('%s reads %j', (html, want) => {
    const { table: t } = table(`<tr><td>${html}</td></tr>`);
    expect(visibleText(t.querySelector('td')!)).toBe(want);
  });
});

describe('withoutFigureMarks drops a circled or superscript mark beside a figure only', () => {
  it.each([
    ['20①', '20'],
    ['①20', '20'],
    ['２０②', '２０'],
    ['3 ⑩', '3 '],
    ['①', '①'],
    ['①含网上申请', '①含网上申请'],
    ['予以公开①', '予以公开①'],
    ['20', '20'],
    ['20(1)', '20(1)'],
    // red team 33 (c09): a superscript digit typed after a figure is its note's number, not a digit of it
    ['31¹', '31'],
    ['12件²', '12件'],
    ['１２³ ', '１２ '],
    ['7⁴⁵', '7'],
    ['1,204²', '1,204'],
    ['12m²', '12m²'],
    ['¹31', '¹31'],
    ['注¹', '注¹'],
    // red team 34 (c02): or between the figure and its 件
    ['64²件', '64件'],
    ['4¹ 件', '4 件'],
    ['12m²件', '12m²件'],
    ['2²件数', '2²件数'],
  ])('%s → %s', (raw, want) => {
    expect(withoutFigureMarks(raw)).toBe(want);
  });
});

describe('a table reads the figure, not its mark', () => {
  it('with the page walk and without it', () => {
    const { doc, table: t } = table('<tr><td>一、本年新收</td><td>20<sup>①</sup></td><td>5②</td><td><s>7</s> 6</td><td><sup>4</sup></td><td>31¹</td><td>96<span style="vertical-align:super">1</span></td></tr>');
    const page = readPage(doc, doc.body);
    // a mark in a cell: the walk leaves the cells to parseGrid's own read
    expect(page.cellText(t.querySelector('td')!)).toBeUndefined();
    for (const raw of [page.cellText, undefined]) {
      const g = parseGrid(t, 0, raw);
      const values = g.slots[0]!.slice(1).map((c) => (c!.reading.kind === 'number' ? c!.reading.value : null));
      expect(values).toEqual([20, 5, 6, 4, 31, 96]);
    }
  });
  it('a page without marks keeps the walk\'s cell text', () => {
    const { doc, table: t } = table('<tr><td>一、本年新收</td><td>20</td></tr>');
    expect(readPage(doc, doc.body).cellText(t.querySelectorAll('td')[1]!)).toBe('20');
  });
});

describe('isColumnNumbering', () => {
  const rowOf = (cells: string): boolean => {
    const { table: t } = table(`<tr>${cells}</tr>`);
    return isColumnNumbering(rowView(parseGrid(t, 0), 0));
  };
  it('a row of 1…n, with or without a 栏次 label, is column numbers', () => {
    expect(rowOf([...Array(15).keys()].map((i) => `<td>${i + 1}</td>`).join(''))).toBe(true);
    expect(rowOf('<td>栏次</td>' + [...Array(7).keys()].map((i) => `<td>${i + 1}</td>`).join(''))).toBe(true);
  });
  it('so is one whose label columns are numbered 甲 乙 丙 (red team 34 c07), but not a row named 甲 and more', () => {
    const figs = [...Array(7).keys()].map((i) => `<td>${i + 1}</td>`).join('');
    expect(rowOf(`<td>甲</td><td>乙</td><td>丙</td>${figs}`)).toBe(true);
    expect(rowOf(`<td colspan=2>甲</td><td>乙</td>${figs}`)).toBe(true);
    expect(rowOf(`<td>甲类申请</td>${figs}`)).toBe(false);
    expect(rowOf(`<td>甲</td><td>乙</td><td>丙</td><td>1</td><td>2</td><td>4</td><td>5</td>`)).toBe(false);
  });
  it('figures are not, even when they happen to climb', () => {
    expect(rowOf('<td>1</td><td>2</td><td>3</td>')).toBe(false); // too short to tell
    expect(rowOf('<td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>0</td>')).toBe(false);
    expect(rowOf('<td>1</td><td>0</td><td>1</td><td>0</td><td>2</td>')).toBe(false);
    expect(rowOf('<td>一、本年新收</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td>')).toBe(false);
    expect(rowOf('<td>2</td><td>3</td><td>4</td><td>5</td><td>6</td>')).toBe(false);
    expect(rowOf('<td>1</td><td></td><td>3</td><td>4</td><td>5</td>')).toBe(false);
    expect(rowOf('<td>—</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td>')).toBe(false);
  });
  it('behind an empty cell (an empty column down the left side) it still is', () => {
    // read as table 四's figures it made all three group totals fail
    expect(rowOf('<td></td>' + [...Array(15).keys()].map((i) => `<td>${i + 1}</td>`).join(''))).toBe(true);
    expect(rowOf('<td>&nbsp;</td><td></td>' + [...Array(5).keys()].map((i) => `<td>${i + 1}</td>`).join(''))).toBe(true);
  });
});

describe('an empty cell that shows a figure as a picture or in a title is unread, not a blank (red team 18)', () => {
  it.each([
    ['<img src="/u/1015423891.png" alt="32" width="18">', 'text'],
    ['<p><span><img src="/u/1.png"></span></p>', 'text'],
    ['<span title="14"></span>', 'text'],
    ['&nbsp;', 'blank'],
    ['<p><span><o:p></o:p></span></p>', 'blank'],
    ['<span title="备注"></span>', 'blank'],
    ['<img src="/u/1.png" style="display:none">', 'blank'],
    ['3<img src="/u/dot.png">', 'number'],
  ])('%s reads as %s', (html, kind) => {
    const { doc, table: t } = table(`<tr><td>一、本年新收</td><td>${html}</td></tr>`);
    const page = readPage(doc, doc.body);
    expect(parseGrid(t, 0, page.cellText).slots[0]![1]!.reading.kind).toBe(kind);
    expect(parseGrid(t, 0).slots[0]![1]!.reading.kind).toBe(kind);
  });
});
