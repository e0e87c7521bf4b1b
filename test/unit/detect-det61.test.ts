// @vitest-environment node
/**
 * det61 (test/fixtures/det61/, written by gen.mjs; what each gives in EXPECT.json):
 *  a*: the report's file under a column's <title> ("政府信息公开年报-甘谷县人民政府") or the site's, its
 *      page heading naming it — an h1 (GBK, traditional characters, broken by <br>) or a title class's
 *      paragraph over a PDF viewer. On main all four were "标题是年度报告，但页面上没有报告正文" and the
 *      first look turned them away; now the report, in its file. Not one report in its file: three
 *      years' headings with their files, a news heading, last year's file under this year's heading, a
 *      heading that is a link.
 *  b*: towns on a city's portal whose name and title leave the county out: the county the page tells
 *      (breadcrumb as chrome or as an old CMS's cell, 发布机构, 来源, the site's name, the footer's
 *      主办单位) is the detection's agencyRegion; none where nothing certain tells it (the city's
 *      footer alone, two counties, another town's breadcrumb, a 开发区) or the name has it. b10's
 *      华亭市 (crumb and footer on 天水市's portal) is a 县级市 since det62 (test/unit/detect-det62.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { countyOfTown, townOf } from '../../lib/detect/town-county.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { parseHTML } from 'linkedom';
import { collectLines, NO_BUDGET } from '../../lib/detect/lines.ts';
import * as OpenCC from 'opencc-js';

const dir = new URL('../fixtures/det61/', import.meta.url);
interface Expected {
  isReport: boolean;
  year?: number;
  agency?: string;
  /** the attached file's kind, on a page that is the report in its file */
  attachment?: string;
  /** the county told (null: none) */
  agencyRegion?: string | null;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const text = (name: string) => decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text;
const URLS = [undefined, 'https://www.tianshui.gov.cn/art/2025/1/20/art_6101_1.html', 'https://www.tianshui.gov.cn/gangu/zfxxgk/ndbg/t1.html'];

describe('det61: pages and what the detector gives', () => {
  it('holds the pages of both tasks, each kind', () => {
    const names = Object.keys(EXPECT);
    expect(names.filter((n) => n.startsWith('a') && EXPECT[n]!.isReport)).toHaveLength(4);
    expect(names.filter((n) => n.startsWith('a') && !EXPECT[n]!.isReport)).toHaveLength(4);
    // b10 (a 县级市's crumb and footer on the prefecture's portal) gives 华亭市 since det62
    expect(names.filter((n) => n.startsWith('b') && EXPECT[n]!.agencyRegion)).toHaveLength(7);
    expect(names.filter((n) => n.startsWith('b') && EXPECT[n]!.agencyRegion === null)).toHaveLength(5);
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      for (const url of URLS) {
        // the CLI's light DOM and linkedom, which the extension's tests use
        for (const doc of [parsePage(text(name)), parseHTML(text(name)).document as unknown as Document]) {
          const d = detectReport(doc, url);
          expect({ url, isReport: d.isReport }).toEqual({ url, isReport: e.isReport });
          if (!e.isReport) {
            expect(d.attachment).toBeUndefined();
            continue;
          }
          expect({ year: d.year, agency: d.agency }).toEqual({ year: e.year, agency: e.agency });
          expect(d.attachment?.kind).toBe(e.attachment);
          // det64: an address spelling one county's pinyin ("/gangu/") breaks b08's tie of 甘谷县 (crumb) and 秦安县 (来源)
          expect(d.agencyRegion ?? null).toBe(name === 'b08-two-counties-2024' && url === URLS[2] ? '甘谷县' : e.agencyRegion ?? null);
          // the content script's first look lets every report through
          expect(firstLook(doc)).toEqual({ maybe: true, reason: '' });
        }
      }
    });
  }

  it('the analysis carries the county, and says the report of a page with only its file is in that file', () => {
    const b01 = analyzeDocument(parsePage(text('b01-gangu-crumb-2023')), { url: URLS[1] });
    expect(b01.agencyRegion).toBe('甘谷县');
    const b07 = analyzeDocument(parsePage(text('b07-city-only-2024')), { url: URLS[1] });
    expect('agencyRegion' in b07).toBe(false);
    const a01 = analyzeDocument(parsePage(text('a01-column-title-h1-gbk')), { url: URLS[1] });
    expect(a01.isReport).toBe(true);
    expect(a01.attachment).toMatchObject({ kind: 'Word', name: '甘谷县教育局2024年政府信息公开工作年度报告.docx' });
    expect(a01.reason).not.toBe('标题是年度报告，但页面上没有报告正文');
  });
});

