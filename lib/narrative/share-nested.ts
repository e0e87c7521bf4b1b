/**
 * A share of "总体" inside a list nested in an item of another list (hunt39: a real 2010 区文委
 * report): "在主动公开的信息中，机构职能类信息1条，占总体的比例为2%；…业务动态类信息49条，占总体的比例为
 * 98%，（其中批复文件36条，占总体的72%；业务信息11条，占总体的22%，工作总结2条，占总体的4%）" — the
 * inner list divides 49, but its shares, named as the outer ones are, are of the 50 in all (36/50
 * is 72%, 36/49 would be 73%): the inner whole has its own share of "总体", which holds against
 * 50, so it is a part of that 总体, never the 总体 itself (as a count with its own share of a whole
 * named in words is no whole of the next share naming it, shares.ts). Such a share is read
 * against the outer whole first and the inner whole second: a pass where either fits, an error
 * where neither does. Where no whole the text gives holds the inner whole's own share, the 总体 is
 * not known: a share that fits the inner whole passes, one that does not is a skip.
 */
import { percentFits } from './decimal.ts';
import type { TextFigure } from './figures-in-text.ts';
import type { ShareClaim } from './shares.ts';
import { part } from './note-words.ts';

/** A share of everything, named so: "占总体的", "占总体的比例为", "占总数的", "占全部的". */
const OVERALL = /^(?:总体|整体|总数|总量|全部|所有)(?:的)?(?:比例|比重)?(?:为|是|达)?$/;

export function nestedOverallWholes(claims: ShareClaim[]): void {
  // the counts with a share of everything of their own, and the wholes such a share holds against
  const ownShare = new Set<TextFigure>();
  const overallOf = new Map<TextFigure, ShareClaim>();
  for (const c of claims) {
    if (!OVERALL.test(c.share.f.shareOf)) continue;
    ownShare.add(c.part.f);
    if (!c.whole || overallOf.has(c.part.f)) continue;
    if (percentFits(c.part.f.value, c.whole.f.value, c.share.f.printed) !== 'no') overallOf.set(c.part.f, c);
  }
  for (const c of claims) {
    if (c.via !== 'list' || !c.whole || !OVERALL.test(c.share.f.shareOf) || !ownShare.has(c.whole.f)) continue;
    const inner = c.whole;
    const own = overallOf.get(inner.f);
    if (own?.whole && own.whole.f !== inner.f && own.whole.f.unit === inner.f.unit) {
      c.whole = own.whole;
      c.others = [...(c.others ?? []), { value: inner.f.value, raw: inner.f.raw }];
      c.direct = true;
    } else {
      // the 总体 the inner whole is a share of is not one the text gives: a share that fits the
      // inner whole still passes, one that does not is not known to be wrong
      c.unsure = part('shareOverallUnseen', inner.f.raw);
    }
  }
}
