/**
 * Detect, then extract (STYLE.md, after Zotero's detectWeb): is this page a
 * 政府信息公开工作年度报告, and if so which year, body, template and content container.
 * Cheap checks first, so that a non-report page is dismissed in well under a millisecond:
 *   1. the <title> names another document (法治政府建设, 政府工作报告, 预算, 解读) → no, no DOM walk;
 *   2. the <title> or the URL looks like a report → read the whole page;
 *   3. otherwise (a news page, or a hijacked mirror whose <title> is spam) read only the first
 *      ~2,000 characters of the body, line by line, for a report heading.
 * Only a page that passes reads its whole text, to find the container, year, body and template.
 */
import type { Template } from '../types.ts';
import { labelKey, normalizeText } from '../text/normalize.ts';
import { readText, readTitle, withDocumentReader } from '../text/traditional.ts';
import { collectLines, type WalkBudget } from './lines.ts';
import { readPage, type PageText } from './page-text.ts';
import {
  isBareReportTitle,
  isGovernmentBody,
  isSpamName,
  mainSegment,
  matchReportTitle,
  matchZhengwuTitle,
  normalizeAgency,
  otherKind,
  otherSegments,
  type TitleMatch,
} from './title.ts';
import { yearFromText } from './text-year.ts';
import { classify, type Candidate } from './candidates.ts';
import { titleImage } from './image-title.ts';
import { containerAnchors, findContainer, findReportTables, holdsProseReportItself, holdsReportItself, readBodyLines } from './container.ts';
import { detectTemplate } from './template.ts';
import { tablesArePictures } from './picture-tables.ts';
import { reportAttachment, tablesAttachment, type Attachment } from './attachment.ts';
import { bodyFromInfoBox, bodyFromText, fullerName, townInNavigation } from './body-in-text.ts';
import { reportedYear } from './published-year.ts';
import { headedReport, headingScore, holdsTablesOnly, noBodyReason, sheetTitle } from './heading-score.ts';
import { countyOfTown, footerGovernments, placeOfLevelBody } from './town-county.ts';
import { announcement, fileAgency, noticeFile } from './announcement.ts';
import { bodyLineAbove, labelText, openingLines, statesFigures, yearOfSections } from './report-lines.ts';

export interface Detection {
  isReport: boolean;
  /** why, in a short Chinese phrase */
  reason: string;
  title: string | null;
  year: number | null;
  agency: string | null;
  template: Template | null;
  /** the element holding the report's text and tables */
  container: Element | null;
  /** the report's tables stand on the page as pictures (picture-tables.ts): none to read, and it says so */
  tablesArePictures?: true;
  /** the page holds only the report's title and its file (attachment.ts): the report is in that file */
  attachment?: Attachment;
  /** the page holds the report's text and no table, and attaches its tables' file (attachment.ts tablesAttachment) */
  tablesFile?: Attachment;
  /** the page is the report's 统计表, its tables and no text (heading-score.ts holdsTablesOnly) */
  tablesOnly?: true;
  /**
   * the county the page places a town whose name leaves it out in ("城关镇人民政府" under "首页 > 甘谷县 > 城关镇"),
   * where certain, or a department named by its level alone ("市教育局") by the site's name: town-county.ts
   */
  agencyRegion?: string;
}

/** A detection, and what its whole-page read found for the stages after it (null when not read). */
export interface DetectedPage {
  detection: Detection;
  page: PageText | null;
}

/**
 * How far the cheap look goes when neither <title> nor URL says "report". A report heading sits
 * before its text, and portal chrome (menus, link lists) is skipped or not counted, so 2,000
 * characters of real text reach it. The node budget bounds the walk on pages made of little else:
 * linkedom costs ~0.5 µs a node here, and the real Shuyang page's h1 comes after ~300 nodes.
 * A heading past the budget is still found when the URL is a report column (gknb, ndbg, …).
 */
const FIRST_LOOK: WalkBudget = { maxChars: 2000, maxNodes: 600, keep: (raw) => NAMES_A_DOCUMENT.test(raw) };
/**
 * The first look again, further, where its 2,000 characters were all the page's chrome — menus and lists in plain
 * text (onclick, not links), no paragraph yet — so the page's own text starts past them (det68). A page whose text had
 * started (a news item's paragraphs) is dismissed on the first look as before.
 */
