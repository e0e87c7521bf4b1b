// @vitest-environment node
/**
 * det63: what det62 left of detection and the collection's body keys (test/fixtures/det63/, written by
 * gen.mjs; EXPECT.json says what each page gives, and `main` what it gave before where that differs):
 *  a*: a 县级市 directly under a province (town-county.ts PROVINCE_CITY: 仙桃, 潜江, 天门, 济源, 海南's five, the
 *      兵团's 师市): its towns' county wherever the page names it — its own portal's name, a crumb under the
 *      province, a 来源 "湖北省潜江市熊口镇" — never a prefecture; a department named by its level alone ("市教育局")
 *      placed where the site's name puts that level (placeOfLevelBody); 八所镇 a town's government, not a
 *      department (八所 held 所). Near-misses: a prefecture's 县级市 under its province's crumb, 仙桃街道 in
 *      重庆, a province's portal naming no city, "区教育局" on a 市's portal, "市场监督管理局" (市场 is no level).
 *  b*: a 统计表's page (heading-score.ts holdsTablesOnly, sheetTitle): its tables read as the report's, its
 *      body and year the title's, said to hold no text; an Excel sheet saved whole, its title in its first
 *      row (main: no report title found); the format's 样表 is no report (main: a report of no year).
 *      Near-misses: a report with its text, a 统计表 title over the full text, a 统计表 with a line of note.
 *  d01: two counties named (a 县's crumb, a 县级市's footer), none certain: the page's address breaks the tie
 *      only where a whole segment is one's initials ("/hts/" 华亭市, "jnx." 静宁县: url-place.ts), else none.
 *  c*: news and 公告 announcing the report (announcement.ts): said so (main: "标题是年度报告，但…没有报告正文",
 *      and a news item walking through the sections with figures was read as the report, "我区发布" its
 *      body). Near-misses: a 公告 or a headline over the report's full text (tables, or its own title and
 *      prose), an old "关于…工作情况的报告".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { countyOfTown, placeOfLevelBody, townOf } from '../../lib/detect/town-county.ts';
import { announcement } from '../../lib/detect/announcement.ts';
import { initialsOf, placeInUrl } from '../../lib/detect/url-place.ts';
import { normalizeAgency } from '../../lib/detect/title.ts';
import { collectLines, NO_BUDGET } from '../../lib/detect/lines.ts';
import { regionOf } from '../../lib/collect/body.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/det63/', import.meta.url);
interface Expected {
  isReport: boolean;
  year?: number;
  agency?: string;
  /** the county or place told (null: none) */
  agencyRegion?: string | null;
  /** the collection's region (lib/collect/body.ts regionOf) */
  region?: string | null;
  tablesOnly?: true;
  reason?: string;
  /** what main gave, where it differs */
  main?: Record<string, unknown>;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const text = (name: string) => decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text;
// the URL's path names a column or a county's pinyin; it changes nothing here
const URLS = [undefined, 'https://www.xiantao.gov.cn/zfxxgk/fdzdgknr/ndbg/202501/t20250120_1.shtml', 'https://www.hubei.gov.cn/col/col1234/art_1.html'];

describe('det63: pages and what the detector gives', () => {
  it('holds at least 20 pages, a third of them near-misses that give what they gave on main', () => {
    const names = Object.keys(EXPECT);
    expect(names.length).toBeGreaterThanOrEqual(20);
    const changed = names.filter((n) => 'main' in EXPECT[n]!);
    expect(changed.length).toBeGreaterThanOrEqual(10);
    expect(names.length - changed.length).toBeGreaterThanOrEqual(10);
    for (const kind of ['a', 'b', 'c']) expect(names.filter((n) => n.startsWith(kind) && !('main' in EXPECT[n]!)).length).toBeGreaterThanOrEqual(3);
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      for (const url of URLS) {
        // the CLI's light DOM and linkedom, which the extension's tests use
        for (const doc of [parsePage(text(name)), parseHTML(text(name)).document as unknown as Document]) {
          const d = detectReport(doc, url);
          expect({ url, isReport: d.isReport }).toEqual({ url, isReport: e.isReport });
          if (!e.isReport) {
            expect(d.reason).toBe(e.reason);
            continue;
          }
          expect({ year: d.year, agency: d.agency, tablesOnly: d.tablesOnly }).toEqual({ year: e.year, agency: e.agency, tablesOnly: e.tablesOnly });
          if ('agencyRegion' in e) expect(d.agencyRegion ?? null).toBe(e.agencyRegion);
          if ('region' in e) expect(regionOf(d.agency, d.title, d.agencyRegion)).toBe(e.region);
          expect(firstLook(doc).maybe).toBe(true);
        }
      }
    });
  }

  it('reads the one-sheet 统计表\'s three tables as the report\'s, with no text to check', () => {
    const a = analyzeDocument(parsePage(text('b07-excel-one-sheet')));
    expect(a).toMatchObject({ isReport: true, year: 2024, agency: '青溪市东湖区司法局', template: '2021', tablesOnly: true });
    expect([a.tables.t2.length, a.tables.t3.length, a.tables.t4.length]).toEqual([1, 1, 1]);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(a.narrative.checked).toBe(0);
  });
});

