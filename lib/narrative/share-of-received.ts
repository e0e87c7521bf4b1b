/**
 * A share of one of table 三's results whose whole, in its own sentence, is a count received (rule
 * text.share): "我局共受理依申请公开62件，予以公开及部分公开的有39件，占61.9%" where table 三 closed 63 (62
 * new and 4 carried in, 3 carried on) — a real 2024 县 report's shape ("共受理依申请公开12件，予以公开及部分
 * 公开的有6件，占50%；无法提供的有6件，占50%"), probed by hunt47 with a bureau's figures, 4 carried in. The
 * results count the applications carried in from last year as well, and a report may divide them by all
 * it closed: shares.ts read the count received before the part as its whole and failed the share. A share
 * that fits table 三's 办理结果总计 (or 新收 + 上年结转, as the table rules would correct them too) is a pass;
 * one that fits none still fails against the count received, as before. Without table 三, as before.
 * Read narrowly: the whole is the count the part's sentence names before it, by words of receiving
 * (受理, 收到, 新收, 接收) and never of closing (办结, 办理, 答复, 处理, 完成); the part's words name results
 * of table 三 right before its figure ("予以公开及部分公开的有39件", "无法提供15件"), not a part of the
 * applications ("网上申请", "区本级予以公开").
 */
import { percentFits, percentText, toDec } from './decimal.ts';
import { clauseStart } from './quote.ts';
import { RULE, type ClaimOutcome } from './narrative-types.ts';
import type { ShareClaim } from './shares.ts';

/** Words of a count received, and of a count closed (a whole the results are already of). */
const RECEIVED = /受理|收到|新收|接收|接到/;
const CLOSED = /办结|办理|答复|处理|完成|审结/;

/** A result of table 三, or two joined, right before the part's figure. */
const RESULT = '(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)';
const RESULT_PART = new RegExp(`^(?:其中[，,：:]?)?[“"「『]?${RESULT}(?:(?:及|和|与|、)${RESULT})?[”"」』]?(?:的)?(?:申请)?(?:有|为|共|计)?$`);

/** Table 三's wholes of the applications closed, as the page gives them and as the table rules would correct them. */
const CLOSED_WHOLES: readonly { names: readonly string[]; label: string }[] = [
  { names: ['t3.processed.total'], label: '表三“办理结果总计”' },
  { names: ['t3.new.total', 't3.carried.total'], label: '表三“本年新收”与“上年结转”之和' },
];

export function shareOverReceived(
  c: ShareClaim,
  failed: ClaimOutcome,
  figureSets: readonly Readonly<Record<string, number | null>>[],
): ClaimOutcome | null {
  if (failed.check.outcome !== 'fail' || c.via !== 'sentence' || !c.whole || c.whole.s !== c.part.s) return null;
  const label = c.whole.f.label;
  if (!RECEIVED.test(label) || CLOSED.test(label)) return null;
  const { s, f: part } = c.part;
  if (part.unit !== '件' || part.value.d > 0 || !RESULT_PART.test(s.text.slice(clauseStart(s.text, part.start), part.start).trim())) return null;
  const printed = c.share.f.printed;
  for (const fs of figureSets) {
    for (const w of CLOSED_WHOLES) {
      const vs = w.names.map((n) => fs[n]);
      if (vs.some((v) => v == null)) continue;
      const v = vs.reduce((a: number, b) => a + (b as number), 0);
      if (!Number.isInteger(v) || v <= 0 || percentFits(part.value, toDec(v, 0), printed) === 'no') continue;
      const shown = percentText(part.value, toDec(v, 0), Math.max(printed.d, 2));
      return { check: { rule: RULE.share, outcome: 'pass', quote: failed.check.quote, detail: `${part.raw} ÷ ${w.label}${v}件 = ${shown}%，正文 ${c.share.f.raw}（办理结果含上年结转的申请）` } };
    }
  }
  return null;
}
