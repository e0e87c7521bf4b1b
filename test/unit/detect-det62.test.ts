// @vitest-environment node
/**
 * det62: what det61 left of detection and the collection's body keys (test/fixtures/det62/, written by
 * gen.mjs; EXPECT.json says what each page gives, and `main` what it gave before where that differs):
 *  c*: a 县级市's towns (detect/town-county.ts): the 市 is their county where the page makes it one for
 *      certain — a 市 after a prefecture in one name, a breadcrumb's 市 after a prefecture's crumb or a
 *      县市区 channel, a breadcrumb's or footer's 市 other than the one the site's name names. On main
 *      none of the four gave a county. Near-misses: the prefecture's own footer, a 市 crumb with no site
 *      to tell it from, a 市 under a province (det63: but 仙桃市, directly under it, is c07's county), a 县 under
 *      its prefecture's crumb — as before; a 县级市's
 *      footer beside a 区's crumb is two places now (main took the 区, the footer unread).
 *  d*: towns named with a unit's character (新市镇, 市中街道, 县前街道, 旧县镇): their name was read as a
 *      place (新市, 旧县) or not at all, and no county was looked for; now as any town. Near-misses
 *      (新区街道 on the city's portal, 宁波市镇海区, a 乡镇街道 channel, another town's crumb) as before.
 *  e*: pages naming the report that are something else, said so (detect-report.ts, title.ts OTHER_KINDS,
 *      heading-score.ts noBodyReason): a 工作要点, 工作计划 or 实施方案, a column of two reports' links, a
 *      统计表's file. On main each was "标题是年度报告，但页面上没有报告正文". Near-misses: the 统计表
 *      itself, reports beside a plan, a bare title with no text — as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { countyOfTown, townOf } from '../../lib/detect/town-county.ts';
import { otherKind } from '../../lib/detect/title.ts';
import { collectLines, NO_BUDGET } from '../../lib/detect/lines.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/det62/', import.meta.url);
interface Expected {
  isReport: boolean;
  year?: number;
  agency?: string;
  /** the county told (null: none) */
  agencyRegion?: string | null;
  /** the detector's reason, on a page that is no report */
  reason?: string;
  /** what main gave, where it differs */
  main?: string | null;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const text = (name: string) => decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text;
const URLS = [undefined, 'https://www.pingliang.gov.cn/art/2025/1/20/art_7101_1.html', 'https://www.pingliang.gov.cn/hts/zfxxgk/ndbg/t1.html'];

describe('det62: pages and what the detector gives', () => {
  it('holds at least 10 pages, half of them near-misses that give what they gave on main', () => {
    const names = Object.keys(EXPECT);
    expect(names.length).toBeGreaterThanOrEqual(20);
    const changed = names.filter((n) => 'main' in EXPECT[n]!);
    expect(changed.length).toBeGreaterThanOrEqual(10);
    expect(names.length - changed.length).toBeGreaterThanOrEqual(changed.length - 3);
    for (const kind of ['c', 'd', 'e']) expect(names.filter((n) => n.startsWith(kind) && !('main' in EXPECT[n]!)).length).toBeGreaterThanOrEqual(3);
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
            // the first look reads no title: where it turns a page away, it says the page names the report
            const look = firstLook(doc);
            if (!look.maybe) expect(look.reason).toBe('页面提到年度报告，但没有报告正文');
            continue;
          }
          expect({ year: d.year, agency: d.agency }).toEqual({ year: e.year, agency: e.agency });
          expect(d.agencyRegion ?? null).toBe(e.agencyRegion ?? null);
          expect(firstLook(doc)).toEqual({ maybe: true, reason: '' });
        }
      }
    });
  }
});

describe('det62: a 县级市 where the page says it is one (town-county.ts)', () => {
  const county = (body: string, site: string | null = null, agency = '东华镇人民政府') => {
    const doc = parsePage(`<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`);
    const root = doc.body!;
    return countyOfTown(agency, collectLines(root, NO_BUDGET), root, { siteName: site, siteHeadings: [] });
  };

  it('takes a 市 after a prefecture in one name, or after a prefecture\'s crumb or a 县市区 channel', () => {
    expect(county('<div class="article-info">来源：平凉市华亭市东华镇人民政府</div>')).toBe('华亭市');
    expect(county('<div class="article-info">来源：平凉市华亭市人民政府</div>')).toBe('华亭市');
    expect(county('<div class="crumb">首页 > 平凉市 > 华亭市 > 东华镇</div>')).toBe('华亭市');
    expect(county('<div class="crumb">首页 > 临夏回族自治州 > 临夏市 > 东华镇</div>')).toBe('临夏市');
    expect(county('<div class="crumb">首页 > 县市区 > 华亭市 > 东华镇</div>')).toBe('华亭市');
    expect(county('<div class="crumb">首页 > 县（市、区） > 华亭市 > 东华镇</div>')).toBe('华亭市');
    // a county after its prefecture's crumb is a county as before
    expect(county('<div class="crumb">首页 > 平凉市 > 静宁县 > 东华镇</div>')).toBe('静宁县');
  });

  it('takes a breadcrumb\'s or footer\'s 市 other than the site\'s, never the site\'s own', () => {
    expect(county('<div class="footer">华亭市人民政府办公室 主办</div>', '平凉市人民政府')).toBe('华亭市');
    expect(county('<div class="footer">主办单位：华亭市人民政府办公室</div>', '平凉市人民政府')).toBe('华亭市');
    expect(county('<div class="crumb">首页 > 华亭市 > 东华镇</div>', '平凉市人民政府门户网站')).toBe('华亭市');
    expect(county('<div class="footer">平凉市人民政府办公室 主办</div>', '平凉市人民政府')).toBeNull();
    expect(county('<div class="crumb">首页 > 平凉市 > 东华镇</div>', '平凉市人民政府')).toBeNull();
    // no site's name to tell the portal's own 市 from another: none (det61's b10 unit case)
    expect(county('<div class="footer">主办单位：华亭市人民政府办公室</div>')).toBeNull();
    expect(county('<div class="crumb">首页 > 华亭市 > 东华镇</div>')).toBeNull();
    // a 来源 naming a 市 alone may be a reposting: only a name that holds its prefecture counts
    expect(county('<div class="article-info">来源：华亭市人民政府</div>', '平凉市人民政府')).toBeNull();
  });

  it('never takes a 市 under a province, a word that is no city, or a 市 beside another county', () => {
    // (a 县级市 directly under its province, 仙桃市, is a county wherever it is named: detect-det63.test.ts)
    expect(county('<div class="crumb">首页 > 甘肃省 > 华亭市 > 东华镇</div>')).toBeNull();
    expect(county('<div class="article-info">来源：甘肃省华亭市人民政府</div>')).toBeNull();
    for (const word of ['本市', '全市', '城市', '我市']) expect(county(`<div class="crumb">首页 > ${word} > 东华镇</div>`, '平凉市人民政府')).toBeNull();
    expect(county('<div class="crumb">首页 > 崆峒区 > 东华镇</div><div class="footer">华亭市人民政府办公室 主办</div>', '平凉市人民政府')).toBeNull();
  });

  it('reads a body naming its 县级市 after the prefecture as no bare town', () => {
    expect(townOf('平凉市华亭市东华镇人民政府')).toBeNull();
    expect(townOf('华亭市东华镇人民政府')).toBe('东华镇');
    expect(townOf('平凉市东华镇人民政府')).toBe('东华镇');
  });
});

