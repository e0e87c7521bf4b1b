/**
 * What the red-team page tests (redteam17, 18, 19) share: a folder's pages with their
 * expected.json, the analysis of one page as the batch checker reads it, and the check that the
 * page's kind, year, template and errors and warnings are the expected ones (redteam-findings.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { findingKeys, type WantedPage } from './redteam-findings.ts';

export type RedteamPage = WantedPage & { year: number; template: string };

export function redteamFolder(folder: string) {
  const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
  const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, RedteamPage>;
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const analyze = (name: string): ReportAnalysis => {
    const doc = parsePage(decodeHtml(readFileSync(new URL(name, dir))).text);
    return analyzeDocument(doc, { url: `https://www.example.gov.cn/${name}` });
  };
  return { dir, expected, pages, analyze };
}

/** The page's kind, year, template and findings are the expected ones; `probe` prints every finding. */
export function expectPage(name: string, a: ReportAnalysis, want: RedteamPage, probe = false): void {
  if (probe) {
    for (const f of a.findings) console.log(name, f.severity, f.rule, JSON.stringify(f.suspect ?? null), f.quote ?? '', (f as { message?: string }).message?.slice(0, 160) ?? '');
  }
  expect(a.isReport).toBe(want.isReport);
  expect(a.year).toBe(want.year);
  expect(a.template).toBe(want.template);
  const { got, wanted } = findingKeys(a, want);
  expect(got).toEqual(wanted);
}
