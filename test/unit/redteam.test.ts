// @vitest-environment node
/**
 * The red teams' portal pages (sessions 8, 10 and 11), written by gen.mjs and by hand, what is true
 * of each in EXPECT.md, and what the checker must say of each in expected.json: detection, year and
 * template, and the exact multiset of errors and warnings with their suspect cells.
 * - test/fixtures/redteam10: 61 pages (3 more are in test/fixtures/pages); 42 consistent (nothing
 *   may be raised), 16 with one documented mistake, 3 not reports.
 * - test/fixtures/redteam10b: 81 pages; prose-heavy reports, pre-2019 reports, nine look-alikes
 *   that are not reports, table variants; 10 with documented mistakes, all flagged but one (see
 *   EXPECT.md: a pre-2019 list short of its whole; page 33's wrong share is flagged, its list not).
 *   Table 三 on its side (17), table 四 as three small tables (20) and table 三 as a
 *   <div role=table> grid (29) are read; a wrong 个百分点 or 倍 is flagged since session 11.
 * - test/fixtures/redteam8: 42 pages of the session-8 red team (13 more are in test/fixtures/pages)
 *   (2019 template, Chongqing portals); its EXPECT.md says how their results were confirmed.
 * - test/fixtures/redteam11: 101 pages from nine other provinces' portals, 2024/2025 reports and big
 *   bodies (gen.mjs, EXPECT.md); expected.json is the truth. The pages in KNOWN_WRONG are not yet
 *   read right: each runs as a test that must fail, so that fixing one turns it red until it is
 *   taken off the list.
 * - test/fixtures/redteam12: 132 pages aimed at recall and the suspect cell: 70 with one planted
 *   mistake, 14 with two, 48 consistent (gen.mjs computes the truth and finds each planted cell;
 *   EXPECT.md gives recall and suspect accuracy).
 * - test/fixtures/redteam13: 100 pages whose prose is the point: 50 consistent (every claim computed
 *   from the tables by gen.mjs, among precision probes that claim nothing on table 三) and their 50
 *   twins with one planted prose mistake; a planted finding must quote the planted figure.
 * - test/fixtures/redteam14: 68 pages, table 四 and table 二 restated in prose and the small bodies:
 *   34 consistent (among precision probes on other figures) and their 34 twins with one planted
 *   mistake (a figure typed wrong, or a zero or one claim over a table that says otherwise).
 * - test/fixtures/redteam15: 72 pages of the reports before 2019, prose only (no tables): 34
 *   consistent (the text's own sums, shares, year-on-year and products true, among precision probes)
 *   and their 34 twins with one planted figure, plus 4 look-alikes that are not reports.
 * Kept apart from test/fixtures/pages so that the property tests over every fixture (perturb,
 * invariance) do not multiply by 589 more pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { findingKeys, type WantedPage as Want } from './redteam-findings.ts';

/** Pages whose result is known to differ from the truth, and why (see the team's EXPECT.md). */
const KNOWN_WRONG: Readonly<Record<string, string>> = {
  // redteam8–15: none; every page says what is true of it
};

for (const team of ['redteam8', 'redteam10', 'redteam10b', 'redteam11', 'redteam12', 'redteam13', 'redteam14', 'redteam15']) {
  const dir = new URL(`../fixtures/${team}/`, import.meta.url);
  const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, Want>;
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

  describe(`${team}: every page says what is true of it`, () => {
    it('every page has its expectation, and every expectation a page', () => {
      expect(Object.keys(expected).sort()).toEqual(pages);
    });
    const check = (name: string): void => {
      const want = expected[name]!;
      const doc = parsePage(decodeHtml(readFileSync(new URL(name, dir))).text);
      const a = analyzeDocument(doc, { url: `https://www.example.gov.cn/${name}` });
      expect(a.isReport).toBe(want.isReport);
      if (!want.isReport) return;
      if (want.year !== undefined) expect(a.year).toBe(want.year);
      if (want.template !== undefined) expect(a.template).toBe(want.template);
      const { got, wanted } = findingKeys(a, want);
      expect(got).toEqual(wanted);
    };
    it.each(pages.filter((p) => !(p in KNOWN_WRONG)))('%s', check);
    const known = pages.filter((p) => p in KNOWN_WRONG);
    if (known.length > 0) it.fails.each(known)('%s (known wrong: fixing it turns this red; take it off KNOWN_WRONG)', check);
  });
}
