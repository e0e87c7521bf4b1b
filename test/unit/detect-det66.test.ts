// @vitest-environment node
/**
 * det66: report pages of shapes det60–det65 did not try (test/fixtures/det66/, written by gen.mjs; EXPECT.json says what
 * the lens should say of each — report or not, year, body, template —, `main` what main gave where it differs, and for
 * a page left as it reads, `left` why and `now` what it gives):
 *  a*: the body a 街道 or 乡 named only by the page's navigation (a crumb, a <title> segment: body-in-text.ts
 *      townInNavigation), a 高新区管委会, a 公安分局, 垂直管理 bodies, a report republished under another body's column;
 *      "市民政局" by its level alone (市 + 民政局, not the word 市民: its place the portal's, its full name the text's);
 *      near-misses: crumbs naming a channel of towns only (no body), "市民服务中心" (no level).
 *  b*: the year only in a table's caption ("表一：二〇二四年度主动公开政府信息情况": report-lines.ts yearOfSections);
 *      near-miss: last year's caption under an opening whose period gives the year. Titles in a <p><strong> split by
 *      <br>, full-width digits, "（2024年度）"; a title that is an image's alt alone (left here, read since det67).
 *  c*: a list showing its first item's text (its body by level in the text, whole in the site's name: fullerName), a 征求意见稿, a 公共企事业单位's report (not one), 繁體, <iframe> and
 *      <frameset> shells (no text: not one here; the frame's own page is), 本级 and 本系统 tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { yearOfSections } from '../../lib/detect/report-lines.ts';
import { townInNavigation } from '../../lib/detect/body-in-text.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/det66/', import.meta.url);
interface Said {
  isReport: boolean;
  year?: number | null;
  agency?: string | null;
  template?: string;
  reason?: string;
  /** the county or place told (none: null) */
  agencyRegion?: string | null;
}
interface Expected extends Said {
  main?: Record<string, unknown>;
  left?: string;
  now?: Said;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const text = (name: string) => decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text;

describe('det66: pages and what the detector gives', () => {
  it('holds pages that change, near-misses of each change, and pages left with why', () => {
    const names = Object.keys(EXPECT);
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(names.filter((n) => 'main' in EXPECT[n]!).length).toBe(6);
    expect(names.filter((n) => 'left' in EXPECT[n]!).every((n) => EXPECT[n]!.now)).toBe(true);
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      const said = e.now ?? e;
      // the CLI's light DOM and linkedom (the extension's tests)
      for (const doc of [parsePage(text(name)), parseHTML(text(name)).document as unknown as Document]) {
        const d = detectReport(doc);
        if (!said.isReport) {
          expect({ isReport: d.isReport, reason: said.reason === undefined ? undefined : d.reason }).toEqual({ isReport: false, reason: said.reason });
          continue;
        }
        expect({ isReport: d.isReport, year: d.year, agency: d.agency, template: d.template })
          .toEqual({ isReport: true, year: said.year, agency: said.agency, template: said.template });
        if ('agencyRegion' in said) expect(d.agencyRegion ?? null).toBe(said.agencyRegion);
        expect(firstLook(doc).maybe).toBe(true);
      }
    });
  }
});

describe('det66: a town named by the navigation alone, a year by a table\'s caption', () => {
  const doc = (html: string) => parsePage(`<html><head><title>t</title></head><body>${html}</body></html>`);
  const ctx = (siteHeadings: string[]) => ({ siteName: null, siteHeadings });
  const crumb = (xs: string[]) => `<div class="crumb">当前位置：${xs.map((x) => `<a href="#">${x}</a>`).join(' &gt; ')}</div>`;
  it('takes one town a crumb or a <title> segment names, with its government', () => {
    expect(townInNavigation(doc(crumb(['首页', '乡镇街道', '白沙街道', '政府信息公开年报'])).body, ctx([]))).toBe('白沙街道办事处');
    expect(townInNavigation(doc('').body, ctx(['石门乡', '云岭县人民政府']))).toBe('石门乡人民政府');
    expect(townInNavigation(doc(crumb(['首页', '石门乡'])).body, ctx(['石门乡', '云岭县人民政府']))).toBe('石门乡人民政府');
  });
  it('takes no channel of towns, no county, and not one of two towns', () => {
    expect(townInNavigation(doc(crumb(['首页', '乡镇街道', '各乡镇', '镇街动态', '乡镇信息公开'])).body, ctx([]))).toBeNull();
    expect(townInNavigation(doc(crumb(['首页', '云岭县', '政府信息公开年报'])).body, ctx(['云岭县人民政府']))).toBeNull();
    expect(townInNavigation(doc(crumb(['首页', '白沙街道'])).body, ctx(['石门乡']))).toBeNull();
    // a crumb outside the page's chrome (a paragraph's "A > B") is no crumb
    expect(townInNavigation(doc('<p>首页 &gt; 白沙街道</p>').body, ctx([]))).toBeNull();
  });
  it('reads a section caption\'s year, not a sentence\'s', () => {
    const lines = (ps: string[]) => {
      const d = parsePage(`<html><body>${ps.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
      const els = Array.from(d.body!.querySelectorAll('p'));
      return { lines: els.map((el, i) => ({ el, text: ps[i]!, key: ps[i]!.replace(/\s/g, '').replace(/：/g, ':'), isLink: false, inTable: false })), body: d.body! };
    };
    const y = (ps: string[]) => {
      const { lines: ls, body } = lines(ps);
      return yearOfSections(ls as never, body);
    };
    expect(y(['二、主动公开政府信息情况', '表一：二〇二四年度主动公开政府信息情况'])).toBe(2024);
    expect(y(['2025年收到和处理政府信息公开申请情况'])).toBe(2025);
    expect(y(['2024年度，我局主动公开政府信息情况如下'])).toBeNull();
    expect(y(['全市2024年度主动公开政府信息情况统计分析报告'])).toBeNull();
  });
});
