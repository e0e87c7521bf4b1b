// @vitest-environment node
/**
 * Session det60's red team of detection: 79 self-written pages in the shells of 2025–2026 信息公开
 * column pages (test/fixtures/detect60/, written by gen.mjs from reports.mjs, others.mjs, round2.mjs and
 * round3.mjs; what each must give in EXPECT.json). 52 reports: bodies at every level (省厅, 市局, 区政府办,
 * 街道, 镇, 乡, 开发区管委会, 派出机构, a school, a hospital, a public enterprise, joint bodies, 矿市街道),
 * the year in the title only, in the text only or both at odds, the body only in the info box or the
 * 落款, both templates, a 印发 notice wrapping a report, a page holding only the report's file. 26 pages
 * that are not reports: 年报 notices attaching the format's blank tables, 解读, listings (one with each
 * report's summary), a search page, 工作要点, assessment results, 法治政府建设 reports, a 统计公报, a 政务公开
 * summary, news, a data-check 通报, summary tables of every body's figures, a 高校's report. The page
 * holding the report's file under a column's <title> (n20) went either way; since det61 it is the
 * report in its file, told by its heading.
 * On the code before det60: 10 non-reports taken for reports, 2 wrong years, 5 wrong bodies, 3 bodies
 * missed; after: none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';

const dir = new URL('../fixtures/detect60/', import.meta.url);
interface Expected {
  isReport: boolean;
  year: number | null;
  agency: string | string[] | null;
  template: string | null;
  /** a body the detector may miss (null), never name wrongly */
  missOk?: true;
  attachment?: true;
  /** a page the detector may take for the report in its file, or not */
  maybe?: true;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const load = (name: string) => parseHTML(readFileSync(new URL(`${name}.html`, dir), 'utf8')).document as unknown as Document;

describe('det60: 2025–2026 portal pages, reports and not', () => {
  it('holds at least 50 pages, both kinds', () => {
    const all = Object.values(EXPECT);
    expect(all.length).toBeGreaterThanOrEqual(50);
    expect(all.filter((e) => e.isReport).length).toBeGreaterThan(30);
    expect(all.filter((e) => !e.isReport).length).toBeGreaterThan(15);
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      const d = detectReport(load(name));
      if (e.maybe) {
        // either way, never a wrong year or body
        if (d.isReport) expect(d.year).toBe(e.year);
        return;
      }
      expect(d.isReport).toBe(e.isReport);
      if (!e.isReport) return;
      expect(d.year).toBe(e.year);
      expect(d.template).toBe(e.template);
      if (e.missOk && d.agency === null) {
        // a miss, allowed; a wrong body is not
      } else if (Array.isArray(e.agency)) {
        expect(e.agency).toContain(d.agency);
      } else {
        expect(d.agency).toBe(e.agency);
      }
      if (e.attachment) expect(d.attachment).toBeDefined();
      // the content script's first look lets every report through
      expect(firstLook(load(name))).toEqual({ maybe: true, reason: '' });
    });
  }
});
