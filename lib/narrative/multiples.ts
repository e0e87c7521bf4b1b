/**
 * Multiples (rule text.change): "新收申请26件，是上年（13件）的2倍", "较上年的25件同比增长1.2倍",
 * "增至2.2倍", "申请量实现翻番" (red team 10b, pages 03, 15 and 47).
 *
 * Two kinds of claim, never confused:
 * - "是上年的K倍", "为2022年的K倍", "增至/增长到K倍": this year = last year × K;
 * - "增长/增加/提高K倍" after 较/比 + the base: growth of K × 100%, this year = last year × (1 + K)
 *   ("增长1.2倍" is × 2.2). Many writers mean × K by it; a claim that fits only that reading is
 *   not flagged (skip with the reason), nor does it pass.
 * - "翻番", "翻一番" × 2, "翻两番" × 4: of the comparison the sentence makes.
 * Only where both figures are read with certainty: this year's count right before the claim (or
 * before its 较/比), last year's inside it ("上年（13件）", "较上年的25件") or, when it names none,
 * the one count of the sentence whose clause opens with last year ("上年同期为13件"). Anything
 * else records nothing.
 *
 * Tolerance from the digits shown: "2倍" holds for a ratio within half a unit of 2, exclusive;
 * "3倍" for 50 ÷ 20 = 2.5 is as near 2 as 3, and a text that meant 2.5 would print it. A multiple
 * with decimals is rounded or cut off at its last digit as shares are: 2.25 is "2.3倍" or "2.2倍",
 * 2.55 "2.6倍" or "2.5倍" (claims12: all four were flagged before).
 */
import { cmpDec, decToNumber, formatDec, mulDec, percentText, subDec, absDec, type Dec } from './decimal.ts';
import { readChineseCount } from './chinese-numerals.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { clauseStart, shownOf } from './quote.ts';
import { CARRIED_SOURCE } from './period.ts';
import { BASE_YEAR_AFTER, BASE_YEAR_PAREN, closeParen, otherBaseYear } from './base-year.ts';
import { COMPARE } from './year-on-year.ts';
import { topicClausesBetween } from './change-after-clauses.ts';
import { part, said, type Said } from './note-words.ts';

const CARRIED = new RegExp(CARRIED_SOURCE);

const PERIOD = '(?:上年|去年|上一年度?|上年度|前一年|\\d{4}\\s*年度?)(?:同期)?';
const NUM = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3})';
/** "是上年（13件）的2倍", "为2022年的2.5倍", "相当于上年13件的2倍", "是上年（5,678条）的2.2倍". */
const TIMES_OF = new RegExp(`(?:是|为|相当于|达到|达)${PERIOD}((?:[^，,；;。倍]|(?<=\\d),(?=\\d{3})){0,16}?)的\\s*${NUM}\\s*倍`, 'g');
/** "增长1.2倍", "增加了一倍", "多1倍" (after a 较/比 + base). */
const GROWTH_BY = new RegExp(`(?:增长|增加|提高|上升|多)了?\\s*${NUM}\\s*倍`, 'g');
/** "增至2.2倍", "增长到2.2倍", "增长为上年的2.2倍" is TIMES_OF's. */
const GROWTH_TO = new RegExp(`(?:增长|增加|提高|上升|增)(?:至|到|为)\\s*${NUM}\\s*倍`, 'g');
/** "翻番", "翻一番", "翻了一番", "翻两番". */
const DOUBLINGS = /翻了?([一两二三])?番/g;

/** Words right after 倍 that make it approximate: "2倍多", "3倍以上". */
const APPROX_AFTER = /^(?:多|余|左右|以上|有余|还多|还要多|不止)/;
/** Words right before the multiple that do: "近3倍", "约2倍". */
const APPROX_BEFORE = /(?:近|约|超过|逾|将近|接近|不到|不足)\s*$/;

type Kind = 'times' | 'growth';

