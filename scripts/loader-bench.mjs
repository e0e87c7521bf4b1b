/**
 * The loader on a page that is not a report, two (or more) builds side by side: `npm run bench:browser`'s non-report
 * section alone (its pages, its host, its trace reading), with the builds' loads interleaved page for page (the order
 * alternating from one pair to the next), so that a host whose load drifts moves them alike.
 *
 *   node scripts/loader-bench.mjs old=/tmp/old/chrome-mv3 new=.output/chrome-mv3
 *   PAIRS=12 PAGES=big-news-page.html,framed-news-page.html VARIANTS=0,1,2 node scripts/loader-bench.mjs x=DIR
 *
 * Each load is traced (devtools.timeline, v8): the loader's EvaluateScript as the main thread's CPU time (its compile,
 * its top level and main(), the first look), the compile in it, and its later timer callbacks (the watch's polls, the
 * first at 1 s), and the frames' worlds made inside it (ContextCreatedNotification: the extension's isolated world in a
 * same-site frame, made when the loader first touches that frame's document). Cold: a new tab; warm: the same page loaded first in the tab. VARIANTS: each load's URL gets `?v=N`
 * (a hand-edited build can read it from document.URL to skip or repeat a step: ablation, one script, one compile).
 * Prints each build's median and the medians of the pairs' differences (new − old: the first build is the reference).
 * PROFILE=1: V8's sampling profiler beside the trace (every 20 µs), and the self time of the loader's functions (and of
 * what V8 names apart: (garbage collector), (program)) summed over each build's loads of a page: where the time goes.
 * The profiler slows what it samples; its figures are shares, the trace's stay the measure (and move with it).
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildsFromArgs, endTrace, launchWithExtension } from './launch-extension.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const builds = buildsFromArgs('loader-bench.mjs', 'content-scripts/content.js');
const PAIRS = Number(process.env.PAIRS ?? 8);
const list = (v, d) => (v ?? d).split(',').filter(Boolean);
const PAGES = list(process.env.PAGES, 'news-page.html,listing-page.html,budget-2024.html,big-news-page.html,ad-framed-news-page.html,framed-news-page.html');
const KINDS = list(process.env.KINDS, 'cold,warm');
const VARIANTS = list(process.env.VARIANTS, '');
const WAIT_MS = Number(process.env.WAIT_MS ?? 1300);
const HOST = 'www.example-county.gov.cn';
const PROFILE = process.env.PROFILE === '1';
const INTERVAL_US = 20;

// the same generated pages as scripts/browser-bench.mjs
const pageHtml = (n) => readFileSync(join(ROOT, 'test/fixtures/pages', n), 'utf8');
function bigNewsPage() {
  const [, head, body, tail] = /^([^]*<body[^>]*>)([^]*)(<\/body>[^]*)$/i.exec(pageHtml('news-page.html'));
  return head + body.repeat(40) + tail;
}
function framedNewsPage(sameSite) {
  let frames = `<iframe src="http://127.0.0.1:${port}/budget-2024.html" width="300" height="250"></iframe>`;
  if (sameSite) frames += '<iframe src="/listing-page.html" width="600" height="400"></iframe>';
  return pageHtml('news-page.html').replace(/<\/body>/i, `${frames}</body>`);
}
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
  const send = (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  if (name === 'big-news-page.html') return send(bigNewsPage());
  if (name === 'framed-news-page.html' || name === 'ad-framed-news-page.html') return send(framedNewsPage(name === 'framed-news-page.html'));
  if (!/^[\w.-]+$/.test(name) || !existsSync(join(ROOT, 'test/fixtures/pages', name))) return res.writeHead(404).end();
  send(pageHtml(name));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const temp = mkdtempSync(join(tmpdir(), 'nianbao-loader-bench-'));

const launch = (ext, name) => launchWithExtension(join(temp, name), ext);
for (const [i, b] of builds.entries()) b.context = await launch(b.dir, `profile-${i}`);

const cpuOf = (e) => (e?.tdur ?? NaN) / 1000;
const FILE = 'content-scripts/content.js';
const byUrl = (e) => String(e.args?.data?.url ?? '').endsWith(FILE);

/** One load: the loader's EvaluateScript CPU, its compile, its polls' CPU (ms). */
async function load(context, name, warm, variant) {
  const page = await context.newPage();
  const q = variant === '' ? '' : `?v=${variant}`;
  if (warm) {
    await page.goto(`http://${HOST}:${port}/${name}${q ? `${q}&` : '?'}first`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
    await cdp.send('Profiler.start');
  }
  await page.goto(`http://${HOST}:${port}/${name}${q}`);
  await new Promise((r) => setTimeout(r, WAIT_MS));
  const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : null;
  await endTrace(cdp);
  await page.close();
  const evaluate = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && byUrl(e));
  const self = profile ? selfTimes(profile) : null;
  if (!evaluate) return { cpu: NaN, compile: NaN, poll: NaN, worlds: NaN, self };
  const thread = events.filter((e) => e.pid === evaluate.pid && e.tid === evaluate.tid && e.ph === 'X');
  const compile = thread.find((e) => e.name === 'v8.compile' && e.ts >= evaluate.ts && e.ts <= evaluate.ts + evaluate.dur);
  const polls = thread.filter((e) => e.name === 'FunctionCall' && e.ts > evaluate.ts && byUrl(e));
  // a same-site frame's document read from the loader: V8 makes the extension's world in that frame first
  const worlds = thread.filter((e) => e.name === 'ContextCreatedNotification' && e.ts >= evaluate.ts && e.ts <= evaluate.ts + evaluate.dur);
  return { cpu: cpuOf(evaluate), compile: cpuOf(compile), poll: polls.length ? polls.reduce((s, e) => s + cpuOf(e), 0) / polls.length : NaN, worlds: worlds.reduce((s, e) => s + cpuOf(e), 0), self };
}

