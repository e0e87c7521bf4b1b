/**
 * A page whose title announces the report rather than being it (det63; det60's n17 and n21 were "标题是年度
 * 报告，但页面上没有报告正文", and a news item walking through the report's sections with its figures was read
 * as the report, "我区发布" its body): a news headline naming who published it ("我局发布2025年政府信息公开工作
 * 年度报告", "东湖区发布2025年度…") or that it came out ("…年度报告出炉"), a notice "关于公布…年度报告的公告",
 * "…办公室关于发布…年度报告的通知". Such a page is the report only where the report's own text follows it (its
 * tables, or its opening: "本报告根据《条例》…", "统计期限自…": detect-report.ts), as a 公告 that prints the
 * report in full does.
 */
import { labelKey } from '../text/normalize.ts';
import { readText } from '../text/traditional.ts';
import { isBareReportTitle, mainSegment, matchReportTitle } from './title.ts';
import { reportAttachment, type Attachment } from './attachment.ts';

/** A verb of publishing right before the report's year: "我局发布2025年…", "东湖区正式发布《2024年度…". */
const NEWS_BEFORE = /(?:发布|公布|晒出|亮出)了?《?(?:\d{4}|[〇○零一二三四五六七八九]{4})年/;
/** …or after its name: "…年度报告出炉", "…年报》正式发布". */
const NEWS_AFTER = /(?:年度报告|年报)》?(?:正式)?(?:发布|出炉|公布|出台|亮相|上线)$/;
/** "关于公布…年度报告的公告", "…关于发布2025年…年度报告的通知". */
const NOTICE = /关于(?:公布|发布|印发|转发|公开|公示)《?.*(?:年度报告|年报)》?的(?:公告|通知|通告|函)$/;

export const NEWS_REASON = '报道年度报告发布的新闻，不是报告原文';
export const NOTICE_REASON = '公布年度报告的公告或通知，不是报告原文';

/** Why a title announces the report (NEWS_REASON, NOTICE_REASON), or null for any other title. */
export function announcement(title: string): string | null {
  const key = mainSegment(labelKey(title));
  // (关于 looked for first: a title without it never compiles NOTICE, perf63)
  if (key.includes('关于') && NOTICE.test(key)) return NOTICE_REASON;
  return NEWS_BEFORE.test(key) || NEWS_AFTER.test(key) ? NEWS_REASON : null;
}

/**
 * The report's file a 公告 or 通知 announcing it attaches ("附件：青溪市2025年政府信息公开工作年度报告.docx"), or null
 * (det64; det63 left it dismissed): the report is that file, and the page is read as its page, as a report's
 * page offering its file is (attachment.ts reportAttachment: after the heading, this year's, not a 解读 or
 * another notice), where the file is named as the report. A notice linking the report's own page, or attaching
 * nothing else, is no report.
 * A news item ("我局发布2025年…年度报告", "…年度报告出炉") attaching the report's file is its page too (det65), where
 * the file's name is the report's own title and nothing more, its body named ("青溪市市场监督管理局2025年…年度报告.pdf"):
 * a news item's other files are photographs, press releases (…新闻通稿.docx), a 解读 or 图解, and a story that links
 * the report's own page, or attaches a file naming no body, stays dismissed.
 */
export function noticeFile(reason: string, body: Element, heading: Element | null, year: number | null): Attachment | null {
  const file = reason === NOTICE_REASON || reason === NEWS_REASON ? reportAttachment(body, heading, year) : null;
  if (!file) return null;
  // named as the report itself: a notice's other file offered (its 解读, a form, "点击下载") says nothing of what it is
  // (read as the page is read: a 繁體 page's "…年度報告.pdf" in simplified characters)
  if (!/年度报告|年报/.test(labelKey(readText(file.name)))) return null;
  return reason === NOTICE_REASON || (isBareReportTitle(stem(file)) && fileAgency(file) !== null) ? file : null;
}

/** A file's name as the page reads it, without its kind and an 附件 number ("附件1.青溪市…年度报告.pdf" → "青溪市…年度报告"). */
function stem(file: Attachment): string {
  return labelKey(readText(file.name)).replace(/\.[a-z]{3,4}$/i, '').replace(/^(?:附件\d{0,2}[.、:：]?|\d{1,2}[.、:：]|[.、．])/, '');
}

/**
 * The body the attached file's name gives ("青溪市东湖区2025年政府信息公开工作年度报告.pdf" → "青溪市东湖区"), as the
 * report's own title names it: on a notice's page read for its file (noticeFile) the notice's heading names the
 * office publishing it ("…人民政府办公室关于发布…"), the file the report's body. null where the name gives none.
 */
export function fileAgency(file: Attachment): string | null {
  return matchReportTitle(stem(file))?.agencyRaw ?? null;
}