describe('det61: the first look and the detector over a column page', () => {
  const shell = (title: string, body: string) => parsePage(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);
  const file = '<p>附件：<a href="/u/a.pdf">某县教育局2024年政府信息公开工作年度报告.pdf</a></p>';

  it('lets the page through by its heading, where the heading is the page\'s own and holds no link', () => {
    for (const heading of ['<h1>某县教育局2024年政府信息公开工作年度报告</h1>', '<h2 class="x">某县教育局2024年政府信息公开工作年度报告</h2>',
      '<div class="ArtTitle"><p>某县教育局2024年政府信息公开工作年度报告</p><p>2025-01-20</p><a href="/share">分享</a></div>',
      '<div id="BT">某县教育局2024年政府信息公开工作年度报告</div>']) {
      const d = shell('政府信息公开年报-某县人民政府', `${heading}${file}`);
      expect(detectReport(d).attachment?.kind).toBe('PDF');
      expect(firstLook(d).maybe).toBe(true);
    }
  });

  it('turns away a column page whose report titles are links or paragraphs, as before', () => {
    const links = '<ul class="list-title"><li><a href="/a1">某县教育局2024年政府信息公开工作年度报告</a></li><li><a href="/a2">某县教育局2023年政府信息公开工作年度报告</a></li></ul>';
    const d = shell('政府信息公开年报-某县人民政府', `<h2>政府信息公开年报</h2>${links}`);
    expect(detectReport(d).isReport).toBe(false);
    expect(firstLook(d)).toEqual({ maybe: false, reason: '页面提到年度报告，但没有报告正文' });
    // a news paragraph quoting the report's name is no heading
    const news = shell('工作动态', `<p>我县按时发布某县教育局2024年政府信息公开工作年度报告。</p>${file}`);
    expect(firstLook(news).maybe).toBe(false);
    // an h4 is no page heading (headingScore 70)
    const h4 = shell('政府信息公开年报-某县人民政府', `<h4>某县教育局2024年政府信息公开工作年度报告</h4>${file}`);
    expect(detectReport(h4).isReport).toBe(false);
  });

  it('does not take a heading whose page heads other reports too', () => {
    const two = shell('政府信息公开年报', `<h1>某县教育局2024年政府信息公开工作年度报告</h1>${file}<h2>某县财政局2024年政府信息公开工作年度报告</h2>`);
    expect(detectReport(two).isReport).toBe(false);
  });
});

