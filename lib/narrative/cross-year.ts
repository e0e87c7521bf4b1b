/**
 * "跨年度办理3件" (red team rt38): applications handled across the year's end. After the sentence has
 * named those carried in from last year (上年结转), they are the ones carried on into next year, table
 * 三's 结转下年度; before it, they may be either (a skip). Read as 办理 (those handled in the year), a
 * true count was an error against 办理结果总计.
 */
import { CARRIED_SOURCE } from './period.ts';

/** 跨年度/跨年 right before the measure's words ("跨年度办理", "跨年办结"). */
const CROSS_YEAR = /跨(?:年度?|年)(?:继续)?$/;
const CARRIED_IN = new RegExp(CARRIED_SOURCE);

/**
 * For a figure whose measure's words stand after `before` (its clause up to them), in a sentence
 * whose text before the figure is `upTo`: 'carriedForward' after 上年结转, 'none' (no reading) when
 * 跨年 is said before anything was carried in, null when the words say no 跨年.
 */
export function crossYear(before: string, upTo: string): 'carriedForward' | 'none' | null {
  if (!before.includes('跨') || !CROSS_YEAR.test(before)) return null;
  return CARRIED_IN.test(upTo) ? 'carriedForward' : 'none';
}
