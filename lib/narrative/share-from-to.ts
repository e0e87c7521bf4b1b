/**
 * A share said with last year's beside it: "其中予以公开32件，占比由上年的45.3%提高到50.8%" (txt74). The first % is last
 * year's share, not this year's of a whole named "由上年" (rt74 left it a share skip saying so); the second, after
 * 提高到/下降至…, is this year's share, read as one with no whole named. Only right after "占比由上年的" (or 去年, 上一年度,
 * YYYY年): no other words between the two figures than the verb and 到/至 (or 降至/升至/增至/减至, and 到了 — rt77; 为: "提高为50.8%", txt78).
 */
import type { TextFigure } from './figures-in-text.ts';

const FROM_LAST_YEAR = /^由(?:上年|去年|上一年度?|上年度|前一年|\d{4}\s*年度?)(?:同期)?$/;
const LAST_YEARS_LEAD = /占比由(?:上年|去年|上一年度?|上年度|前一年|\d{4}\s*年度?)(?:同期)?的?$/;
const MOVED_TO = /^(?:(?:提高|提升|上升|增加|增长|下降|降低|减少|回落)了?(?:到|至|为)|[升降增减]至)了?$/;

/** Is `f` last year's share that `share` (this year's) follows ("占比由上年的45.3%提高到50.8%": 45.3%, by shareAfterLastYears)? */
export function lastYearsShareBefore(f: TextFigure | undefined, share: TextFigure): boolean {
  return f !== undefined && f.unit === '%' && !f.share && share.share && share.shareOf === '' && LAST_YEARS_LEAD.test(f.label) && MOVED_TO.test(share.label);
}

/** The share lead of a % after `prev` with `label` before it, and `prev` as it is to stand (no share when last year's). */
export function shareAfterLastYears(prev: TextFigure | undefined, label: string, unit: string, lead: { share: boolean; shareOf: string }): { lead: { share: boolean; shareOf: string }; prev: TextFigure | undefined } {
  if (unit !== '%' || !prev || prev.unit !== '%' || !prev.share || !FROM_LAST_YEAR.test(prev.shareOf) || !MOVED_TO.test(label)) return { lead, prev };
  return { lead: { share: true, shareOf: '' }, prev: { ...prev, share: false, shareOf: '' } };
}
