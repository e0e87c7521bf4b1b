/**
 * linkedom as the batch checker bundles it (scripts/linkedom-patches.mjs), for tests that parse
 * every fixture page many times: the same tree as the published package (test/unit/
 * linkedom-patches.test.ts proves it on every fixture page), parsed several times faster. Under
 * vitest the published package gives every node an entry in a module-level WeakMap, and most of a
 * parse went to garbage collection (invariance.test.ts: ~25 ms a page, against ~4 ms here).
 * Bundled once per test worker into a temporary folder, removed when the worker exits.
 */
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linkedomPatches } from '../../scripts/linkedom-patches.mjs';

export type ParseHtml = (html: string) => { document: unknown };

let loaded: Promise<ParseHtml> | null = null;

export function patchedParseHTML(): Promise<ParseHtml> {
  loaded ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-linkedom-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'linkedom.mjs');
    const result = await esbuild.build({
      stdin: { contents: "export { parseHTML } from 'linkedom';", resolveDir: join(import.meta.dirname, '../..'), sourcefile: 'entry.mjs' },
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
      plugins: linkedomPatches,
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    // a patch that no longer matches is bundled unchanged, with a warning: linkedom-patches.test.ts fails then
    void result;
    return ((await import(pathToFileURL(out).href)) as { parseHTML: ParseHtml }).parseHTML;
  })();
  return loaded;
}
