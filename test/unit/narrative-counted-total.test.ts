/**
 * A total that says how many items it sums: "予以公开32件，部分公开7件，两项合计39件", "以上三项共23件",
 * "二者合计". The number makes the list before it complete, so parts short of the total are wrong
 * too (a plain "合计40件" after the same list may leave an item out: a skip). When the number is not
 * the count of items found, the text sums something else: no reading.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';

function run(html: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [], figures: {}, figureRefs: {}, year: 2023 });
}
const sums = (html: string) => run(html).checks.filter((c) => c.rule === 'text.parts-sum');
const keys = (html: string) => run(html).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}:${f.actual}`);

describe('a total that counts its items', () => {
  it.each([
    ['<p>在办理结果中，予以公开32件，部分公开7件，两项合计40件。</p>', ['text.parts-sum:error:40']],
    ['<p>在办理结果中，予以公开32件，部分公开7件，二者合计38件。</p>', ['text.parts-sum:error:38']],
    ['<p>不予公开5件，无法提供15件，不予处理3件，以上三项共24件。</p>', ['text.parts-sum:error:24']],
    ['<p>从申请渠道看，网上申请50件、信函申请10件，两项合计62件。</p>', ['text.parts-sum:error:62']],
    ['<p>从申请渠道看，网上申请50件、信函申请10件、当面申请2件，三项合计60件。</p>', ['text.parts-sum:error:60']],
  ])('fires: %s', (html, want) => expect(keys(html)).toEqual(want));

  it.each([
    '<p>在办理结果中，予以公开32件，部分公开7件，两项合计39件。</p>',
    '<p>不予公开5件，无法提供15件，不予处理3件，以上三项共23件。</p>',
    '<p>从申请渠道看，网上申请50件、信函申请10件，两项合计60件。</p>',
  ])('holds, and is checked: %s', (html) => {
    expect(keys(html)).toEqual([]);
    expect(sums(html).map((c) => c.outcome)).toEqual(['pass']);
  });

  it.each([
    // no count: the list may leave an item out
    '<p>在办理结果中，予以公开32件，部分公开7件，合计40件。</p>',
    '<p>从申请渠道看，网上申请50件、信函申请10件，共计62件。</p>',
    // the count is not the items found: the text sums two of the three
    '<p>予以公开32件，部分公开7件，不予公开5件，两项合计39件。</p>',
    '<p>网上申请50件、信函申请10件、当面申请2件，两项合计60件。</p>',
  ])('no error: %s', (html) => expect(keys(html)).toEqual([]));
});
