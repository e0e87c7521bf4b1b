// @vitest-environment node
/**
 * The content script's first look (lib/detect/first-look.ts) must never turn a report away: on
 * every fixture page (and the shared real page) it says "maybe" wherever the whole detector says
 * "report", and it turns away the pages that are plainly not reports, each by the test it failed.
 * Chromium's side of the same promise is in test/e2e/parity.e2e.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstLook } from '../../lib/detect/first-look.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/pages/', import.meta.url);
const real = new URL('../../../shared/corpus/real/', import.meta.url);
const pages = [
  ...readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => new URL(f, dir)),
  ...(existsSync(real) ? readdirSync(real).filter((f) => f.endsWith('.html')).map((f) => new URL(f, real)) : []),
];

const doc = (html: string) => parsePage(html);
const page = (title: string, body: string) => doc(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);

/** A report's body in the smallest form the detector accepts: two section headings. */
const SECTIONS = '<p>一、总体情况</p><p>本年度……</p><p>二、主动公开政府信息情况</p>';

describe('firstLook', () => {
  it.each(pages.map((u) => [u.pathname.split('/').pop()!, u] as const))('%s: maybe wherever the detector finds a report', (_n, u) => {
    const d = doc(decodeHtml(readFileSync(u)).text);
    const report = analyzeDocument(d, { url: `https://www.example.gov.cn/${_n}` }).isReport;
    const look = firstLook(d);
    if (report) expect(look).toEqual({ maybe: true, reason: '' });
    else expect(typeof look.maybe).toBe('boolean');
  });

  it('turns away the fixture pages that are plainly not reports', () => {
    const no = (name: string) => firstLook(doc(decodeHtml(readFileSync(new URL(name, dir))).text));
    expect(no('news-page.html').maybe).toBe(false);
    expect(no('listing-page.html')).toEqual({ maybe: false, reason: '标题是年度报告，但页面上没有报告正文' });
    expect(no('fazhi-zhengfu-2023.html').reason).toMatch(/法治政府建设/);
    expect(no('budget-2024.html').reason).toMatch(/预算/);
    expect(no('jiedu-2023.html').reason).toMatch(/解读/);
  });

  it('reads a title Word split over spans, spaces and zero-width characters', () => {
    const d = page('首页', `<h1><span>2021年政府</span> <span>信息\u200b公 开</span>工作年度<br>报告</h1>${SECTIONS}`);
    expect(firstLook(d).maybe).toBe(true);
  });

  it('takes a report body from table labels with full-width parentheses, or from its opening', () => {
    const title = '<h1>某县2021年政府信息公开工作年度报告</h1>';
    expect(firstLook(page('x', `${title}<table><tr><td>第二十条第（一）项</td></tr></table>`)).maybe).toBe(true);
    expect(firstLook(page('x', `${title}<p>本报告根据《中华人民共和国政府信息公开条例》编制。</p>`)).maybe).toBe(true);
    expect(firstLook(page('x', `${title}<p>统计期限自２０２１年1月1日起。</p>`)).maybe).toBe(true);
  });

  it('says no to a page without the report title, and to a report title without a report body', () => {
    expect(firstLook(page('政务公开', `<p>政府信息公开指南</p>${SECTIONS}`))).toEqual({ maybe: false, reason: '未发现年度报告标题' });
    expect(firstLook(page('2021年政府信息公开工作年度报告', '<p>一、总体情况</p>')).maybe).toBe(false);
    expect(firstLook(page('2021年政府信息公开工作年度报告', SECTIONS)).maybe).toBe(true);
  });

  it('trusts a <title> that names another document, as the detector does', () => {
    expect(firstLook(page('2023年法治政府建设年度报告', `<h1>2023年政府信息公开工作年度报告</h1>${SECTIONS}`)).maybe).toBe(false);
  });
});
