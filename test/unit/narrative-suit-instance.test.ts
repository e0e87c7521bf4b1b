/**
 * A suit's instance (一审, 二审, 上诉, 再审): "法院判决驳回1件，目前该案处于二审阶段". Table 四 counts
 * each case once, by where it stood at the year's end: a case on appeal is 尚未审结 there, while the
 * text tells of its first judgment. What the text says of an instance is no claim about table 四's
 * columns, so a mismatch is no finding; the same words without an instance still are.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';

/** A 区政府's table 四: one suit filed directly, on appeal at the year's end (尚未审结); one 复议 upheld. */
const FIGURES: Record<string, number> = {
  't3.new.total': 62,
  't3.carried.total': 4,
  't3.processed.total': 63,
  't3.carriedForward.total': 3,
  't4.review.upheld': 1,
  't4.review.corrected': 0,
  't4.review.other': 0,
  't4.review.pending': 0,
  't4.review.total': 1,
  't4.suitDirect.upheld': 0,
  't4.suitDirect.corrected': 0,
  't4.suitDirect.other': 0,
  't4.suitDirect.pending': 1,
  't4.suitDirect.total': 1,
  't4.suitAfterReview.upheld': 0,
  't4.suitAfterReview.corrected': 0,
  't4.suitAfterReview.other': 0,
  't4.suitAfterReview.pending': 0,
  't4.suitAfterReview.total': 0,
};

function keys(html: string): string[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
  const r = checkNarrative({ container: document.body, exclude: [], figures: FIGURES, figureRefs: {}, year: 2023 });
  return r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}:${f.quote}`);
}

describe('a suit\'s instance against table 四', () => {
  it.each([
    // the case's first judgment, the case still open on appeal
    '<p>2023年，本机关被提起政府信息公开行政诉讼1件，法院判决驳回1件，目前该案处于二审阶段。</p>',
    '<p>全年发生政府信息公开行政诉讼1件，一审判决维持1件，原告不服提起上诉。</p>',
    '<p>全年发生政府信息公开行政诉讼1件，一审判决驳回原告诉讼请求，原告已上诉，二审尚未审结。</p>',
    // counted by instance
    '<p>全年发生政府信息公开行政诉讼2件（一审、二审各1件），均尚未审结。</p>',
  ])('silent: %s', (html) => expect(keys(html)).toEqual([]));

  it.each([
    // the same judgment with no instance named: the table says the case is open
    ['<p>全年发生政府信息公开行政诉讼1件，法院判决驳回1件。</p>', ['text.vs-table:error:法院判决驳回1件']],
    // a wrong total with no instance named
    ['<p>全年发生政府信息公开行政诉讼2件，尚未审结。</p>', ['text.vs-table:error:全年发生政府信息公开行政诉讼2件']],
    // an instance named in the 诉讼 sentence does not shelter the 复议 one beside it
    ['<p>全年发生政府信息公开行政复议2件，结果均为维持。行政诉讼1件，一审判决驳回，已上诉。</p>', ['text.vs-table:error:全年发生政府信息公开行政复议2件']],
  ])('fires: %s', (html, want) => expect(keys(html)).toEqual(want));
});

describe('cases still open, in whichever instance', () => {
  it('"尚在一审2件" is compared with 尚未审结', () => {
    expect(keys('<p>全年发生政府信息公开行政诉讼1件，尚在一审2件。</p>')).toContain('text.vs-table:error:尚在一审2件');
    expect(keys('<p>全年发生政府信息公开行政诉讼1件，尚在二审1件。</p>')).toEqual([]);
  });
});
