/**
 * The first look's XPath test before it reads the page's headings (lib/detect/first-look-heading.ts, perf64) changes
 * no answer: in Chromium, where it runs, firstLook says the same with it as without it (the document's evaluate
 * shadowed: the loop alone, as a DOM without XPath reads the page), on every fixture page and every det6x page, and
 * on headings built to sit at its edges (a title class in any case, the phrase split across spans, 資訊, a heading
 * inside a link, a link inside the heading). And it answers no where it should save the loop: a page that quotes
 * the report's name in its text only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './harness.ts';
import { decodeHtml } from '../../cli/load-page.ts';

const FIXTURES = join(ROOT, 'test/fixtures');
const pages = [
  ...readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, 'pages', f)),
  ...readdirSync(FIXTURES)
    .filter((d) => /^det\d+$/.test(d) && statSync(join(FIXTURES, d)).isDirectory())
    .flatMap((d) => readdirSync(join(FIXTURES, d)).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, d, f))),
];

const headed = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}<p>见附件。</p></body></html>`;
const CASES: [string, string, boolean][] = [
  ...['class="ArticleTITLE"', 'id="mainBT"', 'class="x BiaoTi"', 'class="btn"', 'id="Tit2"'].map(
    (a) => [a, headed('政府信息公开年报-某区人民政府', `<div ${a}>某区2023年政府信息公开工作年度报告</div>`), true] as [string, string, boolean],
  ),
  ...['class="content"', 'id="main"', 'class="b t"'].map(
    (a) => [a, headed('政府信息公开年报-某区人民政府', `<div ${a}>某区2023年政府信息公开工作年度报告</div>`), false] as [string, string, boolean],
  ),
  ['spans', headed('政府信息公开年报', '<h2><span>2021年政府</span> <span>信\u200b息公 开</span>工作年度 报告</h2>'), true],
  ['資訊', headed('政府資訊公開年報', '<h1>某區2021年政府資訊公開工作年度報告</h1>'), true],
  ['in a link', headed('政府信息公开年报', '<a href="/r"><h3>某区2023年政府信息公开工作年度报告</h3></a>'), false],
  ['a link inside', headed('政府信息公开年报', '<div class="tit"><span>某区2023年政府信息公开工作年度报告</span><a href="/r">下载</a></div>'), true],
  ['text only', headed('政府信息公开年报', '<h1>通知公告</h1><p>近日，某区2023年政府信息公开工作年度报告已发布。</p>'), false],
];

let browser: Browser;
let tab: Page;

beforeAll(async () => {
  const built = await esbuild.build({
    stdin: {
      contents:
        "import { firstLook } from './lib/detect/first-look.ts'; import { headingMayNameReport } from './lib/detect/first-look-heading.ts';" +
        'globalThis.__look = { firstLook, headingMayNameReport };',
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  tab = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await tab.setContent('<!doctype html><title>host</title>');
  await tab.evaluate(built.outputFiles[0]!.text);
});

afterAll(async () => {
  await browser?.close();
});

type Look = { maybe: boolean; reason: string };
/** Each page parsed by Chromium (DOMParser: no script runs), firstLook with the XPath test and with the loop alone. */
function looks(htmls: string[]): Promise<{ withXPath: Look; loopOnly: Look; prefilter: boolean }[]> {
  return tab.evaluate((list) => {
    const g = globalThis as unknown as { __look: { firstLook(d: Document): Look; headingMayNameReport(d: Document): boolean } };
    return list.map((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const withXPath = g.__look.firstLook(doc);
      const prefilter = g.__look.headingMayNameReport(doc);
      // the document's own evaluate shadowed: the first look reads textContent and asks every heading
      Object.defineProperty(doc, 'evaluate', { value: undefined, configurable: true });
      const loopOnly = g.__look.firstLook(doc);
      return { withXPath, loopOnly, prefilter };
    });
  }, htmls);
}

describe('the first look with its XPath heading test, in Chromium', () => {
  it('answers as the loop alone on every fixture and det6x page', async () => {
    expect(pages.length).toBeGreaterThan(100);
    const answers = await looks(pages.map((p) => decodeHtml(readFileSync(p)).text));
    answers.forEach((a, i) => expect(a.withXPath, pages[i]).toEqual(a.loopOnly));
    // pages where the heading decided (a title that names no year over a heading that does): the test let them through
    expect(answers.filter((a) => a.withXPath.maybe).length).toBeGreaterThan(50);
  });

  it('answers as the loop alone at its edges, and says no to a page that names the report in its text only', async () => {
    const answers = await looks(CASES.map(([, html]) => html));
    answers.forEach((a, i) => {
      const [name, , maybe] = CASES[i]!;
      expect(a.withXPath, name).toEqual(a.loopOnly);
      expect(a.withXPath.maybe, name).toBe(maybe);
    });
    const prefilter = Object.fromEntries(CASES.map(([name], i) => [name, answers[i]!.prefilter]));
    expect(prefilter['text only']).toBe(false);
    expect(prefilter['class="content"']).toBe(false);
    expect(prefilter['spans']).toBe(true);
    expect(prefilter['資訊']).toBe(true);
  });

  it('says no on the benchmark\'s news page, which quotes the report in a paragraph', async () => {
    const [a] = await looks([readFileSync(join(FIXTURES, 'pages/news-page.html'), 'utf8')]);
    expect(a!.prefilter).toBe(false);
    expect(a!.withXPath).toEqual(a!.loopOnly);
  });
});
