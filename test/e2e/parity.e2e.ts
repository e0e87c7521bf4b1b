/**
 * Node and the browser compute the same answers (README, "The batch checker"): for every fixture
 * page, the core runs in real Chromium on the page as the browser parsed it (lib/analyze.ts bundled
 * into an IIFE by esbuild and added to the page) and in Node as the batch checker runs it (the
 * file's bytes decoded by its charset, parsed into the light DOM: cli/load-page.ts's checkFile), with
 * the same URL; what a reader sees must be identical: kind, year, body, template, figures and the
 * cells they come from, and every finding with its cells, suspect, quote and numbers. Each page is
 * served with the charset its file declares (GBK pages as GBK), so Chromium decodes it itself, with
 * the page's own scripts off (the checker runs none; a script writing today's date is no parse).
 * The two trees must be the same too, element by element and text by text (treeOf: Chromium's
 * tbody and colgroup, which htmlparser2 does not make, and blank text left out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './harness.ts';
import { checkFile, decodeHtml, fileUrl, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const FIXTURES = join(ROOT, 'test/fixtures/pages');
const SHARED_REAL = join(ROOT, '../shared/corpus/real');
/**
 * PARITY_EXTRA: more folders (comma-separated, under the project root, searched recursively) to
 * compare on request, e.g. PARITY_EXTRA=test/fixtures for every red team's pages.
 */
const extra = (process.env.PARITY_EXTRA ?? '').split(',').filter(Boolean).flatMap((d) => htmlUnder(join(ROOT, d)));
const files = [
  ...readdirSync(FIXTURES).filter((f) => /\.html?$/.test(f)).sort().map((f) => join(FIXTURES, f)),
  ...(existsSync(SHARED_REAL) ? readdirSync(SHARED_REAL).filter((f) => /\.html?$/.test(f)).sort().map((f) => join(SHARED_REAL, f)) : []),
];
/**
 * and every twentieth page of the red teams, in CI too: ~80 pages of markup the fixtures do not have
 * (~0.13 s a page since the core stays warm in one host page: inChromium; a whole run over them is PARITY_EXTRA's).
 * Every tenth until session 54 (~160 pages by then): CI's e2e stage is its long pole.
 */
