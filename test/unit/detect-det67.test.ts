// @vitest-environment node
/**
 * det67: a report whose title is only an image's alt (test/fixtures/det67/, written by gen.mjs; EXPECT.json says what the
 * lens should say of each page, `main` what main gave where it differs):
 *  p*: the title a picture where the heading would stand — a CMS's title banner above the info line, Word's inline
 *      picture as the text's first paragraph, a 镇's picture right above the content block in a county CMS's layout
 *      table (GBK), "（2024年度）" in the picture's words: lib/detect/image-title.ts;
 *  n*: report-titled pictures that are not the page's title — a column's banner in the page's frame, a listing's
 *      thumbnails (linked, and beside their links), a news item's photograph of the report's cover, two title
 *      pictures, a picture with no year.
 * And the first look stays cheap: a page that does not look like a report has none of its alts read, and one that
 * does has only the pictures near its text's first line read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { titleImage } from '../../lib/detect/image-title.ts';
import { readPage } from '../../lib/detect/page-text.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/det67/', import.meta.url);
interface Expected {
  isReport: boolean;
  year?: number | null;
  agency?: string | null;
  template?: string;
  reason?: string;
  main?: Record<string, unknown>;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const text = (name: string) => decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text;
const doms = (html: string) => [parsePage(html), parseHTML(html).document as unknown as Document];

describe('det67: pages and what the detector gives', () => {
  it('holds pages titled by a picture and near-misses', () => {
    const names = Object.keys(EXPECT);
    expect(names.filter((n) => n.startsWith('p')).length).toBe(4);
    expect(names.filter((n) => n.startsWith('n')).length).toBe(6);
    expect(names.filter((n) => 'main' in EXPECT[n]!).length).toBe(4);
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      for (const doc of doms(text(name))) {
        const d = detectReport(doc);
        if (!e.isReport) {
          expect({ isReport: d.isReport, reason: e.reason === undefined ? undefined : d.reason }).toEqual({ isReport: false, reason: e.reason });
          continue;
        }
        expect({ isReport: d.isReport, year: d.year, agency: d.agency, template: d.template })
          .toEqual({ isReport: true, year: e.year, agency: e.agency, template: e.template });
        expect(d.title).toMatch(/年度报告/);
        expect(d.reason).toMatch(/^标题图片/);
        expect(firstLook(doc).maybe).toBe(true);
      }
    });
  }

  it('refuses each near-miss\'s picture itself, whatever the later stages would say', () => {
    for (const name of Object.keys(EXPECT).filter((n) => n.startsWith('n'))) {
      for (const doc of doms(text(name))) expect(titleImage(readPage(doc, doc.body!).lines), name).toBeNull();
    }
    for (const name of Object.keys(EXPECT).filter((n) => n.startsWith('p'))) {
      for (const doc of doms(text(name))) expect(titleImage(readPage(doc, doc.body!).lines)?.match.year, name).toBe(2024);
    }
  });
});

describe('det67: the first look reads no alt until the page looks like a report', () => {
  const TITLE = '青溪市交通运输局2024年政府信息公开工作年度报告';
  const thumbs = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/a${i}.html"><img src="/t${i}.png" alt="${TITLE}"></a></li>`).join('');
  /** counts the alts read on the page's <img>s (linkedom: each image's getAttribute wrapped) */
  function altsRead(html: string): { d: ReturnType<typeof detectReport>; reads: number } {
    const doc = parseHTML(html).document as unknown as Document;
    let reads = 0;
    for (const img of Array.from(doc.querySelectorAll('img'))) {
      const get = img.getAttribute.bind(img);
      img.getAttribute = (name: string) => {
        if (name === 'alt') reads++;
        return get(name);
      };
    }
    return { d: detectReport(doc), reads };
  }
  it('dismisses a news page of 300 report-titled thumbnails with no alt read', () => {
    const { d, reads } = altsRead(`<html><head><title>图片新闻_青溪市人民政府门户网站</title></head><body><div class="nav">首页 政务公开</div>
      <ul class="pics">${thumbs(300)}</ul><p>近日，市交通运输局召开会议，部署政务公开工作。</p></body></html>`);
    expect(d.isReport).toBe(false);
    expect(reads).toBe(0);
  });
  it('reads only the pictures near the text of a page that looks like a report', () => {
    const html = readFileSync(new URL('p01-title-banner-above-info.html', dir), 'utf8').replace('<div class="footer">', `<ul class="side-pics">${thumbs(300)}</ul><div class="footer">`);
    const { d, reads } = altsRead(html);
    expect({ isReport: d.isReport, year: d.year, agency: d.agency }).toEqual({ isReport: true, year: 2024, agency: '青溪市交通运输局' });
    expect(reads).toBeLessThanOrEqual(2);
  });
});
