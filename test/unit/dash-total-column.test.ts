// @vitest-environment node
/**
 * A — in table 三's 总计 column (rules/instances.ts noneMarkedTotal): in a row of — and 0 it is
 * that row's none, and the column's results total is checked with it as 0; an empty total cell,
 * or a — beside figures, is still a missing 合计 that leaves the column unchecked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const RIGHT = readFileSync(new URL('../fixtures/pages/dash-rowtotal-2024.html', import.meta.url));
const run = (edit: (html: string) => string) => {
  const a = analyzeDocument(parsePage(edit(decodeHtml(RIGHT).text)), { url: 'https://www.example.gov.cn/dash.html' });
  return a.findings.filter((f) => f.severity !== 'info' && f.rule.startsWith('t3.')).map((f) => `${f.rule}@${f.suspect ? `${f.suspect.row},${f.suspect.col}` : '-'}`).sort();
};
/** the 予以公开 row's 总计 cell written 30 (its row adds up to 31) */
const wrongGranted = (h: string) => h.replace('<td>1</td><td>3</td><td>31</td>', '<td>1</td><td>3</td><td>30</td>');
/** the 1.属于国家秘密 row's 总计 cell */
const SECRET_TOTAL = /(1\.属于国家秘密<\/td>(?:<td>—<\/td>){6})<td>—<\/td>/;

describe('a — total in a row of —', () => {
  it('the consistent page raises nothing', () => {
    expect(run((h) => h)).toEqual([]);
  });
  it('a wrong row total is pointed at by its row and its column', () => {
    expect(run(wrongGranted)).toEqual(['t3.results-total@5,9', 't3.row-total@5,9']);
  });
  it('an empty total cell is still a missing 合计: the column is not checked', () => {
    const html = (h: string) => wrongGranted(h).replace(SECRET_TOTAL, '$1<td></td>');
    expect(decodeHtml(RIGHT).text).toMatch(SECRET_TOTAL);
    expect(run(html)).toEqual(['t3.row-total@-']);
  });
  it('a — beside a figure is no none: the column is not checked', () => {
    const html = (h: string) => wrongGranted(h).replace(SECRET_TOTAL, (_m, head: string) => head.replace(/<td>—<\/td>/, '<td>1</td>') + '<td>—</td>');
    // the 自然人 column now adds up one more; the 总计 column is not checked
    expect(run(html).filter((f) => f.endsWith(',9'))).toEqual([]);
  });
});