const RED_TEAMS = readdirSync(join(ROOT, 'test/fixtures'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith('redteam'))
  .map((d) => join(ROOT, 'test/fixtures', d.name))
  .sort();
const sample = RED_TEAMS.flatMap(htmlUnder).filter((_, i) => i % 20 === 0);
for (const f of [...sample, ...extra]) if (!files.includes(f)) files.push(f);

/**
 * Pages whose tree the light DOM builds otherwise than a browser, known and left (red team 26's
 * EXPECT.md), with why. Their answers must still agree; only the tree check is waived.
 */
const TREE_DIFFERS: Readonly<Record<string, string>> = {
  'test/fixtures/redteam26/c04-sd-zb-2024-b-over-p-misnested.html': 'the adoption agency (<b><p>…</b></p>): the same text either way',
  'test/fixtures/redteam26/c31-sd-wh-2023-script-double-escaped.html': "a <script> holding <!-- and <script>…</script>: the tokenizer's double-escaped state",
};

function htmlUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? htmlUnder(join(dir, e.name)) : /\.html?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** What must not differ between the two DOMs (timings and the reason's wording are left out). */
function comparable(a: ReportAnalysis) {
  return {
    isReport: a.isReport,
    reason: a.reason,
    title: a.title,
    year: a.year,
    agency: a.agency,
    template: a.template,
    tables: a.tables,
    figures: a.figures,
    figureRefs: a.figureRefs,
    findings: a.findings.map((f) => ({
      rule: f.rule, severity: f.severity, cells: f.cells, suspect: f.suspect, quote: f.quote,
      expected: f.expected ?? null, actual: f.actual ?? null, message: f.message,
    })),
    checks: a.checks,
    narrative: { ...a.narrative },
  };
}

interface Core {
  analyzeDocument(d: Document, o: { url: string }): ReportAnalysis;
  firstLook(d: Document): { maybe: boolean; reason: string };
}

let server: Server;
let port: number;
let browser: Browser;
let core: string;
/**
 * One tab for every page, a host page holding the core, each fixture page in a fresh frame of it
 * (inChromium): a new document each time, so nothing of one page's run reaches the next but the
 * core's compiled code and its module state (which the Node side shares across pages too).
 */
let tab: Page;
/** Chromium's answers, BATCH pages to an evaluate (inChromium), each batch's promise kept by its number. */
const BATCH = 12;
const batches: Promise<readonly Answer[]>[] = [];

beforeAll(async () => {
  const built = await esbuild.build({
    stdin: {
      contents:
        "import { analyzeDocument } from './lib/analyze.ts'; import { firstLook } from './lib/detect/first-look.ts';" +
        'globalThis.__nianbaoCore = { analyzeDocument, firstLook };',
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  core = built.outputFiles[0]!.text;
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/host') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>parity</title><body></body>');
    const n = Number(path.slice(1));
    const file = files[n];
    if (!file) return void res.writeHead(404).end();
    const bytes = readFileSync(file);
    // the charset the batch checker decodes with, in the header: Chromium decodes the bytes itself
    res.writeHead(200, { 'content-type': `text/html; charset=${decodeHtml(bytes).charset}` }).end(bytes);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  tab = await (await browser.newContext()).newPage();
  // only the page itself: no images, styles or scripts it links to (the page as its HTML parses)
  await tab.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
  await tab.goto(`http://127.0.0.1:${port}/host`);
  await tab.evaluate(core);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the core in Chromium and in the Node batch checker', () => {
  it('has pages to compare, GBK ones among them', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => decodeHtml(readFileSync(f)).charset !== 'utf-8')).toBe(true);
  });

  it.each(files.map((f, i) => [relative(ROOT, f), i] as const))('%s: same result', async (_name, i) => {
    const file = files[i]!;
    // the batch checker in this process while Chromium loads and checks the page, and the next batch's, in its own
    const [node, answer] = await Promise.all([checkFile(file), inChromium(i)]);
    expect(answer.error ?? null).toBeNull();
    const [inBrowser, look, tree] = revive(answer.json!);
    expect(node.error ?? null).toBeNull();
    if (!(relative(ROOT, file) in TREE_DIFFERS)) expect(treeOf(parsePage(decodeHtml(readFileSync(file)).text).documentElement!)).toEqual(tree);
    expect(comparable(inBrowser)).toEqual(comparable(node.analysis!));
    // the content script's first look (entrypoints/content/index.ts) never turns a report away
    if (inBrowser.isReport) expect(look).toEqual({ maybe: true, reason: '' });
  });
});

/** One page's answer from Chromium: its analysis, first look and tree as JSON (encode), or why there is none. */
interface Answer {
  json?: string;
  error?: string;
}

/**
 * The core's analysis and first look of page i as Chromium parsed it, and Chromium's tree (treeOf).
 * The page is loaded into a frame of the one host page that holds the core, so that the core is
 * compiled once and runs warm (a navigation a page compiled its 360 KB again and ran it cold: ~0.37
 * s a page, most of this file's time). The frame is sandboxed without scripts (the page's own
 * scripts stay off, and the parser reads <noscript> as a browser with scripting off does, as before)
 * but same-origin, so that the core reads its document; it parses as a tab does, with the charset
 * its response declares. The pages go BATCH to an evaluate, one batch ahead of the tests (which check
 * Node's side meanwhile), and each answer comes back as one JSON string (encode): one round trip a
 * batch, not two a page, and no walk of Playwright's serializer over each analysis and tree (~0.1 s a
 * page under load, where the core's own run takes ~0.02 s).
 */
function inChromium(i: number): Promise<Answer> {
  const b = Math.floor(i / BATCH);
  for (const n of [b, b + 1]) {
    if (batches[n] || n * BATCH >= files.length) continue;
    const before = batches[n - 1] ?? Promise.resolve([]);
    batches[n] = before.then(() => {
      const pages = files.slice(n * BATCH, (n + 1) * BATCH).map((f, k) => ({ src: `/${n * BATCH + k}`, url: fileUrl(f) }));
      return tab.evaluate(checkInFrames, { pages, tree: `(${treeOf.toString()})`, encode: `(${encode.toString()})` });
    });
  }
  return batches[b]!.then((answers) => answers[i % BATCH]!);
}

/** In the host page: each page in a fresh frame, in turn, checked there; an error is that page's answer alone. */
async function checkInFrames(a: { pages: { src: string; url: string }[]; tree: string; encode: string }): Promise<Answer[]> {
  const c = (globalThis as unknown as { __nianbaoCore: Core }).__nianbaoCore;
  const treeOf = (0, eval)(a.tree) as (root: Node) => string[];
  const encodeFn = (0, eval)(a.encode) as typeof encode;
  const out: Answer[] = [];
  for (const { src, url } of a.pages) {
    try {
      await new Promise<void>((resolve, reject) => {
        document.querySelector('iframe')?.remove();
        const frame = document.createElement('iframe');
        frame.setAttribute('sandbox', 'allow-same-origin');
        // not rendered: the core reads the tree, never a layout (lib/ asks for no style, box or innerText), and
        // a shown frame's style and layout took ~40% of each page's load
        frame.style.display = 'none';
        frame.onload = () => resolve();
        frame.onerror = () => reject(new Error(`${src} did not load`));
        frame.src = src;
        document.body.appendChild(frame);
      });
      const doc = document.querySelector('iframe')!.contentDocument!;
      out.push({ json: encodeFn([c.analyzeDocument(doc, { url }), c.firstLook(doc), treeOf(doc.documentElement)]) });
    } catch (e) {
      out.push({ error: `${src}: ${String(e)}` });
    }
  }
  return out;
}

/**
 * JSON that keeps what it would lose and toEqual tells apart: NaN, ±Infinity and -0 (as numbers
 * would become null or 0), undefined in an array (null); revive turns them back. Plain JavaScript:
 * it runs in the page as its own source text.
 */
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, _key: string, v: unknown) {
    if (typeof v === 'number' && (!isFinite(v) || Object.is(v, -0))) return { __parityNumber: Object.is(v, -0) ? '-0' : String(v) };
    if (v === undefined && Array.isArray(this)) return { __parityUndefined: true };
    return v;
  });
}

function revive(json: string): [ReportAnalysis, { maybe: boolean; reason: string }, string[]] {
  return JSON.parse(json, (_key, v: unknown) => {
    if (v && typeof v === 'object' && '__parityNumber' in v) return Number((v as { __parityNumber: string }).__parityNumber);
    if (v && typeof v === 'object' && '__parityUndefined' in v) return undefined;
    return v;
  }) as [ReportAnalysis, { maybe: boolean; reason: string }, string[]];
}

/**
 * Every element and non-blank text of a tree as its path of tag names ("body>div>table>tr>td:12"),
 * in tree order, leaving out what only one parser makes: tbody, colgroup and an empty head (the
 * content of head is kept). Plain JavaScript: it runs in the page as its own source text.
 */
function treeOf(root: Node): string[] {
  const out: string[] = [];
  const visit = (n: Node, path: string): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const name = (c as Element).localName;
        if (name === 'tbody' || name === 'colgroup' || name === 'head') {
          visit(c, path);
          continue;
        }
        const p = path + '>' + name;
        out.push(p);
        visit(c, p);
      } else if (c.nodeType === 3 && (c as Text).data.trim()) {
        out.push(path + ':' + (c as Text).data.trim());
      }
    }
  };
  visit(root, '');
  return out;
}
