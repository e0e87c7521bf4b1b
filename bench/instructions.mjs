// Instructions per analysis, outside V8's optimizing compiler (perf48's measure, docs/perf.md "Session 46 (perf48…)"):
// bench/instructions.ts bundled against a tree's core, run under cachegrind with N=30 and N=80 analyses, and the
// instructions outside v8::internal::compiler between the two, per analysis. Reproducible to ~0.3% where the host's wall
// clock is not to 2× (session 57, perf57). Needs valgrind; slow (a few minutes a page).
//   node bench/instructions.mjs [--root DIR] PAGE [full|tables|detect] [N1 N2]
// --root: another tree's core (a worktree of an older commit, with node_modules), the harness and bundler from this one.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const at = args.indexOf('--root');
const root = at >= 0 ? resolve(args.splice(at, 2)[1]) : here;
const [page = 'fengze-2019', mode = 'full', n1 = '30', n2 = '80'] = args;
const { linkedomPatches } = await import(join(root, 'scripts/linkedom-patches.mjs'));
const dir = mkdtempSync(join(tmpdir(), 'nianbao-instr-'));
const out = join(dir, 'loop.mjs');
// the harness's own imports (../lib, ../cli) from the tree measured
const toRoot = { name: 'to-root', setup(b) { b.onResolve({ filter: /^\.\.\/(lib|cli)\// }, (a) => (a.importer.endsWith('instructions.ts') ? { path: join(root, a.path.slice(3)) } : undefined)); } };
await esbuild.build({
  entryPoints: [join(here, 'bench/instructions.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  nodePaths: [join(root, 'node_modules')], logLevel: 'error', plugins: [toRoot, ...linkedomPatches],
  banner: { js: "import { createRequire as __nlCreateRequire } from 'node:module'; const require = __nlCreateRequire(import.meta.url);" },
});
function outside(n) {
  const file = join(dir, `cg.${n}.out`);
  execFileSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${file}`, 'node', '--predictable', '--hash-seed=1', '--random-seed=1', out, page, n, mode], { env: { ...process.env, NIANBAO_ROOT: root }, stdio: 'ignore' });
  let total = 0, compiler = 0, fn = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('fn=')) fn = line;
    else if (/^\d/.test(line)) {
      const ir = Number(line.split(' ')[1] ?? 0);
      total += ir;
      if (fn.includes('v8::internal::compiler')) compiler += ir;
    }
  }
  return total - compiler;
}
const a = outside(n1), b = outside(n2);
console.log(`${page} ${mode}: ${((b - a) / (Number(n2) - Number(n1)) / 1e6).toFixed(3)}M instructions an analysis outside compiler:: (N=${n1}→${n2}; ${root})`);
