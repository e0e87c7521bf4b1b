/**
 * The findings' words over every fixture page kept as HTML (test/fixtures/pages, the red teams' folders, tabs59,
 * detect60), each page analysed once for both checks (session 53: the two checks were two files, each analysing the
 * same ~2,000 pages, ~18 s of a CI run each):
 * - the tables' findings (lib/rules/note-words.ts, session 51): each worded through the locale files
 *   (components/table-finding-words.ts), the Chinese locale exactly as the core says it, the English with no Han
 *   character but the page's own labels;
 * - the text's findings (en61b): the share the English panel words from their notes with no Han character but the
 *   page's words in quotes (≥ 90%: 506 of 509 when written), and every noted one the core's message in Chinese, to
 *   the character.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingWords } from '../../components/finding-words.tsx';
import { tableFindingWords } from '../../components/table-finding-words.ts';
import { flatArgs } from '../../lib/rules/note-words.ts';
import { renderTextNote } from '../../lib/narrative/note-words.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { Finding } from '../../lib/types.ts';
import { en, zh } from './panel-helpers.ts';
import { englishClean } from './text-note-helpers.ts';
import { HAN, outsideLabels } from './table-words-helpers.ts';

/** Every fixture page kept as HTML, in its folder's order (a red team's pages in subfolders too). */
function fixturePages(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.html?$/.test(f)) out.push(p);
    }
  };
  walk('test/fixtures/pages');
  for (const d of readdirSync('test/fixtures').sort()) if (/^(?:redteam|tabs59|detect60)/.test(d) && statSync(join('test/fixtures', d)).isDirectory()) walk(join('test/fixtures', d));
  return out;
}

let analysed: { path: string; findings: Finding[] }[] | null = null;
/** Every page's findings, analysed once for the two tests below. */
function findings(): { path: string; findings: Finding[] }[] {
  analysed ??= fixturePages().map((path) => ({
    path,
    findings: analyzeDocument(parsePage(decodeHtml(readFileSync(path)).text), { url: `https://www.example.gov.cn/${path.split('/').pop()}` }).findings,
  }));
  return analysed;
}

const TABLE_RULE = /^(?:t[234]|table)\./;

describe('over the fixture pages', () => {
  it('every finding of the tables\' rules is worded: Chinese as the core, English with no Han outside the page\'s labels', () => {
    let all = 0;
    let worded = 0;
    const miss: string[] = [];
    for (const { path, findings: found } of findings()) {
      for (const f of found) {
        if (!TABLE_RULE.test(f.rule)) continue;
        all++;
        const said = tableFindingWords(en, f);
        if (said === null || tableFindingWords(zh, f) !== f.message || HAN.test(outsideLabels(said, flatArgs(f.note!.args) ?? []))) {
          miss.push(`${path}: ${f.message}`);
          continue;
        }
        worded++;
      }
    }
    console.log(`table findings worded in English over ${findings().length} fixture pages: ${worded}/${all}`);
    expect(miss).toEqual([]);
    expect(all).toBeGreaterThan(700);
  }, 600_000);

  it('the text findings worded in English with no Han but the page\'s words: ≥ 90%, and each the core\'s words in Chinese', () => {
    const found = findings().flatMap((p) => p.findings.filter((f) => f.rule.startsWith('text.')));
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
  }, 600_000);
});