describe('det62: towns named with a unit\'s character', () => {
  it('reads the town whole: 新市镇, 旧县镇, 新区街道, 市中街道, 县前街道', () => {
    expect(townOf('新市镇人民政府')).toBe('新市镇');
    expect(townOf('旧县镇人民政府')).toBe('旧县镇');
    expect(townOf('新区街道办事处')).toBe('新区街道');
    expect(townOf('市中街道办事处')).toBe('市中街道');
    expect(townOf('县前街道办事处')).toBe('县前街道');
    expect(townOf('镇海街道办事处')).toBe('镇海街道');
    // their county named: no bare town
    expect(townOf('德清县新市镇人民政府')).toBeNull();
    expect(townOf('鹿城区县前街道办事处')).toBeNull();
    expect(townOf('镇原县城关镇人民政府')).toBeNull();
    expect(townOf('宁波市镇海区镇海街道办事处')).toBeNull();
    // a unit's name that begins so is no town: a county's 镇原县, a district's 市中区
    expect(townOf('镇原县人民政府')).toBeNull();
    expect(townOf('市中区人民政府')).toBeNull();
  });

  const county = (crumb: string, agency: string) => {
    const doc = parsePage(`<!doctype html><html><head><title>x</title></head><body><div class="crumb">首页 > ${crumb}</div></body></html>`);
    return countyOfTown(agency, collectLines(doc.body!, NO_BUDGET), doc.body!, { siteName: null, siteHeadings: [] });
  };

  it('finds their county, and a county named with one (镇原县, 市中区, 乡宁县)', () => {
    expect(county('德清县 > 新市镇', '新市镇人民政府')).toBe('德清县');
    expect(county('镇原县 > 城关镇', '城关镇人民政府')).toBe('镇原县');
    expect(county('市中区 > 市中街道', '市中街道办事处')).toBe('市中区');
    expect(county('乡宁县 > 昌宁镇', '昌宁镇人民政府')).toBe('乡宁县');
    expect(county('宁波市 > 镇海区 > 招宝山街道', '招宝山街道办事处')).toBe('镇海区');
    // another town named with one, a channel of towns: nothing
    expect(county('德清县 > 新安镇', '新市镇人民政府')).toBeNull();
    expect(county('乡镇街道 > 城关镇', '城关镇人民政府')).toBeNull();
    expect(county('县区频道 > 城关镇', '城关镇人民政府')).toBeNull();
  });
});

describe('det62: the words a page naming the report is turned away with', () => {
  it('names a year\'s 工作要点, 工作计划 and 实施方案 as what they are, not a report with a plan beside it or a column\'s name', () => {
    const plan = '工作要点、工作计划或实施方案，不是政府信息公开工作年度报告';
    for (const t of ['青溪市2025年政务公开工作要点', '关于印发青溪市2025年政务公开工作要点的通知', '关于印发《东湖区2025年政务公开工作实施方案》的通知',
      '青溪市教育局2025年政务公开工作计划-青溪市人民政府', '东湖区2025年度政务公开工作方案']) expect({ t, kind: otherKind(t) }).toEqual({ t, kind: plan });
    for (const t of ['政务公开工作要点', '青溪市2024年政府信息公开工作年度报告（含2025年工作计划）', '2024年政府信息公开工作年度报告编制工作方案',
      '青溪市2024年政府信息公开工作年度报告', '（三）2025年工作计划安排']) expect({ t, kind: otherKind(t) }).toEqual({ t, kind: null });
  });

  it('says the page names the report where its heading is none (a cell, a paragraph) and names nothing else', () => {
    const d = detectReport(parsePage('<!doctype html><html><head><meta charset="utf-8"><title>工作动态</title></head><body><h1>全市政务公开培训会召开</h1><table><tr><td>青溪市2024年政府信息公开工作年度报告</td><td>已发布</td></tr></table></body></html>'));
    expect(d).toMatchObject({ isReport: false, reason: '页面提到年度报告，但页面上没有报告正文' });
  });
});
