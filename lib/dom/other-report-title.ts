/**
 * Another body's report on the same page: portals put a 部门's report after the region's own
 * (本级 and 部门 on one page), under its own title line, "重庆市大渡口区教育委员会2020年政府信息
 * 公开工作年度报告". The prose from that line on is the other body's: its figures are not the
 * report's tables' (analyze.ts passes the line to the narrative stage, which compares only the
 * prose before it with the tables).
 */
import type { Line } from '../detect/lines.ts';

/**
 * A report title as a line of its own (a line's key: half-width, no spaces): the body, the year,
 * 政府信息公开工作年度报告. The body may stand on the line before (a Word title over two lines: "重庆市大渡口区教育委员会" /
 * "2020年政府信息公开工作年度报告").
 */
const TITLE_LINE = /^(.{0,40}?)((?:19|20)\d{2})\s*年度?政府信息公开(?:工作)?年度?报告$/;

/** The line before a title that names its body: short, no sentence. */
const BODY_LINE = /^[^。，；：:]{2,40}$/;

/** A 解读 or 一图读懂 of the report restates its own figures: its title is not another report's. */
const ABOUT_A_REPORT = /解读|读懂|图解|《/;

/** A title is a line: longer text is a paragraph that happens to end so. */
const MAX_TITLE = 60;

/**
 * The first title line inside `scope`, after `after` (the report's table 三) in document order,
 * that names a body other than `agency` or a year other than `year` (a 街道 that put its 2019
 * report under its 2020 one); null when there is none, or when neither the report's body nor its
 * year is known (then no line can be told apart from the report's own title). Read from the
 * detector's lines of the page (lib/detect/page-text.ts), which are in document order already: a
 * selector over the page's blocks cost a quarter of the whole analysis on linkedom.
 */
export function otherReportStart(lines: readonly Line[], scope: Element, after: Element, agency: string | null, year: number | null = null): Element | null {
  if (!agency && !year) return null;
  let past = false;
  let prev = ''; // the line before, when it could hold a title's body
  for (const l of lines) {
    if (!past) {
      past = l.inTable && within(l.el, after);
      continue;
    }
    if (l.inTable && within(l.el, after)) continue;
    const t = titleOf(l, prev, scope);
    prev = shortKey(l);
    if (!t) continue;
    const otherBody = agency !== null && t.body !== '' && !sameBody(t.body, agency);
    const otherYear = year !== null && t.year !== year;
    if (otherBody || otherYear) return l.el; // else the report's own title again
  }
  return null;
}

/**
 * Where the report's own part of the page begins when another body's report stands before it (a
 * page "…年度报告（含区级部门）" that puts a 部门's whole report, tables and all, before the 区's):
 * the last title line naming the report's body (and year) before `before` (the report's table 三),
 * provided another body's title line comes earlier. null on a page whose own title is the first.
 *
 * No title line names the report's body at all, but other bodies' titles come before its table 三 (a 汇总
 * page, "2023年度各部门政府信息公开工作年度报告汇总", whose agency is no one body's: each 部门's report
 * under its own title, and the widest table 三 taken as the page's): the last title line before
 * the table, the one its section stands under. Before this, every report's prose above that title
 * was compared with this section's tables (red team 17: 5 false errors on a page of 12 consistent
 * reports, "我局未发生政府信息公开行政复议案件" against another body's table 四).
 */
export function ownReportStart(lines: readonly Line[], scope: Element, before: Element, agency: string | null, year: number | null = null): Element | null {
  if (!agency) return null;
  let other = false;
  let own: Element | null = null;
  let last: Element | null = null;
  let ownSeen = false;
  let prev = '';
  for (const l of lines) {
    if (l.inTable && within(l.el, before)) break;
    const t = titleOf(l, prev, scope);
    prev = shortKey(l);
    if (!t || t.body === '') continue;
    last = l.el;
    if (!sameBody(t.body, agency)) other = true;
    else {
      ownSeen = true;
      if (other && (year === null || t.year === year)) own = l.el;
    }
  }
  // a title of the report's own body anywhere before: the page is its report, as before
  return own ?? (other && !ownSeen ? last : null);
}

/**
 * The report title a line holds: its body (from the line before, `prev`, when the line has none)
 * and its year; null for any other line, a 解读's title, or a line outside `scope`.
 */
function titleOf(l: Line, prev: string, scope: Element): { body: string; year: number } | null {
  const text = l.key;
  if (text.length > MAX_TITLE || ABOUT_A_REPORT.test(text)) return null;
  const m = TITLE_LINE.exec(text);
  if (!m || !scope.contains(l.el)) return null;
  return { body: m[1] || (BODY_LINE.test(prev) ? prev : ''), year: Number(m[2]) };
}

/** A line as the line before a title: its key when short enough to be a body's name, else ''. */
const shortKey = (l: Line): string => (l.key.length <= MAX_TITLE ? l.key : '');

/** Is el inside (or) `outer`? A walk up its parents: the lines' elements sit a few levels deep. */
function within(el: Element, outer: Element): boolean {
  for (let n: Node | null = el; n; n = n.parentNode) if (n === outer) return true;
  return false;
}

/** What a body's name ends with that a title may leave out: "璧山区人民政府" is "璧山区". */
const GOVERNMENT = /(?:人民)?政府(?:办公室|办公厅)?$/;

/**
 * The same body, named two ways: one name holds the other ("重庆市大渡口区人民政府" and
 * "大渡口区"), or, without 人民政府, one ends with the other ("重庆市璧山区" and "璧山区人民政府").
 * A 部门 of the body is another body: "重庆市大渡口区教育委员会" neither holds nor ends with "重庆市大渡口区".
 */
function sameBody(title: string, agency: string): boolean {
  if (title.includes(agency) || agency.includes(title)) return true;
  const a = title.replace(GOVERNMENT, '');
  const b = agency.replace(GOVERNMENT, '');
  return a !== '' && b !== '' && (a.endsWith(b) || b.endsWith(a));
}