interface MultipleClaim {
  cur: TextFigure;
  old: TextFigure;
  /** the multiple as printed; for 'growth', the growth (new = old × (1 + k)) */
  k: Dec;
  kind: Kind;
  /** the words of the claim: "是上年（13件）的2倍", "翻番" */
  words: string;
  /** where the claim's words end in the sentence */
  end: number;
  /** half a unit of the printed multiple, or of 2 for 翻番 */
  half: Dec;
  /** why the base is another year's than the one compared with ("是上年（2021年13件）的2倍" in 2023), or null */
  otherYear?: Said | null;
}

/** The printed multiple: "2.5" (decimals kept) or "两" (2); null for what is no plain multiple. */
export function readMultiple(t: string): Dec | null {
  if (/^\d/.test(t)) {
    const [int, frac = ''] = t.split('.');
    return { n: BigInt(`${int}${frac}`), d: frac.length };
  }
  const v = readChineseCount(t);
  return v === null || v === 0 ? null : { n: BigInt(v), d: 0 };
}

function halfUnit(k: Dec): Dec {
  return { n: 5n, d: k.d + 1 };
}

/** This year's count right before `at` (a clause mark between at most), in the ；-clause. */
function countBefore(s: SentenceFigures, at: number): TextFigure | null {
  const before = s.figures.filter((f) => f.end <= at);
  const f = before[before.length - 1];
  if (!f || !isCount(f) || f.start < semicolonClauseStart(s.text, at)) return null;
  // "收到申请90件，上年结转4件，申请量是上年（40件）的2.25倍": 上年结转 is no subject of a multiple
  if (CARRIED.test(s.text.slice(clauseStart(s.text, f.start), f.start))) return null;
  // "26件，是上年…", "26件，申请量是上年…": a clause mark and the count's own noun at most
  // (or the claim in a parenthesis right after the count, "62件（较上年的20件增长1.5倍）", or after figure-free
  // ，-clauses about it, "62件，主要涉及…，较上年的31件翻了一番": change-after-clauses.ts, change54)
  const between = s.text.slice(f.end, at);
  if (/^\s*[（(]\s*$/.test(between) || topicClausesBetween(s.text, f.end, at)) return f;
  return /^\s*[，,]?\s*(?:同比)?\s*(?:申请量|申请数量|申请总量|数量|总量|总数)?\s*$/.test(between) ? f : null;
}

/** The one count of `unit` within [from, to) and no other figure there, or null. */
function onlyCountIn(s: SentenceFigures, from: number, to: number, unit: string): TextFigure | null {
  const inside = s.figures.filter((f) => f.start >= from && f.end <= to);
  const f = inside[0];
  return inside.length === 1 && f && isCount(f) && f.unit === unit ? f : null;
}

/**
 * The comparison a 倍 after it belongs to: this year's count before 较/比 + base, last year's
 * between the keyword and `verbAt` ("55件，较上年的25件同比增长"), or null.
 */
export function comparisonBefore(s: SentenceFigures, verbAt: number): { cur: TextFigure; old: TextFigure; keyword: string; baseYear: number | null } | null {
  const from = semicolonClauseStart(s.text, verbAt);
  const keywords: RegExpExecArray[] = [];
  COMPARE.lastIndex = 0;
  for (let m = COMPARE.exec(s.text); m && m.index < verbAt; m = COMPARE.exec(s.text)) {
    // 环比 is against the period before (a month, a quarter), not last year
    if (m.index >= from && m.index + m[0].length <= verbAt && m[0] !== '环比') keywords.push(m);
  }
  // the nearest keyword that has this year's count before it and last year's after it: in
  // "55件，较上年的25件同比增长" 同比 has last year's before it, 较上年 both
  for (let k = keywords.length - 1; k >= 0; k--) {
    const m = keywords[k] as RegExpExecArray;
    const cur = countBefore(s, m.index);
    if (!cur) continue;
    const old = onlyCountIn(s, m.index + m[0].length, verbAt, cur.unit);
    if (!old) continue;
    // only a closing parenthesis and a 同比 may stand between the base and the verb
    if (!/^\s*[）)]?\s*[，,]?\s*(?:同比)?\s*$/.test(s.text.slice(old.end, verbAt))) continue;
    // "较上年（2022年25件）增长1.2倍": the base's year
    const bracket = BASE_YEAR_PAREN.exec(s.text.slice(m.index + m[0].length));
    return { cur, old, keyword: m[0], baseYear: bracket ? Number(bracket[1]) : null };
  }
  return null;
}

