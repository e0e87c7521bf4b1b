// @vitest-environment node
/**
 * Red team 26: the light DOM (cli/light-scope.ts, light-dom-fixups.ts) builds the tree the HTML
 * standard's tree construction builds (Chromium's, and parse5's: each expected tree below is
 * parse5's for the same text, tbody left out as test/e2e/parity.e2e.ts leaves it out) for the broken
 * table markup of test/fixtures/redteam26, where the light DOM read a table other than Chromium did.
 */
import { describe, expect, it } from 'vitest';
import type { LElement, LNode, LText } from '../../cli/light-dom.ts';
import { parseLight } from '../../cli/light-parse.ts';
import { parsePage } from '../../cli/load-page.ts';

/** body's subtree, one line a node ("  " per level), blank text and tbody left out. */
function tree(html: string): string {
  const out: string[] = [];
  const visit = (n: LNode, depth: number) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const name = (c as unknown as Element).localName;
        if (name === 'tbody') {
          visit(c, depth);
          continue;
        }
        out.push(`${'  '.repeat(depth)}${name}`);
        visit(c, depth + 1);
      } else if (c.nodeType === 3 && (c as LText).data.trim()) out.push(`${'  '.repeat(depth)}"${(c as LText).data.trim()}"`);
    }
  };
  visit(parseLight(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).querySelector('body')!, 0);
  return out.join('\n');
}
const lines = (...l: string[]) => l.join('\n');

describe('an unclosed <caption> (the standard\'s "in caption" mode)', () => {
  it('is closed by the first row: the rows are the table\'s, not the caption\'s (red team 26 c21)', () => {
    expect(tree('<table><caption>表三<tr><td>1</td></tr></table>')).toBe(lines('table', '  caption', '    "表三"', '  tr', '    td', '      "1"'));
    expect(tree('<table><caption><b>表三</b><tbody><tr><td>1</td></tr></table>')).toBe(lines('table', '  caption', '    b', '      "表三"', '  tr', '    td', '      "1"'));
    expect(tree('<table><caption><span>表三<td>1</td></table>')).toBe(lines('table', '  caption', '    span', '      "表三"', '  tr', '    td', '      "1"'));
  });

  it('keeps what may stand in a caption: a table in it, and the rows after its end tag', () => {
    expect(tree('<table><caption><table><tr><td>b</td></tr></table></caption><tr><td>a</td></tr></table>')).toBe(
      lines('table', '  caption', '    table', '      tr', '        td', '          "b"', '  tr', '    td', '      "a"'),
    );
    // a cell's nested table does not close the outer table's caption… there is none open in the cell
    expect(tree('<table><caption>表</caption><tr><td><table><tr><td>1</td></tr></table></td></tr></table>')).toBe(
      lines('table', '  caption', '    "表"', '  tr', '    td', '      table', '        tr', '          td', '            "1"'),
    );
  });
});

describe('an unclosed <colgroup> (the standard\'s "in column group" mode)', () => {
  it('is closed by the first row or text: the rows are the table\'s, text goes before the table (red team 26 c27)', () => {
    expect(tree('<table><colgroup><col width="57"><col span="7"><tr><td>1</td></tr></table>')).toBe(lines('table', '  colgroup', '    col', '    col', '  tr', '    td', '      "1"'));
    expect(tree('<table><colgroup><col><col>单位：件<tr><td>1</td></tr></table>')).toBe(lines('"单位：件"', 'table', '  colgroup', '    col', '    col', '  tr', '    td', '      "1"'));
    expect(tree('<table><colgroup><col><thead><tr><td>1</td></tr></thead></table>')).toBe(lines('table', '  colgroup', '    col', '  thead', '    tr', '      td', '        "1"'));
  });

  it('holds its columns, blanks and all, when it is closed or left to the table\'s end', () => {
    expect(tree('<table><colgroup>\n<col>\n<col>\n</colgroup><tr><td>1</td></tr></table>')).toBe(lines('table', '  colgroup', '    col', '    col', '  tr', '    td', '      "1"'));
    expect(tree('<table><tr><td>1</td></tr><colgroup><col></table>')).toBe(lines('table', '  tr', '    td', '      "1"', '  colgroup', '    col'));
  });
});

