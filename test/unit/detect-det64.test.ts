// @vitest-environment node
/**
 * det64: what det63 left of detection (test/fixtures/det64/, written by gen.mjs; EXPECT.json says what each page
 * gives, its `url` the address it is read at as well as without one, and `main` what main gave where it differs):
 *  a*: the address spelling a county's full pinyin (url-place.ts, pinyin.ts): a tie of two counties the page
 *      names broken ("/xxgk/huating/…" 华亭市, "jingningxian.…" 静宁县, "/zwgk/wuyishan/…" 武夷山市), and the one
 *      county the text names before the town ("平阳县昆阳镇人民政府") taken where the chrome names none and the
 *      address spells it whole ("/xxgk/pingyangxian/…"). Near-misses: both spelt, another spelt, the county's
 *      name without its unit, the text naming none, one county named.
 *  b*: a 公告/通知 announcing the report and attaching its file is that file's page (announcement.ts noticeFile),
 *      its body the file's name's. Near-misses: a link to the report's page, another year's file, "点击下载",
 *      the 解读 alone (a news item's file: dismissed then, its file's page since det65).
 *  c*: a 统计表 with a short note under its tables is still tables only (heading-score.ts tableNotes).
 *      Near-misses: a note stating figures, a long 说明, a report's page with a note, a note above the tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as OpenCC from 'opencc-js';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { pinyinOf } from '../../lib/detect/pinyin.ts';
import { placeBeforeTown, placeInUrl } from '../../lib/detect/url-place.ts';
import { matchReportTitle, normalizeAgency } from '../../lib/detect/title.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/det64/', import.meta.url);
interface Expected {
  isReport: boolean;
  year?: number;
  agency?: string;
  /** the county told, at `url` (without it: none, but for a09, which names its county) */
  agencyRegion?: string | null;
  url?: string;
  tablesOnly?: true;
  /** the report is the page's attached file */
  attachment?: true;
  reason?: string;
  main?: Record<string, unknown>;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const text = (name: string) => decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text;

