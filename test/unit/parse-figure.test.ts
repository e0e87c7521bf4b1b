import { describe, expect, it } from 'vitest';
import { exactSum, figureNote, readFigure, sameFigure } from '../../lib/text/parse-figure.ts';
import { labelKey, normalizeText } from '../../lib/text/normalize.ts';

describe('readFigure: one row per quirk of real cells', () => {
  it.each([
    ['26', 26, 0],
    ['１２', 12, 0], // full-width digits
    ['1,234', 1234, 0], // thousands separator
    ['12,345,678', 12345678, 0],
    ['78955503.00', 78955503, 2], // money keeps its printed decimals
    ['12.35', 12.35, 2],
    ['\u00a012\u00a0', 12, 0], // &nbsp; around
    ['1 234', 1234, 0], // a space inside a number (Word)
    ['22（其中修订16件）', 22, 0], // note in parentheses
    ['55(含自然失效29件)', 55, 0],
    ['3件', 3, 0], // unit
    ['25.1万元', 25.1, 1],
    ['-2', -2, 0], // 本年增/减
    ['\u221219', -19, 0], // …with Word's minus sign (U+2212)
    ['减少1', -1, 0], // …in words
    ['增加2', 2, 0],
    ['减 3', -3, 0],
    ['减少0', 0, 0],
    ['0', 0, 0],
    ['\u200b7', 7, 0], // zero-width space from a CMS editor
    ['5*', 5, 0], // a footnote's mark typed after the figure (red team 28)
    ['１２＊', 12, 0],
    ['3※', 3, 0],
    ['8件*', 8, 0],
    // red team 33 (c25): zero as the numeral 〇 (or the circle typed for it, or 零), alone in its cell
    ['〇', 0, 0],
    ['○', 0, 0],
    [' 〇\u00a0', 0, 0],
    ['零', 0, 0],
  ])('%j reads %d', (text, value, decimals) => {
    expect(readFigure(text)).toEqual({ kind: 'number', value, decimals });
  });

  it.each(['', ' ', '\u00a0', '—', '-', '－', '\u2212', '/', '／', '无', '——', '\u3000'])('%j is blank', (text) => {
    expect(readFigure(text)).toEqual({ kind: 'blank' });
  });

  it.each(['2.其他法律行政法规禁止公开', '1.属于国家秘密', '自然人', '第二十条第（一）项', '12个月以上', '1,23', '见附件', '（七）总计', '增加', '减少-1', '减少1项目', '增值税', '5*2', '12*件', '3**注', '〇〇', '二〇二五', '零星申请', '○含网上申请', '〇件'])(
    '%j is text, not a figure',
    (text) => {
      expect(readFigure(text).kind).toBe('text');
    },
  );
});

describe('figureNote: what a figure cell says beside its figure', () => {
  it.each([
    ['55（含自然失效29件）', '含自然失效29件'],
    ['55(含自然失效29件)', '含自然失效29件'],
    ['22（其中修订16件）', '其中修订16件'],
    ['１２件（另有废止后重新制发2件）', '另有废止后重新制发2件'], // full-width digits, a unit, then the note
  ])('%j carries the note %j', (text, note) => {
    expect(figureNote(text)).toBe(note);
  });

  it.each(['55', '3件', '3(件)', '25.1（万元）', '55（）', '—', '', '（七）总计', '2.其他法律行政法规禁止公开', '减少1'])('%j carries none', (text) => {
    expect(figureNote(text)).toBeNull();
  });
});

describe('cells of digits only (read without the regex)', () => {
  it.each([
    ['0', { kind: 'number', value: 0, decimals: 0 }],
    ['007', { kind: 'number', value: 7, decimals: 0 }],
    ['1234', { kind: 'number', value: 1234, decimals: 0 }],
    ['9'.repeat(400), { kind: 'text' }], // not a finite number
  ])('%j', (text, reading) => {
    expect(readFigure(text)).toEqual(reading);
  });
});

describe('exact arithmetic', () => {
  it('sums decimals without float drift', () => {
    const s = exactSum([{ value: 0.1, decimals: 1 }, { value: 0.2, decimals: 1 }], (v) => v);
    expect(sameFigure(s, { value: 0.3, decimals: 1 })).toBe(true);
  });
  it('tells different sums apart', () => {
    expect(sameFigure(exactSum([{ value: 10, decimals: 0 }, { value: 1, decimals: 0 }], (v) => v), { value: 0, decimals: 0 })).toBe(false);
  });
  it('counts a blank as 0 and leaves out what is not a term', () => {
    const cells = [{ value: 2.5, decimals: 1 }, null, { value: null, decimals: 0 }, { value: 4, decimals: 0 }];
    expect(exactSum(cells, (c) => c)).toEqual({ value: 6.5, decimals: 1, terms: 3 });
  });
});

describe('labels', () => {
  it('compare equal across full-width and half-width parentheses and spaces', () => {
    expect(labelKey('（三）不予\n 公开')).toBe(labelKey('(三)不予公开'));
  });
  it('normalizeText collapses NBSP and ideographic spaces', () => {
    expect(normalizeText('\u3000一、\u00a0总体情况  ')).toBe('一、 总体情况');
  });
});