/**
 * "新收申请55件，同比增长1.2倍（2022年为25件）": the comparison's keyword right before the verb,
 * this year's count right before the keyword, and last year's figure in a parenthesis right after
 * the claim naming its year (base-year.ts BASE_YEAR_AFTER). The claim's words run to the ）.
 */
export function baseAfter(s: SentenceFigures, verbAt: number, end: number): { cur: TextFigure; old: TextFigure; keyword: string; baseYear: number; end: number } | null {
  const t = s.text;
  let keyword: RegExpExecArray | null = null;
  COMPARE.lastIndex = 0;
  for (let m = COMPARE.exec(t); m && m.index < verbAt; m = COMPARE.exec(t)) {
    if (m[0] !== '环比' && /^\s*$/.test(t.slice(m.index + m[0].length, verbAt))) keyword = m;
  }
  if (!keyword) return null;
  const cur = countBefore(s, keyword.index);
  const next = s.figures.find((f) => f.start >= end);
  const label = next ? BASE_YEAR_AFTER.exec(t.slice(end, next.start)) : null;
  if (!cur || !next || !label || !isCount(next) || next.unit !== cur.unit || next.change !== null) return null;
  return { cur, old: next, keyword: keyword[0], baseYear: Number(label[1]), end: closeParen(t, next.end) };
}

/** A ，-clause that opens with last year: "上年同期为13件", "去年收到13件" (上年结转 is this year's row). */
const LAST_YEARS_CLAUSE = /^(?:上年|去年|上一年度?|上年度)(?:同期)?/;

function withOld(cur: TextFigure | null, old: (cur: TextFigure) => TextFigure | null): { cur: TextFigure; old: TextFigure } | null {
  const o = cur ? old(cur) : null;
  return cur && o ? { cur, old: o } : null;
}

/** Is the count's ，-clause one that opens with last year ("上年同期为13件"), not 上年结转? */
function lastYears(s: SentenceFigures, f: TextFigure): boolean {
  const clause = s.text.slice(clauseStart(s.text, f.start), f.start);
  return LAST_YEARS_CLAUSE.test(clause) && !CARRIED.test(clause);
}

/**
 * "本年度新收申请26件，上年同期为13件，是上年的2倍": the claim names no figure. Last year's is the
 * one count of the sentence whose ，-clause opens with last year (none or several: nothing is
 * read); this year's, the count right before the claim, or right before last year's clause when
 * that stands right before the claim.
 */
export function lastYearsPair(s: SentenceFigures, at: number): { cur: TextFigure; old: TextFigure } | null {
  const next = countBefore(s, at);
  if (!next) return null;
  const olds = s.figures.filter((f) => f.end <= at && isCount(f) && f.unit === next.unit && lastYears(s, f));
  const old = olds[0];
  if (olds.length !== 1 || !old) return null;
  if (next !== old) return { cur: next, old };
  const cur = countBefore(s, clauseStart(s.text, old.start));
  return cur && cur.unit === old.unit && !lastYears(s, cur) ? { cur, old } : null;
}

/** "近3倍", "2倍多", "约为上年的3倍": the claim's verb or its number led by an approximating word. */
function approxAround(text: string, claimAt: number, numAt: number, end: number): boolean {
  return APPROX_BEFORE.test(text.slice(0, claimAt)) || APPROX_BEFORE.test(text.slice(0, numAt)) || APPROX_AFTER.test(text.slice(end));
}

