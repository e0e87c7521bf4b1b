/**
 * A report whose title is a picture (det67): a banner "青溪市文化广电旅游局2024年政府信息公开工作年度报告" drawn
 * as an image, its words only in the <img alt>, where the page's heading would stand; the <title> the portal's
 * name, no heading in text, the text opening "本报告根据《中华人民共和国政府信息公开条例》…". The page walk
 * (lines.ts) reads no alt, so the detector found no title and dismissed the report (det66's b01).
 *
 * Read only once the page looks like a report and only near its text, so that the first look stays cheap
 * (detect-report.ts): the first line of the report's text (its opening, or a format section's heading) is
 * found among the lines already read; then, from that line's element up at most UP ancestors (never <body>),
 * the first one holding an image before it is walked up to the line, and no further. Its alt is the title only
 * when the image stands where a heading would:
 *  - the alt is a report's title and nothing more, with its year (title.ts isBareReportTitle), or with its body and
 *    no year where the page is sure of the year (det68: sureTextYear), and the one such image there (a gallery or a
 *    listing's thumbnails have several);
 *  - not a link to another page (a listing's thumbnail; det68: a link to its own file or to the page is no other
 *    page), not in the page's frame (a header, banner, logo, nav, sidebar: class or id) between it and that ancestor;
 *  - no heading or paragraph of the page's own just above it (a news item's photograph of the report's cover
 *    stands under its headline, or among its paragraphs);
 *  - between it and the text, only what stands under a heading (the date, source and hits line, a 字号/打印
 *    line) or the report's own opening paragraphs: no crumb, no menu, no other heading — read in the lines and,
 *    for what the page walk skips as chrome, in the elements walked.
 * Anything else is a miss, never a report: a false detection costs more.
 */
import { classAttr, tagOf } from '../dom/attr.ts';
import { labelKey, normalizeText } from '../text/normalize.ts';
import { readText } from '../text/traditional.ts';
import { isReportOpening, isSectionHeading } from './container.ts';
import { headingScore } from './heading-score.ts';
import { inOwnTable, type Line } from './lines.ts';
import { publicationDates } from './published-year.ts';
import { yearOfSections } from './report-lines.ts';
import { yearFromText } from './text-year.ts';
import { isBareReportTitle, matchReportTitle, otherKind, type TitleMatch } from './title.ts';

export interface ImageTitle {
  /** the image as a line of the page: its alt as text, the <img> as its element */
  line: Line;
  match: TitleMatch;
  /** where that line goes among the page's lines (the index of the first line after the image) */
  at: number;
}

/** How far up from the text's first line an image is looked for: a title's block, the article, its wrapper. */
const UP = 4;

/** class or id of the page's frame, where a site's logo and a column's banner stand, never a report's title. */
const FRAME = /(?:^|[\s_-])(?:header|head|banner|logo|nav|navbar|menu|top|topbar|footer|foot|sidebar|side|aside|links?|list|slide|focus)(?:$|[\s_\-\d])/i;

/** class or id of a crumb ("当前位置"): crumb, position, location, dqwz (当前位置), weizhi, bread… */
const CRUMB_CLASS = /crumb|bread|position|location|dqwz|weizhi|lujing/i;

/** More links than a heading's 字号 大 中 小 / 打印 / 关闭 line holds: a menu. */
const MENU_LINKS = 6;

const idAndClass = (el: Element): string => `${classAttr(el) ?? ''} ${el.getAttribute('id') ?? ''}`;

/** A crumb's marks ("当前位置：首页 > 政务公开 > …"): the page's navigation. */
const CRUMB = /当前位置|您的位置|所在位置|现在位置|>|»|›/;

/** Sentence punctuation: a paragraph, not a heading's date line. */
const SENTENCE = /[。;!?]/;

/**
 * A sentence of a page about the report, never of the report's own opening: a 解读's "现就有关内容解读如下", a news item's
 * "近日，…发布…年度报告", "记者了解到", "报告显示" (det69: under a photograph of the report's cover, quoting its period).
 * Not "解读" alone (a report's lead says "加强政策解读"), nor the "日前" of "1月31日前".
 */
const ABOUT_REPORT = /解读如下|如下解读|(?:^|[^\d一二三四五六七八九十])日前[,，]|^近日|[,，。]近日[,，]|记者|报告显示|据了解|获悉/;

/** A short line under a heading: 发布时间, 来源, 浏览次数, 字号 大 中 小, 打印, 关闭… */
const SHORT = 60;

/** url: the page's address, for a picture linked to the page itself (optional: without it, only "#" is the page). */
export function titleImage(lines: readonly Line[], url?: string): ImageTitle | null {
  // (a layout table's cells hold a county CMS's whole page: a line in a table may be the text's)
  const k = lines.findIndex((l) => !l.isLink && (isReportOpening(l.key) || isSectionHeading(l.key)));
  if (k < 0) return null;
  const anchor = lines[k]!.el;
  let a = anchor.parentElement;
  for (let up = 0; a && up < UP; up++, a = a.parentElement) {
    const tag = tagOf(a);
    if (tag === 'body' || tag === 'html') return null;
    const walked = imagesBefore(a, anchor);
    if (walked) return judge(walked, a, anchor, lines, k, url);
  }
  return null;
}

interface Walked {
  images: Element[];
  /** each element's place in document order, up to the anchor */
  order: Map<Element, number>;
}

