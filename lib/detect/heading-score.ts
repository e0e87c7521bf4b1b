/**
 * How much an element looks like the page's main heading (detect-report.ts ranks the report titles
 * it finds by it): h1–h3, a title class, a metadata table's cell, a list item; and whether the page's
 * heading names the report whose file the page offers (headedReport); what a page naming a report
 * without it is (noBodyReason).
 */
import { classAttr, tagOf } from '../dom/attr.ts';
import { labelKey } from '../text/normalize.ts';
import { isBareReportTitle, type TitleMatch } from './title.ts';
import type { Line } from './lines.ts';
import { isReportOpening } from './container.ts';

/** What headedReport reads of a report title found on the page (detect-report.ts Candidate). */
export interface HeadingCandidate {
  text: string;
  match: TitleMatch;
  /** null for the document's <title> */
  el: Element | null;
  conditional?: true;
}

/** How much an element looks like the page's main heading. */
export function headingScore(el: Element): number {
  const tag = tagOf(el);
  if (tag === 'h1') return 100;
  if (tag === 'h2') return 95;
  if (tag === 'h3') return 90;
  if (/^h[4-6]$/.test(tag)) return 70;
  if (hasTitleClass(el) || (el.parentElement && hasTitleClass(el.parentElement))) return 85;
  if (tag === 'td' || tag === 'th') return 20; // the metadata table's 名称 row
  if (tag === 'li' || tag === 'dd') return 30;
  return 50;
}

/** class/id "title", "article-title", "tit", "bt" (标题), "biaoti". */
function hasTitleClass(el: Element): boolean {
  const s = (classAttr(el) ?? '') + ' ' + (el.getAttribute('id') ?? '');
  return /title|tit\b|tit[-_]|biaoti|\bbt\b/i.test(s);
}

/**
 * The page's own heading names one report of a year, and nothing after it ("青溪市东湖区教育局2024年
 * 政府信息公开工作年度报告" in the h1 under the column's <title> "政府信息公开年报-…", det60's n20): with
 * its file offered, the page is that report (attachment.ts). A heading (h1–h3, a title class: score
 * ≥ 85), never a link's text (classify skips those) nor holding a link, and no other heading of the page
 * naming another report (a page of several reports' headings is their list). The first look lets the
 * same pages through (first-look.ts headedReport: its HEADING_CANDIDATES cover every such element and its
 * parent).
 */
export function headedReport(best: HeadingCandidate, positives: readonly HeadingCandidate[]): boolean {
  const el = best.el;
  if (!el || best.match.year === null || best.conditional || headingScore(el) < 85) return false;
  if (el.closest('a') || el.querySelector('a') || !isBareReportTitle(best.text)) return false;
  const agency = labelKey(best.match.agencyRaw ?? '');
  return !positives.some((c) => c !== best && c.el !== null && headingScore(c.el) >= 85
    && (c.match.year !== best.match.year || labelKey(c.match.agencyRaw ?? '') !== agency));
}

/**
 * Why a page that names a report, holds none of its text and offers no file of it is no report, in
 * words true of it (det62; detect-report.ts said "标题是年度报告，但页面上没有报告正文" of them all):
 * "标题是…" only where the page's <title> (titleYear: its year) or heading (h1–h3, a title class) is a
 * report's of a year, as a report with its tables cut off is. A report title in a cell or a paragraph
 * under a heading naming another document is that document's (headingOther: a 工作要点's task table,
 * det60's n10); a column's name over a few links to reports (fewer than a listing's) is their column;
 * a title "…年度报告统计表" names the report's tables.
 */
const STATS_TITLE = /(?:年度报告|年报)的?(?:统计表|统计数据表|数据统计表|附表|统计数据)/;

export function noBodyReason(best: HeadingCandidate, title: { text: string; year: number | null }, headingOther: string | null, reportLinks: number): string {
  const own = best.el === null || headingScore(best.el) >= 85;
  if (title.year !== null || (own && best.match.year !== null)) {
    // "…年度报告统计表" over the tables' file: the report's tables, not the report
    return STATS_TITLE.test(labelKey(title.year !== null ? title.text : best.text)) ? '标题是年度报告的统计表，页面上没有报告正文' : '标题是年度报告，但页面上没有报告正文';
  }
  if (headingOther) return headingOther;
  if (own && reportLinks > 0) return `年度报告栏目页（${reportLinks}个年报链接，无报告正文）`;
  return own ? '标题是年度报告栏目的名称，页面上没有报告正文' : '页面提到年度报告，但页面上没有报告正文';
}

/** A 统计表's title ("…年度报告统计表") in the first row of the report's own table: the sheet's title (an Excel sheet saved as a page). */
export function sheetTitle(text: string, el: Element, table: Element): boolean {
  return STATS_TITLE.test(labelKey(text)) && el.closest('tr') === table.querySelector('tr');
}

/**
 * A 统计表's page (det63): its title "…年度报告统计表" (the <title>'s or the heading's), the report's tables on
 * it, and no prose of the report in the container around them — no opening, no sentence outside the tables
 * (a paragraph of 30 characters or more holding "。" or "，"): an attachment's HTML rendering, an Excel sheet
 * saved as a page. Its tables are the report's (its body and year the title's); there is no text to check.
 * A note under the tables (tableNotes, det64: "注：本表数据截至2024年12月31日", "说明：本表数据的统计期限自…") is
 * part of them, neither prose nor the report's opening.
 */
export function holdsTablesOnly(titles: readonly string[], lines: readonly Line[], tables: readonly Element[], container: Element, opening: boolean): boolean {
  if (tables.length === 0 || !titles.some((t) => STATS_TITLE.test(labelKey(t)))) return false;
  const notes = tableNotes(lines, tables);
  if (opening && lines.some((l) => !l.isLink && !notes.has(l) && isReportOpening(l.key))) return false;
  return !lines.some((l) => !l.inTable && !l.isLink && !notes.has(l) && l.key.length >= 30 && /[。，,]/.test(l.key) && container.contains(l.el) && !tables.some((t) => t.contains(l.el)));
}

/** A note's label: "注：", "注1：", "备注：", "说明：", "填表说明：" (or the label alone, its items after it). */
const NOTE = /^(?:注|备注|说明|填表说明|注释)\d?[:：]/;
/** A note's numbered item after its label ("1.本表…", "（2）…"). */
const NOTE_ITEM = /^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])/;
/** What a note's figures may be: dates, its items' numbers, a table's or column's number. */
const NOTE_FIGURES = /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{4}[-./]\d{1,2}[-./]\d{1,2}|^(?:注|备注|说明|填表说明|注释)?\d?[:：]?\s*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])|第\d{1,2}(?:列|行|项|栏)/g;

/**
 * The short notes under a 统计表's tables (det64): lines after the first table's, out of the tables, of 100
 * characters at most, that start with a note's label or are a numbered item after one, and state no figure
 * but dates (a note stating "共收到申请12件" is a sentence of the report's, to check).
 */
function tableNotes(lines: readonly Line[], tables: readonly Element[]): Set<Line> {
  const out = new Set<Line>();
  let seenTable = false;
  let inNote = false;
  for (const l of lines) {
    if (l.inTable && tables.some((t) => t.contains(l.el))) {
      seenTable = true;
      inNote = false;
      continue;
    }
    const note: boolean = seenTable && !l.isLink && l.key.length <= 100 && (NOTE.test(l.key) || (inNote && NOTE_ITEM.test(l.key)));
    inNote = note && !/\d/.test(l.key.replace(NOTE_FIGURES, ''));
    if (inNote) out.add(l);
  }
  return out;
}
