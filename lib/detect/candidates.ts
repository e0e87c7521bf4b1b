/**
 * The page's lines read as report titles (detect-report.ts): which could be the report's own heading,
 * which head another document about it, and how many link to reports (a listing's). Moved out of
 * detect-report.ts as it was (session 57), so that a report titled by a picture (image-title.ts) has
 * room there.
 */
import { brokenHeading, splitOver } from './broken-heading.ts';
import { headingScore } from './heading-score.ts';
import type { Line } from './lines.ts';
import { isTitleLikeKey, isTaskingNotice, matchReportTitle, matchZhengwuTitle, otherKindOfKey, type TitleMatch } from './title.ts';

/** A heading's enumerator: "四、", "(二)", "第三部分", "3.", "3、" (labelKey text, half-width brackets). */
const ENUMERATED = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|第[一二三四五六七八九十]{1,3}(?:部分|章|节)|\d{1,2}[、.](?!\d))/;

/** A report title found on the page, and how much it looks like the page's own heading. */
export interface Candidate {
  text: string;
  match: TitleMatch;
  /** null for the document's <title> */
  el: Element | null;
  score: number;
  /** set when the title names another document (a 解读 of the report) */
  other: string | null;
  /** a 政务公开…年度报告 title (title.ts matchZhengwuTitle): taken only when the page is the report */
  conditional?: true;
}

export interface Classified {
  positive: Candidate[];
  /** report titles in another document's heading ("图解：…年度报告") */
  negative: Candidate[];
  /** a heading that names another kind of document (法治政府建设年度报告 …) */
  headingOther: string | null;
  /** distinct report titles that are links: a listing has many */
  reportLinks: number;
  /** the score of the best heading of a notice tasking bodies with their reports (title.ts isTaskingNotice), 0 for none */
  tasking: number;
}

/** A notice printing or forwarding a document: its heading names that document, in 《》. */
const PRINTED = /^关于(?:印发|转发)《[^《》]{4,60}》的通知$/;

/** A sentence's punctuation (labelKey text: half-width commas and marks, the Chinese full stop). */
const SENTENCE_MARK = /[,。;!?]/;

/** 上一篇/下一篇 and their like, as text (a script's onclick, no <a>): another article's title. */
const NEIGHBOUR = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)/;

export function classify(lines: readonly Line[]): Classified {
  const out: Classified = { positive: [], negative: [], headingOther: null, reportLinks: 0, tasking: 0 };
  const linkTitles = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let key = line.key;
    if (key.length > 100) continue; // a paragraph, not a title
    // a sentence of the page's own text (not a link, past 40 characters, sentence punctuation or past 80): no title, as it
    // stands (a match is dropped below) or joined (brokenHeading starts at 40 at most), nor another document's heading or
    // a tasking notice's (isTitleLikeKey refuses it); only a 上一篇 line and a "关于印发《…》的通知" are read on
    if (!line.isLink && key.length > 40 && (key.length > 80 || SENTENCE_MARK.test(key)) && !NEIGHBOUR.test(key) && !PRINTED.test(key)) continue;
    let match = key.includes('信息公开') ? matchReportTitle(key) : null;
    let conditional = false;
    if (!match && (key.includes('政务公开') || key.includes('信息公开'))) {
      match = matchZhengwuTitle(key);
      conditional = match !== null;
    }
    if (!match && !line.isLink && key.length <= 40 && (lines[i + 1]?.el === line.el || splitOver(line, lines[i + 1]))) {
      const joined = brokenHeading(lines, i);
      if (joined) {
        ({ line, match } = joined);
        key = line.key;
        i = joined.next - 1;
      }
    }
    if (!match) {
      // the element's attributes (headingScore) are read last: only for a title naming another
      // document, a few lines of a page
      // "关于印发《…工作实施方案》的通知": a heading naming another document in 《》 (det62)
      if (!out.headingOther && !line.isLink && (isTitleLikeKey(key) || PRINTED.test(key))) {
        const other = otherKindOfKey(key);
        if (other && headingScore(line.el) >= 85) out.headingOther = other;
      }
      if (!line.isLink && isTitleLikeKey(key) && isTaskingNotice(key)) out.tasking = Math.max(out.tasking, headingScore(line.el));
      continue;
    }
    if (line.isLink || NEIGHBOUR.test(key)) {
      // a link to one year's report; the column's own name ("政府信息公开年报") has no year
      if (match.year !== null && !conditional) linkTitles.add(key);
      continue;
    }
    // a sentence that mentions a report ("做好《…年度报告》解读工作。") is neither kind of title
    if (SENTENCE_MARK.test(key) || key.length > 80) continue;
    // a numbered heading ("四、政府信息公开工作年度报告" in a 公开指南) is a section of some
    // document, never a report's own title
    if (ENUMERATED.test(key)) continue;
    // a column's name, no year, no body ("政府信息公开年报"), as an item of a menu's list: a 信息公开目录's entry in plain
    // text (onclick, no link), never the report's heading (det69: it outranked the report's title picture past the column)
    if (match.year === null && match.agencyRaw === null && menuItem(line.el)) continue;
    const other = otherKindOfKey(key);
    if (!other && !isTitleLikeKey(key)) continue; // 《…》: a reference to the report
    const cand: Candidate = { text: line.text, match, el: line.el, score: headingScore(line.el), other, ...(conditional ? { conditional: true as const } : {}) };
    if (match.year !== null) cand.score += 5;
    (other ? out.negative : out.positive).push(cand);
  }
  out.reportLinks = linkTitles.size;
  return out;
}

/** How many items make a list a menu. */
const MENU_ITEMS = 3;

/** Is el in an item of a list of MENU_ITEMS items or more (a column's menu)? */
function menuItem(el: Element): boolean {
  const li = el.closest('li');
  const list = li?.parentElement;
  if (!list) return false;
  let items = 0;
  for (const c of Array.from(list.children)) if (c.localName === 'li' && ++items >= MENU_ITEMS) return true;
  return false;
}
