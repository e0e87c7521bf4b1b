// @vitest-environment node
/**
 * Table 四 as a 行政复议 small table and ONE 行政诉讼 table holding both suit groups in its rows
 * (find-tables.ts namesBothSuitGroups): read only when that table names both groups as the
 * template does; a 诉讼 tally that names them otherwise is no table 四.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const WRONG = decodeHtml(readFileSync(new URL('../fixtures/pages/t4-review-plus-suits-wrong-2022.html', import.meta.url))).text;
const run = (html: string) => analyzeDocument(parsePage(html), { url: 'https://www.example.gov.cn/t4.html' });
const t4Rules = (html: string) => run(html).findings.filter((f) => f.rule.startsWith('t4.')).map((f) => f.rule);

describe('a 复议 table, then one 诉讼 table with both groups', () => {
  it('is read as table 四: its wrong 总计 is flagged', () => {
    expect(t4Rules(WRONG)).toEqual(['t4.group-total']);
  });
  it('a 诉讼 table that does not name both groups is not table 四', () => {
    // split by court level instead: "一审" and "二审" rows
    const other = WRONG.replace(/未经复议<\/span><span[^>]*>直接起诉/, '一审案件</span><span>').replace(/>复议<\/span><span[^>]*>后起诉/, '>二审</span><span>案件');
    expect(parsePage(other).body.textContent).not.toMatch(/直接起诉|复议后起诉/);
    expect(t4Rules(other)).toEqual([]);
    expect(run(other).findings.map((f) => f.rule)).toContain('map.missing-table');
  });
});
