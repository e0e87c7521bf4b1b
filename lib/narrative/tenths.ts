/**
 * Shares in tenths and changes by half (txt71): "其中自然人提出56件，占九成", "占比近九成", "超过八成";
 * "较上年的54件减少一半", "同比下降了一半（2021年为54件）", "增加了一半". 成 is a tenth; 一半 a change of 50%.
 *
 * Read only where the figures are sure, as the digit forms are: a share's part is the count right
 * before "，占…X成" in its ，-clause and its whole the count a 其中 opening that clause divides
 * (qizhong-whole.ts thisYearWhole: of this year); a change's two counts are those a 倍 would be read against (multiples.ts:
 * this year's before 较/比, last year's in the comparison, in a parenthesis naming its year, or in a
 * clause of its own). 七成半 (七成五) is 75% (txt73); 分别 lists: tenths-respectively.ts. A share naming its whole in words ("占新收申请的九成", "占全部申请的
 * 近一半": txt72) is read where the words name that whole (share-wholes.ts namesWhole) or all of it (总数, 全部), else a
 * skip that says so; 一半 as a share is 五成 ("占一半", "超过一半"); "减少近一半" is 45–50%, as 近五成.
 *
 * A word in tenths is no digit: "九成" is what 85% to 95% round to (half a 成 each side, as "2倍" holds
 * within half a unit); 近/将近/接近 bound it from below (85% to 90%: a writer with 84% says 八成多 or
 * 超过八成); 超过/逾/以上/多 from above (anything at or past it is literally true, 95% "超过八成" too);
 * 不到/不足/以下 from below (anything under it); 约/左右 as the plain word. 一半 is 五成. A share or change
 * within 5 points past those bounds is a skip that says so (a loose word, no error); an error only beyond.
 * A fraction in words ("占三分之二", "占比二分之一": txt78, rt74's 75) is read as tenths: 66.7% ± 2.5 as 七成半 is (一半 and
 * 二分之一 ± 5), plain or with 约/左右 only ("超过三分之二" not read), its loose skip saying 分数 (fractionLoose).
 */
import { cmpDec, decToNumber, type Dec } from './decimal.ts';
import { readChineseCount } from './chinese-numerals.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part as notePart, said } from './note-words.ts';
import { clauseStart, shownOf } from './quote.ts';
import { thisYearWhole } from './qizhong-whole.ts';
import { namesWhole } from './share-wholes.ts';
import { namedNewCount } from './share-named-new.ts';
import { baseAfter, comparisonBefore, lastYearsPair } from './multiples.ts';
import { CARRIED_SOURCE } from './period.ts';

