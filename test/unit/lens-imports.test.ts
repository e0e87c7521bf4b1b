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
import { LENS_LEAVES, lensMessages, lensTable } from '../../components/build/lens-messages.ts';
import { formatMessage, type MessageTable } from '../../components/message-format.ts';

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

describe('the locale tables the lens carries (components/build/lens-messages.ts)', () => {
  const locales = ['zh_CN', 'en'].map((lang) => {
    const file = resolve(ROOT, `public/_locales/${lang}/messages.json`);
    return { lang, file, whole: JSON.parse(readFileSync(file, 'utf8')) as MessageTable };
  });
  const keys = Object.keys(locales[0]!.whole);

  it('are built in the lens form, not whole (the built file: test/e2e/loader.e2e.ts)', () => {
    // the lens imports the locale files itself (lens-translate.ts), not the popup's and the dashboard's locale-tables.ts
    expect([...reach('entrypoints/content-lens.ts').files].map((f) => f.slice(ROOT.length + 1))).not.toContain('components/locale-tables.ts');
    // what the plugin makes of each file: a text a key (no entry's {"message":…, "placeholders":…}), without the
    // dashboard's and the popup's keys (the whole two were ~230 KB of a 520 KB lens; now ~100 KB)
    const transform = lensMessages().transform as (code: string, id: string) => { code: string } | null;
    for (const { file, whole } of locales) {
      const built = JSON.parse(transform(readFileSync(file, 'utf8'), file)!.code) as Record<string, unknown>;
      expect(Object.values(built).filter((v) => typeof v !== 'string')).toEqual([]);
      expect(Object.keys(built).filter((k) => LENS_LEAVES.test(k))).toEqual([]);
      expect(Object.keys(built).length).toBeLessThan(Object.keys(whole).length - 200);
      expect(built.verdictProblems).toBe(lensTable(whole).verdictProblems);
    }
  });

  it('are the Chinese texts in the lens, the English in a script of their own (entrypoints/content-lens-en.ts)', () => {
    // a Chinese reader's lens carries no English (~53 KB of ~400): lens-translate.ts imports it for an English reader
    const lens = [...reach('entrypoints/content-lens.ts').files].map((f) => f.slice(ROOT.length + 1));
    expect(lens.filter((f) => f.startsWith('public/_locales/'))).toEqual(['public/_locales/zh_CN/messages.json']);
    const english = [...reach('entrypoints/content-lens-en.ts').files].map((f) => f.slice(ROOT.length + 1));
    expect(english.filter((f) => f.startsWith('public/_locales/'))).toEqual(['public/_locales/en/messages.json']);
    // and nothing of the lens comes with it: the texts, their type and the global's name
    expect(english.filter((f) => !f.startsWith('public/')).sort()).toEqual(['entrypoints/content-lens-en.ts', 'entrypoints/content/lens-global.ts']);
  });

  it('keep every key the lens code may ask for: each key named in its files, each key a template (textNote_${…}) may build', () => {
    const { files } = reach('entrypoints/content-lens.ts');
    const asked = new Set<string>();
    const keySet = new Set(keys);
    for (const file of files) {
      if (!/\.tsx?$/.test(file)) continue;
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/['"`]([A-Za-z][A-Za-z0-9_]*)['"`]/g)) if (keySet.has(m[1]!)) asked.add(m[1]!);
      // a key built at run time: a template's or a concatenation's literal start
      for (const m of source.matchAll(/`([A-Za-z][A-Za-z0-9_]*)\$\{|['"]([A-Za-z][A-Za-z0-9_]*)['"]\s*\+/g)) {
        const start = m[1] ?? m[2]!;
        for (const k of keys) if (k.startsWith(start)) asked.add(k);
      }
    }
    // the scan sees the panel's words, the findings' (textNote_, tableNote_, crossNote_, mapNote_) and the rules' names
    expect(asked.size).toBeGreaterThan(600);
    for (const prefix of ['textNote_', 'tableNote_', 'crossNote_', 'mapNote_', 'dashRule_']) expect([...asked].some((k) => k.startsWith(prefix))).toBe(true);
    for (const { lang, whole } of locales) {
      const table = lensTable(whole);
      expect([...asked].filter((k) => !(k in table)), lang).toEqual([]);
    }
    // and what it leaves is the dashboard's and the popup's: ~250 keys
    expect(keys.filter((k) => LENS_LEAVES.test(k)).length).toBeGreaterThan(200);
  });

  it('format each kept text as the whole file entry does', () => {
    const subs = ['«1»', '«2»', '«3»', '«4»', '«5»', '«6»', '«7»', '«8»', '«9»'];
    for (const { lang, whole } of locales) {
      const table = lensTable(whole);
      const differ = Object.keys(table).filter((k) => formatMessage(table[k], subs) !== formatMessage(whole[k], subs));
      expect(differ, lang).toEqual([]);
      expect(formatMessage(table.verdictProblems, ['3'])).toBe(formatMessage(whole.verdictProblems, ['3']));
      // formatMessage fills a whole entry through its lens form: only a placeholder's content may hold a $digit
      const ownDigit = Object.keys(whole).filter((k) => /\$\d/.test(whole[k]!.message.replace(/\$[A-Za-z0-9_@]+\$/g, '')));
      expect(ownDigit, lang).toEqual([]);
      expect(formatMessage(whole.verdictProblems, ['3'])).toMatch(/3/);
    }
  });
});
