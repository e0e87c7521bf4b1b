/**
 * A 累计 said after the report's year that is no count of the year (txt61; rt60 left "2022年，我局累计…" read as the
 * year's whatever its figure). "2022年，我局累计受理政府信息公开申请856件" where table 三 counts 62 new this year: the
 * 856 is a running total (of the years since the law began, as "截至2022年底，累计…" says outright), not a slip of 62.
 * Where the words do not say which, the figure does: a 累计 three times the table's figure or more (and 20 more at
 * least, so a small table's 2 against 6 stays compared), or a 累计 as of the year's end ("2022年底，累计…", "2022年末
 * 我局累计…": a stock on a day, as 截至 gives), is a skip that says why, never an error. Kept read: the year's own
 * words beside 累计 ("全年累计", "本年度累计": other-scope.ts THE_YEAR), and a 累计 near the table's figure ("2022年，
 * 我局累计受理…65件" against 62 stays an error: a slip, not another period).
 */
import { decToNumber } from './decimal.ts';
import { semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { said, type Said } from './note-words.ts';
import { clauseStart } from './quote.ts';

/** How far over the table's figure a 累计 is another period's: at least FAR_TIMES the figure and FAR_MORE more. */
const FAR_TIMES = 3;
const FAR_MORE = 20;
/** 累计 before the figure in its ，-clause. */
const CUMULATIVE = /累计/;
/** The year's end as a day ("2022年底", "2022年12月底", "2022年末", "年底"): a stock on that day. */
const YEAR_END = /(?:\d{4}\s*年\s*(?:12\s*月)?|年)(?:底|末)/;
/** Words of the year itself: "全年累计" counts the year (other-scope.ts THE_YEAR). */
const THE_YEAR = /全年|本年|今年|年内|当年/;

/**
 * Why the 累计 figure `f` (compared with `expected`, the table's figure its reading names, and off) may be a running
 * total: the reason (said with its code, en64), or null where it is read as the year's.
 */
export function runningTotalReason(s: SentenceFigures, f: TextFigure, expected: number | undefined): Said | null {
  if (!CUMULATIVE.test(s.text.slice(clauseStart(s.text, f.start), f.start))) return null;
  const scope = s.text.slice(semicolonClauseStart(s.text, f.start), f.start);
  if (THE_YEAR.test(scope)) return null;
  if (YEAR_END.test(scope)) return said('runningYearEnd', f.raw);
  const n = decToNumber(f.value);
  if (expected !== undefined && expected > 0 && n >= FAR_TIMES * expected && n - expected >= FAR_MORE) {
    return said('runningOver', f.raw, expected, f.unit);
  }
  return null;
}
