// npm run probe -- [--page FILE] [--after TEXT] [--why] SENTENCES.txt
// Puts each sentence of SENTENCES.txt (one a line; # comments) into its own copy of a consistent
// report page and prints what the checker then says (scripts/probe-prose-run.ts). The way false flags
// of the text checks were found in sessions 22 and 23: write sentences a careful reader finds true of
// the page's tables, and the wrong ones beside them. Defaults: test/fixtures/pages/word-2021-consistent.html,
// after its paragraph "（二）依申请公开".
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { linkedomPatches } from './linkedom-patches.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const page = opt('--page', join(root, 'test/fixtures/pages/word-2021-consistent.html'));
const after = opt('--after', '（二）依申请公开');
const whyAt = args.indexOf('--why');
if (whyAt >= 0) args.splice(whyAt, 1);
const usage = 'usage: npm run probe -- [--page FILE] [--after TEXT] [--why] SENTENCES.txt\n';
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage);
  process.exit(0);
}
if (args.length !== 1) {
  process.stderr.write(usage);
  process.exit(2);
}
const sentences = readFileSync(args[0], 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const bundle = join(root, 'dist/probe-prose.mjs');
await esbuild.build({
  entryPoints: [join(root, 'scripts/probe-prose-run.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
  banner: { js: "import { createRequire as __nlCreateRequire } from 'node:module'; const require = __nlCreateRequire(import.meta.url);" },
  plugins: linkedomPatches,
});
const { probe } = await import(pathToFileURL(bundle).href);
for (const line of probe({ page, after, sentences, why: whyAt >= 0 })) console.log(line);
