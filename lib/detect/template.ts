/**
 * Which 国办 template the report follows, from the page's own labels, never from the year alone
 * (spec/report-format.md, "Which template"): bodies kept the 2019 trial tables into 2021 and
 * mixed the two.
 */
import type { Template } from '../types.ts';

/** Labels only the 2021 format (国办公开办函〔2021〕30号) has: table 二 第（一）（八）项, table 三 （六）2. */
const MARKERS_2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额', '逾期未按收费通知'];

/** Labels only the 2019 trial format (国办公开办函〔2019〕60号) has: table 二 第（一）（五）（九）项. */
const MARKERS_2019 = ['本年新制作数量', '对外公开总数量', '上一年项目数量', '采购总金额'];
/**
 * Table 二 第（五）项's row "其他对外管理服务事项" (2019 only). Not after 和: the 条例's own words
 * "办理行政许可和其他对外管理服务事项的依据…" (art. 20(5)) are quoted in narratives of any year
 * (seed 000 does, twice).
 */
const ROW_2019 = /(?<!和)其他对外管理服务事项/;

/**
 * Table 三 of either format (the 第二十条 tables): when these are absent there are no national
 * tables at all, as in every report before 2019.
 */
const TABLE3_MARKERS = /本年新收政府信息公开申请数量|结转下年度/;

/**
 * Any of a template's markers, as one alternation: a single scan of the page's labels instead of
 * one includes() a marker (the labels run to thousands of characters).
 */
const ANY_2021 = new RegExp(MARKERS_2021.join('|'));
const ANY_2019 = new RegExp([...MARKERS_2019, ROW_2019.source].join('|'));

/**
 * key: the report's text as labelKey (no spaces), tables included. year: the year reported on.
 * A mix (2021 table 二 with a 2019-style table 三, or the reverse) counts as 2021: the page uses
 * the newer format's labels somewhere, and the mappers map by label, not by template.
 */
export function detectTemplate(key: string, year: number | null): Template {
  if (ANY_2021.test(key)) return '2021';
  // seed 004 renames 第（五）项's columns (本年项目数量 · 处理决定数量) yet keeps 对外公开总数量
  if (ANY_2019.test(key)) return '2019';
  if (!TABLE3_MARKERS.test(key) && year !== null && year <= 2018) return 'pre2019';
  return 'unknown';
}
