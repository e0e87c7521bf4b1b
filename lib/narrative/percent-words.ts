/**
 * Shares written in words: "占办结总数的百分之七十五", "百分之九十五点五", "按期办结率百分之百" (red team
 * 31: 乡镇 and 街道 write their few percentages so). Read as the percentage its digits would print:
 * "百分之七十五" is 75% and stands for [74.5, 75.5) as "75%" does; "百分之九十五点五" is 95.5%.
 * 以上/左右/以下/多 after it makes it approximate, as after "90%". Only a whole written out
 * (0–100, readChineseCount) with single decimal digits after 点 is read: "百分之几十", "百分之二三十"
 * are no figure.
 */
import { readChineseCount, type ChineseCount } from './chinese-numerals.ts';

const PERCENT_WORDS = /百分之([〇零一二两三四五六七八九十百]+)(?:点([〇零一二三四五六七八九]+))?(以上|左右|以下|多)?/g;
const DECIMAL_DIGITS = '〇一二三四五六七八九';

/** The shares in words of a sentence, as counts in the unit "%" (value and its printed decimals). */
export function findPercentWords(text: string): ChineseCount[] {
  const out: ChineseCount[] = [];
  PERCENT_WORDS.lastIndex = 0;
  for (let m = PERCENT_WORDS.exec(text); m; m = PERCENT_WORDS.exec(text)) {
    const whole = m[1] === '百' ? 100 : readChineseCount(m[1] ?? '');
    if (whole === null || whole > 100) continue;
    const frac = (m[2] ?? '').replace(/零/g, '〇');
    const digits = [...frac].map((c) => DECIMAL_DIGITS.indexOf(c)).join('');
    if (whole === 100 && /[1-9]/.test(digits)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: Number(digits ? `${whole}.${digits}` : whole), decimals: digits.length, unit: '%', approx: m[3] !== undefined });
  }
  return out;
}