const FURTHER_LOOK: WalkBudget = { maxChars: 8000, maxNodes: 3000, keep: FIRST_LOOK.keep };

/**
 * A line that could be a report's title or another document's: all the first look needs to read.
 * Raw text, so tested loosely (Word may split "信息\n公开"; such a title is caught by the <title>).
 */
const NAMES_A_DOCUMENT = /公开|报告|年报|解读|图解|预算|决算/;

/** URLs of report columns: …/gknb/…, …/xxgknb/…, …/ndbg/…, …/nianbao/…, or the words themselves. */
const REPORT_URL = /gknb|ndbg|nianbao|年度报告|年报/i;

/** A page reaching a report listing's size in links to reports, with no report text, is a listing. */
const LISTING_LINKS = 3;

function notReport(reason: string): Detection {
  return { isReport: false, reason, title: null, year: null, agency: null, template: null, container: null };
}

export function detectReport(doc: Document, url?: string): Detection {
  return withDocumentReader(doc, () => detectPage(doc, url).detection);
}

/** detectReport, keeping the page walk (lines, tables, cell text) for analyzeDocument. */
export function detectPage(doc: Document, url?: string): DetectedPage {
  let { docTitle, titleMatch, zhengwuTitle, titleOther } = readDocTitle(doc);
  // 1. the <title> names another document: a spam title never does, so trust it (the body is not
  //    even looked up).
  if (titleOther) return { detection: notReport(titleOther), page: null };

  const body = doc.body ?? doc.documentElement;
  if (!body) return { detection: notReport('页面没有正文'), page: null };

  // 2–3. read the whole page, or first only its opening
  const likely = titleMatch !== null || zhengwuTitle !== null || (url !== undefined && REPORT_URL.test(safeDecode(url)));
  if (!likely) {
    const walked = { cut: false, paragraphs: 0 };
    let first = collectLines(body, FIRST_LOOK, walked);
    let seen = classify(first);
    if (seen.positive.length === 0 && walked.cut && walked.paragraphs === 0) seen = classify((first = collectLines(body, FURTHER_LOOK)));
    // a title drawn as a picture (det67): its alt read only where the opening has the report's text, near it
    if (seen.positive.length === 0 && !titleImage(first, url)) return { detection: notReport(seen.headingOther ?? '未发现年度报告标题'), page: null };
  }
  const page = readPage(doc, body);
  // the <title> again, once the page's characters are decided: a 繁體 page's title alone may hold too
  // few traditional characters to tell ("…政府信息公開工作年度報告-…" has two), and was read as it stands
  // (det61: a column heading's year and body are then the title's no more). Only where it gains what
  // the first reading missed: a 繁體 title over simplified text read as it stands loses its report
  // (attachment-redteam's 臨川區…年度報告 with 統計表.xlsx)
  if (!titleMatch && normalizeText(readTitle(doc.title ?? '')) !== docTitle) {
    const again = readDocTitle(doc);
    if (again.titleOther) return { detection: notReport(again.titleOther), page };
    if (again.titleMatch) ({ docTitle, titleMatch, zhengwuTitle, titleOther } = again);
  }
  return { detection: extract(doc, body, page, docTitle, titleMatch, zhengwuTitle, url), page };
}

/**
 * The <title> as the detector reads it: normalised, as a report's title, as a 政务公开 one, and the
 * other document it names, if any. Of a report's <title>, only the title itself counts for that, not
 * the column after the dash ("…年度报告-政策文件及解读-…").
 */
function readDocTitle(doc: Document): { docTitle: string; titleMatch: TitleMatch | null; zhengwuTitle: TitleMatch | null; titleOther: string | null } {
  const docTitle = normalizeText(readTitle(doc.title ?? ''));
  const titleMatch = docTitle ? matchReportTitle(docTitle) : null;
  const zhengwuTitle = docTitle && !titleMatch ? matchZhengwuTitle(docTitle) : null;
  const titleOther = docTitle ? otherKind(titleMatch ? mainSegment(labelKey(docTitle)) : docTitle) : null;
  return { docTitle, titleMatch, zhengwuTitle, titleOther };
}