describe('det63: a 县级市 directly under a province (town-county.ts)', () => {
  const county = (body: string, site: string | null = null, agency = '郑场镇人民政府') => {
    const doc = parsePage(`<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`);
    return countyOfTown(agency, collectLines(doc.body!, NO_BUDGET), doc.body!, { siteName: site, siteHeadings: [] });
  };

  it('is its towns\' county wherever it is named: its portal, a crumb under the province, a 来源, a 师市', () => {
    expect(county('', '仙桃市人民政府')).toBe('仙桃市');
    expect(county('<div class="footer">主办单位：仙桃市人民政府办公室</div>', '仙桃市人民政府')).toBe('仙桃市');
    expect(county('<div class="crumb">首页 > 湖北省 > 仙桃市 > 郑场镇</div>')).toBe('仙桃市');
    expect(county('<div class="article-info">来源：湖北省潜江市郑场镇人民政府</div>')).toBe('潜江市');
    expect(county('<div class="crumb">首页 > 河南省 > 济源市 > 郑场镇</div>')).toBe('济源市');
    expect(county('<div class="crumb">首页 > 第八师石河子市 > 郑场镇</div>')).toBe('第八师石河子市');
    // its name before the town's: the county named, no bare town
    expect(townOf('仙桃市郑场镇人民政府')).toBeNull();
    expect(townOf('湖北省仙桃市郑场镇人民政府')).toBeNull();
    expect(regionOf('湖北省仙桃市郑场镇人民政府')).toBe('湖北省仙桃市');
  });

  it('leaves a prefecture\'s 县级市 as before, and a name that is no such city', () => {
    expect(county('<div class="crumb">首页 > 甘肃省 > 华亭市 > 郑场镇</div>')).toBeNull();
    expect(county('', '平凉市人民政府')).toBeNull();
    expect(county('<div class="crumb">首页 > 湖北省 > 郑场镇</div>', '湖北省人民政府')).toBeNull();
    expect(county('<div class="crumb">首页 > 渝北区 > 仙桃街道</div>', null, '仙桃街道办事处')).toBe('渝北区');
    expect(county('<div class="crumb">首页 > 东方红街道</div>', '东方市场监督管理局', '东方红街道办事处')).toBeNull();
  });

  it('places a body named by its level alone where the site\'s name puts that level, and nothing else', () => {
    const at = (agency: string, site: string | null) => placeOfLevelBody(agency, { siteName: site, siteHeadings: [] });
    expect(at('市教育局', '天门市人民政府')).toBe('天门市');
    expect(at('区卫生健康局', '青溪市东湖区人民政府')).toBe('青溪市东湖区');
    expect(at('县委办公室', '青溪县人民政府门户网站')).toBe('青溪县');
    expect(at('区教育局', '天门市人民政府')).toBeNull();
    expect(at('市场监督管理局', '天门市人民政府')).toBeNull();
    expect(at('天门市教育局', '天门市人民政府')).toBeNull();
    expect(at('市教育局', '天门市教育局')).toBeNull();
    expect(at('市教育局', null)).toBeNull();
  });

  it('names a town or county holding a body word\'s character as a place\'s government', () => {
    const ctx = { siteName: null, siteHeadings: [] };
    expect(normalizeAgency('八所镇', ctx)).toBe('八所镇人民政府');
    expect(normalizeAgency('团风县', ctx)).toBe('团风县人民政府');
    expect(normalizeAgency('青溪市公安局八所派出所', ctx)).toBe('青溪市公安局八所派出所');
    expect(normalizeAgency('长沙市岳麓区某社区', ctx)).toBe('长沙市岳麓区某社区');
  });
});

