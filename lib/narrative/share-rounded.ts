/**
 * A share of 万/亿 figures that no rounding of them can give (rt78). shares.ts skipped every share whose part or whole
 * is written in 万 or 亿 ("万、亿数是约数"): "全年主动公开政府信息1.2万条，其中政府文件1260条，占15.5%" and "访问量356.2万人次，
 * 其中移动端访问213.7万人次，占50%" were skips, though 1260 ÷ 1.15万–1.25万 is 10.1%–11.0% and 213.7万 ÷ 356.2万 is 60%
 * whichever way the figures were rounded. As parts-judge.ts reads a sum of such figures: each 万/亿 figure may be one unit
 * of its last digit off either way (rounded or cut), the printed share one unit of its own last digit; a share outside
 * every such reading cannot hold. Where one reading fits, the skip stays.
 */
import { decToNumber, type Dec } from './decimal.ts';
import type { TextFigure } from './figures-in-text.ts';

/** May the printed share be part ÷ whole, each 万/亿 figure one unit of its last digit off either way? */
export function roundedShareCanFit(part: Pick<TextFigure, 'value' | 'ulp'>, whole: Pick<TextFigure, 'value' | 'ulp'>, printed: Dec): boolean {
  const p = decToNumber(part.value);
  const w = decToNumber(whole.value);
  const up = part.ulp ? decToNumber(part.ulp) : 0;
  const uw = whole.ulp ? decToNumber(whole.ulp) : 0;
  if (w - uw <= 0) return true;
  const lo = (100 * Math.max(0, p - up)) / (w + uw);
  const hi = (100 * (p + up)) / (w - uw);
  const shown = decToNumber(printed);
  const unit = 10 ** -printed.d;
  return lo <= shown + unit && hi >= shown - unit;
}

/** A wider body's or another period's whole: "占全市工单总量的", "占全省同类信息的", "占上年主动公开总量的". */
const OTHER_BODY_OR_YEAR = /全[市省国区县州盟]|上年|去年|上一年|\d{4}年|同类/;

/**
 * rt79: the whole a share of a 万/亿 figure names is not the one it was read against — a wider body's or another
 * period's the whole's own words do not say ("12345工单2.3万件，其中涉及我厅的诉求1260件，占全市工单总量的1.5%"), or
 * another count's of the sentence before the part ("1.2万条，其中通过门户网站公开8563条，政策文件1260条，占门户网站公开信息的
 * 14.7%": of the 8563). Those were the shareRounded skip before rt78, and then errors against the 2.3万, the 1.2万.
 */
export function namesAnotherWhole(shareOf: string, whole: Pick<TextFigure, 'label'>, counts: readonly Pick<TextFigure, 'label'>[]): boolean {
  const of = shareOf.replace(/^[的]|的$/g, '');
  if (OTHER_BODY_OR_YEAR.test(of) && !OTHER_BODY_OR_YEAR.test(whole.label)) return true;
  const head = of.slice(0, 2);
  return head.length === 2 && !/总|全|所有|各/.test(head) && !whole.label.includes(head) && counts.some((f) => f !== whole && f.label.includes(head));
}
