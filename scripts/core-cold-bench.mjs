#!/usr/bin/env node
/**
 * The core's cold first run in Node, two source trees against each other (perf63): what analyzeDocument costs the
 * first time it runs in a fresh process (V8 running its code for the first time: lazy compilation, Ignition,
 * RegExp compilation on first exec, tables built on first use), as the lens pays it on a report page. Usage:
 *
 *   node scripts/core-cold-bench.mjs OLD_ROOT NEW_ROOT [PAIRS=20] [PAGES=fengze-2019.html,...]
 *   node scripts/core-cold-bench.mjs --profile ROOT [RUNS=20] [PAGES] [INTERVAL_US=50]
 *
 * (each ROOT a checkout of the repository, e.g. a second worktree of main). Each tree's core (lib/analyze.ts) and
 * the CLI's light DOM are bundled unminified (esbuild, as build-cli does); then, for each page, PAIRS fresh processes
 * of each tree, old and new alternately (the first of a pair alternating too), each decode and parse the page, then
 * run analyzeDocument once (the cold run: wall by performance.now, CPU by process.cpuUsage, which counts V8's helper
 * threads too) and ten times more (the last five's median: warmed). Medians are printed with how many pairs the new
 * tree was lower in. With --profile, fresh processes of one tree run the core once under the inspector's sampling
 * profiler (INTERVAL_US apart) and the self time is summed over the runs by function and by lib/ module (the
 * bundle's `// lib/…` comments say where each module starts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROLE = process.env.CORE_COLD_ROLE;
const SELF = new URL(import.meta.url).pathname;
const DEFAULT_PAGES = 'fengze-2019.html,jiaming-2020.html,word-2021-consistent.html,wrong-cell-2021.html';

async function bundle(root, out) {
  const esbuild = await import(pathToFileURL(join(root, 'node_modules/esbuild/lib/main.js')).href);
  const { linkedomPatches } = await import(pathToFileURL(join(root, 'scripts/linkedom-patches.mjs')).href);
  await esbuild.build({
    stdin: {
      contents:
        "export { analyzeDocument } from './lib/analyze.ts'; export { decodeHtml, parsePage } from './cli/load-page.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
    banner: { js: "import { createRequire as __nlCreateRequire } from 'node:module'; const require = __nlCreateRequire(import.meta.url);" },
    plugins: linkedomPatches,
  });
}

const cpuMs = (a, b) => (b.user - a.user + b.system - a.system) / 1000;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

if (ROLE === 'run' || ROLE === 'profile') {
  const [bundlePath, pagePath, intervalArg] = process.argv.slice(2);
  const core = await import(pathToFileURL(bundlePath).href);
  const { text } = core.decodeHtml(new Uint8Array(readFileSync(pagePath)));
  const url = 'https://www.example-county.gov.cn/zwgk/' + pagePath.split('/').pop();
  const parse = () => core.parsePage(text);
  let doc = parse();
  if (ROLE === 'profile') {
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: Number(intervalArg ?? 50) });
    await session.post('Profiler.start');
    const t0 = performance.now();
    core.analyzeDocument(doc, { url });
    const wall = performance.now() - t0;
    const { profile } = await session.post('Profiler.stop');
    process.stdout.write(JSON.stringify({ wall, profile }));
  } else {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    core.analyzeDocument(doc, { url });
    const first = performance.now() - t0;
    const firstCpu = cpuMs(c0, process.cpuUsage());
    const warm = [];
    for (let i = 0; i < 10; i++) {
      doc = parse();
      const t = performance.now();
      core.analyzeDocument(doc, { url });
      if (i >= 5) warm.push(performance.now() - t);
    }
    process.stdout.write(JSON.stringify({ first, firstCpu, warm: median(warm) }));
  }
} else if (process.argv[2] === '--profile') {
  const [, rootArg, runsArg, pagesArg, intervalArg] = process.argv.slice(2);
  const root = resolve(rootArg);
  const runs = Number(runsArg ?? 20);
  const pages = (pagesArg ?? DEFAULT_PAGES).split(',');
  const tmp = mkdtempSync(join(tmpdir(), 'core-cold-'));
  const out = join(tmp, 'core.mjs');
  await bundle(root, out);
  // the module each bundle line belongs to, from esbuild's `// path` comments
  const lines = readFileSync(out, 'utf8').split('\n');
  const moduleOf = [];
  let current = '(bundle)';
  for (const line of lines) {
    const m = /^\/\/ ((?:lib|cli|node_modules)\/\S+)$/.exec(line);
    if (m) current = m[1];
    moduleOf.push(current);
  }
  const byFn = new Map();
  const byModule = new Map();
  let total = 0;
  const walls = [];
  for (let r = 0; r < runs; r++) {
    for (const page of pages) {
      const res = spawnSync(process.execPath, [SELF, out, join(root, 'test/fixtures/pages', page), intervalArg ?? '50'], {
        env: { ...process.env, CORE_COLD_ROLE: 'profile' },
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      if (res.status !== 0) throw new Error(res.stderr);
      const { wall, profile } = JSON.parse(res.stdout);
      walls.push(wall);
      const dt = new Map();
      const ids = profile.samples;
      // each sample counts for one interval: on a loaded host a sample's own delta also holds the time the process
      // was not running, which would land on whatever function was on the stack then
      const unit = Number(intervalArg ?? 50) / 1000;
      for (let i = 0; i < ids.length; i++) dt.set(ids[i], (dt.get(ids[i]) ?? 0) + unit);
      for (const node of profile.nodes) {
        const ms = dt.get(node.id) ?? 0;
        if (!ms) continue;
        const cf = node.callFrame;
        const mod = cf.url.endsWith('core.mjs') ? moduleOf[cf.lineNumber] ?? '?' : cf.url ? 'node:' + cf.url.split('/').pop() : cf.functionName || '(native)';
        const key = `${cf.functionName || '(anon)'} ${mod}:${cf.lineNumber + 1}`;
        byFn.set(key, (byFn.get(key) ?? 0) + ms);
        byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
        total += ms;
      }
    }
  }
  const n = runs * pages.length;
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
  console.log(`${n} cold runs (${pages.join(', ')}): wall median ${median(walls).toFixed(1)} ms; samples × interval ${(total / n).toFixed(2)} ms a run`);
  console.log('\nby module (ms a run, self):');
  for (const [k, v] of top(byModule, 40)) console.log(`  ${(v / n).toFixed(3).padStart(7)}  ${k}`);
  console.log('\nby function (ms a run, self):');
  for (const [k, v] of top(byFn, 60)) console.log(`  ${(v / n).toFixed(3).padStart(7)}  ${k}`);
  writeFileSync(join(tmp, 'by-fn.json'), JSON.stringify([...byFn].sort((a, b) => b[1] - a[1])));
  console.log(`\n(all functions: ${join(tmp, 'by-fn.json')}; bundle ${out})`);
} else {
  const [oldArg, newArg, pairsArg, pagesArg] = process.argv.slice(2);
  if (!oldArg || !newArg) {
    console.error('usage: node scripts/core-cold-bench.mjs OLD_ROOT NEW_ROOT [PAIRS=20] [PAGES]\n       node scripts/core-cold-bench.mjs --profile ROOT [RUNS=20] [PAGES] [INTERVAL_US=50]');
    process.exit(2);
  }
  const pairs = Number(pairsArg ?? 20);
  const pages = (pagesArg ?? DEFAULT_PAGES).split(',');
  const tmp = mkdtempSync(join(tmpdir(), 'core-cold-'));
  const trees = [
    { name: 'old', root: resolve(oldArg) },
    { name: 'new', root: resolve(newArg) },
  ];
  for (const t of trees) {
    t.bundle = join(tmp, `${t.name}.mjs`);
    await bundle(t.root, t.bundle);
  }
  const run = (t, page) => {
    const res = spawnSync(process.execPath, [SELF, t.bundle, join(trees[0].root, 'test/fixtures/pages', page)], {
      env: { ...process.env, CORE_COLD_ROLE: 'run' },
      encoding: 'utf8',
    });
    if (res.status !== 0) throw new Error(res.stderr);
    return JSON.parse(res.stdout);
  };
  for (const page of pages) {
    const got = { old: [], new: [] };
    for (let i = 0; i < pairs; i++) {
      const order = i % 2 === 0 ? trees : [...trees].reverse();
      for (const t of order) got[t.name].push(run(t, page));
    }
    const lower = (k) => got.new.filter((r, i) => r[k] < got.old[i][k]).length;
    const fmt = (k) => `${median(got.old.map((r) => r[k])).toFixed(2)} → ${median(got.new.map((r) => r[k])).toFixed(2)} (${lower(k)}/${pairs})`;
    console.log(`${page.padEnd(28)} first ${fmt('first')} ms wall, ${fmt('firstCpu')} ms CPU; warmed ${fmt('warm')} ms`);
  }
}
