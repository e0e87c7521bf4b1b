import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { parseGrid } from '../../lib/grid/parse-grid.ts';

function linkedomTable(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.querySelector('table') as unknown as Element;
}

function happyTable(html: string): Element {
  const w = new Window();
  w.document.body.innerHTML = html;
  return w.document.querySelector('table') as unknown as Element;
}

/** The grid as letters: each slot shows the text of the cell covering it. */
function layout(table: Element): string[] {
  return parseGrid(table, 0).slots.map((row) => row.map((c) => (c ? c.text : '.')).join(''));
}

describe('parseGrid: the HTML table model', () => {
  it('expands rowspan and colspan (table 三 corner and 法人或其他组织 header)', () => {
    const html = `<table>
      <tr><td colspan=3 rowspan=3>A</td><td colspan=7>B</td></tr>
      <tr><td rowspan=2>C</td><td colspan=5>D</td><td rowspan=2>E</td></tr>
      <tr><td>f</td><td>g</td><td>h</td><td>i</td><td>j</td></tr>
      <tr><td colspan=3>K</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr>
    </table>`;
    expect(layout(linkedomTable(html))).toEqual(['AAABBBBBBB', 'AAACDDDDDE', 'AAACfghijE', 'KKK1234567']);
    const g = parseGrid(linkedomTable(html), 0);
    expect(g.slots[3]![9]!.reading).toEqual({ kind: 'number', value: 7, decimals: 0 });
    expect([g.slots[2]![4]!.row, g.slots[2]![4]!.col]).toEqual([2, 4]);
    expect([g.slots[2]![3]!.row, g.slots[2]![3]!.col]).toEqual([1, 3]); // C starts a row above
  });

  it('places a cell after a rowspan from above, and fills holes with null', () => {
    const html = `<table><tr><td rowspan=2>A</td><td>B</td><td>C</td></tr><tr><td>D</td></tr></table>`;
    expect(layout(linkedomTable(html))).toEqual(['ABC', 'AD.']);
  });

  it('orders rows as table.rows does: thead, then body rows, then tfoot', () => {
    const html = `<table><tfoot><tr><td>F</td></tr></tfoot><tbody><tr><td>B</td></tr></tbody><thead><tr><td>H</td></tr></thead><tr><td>D</td></tr></table>`;
    expect(layout(linkedomTable(html))).toEqual(['H', 'B', 'D', 'F']);
    // (happy-dom's own table.rows keeps tree order here, unlike the HTML spec and Chromium;
    // CellRef.row follows the spec, which is what the browser's table.rows gives)
  });

  it('ends rowspan=0 and oversized rowspans at the row group', () => {
    const html = `<table><tbody><tr><td rowspan=0>A</td><td>1</td></tr><tr><td>2</td></tr></tbody><tbody><tr><td rowspan=99>Z</td><td>3</td></tr></tbody></table>`;
    const g = parseGrid(linkedomTable(html), 0);
    expect(layout(linkedomTable(html))).toEqual(['A1', 'A2', 'Z3']);
    expect(g.slots[2]![0]!.rowSpan).toBe(1);
  });

  it('does not let overlapping spans move a cell or overwrite another', () => {
    const html = `<table><tr><td>A</td><td rowspan=2>B</td></tr><tr><td colspan=2>C</td><td>D</td></tr></table>`;
    // C starts at column 0 and would cover column 1, which B holds: B keeps it
    expect(layout(linkedomTable(html))).toEqual(['AB.', 'CBD']);
  });

  it('ignores cells of nested tables and reads Word markup in labels', () => {
    const html = `<table><tr><td><p class=MsoNormal><span lang=EN-US>本年新收<o:p></o:p></span><span>政府信息公开申请</span>数量</p></td>
      <td><p><span lang=EN-US>２６<o:p></o:p></span></p></td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>`;
    const g = parseGrid(linkedomTable(html), 0);
    expect(g.width).toBe(3);
    expect(g.slots[0]![0]!.text).toBe('本年新收政府信息公开申请数量');
    expect(g.slots[0]![1]!.reading).toEqual({ kind: 'number', value: 26, decimals: 0 });
  });

  it('gives linkedom and happy-dom the same grid on a Word-pasted table', () => {
    const html = `<table border=1 cellspacing=0><tbody><tr style='height:20pt'><td width=100 colspan=2 rowspan=2><p>申请人情况</p></td><td colspan="3">法人</td></tr>
      <tr><td>商业企业</td><td>其他</td><td>总计</td></tr><tr><td>一、</td><td>新收</td><td>1</td><td>&nbsp;</td><td>１</td></tr></tbody></table>`;
    expect(layout(linkedomTable(html))).toEqual(layout(happyTable(html)));
  });

  it('stops at MAX_ROWS on a 10,000-row table and says so', () => {
    const rows = Array.from({ length: 10000 }, (_, i) => `<tr><td>${i}</td><td>${i}</td></tr>`).join('');
    const g = parseGrid(linkedomTable(`<table>${rows}</table>`), 0);
    expect(g.truncated).toBe(true);
    expect(g.rowCount).toBe(10000);
    expect(g.slots.length).toBeLessThan(10000);
  });
});
