// @vitest-environment node
/**
 * det68: what det65 and det67 left of detection (test/fixtures/det68/, written by gen.mjs; EXPECT.json says what the
 * lens should say of each page, `url` its address where it matters, `main` what main gave where it differs):
 *  y*: a title picture naming its body but no year — the text's period or whole-year span gives it, the page dated the
 *      next year (lib/detect/image-title.ts sureTextYear); no year in the text, a period a year stale, a picture naming
 *      neither body nor year: none;
 *  k*: a title picture inside a link — to its own file ("点击查看大图") or to the page itself: the title; to another page
 *      or to the report's PDF: none (image-title.ts linksItself);
 *  c*: a 镇's report on a county CMS whose layout table holds the whole page (det67's p03: the container is the table's
 *      cell, the crumb in it): the text's body, read though every line is "in a table" (lines.ts inOwnTable), never the
 *      crumb's other town; "现公布本镇…" names a 镇, never the county whose portal it is (title.ts GENERIC);
 *  f*: a county's report naming itself by its level alone ("现公布县人民政府…", a 落款 "县人民政府"), no SiteName, a <title>
 *      of the report's: the one government of that level the footer's 主办单位 names (town-county.ts footerGovernments);
 *      "本机关", a city's footer, two counties' in one footer: none;
 *  h*: a report whose text starts past 2,000 characters of the page's chrome in plain text (a county CMS's 信息公开目录
 *      and departments, onclick, not links), its title a heading or a picture: the first look goes further where it
 *      read no paragraph yet (detect-report.ts FURTHER_LOOK); a news item there is dismissed; a page whose own text
 *      has started is not read further.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { titleImage } from '../../lib/detect/image-title.ts';
import { readPage } from '../../lib/detect/page-text.ts';
import { collectLines } from '../../lib/detect/lines.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/det68/', import.meta.url);
interface Expected {
  isReport: boolean;
  year?: number | null;
  agency?: string | null;
  template?: string;
  reason?: string;
  url?: string;
  main?: Record<string, unknown>;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const text = (name: string) => decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text;
const doms = (html: string) => [parsePage(html), parseHTML(html).document as unknown as Document];
const named = (prefix: string) => Object.keys(EXPECT).filter((n) => n.startsWith(prefix));

describe('det68: pages and what the detector gives', () => {
  it('holds pages where each change fires and near-misses where it must not', () => {
    expect({ y: named('y').length, k: named('k').length, c: named('c').length, f: named('f').length, h: named('h').length }).toEqual({ y: 5, k: 4, c: 5, f: 5, h: 3 });
    expect(Object.keys(EXPECT).filter((n) => 'main' in EXPECT[n]!).length).toBe(12);
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      for (const doc of doms(text(name))) {
        const d = detectReport(doc, e.url);
        if (!e.isReport) {
          expect({ isReport: d.isReport, reason: e.reason === undefined ? undefined : d.reason }).toEqual({ isReport: false, reason: e.reason });
          continue;
        }
        expect({ isReport: d.isReport, year: d.year, agency: d.agency, template: d.template })
          .toEqual({ isReport: true, year: e.year, agency: e.agency, template: e.template });
        expect(d.reason).toMatch(name.startsWith('f') ? /^标题含/ : name.startsWith('c05') || name.startsWith('h01') ? /^正文标题/ : /^标题图片/);
      }
    });
  }

  it('takes each picture as the title itself, its year the sure one, and refuses each near-miss\'s', () => {
    for (const name of [...named('y'), ...named('k')]) {
      const e = EXPECT[name]!;
      for (const doc of doms(text(name))) {
        const found = titleImage(readPage(doc, doc.body!).lines, e.url);
        expect(found?.match.year ?? null, name).toBe(e.isReport ? e.year : null);
      }
    }
  });

  it('takes a picture linked to its page only where the page\'s address is that link\'s', () => {
    const doc = parsePage(text('k02-picture-link-to-page-itself'));
    expect(detectReport(doc).isReport).toBe(false);
    expect(detectReport(doc, 'https://www.qingxi.gov.cn/art/2025/1/20/art_1229_556677.html#zoom').isReport).toBe(true);
    expect(detectReport(doc, 'https://www.qingxi.gov.cn/art/2025/1/20/art_1229_556678.html').isReport).toBe(false);
    expect(detectReport(doc, 'https://www.qingxi.gov.cn/art/2025/1/20/art_1229_556677.html?page=2').isReport).toBe(false);
  });

  it('goes further only where the first 2,000 characters held no paragraph', () => {
    const walked = (html: string) => {
      const doc = parsePage(html);
      const w = { cut: false, paragraphs: 0 };
      collectLines(doc.body!, { maxChars: 2000, maxNodes: 600 }, w);
      return w;
    };
    expect(walked(text('h01-heading-past-chrome'))).toEqual({ cut: true, paragraphs: 0 });
    // a news page's own text within its first 2,000 characters, then the same report: its paragraphs were read, no further look
    const news = `<html><head><title>新闻_云岭县人民政府门户网站</title></head><body><div class="article"><h1>县统计局开展统计执法检查</h1>
      ${'<p>近日，县统计局组织开展统计执法检查，对辖区内重点企业的统计数据质量进行了核查，督促企业依法如实报送统计资料。</p>'.repeat(40)}</div>
      <h2>云岭县统计局2024年政府信息公开工作年度报告</h2><p>本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。</p></body></html>`;
    expect(walked(news)).toMatchObject({ cut: true });
    expect(walked(news).paragraphs).toBeGreaterThan(0);
    expect(detectReport(parsePage(news)).isReport).toBe(false);
  });
});
