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
import { crossNote } from './cross-note-words.ts';

/** Last year's counts a claim may be against: the first the claim's own, a second (新收 + 上年结转) where it differs. */
interface Base {
  value: number;
}

/** The bases' kind and figures as the note says them (cross-note-words.ts against): decisions of a row, review, suits, new (+ carried). */
interface Against {
  kind: string;
  a: number;
  b: number | '';
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
function againstOf(older: CrossYearSubject, c: LastYearClaim): { bases: Base[]; figure: string | null; against: Against } | null {
  const item = DECISION_ITEMS.find((d) => c.readings.includes(d.reading));
  if (item) {
    const figure = `t2.${item.reading}.decisions`;
    const decisions = plainCount(older, figure);
    return decisions === null ? null : { bases: [{ value: decisions }], figure, against: { kind: item.reading, a: decisions, b: '' } };
  }
  if (c.readings.includes('review')) {
    const review = plainCount(older, 't4.review.total');
    return review === null ? null : { bases: [{ value: review }], figure: 't4.review.total', against: { kind: 'review', a: review, b: '' } };
  }
  if (c.readings.includes('suits')) {
    const direct = plainCount(older, 't4.suitDirect.total');
    const after = plainCount(older, 't4.suitAfterReview.total');
    if (direct === null || after === null) return null;
    return { bases: [{ value: direct + after }], figure: null, against: { kind: 'suits', a: direct, b: after } };
  }
  // 本年新收, and 新收 + 上年结转 where it differs
  const fresh = plainCount(older, 't3.new.total');
  if (fresh === null) return null;
  const bases: Base[] = [{ value: fresh }];
  const carried = plainCount(older, 't3.carried.total');
  const more = carried !== null && carried > 0;
  if (more) bases.push({ value: fresh + carried });
  return { bases, figure: 't3.new.total', against: { kind: 'new', a: fresh, b: more ? carried : '' } };
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

/**
 * What the claim should have said against `base` ("增加7件", "下降10.4%", or both as the text gives both): the change,
 * whether the text gave a count (1/0), and the percentage it would have printed ('' for none).
 */
function shouldSay(c: LastYearClaim, base: number): [number, number, string] {
  const delta = c.value - base;
  const decimals = c.pct?.split('.')[1]?.length ?? 0;
  const pct = c.pct !== null && base > 0 ? percentText(toDec(Math.abs(delta), 0), toDec(base, 0), decimals) : '';
  return [delta, c.amount !== null ? 1 : 0, pct];
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
    const { bases, figure, against } = base;
    // a percentage of growth from 0 says nothing a count can contradict
    if (c.amount === null && bases.some((b) => b.value === 0)) continue;
    if (bases.some((b) => holds(c, b.value))) continue;
    const first = bases[0]!;
    out.push({
      rule: 'cross.text-change',
      severity: 'warning',
      ...crossNote(direction === 'last' ? 'textChangeLast' : 'textChangeNext', older.year!, newer.year!, c.quote, c.value, against.kind, against.a, against.b, ...shouldSay(c, first.value)),
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
