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
import { mainSegment } from './title.ts';

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
  if (NOTICE.test(key)) return NOTICE_REASON;
  return NEWS_BEFORE.test(key) || NEWS_AFTER.test(key) ? NEWS_REASON : null;
}
