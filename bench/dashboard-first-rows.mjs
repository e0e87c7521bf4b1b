// The dashboard's first rows with 5,009 reports, the page's own work only (bench/dashboard-first-rows.tsx), in Node on
// happy-dom: a measure of what a change to components/dashboard costs on the first paint's path that holds on a loaded
// machine, where scripts/dashboard-bench.mjs (the built extension in Chromium) spreads by ±50 % (session 58, ux71).
// Not a timed test, and not the bench's target: the browser's style, layout and storage reads are not in it.
//   node bench/dashboard-first-rows.mjs [--root DIR]... [RUNS]
// --root: a tree's components and lib (a worktree of an older commit, with node_modules), this harness on them; several
// are measured in one process, their mounts interleaved (A, B, A, B, …), so that the machine's load falls on each alike.
// Prints a JSON line a tree: medians (ms) from render() to the first rows, wall and CPU (user + system), cold and warm.
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
// --root DIR, as many as wanted: each tree bundled apart, their mounts interleaved in one process (A, B, C, A, B, C, …)
const roots = [];
for (let at = args.indexOf('--root'); at >= 0; at = args.indexOf('--root')) roots.push(resolve(args.splice(at, 2)[1]));
if (roots.length === 0) roots.push(here);
const runs = Number(args[0] ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'nianbao-first-rows-'));
const bundles = [];
for (const [k, root] of roots.entries()) {
  const out = join(dir, `run${k}.mjs`);
  // the harness's own imports (../components, ../lib) from the tree measured; the extension's browser API is not used here
  const toRoot = {
    name: 'to-root',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/(components|lib)\// }, (a) => (a.importer.endsWith('dashboard-first-rows.tsx') ? { path: join(root, a.path.slice(3)) } : undefined));
      b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt-browser', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const browser = {};', loader: 'js' }));
    },
  };
  await esbuild.build({
    entryPoints: [join(here, 'bench/dashboard-first-rows.tsx')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    jsx: 'automatic', jsxImportSource: 'preact', nodePaths: [join(root, 'node_modules')], logLevel: 'error', plugins: [toRoot],
  });
  bundles.push(out);
}

const { Window } = await import(pathToFileURL(join(here, 'node_modules/happy-dom/lib/index.js')).href);
const win = new Window({ url: 'chrome-extension://bench/dashboard.html', width: 1280, height: 860 });
for (const key of ['window', 'document', 'location', 'navigator', 'HTMLElement', 'Element', 'Node', 'Event', 'MutationObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle', 'SVGElement']) {
  Object.defineProperty(globalThis, key, { value: key === 'window' ? win : win[key], configurable: true, writable: true });
}
globalThis.addEventListener = win.addEventListener.bind(win);
globalThis.removeEventListener = win.removeEventListener.bind(win);
globalThis.scrollTo = () => undefined;

const trees = [];
for (const b of bundles) trees.push(await import(pathToFileURL(b).href));
const got = trees.map(() => ({ cold: { wall: [], cpu: [] }, warm: { wall: [], cpu: [] } }));
// warm-up: the JIT, each tree's summaries made
for (let i = 0; i < 3; i++) for (const tree of trees) await tree.measure(i % 2 ? 'warm' : 'cold');
for (let i = 0; i < runs; i++) {
  for (const [k, tree] of trees.entries()) {
    for (const kind of ['cold', 'warm']) {
      const m = await tree.measure(kind);
      got[k][kind].wall.push(m.wall);
      got[k][kind].cpu.push(m.cpu);
    }
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(((s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2) * 10) / 10;
};
for (const [k, root] of roots.entries()) {
  const g = got[k];
  console.log(JSON.stringify({ root, runs, cold: { wall: median(g.cold.wall), cpu: median(g.cold.cpu) }, warm: { wall: median(g.warm.wall), cpu: median(g.warm.cpu) } }));
}
await win.happyDOM.abort?.();
process.exit(0);
