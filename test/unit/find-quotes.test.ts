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
