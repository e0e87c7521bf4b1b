/**
 * Shares whose whole is guessed (shares.ts resolveShares, 'nearby') but confirmed by the other
 * shares of their sentence: then a share that does not fit is checked, not skipped.
 */
import { addDec, cmpDec, percentFits, sharesCanTotal100, type Dec } from './decimal.ts';
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { dividedSentence } from './qizhong-readings.ts';
import type { ShareClaim } from './shares.ts';

/**
 * "全年共收到申请62件。从申请方式看，网上申请41件，占66.1%；信函申请15件，占23.2%；当面申请6件，
 * 占9.7%": the whole of the shares is guessed from the sentence before, but the sentence's other
 * shares confirm it: three shares or more of one guessed whole, all but one fitting it, whose
 * counts add up to it (41+15+6 = 62) or whose shares total 100% (the list claims to be whole). The
 * one that does not fit is then checked against that whole, not skipped.
 */
export function confirmGuessedWholes(claims: readonly ShareClaim[]): void {
  const bySentenceAndWhole = new Map<string, ShareClaim[]>();
  for (const c of claims) {
    if (c.via !== 'nearby' || !c.whole) continue;
    const key = `${c.share.s.seq}:${c.whole.s.seq}:${c.whole.f.start}`;
    bySentenceAndWhole.set(key, [...(bySentenceAndWhole.get(key) ?? []), c]);
  }
  for (const list of bySentenceAndWhole.values()) {
    const whole = list[0]?.whole?.f;
    if (!whole || whole.ulp || list.length < 3 || list.some((c) => c.part.f.ulp)) continue;
    // each share of its own count ("分别占" pairs them in order)
    if (new Set(list.map((c) => c.part.f)).size !== list.length) continue;
    const sum = list.reduce((acc, c) => addDec(acc, c.part.f.value), { n: 0n, d: 0 } as Dec);
    if (ofAnotherCount(list, sum)) continue;
    const misfits = list.filter((c) => percentFits(c.part.f.value, whole.value, c.share.f.printed) === 'no');
    if (misfits.length !== 1) continue;
    // shares that total 100% and all fit their counts' sum are of that sum, not of the guess
    // ("全年共收到申请62件。…予以公开55件，占87.3%；不予公开3件，占4.8%；…" over 办结 63: the small
    // counts' shares fit 62 as well)
    const ofTheirSum = list.every((c) => percentFits(c.part.f.value, sum, c.share.f.printed) !== 'no');
    const how = cmpDec(sum, whole.value) === 0 ? 'sum' : !ofTheirSum && sharesCanTotal100(list.map((c) => c.share.f.printed)) ? 'shares' : null;
    if (how) for (const c of list) c.confirmed = how;
  }
}

/**
 * "受理…60件，答复…64件（含上年度结转申请4件）。予以公开及部分公开6件，占9.4%；不予公开3件，占4.7%；无法提供30件，占46.9%；
 * 其他处理25件，占39.1%" (上海's reports, hunt49 left them a skip with no table): the guess is the count received, but the
 * counts listed add up to another count of the guess's sentence, the one answered (6+3+30+25 = 64), and the shares, all
 * but one at most, fit it: that count is their whole, read as confirmed by the sum (recall50). Only a plain count (not in a
 * parenthesis, no change, not approximate), and three shares or more.
 */
function ofAnotherCount(list: readonly ShareClaim[], sum: Dec): boolean {
  const at = list[0]!.whole!;
  if (cmpDec(sum, at.f.value) === 0) return false;
  const other = at.s.figures.find((f) => f !== at.f && isCount(f) && f.unit === at.f.unit && f.paren === null && f.change === null && !f.ulp && cmpDec(f.value, sum) === 0);
  if (!other || list.filter((c) => percentFits(c.part.f.value, other.value, c.share.f.printed) === 'no').length > 1) return false;
  for (const c of list) {
    c.whole = { s: at.s, f: other };
    c.confirmed = 'sum';
  }
  return true;
}

/**
 * "…共收到政府信息公开申请112件，…；上年结转1件。从申请渠道看，…。从申请主体看，自然人申请101件，
 * 占87.2%；法人或其他组织申请11件。" (red team 22, m18): the share's whole is guessed two sentences
 * back, but its sentence opens on dividing that very sentence ("从…看", "其中"; qizhong-readings.ts
 * dividedSentence, over the "从…看" sentences between) and its counts add up to the guess (101+11 =
 * 112): the whole is read, not guessed. Only when every count of the sentence is a plain count of the
 * whole's unit (no change, none in a parenthesis, none approximate) and there are two or more, and
 * the share is the sentence's only one that misses the whole.
 */
export function confirmDividedWholes(claims: readonly ShareClaim[], sentences: readonly SentenceFigures[]): void {
  for (const c of claims) {
    if (c.via !== 'nearby' || !c.whole || c.confirmed || c.whole.f.ulp) continue;
    const s = c.share.s;
    const i = sentences.indexOf(s);
    if (i < 0 || dividedSentence(sentences, i) !== c.whole.s) continue;
    const counts = s.figures.filter((f) => f.unit !== '%');
    if (counts.length < 2 || counts.some((f) => !isCount(f) || f.unit !== c.whole!.f.unit || f.paren !== null || f.ulp)) continue;
    const sum = counts.reduce((acc, f) => addDec(acc, f.value), { n: 0n, d: 0 } as Dec);
    if (cmpDec(sum, c.whole.f.value) !== 0) continue;
    // the sentence's other shares fit the whole: shares that all miss it are of another base the
    // writer took ("网上申请41件，占62.1%；信函申请15件，占22.7%；当面申请6件，占9.1%" of 66, not 62)
    const whole = c.whole.f;
    const misfits = claims.filter((x) => x.share.s === s && x.whole?.f === whole && percentFits(x.part.f.value, whole.value, x.share.f.printed) === 'no');
    if (misfits.length === 1) c.confirmed = 'divides';
  }
}
