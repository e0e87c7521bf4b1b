// @vitest-environment node
/**
 * What the lens (entrypoints/content-lens.ts, compiled on every report page it opens) loads: its
 * value imports, followed through the project's own modules. zod builds its schemas when loaded
 * and made ~100 KB of a 240 KB lens once the panel's verdict came from the collection's record
 * module (lib/collect/record.ts); the verdict now lives in lib/report/verdict.ts. Type-only
 * imports are erased by the build and not followed.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The modules a value import or re-export names, in a TS/TSX source (type-only ones left out). */
function valueImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(?:import|export)\s+(?!type\b)([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    const names = m[1]!;
    // `import { type A, type B } from` is type-only too
    const braces = /^\{([^}]*)\}$/.exec(names.trim());
    if (braces && braces[1]!.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    out.push(m[2]!);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  return out;
}

function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [resolve(ROOT, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('the lens bundle', () => {
  it('reaches the core and the panel', () => {
    const { files } = reach('entrypoints/content-lens.ts');
    expect([...files].some((f) => f.endsWith('lib/analyze-tables.ts'))).toBe(true);
    expect([...files].some((f) => f.endsWith('components/panel.tsx'))).toBe(true);
    expect([...files].some((f) => f.endsWith('lib/report/verdict.ts'))).toBe(true);
  });

  it('leaves the narrative stage to its own script, loaded while the panel shows the tables (components/prose-module.ts)', () => {
    const { files } = reach('entrypoints/content-lens.ts');
    const lens = [...files].map((f) => f.slice(ROOT.length + 1));
    expect(lens).not.toContain('lib/analyze.ts');
    // what the lens takes of lib/narrative: the table suspects (the tables' stage corrects the figures
    // the rules doubt), their rule ids, how the marks read the page's text as the prose is read, and the text notes'
    // words (note-words.ts: a suspect restates a text finding with its note — en61b; its table of words has en62's
    // codes in note-words-more.ts and en63's in note-words-skips.ts, words alone, no reading)
    expect(lens.filter((f) => f.startsWith('lib/narrative/')).sort()).toEqual(['lib/narrative/extract-prose.ts', 'lib/narrative/narrative-types.ts', 'lib/narrative/note-words-more.ts', 'lib/narrative/note-words-skips.ts', 'lib/narrative/note-words.ts', 'lib/narrative/table-suspects.ts']);
    const prose = [...reach('entrypoints/content-prose.ts').files].map((f) => f.slice(ROOT.length + 1));
    expect(prose).toContain('lib/analyze.ts');
    expect(prose).toContain('lib/narrative/check-narrative.ts');
  });

  it('loads no unzipper: the file reader is a script of its own, loaded when a file is read (components/file-read.ts)', () => {
    const { files, packages } = reach('entrypoints/content-lens.ts');
    expect([...files].some((f) => f.endsWith('components/file-read.ts'))).toBe(true);
    expect([...packages].filter((p) => p.startsWith('fflate'))).toEqual([]);
    expect([...files].map((f) => f.slice(ROOT.length + 1)).filter((f) => /components\/docx-read\.ts|lib\/(docx|xlsx)\//.test(f))).toEqual([]);
    // and the reader's script has them
    const reader = reach('entrypoints/content-files.ts');
    expect([...reader.packages]).toContain('fflate');
  });

  it('loads no zod (the collection and the dashboard validate; the lens only reports)', () => {
    const { files, packages } = reach('entrypoints/content-lens.ts');
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
    expect([...files].map((f) => f.slice(ROOT.length + 1)).filter((f) => /lib\/collect\/record\.ts|lib\/report\/schema\.ts/.test(f))).toEqual([]);
  });
});
