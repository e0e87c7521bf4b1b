// @vitest-environment node
/**
 * Red team 19 (test/fixtures/redteam19, written by gen.mjs): tables beyond the four. Tables and
 * figure blocks beside tables 一–四 (依申请公开 by department or town, 主动公开 by category or
 * channel, a 政府网站工作年度报表 fragment, applications by month, a 本年 vs 上年 comparison, a list of
 * 复议/诉讼 cases, a list of 政策解读), captioned like a standard table or standing between table 三
 * and its 续表, with prose restating them: none may be taken for tables 一–四, merged into them, or
 * have its prose compared with the wrong table. And red team 18's leftovers (a row broken over a
 * page with its label broken too, a row broken into the 续表, a cell holding only a struck-out
 * figure). c pages are consistent: no error or warning may be raised. m pages carry one planted
 * mistake in tables 一–四 or their prose: the rule must fire on the planted cell (suspect) or quote
 * the planted figure; nothing else may be raised. x16: a wrong 合计 in an extra table only, not
 * flagged (EXPECT.md).
 * KNOWN_MISS: planted mistakes the checker does not catch yet, each run as a test that must fail.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const KNOWN_MISS: Readonly<Record<string, string>> = {
  // false flags and misses when the pages were written (EXPECT.md); each fix takes its pages off
};

const { expected, pages, analyze } = redteamFolder('redteam19');


function check(name: string): void {
  const a = analyze(name);
  expectPage(name, a, expected[name]!, !!process.env.RT19_PROBE);
  // …and tables 三 and 四 were read whole: a c page raising nothing only because they went unread
  // (an extra table taken for one, or a 续表 lost behind one) would pass the lines above
  if (process.env.RT19_PROBE) console.log(name, JSON.stringify(a.checks), ['t3.new.total', 't3.processed.total', 't3.carriedForward.total', 't4.review.total'].map((k) => a.figures[k]));
  for (const k of ['t3.new.total', 't3.processed.total', 't3.carriedForward.total', 't4.review.total']) expect(a.figures[k], k).toBeTypeOf('number');
  expect(a.checks.skipped).toBe(0);
  // …and no extra table was merged into them: the standard tables here are whole and plain, so a
  // note on an unread row or column of theirs is an extra table's (shown to the user as 表二's)
  expect(a.findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message)).toEqual([]);
}

describe('redteam19: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages.filter((p) => !(p in KNOWN_MISS)))('%s', check);
  const known = pages.filter((p) => p in KNOWN_MISS);
  if (known.length > 0) it.fails.each(known)('%s (known miss: catching it turns this red; take it off KNOWN_MISS)', check);
});


