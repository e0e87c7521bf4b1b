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
