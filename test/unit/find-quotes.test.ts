// @vitest-environment happy-dom
/**
 * findQuotes (components/quote-ranges.ts) reads the page's text once for several quotes; each
 * answer must be exactly findQuote's for that quote alone, found or not.
 */
import { describe, expect, it } from 'vitest';
import { findQuote, findQuotes } from '../../components/quote-ranges.ts';

describe('findQuotes', () => {
  it('answers each quote as findQuote does, reading the page once', () => {
    document.body.innerHTML =
      '<p>全年共收到申请<b>45</b>件，其中本级17件。</p><table><tr><td>45</td></tr></table><p>结转下年度继续办理的 3件。</p>';
    const table = document.querySelector('table')!;
    const quotes = ['收到申请45件', '结转下年度继续办理的3件', '不在页面上的句子', '   ', '继续办理的 3件'];
    const together = findQuotes(document.body, quotes, [table]);
    expect(together).toEqual(quotes.map((q) => findQuote(document.body, q, [table])));
    expect(together[0]!.map((r) => r.node.data.slice(r.start, r.end)).join('')).toBe('收到申请45件');
    expect(together[2]).toBeNull();
    expect(together[3]).toBeNull();
    expect(together[4]).not.toBeNull();
  });
});

describe('a quote across a line wrapped mid-sentence', () => {
  it('is found across the <br> the core read through (extract-prose.ts joinWrappedLines)', async () => {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML('<!doctype html><html><body><div><p>全年共收到政府信息公开申请86件，<br>其中网上申请50件，信函申请36件。</p></div></body></html>');
    const ranges = findQuote(document.body as unknown as Element, '86件，其中网上申请50件');
    expect(ranges?.map((r) => r.node.data.slice(r.start, r.end))).toEqual(['86件，', '其中网上申请50件']);
  });
});

describe('a quote on a page in traditional characters', () => {
  const SIMPLIFIED = '<p>政府信息公开工作年度报告</p><p>我乡未发生因政府信息公开引起的行政复议、行政诉讼。本年度共收到政府信息公开申请3件，其中予以公开2件。</p>';
  const TRADITIONAL = '<p>政府信息公開工作年度報告</p><p>我鄉未發生因政府信息公開引起的行政複議、行政訴訟。本年度共收到政府信息公開申請3件，其中予以公開2件。</p>';
  const marked = (html: string, quote: string): string | undefined => {
    document.body.innerHTML = html;
    return findQuote(document.body, quote)?.map((r) => r.node.data.slice(r.start, r.end)).join('');
  };

  it('is found as the page shows it (the core quotes a page in its own characters)', () => {
    expect(marked(TRADITIONAL, '我鄉未發生因政府信息公開引起的行政複議、行政訴訟')).toBe('我鄉未發生因政府信息公開引起的行政複議、行政訴訟');
  });

  it("is found after the portal's switch rewrote the page either way", () => {
    // quoted before a switch to 繁體, and before a switch back to 简体
    expect(marked(TRADITIONAL, '我乡未发生因政府信息公开引起的行政复议、行政诉讼')).toBe('我鄉未發生因政府信息公開引起的行政複議、行政訴訟');
    expect(marked(SIMPLIFIED, '我鄉未發生因政府信息公開引起的行政複議、行政訴訟')).toBe('我乡未发生因政府信息公开引起的行政复议、行政诉讼');
  });

  it('is not found where the page says something else', () => {
    expect(marked(TRADITIONAL, '我鄉未發生因政府信息公開引起的行政複議')).toBeDefined();
    expect(marked(TRADITIONAL, '我縣未發生因政府信息公開引起的行政複議')).toBeUndefined();
    expect(marked(SIMPLIFIED, '我縣未發生因政府信息公開引起的行政複議')).toBeUndefined();
  });
});

describe('marks and zero-width characters beside a figure (red team 18)', () => {
  it('are left out of the prose and skipped by the quote finder alike', async () => {
    const { parseHTML } = await import('linkedom');
    const { extractParagraphs } = await import('../../lib/narrative/extract-prose.ts');
    const html = '<p>共新收申请127<sup>1</sup>件，办结<del>13</del><ins>12</ins>件，上年结转<span style="text-decoration:line-through">6</span>1\u200b5件，部分公开1\u00ad1<sub>3</sub>件。</p>';
    const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
    const div = document.querySelector('div') as unknown as Element;
    expect(extractParagraphs(div, []).map((p) => p.text)).toEqual(['共新收申请127件，办结12件，上年结转15件，部分公开11件。']);
    for (const q of ['申请127件', '办结12件', '上年结转15件', '部分公开11件']) {
      const ranges = findQuote(div, q);
      expect(ranges?.map((r) => r.node.data.slice(r.start, r.end)).join('').replace(/[\u200b\u00ad]/g, '')).toBe(q);
    }
  });
});

describe('a quote from a letter-spaced paragraph (a machine-converted copy, red team 25)', () => {
  it('is found on the page as spaced out, the quote without its spaces (lib/text/letter-spaced.ts)', () => {
    document.body.innerHTML = '<p>共 新 收 政 府 信 息 公 开 申 请 7 5 件 ， 办 结 7 3 件 。</p><p>新收75件。</p>';
    const ranges = findQuote(document.body, '办结73件');
    expect(ranges?.map((r) => r.node.data.slice(r.start, r.end)).join('')).toBe('办 结 7 3 件');
  });
  it('is found as written where the page has it unspaced', () => {
    document.body.innerHTML = '<p>共 新 收 申 请 7 5 件 。</p><p>新收75件。</p>';
    expect(findQuote(document.body, '新收75件')?.map((r) => r.node.data.slice(r.start, r.end)).join('')).toBe('新收75件');
  });
});
