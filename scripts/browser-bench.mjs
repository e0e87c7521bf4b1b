#!/usr/bin/env node
/**
 * The extension in Chromium (issue #4, "benchmark"): time from document idle to the panel shown on
 * report pages, the content script's main-thread cost on a page that is not a report, and the
 * content script's size (raw and gzipped). Run `npm run bench:browser` (builds first).
 *
 * The content script is a loader (entrypoints/content/index.ts) that takes a first look at the
 * page and imports the lens (content-lens.js) only when the page may be a report. Times come from
 * their own User Timing entries, read from the page:
 *   nianbao-lens:start          the loader's main() at document idle, first look included (sync)
 *   nianbao-lens:first-look     the first look alone (sync)
 *   nianbao-lens:lens-loaded    document idle → the lens imported and evaluated (wall time)
 *   nianbao-lens:analyze        the core's analyzeDocument on the live DOM (sync)
 *   nianbao-lens:marks          the cells and sentences marked in the page (sync)
 *   nianbao-lens:mount          the panel's shadow root mounted and rendered by Preact (sync)
 *   nianbao-lens:idle-to-panel  document idle → panel mounted and rendered (wall time, incl. the
 *                               lens's import, the settings read and the marks)
 * plus each script's whole evaluation (compile, top level and, for the loader, main()), from a
 * Chromium trace's EvaluateScript / v8.evaluateModule events, in separate loads because tracing
 * slows the page down. On a page that is not a report the loader's evaluation is the whole cost:
 * the lens is never fetched.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = resolve(ROOT, process.env.NIANBAO_OUT ?? '.output', 'chrome-mv3');
const SCRIPT = join(EXT, 'content-scripts/content.js');
const LENS = join(EXT, 'content-lens.js');
const RUNS = Number(process.env.RUNS ?? 15);
const REPORTS = ['wrong-cell-2021.html', 'word-2021-consistent.html', 'fengze-2019.html', 'jiaming-2020.html'];
const NON_REPORTS = ['news-page.html', 'listing-page.html'];

if (!existsSync(SCRIPT) || !existsSync(LENS)) {
  console.error('build first: npx wxt build');
  process.exit(2);
}

const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
  const file = join(ROOT, 'test/fixtures/pages', name);
  if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const profile = mkdtempSync(join(tmpdir(), 'nianbao-lens-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: false,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--load-extension=${EXT}`, `--disable-extensions-except=${EXT}`,
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
  ],
});
context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(2)} ms` : 'n/a');

/**
 * Waits for a timing entry without competing with what it times: Playwright's waitForFunction
 * injects its utility script and polls on every animation frame, which put a ~30 ms evaluation on
 * the page's main thread in the middle of the lens's work (seen in a trace). The page is left
 * alone for 500 ms first, then asked with a plain evaluate every 100 ms.
 */
async function settle(page, entry) {
  await new Promise((r) => setTimeout(r, 500));
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate((n) => performance.getEntriesByName(n).length > 0, entry)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${entry} never came`);
}

/** One load of a page: the lens's timing entries, and the script's compile/evaluate from a trace. */
async function load(name, expectPanel, trace) {
  const page = await context.newPage();
  const cdp = trace ? await context.newCDPSession(page) : null;
  const events = [];
  cdp?.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp?.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(`http://nianbao-bench.gov.cn:${port}/${name}`);
  await settle(page, expectPanel ? 'nianbao-lens:idle-to-panel' : 'nianbao-lens:start');
  // the watch polls of a page that is not a report: the first one comes 300 ms after idle
  if (!expectPanel) await new Promise((r) => setTimeout(r, 400));
  const entries = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('nianbao-lens:')).map((m) => [m.name.slice(13), m.duration])),
  );
  let evaluate = NaN;
  let lensEvaluate = NaN;
  if (cdp) {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    // the content script's own evaluation (compile and main() included), in its isolated world
    evaluate = events
      .filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').includes('content-scripts/content.js'))
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
    // the lens, when imported: a module's evaluation (its compile is in v8.compileModule)
    lensEvaluate = events
      .filter((e) => e.ph === 'X' && /^(EvaluateScript|v8\.evaluateModule|v8\.compileModule)$/.test(e.name) &&
        JSON.stringify(e.args ?? {}).includes('content-lens.js'))
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  }
  await page.close();
  return { ...entries, evaluate: evaluate || NaN, lensEvaluate: lensEvaluate || NaN };
}

const rows = [];
for (const [names, isReport] of [[REPORTS, true], [NON_REPORTS, false]]) {
  for (const name of names) {
    await load(name, isReport, false); // warm-up: the first load pays for the service worker and caches
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(name, isReport, false));
    // tracing slows everything down: the script's evaluation is taken in separate loads
    const traced = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) traced.push(await load(name, isReport, true));
    const pick = (k) => (k === 'evaluate' || k === 'lensEvaluate' ? traced : runs).map((r) => r[k]).filter((x) => Number.isFinite(x));
    rows.push({ name, isReport, runs, pick });
  }
}

const size = (file) => {
  const raw = readFileSync(file);
  return `${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
};
console.log(`Content script (loader, content-scripts/content.js, runs on every *.gov.cn page): ${size(SCRIPT)} (target ≤ 40 KB gzipped)`);
console.log(`Lens (content-lens.js, imported only on a page that may be a report):         ${size(LENS)}`);
console.log(`Chromium ${context.browser()?.version() ?? ''}, ${RUNS} loads a page after one warm-up; medians (p90)\n`);
console.log('Report pages: document idle → panel shown (target ≤ 50 ms)');
for (const r of rows.filter((r) => r.isReport)) {
  const panel = r.pick('idle-to-panel');
  const analyze = r.pick('analyze');
  const own = r.runs.map((x) => x['idle-to-panel'] - x.analyze - x['lens-loaded']).filter(Number.isFinite);
  console.log(
    `  ${r.name.padEnd(28)} idle→panel ${ms(median(panel))} (${ms(p90(panel))});  of which lens import ${ms(median(r.pick('lens-loaded')))}, ` +
      `the core ${ms(median(analyze))}, the rest ${ms(median(own))} (page marks ${ms(median(r.pick('marks')))}, panel mount ${ms(median(r.pick('mount')))});  loader evaluation ${ms(median(r.pick('evaluate')))}, ` +
      `lens compile+evaluation ${ms(median(r.pick('lensEvaluate')))}`,
  );
}
console.log('\nNon-report pages: the content script\'s main-thread cost (target ≤ 1 ms)');
for (const r of rows.filter((r) => !r.isReport)) {
  const lensLoads = r.runs.filter((x) => Number.isFinite(x['lens-loaded'])).length;
  console.log(
    `  ${r.name.padEnd(28)} whole loader evaluation (compile + top level + main, first look included) ${ms(median(r.pick('evaluate')))} (${ms(p90(r.pick('evaluate')))});  ` +
      `of which main() ${ms(median(r.pick('start')))}, first look ${ms(median(r.pick('first-look')))};  later, each watch poll ${ms(median(r.pick('watch')))};  lens loaded on ${lensLoads}/${r.runs.length} loads`,
  );
}

await context.close();
rmSync(profile, { recursive: true, force: true });
server.close();
