#!/usr/bin/env node
/**
 * Idle → panel on report pages, two (or more) builds side by side: `npm run bench:browser`'s report section alone (its
 * pages, host and settings: the Chinese reader), the builds' loads interleaved page for page (the order alternating
 * from one round to the next), so that a host whose load drifts moves them alike; as scripts/loader-bench.mjs does for
 * pages that are not reports.
 *
 *   node scripts/panel-bench.mjs old=/tmp/old/chrome-mv3 new=.output/chrome-mv3
 *   ROUNDS=8 PAGES=fengze-2019.html TRACED=1 node scripts/panel-bench.mjs a=DIR b=DIR
 *   WAIT=idle-to-paint node scripts/panel-bench.mjs floor=DIR …   (a build whose content-lens.js is a stand-in without
 *                                                                  the narrative stage, as scripts/floor-lens.js)
 *
 * Each load (cold: a new tab; KINDS=warm: another report of the site painted in the tab first): the lens's User Timing
 * entries (idle-to-paint, idle-to-complete, lens-loaded, settings-read, analyze, mount). TRACED=1 traces each load too
 * (devtools.timeline, v8, loading, blink.user_timing) and cuts the critical path, from the loader's EvaluateScript to
 * the end of the first Paint after the mount (paint), into phases of wall time, each with the main thread's CPU in it
 * (…Cpu: top-level tasks clipped to the phase): look (the loader until it asks for the lens), fetch (until the lens's
 * module compile starts: the browser's loader, the file, the renderer's decoding and the code cache's lookup), compile
 * (V8 reading the code cache), toEval (until its evaluation ends), toRun (until the analysis starts), analyze, toMount
 * (until the panel is mounted), rafWait (until its frame starts), frame (until that frame's Paint ends); tail is the
 * analysis's end → that Paint's end; cpu the main thread's CPU over the whole span; proseBefore whether the narrative
 * stage's module (content-prose.js) was compiled before that Paint, proseAt when. Prints each build's medians a page and
 * over all pages, and the medians of each load's difference with the first build's load of the same round.
 * Page-level tracing in Chromium records the browser process and the GPU process too: TRACE_DIR keeps each trace (a
 * JSON array of its events, BUILD-PAGE-ROUND.json) to follow a request into the browser (extension_protocols'
 * LoadExtension, the file loader, the code cache's host) or into the renderer's other threads (the script decoder).
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { endTrace, buildsFromArgs, lensMeasures, launchWithExtension } from './launch-extension.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const builds = buildsFromArgs('panel-bench.mjs', 'content-lens.js');
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const list = (v, d) => (v ?? d).split(',').filter(Boolean);
const PAGES = list(process.env.PAGES, 'wrong-cell-2021.html,word-2021-consistent.html,fengze-2019.html,jiaming-2020.html');
const KINDS = list(process.env.KINDS, 'cold');
const TRACE_DIR = process.env.TRACE_DIR;
const TRACED = process.env.TRACED === '1' || !!TRACE_DIR;
if (TRACE_DIR) mkdirSync(TRACE_DIR, { recursive: true });
/** the entry each load waits for: idle-to-paint for a stand-in lens without the narrative stage (scripts/floor-lens.js) */
const WAIT = `nianbao-lens:${process.env.WAIT ?? 'idle-to-complete'}`;
const HOST = 'www.example-county.gov.cn';

const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
  const file = join(ROOT, 'test/fixtures/pages', name);
  if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const temp = mkdtempSync(join(tmpdir(), 'nianbao-panel-bench-'));
for (const [i, b] of builds.entries()) {
  b.context = await launchWithExtension(join(temp, `profile-${i}`), b.dir);
  const worker = b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
  // the Chinese reader, as bench:browser's default
  await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, autoRun: true, language: 'zh_CN', dock: 'right', autoSave: true } }));
}