const TENTHS = /占(?:比)?(?:(?<of>[^，,；;。：:占\d（）()“”]{1,14}?)的)?(?:达到|达|为|约为)?\s*(?<before>近|将近|接近|约|大约|超过|超|逾|不到|不足)?\s*(?:(?<digit>[一二两三四五六七八九1-9])成(?<plusHalf>半|五)?|(?<half>一半)|(?<den>[二三四五六七八九十])分之(?<num>[一二三四五六七八九]))(?<after>以上|多|有余|左右|以下)?(?![半一二三四五六七八九\d])/g;
/** "减少一半", "下降了一半", "增加了一半", "减少近一半" (txt72); not "一半以上", "一半多". */
const HALF = /(增加|增长|提高|上升|减少|下降|降低)了?(近|将近|接近)?一半(?!以上|以下|多|左右)/g;
/** A whole named in words that any whole of the sentence is: "占全部申请的近一半", "占总数的九成". */
const ALL_OF = /^(?:全部|所有|总数|总量|全年)(?:的)?(?:政府信息公开|依申请公开)?(?:申请|信息)?(?:总数|总量|数量)?$/u;
const CARRIED = new RegExp(CARRIED_SOURCE);
/** The digits of a fraction in words ("三分之二"). */
const NUMERALS = '一二三四五六七八九十';
/** Points beyond a word's bounds that are still a loose word's, not an error. */
const MARGIN = 5;
/** The bounds (in %) a word about tenths allows: [lo, hi], and whether each end is itself allowed. */
export function bounds(tenths: number, before: string | undefined, after: string | undefined): { lo: number; hi: number; loIn: boolean; hiIn: boolean } {
  const x = tenths * 10;
  // ("七成半", "七成五": 75%, what rounds to it by half a 成, 72.5% to 77.5%; with no other word than 约/左右 — txt73)
  const w = Number.isInteger(tenths) ? 5 : 2.5;
  if (w < 5 && ((before !== undefined && !/^(?:约|大约)$/.test(before)) || (after !== undefined && after !== '左右'))) return { lo: -1, hi: -1, loIn: false, hiIn: false };
  if (before === undefined && after === undefined) return { lo: x - w, hi: x + w, loIn: true, hiIn: true };
  if (/^(?:约|大约)$/.test(before ?? '') || after === '左右') return after === undefined || after === '左右' ? { lo: x - w, hi: x + w, loIn: true, hiIn: true } : { lo: -1, hi: -1, loIn: false, hiIn: false };
  if (/^(?:近|将近|接近)$/.test(before ?? '') && after === undefined) return { lo: x - 5, hi: x, loIn: true, hiIn: true };
  if ((/^(?:超过|超|逾)$/.test(before ?? '') && after === undefined) || (before === undefined && /^(?:多|有余)$/.test(after ?? ''))) return { lo: x, hi: 100, loIn: false, hiIn: true };
  if (before === undefined && after === '以上') return { lo: x, hi: 100, loIn: true, hiIn: true };
  if ((/^(?:不到|不足)$/.test(before ?? '') && after === undefined) || (before === undefined && after === '以下')) return { lo: 0, hi: x, loIn: true, hiIn: false };
  return { lo: -1, hi: -1, loIn: false, hiIn: false }; // two words at once ("超过八成以上"): not read
}

export function judge(r: number, b: ReturnType<typeof bounds>): 'pass' | 'loose' | 'fail' {
  const inside = (r > b.lo || (b.loIn && r === b.lo)) && (r < b.hi || (b.hiIn && r === b.hi));
  if (inside) return 'pass';
  return r >= b.lo - MARGIN && r <= b.hi + MARGIN ? 'loose' : 'fail';
}

export const pct = (a: Dec, b: Dec): number => (decToNumber(a) / decToNumber(b)) * 100;

/** "其中自然人提出56件，占九成": the share in tenths of the 其中's whole. */
export function checkTenthShares(s: SentenceFigures): ClaimOutcome[] {
  const t = s.text;
  const out: ClaimOutcome[] = [];
  if (!/成|一半|分之/.test(t) || /分别/.test(t)) return out;
  for (const m of t.matchAll(TENTHS)) {
    const before = s.figures.filter((f) => f.end <= m.index);
    const part = before[before.length - 1];
    if (!part || !isCount(part) || !/^\s*[，,]?\s*(?:约|大约|仅|只|仅仅)?$/.test(t.slice(part.end, m.index)) || part.start < semicolonClauseStart(t, m.index)) continue;
    const read = thisYearWhole(s, part);
    if (!read || read.value.n <= 0n || cmpDec(read.value, part.value) < 0 || read.ulp || part.ulp) continue;
    const g = m.groups ?? {};
    // a whole named 新收 where the 其中 divides another count, the sentence giving 新收 apart ("62件，办结63件，其中予以公开
    // 32件，占新收申请的五成以上": share-named-new.ts, as for a digit share — rt74)
    const of = g.of?.trim();
    const named = of && !ALL_OF.test(of) && !namesWhole(of, read) ? namedNewCount(s, part, read, of) : null;
    const whole = named ?? read;
    const digit = g.digit;
    const base = digit === undefined ? 5 : /\d/.test(digit) ? Number(digit) : (readChineseCount(digit) ?? 0); // (the text's digits are folded; 一半 is 五成)
    // ("占三分之二": a fraction, 66.7% ± 2.5 as 七成半 is, 二分之一 as 五成 — txt78, rt74's 75)
    const frac = g.den ? (NUMERALS.indexOf(g.num ?? '') + 1) / (NUMERALS.indexOf(g.den) + 1) : null;
    if (frac !== null && !(frac > 0 && frac < 1)) continue;
    const tenths = frac !== null ? frac * 10 : base + (g.plusHalf ? 0.5 : 0);
    const b = bounds(tenths, g.before, g.after);
    if (b.lo < 0 || tenths <= 0) continue;
    const end = m.index + m[0].length;
    const quote = shownOf(s).slice(clauseStart(t, part.start), end).trim();
    const r = pct(part.value, whole.value);
    const words = m[0].slice(m[0].indexOf('占'));
    const x = String(Math.round(r * 10) / 10);
    const calc = notePart('tenthsCalc', part.raw, whole.raw, x, words);
    // a whole named in words ("占新收申请的九成"): read where it names the 其中's whole, else not judged
    if (of && !named && !ALL_OF.test(of) && !namesWhole(of, whole)) {
      out.push({ check: saidCheck(RULE.share, 'skip', quote, said('shareNotThatWhole', calc, of, whole.raw)) });
      continue;
    }
    const v = judge(r, b);
    if (v === 'pass') out.push({ check: saidCheck(RULE.share, 'pass', quote, said('tenthsCalc', part.raw, whole.raw, x, words)) });
    else if (v === 'loose') out.push({ check: saidCheck(RULE.share, 'skip', quote, said(frac !== null ? 'fractionLoose' : digit === undefined ? 'halfLoose' : 'tenthsLoose', calc)) });
    else {
      const detail = said('tenthsCalc', part.raw, whole.raw, x, words).message;
      out.push({ check: { rule: RULE.share, outcome: 'fail', quote, detail }, finding: textFinding(RULE.share, 'error', said('tenthsShare', part.raw, words, whole.raw, x), quote, Math.round(r * 10) / 10, Math.round(tenths * 100) / 10) });
    }
  }
  return out;
}

