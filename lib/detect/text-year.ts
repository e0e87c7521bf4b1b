/**
 * The year a report is about, read from its text when its title gives none (moved from title.ts as it was).
 */
import { labelKey } from '../text/normalize.ts';
import { STATS_PERIOD_SRC } from './container.ts';
import { parseYear } from './title.ts';

/**
 * The year reported on, from the opening of the report's text, when the title has none: the
 * statistics period ("统计期限自2019年1月1日起至2019年12月31日止", "统计时限为2023年1月1日至…",
 * "统计期为201911日至20191231日", container.ts STATS_PERIOD_SRC), else a whole year's span
 * ("…涵盖2024年1月1日起至12月31日期间"), else a paragraph that opens "2019年，…". Never a
 * publication date: a period's year counts only when the year's first day follows it ("2019年1月1日",
 * "2019年度") or its last day closes the span; "统计时间：2025年1月10日" is the day it was counted.
 */
export function yearFromText(lines: readonly string[]): number | null {
  for (const line of lines) {
    const key = labelKey(line);
    STATS_PERIOD_G.lastIndex = 0;
    for (let m = STATS_PERIOD_G.exec(key); m; m = STATS_PERIOD_G.exec(key)) {
      const digits = m[1]!;
      const after = key.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (YEAR_START.test(after) || new RegExp(`^[^。;]{0,16}?(?:至|到|-|—|~)(?:${digits}年?)?12月31日`).test(after)) return parseYear(digits);
    }
  }
  for (const line of lines) {
    const m = WHOLE_YEAR.exec(labelKey(line));
    if (m?.[1] && (!m[2] || m[2] === m[1])) return parseYear(m[1]);
  }
  for (const line of lines) {
    const m = /^(\d{4})年度?[,，]/.exec(labelKey(line));
    if (m?.[1]) return parseYear(m[1]);
  }
  return null;
}

const STATS_PERIOD_G = new RegExp(STATS_PERIOD_SRC, 'g');
/** After a period's year: its first day ("年1月1日", "年01月01日", "11日" where the 年 and 月 were lost), the whole year ("年度", "年全年"). */
const YEAR_START = /^(?:年(?:度|全年|0?1月0?1日|0?1月(?:份)?(?:至|到|-|—|~|起))|0?1月?0?1日)/;
/** A year's first day to its last: "2024年1月1日起至12月31日", "2024年1月1日-2024年12月31日". */
const WHOLE_YEAR = /(\d{4})年0?1月0?1日(?:起)?(?:至|到|-|—|~)(?:(\d{4})年)?12月31日/;