export function readMultipleClaims(s: SentenceFigures, year: number | null = null): MultipleClaim[] {
  if (!/倍|番/.test(s.text)) return [];
  const t = s.text;
  const out: MultipleClaim[] = [];
  if (/分别/.test(t)) return out; // several figures' multiples, which is whose not read here
  for (const m of t.matchAll(TIMES_OF)) {
    const end = m.index + m[0].length;
    const numAt = end - m[0].length + m[0].lastIndexOf(m[2] as string);
    const k = readMultiple(m[2] as string);
    if (!k || approxAround(t, m.index, numAt, end)) continue;
    const named = m[1] as string;
    const base = m.index + m[0].indexOf(named);
    const keyword = m[0].slice(0, m[0].indexOf(named));
    const inside = BASE_YEAR_PAREN.exec(named);
    // "是上年的2倍（2022年为13件）": last year's count in the parenthesis right after the claim
    const next = s.figures.find((f) => f.start >= end);
    const trailing = !/\d/.test(named) && next ? BASE_YEAR_AFTER.exec(t.slice(end, next.start)) : null;
    if (trailing && next) {
      const cur = countBefore(s, m.index);
      if (cur && isCount(next) && next.unit === cur.unit && next.change === null) {
        const close = closeParen(t, next.end);
        out.push({ cur, old: next, k, kind: 'times', words: m[0], end: close, half: halfUnit(k), otherYear: otherBaseYear(Number(trailing[1]), keyword, year) });
        continue;
      }
    }
    const pair = /\d/.test(named) ? withOld(countBefore(s, m.index), (cur) => onlyCountIn(s, base, base + named.length, cur.unit)) : lastYearsPair(s, m.index);
    const otherYear = otherBaseYear(inside ? Number(inside[1]) : null, keyword, year);
    if (pair) out.push({ ...pair, k, kind: 'times', words: m[0], end, half: halfUnit(k), otherYear });
  }
  for (const [re, kind] of [[GROWTH_BY, 'growth'], [GROWTH_TO, 'times']] as const) {
    for (const m of t.matchAll(re)) {
      const end = m.index + m[0].length;
      const numAt = end - m[0].length + m[0].lastIndexOf(m[1] as string);
      const k = readMultiple(m[1] as string);
      if (!k || approxAround(t, m.index, numAt, end)) continue;
      const pair = comparisonBefore(s, m.index);
      if (pair) {
        out.push({ cur: pair.cur, old: pair.old, k, kind, words: m[0], end, half: halfUnit(k), otherYear: otherBaseYear(pair.baseYear, pair.keyword, year) });
        continue;
      }
      const after = baseAfter(s, m.index, end);
      if (after) {
        out.push({ ...after, k, kind, words: m[0], half: halfUnit(k), otherYear: otherBaseYear(after.baseYear, after.keyword, year) });
        continue;
      }
      // "62件，上年同期为41件，同比增长1.5倍": last year's count in a clause of its own before the claim (change54)
      const named = lastYearsPair(s, m.index);
      if (named) out.push({ ...named, k, kind, words: m[0], end, half: halfUnit(k) });
    }
  }
  for (const m of t.matchAll(DOUBLINGS)) {
    const n = m[1] === undefined || m[1] === '一' ? 1 : m[1] === '三' ? 3 : 2;
    if (approxAround(t, m.index, m.index, m.index + m[0].length)) continue; // "翻了一番多", "近翻一番"
    // of the comparison right before it, or of the multiple the sentence already stated
    const before = comparisonBefore(s, m.index);
    const pair = before
      ? { cur: before.cur, old: before.old, otherYear: otherBaseYear(before.baseYear, before.keyword, year) }
      : out[0] && out[0].end <= m.index ? { cur: out[0].cur, old: out[0].old, otherYear: out[0].otherYear ?? null } : lastYearsPair(s, m.index);
    if (!pair) continue;
    out.push({ ...pair, k: { n: 2n ** BigInt(n), d: 0 }, kind: 'times', words: m[0], end: m.index + m[0].length, half: { n: 5n, d: 1 } });
  }
  return out;
}

/** cur ÷ old shown with `decimals` digits. */
function ratioText(cur: Dec, old: Dec, decimals: number): string {
  return percentText(cur, { n: old.n * 100n, d: old.d }, decimals);
}

/**
 * Is cur within old × (m ± half)? A multiple printed with decimals fits with the bounds included
 * (2.25 rounds half up to "2.3倍"), and may be cut off at its last digit (2.25 as "2.2倍", 2.55 as
 * "2.5倍"): with `cut`, old × m ≤ cur < old × (m + unit) fits too.
 */
