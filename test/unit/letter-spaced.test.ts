// @vitest-environment node
/**
 * Letter-spaced prose (lib/text/letter-spaced.ts, red team 25): a machine-converted copy's
 * paragraph spaced out a character at a time is read with its spaces taken out; ordinary prose
 * with spaces around its figures, a short line, a row of figures and Latin text stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/load-page.ts';
import { extractParagraphs } from '../../lib/narrative/extract-prose.ts';
import { isLetterSpaced, unspaceLetterSpaced } from '../../lib/text/letter-spaced.ts';

describe('unspaceLetterSpaced', () => {
  it.each([
    ['共 新 收 政 府 信 息 公 开 申 请 7 5 件 ， 上 年 结 转 3 件 。', '共新收政府信息公开申请75件，上年结转3件。'],
    ['（ 二 ） 依 申 请 公 开 。 2 0 2 3 年 ， 共 新 收 申 请 7 5 件', '（二）依申请公开。2023年，共新收申请75件'],
    // one piece in ten longer than a character (a converter that kept a figure whole)
    ['共 新 收 政 府 信 息 公 开 申 请 75 件 ， 办 结 7 3 件 。', '共新收政府信息公开申请75件，办结73件。'],
  ])('%s', (spaced, read) => {
    expect(isLetterSpaced(spaced)).toBe(true);
    expect(unspaceLetterSpaced(spaced)).toBe(read);
  });
  it.each([
    '共新收政府信息公开申请 75 件，上年结转 3 件，办结 73 件。', // spaces around figures
    '新 收 申 请 7 件', // too short to tell
    '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15', // a row of column numbers
    'a b c d e f g h i j k', // no Chinese
    '予以公开 32 件 部分公开 7 件 不予公开 5 件 无法提供 15 件', // a list of words and figures
    '一 二 三 四 五 六 七 八 九 十 件 数 统 计 表 总 计 12 34 56', // three pieces in twenty longer
  ])('left as it is: %s', (text) => {
    expect(isLetterSpaced(text)).toBe(false);
    expect(unspaceLetterSpaced(text)).toBe(text);
  });
});

describe('extractParagraphs reads a letter-spaced paragraph whole', () => {
  it('takes its spaces out, and no other paragraph\'s', () => {
    const doc = parsePage('<body><div id="c"><p>共 新 收 政 府 信 息 公 开 申 请 7 5 件 ， 办 结 7 3 件 。</p><p>新收申请 75 件，办结 73 件。</p></div></body>');
    const paras = extractParagraphs(doc.getElementById('c') as unknown as Element, []);
    expect(paras.map((p) => p.shown ?? p.text)).toEqual(['共新收政府信息公开申请75件，办结73件。', '新收申请 75 件，办结 73 件。']);
  });
});