describe('a <table> opened in a table\'s structure (the standard\'s "in table" mode)', () => {
  it('closes the open table and follows it, between rows or in a row (red team 26 c12, c13)', () => {
    expect(tree('<div><table><tr><td>a</td></tr><table><tr><td>b</td></tr></table></table>x</div>')).toBe(
      lines('div', '  table', '    tr', '      td', '        "a"', '  table', '    tr', '      td', '        "b"', '  "x"'),
    );
    expect(tree('<table><tr><td>a</td></tr><tr><table><tr><td>b</td></tr></table></tr></table>')).toBe(
      lines('table', '  tr', '    td', '      "a"', '  tr', 'table', '  tr', '    td', '      "b"'),
    );
    expect(tree('<table><table><tr><td>b</td></tr></table>')).toBe(lines('table', 'table', '  tr', '    td', '      "b"'));
  });

  it('stays nested in a cell, as a layout table\'s tables do', () => {
    expect(tree('<table><tr><td><table><tr><td>b</td></tr></table></td><td>c</td></tr></table>')).toBe(
      lines('table', '  tr', '    td', '      table', '        tr', '          td', '            "b"', '    td', '      "c"'),
    );
    expect(tree('<table><tr><td><font><table><tr><td>b</td></tr></table></font></td></tr></table>')).toBe(
      lines('table', '  tr', '    td', '      font', '        table', '          tr', '            td', '              "b"'),
    );
  });
});

describe('start tags a browser ignores (the standard\'s "in body" mode)', () => {
  it('drops rows and cells written after their table\'s end: their text runs on where they stand (red team 26 c30)', () => {
    expect(tree('<div><table><tr><td>1</td></tr></table></table><tr><td>（六）</td><td>2</td></tr></div>')).toBe(lines('div', '  table', '    tr', '      td', '        "1"', '  "（六）2"'));
    // a row in a <template> is no stray
    expect((parseLight('<body><template><tr><td>1</td></tr></template></body>').querySelector('template')!.content!.firstChild as LElement).localName).toBe('tr');
  });

  it('drops a pasted document\'s <html>, <head> and <body>: their content stays where it was pasted (red team 26 c19)', () => {
    expect(tree('<div>a<html lang=zh><head><title>t</title></head><body class=x><p>b</p></body></html>c</div>d')).toBe(lines('div', '  "a"', '  title', '    "t"', '  p', '    "b"', '  "c"', '"d"'));
    // </body> and </html> close nothing: what follows is read in place
    expect(tree('<div>a</body></html><p>b</p>')).toBe(lines('div', '  "a"', '  p', '    "b"'));
  });

  it('drops a <form> inside an open form (ASP.NET\'s page-wide form), keeps a hidden input in the table (red team 26 c11)', () => {
    expect(tree('<form id=f1><table><form name=t><input type=hidden name=v><tr><td>1</td></tr></form></table></form>')).toBe(lines('form', '  table', '    input', '    tr', '      td', '        "1"'));
    // a form of its own in a table stays there, empty
    expect(tree('<table><form name=t><tr><td>1</td></tr></form></table>')).toBe(lines('table', '  form', '  tr', '    td', '      "1"'));
  });
});

describe('a column or caption written among rows (the standard\'s "in table body" and "in row" modes)', () => {
  it('closes the row group and stays in the table, the rows after it too (red team 26 c17)', () => {
    expect(tree('<table><tbody><tr><td>1</td></tr><col width=5><tr><td>2</td></tr></tbody></table>')).toBe(lines('table', '  tr', '    td', '      "1"', '  col', '  tr', '    td', '      "2"'));
    expect(tree('<table><tbody><tr><td>1</td></tr><caption>表三</caption><tr><td>2</td></tr></tbody></table>')).toBe(lines('table', '  tr', '    td', '      "1"', '  caption', '    "表三"', '  tr', '    td', '      "2"'));
  });
});

