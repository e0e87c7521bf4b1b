/**
 * The loop bench/instructions.mjs counts under valgrind (perf48's method, docs/perf.md "Session 46 (perf48…)"): N
 * analyses of one fixture page, parsed once. `full` is analyzeDocument; `tables` the tables' stage alone (detect, grid,
 * map, rules); `detect` the detector alone; `none` the page's parse only. Argv: page name, N, mode.
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../lib/analyze.ts';
import { analyzeTables } from '../lib/analyze-tables.ts';
import { detectPage } from '../lib/detect/detect-report.ts';
import { decodeHtml, fileUrl, parsePage } from '../cli/load-page.ts';

const [page = 'fengze-2019', count = '30', mode = 'full'] = process.argv.slice(2);
const path = `${process.env.NIANBAO_ROOT ?? '.'}/test/fixtures/pages/${page}.html`;
const doc = parsePage(decodeHtml(readFileSync(path)).text);
const url = fileUrl(path);
let sink = 0;
for (let i = 0; i < Number(count); i++) {
  if (mode === 'full') sink += analyzeDocument(doc, { url }).findings.length;
  else if (mode === 'tables') sink += analyzeTables(doc, { url }).analysis.findings.length;
  else if (mode === 'detect') sink += detectPage(doc, url).detection.isReport ? 1 : 0;
}
console.log(`${page} ${mode} ×${count}: ${sink}`);
