#!/usr/bin/env node
/**
 * The core's cold first run in Chromium (perf63), without the extension: lib/analyze.ts bundled as browser-bench's
 * section 4 bundles it (one classic script with V8's compile hint, so that the run pays no lazy compilation, as the
 * lens does not), unminified so that each sample names its lib/ module. Usage:
 *
 *   node scripts/core-cold-chromium.mjs --profile ROOT [LOADS=10] [PAGES] [INTERVAL_US=50]
 *   node scripts/core-cold-chromium.mjs OLD_ROOT NEW_ROOT [ROUNDS=10] [PAGES]
 *
 * --profile: LOADS fresh loads of each page (a new page each, its own process's code cache cold for the run's code
 * but the script's compile cached as Chromium caches it), the core run once under CDP's sampling profiler; samples
 * summed (one interval each, so that a descheduled process does not charge its wait to a function) by function and
 * by module. Two roots: ROUNDS rounds, each loading every page once with the old build's script and once with the
 * new one's (alternating which goes first), the first run timed on the page's clock (performance.now, 0.1 ms steps)
 * and by the renderer's main-thread CPU (CDP Performance.getMetrics' ThreadTime around the run); medians and how
 * many rounds the new build was lower in.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const HERE = resolve(import.meta.dirname, '..');
const DEFAULT_PAGES = 'fengze-2019.html,jiaming-2020.html,word-2021-consistent.html';
const args = process.argv.slice(2);
const profileMode = args[0] === '--profile';
if (profileMode) args.shift();
const roots = profileMode ? [resolve(args[0])] : [resolve(args[0]), resolve(args[1])];
const rest = args.slice(roots.length);
const count = Number(rest[0] ?? 10);
const pages = (rest[1] ?? DEFAULT_PAGES).split(',');
const interval = Number(rest[2] ?? 50);

const esbuild = await import(pathToFileURL(join(HERE, 'node_modules/esbuild/lib/main.js')).href);
async function coreBundle(root) {
  const out = await esbuild.build({
    stdin: { contents: "import { analyzeDocument } from './lib/analyze.ts'; globalThis.__nianbaoCore = analyzeDocument;", resolveDir: root, loader: 'ts' },
    bundle: true, format: 'iife', target: 'es2022', minify: false, write: false,
  });
  return '//# allFunctionsCalledOnLoad\n' + out.outputFiles[0].text;
}
const bundles = await Promise.all(roots.map(coreBundle));
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
  const m = /^core-(\d)\.js$/.exec(name);
  if (m) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundles[Number(m[1])]);
  if (!/^[\w.-]+\.html$/.test(name)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(HERE, 'test/fixtures/pages', name)));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** One fresh page: load, add build b's script, run the core once (profiled or not). */
async function coldRun(b, name, profile) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/${name}?r=${Math.random()}`);
  await page.addScriptTag({ url: `http://127.0.0.1:${port}/core-${b}.js` });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval });
    await cdp.send('Profiler.start');
  }
  const thread = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
  const c0 = await thread();
  const ms = await page.evaluate(() => {
    const t = performance.now();
    globalThis.__nianbaoCore(document, { url: 'https://www.example-county.gov.cn/zwgk/' + location.pathname.slice(1) });
    return performance.now() - t;
  });
  const c1 = await thread();
  const prof = profile ? (await cdp.send('Profiler.stop')).profile : null;
  await page.close();
  return { ms, cpu: (c1 - c0) * 1000, prof };
}

if (profileMode) {
  const lines = bundles[0].split('\n');
  const moduleOf = [];
  let current = '(bundle)';
  for (const line of lines) {
    const m = /^\s*\/\/ ((?:lib|node_modules)\/\S+)$/.exec(line);
    if (m) current = m[1];
    moduleOf.push(current);
  }
  const byFn = new Map();
  const byModule = new Map();
  const firsts = [];
  let total = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    for (const name of pages) {
      const { ms, prof } = await coldRun(0, name, true);
      firsts.push(ms);
      n++;
      const hits = new Map();
      for (const id of prof.samples) hits.set(id, (hits.get(id) ?? 0) + interval / 1000);
      for (const node of prof.nodes) {
        const t = hits.get(node.id);
        if (!t) continue;
        const cf = node.callFrame;
        const mod = cf.url.includes('/core-0.js') ? moduleOf[cf.lineNumber] ?? '?' : cf.url ? 'other script' : cf.functionName || '(native)';
        const key = `${cf.functionName || '(anon)'} ${mod}:${cf.lineNumber + 1}`;
        byFn.set(key, (byFn.get(key) ?? 0) + t);
        byModule.set(mod, (byModule.get(mod) ?? 0) + t);
        total += t;
      }
    }
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
  console.log(`${n} cold runs (${pages.join(', ')}): first run median ${median(firsts).toFixed(1)} ms (profiled); samples × interval ${(total / n).toFixed(2)} ms a run`);
  console.log('\nby module (ms a run, self):');
  for (const [k, v] of top(byModule, 40)) console.log(`  ${(v / n).toFixed(3).padStart(7)}  ${k}`);
  console.log('\nby function (ms a run, self):');
  for (const [k, v] of top(byFn, 50)) console.log(`  ${(v / n).toFixed(3).padStart(7)}  ${k}`);
} else {
  for (const name of pages) {
    const got = [[], []];
    for (let i = 0; i < count; i++) {
      for (const b of i % 2 === 0 ? [0, 1] : [1, 0]) got[b].push(await coldRun(b, name, false));
    }
    const fmt = (k) => {
      const lower = got[1].filter((r, i) => r[k] < got[0][i][k]).length;
      return `${median(got[0].map((r) => r[k])).toFixed(2)} → ${median(got[1].map((r) => r[k])).toFixed(2)} (${lower}/${count})`;
    };
    console.log(`${name.padEnd(28)} first run ${fmt('ms')} ms wall, ${fmt('cpu')} ms main-thread CPU`);
  }
}
await browser.close();
server.close();
