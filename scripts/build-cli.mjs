// Bundles the batch checker and the bench for Node 20 (npm run build:cli, npm run bench):
//   cli/main.ts   → dist/cli.mjs         (imported by bin/nianbao-lens.mjs)
//   cli/worker.ts → dist/cli-worker.mjs  (the --jobs pool's worker)
//   bench/bench.ts → dist/bench.mjs
// linkedom and the core are bundled in, so dist/ runs without the TypeScript sources.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * linkedom 0.18 gives every node (elements, text, attributes) its own event-listener Map in a
 * module-level WeakMap from the EventTarget constructor. Ephemeron bookkeeping for ~2,000 nodes a
 * page made half of the parse time garbage collection (measured with --cpu-prof on the shuyang
 * page: parse 18 ms → 10 ms with this change). The map is only needed once a listener is added, so
 * the bundle creates it lazily. Same behaviour: every reader of the map already checks for its
 * absence except add/removeEventListener, which the patch guards. If linkedom changes and the text
 * no longer matches, the build warns and bundles linkedom unchanged.
 */
export const lazyLinkedomListeners = {
  name: 'linkedom-lazy-listeners',
  setup(build) {
    build.onLoad({ filter: /linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const edits = [
        ['constructor() {\n    wm.set(this, new Map);\n  }', 'constructor() {}'],
        [
          'addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
          'addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n',
        ],
        [
          'removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type))',
          'removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type))',
        ],
      ];
      let contents = source;
      for (const [from, to] of edits) {
        if (!contents.includes(from)) {
          return { contents: source, loader: 'js', warnings: [{ text: 'linkedom event-target.js changed: lazy-listener patch not applied' }] };
        }
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * linkedom's parser hands every class attribute to the className setter, which builds the
 * element's DOMTokenList, re-joins its tokens and writes them back through the attribute's value
 * setter: ~10% of parsing a Word-exported page, where most elements carry a class. classList is
 * built lazily from the attribute anyway (its getter creates the list on first use), so the
 * bundle skips that call: className, classList and class selectors give what they gave; the
 * attribute keeps its value as written (as a browser's does) instead of the re-joined tokens.
 * The core reads classes only through patterns that ignore whitespace (lib/dom/attr.ts), and
 * test/unit/cli.test.ts checks the bundle's results against the unpatched linkedom on every
 * fixture page. If linkedom changes and the text no longer matches, the build warns and bundles
 * it unchanged.
 */
export const parserClassAsWritten = {
  name: 'linkedom-parser-class-as-written',
  setup(build) {
    build.onLoad({ filter: /linkedom[\\/]esm[\\/]shared[\\/]parse-from-string\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const from = "  if (attribute.name === 'class')\n    element.className = value;\n";
      if (!source.includes(from)) {
        return { contents: source, loader: 'js', warnings: [{ text: 'linkedom parse-from-string.js changed: class patch not applied' }] };
      }
      return { contents: source.replace(from, ''), loader: 'js' };
    });
  },
};

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
    plugins: [lazyLinkedomListeners, parserClassAsWritten],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  await buildCli();
  process.stderr.write(`build:cli: dist/cli.mjs, dist/cli-worker.mjs, dist/bench.mjs (${Math.round(performance.now() - t0)} ms)\n`);
}
