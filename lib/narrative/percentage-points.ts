/**
 * Changes of a rate in percentage points (rule text.change): "公开率为54.1%，较上年（50.7%）提高
 * 3.4个百分点" (red team 10b, pages 02 and 13). The change is the difference of the two rates the
 * text gives, this year's before 较/比/同比 and last year's after it, or, when it is not there, in
 * an earlier sentence of the paragraph (or the one before) that says the same rate of last year
 * ("上年办结申请67件，…，公开率50.7%。").
 *
 * A percentage-point change is no percent change: "提高3.4个百分点" is 54.1 − 50.7, never growth
 * of 3.4%; and a rate that changed "3.4%" is not read here (relative or in points, the text does
 * not say which).
 *
 * Tolerance from the digits shown: each rate may be rounded or cut off at its last digit (a whole
 * unit of it either way), the change rounded at its own: |(a − b) − c| ≤ u(a) + u(b) + u(c)/2.
 */
import { absDec, addDec, cmpDec, decToNumber, formatDec, subDec, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { CARRIED_SOURCE, LAST_YEAR } from './period.ts';
import { clauseStart, quoteSpan } from './quote.ts';
import { changeSign, COMPARE } from './year-on-year.ts';

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

/**
 * Last year's figure of the same rate said before the sentence: in the ；-clause of a percentage
 * whose name is the same, and whose clause says last year (上年结转 is this year's row, not last
 * year). Read back through this paragraph and the one before; the nearest wins, and a nearer
 * one of this year's (the same name, no last-year word) stops the search: it is not known then
 * which is meant.
 */
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

function earlierRate(sentences: readonly SentenceFigures[], i: number, cur: TextFigure, name: string, year: number | null): TextFigure | null {
  const here = sentences[i];
  if (!here) return null;
  for (let k = i; k >= 0; k--) {
    const s = sentences[k] as SentenceFigures;
    if (here.para - s.para > 1) break;
    // in this sentence, before this year's rate ("上年公开率50.7%，本年54.1%…"); before it, anywhere
    const figs = k === i ? s.figures.filter((f) => f.end <= cur.start) : s.figures;
    for (let j = figs.length - 1; j >= 0; j--) {
      const f = figs[j] as TextFigure;
      if (f.unit !== '%' || f.change !== null || rateName(f.label) !== name) continue;
      if (f.approx) return null;
      const lastYear = saysLastYear(s.text, f.start, year);
      // in this sentence, this year's rate's own clause must not say last year too
      if (k === i && lastYear && LAST_YEAR.test(s.text.slice(f.end, cur.start).replace(CARRIED, ''))) return null;
      return lastYear ? f : null;
    }
  }
  return null;
}

interface PointsClaim {
  /** the comparison's words: "较上年", "同比", "较2022年" */
  keyword: string;
  cur: TextFigure;
  prev: TextFigure;
  points: TextFigure;
  name: string;
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
    const name = rateName(cur.label);
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
    if (after.length === 2) {
      const p = after[0] as TextFigure;
      if (p.unit !== '%' || p.approx || !BEFORE_PREV.test(s.text.slice(end, p.start))) continue;
      prev = p;
    } else if (after.length === 1) {
      // "较2021年提高…": last year's rate said elsewhere is no base for another year
      const named = /(\d{4})/.exec(m[0]);
      if (named && (year === null || Number(named[1]) !== year - 1)) continue;
      prev = earlierRate(sentences, i, cur, name, year);
    } else continue;
    if (prev) out.push({ keyword: m[0], cur, prev, points, name });
  }
  return out;
}

export function checkPointChanges(sentences: readonly SentenceFigures[], i: number, paragraphs: readonly Paragraph[], year: number | null): ClaimOutcome[] {
  const s = sentences[i] as SentenceFigures;
  return readPointClaims(sentences, i, year).map((c) => {
    const quote = quoteSpan(paragraphs, { s, f: c.cur }, { s, f: c.points });
    const diff = subDec(c.cur.printed, c.prev.printed);
    const verb = c.points.change ?? '';
    const stated: Dec = changeSign(verb) > 0 ? c.points.printed : { n: -c.points.printed.n, d: c.points.printed.d };
    // |diff − stated| ≤ u(a) + u(b) + u(c)/2, in exact decimals: both sides doubled, the half whole
    const miss = absDec(subDec(diff, stated));
    const rates = addDec(unitOf(c.cur.printed), unitOf(c.prev.printed));
    const twiceTol = addDec(addDec(rates, rates), unitOf(c.points.printed));
    const detail = `${c.cur.raw} − ${c.prev.raw} = ${formatDec(diff)}个百分点，正文 ${verb}${c.points.raw}`;
    if (cmpDec(addDec(miss, miss), twiceTol) <= 0) return { check: { rule: RULE.change, outcome: 'pass', quote, detail } };
    const word = diff.n < 0n ? '下降' : '提高';
    const base = /\d{4}/.exec(c.keyword)?.[0];
    const message = `正文称${c.name}${c.cur.raw}，较${base ? `${base}年` : '上年'}${c.prev.raw}${verb}${c.points.raw}；两者相差${formatDec(absDec(diff))}个百分点，应为${word}${formatDec(absDec(diff))}个百分点。`;
    return {
      check: { rule: RULE.change, outcome: 'fail', quote, detail },
      finding: textFinding(RULE.change, 'error', message, quote, decToNumber(absDec(diff)), decToNumber(c.points.printed)),
    };
  });
}
