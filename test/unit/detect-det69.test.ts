// @vitest-environment node
/**
 * det69: a red team of det68's readings (test/fixtures/det69/, written by gen.mjs; EXPECT.json says what the lens should
 * say of each page, `url` its address where it matters, `main` what main gave where it differs), each page parsed once:
 *  n*: not the report — a 解读 and a news item under the report's title picture (yearless or not) quoting its period and
 *      figures (their lead "现就有关内容解读如下", "近日…发布": image-title.ts ABOUT_REPORT), 年报 listings whose pictures
 *      link "#", a gallery, notices about the report past a 目录 column: none; the column's "政府信息公开年报" entry
 *      (plain text in its menu's list) is no heading (candidates.ts menuItem);
 *  r*: reports in those layouts, a yearless picture linking "#" or past the 目录 column (or its opening led by "加强政策解读",
 *      "于每年1月31日前"), a heading past it: body and year;
 *  y*: last year's report republished under a yearless picture (dated two years later): none; with no date, or titled
 *      with its year: its own year;
 *  b*: a name by level: a footer naming a county and its 办公室 (one government), a report of "本机关" or of
 *      "县人民政府办公室" (untold), a 乡镇 page saying "本镇" and "本县" (the 镇's site's, else none; the opening's verb is
 *      "现公布", never "政务公开": body-in-text.ts NAMES_REPORT), "本县" on a county's page (the county).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { classify } from '../../lib/detect/candidates.ts';
import { collectLines } from '../../lib/detect/lines.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/det69/', import.meta.url);
interface Expected {
  isReport: boolean;
  year?: number | null;
  agency?: string | null;
  template?: string;
  url?: string;
  main?: Record<string, unknown>;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const doc = (name: string) => parsePage(decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text);
const named = (prefix: string) => Object.keys(EXPECT).filter((n) => n.startsWith(prefix));

describe('det69: near-misses of det68\'s readings and the reports in their layouts', () => {
  it('holds ≥16 pages, 7 of them read wrong on main', () => {
    expect({ n: named('n').length, r: named('r').length, y: named('y').length, b: named('b').length }).toEqual({ n: 11, r: 4, y: 3, b: 7 });
    expect(Object.keys(EXPECT).filter((n) => 'main' in EXPECT[n]!).sort()).toEqual(['b05-town-this-town-this-county', 'b06-town-site-this-town', 'n07-notice-column-banner-past-chrome', 'n08-interpretation-portal-title-figures', 'n09-news-cover-photo-figures', 'n11-news-cover-photo-year-figures', 'r02-report-yearless-picture-past-chrome-gbk']);
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      const d = detectReport(doc(name), e.url);
      if (!e.isReport) expect(d.isReport).toBe(false);
      else expect({ isReport: d.isReport, year: d.year, agency: d.agency, template: d.template }).toEqual({ isReport: true, year: e.year, agency: e.agency, template: e.template });
    });
  }

  it('takes no menu\'s "政府信息公开年报" entry for a heading, but a lone one still', () => {
    const menu = parsePage(`<html><body><ul><li onclick="a()"><span>政府信息公开指南</span></li><li onclick="b()"><span>政府信息公开年报</span></li><li onclick="c()"><span>依申请公开</span></li></ul></body></html>`);
    expect(classify(collectLines(menu.body!)).positive).toEqual([]);
    const lone = parsePage(`<html><body><div class="tit"><span>政府信息公开年报</span></div></body></html>`);
    expect(classify(collectLines(lone.body!)).positive.map((c) => c.text)).toEqual(['政府信息公开年报']);
  });
});
