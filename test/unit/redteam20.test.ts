// @vitest-environment node
/**
 * Red team 20 (test/fixtures/redteam20, written by gen.mjs): the applicant split in the prose
 * ("共新收政府信息公开申请62件，其中自然人申请56件，法人或其他组织申请6件") against table 三's row
 * 一、本年新收 column by column (lib/narrative/applicant-columns.ts): the split in its writing styles,
 * tables that make the comparison hard (a 小计 column, blank org columns, a broken 本年新收 row, a
 * 续表 right after 本年新收, after 上年结转 or under the header alone, reordered columns, the 2019
 * template), and prose traps that must stay silent (a part of the body's applicants, last year's,
 * 12345/信访, 复议, 办结, 人次, channels, an unconfirmed whole).
 * c pages are consistent: no error or warning may be raised. m pages carry one planted mistake on
 * the applicant split: the finding must quote the planted figure, or (a table cell the table rules
 * doubt, the prose right) the rules must name the cell and the prose must not be blamed.
 * KNOWN_MISS: planted mistakes the checker does not catch yet, each run as a test that must fail.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const KNOWN_MISS: Readonly<Record<string, string>> = {
  // (m10, the split as a table-like run of <p>s, is read since session gaps29: lib/narrative/paragraph-table.ts)
};
/** Pages whose checks may skip, and why (the others must read table 三 whole and skip nothing). */
const MAY_SKIP: Readonly<Record<string, string>> = {
  c13: 'zeros printed blank: a check on a blank cell is a skip',
  m13: 'zeros printed blank',
  c25: '全区（含各街道办事处）98: another scope than the tables, a skip that says why',
  m25: 'the same',
};

const { expected, pages, analyze } = redteamFolder('redteam20');

function check(name: string): void {
  const a = analyze(name);
  expectPage(name, a, expected[name]!, !!process.env.RT20_PROBE);
  // …and table 三 was read whole: a page silent only because its table went unread would pass
  for (const k of ['t3.new.total', 't3.new.natural', 't3.processed.total']) expect(a.figures[k], k).toBeTypeOf('number');
  if (!(name.slice(0, 3) in MAY_SKIP)) expect(a.checks.skipped).toBe(0);
}

describe('redteam20: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages.filter((p) => !(p in KNOWN_MISS)))('%s', check);
  const known = pages.filter((p) => p in KNOWN_MISS);
  if (known.length > 0) it.fails.each(known)('%s (known miss: catching it turns this red; take it off KNOWN_MISS)', check);
});

describe('redteam20: a cell of 本年新收 the table rules doubt, the prose right', () => {
  // m26 (自然人), m27 (商业企业): the table rules name the cell (expected.json); the part of the
  // split that fits the corrected value is said as an info (the table is wrong, not the text)
  it.each(pages.filter((p) => /^m2[67]-/.test(p)))('%s', (name) => {
    const a = analyze(name);
    const vs = a.findings.filter((f) => f.rule === 'text.vs-table');
    expect(vs.map((f) => f.severity)).toEqual(['info']);
    expect(vs[0]!.message).toContain('出错的更可能是表格');
  });
});
