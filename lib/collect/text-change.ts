/**
 * The text's changes against last year, checked with last year's report (rule cross.text-change):
 * "共收到政府信息公开申请60件，较上年增加5件" says last year's count was 55; "同比下降12.3%" says
 * what it was within the rounding its digits allow. The report alone cannot tell
 * (lib/narrative/last-year-claims.ts keeps the claim); last year's report in the collection, or
 * among the files of a batch run, can: its table 三's 本年新收, or 新收 + 上年结转 (受理 as many
 * reports count it). Any of the two that fits is the one the text meant; only when neither does is
 * it a warning (the text may have counted last year as last year's text said, not its table),
 * shown on both reports: on this year's ("本报告正文…") and on last year's ("2024年报告正文…").
 * A figure of last year's whose cell carries a note ("55（含…）") is no plain count: not compared.
 * The reviews' and suits' changes ("行政复议3件，较上年减少2件") are checked the same way against last
 * year's table 四: its 行政复议 总计, or its two 行政诉讼 总计 together; the decisions' ("办理行政许可
 * 1452件，同比增长12.3%") against its table 二's 处理决定数量 of the same row.
 * Part of lib/collect/cross-year.ts's checks.
 */
import type { CrossYearFinding } from './record.ts';
import type { CrossYearSubject } from './neighbour.ts';
import type { LastYearClaim } from '../narrative/last-year-claims.ts';
import { DECISION_ITEMS } from '../narrative/last-year-readings.ts';
import { percentFits, percentText, toDec } from '../narrative/decimal.ts';
import { isCount } from './in-force.ts';

/** Last year's counts a claim may be against, by name, with how the message names each. */
interface Base {
  value: number;
  words: string;
}

/** A figure of last year's that is a plain count: no blank, no note in its cell. */
function plainCount(older: CrossYearSubject, key: string): number | null {
  const v = older.figures[key];
  return isCount(v) && older.figureNotes?.[key] === undefined ? v : null;
}

/**
 * Last year's counts the claim may be against, and the one cell of last year's report they are (none where two): table
 * 二's 处理决定数量 of the claim's row, table 四's 行政复议 总计 or its two 行政诉讼 总计 together, else the applications'.
 * Null where last year's figure is blank or carries a note.
 */
function againstOf(older: CrossYearSubject, c: LastYearClaim): { bases: Base[]; figure: string | null } | null {
  const item = DECISION_ITEMS.find((d) => c.readings.includes(d.reading));
  if (item) {
    const figure = `t2.${item.reading}.decisions`;
    const decisions = plainCount(older, figure);
    return decisions === null ? null : { bases: [{ value: decisions, words: `表二“${item.word}”处理决定数量${decisions}件` }], figure };
  }
  if (c.readings.includes('review')) {
    const review = plainCount(older, 't4.review.total');
    return review === null ? null : { bases: [{ value: review, words: `表四“行政复议”总计${review}件` }], figure: 't4.review.total' };
  }
  if (c.readings.includes('suits')) {
    const direct = plainCount(older, 't4.suitDirect.total');
    const after = plainCount(older, 't4.suitAfterReview.total');
    if (direct === null || after === null) return null;
    return { bases: [{ value: direct + after, words: `表四“行政诉讼”总计${direct + after}件（未经复议直接起诉${direct}件、复议后起诉${after}件）` }], figure: null };
  }
  // 本年新收, and 新收 + 上年结转 where it differs
  const fresh = plainCount(older, 't3.new.total');
  if (fresh === null) return null;
  const bases: Base[] = [{ value: fresh, words: `表三“本年新收”${fresh}件` }];
  const carried = plainCount(older, 't3.carried.total');
  if (carried !== null && carried > 0) bases.push({ value: fresh + carried, words: `加“上年结转”为${fresh + carried}件` });
  return { bases, figure: 't3.new.total' };
}

/**
 * Does the claim hold against last year's count `base`? By its count where it gives one (a percentage
 * beside it is the text's own arithmetic, which the narrative checks), else by its percentage.
 */
function holds(c: LastYearClaim, base: number): boolean {
  const delta = c.value - base;
  if (c.amount !== null) return delta === c.amount;
  if (c.pct !== null) {
    const printed = Number(c.pct);
    const decimals = c.pct.split('.')[1]?.length ?? 0;
    if (base <= 0) return false;
    if (delta !== 0 && Math.sign(delta) !== Math.sign(printed)) return false;
    const fit = percentFits(toDec(Math.abs(delta), 0), toDec(base, 0), toDec(Math.abs(printed), decimals));
    if (fit === 'no') return false;
  }
  return true;
}

/** What the claim should have said against `base`: "增加7件", "下降10.4%", or both as the text gives both. */
function shouldSay(c: LastYearClaim, base: number): string {
  const delta = c.value - base;
  if (delta === 0) return '与上年持平';
  const parts: string[] = [];
  if (c.amount !== null) parts.push(`${delta < 0 ? '减少' : '增加'}${Math.abs(delta)}件`);
  if (c.pct !== null && base > 0) {
    const decimals = c.pct.split('.')[1]?.length ?? 0;
    parts.push(`${delta < 0 ? '下降' : '增长'}${percentText(toDec(Math.abs(delta), 0), toDec(base, 0), decimals)}%`);
  }
  return parts.join('、');
}

/**
 * The newer report's claims against the older one's table 三 (or 四), seen from `now` (this year's report
 * against last year's, 'last', or last year's against next year's, 'next'): the warnings.
 */
export function textChanges(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): CrossYearFinding[] {
  const [older, newer] = direction === 'last' ? [other, now] : [now, other];
  const claims = newer.lastYearClaims ?? [];
  const out: CrossYearFinding[] = [];
  for (const c of claims) {
    const base = againstOf(older, c);
    if (!base) continue;
    const { bases, figure } = base;
    // a percentage of growth from 0 says nothing a count can contradict
    if (c.amount === null && bases.some((b) => b.value === 0)) continue;
    if (bases.some((b) => holds(c, b.value))) continue;
    const first = bases[0]!;
    const against = `${bases.map((b) => b.words).join('，')}`;
    const should = shouldSay(c, first.value);
    const message =
      direction === 'last'
        ? `本报告正文“${c.quote}”与${older.year}年报告不符：其${against}，按本年${c.value}件计应为${should}`
        : `${newer.year}年报告正文“${c.quote}”与本报告不符：本报告${against}，按${newer.year}年${c.value}件计应为${should}`;
    out.push({
      rule: 'cross.text-change',
      severity: 'warning',
      message,
      // on last year's report the figure is its own cell (本年新收, 行政复议 总计…; the suits are two cells:
      // none) and `expected` what the text makes it; on this year's the claim is text, no figure of this
      // report (expected: last year's count)
      figure: direction === 'last' ? null : figure,
      expected: direction === 'last' ? first.value : c.amount !== null ? c.value - c.amount : null,
      actual: direction === 'last' ? (c.amount !== null ? c.value - c.amount : null) : first.value,
      otherId: other.id,
      otherUrl: other.url,
      otherYear: other.year,
      ...(direction === 'last' ? { quote: c.quote } : {}),
    });
  }
  return out;
}