describe('det64: pages and what the detector gives', () => {
  it('holds at least 20 pages, a third of them near-misses that give what they gave on main', () => {
    const names = Object.keys(EXPECT);
    expect(names.length).toBeGreaterThanOrEqual(20);
    const changed = names.filter((n) => 'main' in EXPECT[n]!);
    expect(changed.length).toBeGreaterThanOrEqual(9);
    for (const kind of ['a', 'b', 'c']) {
      expect(names.filter((n) => n.startsWith(kind) && 'main' in EXPECT[n]!).length).toBeGreaterThanOrEqual(3);
      expect(names.filter((n) => n.startsWith(kind) && !('main' in EXPECT[n]!)).length).toBeGreaterThanOrEqual(4);
    }
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      for (const url of e.url ? [undefined, e.url] : [undefined]) {
        // the CLI's light DOM for both readings, linkedom (the extension's tests) for the last
        const docs = [parsePage(text(name)), ...(url === e.url ? [parseHTML(text(name)).document as unknown as Document] : [])];
        for (const doc of docs) {
          const d = detectReport(doc, url);
          expect({ url, isReport: d.isReport }).toEqual({ url, isReport: e.isReport });
          if (!e.isReport) {
            expect(d.reason).toBe(e.reason);
            continue;
          }
          expect({ year: d.year, agency: d.agency, tablesOnly: d.tablesOnly, attachment: d.attachment ? true : undefined })
            .toEqual({ year: e.year, agency: e.agency, tablesOnly: e.tablesOnly, attachment: e.attachment });
          // the address tells only where given; a09 names its county, with or without it
          if ('agencyRegion' in e) expect({ url, region: d.agencyRegion ?? null }).toEqual({ url, region: url || name.startsWith('a09') ? e.agencyRegion : null });
          expect(firstLook(doc).maybe).toBe(true);
        }
      }
    });
  }

  it('reads a notice\'s file as the report\'s, and a 统计表 with its note as tables with no text to check', () => {
    const b = analyzeDocument(parsePage(text('b02-tongzhi-pdf-gbk')));
    expect(b).toMatchObject({ isReport: true, year: 2025, agency: '青溪市东湖区人民政府', attachment: { kind: 'PDF', name: '青溪市东湖区2025年政府信息公开工作年度报告.pdf' } });
    // the same notice on a portal's 繁體 switch: its file named "…年度報告.pdf" is read as the page is, in simplified
    // characters (stop 54's CI: invariance's traditional rewrite of fujian-notice-2023 read no report)
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    const fanti = text('b02-tongzhi-pdf-gbk').split(/(<script[^]*?<\/script>|<style[^]*?<\/style>|<[^>]*>)/i).map((p) => (p.startsWith('<') ? p : toTraditional(p))).join('');
    expect(fanti).toContain('年度報告.pdf');
    expect(analyzeDocument(parsePage(fanti))).toMatchObject({ isReport: true, year: 2025, agency: '青溪市东湖区人民政府', attachment: { kind: 'PDF' } });
    const c = analyzeDocument(parsePage(text('c03-tjb-note-items')));
    expect(c).toMatchObject({ isReport: true, tablesOnly: true });
    expect([c.tables.t2.length, c.tables.t3.length, c.tables.t4.length]).toEqual([1, 1, 1]);
    expect(c.narrative.checked).toBe(0);
    // a note stating the year's figures is a sentence of the report's: checked
    const f = analyzeDocument(parsePage(text('c05-tjb-note-figures')));
    expect(f.tablesOnly).toBeUndefined();
    expect(f.narrative.checked).toBeGreaterThan(0);
    expect(f.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('det64: full pinyin in the address (pinyin.ts, url-place.ts)', () => {
  it('spells a place in GB2312\'s readings, ü as v, and nothing of a rarer character', () => {
    expect(pinyinOf('平阳县')).toBe('pingyangxian');
    expect(pinyinOf('武夷山市')).toBe('wuyishanshi');
    expect(pinyinOf('绿春县')).toBe('lvchunxian');
    expect(pinyinOf('略阳县')).toBe('lveyangxian');
    expect(pinyinOf('鄂伦春自治旗')).toBe('elunchunzizhiqi');
    expect(pinyinOf('崆峒区')).toBeNull();
  });

  it('breaks a tie where one whole segment spells one place, with or without its unit, never more', () => {
    const two = ['华亭市', '静宁县'];
    expect(placeInUrl(two, 'https://www.pingliang.gov.cn/xxgk/huating/t1.html')).toBe('华亭市');
    expect(placeInUrl(two, 'https://www.pingliang.gov.cn/xxgk/huatingshi/t1.html')).toBe('华亭市');
    expect(placeInUrl(two, 'https://jingningxian.pingliang.gov.cn/t1.html')).toBe('静宁县');
    expect(placeInUrl(two, 'https://www.pingliang.gov.cn/huating/jingning/t1.html')).toBeNull();
    // a segment holding more than the name, or a part of it
    expect(placeInUrl(two, 'https://www.pingliang.gov.cn/huatingxxgk/t1.html')).toBeNull();
    expect(placeInUrl(two, 'https://www.pingliang.gov.cn/hua/t1.html')).toBeNull();
    // a one-character name's pinyin alone is no place ("xian" of 县 would be every county's)
    expect(placeInUrl(['矿区', '城区'], 'https://www.example.gov.cn/kuang/t1.html')).toBeNull();
  });

  it('takes the county the text names before the town only where the address spells it whole', () => {
    const county = (n: string) => /^[\u4e00-\u9fa5]{2,4}[县区旗]$/.test(n);
    const texts = ['平阳县昆阳镇人民政府', '2025年1月15日'];
    expect(placeBeforeTown('昆阳镇', texts, 'https://www.wenzhou.gov.cn/xxgk/pingyangxian/t1.html', county)).toBe('平阳县');
    expect(placeBeforeTown('昆阳镇', texts, 'https://www.wenzhou.gov.cn/xxgk/pingyang/t1.html', county)).toBeNull();
    expect(placeBeforeTown('昆阳镇', texts, 'https://www.wenzhou.gov.cn/xxgk/cangnanxian/t1.html', county)).toBeNull();
    expect(placeBeforeTown('昆阳镇', texts, undefined, county)).toBeNull();
    expect(placeBeforeTown('昆阳镇', ['昆阳镇人民政府'], 'https://www.wenzhou.gov.cn/xxgk/pingyangxian/t1.html', county)).toBeNull();
  });
});

describe('det64: a notice\'s verb is no part of its body (title.ts)', () => {
  it('drops "关于发布" after the office\'s name', () => {
    const body = (t: string) => normalizeAgency(matchReportTitle(t)?.agencyRaw ?? null, { siteName: null, siteHeadings: [] });
    expect(body('青溪市东湖区人民政府办公室关于发布2025年政府信息公开工作年度报告的通知')).toBe('青溪市东湖区人民政府办公室');
    expect(body('青溪市人民政府办公室关于公布2025年政府信息公开工作年度报告的公告')).toBe('青溪市人民政府办公室');
    expect(body('潍坊市人民政府办公室关于2016年度政府信息公开工作情况的报告')).toBe('潍坊市人民政府办公室');
  });
});