function fits(cur: Dec, old: Dec, m: Dec, half: Dec, cut: boolean): boolean {
  const miss = absDec(subDec(cur, mulDec(old, m)));
  const edge = cmpDec(miss, mulDec(old, half));
  // a whole multiple keeps its bounds out: "3倍" for 2.5 (red team 10b, page 15), a text that
  // meant 2.5 prints it; nor is a whole multiple cut off ("2倍" for 2.9 would say "2倍多")
  if (m.d === 0) return miss.n === 0n || edge < 0;
  if (edge <= 0) return true;
  if (!cut) return false;
  const unit: Dec = { n: 1n, d: m.d };
  return cmpDec(cur, mulDec(old, m)) >= 0 && cmpDec(cur, mulDec(old, { n: m.n + unit.n, d: m.d })) < 0;
}

export function checkMultiples(s: SentenceFigures, year: number | null = null): ClaimOutcome[] {
  return readMultipleClaims(s, year).map((c) => {
    const quote = shownOf(s).slice(clauseStart(s.text, c.cur.start), c.end).trim();
    if (c.otherYear) return { check: saidCheck(RULE.change, 'skip', quote, c.otherYear) };
    const one: Dec = { n: 10n ** BigInt(c.k.d), d: c.k.d };
    const m = c.kind === 'growth' ? { n: c.k.n + one.n, d: c.k.d } : c.k;
    const shown = Math.max(1, c.k.d + 1);
    const ratio = ratioText(c.cur.value, c.old.value, shown);
    const detail = `${c.cur.raw} ÷ ${c.old.raw} = ${ratio}倍，正文“${c.words}”`;
    if (c.old.value.n <= 0n) return { check: saidCheck(RULE.change, 'skip', quote, said('prevZeroMultiple')) };
    const calc = part('multipleCalc', c.cur.raw, c.old.raw, ratio, c.words);
    // a multiple in digits or words may be cut off; 翻番 is a word for × 2, × 4, never cut
    const cut = !/番/.test(c.words);
    if (fits(c.cur.value, c.old.value, m, c.half, cut)) return { check: { rule: RULE.change, outcome: 'pass', quote, detail } };
    if (c.cur.ulp || c.old.ulp) return { check: saidCheck(RULE.change, 'skip', quote, said('shareRounded', calc)) };
    if (c.kind === 'growth' && fits(c.cur.value, c.old.value, c.k, c.half, cut)) {
      return { check: saidCheck(RULE.change, 'skip', quote, said('multipleGrowthTo', calc, ratio, c.words)) };
    }
    // "是上年的一倍" for a doubling: loose words, many a writer's for 翻了一番
    if (c.kind === 'times' && c.k.n === 1n && c.k.d === 0 && fits(c.cur.value, c.old.value, { n: 2n, d: 0 }, c.half, false)) {
      return { check: saidCheck(RULE.change, 'skip', quote, said('multipleDoubled', calc, c.words)) };
    }
    // "是2020年（31件）的2倍" in a 2022 report: the base is that year's, not 上年
    const named = /((?:19|20)\d{2})年/.exec(c.words) ?? /((?:19|20)\d{2})年/.exec(quote.slice(quote.indexOf(c.words) < 0 ? 0 : quote.indexOf(c.words)));
    const was = named && Number(named[1]) !== (year ?? 0) - 1 ? part('year', named[1]!) : part('lastYearWord');
    const growth = ratioText(subDec(c.cur.value, c.old.value), c.old.value, shown);
    const message =
      c.kind === 'growth'
        ? said('multipleGrowth', c.cur.raw, c.words, was, formatDec(m), c.old.raw, ratio, growth)
        : said('multiple', c.cur.raw, c.words, /\d|[一二两三四五六七八九十]倍/.test(c.words) ? '' : part('multipleIs', was, formatDec(m)), was, c.old.raw, ratio);
    const expected = Number(c.kind === 'growth' ? growth : ratio);
    return {
      check: { rule: RULE.change, outcome: 'fail', quote, detail },
      finding: textFinding(RULE.change, 'error', message, quote, expected, decToNumber(c.k)),
    };
  });
}