/** "较上年的54件减少一半": a change of 50%, against the counts a 倍 would be read against. */
export function checkHalfChanges(s: SentenceFigures): ClaimOutcome[] {
  const t = s.text;
  const out: ClaimOutcome[] = [];
  if (!t.includes('一半') || /分别/.test(t)) return out;
  for (const m of t.matchAll(HALF)) {
    if (/[近约超逾将]$/.test(t.slice(0, m.index))) continue;
    const end = m.index + m[0].length;
    const pair = comparisonBefore(s, m.index) ?? baseAfter(s, m.index, end) ?? lastYearsPair(s, m.index);
    if (!pair || pair.old.value.n <= 0n || pair.cur.ulp || pair.old.ulp || pair.cur.unit !== pair.old.unit) continue;
    if (CARRIED.test(t.slice(clauseStart(t, pair.cur.start), pair.cur.start))) continue;
    const down = /减少|下降|降低/.test(m[1] as string);
    const r = (pct(pair.cur.value, pair.old.value) - 100) * (down ? -1 : 1);
    const stop = 'end' in pair && typeof pair.end === 'number' ? Math.max(pair.end, end) : end;
    const quote = shownOf(s).slice(clauseStart(t, pair.cur.start), stop).trim();
    const x = String(Math.round(r * 10) / 10);
    const calcArgs = [pair.cur.raw, pair.old.raw, down ? '−' : '', x, m[0]] as const;
    // (近一半 is 45–50%, as 近五成)
    const v = r < 0 ? 'fail' : judge(r, { lo: 45, hi: m[2] ? 50 : 55, loIn: true, hiIn: true });
    if (v === 'pass') out.push({ check: saidCheck(RULE.change, 'pass', quote, said('halfCalc', ...calcArgs)) });
    else if (v === 'loose') out.push({ check: saidCheck(RULE.change, 'skip', quote, said('halfLoose', notePart('halfCalc', ...calcArgs))) });
    else {
      const detail = said('halfCalc', ...calcArgs).message;
      // the change as it was: the text's word when its direction holds, else the opposite's
      const up = r < 0 ? down : !down;
      const dir = notePart(up ? 'changeUp' : 'changeDown', r < 0 ? (down ? '增加' : '减少') : (m[1] as string));
      out.push({ check: { rule: RULE.change, outcome: 'fail', quote, detail }, finding: textFinding(RULE.change, 'error', said('halfChange', pair.cur.raw, pair.old.raw, m[0], dir, String(Math.round(Math.abs(r) * 10) / 10)), quote, Math.round(r * 10) / 10, 50) });
    }
  }
  return out;
}