/** The images inside `root` before `anchor`, in document order, and the order of what stands there; null for none. */
function imagesBefore(root: Element, anchor: Element): Walked | null {
  const images: Element[] = [];
  const order = new Map<Element, number>();
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el === anchor) break;
    order.set(el, order.size);
    if (tagOf(el) === 'img') images.push(el);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return images.length > 0 ? { images, order } : null;
}

function judge(w: Walked, root: Element, anchor: Element, lines: readonly Line[], k: number, url?: string): ImageTitle | null {
  const titled: Array<{ img: Element; alt: string; match: TitleMatch }> = [];
  for (const img of w.images) {
    const raw = img.getAttribute('alt');
    if (!raw) continue;
    const alt = normalizeText(readText(raw));
    const match = matchReportTitle(alt);
    // a picture naming its body but no year (det68): the year the text gives below, where sure
    if (match && (match.year !== null || match.agencyRaw !== null) && isBareReportTitle(alt) && !otherKind(alt)) titled.push({ img, alt, match });
  }
  if (titled.length !== 1) return null;
  const { img, alt } = titled[0]!;
  let { match } = titled[0]!;
  const link = img.closest('a');
  if (link && !linksItself(link, url)) return null;
  for (let e = img.parentElement; e && e !== root; e = e.parentElement) if (FRAME.test(idAndClass(e))) return null;
  const at = w.order.get(img)!;
  // between the picture and the text, what the page walk skips as the page's frame (a menu, a crumb: lines.ts
  // reads neither) is frame still
  let links = 0;
  for (const [el, i] of w.order) {
    if (i <= at || el.contains(anchor)) continue;
    if (FRAME.test(idAndClass(el)) || CRUMB_CLASS.test(idAndClass(el))) return null;
    if (tagOf(el) === 'a' && ++links > MENU_LINKS) return null;
  }
  // the lines before the text's first: before the image (outside root, or earlier in it), or between
  let first = k;
  const after = (el: Element) => el === anchor || (w.order.get(el) ?? -1) > at;
  while (first > 0 && root.contains(lines[first - 1]!.el) && after(lines[first - 1]!.el)) first--;
  // the text's first line a 解读's or a news item's lead, quoting the report's period: the picture is the report's, the page is not (det69)
  if (ABOUT_REPORT.test(lines[k]!.key)) return null;
  for (let j = first; j < k; j++) {
    const l = lines[j]!;
    if (CRUMB.test(l.key) || ABOUT_REPORT.test(l.key)) return null;
    if (l.isLink ? l.key.length > 8 : headingScore(l.el) >= 85) return null;
    const prose = l.key.length > SHORT || SENTENCE.test(l.key);
    if (prose && !anchor.parentElement?.contains(l.el)) return null;
  }
  const above = lines[first - 1];
  if (above && !above.isLink && (headingScore(above.el) >= 85 || SENTENCE.test(above.key) || above.key.length > SHORT)) return null;
  for (let j = first - 1; j >= 0 && root.contains(lines[j]!.el); j--) {
    const l = lines[j]!;
    if (!l.isLink && (SENTENCE.test(l.key) || l.key.length > SHORT || headingScore(l.el) >= 85)) return null;
  }
  if (match.year === null) {
    const year = sureTextYear(lines, first, root);
    if (year === null) return null;
    match = { ...match, year };
  }
  return { line: { text: alt, key: labelKey(alt), el: img, isLink: false, inTable: false }, match, at: first };
}

/** How far into the text a yearless picture's year is looked for: the opening and the first sections (openingLines' 40). */
const YEAR_LINES = 40;

/**
 * The year of a report titled by a picture naming none (det68), where the page is sure of it: the statistics period
 * or the whole year's span of its opening (text-year.ts yearFromText), else a section's caption with its year
 * (report-lines.ts yearOfSections), read from the first line under the picture; and every date the page gives the
 * report (发布时间, 成文日期, its 落款: published-year.ts) in the next year, as the 条例 has it out by 31 January. A
 * period copied from last year's report on a page dated a year later, or no year in the text (the date alone: a
 * report may be put up late), is not sure: null.
 */
function sureTextYear(lines: readonly Line[], from: number, root: Element): number | null {
  const after = lines.slice(from, from + YEAR_LINES);
  const year = yearFromText(after.filter((l) => !l.isLink && !inOwnTable(l, root)).map((l) => l.text)) ?? yearOfSections(after, root);
  if (year === null) return null;
  return publicationDates(lines).every((d) => d.year === year + 1) ? year : null;
}

/** A picture's file ("…png", "…_big.jpg"): a link to it is a "点击查看大图", not to another page. */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|bmp|webp)(?:[?#]|$)/i;

/**
 * Does the picture's link open the picture itself, or the page it stands on (det68: some CMSes link the title banner
 * so)? A link to another page (a listing's thumbnail, last year's report, a file) makes it no title.
 */
function linksItself(link: Element, url?: string): boolean {
  const href = (link.getAttribute('href') ?? '').trim();
  if (href === '' || href.startsWith('#')) return true;
  if (IMAGE_FILE.test(href)) return true;
  if (!url) return false;
  try {
    const page = new URL(url);
    const to = new URL(href, page);
    return to.origin === page.origin && to.pathname === page.pathname && to.search === page.search;
  } catch {
    return false;
  }
}
