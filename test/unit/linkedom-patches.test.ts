// @vitest-environment node
/**
 * The batch checker bundles linkedom and htmlparser2 with patches that make parsing faster
 * (scripts/linkedom-patches.mjs). Each must leave the parsed document exactly as the published
 * packages build it: here the bundle's linkedom and the published one parse the same strings
 * (random mixes of tags, quotes, entities, comments and raw-text elements, and every fixture
 * page) and must give the same tree, node by node, attributes and text included.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
import { parseHTML } from 'linkedom';
import { linkedomPatches } from '../../scripts/linkedom-patches.mjs';

type Parse = (html: string) => Document;
const published: Parse = (html) => parseHTML(html).document as unknown as Document;
let patched: Parse;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-patches-'));
  const entry = join(dir, 'entry.mjs');
  const out = join(dir, 'bundle.mjs');
  const warnings: string[] = [];
  const result = await esbuild.build({
    stdin: { contents: "export { parseHTML } from 'linkedom';", resolveDir: join(__dirname, '../..'), sourcefile: entry },
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: linkedomPatches,
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  for (const w of result.warnings) warnings.push(w.text);
  // a patch whose text no longer matches is bundled unchanged with a warning: that is a failure here
  expect(warnings).toEqual([]);
  const mod = (await import(pathToFileURL(out).href)) as { parseHTML: (h: string) => { document: Document } };
  patched = (html) => mod.parseHTML(html).document;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * The tree as a string: its markup (every element, attribute and comment, nested) and then each
 * text node on its own, so that text split into other nodes would show too.
 */
function tree(doc: Document): string {
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(JSON.stringify((n as Text).data));
  return `${doc.documentElement.outerHTML}\n${texts.join('|')}`;
}

const same = (html: string): void => {
  expect(tree(patched(html))).toBe(tree(published(html)));
};

describe('the bundle’s patched linkedom parses as the published one', () => {
  it('on entities in text and in quoted and unquoted values, at every position', () => {
    for (const html of [
      '<p>a &amp; b &lt;c&gt; &nbsp;&#x4e00;&#20013; & lone &; &copy 2024 &amp</p>',
      `<td style='width:1pt;mso-x:&quot;a&quot;' title="x&amp;y&#39;z" data-u=a&amp;b>1&amp;</td>`,
      '<p>trailing &amp', '<p>trailing &', '<p>trailing <', `<p title="open &amp`, '<p>&', '&', '<',
      '<title>A &amp; B</title><textarea>&lt;x&gt; &</textarea><script>if (a<b && c) x="&amp;"</script>',
      '<!-- a & b <p> --><p>x</p><!--[if gte mso 9]><xml><o:p>&nbsp;</o:p></xml><![endif]-->',
    ]) same(`<html><body>${html}`);
  });

  it('on 5,000 random mixes of markup, quotes and entities', () => {
    let seed = 20261130;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const parts = ['<', '>', '&', '&amp;', '&nbsp;', '&#x4e00;', '&#20013;', '&lt', '&notit;', '"', "'", '=', ' ', 'a', 'td',
      '<td ', '<p class="x&amp;y">', "<span style='a:b&quot;'>", '</td>', '</p>', '<!--', '-->', '<script>', '</script>',
      '<title>', '</title>', '中', ';', '#', '1', '\n', '<br/>', '<a href=x&y=1>', '&amp', '&copy', 'title=', '<o:p>', '</o:p>'];
    for (let i = 0; i < 5000; i++) {
      let s = '<html><body>';
      const k = 1 + Math.floor(rnd() * 40);
      for (let j = 0; j < k; j++) s += parts[Math.floor(rnd() * parts.length)];
      same(s);
    }
  });

  it('on every fixture page', () => {
    const pages = join(__dirname, '../fixtures/pages');
    const files = existsSync(pages) ? readdirSync(pages).filter((f) => f.endsWith('.html')) : [];
    expect(files.length).toBeGreaterThan(20);
    // as the checker reads them (UTF-8 here; the GBK fixtures decode to the same kind of markup)
    for (const f of files) same(new TextDecoder().decode(readFileSync(join(pages, f))));
    // ~9 s on CI's two cores, 22 s with a second suite beside it, past 60 s under four engineers' runs (session 63):
    // a timeout against a hang, not a speed test
  }, 240_000);
});
