// @vitest-environment node
/**
 * The session-10 red teams' portal pages, written by gen.mjs and by hand, what is true of each in
 * EXPECT.md, and what the checker must say of each in expected.json: detection, year and template,
 * and the exact multiset of errors and warnings with their suspect cells.
 * - test/fixtures/redteam10: 64 pages; 45 consistent (nothing may be raised), 16 with one
 *   documented mistake, 3 not reports.
 * - test/fixtures/redteam10b: 81 pages; prose-heavy reports, pre-2019 reports, nine look-alikes
 *   that are not reports, table variants; 10 with documented mistakes, all flagged but one (see
 *   EXPECT.md: a pre-2019 list short of its whole; page 33's wrong share is flagged, its list not).
 *   Table 三 on its side (17), table 四 as three small tables (20) and table 三 as a
 *   <div role=table> grid (29) are read; a wrong 个百分点 or 倍 is flagged since session 11.
 * - test/fixtures/redteam8: 42 pages of the session-8 red team (13 more are in test/fixtures/pages)
 *   (2019 template, Chongqing portals); its EXPECT.md says how their results were confirmed.
 * Kept apart from test/fixtures/pages so that the property tests over every fixture (perturb,
 * invariance) do not multiply by 145 more pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { CellRef } from '../../lib/types.ts';

interface Want {
  isReport: boolean;
  year?: number | null;
  template?: string | null;
  findings: { rule: string; severity: string; suspect?: CellRef }[];
}

const key = (f: { rule: string; severity: string; suspect?: CellRef | null }): string =>
  `${f.rule}/${f.severity}${f.suspect ? `@${f.suspect.table},${f.suspect.row},${f.suspect.col}` : ''}`;

for (const team of ['redteam8', 'redteam10', 'redteam10b']) {
  const dir = new URL(`../fixtures/${team}/`, import.meta.url);
  const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, Want>;
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

  describe(`${team}: every page says what is true of it`, () => {
    it('every page has its expectation, and every expectation a page', () => {
      expect(Object.keys(expected).sort()).toEqual(pages);
    });
    it.each(pages)('%s', (name) => {
      const want = expected[name]!;
      const doc = parsePage(decodeHtml(readFileSync(new URL(name, dir))).text);
      const a = analyzeDocument(doc, { url: `https://www.example.gov.cn/${name}` });
      expect(a.isReport).toBe(want.isReport);
      if (!want.isReport) return;
      if (want.year !== undefined) expect(a.year).toBe(want.year);
      if (want.template !== undefined) expect(a.template).toBe(want.template);
      const got = a.findings
        .filter((f) => f.severity !== 'info')
        .map((f) => key({ ...f, suspect: want.findings.some((w) => w.rule === f.rule && w.suspect) ? f.suspect : null }));
      expect(got.sort()).toEqual(want.findings.map(key).sort());
    });
  });
}
