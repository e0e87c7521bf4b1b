// npm run dump [-- out.jsonl] [-- --compare baseline.jsonl]: every result of the core on the
// fixture, shared and fuzzed pages, without timings (scripts/result-dump-pages.ts says which).
// With --compare, exits 1 and names the first pages that differ from the baseline (page by page,
// by name; pages only one side has are listed apart).
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { linkedomPatches } from './linkedom-patches.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const cmpAt = args.indexOf('--compare');
const baseline = cmpAt >= 0 ? args.splice(cmpAt, 2)[1] : null;
const out = args[0] ?? join(root, 'dist/result-dump.jsonl');

const bundle = join(root, 'dist/result-dump.mjs');
await esbuild.build({
  entryPoints: [join(root, 'scripts/result-dump-pages.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  external: ['happy-dom'],
  banner: { js: "import { createRequire as __nlCreateRequire } from 'node:module'; const require = __nlCreateRequire(import.meta.url);" },
  plugins: linkedomPatches,
});
const { dump } = await import(pathToFileURL(bundle).href);
const t0 = performance.now();
const { text, pages } = dump(root);
writeFileSync(out, text);
process.stderr.write(`dump: ${pages} pages → ${out} (${Math.round(performance.now() - t0)} ms)\n`);

if (baseline) {
  // page by page, by name: a page only one side has (a fixture added or removed, with its fuzzed
  // copies) is listed apart, and does not count as a change of the others
  const byPage = (t) => new Map(t.split('\n').filter(Boolean).map((l) => [JSON.parse(l).page, l]));
  const [a, b] = [byPage(readFileSync(baseline, 'utf8')), byPage(text)];
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const diff = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k));
  for (const [what, list] of [['only in this run', added], ['only in the baseline', removed]]) {
    if (list.length) process.stderr.write(`dump: ${list.length} pages ${what}: ${list.slice(0, 6).join(', ')}${list.length > 6 ? ', …' : ''}\n`);
  }
  if (diff.length === 0) {
    process.stderr.write(`dump: identical to ${baseline} on the ${b.size - added.length} pages both have\n`);
  } else {
    for (const k of diff.slice(0, 10)) process.stderr.write(`differs: ${k}\n`);
    process.stderr.write(`dump: ${diff.length} of the ${b.size - added.length} pages both have differ from ${baseline}\n`);
    process.exit(1);
  }
}
