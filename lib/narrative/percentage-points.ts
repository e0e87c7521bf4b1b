/**
 * Changes of a rate in percentage points (rule text.change): "公开率为54.1%，较上年（50.7%）提高
 * 3.4个百分点" (red team 10b, pages 02 and 13). The change is the difference of the two rates the
 * text gives, this year's before 较/比/同比 and last year's after it, or, when it is not there, in
 * an earlier sentence of the paragraph (or the one before) that says the same rate of last year
 * ("上年办结申请67件，…，公开率50.7%。"), or, printing none, names last year's counts of the kinds
 * whose quotient this year's rate is ("上年办结申请67件，其中予以公开和部分公开共34件。" against
 * "本年办结74件，予以公开和部分公开共40件，公开率为54.1%": 34 ÷ 67).
 *
 * A percentage-point change is no percent change: "提高3.4个百分点" is 54.1 − 50.7, never growth
 * of 3.4%; and a rate that changed "3.4%" is not read here (relative or in points, the text does
 * not say which).
 *
 * Tolerance from the digits shown: each rate may be rounded or cut off at its last digit (a whole
 * unit of it either way), the change rounded at its own: |(a − b) − c| ≤ u(a) + u(b) + u(c)/2.
 */
import { absDec, addDec, cmpDec, decToNumber, formatDec, mulDec, percentFits, percentText, subDec, withDecimals, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { BASE_YEAR_AFTER, BASE_YEAR_PAREN, closeParen, otherBaseYear } from './base-year.ts';
import { CARRIED_SOURCE, LAST_YEAR } from './period.ts';
import { clauseStart, quoteSpan } from './quote.ts';
import { changeSign, COMPARE } from './year-on-year.ts';
import { part as notePart, said as say } from './note-words.ts';
import { readFromToPoints } from './points-from-to.ts';

/** The name of a rate, at the end of its figure's label: "公开率为", "依申请公开率达到", "占比". */
const RATE_NAME = /([\u4e00-\u9fa5]{0,8}?(?:率|比例|比重|占比))(?:为|达|达到|是|约)?$/;

/** Between the keyword and last year's rate: "较上年（50.7%）", "较上年的50.7%", "比上年同期（50.7%）". */
const BEFORE_PREV = /^\s*(?:同期)?(?:的|为|是|之)?\s*[（(]?\s*$/;

const CARRIED = new RegExp(CARRIED_SOURCE, 'g');

/** One unit of a printed figure's last digit. */
function unitOf(printed: Dec): Dec {
  return { n: 1n, d: printed.d };
}

/** The rate's name in its label, without the lead words a clause may carry ("全年依申请公开率" → "依申请公开率"). */
export function rateName(label: string): string | null {
  const m = RATE_NAME.exec(label);
  if (!m) return null;
  const name = (m[1] ?? '').replace(/^(?:本年度?|今年|全年|当年|上年度?|去年|\d{4}年度?)/, '');
  // "比例为", "占比": whose, the words do not say (the subject may stand clauses before)
  return name.length >= 2 && !/^(?:比例|比重|占比)$/.test(name) ? name : null;
}

/** This year named, in words or by number. */
const THIS_YEAR = /本年|今年|当年|本年度/;

/**
 * Is the rate at `pos` last year's? Its ，-clause decides when it names a year ("…，上年公开率
 * 50.7%"), else its ；-clause up to it ("上年办结申请67件，…，公开率50.7%"); naming this year too
 * ("与上年相比，本年公开率…") it is not read as last year's. 上年结转 is this year's row.
 */
function saysLastYear(text: string, pos: number, year: number | null): boolean {
  const last = (t: string): boolean => LAST_YEAR.test(t) || (year !== null && new RegExp(`${year - 1}\\s*年`).test(t));
  const now = (t: string): boolean => THIS_YEAR.test(t) || (year !== null && new RegExp(`${year}\\s*年`).test(t));
  const own = text.slice(clauseStart(text, pos), pos).replace(CARRIED, '');
  const scope = last(own) || now(own) ? own : text.slice(semicolonClauseStart(text, pos), pos).replace(CARRIED, '');
  return last(scope) && !now(scope);
}

/**
 * Last year's figure of the same rate said before the sentence: in the ；-clause of a percentage
 * whose name is the same, and whose clause says last year (上年结转 is this year's row, not last
 * year). Read back through this paragraph and the one before; the nearest wins, and a nearer
 * one of this year's (the same name, no last-year word) stops the search: it is not known then
 * which is meant.
 */
function earlierRate(sentences: readonly SentenceFigures[], i: number, cur: TextFigure, name: string, year: number | null): TextFigure | null {
  const here = sentences[i];
  if (!here) return null;
  const topic = topicOf(here.text.slice(semicolonClauseStart(here.text, cur.start), cur.start));
  for (let k = i; k >= 0; k--) {
    const s = sentences[k] as SentenceFigures;
    if (here.para - s.para > 1) break;
    // in this sentence, before this year's rate ("上年公开率50.7%，本年54.1%…"); before it, anywhere
    const figs = k === i ? s.figures.filter((f) => f.end <= cur.start) : s.figures;
    for (let j = figs.length - 1; j >= 0; j--) {
      const f = figs[j] as TextFigure;
      if (f.unit !== '%' || f.change !== null || rateName(f.label) !== name) continue;
      if (f.approx) return null;
      // "上年办结率为95.5%" of applications is no base of 12345's "办结率99.8%，较上年提高0.3个百分点"
      if (!sameTopic(topicOf(s.text.slice(semicolonClauseStart(s.text, f.start), f.start)), topic)) return null;
      const lastYear = saysLastYear(s.text, f.start, year);
      // in this sentence, this year's rate's own clause must not say last year too
      if (k === i && lastYear && LAST_YEAR.test(s.text.slice(f.end, cur.start).replace(CARRIED, ''))) return null;
      return lastYear ? f : null;
    }
  }
  return null;
}

/** Work other than disclosure applications a rate may be of: its words in a clause, as a key. */
const OTHER_TOPIC = /热线|12345|信箱|留言|来信|来电|信访|诉求|工单|建议|提案|复议|诉讼|政务服务|办件|咨询|投诉|网民|政务新媒体|微博|微信/g;

function topicOf(clause: string): string[] {
  return [...new Set(clause.match(OTHER_TOPIC) ?? [])];
}

/** Two clauses of one topic: neither names other work, or both name some of the same. */
function sameTopic(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 ? b.length === 0 : a.some((w) => b.includes(w));
}

/** A rate as two counts of the text: part ÷ whole. */
interface RateFigures {
  part: TextFigure;
  whole: TextFigure;
  /** last year's other counts that might have been its base ("上年收到申请40件，办结38件"): none for this year's pair */
  others?: { value: Dec; raw: string }[];
}

/** What a count is of, without its period and lead words: "上年办结申请" → "办结申请", "其中予以公开共" → "予以公开". */
export function countCore(label: string): string {
  return label
    .replace(/[（(][^（()）]*[）)]/g, '')
    .replace(/^(?:其中|本年度?|今年|全年|当年|上一?年度?|去年|\d{4}\s*年度?|共|累计|合计|[，,、\s])+/, '')
    .replace(/(?:共|为|达|计|合计|有|是)+$/, '');
}

/**
 * Are two counts of the same kind? Their cores equal, but for the noun after them ("办结" and
 * "办结申请"). Never one within the other: "予以公开" is not "予以公开和部分公开".
 */
function sameCore(a: string, b: string): boolean {
  const noun = /(?:的)?(?:政府信息公开申请|信息公开申请|申请|案件|信息)$/;
  const x = a.replace(noun, '');
  const y = b.replace(noun, '');
  return x.length >= 2 && x === y;
}

/**
 * The two counts of this year's ；-clause that make its printed rate ("本年办结74件，予以公开和部分
 * 公开共40件，公开率为54.1%": 40 ÷ 74), when exactly one pair does.
 */
function ownRateFigures(s: SentenceFigures, cur: TextFigure): RateFigures | null {
  const from = semicolonClauseStart(s.text, cur.start);
  const counts = s.figures.filter((f) => f.start >= from && f.end <= cur.start && isCount(f) && !f.ulp);
  const pairs: RateFigures[] = [];
  for (const part of counts) {
    for (const whole of counts) {
      if (part === whole || part.unit !== whole.unit || whole.value.n <= 0n || cmpDec(part.value, whole.value) > 0) continue;
      if (percentFits(part.value, whole.value, cur.printed) !== 'no') pairs.push({ part, whole });
    }
  }
  return pairs.length === 1 ? (pairs[0] as RateFigures) : null;
}

/**
 * Last year's rate as the text's figures give it, not printed: "上年办结申请67件，其中予以公开和部分
 * 公开共34件。本年办结74件，予以公开和部分公开共40件，公开率为54.1%，较上年提高3.4个百分点"
 * (34 ÷ 67). This year's rate is made by exactly one pair of its clause's counts; last year's
 * sentence, the nearest before in this paragraph or the one before that names counts of the same
 * kinds, names each once, of last year.
 */
function earlierRateFigures(sentences: readonly SentenceFigures[], i: number, own: RateFigures, year: number | null): RateFigures | null {
  const here = sentences[i] as SentenceFigures;
  const partCore = countCore(own.part.label);
  const wholeCore = countCore(own.whole.label);
  for (let k = i - 1; k >= 0; k--) {
    const s = sentences[k] as SentenceFigures;
    if (here.para - s.para > 1) break;
    const counts = s.figures.filter((f) => isCount(f) && f.unit === own.part.unit);
    const parts = counts.filter((f) => sameCore(countCore(f.label), partCore));
    const wholes = counts.filter((f) => sameCore(countCore(f.label), wholeCore));
    if (parts.length === 0 && wholes.length === 0) continue;
    const part = parts[0];
    const whole = wholes[0];
    if (parts.length !== 1 || wholes.length !== 1 || !part || !whole || part === whole || part.ulp || whole.ulp) return null;
    if (whole.value.n <= 0n || cmpDec(part.value, whole.value) > 0) return null;
    const others: { value: Dec; raw: string }[] = counts
      .filter((f) => f !== part && f !== whole && !f.ulp && cmpDec(f.value, part.value) >= 0 && f.value.n > 0n && saysLastYear(s.text, f.start, year))
      .map((f) => ({ value: f.value, raw: f.raw }));
    // "上年新收申请40件，上年结转2件，其中网上申请22件": 22 ÷ (40 + 2) too
    const carried = counts.find((f) => f !== part && f !== whole && !f.ulp && new RegExp(CARRIED_SOURCE).test(f.label));
    if (carried) others.push({ value: addDec(whole.value, carried.value), raw: `(${whole.raw} + ${carried.raw})` });
    return saysLastYear(s.text, part.start, year) && saysLastYear(s.text, whole.start, year) ? { part, whole, others } : null;
  }
  return null;
}

interface PointsClaim {
  /** the comparison's words: "较上年", "同比", "较2022年" */
  keyword: string;
  cur: TextFigure;
  /** last year's rate as printed, or… */
  prev: TextFigure | null;
  /** …as last year's figures give it */
  prevFrom: RateFigures | null;
  points: TextFigure;
  name: string;
  /** the year the base's parenthesis names ("较上年（2022年：50.7%）", "（2022年为50.7%）"), or null */
  baseYear: number | null;
  /** where the claim's words end: after the parenthesis of last year's rate that follows the change */
  end: number;
  /** where they start, when not at this year's rate ("由上年的70.2%上升至77.4%…": last year's) */
  quoteFrom?: TextFigure;
}

/** The claims of one sentence: each 百分点 change after a comparison keyword, with both rates found. */
export function readPointClaims(sentences: readonly SentenceFigures[], i: number, year: number | null): PointsClaim[] {
  const s = sentences[i];
  if (!s || !s.figures.some((f) => f.unit === '百分点')) return [];
  const out: PointsClaim[] = [];
  COMPARE.lastIndex = 0;
  for (let m = COMPARE.exec(s.text); m; m = COMPARE.exec(s.text)) {
    // 环比 is against the period before (a month, a quarter), not last year
    if (m[0] === '环比') continue;
    const at = m.index;
    const end = at + m[0].length;
    const before = s.figures.filter((f) => f.end <= at);
    const cur = before[before.length - 1];
    // this year's rate right before the keyword, in its ；-clause ("公开率为54.1%，较上年…")
    if (!cur || cur.unit !== '%' || cur.change !== null || cur.approx) continue;
    if (!/^\s*[，,]?\s*$/.test(s.text.slice(cur.end, at))) continue;
    const ownName = rateName(cur.label);
    // ("网上申请占新收申请的80.6%，较上年提高3.2个百分点（2021年为77.4%）": a share named by its words, no rate's
    // word, read only with last year's printed in the claim — txt70)
    const name = ownName ?? (cur.share && cur.label.length <= 16 ? cur.label : null);
    if (!name) continue;
    const after: TextFigure[] = [];
    for (const f of s.figures) {
      if (f.start < end) continue;
      if (/[；;。]/.test(s.text.slice(end, f.start))) break;
      after.push(f);
      if (f.change !== null) break;
    }
    const points = after[after.length - 1];
    if (!points || points.unit !== '百分点' || points.approx || points.change === null) continue;
    // "分别较上年提高3个、2个百分点": several rates' changes, which is whose not read here
    if (/分别/.test(s.text.slice(cur.end, points.start))) continue;
    let prev: TextFigure | null = null;
    // "较上年（2022年）", "较上年（2022年：50.7%）": the base's year, its rate after it
    const bracket = BASE_YEAR_PAREN.exec(s.text.slice(end));
    let baseYear = bracket ? Number(bracket[1]) : null;
    let claimEnd = points.end;
    const next = s.figures.find((f) => f.start >= points.end);
    const trailing = next ? BASE_YEAR_AFTER.exec(s.text.slice(points.end, next.start)) : null;
    if (after.length === 2) {
      const p = after[0] as TextFigure;
      const from = bracket && p.start >= end + bracket[0].length ? end + bracket[0].length : end;
      if (p.unit !== '%' || p.approx || !BEFORE_PREV.test(s.text.slice(from, p.start))) continue;
      prev = p;
    } else if (after.length === 1 && !bracket && next && trailing && next.unit === '%' && !next.approx && next.change === null) {
      prev = next;
      baseYear = Number(trailing[1]);
      claimEnd = closeParen(s.text, next.end);
    } else if (after.length === 1) {
      if (!ownName) continue;
      // "较2021年提高…": last year's rate said elsewhere is no base for another year
      const named = /(\d{4})/.exec(m[0]);
      if (named && (year === null || Number(named[1]) !== year - 1)) continue;
      prev = earlierRate(sentences, i, cur, name, year);
      if (!prev) {
        const own = ownRateFigures(s, cur);
        const prevFrom = own ? earlierRateFigures(sentences, i, own, year) : null;
        if (prevFrom) out.push({ keyword: m[0], cur, prev: null, prevFrom, points, name, baseYear, end: claimEnd });
        continue;
      }
    } else continue;
    if (prev) out.push({ keyword: m[0], cur, prev, prevFrom: null, points, name, baseYear, end: claimEnd });
  }
  // ("占比由上年的70.2%上升至77.4%，提高7.2个百分点": points-from-to.ts)
  for (const c of readFromToPoints(s)) {
    const name = rateName(c.nameWords);
    if (name && !out.some((o) => o.points === c.points)) out.push({ ...c, prevFrom: null, name, baseYear: null, end: c.points.end, quoteFrom: c.prev });
  }
  return out;
}

export function checkPointChanges(sentences: readonly SentenceFigures[], i: number, paragraphs: readonly Paragraph[], year: number | null): ClaimOutcome[] {
  const s = sentences[i] as SentenceFigures;
  return readPointClaims(sentences, i, year).map((c) => {
    const quote = quoteSpan(paragraphs, { s, f: c.quoteFrom ?? c.cur }, { s, f: { ...c.points, end: c.end } });
    const otherYear = otherBaseYear(c.baseYear, c.keyword, year);
    if (otherYear) return { check: saidCheck(RULE.change, 'skip', quote, otherYear) };
    const verb = c.points.change ?? '';
    const stated: Dec = changeSign(verb) > 0 ? c.points.printed : { n: -c.points.printed.n, d: c.points.printed.d };
    const base = /\d{4}/.exec(c.keyword)?.[0];
    if (c.prev) {
      const diff = subDec(c.cur.printed, c.prev.printed);
      // |diff − stated| ≤ u(a) + u(b) + u(c)/2, in exact decimals: both sides doubled, the half whole
      const miss = absDec(subDec(diff, stated));
      const rates = addDec(unitOf(c.cur.printed), unitOf(c.prev.printed));
      const twiceTol = addDec(addDec(rates, rates), unitOf(c.points.printed));
      const detail = `${c.cur.raw} − ${c.prev.raw} = ${formatDec(diff)}个百分点，正文 ${verb}${c.points.raw}`;
      if (cmpDec(addDec(miss, miss), twiceTol) <= 0) return { check: { rule: RULE.change, outcome: 'pass', quote, detail } };
      const gap = withDecimals(formatDec(absDec(diff)), diff.d);
      const message = say('points', `${c.name}${c.cur.raw}`, base ? notePart('year', base) : notePart('lastYearWord'), c.prev.raw, verb, c.points.raw, gap, notePart(diff.n < 0n ? 'down' : 'up'));
      return {
        check: { rule: RULE.change, outcome: 'fail', quote, detail },
        finding: textFinding(RULE.change, 'error', message, quote, decToNumber(absDec(diff)), decToNumber(c.points.printed)),
      };
    }
    // last year's rate 100·P/W exact, as printed by the text perhaps rounded at this year's digit:
    // |(a − c) − 100·P/W| ≤ 2·u(a) + u(c)/2  ⇔  2·|(a − c)·W − 100·P| ≤ (4·u(a) + u(c))·W
    const { part, whole } = c.prevFrom as RateFigures;
    const lastRate = withDecimals(percentText(part.value, whole.value, c.cur.printed.d + 1), c.cur.printed.d + 1);
    const miss = absDec(subDec(mulDec(subDec(c.cur.printed, stated), whole.value), mulDec({ n: 100n, d: 0 }, part.value)));
    const u = unitOf(c.cur.printed);
    const twiceTol = mulDec(addDec(addDec(addDec(u, u), addDec(u, u)), unitOf(c.points.printed)), whole.value);
    const diffText = withDecimals(subDecText(c.cur.printed, lastRate, c.points.printed.d), c.points.printed.d);
    const detail = `上年${part.raw} ÷ ${whole.raw} = ${lastRate}%，${c.cur.raw} − ${lastRate}% = ${diffText}个百分点，正文 ${verb}${c.points.raw}`;
    if (cmpDec(addDec(miss, miss), twiceTol) <= 0) return { check: { rule: RULE.change, outcome: 'pass', quote, detail } };
    // last year's rate of another of its counts ("上年收到申请40件，办结38件，其中予以公开20件":
    // 20 ÷ 40 as well as 20 ÷ 38), as last year's report may have printed it: the base is not known
    const other = (c.prevFrom?.others ?? []).find((w) => {
      const m = absDec(subDec(mulDec(subDec(c.cur.printed, stated), w.value), mulDec({ n: 100n, d: 0 }, part.value)));
      return cmpDec(addDec(m, m), mulDec(addDec(addDec(addDec(u, u), addDec(u, u)), unitOf(c.points.printed)), w.value)) <= 0;
    });
    if (other) {
      return { check: saidCheck(RULE.change, 'skip', quote, say('pointsOtherBase', part.raw, whole.raw, lastRate, c.cur.raw, diffText, verb, c.points.raw, other.raw)) };
    }
    const negative = diffText.startsWith('-');
    const message = say('pointsFrom', `${c.name}${c.cur.raw}`, base ? notePart('year', base) : notePart('lastYearWord'), verb, c.points.raw, part.raw, whole.raw, lastRate, notePart(negative ? 'down' : 'up'), diffText.replace(/^-/, ''));
    return {
      check: { rule: RULE.change, outcome: 'fail', quote, detail },
      finding: textFinding(RULE.change, 'error', message, quote, Math.abs(Number(diffText)), decToNumber(c.points.printed)),
    };
  });
}

/** a − b (b a decimal's text) shown with `decimals` digits, rounded half away from zero. */
function subDecText(a: Dec, b: string, decimals: number): string {
  const [int, frac = ''] = b.replace(/^-/, '').split('.');
  const bd: Dec = { n: (b.startsWith('-') ? -1n : 1n) * BigInt(`${int}${frac}`), d: frac.length };
  const diff = subDec(a, bd);
  const neg = diff.n < 0n;
  const abs = neg ? -diff.n : diff.n;
  const scale = 10n ** BigInt(Math.max(0, diff.d - decimals));
  const q = diff.d > decimals ? (2n * abs + scale) / (2n * scale) : abs * 10n ** BigInt(decimals - diff.d);
  const text = formatDec({ n: q, d: decimals });
  return neg && q !== 0n ? `-${text}` : text;
}
