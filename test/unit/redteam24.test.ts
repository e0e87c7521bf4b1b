// @vitest-environment node
/**
 * Red team 24 (test/fixtures/redteam24, written by gen.mjs with kit24.mjs): tables 二, 三 and 四 as
 * publishing pipelines write them, in markup earlier red teams did not cover: Excel 另存为网页
 * (x:num, <col> widths, a hidden helper column, "12.00", "1,234", "-0", &nbsp;), UEditor and
 * KindEditor (<th> everywhere, <thead>, a <tfoot> written before <tbody>, <caption>, tables inside
 * <p>, in quirks mode too), table 三 in two cells of a layout table or with a <caption>续表</caption>,
 * labels cut into runs, spans that run one row or one column too far or too short, zeros merged
 * down a column or over a block, rows short of cells, 备注 and empty columns, title rows inside the
 * table, rowspan=0 over several tbodies, the 2019 template's three columns with 小计 rows, table 四
 * as a 复议 and a 诉讼 table or with its header or label column one span off, table 二 in four small
 * tables or with a 计量单位 column or 收费 in 元, a 汇总 and a 本级 table 三, DataTables' clones, a
 * phone card list beside the table, a pdf2htmlEX page.
 * c pages are consistent: no error or warning may be raised, and tables 三 and 四 must be read (a
 * page silent only because a table went unread would pass); the pdf2htmlEX page has no table and
 * must say tables 三 and 四 were not found. m pages carry one planted mistake, caught on its cell.
 * KNOWN_MISS: pages the checker does not read right yet, each run as a test that must fail.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const KNOWN_MISS: Readonly<Record<string, string>> = {};

/** Pages with no table to read (pdf2htmlEX's text boxes): the checker must say so, never flag. */
const NO_TABLES = new Set(['c20-hn-cd-2024-pdf2htmlex.html']);

/**
 * Consistent pages whose tables are read in part by design, and why; every other c page must be
 * read whole: no check skipped and no map note (a page silent only because some rows went unread
 * would pass the findings alone).
 */
const READ_IN_PART: Readonly<Record<string, string>> = {
  'c01-gd-sz-ft-2024-excel-web-xnum-hidden-col.html': 'zeros shown as &nbsp; are blanks (table.blanks-as-zero), two checks over blank totals skipped',
  'c13-hn-yy-2024-rows-short-of-cells.html': 'a row written as its label alone is unknown, not zero',
  'c14-sd-wf-2022-remarks-column.html': 'the 备注 column is said (map.unmapped), as table 四\'s added columns are',
  'c25-hn-hy-2021-trailing-empty-column.html': 'zeros shown as <br> are blanks, two checks over blank totals skipped',
  'c46-fj-sm-2022-t4-row-one-cell-short.html': 'a cell left out is unknown, not zero: the group total it would hold is skipped',
};

const { expected, pages, analyze } = redteamFolder('redteam24');

function check(name: string): void {
  const a = analyze(name);
  expectPage(name, a, expected[name]!, !!process.env.RT24_PROBE);
  if (NO_TABLES.has(name)) {
    const missing = a.findings.filter((f) => f.rule === 'map.missing-table').map((f) => f.message);
    for (const t of ['表三', '表四']) expect(missing.some((m) => m.includes(`未找到${t}`)), t).toBe(true);
    return;
  }
  for (const k of ['t3.new.total', 't3.processed.total', 't4.review.total']) expect(a.figures[k], k).toBeTypeOf('number');
  if (name.startsWith('c') && !(name in READ_IN_PART)) {
    expect(a.checks.skipped, 'checks skipped').toBe(0);
    expect(a.findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message)).toEqual([]);
  }
}

describe('redteam24: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages.filter((p) => !(p in KNOWN_MISS)))('%s', check);
  const known = pages.filter((p) => p in KNOWN_MISS);
  if (known.length > 0) it.fails.each(known)('%s (known miss: catching it turns this red; take it off KNOWN_MISS)', check);
});
