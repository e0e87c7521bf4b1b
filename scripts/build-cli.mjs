// Bundles the batch checker and the bench for Node 20 (npm run build:cli, npm run bench):
//   cli/main.ts   → dist/cli.mjs         (imported by bin/nianbao-lens.mjs)
//   cli/worker.ts → dist/cli-worker.mjs  (the --jobs pool's worker)
//   bench/bench.ts → dist/bench.mjs
// htmlparser2 and the core are bundled in, so dist/ runs without the TypeScript sources; htmlparser2
// (and linkedom, where a bundle still uses it) with the patches in scripts/linkedom-patches.mjs (each
// says what it saves, and why it changes nothing).
import * as esbuild from 'esbuild';
import { linkedomPatches } from './linkedom-patches.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

export async function buildCli(outdir = join(root, 'dist'), { bench = true } = {}) {
  const entryPoints = { cli: join(root, 'cli/main.ts'), 'cli-worker': join(root, 'cli/worker.ts') };
  if (bench) entryPoints.bench = join(root, 'bench/bench.ts');
  return esbuild.build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // a CommonJS dependency that calls require() inside an ESM bundle needs a real require
    banner: { js: "import { createRequire as __nlCreateRequire } from 'node:module'; const require = __nlCreateRequire(import.meta.url);" },
    plugins: linkedomPatches,
    // pdf.js (3.5 MB) stays in node_modules, imported on the first PDF only (cli/pdf-read.ts): bundled,
    // every run and every worker parsed it at start-up (+0.6–1.6 s a run on this machine)
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  await buildCli();
  process.stderr.write(`build:cli: dist/cli.mjs, dist/cli-worker.mjs, dist/bench.mjs (${Math.round(performance.now() - t0)} ms)\n`);
}
