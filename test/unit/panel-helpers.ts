/**
 * Shared by the panel's tests: the panel's text in either language (the locale files as the lens
 * carries them) and a fixture page analysed by the core as the lens analyses it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../../components/i18n.ts';
import { LOCALE_TABLES } from '../../components/locale-tables.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

export const zh = translator(LOCALE_TABLES.zh_CN);
export const en = translator(LOCALE_TABLES.en);

/** test/fixtures/pages/<name> through the core. */
export function analysed(name: string): ReportAnalysis {
  return analysedIn('pages', name);
}

/** test/fixtures/<dir>/<name> through the core. */
export function analysedIn(dir: string, name: string): ReportAnalysis {
  const bytes = readFileSync(join(process.cwd(), 'test/fixtures', dir, name));
  return analyzeDocument(parsePage(decodeHtml(bytes).text), { url: `https://example.gov.cn/${name}` });
}
