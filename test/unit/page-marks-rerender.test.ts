// @vitest-environment happy-dom
/**
 * The page's marks when a page script re-renders the marked markup (red team 17: a 适老化/无障碍
 * toolbar's 指读 rewrites the article's innerHTML, each text run in a <span>): the cells we marked
 * are gone, copies carrying our mark stand in their place. A finding's click must reach the copy,
 * a hover over the copy must find its findings, and closing must leave no copy marked. A copy is
 * taken only when it carries the same mark and text at the same place: otherwise it is dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { markPage, ATTR, FLASH_ATTR, JUMP } from '../../components/page-marks.ts';
import { isProblem } from '../../components/findings-view.ts';
import { tableResolver } from '../../lib/grid/aria-tables.ts';

function marked() {
  const html = readFileSync(join(process.cwd(), 'test/fixtures/pages/wrong-total-cell-2019.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const analysis = analyzeDocument(doc, { url: 'https://www.qingfeng.gov.cn/xxgk/nb/2019.html' });
  const { t2, t3, t4 } = analysis.tables;
  const marks = markPage(doc, analysis.findings, [...t2, ...t3, ...t4]);
  const finding = analysis.findings.filter(isProblem).find((f) => f.suspect)!;
  return { doc, marks, finding, article: doc.querySelector('.detail')! };
}

/** 指读 as the toolbar does it: the article's markup written again, each text run in a span. */
function reRender(article: Element, edit: (html: string) => string = (h) => h): void {
  article.innerHTML = edit(article.innerHTML.replace(/>([^<>]+)</g, (all, text: string) => (text.trim() ? `><span class="wza-read">${text}</span><` : all)));
}

describe('the jump the panel reads (panel-dodge.ts)', () => {
  it('is the last finding\'s alone, though the one clicked before still flashes (ux88\'s walk)', () => {
    const html = readFileSync(join(process.cwd(), 'test/fixtures/pages/qizhong-nested-wrong-2023.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const analysis = analyzeDocument(doc, { url: 'https://www.qingxi.gov.cn/xxgk/nb/2023.html' });
    const { t2, t3, t4 } = analysis.tables;
    const marks = markPage(doc, analysis.findings, [...t2, ...t3, ...t4]);
    const shown = analysis.findings.filter(isProblem).filter((f) => marks.targets(f).length > 0);
    const jumps = () => Array.from(doc.querySelectorAll(`[${FLASH_ATTR}="${JUMP}"]`));
    // each finding in turn, each clicked while the ones before still flash
    const landed = new Set<Element>();
    for (const f of shown) {
      const el = marks.scrollTo(f);
      if (!el) continue;
      landed.add(el);
      // the cell, or the quote's every piece (ux90: the panel judges the whole quote), none of the findings' before
      expect(jumps()[0]).toBe(el);
      expect(jumps().every((j) => marks.targets(f).includes(j))).toBe(true);
    }
    expect(landed.size).toBeGreaterThanOrEqual(2);
    // the ones before still flash, as marks of their findings
    expect([...landed].every((el) => el.hasAttribute(FLASH_ATTR))).toBe(true);
    marks.clear();
  });
});

describe('marks after the page re-rendered the marked markup', () => {
  it('a finding reaches the copy of its cell, and a hover over the copy finds the finding', () => {
    const { doc, marks, finding, article } = marked();
    const before = marks.targets(finding)[0]!;
    expect(before.getAttribute(ATTR)).toBe('suspect');
    reRender(article);
    expect(before.isConnected).toBe(false);
    const now = marks.targets(finding);
    expect(now[0]!.isConnected).toBe(true);
    expect(now[0]).toBe(doc.querySelector(`[${ATTR}="suspect"]`));
    expect(now[0]!.textContent).toBe('48');
    expect(now.every((el) => el.isConnected)).toBe(true);
    expect(marks.scrollTo(finding)).toBe(now[0]);
    expect(now[0]!.hasAttribute(FLASH_ATTR)).toBe(true);
    // a hover over another finding's copied cell, before any click looked it up
    const flagged = Array.from(doc.querySelectorAll(`[${ATTR}="flagged"]`));
    expect(flagged.length).toBeGreaterThan(3);
    // the event's target is the span 指读 put in the cell
    for (const el of flagged) expect(marks.findingsAt(marks.markedFrom(el.querySelector('span.wza-read') ?? el)!).length).toBeGreaterThan(0);
  });

  it('closing takes the mark off every copy', () => {
    const { doc, marks, article } = marked();
    reRender(article);
    const quote = doc.createElement('nianbao-quote');
    quote.setAttribute(ATTR, 'quote');
    quote.textContent = '共新收政府信息公开申请46件';
    article.querySelector('p')!.append(quote);
    marks.clear();
    expect(doc.querySelectorAll(`[${ATTR}], [${FLASH_ATTR}], nianbao-quote`).length).toBe(0);
    // the copied quote's text stays in the page, unwrapped
    expect(article.querySelector('p')!.textContent).toContain('共新收政府信息公开申请46件');
  });

  it('a copy whose text changed is not taken for the cell', () => {
    const { marks, finding, article } = marked();
    // the page's script wrote another figure into the suspect cell (a corrected page): not the cell we judged
    reRender(article, (h) => h.replace(/(data-nianbao-lens="suspect"[^>]*>(?:<[^>]+>)*)48/, '$147'));
    expect(marks.targets(finding).some((el) => el.getAttribute(ATTR) === 'suspect')).toBe(false);
    expect(marks.scrollTo(finding)?.textContent).not.toBe('47');
  });

  it('a cell written again without our mark (the page fetched its article anew) is not marked again', () => {
    const { doc, marks, finding, article } = marked();
    reRender(article, (h) => h.replace(/ data-nianbao-lens="[a-z]+"/g, ''));
    expect(marks.targets(finding)).toEqual([]);
    expect(marks.scrollTo(finding)).toBeNull();
    // nothing marked but the marks' own <style>
    expect(Array.from(doc.querySelectorAll(`[${ATTR}]`), (el) => el.localName)).toEqual(['style']);
  });
});

describe('marks after the page put a table before the report\'s', () => {
  function analysedThenCalendar() {
    const html = readFileSync(join(process.cwd(), 'test/fixtures/pages/wrong-total-cell-2019.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const analysis = analyzeDocument(doc, { url: 'https://www.qingfeng.gov.cn/xxgk/nb/2019.html' });
    // as the lens does, in the analysis's own task
    const tableAt = tableResolver(doc);
    // a calendar widget rendered above the article before the marks are made
    const cal = doc.createElement('table');
    cal.className = 'cal';
    cal.innerHTML = '<tr><td>1</td><td>2</td><td>3</td></tr>'.repeat(30);
    doc.body.prepend(cal);
    const { t2, t3, t4 } = analysis.tables;
    return { doc, analysis, tableAt, tables: [...t2, ...t3, ...t4] };
  }

  it('the tables as they stood when read: the judged cell is marked, nothing in the calendar', () => {
    const { doc, analysis, tableAt, tables } = analysedThenCalendar();
    markPage(doc, analysis.findings, tables, tableAt);
    expect(Array.from(doc.querySelectorAll(`[${ATTR}="suspect"]`), (el) => el.textContent)).toEqual(['48']);
    expect(doc.querySelectorAll(`table.cal [${ATTR}]`).length).toBe(0);
  });
});