describe('det61: a town\'s county (town-county.ts)', () => {
  it('reads a town\'s name: a town with no county before it', () => {
    expect(townOf('城关镇人民政府')).toBe('城关镇');
    expect(townOf('天水市城关镇')).toBe('城关镇');
    expect(townOf('东关街道办事处')).toBe('东关街道');
    // a 街道 named with a unit character (det60's 矿市街道)
    expect(townOf('矿市街道办事处')).toBe('矿市街道');
    expect(townOf('甘谷县城关镇人民政府')).toBeNull();
    expect(townOf('秦州区东关街道办事处')).toBeNull();
    expect(townOf('甘谷县人民政府')).toBeNull();
    expect(townOf('城关镇财政所')).toBeNull();
  });

  const county = (body: string, agency = '城关镇人民政府') => {
    const doc = parsePage(`<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`);
    const root = doc.body!;
    return countyOfTown(agency, collectLines(root, NO_BUDGET), root, { siteName: null, siteHeadings: [] });
  };

  it('takes a county named in one source or agreed by several, never a 市 or a zone, nothing on a disagreement', () => {
    expect(county('<div class="position">您的位置：首页 » 甘谷县 » 城关镇</div>')).toBe('甘谷县');
    expect(county('<div class="article-info">来源：甘谷县城关镇人民政府 浏览次数：3</div>')).toBe('甘谷县');
    expect(county('<footer>主办：中共甘谷县委 甘谷县人民政府 技术支持：某公司</footer>')).toBe('甘谷县');
    expect(county('<div class="bottom">主办单位：甘谷县人民政府办公室</div><div class="crumb">首页 > 甘谷县 > 城关镇</div>')).toBe('甘谷县');
    expect(county('<div class="copyright">版权所有 甘谷县人民政府办公室主办 网站标识码：6205230001</div>')).toBe('甘谷县');
    expect(county('<div class="copyright">版权所有甘谷县人民政府办公室主办</div>')).toBeNull();
    expect(county('<div class="bottom">主办单位：天水市人民政府办公室</div>')).toBeNull();
    expect(county('<div class="crumb">首页 > 华亭市 > 城关镇</div>')).toBeNull();
    expect(county('<div class="crumb">首页 > 麦积经济开发区 > 城关镇</div>')).toBeNull();
    expect(county('<div class="crumb">首页 > 甘谷县 > 城关镇</div><div class="foot">主办单位：秦安县人民政府</div>')).toBeNull();
    // another town's breadcrumb, a department as 来源, a paragraph's 来源
    expect(county('<div class="crumb">首页 > 甘谷县 > 新兴镇</div>')).toBeNull();
    expect(county('<p>来源：甘谷县财政局</p>')).toBeNull();
    expect(county(`<p>${'本镇严格落实各项工作要求，'.repeat(6)}资金来源：甘谷县人民政府专项资金。</p>`)).toBeNull();
    // a body that is no town, or names its county, asks nothing
    expect(county('<div class="crumb">首页 > 甘谷县 > 城关镇</div>', '甘谷县城关镇人民政府')).toBeNull();
    expect(county('<div class="crumb">首页 > 甘谷县</div>', '天水市教育局')).toBeNull();
  });
});

describe('det61: det60\'s pages looked at again', () => {
  const det60 = (name: string) => readFileSync(new URL(`../fixtures/detect60/${name}.html`, import.meta.url), 'utf8');

  it('places 矿市街道 in 井陉矿区 (its site\'s name and footer), and no town on the city\'s portal that says nothing', () => {
    expect(detectReport(parsePage(det60('r26-kuangshi'))).agencyRegion).toBe('井陉矿区');
    for (const name of ['r18-year-after', 'r40-level-office-zhen', 'r04-jiedao', 'r05-zhen']) {
      expect({ name, region: detectReport(parsePage(det60(name))).agencyRegion }).toEqual({ name, region: undefined });
    }
  });

  it('titles a report under a column-name heading by its <title> (r51: it was "政府信息公开工作年度报告")', () => {
    expect(detectReport(parsePage(det60('r51-column-heading-titled'))).title).toBe('青溪市民政局2016年政府信息公开工作年度报告');
    expect(detectReport(parsePage(det60('r21-title-column'))).title).toBe('青溪市交通运输局2024年政府信息公开工作年度报告');
  });

  it('reads a 繁體 page\'s <title> as the page is read: its year and body under a column heading (r51; it was said a listing)', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    const html = det60('r51-column-heading-titled').split(/(<script[^]*?<\/script>|<style[^]*?<\/style>|<[^>]*>)/i).map((p) => (p.startsWith('<') ? p : toTraditional(p))).join('');
    // the <title> alone has two traditional characters (公開, 報), too few to tell by itself
    expect(html).toContain('<title>青溪市民政局2016年政府信息公開工作年度報告-青溪市人民政府</title>');
    const d = detectReport(parsePage(html));
    expect({ isReport: d.isReport, year: d.year, agency: d.agency, template: d.template }).toEqual({ isReport: true, year: 2016, agency: '青溪市民政局', template: 'pre2019' });
  });
});