describe('a block in an open <p> (the standard\'s "close a p element" and "reconstruct the active formatting elements")', () => {
  it('a <table> closes the <p> through the <font> around it in a no-quirks page; the font goes on after it (red team 26 c01, c24)', () => {
    expect(tree('<div><p align=center><font face=仿宋>表三<table><tr><td>1</td></tr></table></font></p></div>')).toBe(
      lines('div', '  p', '    font', '      "表三"', '  table', '    tr', '      td', '        "1"', '  p'),
    );
    expect(tree('<p><font>注：<table><tr><td>1</td></tr></table>（单位：件）</font></p>')).toBe(
      lines('p', '  font', '    "注："', 'table', '  tr', '    td', '      "1"', 'font', '  "（单位：件）"', 'p'),
    );
    // in a cell the same, the font reopened in the cell
    expect(tree('<table><tr><td><p><font>A<table><tr><td>x</td></tr></table>B</font></p></td></tr></table>')).toBe(
      lines('table', '  tr', '    td', '      p', '        font', '          "A"', '      table', '        tr', '          td', '            "x"', '      font', '        "B"', '      p'),
    );
  });

  it('a <div>, <p> or <li> closes what is open in the <p> or <li> before it (Word\'s list paragraph in a span, red team 26 c15)', () => {
    expect(tree('<p><span><p>1.</p></span></p>')).toBe(lines('p', '  span', 'p', '  "1."', 'p'));
    expect(tree('<ul><li>a<span>b<li>c</ul>')).toBe(lines('ul', '  li', '    "a"', '    span', '      "b"', '  li', '    "c"'));
    expect(tree('<p><b>A<div>B</div>C</b>D</p>')).toBe(lines('p', '  b', '    "A"', 'div', '  b', '    "B"', 'b', '  "C"', '"D"', 'p'));
  });

  it('leaves the table in the <p> in quirks mode, and a formatting element closed by its end tag is not reopened', () => {
    const quirks = parseLight('<html><body><p><font>表三<table><tr><td>1</td></tr></table>注</font></p></body></html>');
    expect(quirks.querySelector('table')!.parentElement!.localName).toBe('font');
    expect(tree('<p><font>表三<table><tr><td>1</td></tr></table></font>注</p>')).toBe(lines('p', '  font', '    "表三"', 'table', '  tr', '    td', '      "1"', '"注"', 'p'));
  });
});

describe('text before the doctype (the standard\'s "initial" and "before html" modes)', () => {
  const page = '1\n<!DOCTYPE html><html><head><meta charset=utf-8><title>T</title></head><body><div><p>x<table><tr><td>1</td></tr></table></p></div></body></html>';
  it('puts the page in quirks mode and starts the body: the head\'s elements follow the text there (red team 26 c28)', () => {
    const doc = parseLight(page);
    expect(doc.querySelector('table')!.parentElement!.localName).toBe('p');
    expect(doc.querySelector('head')!.firstChild).toBeNull();
    expect(doc.querySelector('body')!.childNodes.map((n) => (n.nodeType === 1 ? (n as LElement).localName : (n as LText).data.trim()))).toEqual(['1', 'meta', 'title', 'div']);
    expect(doc.title).toBe('T');
  });

  it('leaves a page with only blanks or a comment before its doctype as it is', () => {
    for (const before of ['\n\n', '<!-- saved from url=(0040)https://www.example.gov.cn/ndbg/ -->\n']) {
      const doc = parseLight(before + page.slice(2));
      expect(doc.querySelector('table')!.parentElement!.localName).toBe('div');
      expect(doc.querySelector('head')!.children.map((e) => e.localName)).toEqual(['meta', 'title']);
    }
  });
});

describe('a page saved inside a banner (百度快照, red team 25 c16): the body has begun', () => {
  /** the whole document's tree, from <html> */
  function docTree(html: string): string {
    const out: string[] = [];
    const visit = (n: LNode, depth: number) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 1) {
          out.push(`${'  '.repeat(depth)}${(c as unknown as Element).localName}`);
          visit(c, depth + 1);
        } else if (c.nodeType === 3 && (c as LText).data.trim()) out.push(`${'  '.repeat(depth)}"${(c as LText).data.trim()}"`);
      }
    };
    visit(parsePage(html) as unknown as LNode, 0);
    return out.join('\n');
  }

  it('ignores the page\'s own <head> and <body> opened inside the banner\'s <div>, as a browser does', () => {
    const page = '<meta charset="utf-8"><div>这是百度的快照。</div><div><!DOCTYPE html><html><head><title>报告</title></head><body><p>正文</p></body></html></div>';
    // parse5: html > head > meta; body > div, div > title, p (no second head or body)
    expect(docTree(page)).toBe(lines('html', '  head', '    meta', '  body', '    div', '      "这是百度的快照。"', '    div', '      title', '        "报告"', '      p', '        "正文"'));
  });

  it('keeps an ordinary page\'s <head> and <body>, and a stray element between them', () => {
    expect(docTree('<!DOCTYPE html><html><head><title>报告</title></head><body><p>正文</p></body></html>')).toBe(
      lines('html', '  head', '    title', '      "报告"', '  body', '    p', '      "正文"'),
    );
  });
});
