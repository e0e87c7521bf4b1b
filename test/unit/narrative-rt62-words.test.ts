/**
 * Red team 31's words (session 52, rt62): counts over a hundred in Chinese numerals ("一百零五件"),
 * a count written twice, digits and words ("12（十二）件", "二十三（23）件"), and shares in words
 * ("百分之七十五", "百分之九十五点五"). Each read where it fires, silent where it must be, and its
 * wrong twin still flagged (lib/narrative/chinese-numerals.ts, percent-words.ts, figures-in-text.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { findFigures, readChineseCount } from '../../lib/narrative/figures-in-text.ts';
import { decToNumber } from '../../lib/narrative/decimal.ts';

/** A 县级部门's table 三: 105 new, 3 carried in, 105 done (84 granted, 21 else), 3 carried on; a 街道's share: 9 of 12. */
const DEPT: Record<string, number> = {
  't3.new.total': 105, 't3.carried.total': 3, 't3.granted.total': 84, 't3.partial.total': 6, 't3.denied.total': 2,
  't3.unable.total': 10, 't3.notProcessed.total': 3, 't3.other.total': 0, 't3.processed.total': 105, 't3.carriedForward.total': 3,
};
const JD: Record<string, number> = {
  't3.new.total': 12, 't3.carried.total': 0, 't3.granted.total': 9, 't3.partial.total': 1, 't3.denied.total': 0,
  't3.unable.total': 1, 't3.notProcessed.total': 1, 't3.other.total': 0, 't3.processed.total': 12, 't3.carriedForward.total': 0,
};
function run(text: string, figures: Record<string, number>) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div><p>${text}</p></div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [], figures, figureRefs: {}, year: 2024 });
}
const flagged = (text: string, figures: Record<string, number>) =>
  run(text, figures).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.actual}`);
const passed = (text: string, figures: Record<string, number>) =>
  run(text, figures).checks.filter((c) => c.outcome === 'pass').map((c) => c.rule);

const figs = (text: string): string[] => findFigures(text).map((f) => `${f.raw}=${decToNumber(f.value)}${f.unit}${f.approx ? '~' : ''}`);

describe('readChineseCount over a hundred', () => {
  it.each([
    ['一百', 100], ['一百零五', 105], ['四百一十二', 412], ['一千零五十', 1050], ['两千', 2000], ['两百三十', 230],
    ['一千二百三十四', 1234], ['九千九百九十九', 9999], ['一千零一十', 1010], ['二百零一', 201], ['一百一十', 110],
  ])('%s = %d', (s, n) => expect(readChineseCount(s)).toBe(n));
  it.each(['一百二', '一百十二', '一千零零五', '百', '千', '百零五', '一百五十零', '一万', '两百两十'])('%s is no count', (s) => {
    expect(readChineseCount(s)).toBeNull();
  });
});

describe('figures in words that are read', () => {
  it.each([
    ['共新收政府信息公开申请一百零五件，办结一百零五件。', ['一百零五件=105件', '一百零五件=105件']],
    ['主动公开政府信息四百一十二条。', ['四百一十二条=412条']],
    ['两千件以上', ['两千件以上=2000件~']],
    ['共计新收政府信息公开申请12（十二）件。', ['12（十二）件=12件']],
    ['共计新收政府信息公开申请１２（十二）件。', ['１２（十二）件=12件']],
    ['共计新收政府信息公开申请12（十三）件。', ['12（十三）件=12件~']],
    ['共收到政府信息公开申请二十三（23）件。', ['二十三（23）件=23件']],
    ['共收到政府信息公开申请二十三（２３）件。', ['二十三（２３）件=23件']],
    ['共收到政府信息公开申请二十三（24）件。', ['二十三（24）件=23件~']],
    ['予以公开九件，占办结总数的百分之七十五。', ['九件=9件', '百分之七十五=75%']],
    ['按期办结率百分之九十五点五。', ['百分之九十五点五=95.5%']],
    ['按期办结率百分之百。', ['百分之百=100%']],
    ['满意率百分之九十以上。', ['百分之九十以上=90%~']],
    ['占比百分之零点五。', ['百分之零点五=0.5%']],
  ])('%s', (text, want) => expect(figs(text)).toEqual(want));
});

describe('figures in words that stay unread', () => {
  it.each([
    '全年收到申请二十余件。', '法人或其他组织申请占一成多。', '予以公开的占比过半。', '申请量增长一倍。',
    '开展百件实事。', '一百二件', '约占百分之几十。', '数百件申请', '一万二千件以上', '落实“一件事一次办”。',
    '其中一百件事项', '百分之二三十',
  ])('%s', (text) => expect(figs(text)).toEqual([]));
});

describe('figures in words against the tables', () => {
  it('a count over a hundred: true passes, its twin is flagged', () => {
    const t = '2024年，本局共新收政府信息公开申请一百零五件，上年结转三件，办结一百零五件，结转下年度继续办理三件。其中，予以公开八十四件，部分公开六件，不予公开两件，无法提供十件，不予处理三件。';
    expect(flagged(t, DEPT)).toEqual([]);
    expect(passed(t, DEPT).filter((r) => r === 'text.vs-table').length).toBeGreaterThanOrEqual(9);
    expect(flagged(t.replace('新收政府信息公开申请一百零五件', '新收政府信息公开申请一百零七件'), DEPT)).toEqual(['text.vs-table:107']);
  });
  it('a count written twice: read where the two agree, its twin flagged, unread where they disagree', () => {
    const t = (x: string) => `2024年，本街道共计新收政府信息公开申请${x}，其中予以公开9件、部分公开1件、无法提供1件、不予处理1件。`;
    expect(flagged(t('12（十二）件'), JD)).toEqual([]);
    expect(passed(t('12（十二）件'), JD)).toContain('text.parts-sum');
    expect(flagged(t('13（十三）件'), JD)).toEqual(['text.vs-table:13']);
    expect(flagged(t('12（十三）件'), JD)).toEqual([]);
    expect(flagged(t('十二（12）件'), JD)).toEqual([]);
    expect(flagged(t('十三（13）件'), JD)).toEqual(['text.vs-table:13']);
  });
  it('a share in words: true passes, its twin is flagged', () => {
    const t = (x: string) => `2024年，本街道办结政府信息公开申请十二件，其中予以公开九件，占比${x}。`;
    expect(flagged(t('百分之七十五'), JD)).toEqual([]);
    expect(passed(t('百分之七十五'), JD)).toContain('text.share');
    expect(flagged(t('百分之八十五'), JD)).toEqual(['text.share:85']);
    expect(flagged(t('百分之七十五左右'), JD)).toEqual([]);
  });
});

describe('table 二 in a 街道\'s own words: "本街道" is the body, not a part of it', () => {
  const T2: Record<string, number> = { 't2.normativeDocs.newMade': 0, 't2.normativeDocs.abolished': 0, 't2.normativeDocs.inForce': 3, 't2.penalty.decisions': 6 };
  it('its true figures pass, its twin is flagged', () => {
    const t = (x: string) => `本街道现行有效行政规范性文件${x}；作出行政处罚决定六件。`;
    expect(flagged(t('三件'), T2)).toEqual([]);
    expect(passed(t('三件'), T2).filter((r) => r === 'text.vs-table')).toHaveLength(2);
    expect(flagged(t('四件'), T2)).toEqual(['text.vs-table:4']);
    expect(flagged('本单位现行有效行政规范性文件4件。', T2)).toEqual(['text.vs-table:4']);
  });
  it('a part of it, or more than it, stays no claim', () => {
    for (const t of ['本街道各社区现行有效行政规范性文件4件。', '本部门所属单位作出行政处罚决定7件。', '本单位及下属单位作出行政处罚决定7件。', '全街道作出行政处罚决定7件。']) {
      expect(run(t, T2).checks.filter((c) => c.rule === 'text.vs-table'), t).toEqual([]);
    }
  });
});
