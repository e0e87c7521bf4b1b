/**
 * A report printed to PDF reads as the page it was printed from (README, "The batch checker"):
 * fixture pages printed by Chromium (as a portal's 打印 or a reader's 另存为 PDF makes them: every
 * border a thin filled rectangle, each character a run, fonts mapping ideographs to radicals,
 * tables broken over pages, rows split by a page break) are read back by the batch checker
 * (cli/pdf-read.ts → lib/pdf). What must hold on every page: no error or warning the page itself
 * does not raise (a rebuild's mistake is never shown as the report's), the page's year and kind;
 * one exception, the same mistake seen another way: with its tables unread, a sentence the page
 * flags against its table may be flagged by the text's own arithmetic (its quote holds the page's);
 * printed without borders, no table read at all (a borderless table is not rebuilt: lib/pdf/pdf-html.ts);
 * on the pages listed WHOLE, tables 三 and 四 read whole, every figure the page's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './harness.ts';
import { checkFile, decodeHtml, parsePage, PDF_REBUILT } from '../../cli/load-page.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const FIXTURES = join(ROOT, 'test/fixtures');
/** Pages of both templates, with mistakes and without, a table 三 split, a 部门 before the 区, zero blocks merged. */
const PAGES = [
  'pages/fengze-2019.html',
  'pages/balance-2021.html',
  'pages/beibei-dept-first-2020.html',
  'pages/jiezhuan-next-year-2021.html',
  'pages/huizong-depts-wrong-2023.html',
  'pages/per-unit-before-t3-2023.html',
  'pages/qualified-parts-2022.html',
  'pages/xiang-liulin-2023.html',
  'pages/wrong-review-total-2021.html',
  'redteam19/c25-js-xz-yl-2024-dept-subject-prose.html',
  'redteam24/c35-gd-dg-2025-zero-block-merged.html',
  'redteam24/c39-ha-zk-xh-2023-whole-then-own-prose-own.html',
];
/** Tables 三 and 四 read whole: every figure of the page's, each the same. */
const WHOLE = new Set(['pages/balance-2021.html', 'pages/beibei-dept-first-2020.html', 'pages/xiang-liulin-2023.html', 'redteam24/c39-ha-zk-xh-2023-whole-then-own-prose-own.html']);

let browser: Browser;
let tab: Page;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  tab = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const raised = (a: ReportAnalysis) => a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule}`);
/** The page's own text findings raised, read the same way with its tables unread: same severity, quotes nested. */
const sameMistake = (f: ReportAnalysis['findings'][number], page: ReportAnalysis) =>
  f.rule.startsWith('text.') &&
  !!f.quote &&
  page.findings.some((g) => g.severity === f.severity && g.rule.startsWith('text.') && !!g.quote && (f.quote!.includes(g.quote) || g.quote.includes(f.quote!)));
const tableFigures = (a: ReportAnalysis) => Object.fromEntries(Object.entries(a.figures).filter(([k]) => /^t[34]\./.test(k)));

/** Printed with every border taken away: tables the checker must leave unread, never rebuild and flag. */
const BORDERLESS = ['pages/benji-said-in-prose-wrong-2024.html', 'pages/claims12-wrong-hotline-rate-2022.html', 'pages/huizong-depts-wrong-2023.html'];

const CASES = [...PAGES.map((n) => [n, false] as const), ...BORDERLESS.map((n) => [n, true] as const)];

/** Each case's PDF, printed in turn in the one tab; a case's test asks for its own and the next one's. */
const printed: Promise<string>[] = [];

/**
 * Case k's page printed by Chromium, and case k + 1's started after it: Chromium prints the next page while this
 * process reads the last one back (pdf.js), where the two took turns.
 */
function print(k: number): Promise<string> {
  for (const n of [k, k + 1]) {
    if (printed[n] || n >= CASES.length) continue;
    const [name, bare] = CASES[n]!;
    printed[n] = (printed[n - 1] ?? Promise.resolve('')).catch(() => '').then(async () => {
      const file = join(FIXTURES, name);
      // (scripts are off in this context: the style goes into the page's text, not through a script)
      if (bare) await tab.setContent(decodeHtml(readFileSync(file)).text.replace(/<\/head>/i, '<style>*, table, td, th { border: none !important; }</style></head>'));
      else await tab.goto(pathToFileURL(file).href);
      const pdf = join(dir, name.replace(/[/\\]/g, '_').replace(/\.html$/, bare ? '-bare.pdf' : '.pdf'));
      await tab.pdf({ path: pdf, format: 'A4' });
      return pdf;
    });
  }
  return printed[k]!;
}

describe('fixture pages printed to PDF by Chromium, read back by the batch checker', () => {
  for (const [k, [name, bare]] of CASES.entries()) {
    it(`${name}${bare ? ' (no borders)' : ''}`, async () => {
      const file = join(FIXTURES, name);
      const pdf = await print(k);
      const page = analyzeDocument(parsePage(decodeHtml(readFileSync(file)).text), { url: pathToFileURL(file).href });
      const checked = await checkFile(pdf);
      expect(checked.error).toBeUndefined();
      expect(checked.warnings).toEqual([PDF_REBUILT]);
      const read = checked.analysis!;
      expect({ isReport: read.isReport, year: read.year }).toEqual({ isReport: page.isReport, year: page.year });
      const own = new Set(raised(page));
      const readRaised = read.findings.filter((f) => f.severity !== 'info' && !(bare && sameMistake(f, page)));
      expect(readRaised.map((f) => `${f.severity} ${f.rule}`).filter((r) => !own.has(r))).toEqual([]);
      if (WHOLE.has(name) && !bare) expect(tableFigures(read)).toEqual(tableFigures(page));
      if (bare) expect(tableFigures(read)).toEqual({});
      // the 本级 sentence's 办结101件 (table: 110): with no table, 112 + 0 ≠ 101 + 2 in the sentence itself
      if (bare && name.startsWith('pages/benji-said')) expect(read.findings.filter((f) => sameMistake(f, page)).map((f) => f.rule)).toEqual(['text.parts-sum']);
    });
  }
});
