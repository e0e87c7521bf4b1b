#!/usr/bin/env node
/**
 * The lens's compile + top-level evaluation in Node, two builds against each other (perf62): what a report page pays
 * for content-lens.js before any of its code runs on the page, without a browser. Usage:
 *
 *   node scripts/lens-eval-bench.mjs OLD_DIR NEW_DIR [PAIRS=40] [FILE=content-lens.js]
 *
 * (each DIR a built extension folder, e.g. a copy of .output/chrome-mv3). For each build a first process compiles
 * and runs the file once and keeps V8's code cache of it, as Chromium keeps an extension script's (taken after the
 * run, so it holds the functions the top level compiled); then PAIRS fresh processes of each build, old and new
 * alternately (the first of a pair alternating too), each compile the file from that cache (vm.Script with
 * cachedData) and evaluate it once (runInThisContext): the lens's IIFE, its modules' top levels and main(), which
 * only sets the lens's global. Each process prints its compile and evaluation times, wall (performance.now) and
 * the process's CPU (process.cpuUsage, which counts V8's helper threads too); the medians of each build are printed
 * with how many pairs the new build was lower in. Node's V8 is not Chromium's and its figures are smaller; what it
 * shows is the difference the two builds make, on a machine too busy for traced browser loads to show ±1 ms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';

const ROLE = process.env.LENS_EVAL_ROLE;

if (ROLE === 'cache') {
  // one build's code cache: compile, run, then serialize what was compiled
  const [file, out] = process.argv.slice(2);
  const src = readFileSync(file, 'utf8');
  const script = new vm.Script(src, { filename: file });
  script.runInThisContext();
  writeFileSync(out, script.createCachedData());
} else if (ROLE === 'run') {
  const [file, cache] = process.argv.slice(2);
  const src = readFileSync(file, 'utf8');
  const cachedData = readFileSync(cache);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const script = new vm.Script(src, { filename: file, cachedData });
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  script.runInThisContext();
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const cpu = (a, b) => (b.user - a.user + b.system - a.system) / 1000;
  process.stdout.write(
    JSON.stringify({
      rejected: script.cachedDataRejected,
      compile: t1 - t0,
      evaluate: t2 - t1,
      compileCpu: cpu(c0, c1),
      evaluateCpu: cpu(c1, c2),
    }),
  );
} else {
  const [oldDir, newDir, pairsArg, fileArg] = process.argv.slice(2);
  if (!oldDir || !newDir) {
    console.error('usage: node scripts/lens-eval-bench.mjs OLD_DIR NEW_DIR [PAIRS=40] [FILE=content-lens.js]');
    process.exit(2);
  }
  const pairs = Number(pairsArg ?? 40);
  const fileName = fileArg ?? 'content-lens.js';
  const self = new URL(import.meta.url).pathname;
  const tmp = mkdtempSync(join(tmpdir(), 'lens-eval-'));
  const builds = [
    { name: 'old', file: resolve(oldDir, fileName), runs: [] },
    { name: 'new', file: resolve(newDir, fileName), runs: [] },
  ];
  const child = (role, args) => {
    const r = spawnSync(process.execPath, [self, ...args], { env: { ...process.env, LENS_EVAL_ROLE: role }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${role} ${args[0]}: ${r.stderr}`);
    return r.stdout;
  };
  for (const b of builds) {
    b.cache = join(tmp, `${b.name}.cache`);
    child('cache', [b.file, b.cache]);
    b.cacheBytes = readFileSync(b.cache).length;
  }
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) b.runs.push(JSON.parse(child('run', [b.file, b.cache])));
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const keys = ['compile', 'evaluate', 'compileCpu', 'evaluateCpu'];
  const sum = (r) => ({ ...r, total: r.compile + r.evaluate, totalCpu: r.compileCpu + r.evaluateCpu });
  for (const b of builds) b.runs = b.runs.map(sum);
  console.log(`${fileName}, ${pairs} pairs of fresh processes, old and new alternately (ms, medians)`);
  for (const b of builds) {
    const rejected = b.runs.filter((r) => r.rejected).length;
    console.log(
      `  ${b.name}: ${readFileSync(b.file).length} bytes, code cache ${b.cacheBytes} bytes${rejected ? `, cache REJECTED ${rejected}×` : ''}; ` +
        [...keys, 'total', 'totalCpu'].map((k) => `${k} ${median(b.runs.map((r) => r[k])).toFixed(2)}`).join(', '),
    );
  }
  for (const k of ['evaluate', 'evaluateCpu', 'total', 'totalCpu']) {
    const lower = builds[1].runs.filter((r, i) => r[k] < builds[0].runs[i][k]).length;
    console.log(`  new lower in ${lower} of ${pairs} pairs (${k})`);
  }
}
