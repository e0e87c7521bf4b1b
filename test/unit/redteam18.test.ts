// @vitest-environment node
/**
 * Red team 18 (test/fixtures/redteam18, written by gen.mjs): what the eye does not see. Markup and
 * characters in table cells and prose that a reader never sees as part of a figure but a parser
 * might read into it. c pages are consistent: no error or warning may be raised. m pages carry one
 * planted mistake: the rule must fire on the planted cell (suspect) or quote the planted figure;
 * nothing else may be raised.
 * - cells: footnote marks (<sup>, <sub>, ①, *, （注1）), Word's revision marks (<del>/<ins>, <s>,
 *   <strike>, line-through spans), hidden text (display:none, visibility:hidden, hidden, comments,
 *   conditional comments, <script>, <style>, <noscript>, <template>), invisible characters
 *   (U+200B–200D, FEFF, soft hyphen, <wbr>, U+2002/2003/3000, NBSP between digits, a figure over
 *   two spans), repeated header rows and a row broken over a page, a figure as an image or a title;
 * - prose: the same marks, hidden text and characters inside sentences;
 * - red team 17's leftovers: a "2023年总计" column, "分别为1，100件、134件", "120，135件".
 * KNOWN_MISS: planted mistakes the checker does not catch yet, each run as a test that must fail.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';
import { findFigures } from '../../lib/narrative/figures-in-text.ts';

const KNOWN_MISS: Readonly<Record<string, string>> = {
  // false flags and misses when the pages were written (EXPECT.md); each fix takes its pages off
};

const { expected, pages, analyze } = redteamFolder('redteam18');


function check(name: string): void {
  const a = analyze(name);
  expectPage(name, a, expected[name]!, !!process.env.RT18_PROBE);
}

describe('redteam18: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages.filter((p) => !(p in KNOWN_MISS)))('%s', check);
  const known = pages.filter((p) => p in KNOWN_MISS);
  if (known.length > 0) it.fails.each(known)('%s (known miss: catching it turns this red; take it off KNOWN_MISS)', check);
});

describe('redteam18: a 总计 column headed with its year is read (red team 17\'s leftover a)', () => {
  it.each(pages.filter((p) => /zongji/.test(p) && !(p in KNOWN_MISS)))('%s', (name) => {
    const a = analyze(name);
    expect(a.figures['t3.new.total']).toBeTypeOf('number');
    expect(a.figures['t3.processed.total']).toBeTypeOf('number');
    expect(a.checks.skipped).toBe(0);
  });
});

describe('redteam18: commas between figures, one by one', () => {
  const figs = (t: string): string[] => findFigures(t).filter((f) => !f.approx).map((f) => `${f.raw}=${f.value.n}`);
  it.each([
    // a 分别 list whose items carry their unit: the full-width comma is inside an item (leftover b)
    ['新收、办结申请分别为1，029件、1，023件', ['1，029件=1029', '1，023件=1023']],
    ['新收、上年结转申请分别为1，100件和134件', ['1，100件=1100', '134件=134']],
    ['新收、上年结转申请分别为134件、1，100件', ['134件=134', '1，100件=1100']],
    // …and a list with its unit written once stays a list (red team 17)
    ['被申请行政复议、被提起行政诉讼分别为2，3件', []],
    ['行政复议、行政诉讼分别为1，234件', []],
    // one comma after two or three digits: 103109, or 103 and 109 with the unit once; no figure to
    // compare (leftover c). One digit before it, or several groups: thousands (red team 17)
    ['本年度受理申请103，109件', []],
    ['全年新收和办结申请103，103件', []],
    ['共新收政府信息公开申请1，762件', ['1，762件=1762']],
    ['办结12，345，678条', ['12，345，678条=12345678']],
    ['共收到申请103,109件', ['103,109件=103109']],
    // a space (NBSP, thin space) between groups of three: thousands; a year before a count is not one
    ['共新收政府信息公开申请1 278件', ['1 278件=1278']],
    ['办结12 345 678条', ['12 345 678条=12345678']],
    ['2023 100件', ['100件=100']],
    ['予以公开 12 件', ['12 件=12']],
  ])('%s', (text, want) => {
    expect(figs(text)).toEqual(want);
  });
});
