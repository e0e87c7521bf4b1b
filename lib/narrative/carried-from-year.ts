/**
 * Last year's applications carried into this one, named by their year: "2019年结转的申请4件",
 * "2019年度结转至本年度的申请4件", "上年度（2019年）结转4件" in the 2020 report. They are table 三's
 * 二、上年结转, this year's row; but the year before the figure reads as another period to
 * period.ts (rightly so for "2019年共收到102件": last year's figure, no claim). Read by the
 * comparison with the tables (text-vs-table.ts), which reads the text with such words rewritten
 * as the row's own ("上年结转"). A year other than the report's year − 1 ("2018年结转的…") is left
 * as it stands: another period, no claim. Without the report's year nothing is rewritten.
 */

/**
 * The year and the carry: "2019年(度)(的)结转", "2019年(度)结转至本年度/今年/2020年(继续办理)", and
 * "上年度（2019年）结转" with the year in a parenthesis. Not "结转至下一年度" or "结转至2021年": those
 * go on. The work after where they went is taken in, so that 办理 is not read as the measure ("作出答复" too:
 * "2024年结转至2025年作出答复的申请5件" in the 2025 report — hunt50).
 */
const CARRIED_FROM_YEAR =
  /(?:上一?年度?\s*[（(]\s*(\d{4})\s*年度?\s*[）)]|(\d{4})\s*年度?(?:\s*的)?)\s*(?:结转|转结)(?:(?:至|到|入)\s*(?:本年度?|今年|当年|(\d{4})\s*年度?)(?:继续)?(?:办理|处理|(?:作出|做出)?答复)?)?(?!\s*(?:至|到|入|下))/g;

/** The row's own words, which CARRIED_SOURCE (period.ts) reads as 上年结转 and not as last year. */
const ROW = '上年结转';

/**
 * The text with last year's carry written as 上年结转, padded with spaces before it to the same
 * length (offsets into the text still hold), when `year` is known and the carry's year is year − 1
 * (and, when it says into which year, into `year`).
 */
export function withPriorYearCarried(text: string, year: number | null): string {
  if (!year || !text.includes(String(year - 1))) return text;
  return text.replace(CARRIED_FROM_YEAR, (m: string, inParen?: string, bare?: string, into?: string) => {
    if (Number(inParen ?? bare) !== year - 1) return m;
    if (into !== undefined && Number(into) !== year) return m;
    return m.length < ROW.length ? m : ' '.repeat(m.length - ROW.length) + ROW;
  });
}