describe('det63: titles announcing the report (announcement.ts)', () => {
  const NEWS = '报道年度报告发布的新闻，不是报告原文';
  const NOTICE = '公布年度报告的公告或通知，不是报告原文';
  it('tells a headline or a notice announcing it from the report\'s own titles', () => {
    for (const t of ['我局发布2025年政府信息公开工作年度报告', '东湖区正式发布《2024年度政府信息公开工作年度报告》', '青溪市2024年政府信息公开工作年度报告出炉-青溪市人民政府'])
      expect({ t, why: announcement(t) }).toEqual({ t, why: NEWS });
    for (const t of ['关于公布青溪市2024年政府信息公开工作年度报告的公告', '青溪市东湖区人民政府办公室关于发布2025年政府信息公开工作年度报告的通知'])
      expect({ t, why: announcement(t) }).toEqual({ t, why: NOTICE });
    for (const t of ['青溪市2024年政府信息公开工作年度报告', '关于青溪市2024年度政府信息公开工作情况的报告', '青溪市公安局2024年政府信息公开工作年度报告',
      '关于做好2025年度政府信息公开工作年度报告编制发布工作的通知', '青溪市2024年政府信息公开工作年度报告（发布稿）'])
      expect({ t, why: announcement(t) }).toEqual({ t, why: null });
  });
});

describe('det63: the address as a tie-break (url-place.ts)', () => {
  it('reads GB2312\'s first level\'s initials, and none of a rarer character', () => {
    expect(initialsOf('华亭市')).toBe('hts');
    expect(initialsOf('静宁县')).toBe('jnx');
    expect(initialsOf('仙桃市')).toBe('xts');
    expect(initialsOf('崆峒区')).toBeNull();
  });

  it('breaks a tie of two places the page names where one segment is one\'s initials, never more', () => {
    const two = ['华亭市', '静宁县'];
    expect(placeInUrl(two, 'https://www.pingliang.gov.cn/hts/zfxxgk/ndbg/t1.html')).toBe('华亭市');
    expect(placeInUrl(two, 'https://jnx.pingliang.gov.cn/art/2025/1/20/art_7101_1.html')).toBe('静宁县');
    expect(placeInUrl(two, 'https://www.pingliang.gov.cn/zfxxgk/fdzdgknr/ndbg/t1.html')).toBeNull();
    expect(placeInUrl(two, 'https://www.pingliang.gov.cn/hts/jnx/t1.html')).toBeNull();
    expect(placeInUrl(['崆峒区', '华亭市'], 'https://www.pingliang.gov.cn/hts/t1.html')).toBeNull();
    expect(placeInUrl(['华亭市'], 'https://www.pingliang.gov.cn/hts/t1.html')).toBeNull();
    expect(placeInUrl(two, undefined)).toBeNull();
  });

  it('gives d01 its county by the address, and none without it; a page naming one county is never overruled', () => {
    const at = (name: string, url?: string) => detectReport(parsePage(text(name)), url).agencyRegion ?? null;
    expect(at('d01-two-counties-crumb-footer')).toBeNull();
    expect(at('d01-two-counties-crumb-footer', 'https://www.pingliang.gov.cn/hts/zfxxgk/ndbg/t1.html')).toBe('华亭市');
    expect(at('d01-two-counties-crumb-footer', 'https://jnx.pingliang.gov.cn/art/2025/1/20/art_1.html')).toBe('静宁县');
    // a01 names 仙桃市 alone: an address naming another place changes nothing
    expect(at('a01-xiantao-portal-town', 'https://www.xiantao.gov.cn/hts/t1.html')).toBe('仙桃市');
    expect(at('a07-huating-under-province', 'https://www.gansu.gov.cn/hts/t1.html')).toBeNull();
  });
});
