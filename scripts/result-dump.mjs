// npm run dump [-- out.jsonl] [-- --compare baseline.jsonl]: every result of the core on the
// fixture, shared and fuzzed pages, without timings (scripts/result-dump-pages.ts says which).
// With --compare, exits 1 and names the first pages that differ from the baseline.
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
  const a = readFileSync(baseline, 'utf8').split('\n');
  const b = text.split('\n');
  const diff = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 0) {
    process.stderr.write(`dump: identical to ${baseline} (${pages} pages)\n`);
  } else {
    for (const i of diff.slice(0, 10)) process.stderr.write(`differs: ${(JSON.parse(b[i] || a[i] || '{}').page) ?? `line ${i}`}\n`);
    process.stderr.write(`dump: ${diff.length} of ${pages} pages differ from ${baseline}\n`);
    process.exit(1);
  }
}
