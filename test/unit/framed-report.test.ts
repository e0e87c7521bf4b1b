// @vitest-environment node
/**
 * A portal page that is a report without its tables, and the whole report in a frame of its own
 * site (components/report-frames.ts findReport), read by the real core: the page's title and
 * opening section in Word-pasted markup (spans, <o:p>, full-width digits) around an iframe that
 * shows the report's own page. The frame's report is the one shown when it has the tables and
 * is of the page's year; otherwise the page's own stands. linkedom has no frames: each frame's
 * document is given to its <iframe> element, and the window's frame count and computed styles are
 * stand-ins (the browser's own are checked in test/e2e/iframe-text.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { findReport } from '../../components/report-frames.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const SITE = 'http://www.yunling.gov.cn';
const fixture = (name: string) => decodeHtml(readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url))).text;
const e2ePage = (name: string) => readFileSync(new URL(`../e2e/pages/${name}`, import.meta.url), 'utf8');

/** A document as the browser has it at an address. */
function at(html: string, url: string): Document {
  const doc = parsePage(html);
  Object.defineProperty(doc, 'URL', { value: url });
  return doc;
}

/**
 * The portal page with `frameDoc` in its iframe (#fullText or #contentFrame), that frame shown or
 * hidden by its own style.
 */
function portal(html: string, frameDoc: Document, opts: { hidden?: boolean } = {}): Document {
  const top = at(html, `${SITE}/xxgk/nb/2024/t20240122_123.html`);
  const frame = top.querySelector('iframe')!;
  Object.defineProperty(frame, 'contentDocument', { value: frameDoc });
  const shown = { display: 'block', width: '1000px', height: '2400px', visibility: 'visible' };
  const style = (el: Element) => (el === frame && opts.hidden ? { ...shown, display: 'none' } : shown);
  Object.defineProperty(top, 'defaultView', { value: { length: 1, getComputedStyle: style } });
  return top;
}

const find = (top: Document, mode: 'auto' | 'manual' = 'auto') =>
  findReport({ doc: top, url: top.URL }, (doc, url) => analyzeDocument(doc, { url }), mode === 'auto' ? (doc) => firstLook(doc).maybe : undefined);

const frameUrl = `${SITE}/xxgk/nb/2024/W020240122_123.html`;
const textPage = e2ePage('iframe-report-text.html');

describe('a page that is a report without tables, and the report whole in its frame', () => {
  it('the page alone is a report whose tables were not found (what it said before)', () => {
    const a = analyzeDocument(at(textPage, `${SITE}/x.html`));
    expect([a.isReport, a.year, a.tables.t3.length, a.tables.t2.length, a.tables.t4.length]).toEqual([true, 2023, 0, 0, 0]);
  });

  it.each(['auto', 'manual'] as const)('shows the frame\'s report, under the frame\'s address (%s run)', (mode) => {
    const top = portal(textPage, at(fixture('wrong-cell-2021.html'), frameUrl));
    const { found, top: topAnalysis } = find(top, mode);
    expect(topAnalysis.isReport).toBe(true);
    expect(found?.url).toBe(frameUrl);
    expect(found?.frame?.id).toBe('fullText');
    expect(found?.analysis.tables.t3).toHaveLength(1);
    // the report's own findings: the wrong cell and what follows from it
    expect(found?.analysis.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
  });

  it('keeps the page\'s own report when the frame shows no report (a news item)', () => {
    const top = portal(textPage, at(fixture('news-page.html'), `${SITE}/xxgk/news/1.html`));
    const { found } = find(top, 'manual');
    expect(found?.frame).toBeNull();
    expect(found?.url).toBe(top.URL);
    expect(found?.analysis.tables.t3).toHaveLength(0);
  });

  it('keeps the page\'s own report when the frame\'s is another year\'s (a sidebar, last year\'s)', () => {
    const top = portal(textPage, at(fixture('word-2021-consistent.html'), `${SITE}/xxgk/nb/2023/1.html`));
    const { found } = find(top, 'manual');
    expect(found?.frame).toBeNull();
    expect(found?.analysis.year).toBe(2023);
  });

  it('keeps the page\'s own report when the frame\'s own style hides it', () => {
    const top = portal(textPage, at(fixture('wrong-cell-2021.html'), frameUrl), { hidden: true });
    expect(find(top, 'manual').found?.frame).toBeNull();
  });

  it('a report page with its tables keeps them, whatever its frames hold', () => {
    // the report's own page, with a frame of the same site that holds another report (a 解读's
    // embedded page, a sidebar): the page's tables are the report's
    const html = fixture('wrong-cell-2021.html').replace('</body>', '<iframe src="/xxgk/nb/other.html" title="相关报告"></iframe></body>');
    const top = portal(html, at(fixture('wrong-cell-2021.html'), `${SITE}/xxgk/nb/other.html`));
    let framesRead = 0;
    const { found } = findReport({ doc: top, url: top.URL }, (doc, url) => {
      if (doc !== top) framesRead++;
      return analyzeDocument(doc, { url });
    });
    expect(found?.frame).toBeNull();
    expect(framesRead).toBe(0);
  });
});
