// @vitest-environment node
/**
 * Red team 34 (session 58, rt76; test/fixtures/redteam34, written by gen.mjs, EXPECT.md): a red team
 * of red team 33's table fixes — Word's vertical-align:super on a whole figure or its 件, a superscript
 * digit between a figure and its 件, the prose's figures beside superscript spans, 〇 in a year or a
 * caption row, a row of fifteen figures after table 四 that is not its, a 续表 numbered 甲 乙 丙 1 … 7,
 * table 三 on its side beside one drawn as usual. c pages are consistent: nothing may be raised; m pages
 * change one cell or sentence, caught on it.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const { expected, pages, analyze } = redteamFolder('redteam34');

describe('redteam34: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT34_PROBE);
  });
});

const notes = (a: ReturnType<typeof analyze>, rule: string) => a.findings.filter((f) => f.rule === rule).map((f) => f.note?.code ?? f.message);

describe('redteam34: what the fixes read', () => {
  it('c07: a 续表 headed 甲 乙 丙 1 … 7 has no unknown row (one note before)', () => {
    expect(notes(analyze('c07-ha-zz-2024-district-jia-yi-column-numbers.html'), 'map.unmapped')).toEqual([]);
    expect(notes(analyze('m07-ha-zz-2024-district-jia-yi-column-numbers.html'), 'map.unmapped')).toEqual([]);
  });
});
