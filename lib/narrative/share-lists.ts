/**
 * The shares of one whole in one sentence, read together: a list whose printed shares total exactly
 * 100% with one of them a unit off its rounding, or more where the counts add up (a 尾差调整,
 * markRoundingAdjustments), and shares of a guessed whole that hold one by one and can total 100%, which make a complete list (shareListGroups).
 */
import { cmpDec, percentFits, percentText, sharesCanTotal100, sumDec, withDecimals, type Dec } from './decimal.ts';
import type { PartsGroup } from './parts-sum.ts';
import type { ShareClaim } from './shares.ts';

/**
 * 尾差调整: the shares of one whole in one sentence, printed with the same digits, total exactly
 * 100%, and one of them is one unit of its last digit off its own rounding while every other
 * holds ("网上提交241件、占79.8%，信函提交53件、占17.5%，当面提交8件、占2.7%" of 302: 2.6% rounded,
 * 99.9% in all; hunt32, a real 2024 ministry report): the writer nudged it so that the list totals
 * 100%, as statistical tables do. That share is marked (ShareClaim.adjusted), and is a skip, not an
 * error. Two shares off are not a nudge, nor one off by more unless the counts make the whole.
 */
export function markRoundingAdjustments(claims: readonly ShareClaim[]): void {
  const groups = new Map<string, ShareClaim[]>();
  for (const c of claims) {
    if (!c.whole || c.unread) continue;
    const key = `${c.share.s.seq}:${c.whole.s.seq}:${c.whole.f.start}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const whole = list[0]!.whole!.f.value;
    const d = list.reduce((m, c) => Math.max(m, c.share.f.printed.d), 0);
    // a share printed with fewer digits ("占比5%" beside "占比67.5%") is read with more only where it
    // holds with them (4 of 80 is 5.0%)
    const at = (c: ShareClaim): Dec => ({ n: c.share.f.printed.n * 10n ** BigInt(d - c.share.f.printed.d), d });
    if (list.some((c) => c.share.f.printed.d < d && percentFits(c.part.f.value, whole, at(c)) === 'no')) continue;
    if (list.reduce((n, c) => n + at(c).n, 0n) !== 100n * 10n ** BigInt(d)) continue;
    const off = list.filter((c) => percentFits(c.part.f.value, whole, c.share.f.printed) === 'no');
    const only = off[0];
    if (off.length !== 1 || !only) continue;
    const od = only.share.f.printed.d;
    const rounded = BigInt(withDecimals(percentText(only.part.f.value, whole, od), od).replace('.', ''));
    const gap = only.share.f.printed.n - rounded;
    if (gap === 1n || gap === -1n) only.adjusted = `同一总数下各项占比合计正好100%，${only.share.f.raw}或为凑足100%的尾差调整，不作判断`;
    // more than a unit off, where the counts add up to the whole: the share is then exactly 100% less
    // the others as printed, so it takes up all of their rounding ("1条，占比1.1%" of 80, beside
    // 13.8%, 8.8% and 3.8% each rounded up: hunt38, a real 2024 乡 report) — how a 尾差调整 is made
    else if (od === d && cmpDec(sumDec(list.map((c) => c.part.f.value)), whole) === 0) {
      only.adjusted = `同一总数下各项之和正是总数、占比合计正好100%，${only.share.f.raw}即100%减去其余各项，或为凑足100%的尾差调整，不作判断`;
    }
  }
}

/**
 * Shares of one guessed whole that hold one by one and can total 100% make a complete list
 * (seed 002: 349条 36.28%、607条 63.1%、6条 0.62% of 962条): its parts must sum to the whole.
 */
export function shareListGroups(claims: readonly ShareClaim[]): PartsGroup[] {
  const bySentenceAndWhole = new Map<string, ShareClaim[]>();
  for (const c of claims) {
    if (!c.whole || c.via === 'list') continue;
    const key = `${c.share.s.seq}:${c.whole.s.seq}:${c.whole.f.start}`;
    const list = bySentenceAndWhole.get(key) ?? [];
    list.push(c);
    bySentenceAndWhole.set(key, list);
  }
  const out: PartsGroup[] = [];
  for (const list of bySentenceAndWhole.values()) {
    const whole = list[0]?.whole;
    if (!whole || list.length < 2) continue;
    if (!sharesCanTotal100(list.map((c) => c.share.f.printed))) continue;
    if (list.some((c) => percentFits(c.part.f.value, whole.f.value, c.share.f.printed) === 'no')) continue;
    out.push({ shape: 'shares', whole, parts: list.map((c) => c.part), complete: true });
  }
  return out;
}
