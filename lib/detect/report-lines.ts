/**
 * What a report's own lines say, read by the detector (detect-report.ts) once it has a heading and a
 * container: the body named by the line above a title Word broke in two, whether the text states
 * figures as a report does, the table labels the template is told by, and the opening lines where the
 * statistics period is.
 */
import { tagOf } from '../dom/attr.ts';
import { linesAfterHeading, type Line } from './lines.ts';
import { isSpamName, parseYear } from './title.ts';

/**
 * A body's name alone, as the first line of a title Word broke in two ("甘谷县人民政府办公室" over
 * "2024年政府信息公开工作年度报告"; detect34: 5 of ~50 real reports, a 县政府办公室, a 统计局, a 街道
 * 办事处, a 民政局, a 自治区人民政府): a government's or a department's name, nothing else; or a 乡's,
 * a 镇's, a 街道's name ("五常市民意乡" over the title, detect35), which gets its 人民政府 or 办事处.
 */
const BODY_NAME_LINE = /^[\u4e00-\u9fa5]{2,28}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|局|委员会|厅|街道办事处|管委会|管理委员会|乡|镇|街道|苏木)$/;

/**
 * The body named by the line right above a title that names none, when that line is the title's
 * first half: the same block (a <br> between) or the block just before it, of the same tag and
 * parent (two centred <p>, two <h1>), outside tables, not a link. The site's name above the
 * heading, a breadcrumb, a 文号 stand in other blocks or read otherwise; null then.
 */
export function bodyLineAbove(lines: readonly Line[], heading: Element, title: string): string | null {
  const at = lines.findIndex((l) => l.el === heading && l.text === title);
  const prev = at > 0 ? lines[at - 1] : undefined;
  if (!prev || prev.isLink || prev.inTable || !BODY_NAME_LINE.test(prev.key)) return null;
  const half = prev.el === heading
    || (prev.el.parentElement === heading.parentElement && tagOf(prev.el) === tagOf(heading) && prev.el.nextElementSibling === heading);
  return half && !isSpamName(prev.key) ? prev.key : null;
}

/**
 * A figure as a report states it: a number with what it counts ("主动公开政府信息1234条",
 * "受理申请45件", "收费0元", "占36.28%"). Dates (2023年1月1日), document numbers (〔2024〕5号),
 * post codes and telephone numbers count nothing. labelKey text: half-width digits, no spaces.
 */
const STATED_FIGURE = /\d+(?:\.\d+)?(?:万|亿)?(?:余)?(?:件|条|项|次|人次|人|名|个|篇|期|家|元|%|场|份|批|起|部|册|台|套|宗)/g;

/**
 * A figure some reports write in brackets, a form's blank filled in: "发布政务信息（1386）条",
 * "共（29）件" (detect35: a real 高新区's report; labelKey text, half-width brackets). Only after a
 * word: "（1）项目…" opening a line is an enumerator.
 */
const STATED_BRACKETED = /[\u4e00-\u9fa5]\(\d+(?:\.\d+)?\)(?:万|亿)?(?:余)?(?:件|条|项|次|人次|人|名|个|篇|期|家|元|%|场|份|批|起|部|册|台|套|宗)/g;

/**
 * A count a report states in words, as zero: "未收到政府信息公开申请", "未发生行政复议、行政诉讼",
 * "未收取任何费用". A small body's pre-2019 report states most of its figures so (a real 2009 report
 * of a county water bureau: six sections, one number); a 通知 or a 说明 that lists the report's
 * headings states none.
 */
const STATED_ZERO = /(?:未|没有)(?:收到|发生|受理|收取|产生)/g;

/** How many figures a report's text states at least, tables aside (a 通知 with the headings list has none). */
const MIN_FIGURES = 3;

/**
 * Does the text from the heading on state figures (or zeros in words: STATED_ZERO), as a report
 * without tables (pre-2019 prose, a report whose tables are pictures) does in every section? Links are left out (a listing's
 * "…（12条）"), and so is what stands before the heading (a sidebar's counters).
 */
export function statesFigures(lines: readonly Line[], heading: Element | null): boolean {
  let started = heading === null;
  let n = 0;
  for (const l of lines) {
    if (!started) {
      started = l.el === heading;
      if (!started) continue;
    }
    if (l.isLink) continue;
    for (const re of [STATED_FIGURE, STATED_BRACKETED, STATED_ZERO]) {
      re.lastIndex = 0;
      while (re.exec(l.key)) if (++n >= MIN_FIGURES) return true;
    }
  }
  return false;
}

/**
 * The container's table labels, as one labelKey string: table cells, and short lines (a copy that
 * lost its table markup keeps each cell as a line). Sentences are left out: a narrative that says
 * "有其他对外管理服务事项1092项" or "采购总金额50万元" has no table of either template.
 */
export function labelText(lines: readonly Line[], container: Element): string {
  let key = '';
  // no separator: Word splits one label over two <p> in one cell
  for (const l of lines) if ((l.inTable || l.key.length <= 30) && container.contains(l.el)) key += l.key;
  return key;
}

/** The first lines of the report's text, where the statistics period and "2019年，…" are. */
export function openingLines(lines: readonly Line[], heading: Element | null, container: Element): string[] {
  const out: string[] = [];
  for (const l of linesAfterHeading(lines, heading, container)) {
    out.push(l.text);
    if (out.length >= 40) break;
  }
  return out;
}

/**
 * The year a table of the format's is captioned with, for a report whose title and opening give none (det66):
 * "表一：二〇二四年度主动公开政府信息情况", "2024年收到和处理政府信息公开申请情况" over its table. A section's own
 * name with a year before it is that year's account; the first one in the report's container counts.
 */
export function yearOfSections(lines: readonly Line[], container: Element): number | null {
  for (const l of lines) {
    if (l.inTable || l.key.length > 40 || !container.contains(l.el)) continue;
    const m = SECTION_YEAR.exec(l.key);
    if (m) return parseYear(m[1]!);
  }
  return null;
}
const SECTION_YEAR = /^(?:表[一二三四1-4][:、.]?)?(\d{4}|[〇零○一二三四五六七八九]{4})年度?(?:主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、?行政诉讼情况)$/;