/** Waits for a timing entry without polling on every frame (as bench:browser's settle). */
async function settle(page, entry) {
  await new Promise((r) => setTimeout(r, 400));
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate((n) => performance.getEntriesByName(n).length > 0, entry)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${entry} never came`);
}

function readTrace(events) {
  const evaluate = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').endsWith('content-scripts/content.js'));
  if (!evaluate) return {};
  const thread = events.filter((e) => e.pid === evaluate.pid && e.tid === evaluate.tid && e.ph === 'X');
  const mounted = events.find((e) => e.name === 'nianbao-lens:idle-to-panel' && (e.ph === 'e' || e.ph === 'E'));
  const paint = mounted && thread.filter((e) => e.name === 'Paint' && e.ts >= mounted.ts).sort((a, b) => a.ts - b.ts)[0];
  if (!paint) return {};
  const end = paint.ts + paint.dur;
  let cpu = 0;
  let lastEnd = -Infinity;
  for (const e of thread.filter((e) => e.ts < end && e.ts + e.dur > evaluate.ts).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < lastEnd) continue;
    lastEnd = e.ts + e.dur;
    const share = e.dur > 0 ? (Math.min(end, e.ts + e.dur) - Math.max(evaluate.ts, e.ts)) / e.dur : 1;
    cpu += ((e.tdur ?? e.dur) * share) / 1000;
  }
  const prose = thread.find((e) => e.name === 'v8.compileModule' && /content-prose\.js/.test(JSON.stringify(e.args ?? {})));
  // the critical path, in phases (ms of wall): the first look until the lens is asked for; its round trip until its
  // module's compile starts; the compile; until its evaluation ends; until the analysis starts; the analysis; until
  // the mount ends; until the panel's frame starts (requestAnimationFrame's wait); the frame up to its Paint's end
  const at = (e) => (e ? e.ts : NaN);
  const mark = (n, ph) => events.find((e) => e.name === `nianbao-lens:${n}` && (ph === 'b' ? e.ph === 'b' || e.ph === 'B' : e.ph === 'e' || e.ph === 'E'));
  const all = events.filter((e) => e.pid === evaluate.pid && e.tid === evaluate.tid);
  const asked = all.find((e) => e.name === 'ResourceSendRequest' && /content-lens\.js/.test(e.args?.data?.url ?? ''));
  const compiled = thread.find((e) => e.name === 'v8.compileModule' && /content-lens\.js/.test(JSON.stringify(e.args ?? {})));
  const evaluated = compiled && thread.filter((e) => e.name === 'v8.evaluateModule' && e.ts > compiled.ts).sort((a, b) => a.ts - b.ts)[0];
  const analyzeB = mark('analyze', 'b');
  const analyzeE = mark('analyze', 'e');
  const mountE = mark('mount', 'e');
  const raf = all.filter((e) => e.name === 'FireAnimationFrame' && mountE && e.ts >= mountE.ts).sort((a, b) => a.ts - b.ts)[0];
  const points = [evaluate.ts, at(asked), at(compiled), compiled ? compiled.ts + compiled.dur : NaN, evaluated ? evaluated.ts + evaluated.dur : NaN, at(analyzeB), at(analyzeE), at(mountE), at(raf), end];
  const PH = ['look', 'fetch', 'compile', 'toEval', 'toRun', 'analyze', 'toMount', 'rafWait', 'frame'];
  const phases = Object.fromEntries(PH.map((k, i) => [k, (points[i + 1] - points[i]) / 1000]));
  // and the main thread's CPU inside each phase (top-level tasks clipped to it)
  const tops = [];
  let le = -Infinity;
  for (const e of thread.filter((e) => e.ts < end + 50_000 && e.ts + e.dur > evaluate.ts).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < le) continue;
    le = e.ts + e.dur;
    tops.push(e);
  }
  const cpuIn = (a, b) => tops.reduce((s, e) => {
    const lo = Math.max(a, e.ts), hi = Math.min(b, e.ts + e.dur);
    return hi > lo && e.dur > 0 ? s + ((e.tdur ?? e.dur) * (hi - lo)) / e.dur / 1000 : s;
  }, 0);
  for (const [i, k] of PH.entries()) phases[`${k}Cpu`] = cpuIn(points[i], points[i + 1]);
  // other work between the mount and the painted mark (the panel's frame and the mark's own task aside): the tasks
  // that delay the frame or the mark, e.g. another file's response or compile (others: their count, others' CPU)
  const painted = mark('idle-to-paint', 'e');
  const inside = (o, e) => o.ts >= e.ts && o.ts + (o.dur ?? 0) <= e.ts + e.dur;
  const others = mountE && painted ? tops.filter((e) => e.ts > mountE.ts && e.ts + e.dur < painted.ts && !thread.some((o) => inside(o, e) && /^(FireAnimationFrame|UpdateLayoutTree|Paint)$/.test(o.name))) : [];
  // the analysis's end → the panel's Paint's end: what follows the core until the frame is painted
  phases.tail = (end - at(analyzeE)) / 1000;
  phases.others = others.length;
  phases.othersCpu = others.reduce((s, e) => s + (e.tdur ?? e.dur) / 1000, 0);
  return {
    paint: (end - evaluate.ts) / 1000,
    cpu,
    proseBefore: prose ? (prose.ts < paint.ts ? 1 : 0) : NaN,
    proseCompile: prose ? prose.dur / 1000 : NaN,
    proseAt: prose ? (prose.ts - evaluate.ts) / 1000 : NaN,
    ...phases,
  };
}

const ENTRIES = ['idle-to-paint', 'idle-to-complete', 'lens-loaded', 'settings-read', 'analyze', 'mount'];
async function load(context, name, warm, tag = '') {
  const page = await context.newPage();
  if (warm) {
    const other = PAGES.find((p) => p !== name) ?? name;
    await page.goto(`http://${HOST}:${port}/${other}?first`);
    await settle(page, WAIT);
  }
  const cdp = TRACED ? await context.newCDPSession(page) : null;
  const events = [];
  cdp?.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp?.send('Tracing.start', { categories: 'devtools.timeline,v8,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await page.goto(`http://${HOST}:${port}/${name}`);
  await settle(page, WAIT);
  const m = await lensMeasures(page);
  let traced = {};
  if (cdp) {
    await endTrace(cdp);
    traced = readTrace(events);
    if (TRACE_DIR && tag) writeFileSync(join(TRACE_DIR, `${tag}.json`), JSON.stringify(events));
  }
  await page.close();
  return { ...Object.fromEntries(ENTRIES.map((k) => [k, m[k] ?? NaN])), ...traced };
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const PHASES = ['look', 'fetch', 'compile', 'toEval', 'toRun', 'analyze', 'toMount', 'rafWait', 'frame'];
const KEYS = [...ENTRIES, ...(TRACED ? ['paint', 'cpu', 'proseBefore', 'proseCompile', 'proseAt', ...PHASES.flatMap((k) => [k, `${k}Cpu`]), 'others', 'othersCpu', 'tail'] : [])];
const started = performance.now();
const all = new Map();
for (const kind of KINDS) {
  for (const name of PAGES) {
    for (const b of builds) await load(b.context, name, kind === 'warm'); // a warm-up load each
    const runs = builds.map(() => []);
    for (let i = 0; i < ROUNDS; i++) {
      const order = i % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
      for (const j of order) runs[j][i] = await load(builds[j].context, name, kind === 'warm', `${builds[j].name}-${name.replace(/\.html$/, '')}-${kind}-${i}`);
    }
    for (const [j, b] of builds.entries()) {
      const key = `${kind} ${b.name}`;
      if (!all.has(key)) all.set(key, []);
      all.get(key).push(...runs[j].map((r, i) => ({ ...r, ref: runs[0][i], page: name })));
      const row = KEYS.map((k) => `${k} ${f(median(runs[j].map((r) => r[k])))}`).join('  ');
      const d = j === 0 ? '' : `  Δpaint ${f(median(runs[j].map((r, i) => r['idle-to-paint'] - runs[0][i]['idle-to-paint'])))} Δcomplete ${f(median(runs[j].map((r, i) => r['idle-to-complete'] - runs[0][i]['idle-to-complete'])))}`;
      console.log(`${name.padEnd(26)}${kind.padEnd(5)} ${b.name.padEnd(6)} ${row}${d}`);
    }
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${name} ${kind}\n`);
  }
}
console.log(`all pages, medians of every load (${ROUNDS} rounds a page; Δ: the median of each load's difference with the first build's in the same round):`);
for (const [key, rs] of all) {
  const row = KEYS.map((k) => `${k} ${f(median(rs.map((r) => r[k])))}`).join('  ');
  const lower = (k) => rs.filter((r) => r[k] < r.ref[k]).length;
  const dt = (k) => `Δ${k} ${f(median(rs.map((r) => r[k] - r.ref[k])))} (lower ${lower(k)}/${rs.length})`;
  if (TRACED) console.log(`${key.padEnd(12)} ${dt('paint')}  ${dt('tail')}  ${dt('toMount')}  ${dt('frame')}`);
  console.log(`${key.padEnd(12)} ${row}  Δpaint ${f(median(rs.map((r) => r['idle-to-paint'] - r.ref['idle-to-paint'])))} (lower ${lower('idle-to-paint')}/${rs.length})  Δcomplete ${f(median(rs.map((r) => r['idle-to-complete'] - r.ref['idle-to-complete'])))} (lower ${lower('idle-to-complete')}/${rs.length})`);
}
for (const b of builds) await b.context.close();
server.close();
rmSync(temp, { recursive: true, force: true });
