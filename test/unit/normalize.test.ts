// @vitest-environment node
/**
 * normalizeText and labelKey take a one-pass path for the characters report text is made of; it
 * must give exactly what the plain definition gives (NFKC, zero-width characters dropped,
 * whitespace collapsed or removed). The definition is written out here and both are compared over
 * every UTF-16 code unit, alone and between other characters, over random strings of the
 * characters that matter, and over every text node of the fixture pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collapseSpace, labelKey, normalizePlainText, normalizeText, toHalfWidth, withoutSpaces } from '../../lib/text/normalize.ts';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const refText = (s: string): string => s.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
const refKey = (s: string): string => s.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/[\s\u00a0\u3000]+/g, '');

function mismatches(samples: Iterable<string>): string[] {
  const bad: string[] = [];
  for (const s of samples) {
    if (normalizeText(s) !== refText(s) || labelKey(s) !== refKey(s)) bad.push(s);
    if (bad.length > 5) break;
  }
  return bad;
}

describe('normalizeText and labelKey: quirks', () => {
  it.each([
    ['\u3000一、\u00a0总体情况  ', '一、 总体情况', '一、总体情况'],
    ['（三）不予\n 公开', '(三)不予 公开', '(三)不予公开'],
    ['１２３', '123', '123'],
    [' a  b ', 'a b', 'ab'],
    ['a\u200bb', 'ab', 'ab'],
    ['①件', '1件', '1件'], // not plain: NFKC
    ['', '', ''],
    ['\t\n', '', ''],
  ])('%j', (raw, text, key) => {
    expect(normalizeText(raw)).toBe(text);
    expect(labelKey(raw)).toBe(key);
  });
});

describe('normalizeText and labelKey equal their definition', () => {
  it('on every code unit, alone and between letters and spaces', () => {
    const samples: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      samples.push(ch, `a${ch}b`, ` ${ch} `, `${ch}${ch}`, `中${ch}\u3000`);
    }
    expect(mismatches(samples)).toEqual([]);
  });

  it('on random strings of spaces, full-width forms, ideographs and marks', () => {
    const alphabet = [' ', '  ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u00ad', '\u2003', 'a', '1', '（', '）', '１',
      'Ａ', '中', '文', '、', '。', '—', '·', '…', '①', '\u0301', 'e', '\ud83d\ude00', '\ud800', '\uf900', '㈠', '℃', '\u2028', '\x1f', '\x85'];
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const samples: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      const len = Math.floor(rand() * 12);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      samples.push(s);
    }
    expect(mismatches(samples)).toEqual([]);
  });

  it('on the text of every fixture page', () => {
    const dir = new URL('../fixtures/pages/', import.meta.url);
    const samples: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const { document } = parseHTML(readFileSync(new URL(f, dir), 'utf8'));
      const w = document.createTreeWalker(document.documentElement, 4);
      for (let n = w.nextNode(); n; n = w.nextNode()) samples.push((n as unknown as Text).data);
      samples.push(document.body?.textContent ?? '');
    }
    expect(samples.length).toBeGreaterThan(1000);
    expect(mismatches(samples)).toEqual([]);
  }, 90_000); // every fixture page parsed: ~5 s quiet, past the default 20 s when CI shares the cores (a clean-clone run in session 57)

  it('toHalfWidth and collapseSpace compose to normalizeText', () => {
    for (const s of ['\u3000（一）\u00a0 １２ ', 'a\u200b b', '①  ②'])
      expect(collapseSpace(toHalfWidth(s))).toBe(normalizeText(s));
  });

  it('normalizePlainText: normalizeText of plain text, whose labelKey is its withoutSpaces and joins', () => {
    // what parseGrid and the mappers rely on to join cells' keys instead of normalising joined text
    const plain = ['\u3000（一）\u00a0 １２ ', '本年新\n制作数量', ' a  b\tc ', '', '１,２３４', '（三）不予 公开'];
    for (const s of plain) {
      const text = normalizePlainText(s);
      expect(text).toBe(normalizeText(s));
      expect(labelKey(text!)).toBe(withoutSpaces(text!));
      for (const t of plain) expect(labelKey(`${text} ${normalizePlainText(t)}`)).toBe(labelKey(text!) + labelKey(normalizePlainText(t)!));
    }
    for (const s of ['①  ②', 'a\u200b b', 'e\u0301', '\ud83d\ude00']) expect(normalizePlainText(s)).toBeNull();
  });
});
