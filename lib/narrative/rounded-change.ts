/**
 * Year on year over 万/亿 figures (rule text.change): "主动公开政府信息2.35万条，比上年（2.09万条）
 * 增长12.4%". The figures are rounded, so the exact change is unknown; but it lies in an interval,
 * and a stated change outside every value the figures allow is wrong whatever the true counts were.
 *
 * Each rounded figure may stand for anything within one whole unit of its last digit (value ± ulp):
 * a report may round "23,460" to 2.35万 or cut it to 2.34万, and cut or round its percentage too, so
 * the interval is taken twice as wide as rounding alone needs (the trust rule: a figure the text may
 * have rounded either way is never read as wrong). A count printed in full has no width (ulp null).
 *
 * Arelle's Calculations 1.1 compares intervals the same way (STYLE.md, "Tolerance from the digits shown").
 */
import type { Dec } from './decimal.ts';

/** The four values on one scale: n / 10^d each. */
function scaled(values: readonly (Dec | null)[]): bigint[] {
  const d = values.reduce((m, v) => Math.max(m, v?.d ?? 0), 0);
  return values.map((v) => (v === null ? 0n : v.n * 10n ** BigInt(d - v.d)));
}

/**
 * Can a growth printed as `printed`% (its sign `sign`), rounded or cut, come from some this-year
 * value within cur ± curUlp and some last-year value within prev ± prevUlp? null when last year's
 * interval reaches 0 (no growth can be computed).
 */
export function growthCanFit(cur: Dec, curUlp: Dec | null, prev: Dec, prevUlp: Dec | null, printed: Dec, sign: 1 | -1): boolean | null {
  const [c, uc, p, up] = scaled([cur, curUlp, prev, prevUlp]) as [bigint, bigint, bigint, bigint];
  const prevLo = p - up;
  const prevHi = p + up;
  if (prevLo <= 0n) return null;
  // growth in % = 100·(cur − prev)/prev, increasing in cur and decreasing in prev
  // lowest: 100·(c − uc − prevHi)/prevHi; highest: 100·(c + uc − prevLo)/prevLo
  // stated, as a signed interval in units of 10^-pd %: magnitude in [P − ½, P + 1]
  const unit = 10n ** BigInt(printed.d);
  const magLo = 2n * printed.n - 1n; // ×½ unit
  const magHi = 2n * printed.n + 2n;
  const [lo2, hi2] = sign > 0 ? [magLo, magHi] : [-magHi, -magLo]; // stated % × 2·unit
  // stated lo ≤ highest growth  ⇔  lo2·prevLo ≤ 200·unit·(c + uc − prevLo)
  const belowTop = lo2 * prevLo <= 200n * unit * (c + uc - prevLo);
  // stated hi ≥ lowest growth  ⇔  hi2·prevHi ≥ 200·unit·(c − uc − prevHi)
  const aboveBottom = hi2 * prevHi >= 200n * unit * (c - uc - prevHi);
  return belowTop && aboveBottom;
}

/**
 * Can a change printed as `amount` (± amountUlp, its sign `sign`) be this year's value less last
 * year's, each within its own interval? "2.35万条，比上年（2.09万条）增加0.26万条".
 */
export function differenceCanFit(cur: Dec, curUlp: Dec | null, prev: Dec, prevUlp: Dec | null, amount: Dec, amountUlp: Dec | null, sign: 1 | -1): boolean {
  const [c, uc, p, up, a, ua] = scaled([cur, curUlp, prev, prevUlp, amount, amountUlp]) as bigint[] as [bigint, bigint, bigint, bigint, bigint, bigint];
  const lo = c - uc - (p + up);
  const hi = c + uc - (p - up);
  const [aLo, aHi] = sign > 0 ? [a - ua, a + ua] : [-a - ua, -a + ua];
  return aLo <= hi && aHi >= lo;
}

/**
 * Can parts printed as `parts` (each with its ulp) sum to a whole printed as `whole`? A figure
 * printed as X, rounded or cut to its last digit, stands for a true count in [X − ulp/2, X + ulp):
 * "4.52万条：网站公开1.19万条、公报0.02万条、发布会0.01万条、其他3.27万条" may be 4.49万 printed,
 * up to 4.53万 true (every part cut), and the whole may be 4.515万: they can meet, so no error is
 * read. The upper ends are open: "1.2万条，其中8000条，5000条" is wrong, cut or rounded (13000 would
 * print as 1.3万 either way).
 */
export function sumCanFit(parts: readonly { value: Dec; ulp: Dec | null }[], whole: { value: Dec; ulp: Dec | null }): boolean {
  const [w, uw, ...rest] = scaled([whole.value, whole.ulp, ...parts.flatMap((p) => [p.value, p.ulp])]) as bigint[] as [bigint, bigint, ...bigint[]];
  let sum = 0n;
  let u = 0n;
  for (let k = 0; k < rest.length; k += 2) {
    sum += rest[k] as bigint;
    u += rest[k + 1] as bigint;
  }
  // in halves of the scale: the parts' sum in [2·sum − u, 2·sum + 2u), the whole in [2w − uw, 2w + 2uw)
  const belowWholeTop = uw > 0n ? 2n * sum - u < 2n * w + 2n * uw : 2n * sum - u <= 2n * w;
  const aboveWholeBottom = u > 0n ? 2n * w - uw < 2n * sum + 2n * u : 2n * w - uw <= 2n * sum;
  return belowWholeTop && aboveWholeBottom;
}
