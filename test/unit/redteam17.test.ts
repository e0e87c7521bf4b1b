// @vitest-environment node
/**
 * Red team 17 (test/fixtures/redteam17, written by gen.mjs): what real units add to the tables and
 * how their prose states figures that are not plain counts. c pages are consistent: no error or
 * warning may be raised. m pages carry one planted mistake: the rule must fire on the planted cell
 * (suspect) or quote the planted figure; nothing else may be raised.
 * - tables: a 上年同期, 上年总计, 同比增减 (signed) and 占比 column beside table 三's 总计; two blocks
 *   of applicant columns (本年度, 上年度); a 栏次 row, a "甲 1 … 8" row and a 行次 column in table 三;
 *   （七）总计 first in 三; rows a unit adds (其中：网上申请, 办结率, 较上年增减); table 二 with 上年 and
 *   增减 columns and a 上年现行有效件数 column; table 四 with a 年度 column and last year's row;
 * - prose: thousands with a full-width comma ("1，762件"), a list joined by one ("分别为2，3件"), a
 *   numbered list of results ("4.无法提供50件", "（四）无法提供51件"), approximations, ranges and
 *   dates, a 其中 list whose approximate item is followed by results and a share's whole in brackets,
 *   "由X件增至Y件，增加Z件".
 * KNOWN_MISS: planted mistakes the checker does not catch yet, each run as a test that must fail
 * (catching it turns it red until it is taken off the list).
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';
import { findFigures } from '../../lib/narrative/figures-in-text.ts';
import { asListedCategory } from '../../lib/narrative/results-list.ts';
import { outcomes, runProse } from './narrative-tables.ts';

const KNOWN_MISS: Readonly<Record<string, string>> = {
  // none since session 22's fixes
};

const { expected, pages, analyze } = redteamFolder('redteam17');

function check(name: string): void {
  expectPage(name, analyze(name), expected[name]!);
}

describe('redteam17: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages.filter((p) => !(p in KNOWN_MISS)))('%s', check);
  const known = pages.filter((p) => p in KNOWN_MISS);
  if (known.length > 0) it.fails.each(known)('%s (known miss: catching it turns this red; take it off KNOWN_MISS)', check);
});

describe('redteam17: the quirks of the prose, one by one', () => {
  const figs = (t: string): string[] => findFigures(t).map((f) => `${f.raw}=${f.value.n}`);
  it.each([
    // thousands with a full-width comma: one figure
    ['共新收政府信息公开申请1，762件', ['1，762件=1762']],
    ['办结12，345，678条', ['12，345，678条=12345678']],
    // a list with its unit written once: no figure (neither 2 nor 3 is said alone)
    ['被申请行政复议、被提起行政诉讼分别为2，3件', []],
    // in a list, "1，234件" is 1 and 234, never 1234
    ['行政复议、行政诉讼分别为1，234件', []],
    ['各1，234件', []],
    // a comma after a date, a phone or a figure with its unit: the figure after it stands
    ['截至2025年1月20日，5件已办结', ['5件=5']],
    ['联系电话：0371-12345678，收到申请5件', ['5件=5']],
    ['予以公开12件，3件部分公开', ['12件=12', '3件=3']],
  ])('%s', (text, want) => {
    expect(figs(text)).toEqual(want);
  });
  it.each([
    // 由X增至Y with its change right after: checked, either way
    ['全年主动公开信息由282条增至292条，增加10条，增长3.5%。', 'pass'],
    ['全年主动公开信息由282条增至292条，增加12条。', 'fail'],
    // a change said of another subject after it is not this one's (review of session 22: false errors before)
    ['全年主动公开信息由282条增至292条，其中政策解读增加15条。', 'pass'], // (the verb's direction against its two figures, recall41; the change after is another subject's)
    ['行政许可决定由1200件增至1268件，行政处罚增加6件。', 'pass'], // (the verb's direction against its two figures, recall41; the change after is another subject's)
    // a 较 after it is a comparison of its own (checkChanges), never this one's amount
    ['行政许可决定由1200件增至1268件，较上年增加68件。', 'quiet'],
  ])('%s', (text, want) => {
    const changes = outcomes(runProse(`<p>${text}</p>`)).filter((o) => o.startsWith('text.change:'));
    if (want === 'none') expect(changes).toEqual([]);
    else if (want !== 'quiet') expect(changes).toContain(`text.change:${want}`);
    if (want !== 'fail') expect(changes).not.toContain('text.change:fail');
  });
  it('a numbered list of results: "4.无法提供50件" is the category, as its siblings are theirs', () => {
    const unable = { id: 'unable', subItem: true };
    const s = '办理结果如下：1.予以公开121件；2.部分公开11件；3.不予公开8件；4.无法提供50件；5.不予处理15件。';
    expect(asListedCategory(unable, s, s.indexOf('50件')).subItem).toBe(false);
    const cn = '其中：（一）予以公开105件；（二）部分公开10件；（四）无法提供54件；（五）不予处理20件。';
    expect(asListedCategory(unable, cn, cn.indexOf('54件')).subItem).toBe(false);
    const one = '因信息不存在，4.无法提供50件';
    expect(asListedCategory(unable, one, one.indexOf('50件')).subItem).toBe(true);
  });
});