/**
 * A profile's self time (ms) by function, for the loader's script and the samples V8 names apart while it runs (a
 * sample's node names its function; the samples' time deltas weigh them): the loader's functions by their minified
 * names and line:column (read them against the built file), the rest under their own names.
 */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (nodes.get(at).callFrame.url.endsWith(FILE)) return true;
    return false;
  };
  const out = new Map();
  profile.samples.forEach((id, i) => {
    if (!ours(id)) return;
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    const key = url.endsWith(FILE) ? `${functionName || '(top)'} ${lineNumber}:${columnNumber}` : functionName || url || '(native)';
    // the time since the sample before (a sample after an idle gap weighs one interval at most)
    out.set(key, (out.get(key) ?? 0) + Math.min(profile.timeDeltas[i] ?? 0, 2 * INTERVAL_US) / 1000);
  });
  return out;
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const variants = VARIANTS.length ? VARIANTS : [''];
const rows = [];
const started = performance.now();
for (const name of PAGES) {
  for (const kind of KINDS) {
    const warm = kind === 'warm';
    // one warm-up load each (the service worker, the disk cache)
    for (const b of builds) await load(b.context, name, warm, variants[0]);
    const runs = new Map();
    for (let i = 0; i < PAIRS; i++) {
      const order = i % 2 ? [...builds].reverse() : builds;
      const vs = i % 2 ? [...variants].reverse() : variants;
      for (const v of vs) for (const b of order) {
        const key = `${b.name}${v === '' ? '' : ` v${v}`}`;
        if (!runs.has(key)) runs.set(key, []);
        runs.get(key)[i] = await load(b.context, name, warm, v);
      }
    }
    const ref = [...runs.values()][0];
    if (PROFILE) {
      for (const [key, rs] of runs) {
        const sum = new Map();
        for (const r of rs) for (const [k, v] of r.self ?? []) sum.set(k, (sum.get(k) ?? 0) + v / rs.length);
        const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 14);
        console.log(`profile ${name} ${kind} ${key}, self ms a load: ${top.map(([k, v]) => `${k} ${v.toFixed(3)}`).join('; ')}`);
      }
    }
    for (const [key, rs] of runs) {
      rows.push({ name, kind, key, cpu: median(rs.map((r) => r.cpu)), compile: median(rs.map((r) => r.compile)), poll: median(rs.map((r) => r.poll)), worlds: median(rs.map((r) => r.worlds)), diff: rs === ref ? NaN : median(rs.map((r, i) => r.cpu - ref[i].cpu)) });
    }
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${name} ${kind}\n`);
  }
}
console.log(`The loader's EvaluateScript, main-thread CPU (ms), median of ${PAIRS} loads each, interleaved; Δ: median of the pairs' differences with the first`);
console.log(`${'page'.padEnd(26)}${'kind'.padEnd(6)}${'build'.padEnd(14)}${'cpu'.padStart(7)}${'Δ'.padStart(7)}${'compile'.padStart(9)}${'poll'.padStart(7)}${'worlds'.padStart(8)}`);
for (const r of rows) console.log(`${r.name.padEnd(26)}${r.kind.padEnd(6)}${r.key.padEnd(14)}${f(r.cpu).padStart(7)}${f(r.diff).padStart(7)}${f(r.compile).padStart(9)}${f(r.poll).padStart(7)}${f(r.worlds).padStart(8)}`);
for (const kind of KINDS) {
  const keys = [...new Set(rows.map((r) => r.key))];
  const mid = (key, k) => median(rows.filter((r) => r.kind === kind && r.key === key).map((r) => r[k]));
  console.log(`median page, ${kind}: ${keys.map((k) => `${k} ${f(mid(k, 'cpu'))}${Number.isFinite(mid(k, 'diff')) ? ` (Δ ${f(mid(k, 'diff'))})` : ''}`).join('; ')}`);
}
for (const b of builds) await b.context.close();
server.close();
rmSync(temp, { recursive: true, force: true });
