/**
 * en61b: over the fixture pages (test/fixtures/pages, the redteam folders, tabs59, detect60), the share of the text's
 * findings the English panel words from their notes with no Han character but the page's words in quotes (≥ 90%: 506
 * of 509 when written), and every noted one the core's message in Chinese, to the character. A whole-fixture test
 * (vitest.config.ts PROPERTY): ~70 s alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingWords } from '../../components/finding-words.tsx';
import { translator } from '../../components/i18n.ts';
import { LOCALE_TABLES } from '../../components/locale-tables.ts';
import { renderTextNote } from '../../lib/narrative/note-words.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { Finding } from '../../lib/types.ts';
import { englishClean } from './text-note-helpers.ts';

const zh = translator(LOCALE_TABLES.zh_CN);
const en = translator(LOCALE_TABLES.en);

function pages(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.html?$/.test(f)) out.push(p);
    }
  };
  walk('test/fixtures/pages');
  for (const d of readdirSync('test/fixtures')) if (/^(?:redteam|tabs59|detect60)/.test(d) && statSync(join('test/fixtures', d)).isDirectory()) walk(join('test/fixtures', d));
  return out;
}

describe('over the fixture pages', () => {
  it('the text findings worded in English with no Han but the page\'s words: ≥ 90%, and each the core\'s words in Chinese', () => {
    const found: Finding[] = [];
    for (const p of pages()) {
      const report = analyzeDocument(parsePage(decodeHtml(readFileSync(p)).text), { url: `https://www.example.gov.cn/${p.split('/').pop()}` });
      found.push(...report.findings.filter((f) => f.rule.startsWith('text.')));
    }
    let clean = 0;
    for (const f of found) {
      if (!f.note) continue;
      expect(renderTextNote(f.note)).toBe(f.message);
      expect(findingWords(zh, f)).toEqual({ text: f.message, lang: undefined });
      const w = findingWords(en, f);
      expect(w.lang).toBeUndefined();
      if (englishClean(w.text, f.note)) clean++;
    }
    console.log(`text findings worded in English: ${clean}/${found.length}`);
    expect(found.length).toBeGreaterThan(400);
    expect(clean / found.length).toBeGreaterThanOrEqual(0.9);
  }, 900_000);
});
