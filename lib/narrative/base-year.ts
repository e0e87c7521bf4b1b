/**
 * The base's year in a parenthesis of a comparison (year-on-year.ts, percentage-points.ts,
 * multiples.ts): "较上年（2022年）增加6件", "较上年（2022年：50.7%）提高3.4个百分点",
 * "是上年（2022年13件）的2倍", "同比增长7.5%（2022年为80件）". A base of another year than the one
 * compared with (上年 is the report's year less one; "较2021年" is 2021) is a skip that says why,
 * never read as 上年's.
 */

/** A parenthesis right after the comparison's keyword naming the base's year: "（2022年）", "（2022年：". */
import { said, type Said } from './note-words.ts';

export const BASE_YEAR_PAREN = /^\s*[（(]\s*(\d{4})\s*年度?(?:同期)?\s*(?:[：:]|为|是|共|有)?\s*/;

/**
 * Last year's figure in a parenthesis right after the claim, up to that figure: "提高3.4个百分点
 * （2022年为50.7%）", "是上年的2倍（2022年为13件）".
 */
export const BASE_YEAR_AFTER = /^\s*[（(]\s*(\d{4})\s*年度?(?:同期)?\s*(?:[：:]|为|是)?\s*$/;

/** The year a label of last year's figure names by number ("2022年为" → 2022), or null. */
export function yearOfLabel(label: string): number | null {
  const m = /^(\d{4})\s*年/.exec(label.trim());
  return m ? Number(m[1]) : null;
}

/**
 * Why a comparison's base is not the year compared with, or null: the keyword names a year
 * ("较2021年") or last year (上年, 同比: the report's year less one), and the base's parenthesis
 * names another ("较上年（2021年）" in the 2023 report). Unknown without the report's year, unless
 * the keyword names its own. Said with its code (en64: the skip's note, worded in the panel's language).
 */
export function otherBaseYear(baseYear: number | null | undefined, keyword: string, year: number | null): Said | null {
  if (baseYear === null || baseYear === undefined) return null;
  const named = /(\d{4})\s*年/.exec(keyword);
  const meant = named ? Number(named[1]) : year !== null ? year - 1 : null;
  if (meant === null || meant === baseYear) return null;
  return named ? said('baseYearNamed', meant, baseYear) : said('baseYearLast', baseYear, meant);
}

/** The end of the parenthesis a figure ending at `end` stands in ("80件）" → after the ）), or `end`. */
export function closeParen(text: string, end: number): number {
  const close = /^[^（()）。；;，,]*?[）)]/.exec(text.slice(end));
  return close ? end + close[0].length : end;
}
