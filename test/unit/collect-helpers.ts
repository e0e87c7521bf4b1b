/**
 * Shared by the collection tests: the two years of one body's report (test/e2e/pages/collect-*.html,
 * the pages the e2e tests visit) analysed by the core, and variations of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import type { SaveInput } from '../../lib/collect/record.ts';

const cache = new Map<string, ReportAnalysis>();

export const PAGE_URL = {
  2020: 'https://www.yunxi.gov.cn/zwgk/ndbg/2021/t20210122_1001.html',
  2021: 'https://www.yunxi.gov.cn/zwgk/ndbg/2022/t20220120_2002.html',
} as const;

/** The core's analysis of collect-<year>.html (parsed once per test file). */
export function analysed(year: 2020 | 2021): ReportAnalysis {
  let r = cache.get(String(year));
  if (!r) {
    const bytes = readFileSync(join(process.cwd(), 'test/e2e/pages', `collect-${year}.html`));
    r = analyzeDocument(parsePage(decodeHtml(bytes).text), { url: PAGE_URL[year] });
    cache.set(String(year), r);
  }
  return structuredClone(r);
}

/** A save of that page, optionally with figures changed and from another URL/site. */
export function saveInput(
  year: 2020 | 2021,
  opts: { figures?: Record<string, number | null>; url?: string; agency?: string | null; at?: string } = {},
): SaveInput {
  const report = analysed(year);
  if (opts.figures) report.figures = { ...report.figures, ...opts.figures };
  if (opts.agency !== undefined) report.agency = opts.agency;
  const url = opts.url ?? PAGE_URL[year];
  return { url, title: report.title, site: new URL(url).hostname, report, at: opts.at };
}