function extract(doc: Document, body: Element, page: PageText, docTitle: string, titleMatch: TitleMatch | null, zhengwuTitle: TitleMatch | null, url?: string): Detection {
  let lines = page.lines;
  const seen = classify(lines);
  const ctx = { siteName: siteName(doc, page.siteMeta), siteHeadings: otherSegments(docTitle) };
  // a 政务公开…年度报告 title names this report only on a page that is the report itself; a
  // "…信息公开工作年度报告" of a year (no 政府) also on a page that is a 条例 report in prose, when
  // the title names a body of government (not a 高校's or a company's report)
  if (zhengwuTitle || seen.positive.some((c) => c.conditional)) {
    const itself = holdsReportItself(lines);
    let prose: boolean | undefined;
    const proseReport = (m: TitleMatch): boolean =>
      m.phrase.startsWith('信息公开') && m.year !== null && isGovernmentBody(normalizeAgency(m.agencyRaw, ctx)) && (prose ??= holdsProseReportItself(lines));
    if (!itself) seen.positive = seen.positive.filter((c) => !c.conditional || proseReport(c.match));
    if (zhengwuTitle && !titleMatch && (itself || proseReport(zhengwuTitle))) titleMatch = zhengwuTitle;
  }
  const all = [...seen.positive, ...seen.negative].sort((a, b) => b.score - a.score);
  const top = all[0];
  // a 解读 page: its main heading ("一图读懂《…年度报告》") outranks the report's title repeated below
  const bestPositive = Math.max(0, ...seen.positive.map((c) => c.score));
  if (top?.other && bestPositive < top.score) return notReport(top.other);

  const tables = findReportTables(lines, page.holdsTable);
  // a report's title never stands in a cell of its own data tables: such a line is a row of a table that lists
  // reports (a 工作要点's task table), but a 统计表's title in its first row is the sheet's (det63 sheetTitle)
  if (tables.length > 0) seen.positive = seen.positive.filter((c) => !c.el || !tables.some((t) => t.contains(c.el) && !sheetTitle(c.text, c.el!, t)));
  const bodyLines = readBodyLines(lines);
  const hasBody = bodyLines.sections >= 2 || tables.length > 0 || bodyLines.opening;

  // no title in text: one drawn as a picture, its alt read as a heading's line where it stands (det67)
  const pictured = seen.positive.length === 0 && !titleMatch ? titleImage(lines, url) : null;
  if (pictured) lines = [...lines.slice(0, pictured.at), pictured.line, ...lines.slice(pictured.at)];
  const best = seen.positive.sort((a, b) => b.score - a.score)[0]
    ?? (titleMatch ? { text: docTitle, match: titleMatch, el: null, score: 40, other: null } : undefined)
    ?? (pictured ? { text: pictured.line.text, match: pictured.match, el: pictured.line.el, score: 0, other: null } : undefined);
  if (!best) return notReport(seen.headingOther ?? '未发现年度报告标题');
  // the page's heading tasks bodies with their reports: the report title under it heads the format
  if (seen.tasking > best.score) return notReport('编制发布年度报告的工作通知（所附格式不是报告）');
  // a news headline or a 公告 announcing the report: the report only where its tables, opening or own title follow (det63)
  const announced = announcement(best.text);
  const ownTitle = () => seen.positive.some((c) => c !== best && c.el !== null && isBareReportTitle(c.text) && !/[:：]/.test(c.text));
  // …or, a 公告 attaching the report's file (not linking its page), the page for that file (det64: noticeFile)
  const unread = announced !== null && tables.length === 0 && !bodyLines.opening && !ownTitle();
  let attachment = unread ? noticeFile(announced, body, best.el, best.match.year) : null;
  if (unread && !attachment) return notReport(announced!);
  // a column's name over its reports' links and their summaries ("政府信息公开年报", no year, no body;
  // det60): the summaries quote the reports' openings and figures, the page is their listing
  const noTitleYear = !titleMatch?.year && seen.positive.every((c) => c.match.year === null);
  if (hasBody && tables.length === 0 && noTitleYear && best.match.agencyRaw === null && seen.reportLinks >= LISTING_LINKS) {
    return notReport(`年度报告列表页（${seen.reportLinks}个年报链接，栏目名称下只有摘要）`);
  }
  if (!hasBody && !attachment) {
    // the page's <title> names the report and the page offers its file: the report, unreadable; its links to other years'
    // reports (相关阅读) do not make it their listing. The <title>'s own year, else (a column's <title>, "政府信息公开年报-…",
    // or none) the page's own heading's (det61): the first look asks the same (first-look.ts titledReport, headedReport)
    if (titleMatch && titleMatch.year !== null) attachment = isBareReportTitle(docTitle) ? reportAttachment(body, best.el, titleMatch.year) : null;
    else attachment = headedReport(best, seen.positive) ? reportAttachment(body, best.el, best.match.year) : null;
    if (!attachment && seen.reportLinks >= LISTING_LINKS) return notReport(`年度报告列表页（${seen.reportLinks}个年报链接，无报告正文）`);
    if (!attachment) return notReport(noBodyReason(best, { text: docTitle, year: titleMatch?.year ?? null }, seen.headingOther, seen.reportLinks));
  }
  // a page that announces, forwards or explains the report ("关于公布…年度报告的通知", "我区发布…",
  // a 说明) may list its section headings and quote its opening, but states none of its figures
  // …unless pictures stand under the report's own section headings where its tables belong: a
  // report whose tables are images, which the checker must say it cannot read
  // (a report whose prose states its figures and whose tables are pictures is a report either way,
  // and says its tables are pictures too)
  const pictures = !attachment && tables.length === 0 && titleLike(best, titleMatch) && tablesArePictures(body, lines, best.el);
  if (!attachment && tables.length === 0 && !pictures && !statesFigures(lines, best.el)) {
    return notReport('页面提到年度报告并列出其章节，但没有报告的表格和数字（发布通知、新闻或解读）');
  }

  const others = [...seen.positive.filter((c) => c !== best), ...(titleMatch && best.el ? [{ match: titleMatch }] : [])];
  // a spam site's name where the body's stood (a hijacked mirror's <title> or heading) names no body
  const named = (raw: string | null): string | null => {
    const a = normalizeAgency(raw, ctx);
    return isSpamName(a) ? null : a;
  };
  let agency = named((announced && attachment ? fileAgency(attachment) : null) ?? best.match.agencyRaw);
  let spam = agency === null && best.match.agencyRaw !== null;
  for (const o of others) {
    if (agency) break;
    if (o.match.year === best.match.year) {
      agency = named(o.match.agencyRaw);
      spam ||= agency === null && o.match.agencyRaw !== null;
    }
  }
  // a heading that is the column's name ("政府信息公开工作年度报告") under the page's <title> naming the
  // year and the body: the <title>'s body (det60) and title (det61: it was the column's name), as its
  // year is taken below
  const columnHeading = best.el !== null && best.match.year === null && best.match.agencyRaw === null && titleMatch?.year ? titleMatch : null;
  if (!agency && columnHeading) {
    agency = named(columnHeading.agencyRaw);
    spam ||= agency === null && columnHeading.agencyRaw !== null;
  }
  // a title Word broke in two takes its body from the line above; the page's own heading over the
  // document's broken one ("2024年…年度报告" over "…敖包苏木人民政府" / "2024年…年度报告", detect41)
  // takes it from the document's
  if (!agency && (best.match.agencyRaw === null || spam)) {
    for (const c of [best, ...seen.positive.filter((o) => o !== best && o.match.agencyRaw === null && o.match.year === best.match.year)]) {
      agency = c.el ? normalizeAgency(bodyLineAbove(lines, c.el, c.text), ctx) : null;
      if (agency) break;
    }
  }

  const container = findContainer(body, containerAnchors(best.el, bodyLines, tables), tables) ?? body;
  const textYear = () => yearFromText(openingLines(lines, best.el, container));
  const titled = best.match.year ?? others.find((o) => o.match.year !== null)?.match.year ?? null;
  // a title naming the year it was published in: the text's year (published-year.ts)
  const year = titled === null ? textYear() ?? yearOfSections(lines, container) : reportedYear(titled, textYear, lines);
  // no body named, or a spam name: the body the report's own text names (its title in the opening
  // sentence, "本报告由…编制", the 落款, the contact line), when that is a body of government
  if (!agency) agency = bodyFromText(lines, best.el, container, ctx, year) ?? bodyFromInfoBox(lines, ctx) ?? townInNavigation(body, ctx);
  // …a name by its level alone ("现公布县人民政府…", a 落款 "县人民政府"), the one government of that level the footer's 主办单位 names (det68)
  if (!agency) {
    const sponsors = footerGovernments(body);
    if (sponsors.length > 0) agency = bodyFromText(lines, best.el, container, { ...ctx, sponsors }, year);
  }
  // a level's name, the title's or the text's ("自治区人民政府办公厅2023年…", det66's "市民政局"): the full one the text or site gives
  if (agency) agency = fullerName(agency, lines, best.el, container, ctx, year) ?? agency;
  // a town's county, where its name leaves it out and the page tells it (two 城关镇 on one city's portal); a
  // body named by its level alone ("市教育局"), the place whose portal it is on (det63)
  const agencyRegion = agency ? countyOfTown(agency, lines, body, ctx, url) ?? placeOfLevelBody(agency, ctx) : null;
  const template = detectTemplate(labelText(lines, container), year);
  // a report of 2019 or later with its text on the page and no table: its tables may be a file it attaches
  const tablesFile = !attachment && !pictures && tables.length === 0 && template !== 'pre2019' ? tablesAttachment(body, container, best.el, year) : null;
  const tablesOnly = holdsTablesOnly([best.text, docTitle], lines, tables, container, bodyLines.opening);

  const fromContent = best.el !== null && titleMatch === null;
  return {
    isReport: true,
    reason: pictured ? `标题图片的文字说明含“${best.match.phrase}”（网页标题不是年报）`
      : fromContent ? `正文标题含“${best.match.phrase}”（网页标题不是年报）` : `标题含“${best.match.phrase}”`,
    // a column-name heading ("政府信息公开工作年度报告") under a <title> naming year and body: the <title>'s
    title: columnHeading ? titleText({ text: docTitle, match: columnHeading, el: null, score: 0, other: null }) : titleText(best),
    year,
    agency,
    template,
    container,
    ...(pictures ? { tablesArePictures: true as const } : {}),
    ...(attachment ? { attachment } : {}),
    ...(tablesFile ? { tablesFile } : {}),
    ...(tablesOnly ? { tablesOnly: true as const } : {}),
    ...(agencyRegion ? { agencyRegion } : {}),
  };
}

/**
 * The report's title is the page's own: its main heading (h1–h3, a title class) or its <title>.
 * A report title in a paragraph of a page titled otherwise is not enough to read pictures as its
 * tables.
 */
function titleLike(best: Candidate, titleMatch: TitleMatch | null): boolean {
  return titleMatch !== null || (best.el !== null && headingScore(best.el) >= 85);
}

/** The heading as shown; for the <title>, without the site's name after a dash. */
function titleText(c: Candidate): string {
  if (c.el) return c.text;
  const parts = c.text.split(/\s*[-–—_|｜]+\s*/);
  return parts.find((p) => matchReportTitle(p)) ?? parts.find((p) => matchZhengwuTitle(p)) ?? c.text;
}

/**
 * <meta name="SiteName"> as the Hanweb/TRS CMSes write it; case varies between sites. found: the
 * page walk's answer, when it has one (the selector walks the whole document on linkedom).
 */
function siteName(doc: Document, found: Element | null | undefined): string | null {
  const meta = found !== undefined ? found : doc.querySelector('meta[name="SiteName"],meta[name="sitename"],meta[name="siteName"],meta[name="Sitename"]');
  const v = meta?.getAttribute('content');
  return v ? normalizeText(readText(v)) : null;
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
