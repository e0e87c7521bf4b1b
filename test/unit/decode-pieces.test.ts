// @vitest-environment node
/**
 * The batch checker decodes a page in pieces and parses them in turn (cli/load-page.ts
 * decodeInPieces, cli/light-parse.ts), so that no string is large enough for V8's large-object
 * space. The pieces must be the page's text cut anywhere, and the tree built from them the tree
 * built from the whole text, wherever the cuts fall: inside a character, a tag name, an end tag,
 * an attribute value, an entity or a comment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeInPieces } from '../../cli/load-page.ts';
import type { LElement, LNode } from '../../cli/light-dom.ts';
import { parseLight } from '../../cli/light-parse.ts';

/** The tree as lines: every element with its attributes, every text, comment and template content. */
function tree(root: LNode): string {
  const out: string[] = [];
  const visit = (n: LNode): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const el = c as LElement;
        out.push(`<${el.localName} ${el.getAttributeNames().map((a) => `${a}=${JSON.stringify(el.getAttribute(a))}`).join(' ')}>`);
        if (el.content) visit(el.content);
      } else out.push(`${c.nodeType}:${JSON.stringify((c as unknown as { data?: string }).data ?? '')}`);
      visit(c);
      out.push('/');
    }
  };
  visit(root);
  return out.join('\n');
}

/** The text cut into pieces of `size` characters. */
const cut = (text: string, size: number): string[] => Array.from({ length: Math.ceil(text.length / size) }, (_x, i) => text.slice(i * size, (i + 1) * size));

describe('a page decoded and parsed in pieces', () => {
  it.each([
    ['an end tag across a cut (read twice when handed on to htmlparser2)', '<html><head><title>东湖市云岭区</title>\n<meta name=x></head><body><p>正文</p></body></html>'],
    ['entities, quotes and comments across cuts', `<html><body><p title="a&amp;b" data-x='c&quot;d'>一&nbsp;二&#x4e00;&lt;三</p><!-- 注释 & <p> --><td style=width:1pt>4</td></body></html>`],
    ['raw text and a template', '<html><head><script>if (a</b) x="</scr"+"ipt>"</script><style>p{}</style></head><body><template><table><tr><td>5</td></tr></table></template><textarea>&lt;x&gt;</textarea></body></html>'],
    ['a table whose stray text a browser moves out', '<html><body><table>前<tr><td>1</td></tr>后</table></body></html>'],
  ])('%s: the same tree at every cut', (_what, html) => {
    const whole = tree(parseLight(html));
    for (let size = 1; size <= 12; size++) expect(tree(parseLight(cut(html, size)))).toBe(whole);
  });

  const dir = new URL('../fixtures/pages/', import.meta.url);
  const pages = existsSync(dir) ? readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort() : [];
  const gbk = new URL('../fixtures/redteam16/huli/2023/index.html', import.meta.url);

  // ~1,900 decodings of every fixture page (468 in session 63, and growing): 10–30 s alone on a 2-core machine, 88 s under
  // four engineers' load; a timeout against a hang, not a speed test
  it('gives decodeHtml’s text, charset and warnings on every fixture page, UTF-8 and GBK', () => {
    expect(pages.length).toBeGreaterThan(20);
    const files = [...pages.map((p) => new URL(p, dir)), ...(existsSync(gbk) ? [gbk] : [])];
    for (const file of files) {
      const bytes = readFileSync(file);
      const { text, ...how } = decodeHtml(bytes);
      for (const size of [4, 7, 1000, undefined]) {
        const { pieces, ...piecesHow } = decodeInPieces(bytes, size);
        expect(pieces.join('')).toBe(text);
        expect(piecesHow).toEqual(how);
      }
    }
  }, 240_000);

  it('with a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>年报</p>'.repeat(50))]);
    expect(decodeInPieces(bytes, 5).pieces.join('')).toBe(decodeHtml(bytes).text);
  });

  it('builds the same tree as the whole text on every fixture page', () => {
    for (const page of pages) {
      const bytes = readFileSync(new URL(page, dir));
      const whole = tree(parseLight(decodeHtml(bytes).text));
      for (const size of [7, 1000, undefined]) expect(tree(parseLight(decodeInPieces(bytes, size).pieces)), `${page} in pieces of ${size ?? 'the default'} bytes`).toBe(whole);
    }
  }, 240_000);
});
