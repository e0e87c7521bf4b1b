/**
 * A list whose round items are all written as lower bounds ("1600余条", "300多件", "超过300件") and whose items,
 * each taken at its least, are already more than an exact whole (recall46: hunt44 left "余" items under a whole;
 * parts-readings.ts roundItems made every such list a skip). "共2000条，其中网站发布1600余条，微信300条，其他200条"
 * is wrong whatever the 余 stands for: 1600 + 300 + 200 = 2100 > 2000. The reading takes each round item at its
 * lower bound as a part, and the list is judged as any other (its overlaps, its other readings: parts-judge.ts). A
 * round item said 约/近 (it may be less), a whole itself round (余, 万), or items that at their least fit the whole
 * stay as they were.
 */
import { cmpDec, sumDec } from './decimal.ts';
import type { PartsGroup } from './parts-sum.ts';
import { lowerBound, roundItems } from './parts-readings.ts';

/** The list with its round items as parts at their lower bounds, when so they are more than the whole; else null. */
export function withRoundLowerBounds(g: PartsGroup): PartsGroup | null {
  const round = roundItems(g);
  if (round.length === 0 || g.whole.f.approx || g.whole.f.ulp || round.some((f) => f.ulp)) return null;
  const s = g.parts[0]!.s;
  if (!round.every((f) => lowerBound(s, f))) return null;
  const least = sumDec([...g.parts.map((p) => p.f.value), ...round.map((f) => f.value)]);
  if (cmpDec(least, g.whole.f.value) <= 0) return null;
  const parts = [...g.parts, ...round.map((f) => ({ s, f: { ...f, approx: false } }))].sort((a, b) => a.f.start - b.f.start);
  return { ...g, parts };
}
