/**
 * A report whose tables are pictures: many portals paste tables 二, 三 and 四 as images (a scan,
 * a screenshot of the Word file) under the section headings. Without a table and with few figures
 * in its prose, such a page looked like a 发布通知, a news item or a 说明 that lists the report's
 * headings (detect-report.ts statesFigures) and was dismissed: the user was told it is no report at
 * all, when it is one the checker cannot read. (One whose prose states its figures was a report,
 * but with no template to tell by its labels nothing was said of its tables.)
 *
 * The signal is the report's own layout, which those pages do not have: the section headings
 * 二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况 and 四、…行政复议…行政诉讼… each on a
 * line of its own, in that order, after the report's title, and a picture under at least two of
 * them, in the part before the next heading. A notice lists the headings one after another with
 * nothing between them; a news photo stands before them or after the last.
 */
import type { Line } from './lines.ts';

/** The sections whose tables the template puts under them, and the heading that ends the last. */
const HEADINGS: readonly RegExp[] = [
  /^二[、.]主动公开政府信息(?:的)?情况$/,
  /^三[、.]收到和处理政府信息公开申请(?:的)?情况$/,
  /^四[、.](?:政府信息公开|因政府信息公开(?:工作)?被申请)?行政复议.*行政诉讼(?:的)?情况$/,
  /^五[、.]/,
];

/**
 * Do pictures stand where tables 二, 三 and 四 should be? lines: the page's lines; heading: the
 * report's title element (null when the title is the page's <title> only), the headings counted
 * after it.
 */
export function tablesArePictures(body: Element, lines: readonly Line[], heading: Element | null): boolean {
  return (picturedSections(body, lines, heading)?.filter(Boolean).length ?? 0) >= 2;
}

/**
 * Which of the sections 二, 三 and 四 hold a picture before the next heading, or null when the
 * page does not lay out those headings in order. A report whose tables are read in part (红队 25: a
 * 公众号 article with table 二 as a table, tables 三 and 四 as screenshots) says of each missing table
 * whether a picture stands where it belongs.
 */
export function picturedSections(body: Element, lines: readonly Line[], heading: Element | null): [boolean, boolean, boolean] | null {
  const found: (Element | null)[] = [null, null, null, null];
  let next = 0;
  let started = heading === null;
  for (const l of lines) {
    if (!started) {
      started = l.el === heading;
      continue;
    }
    if (l.isLink || l.inTable || l.key.length > 40 || next >= HEADINGS.length) continue;
    if (HEADINGS[next]!.test(l.key)) found[next++] = l.el;
  }
  // 二, 三 and 四 in order; 五 (optional) bounds the section of 四
  if (next < 3) return null;
  // one walk of the elements in document order: where each heading and each picture stands
  const at = new Map<Element, number>();
  const pictures: number[] = [];
  let i = 0;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    i++;
    if (found.includes(el)) at.set(el, i);
    else if (el.localName === 'img') pictures.push(i);
  }
  const bounds = found.map((el) => (el ? at.get(el) ?? -1 : -1));
  const pictured: [boolean, boolean, boolean] = [false, false, false];
  for (let s = 0; s < 3; s++) {
    const from = bounds[s]!;
    const to = bounds[s + 1]!;
    // a section with no heading after it runs to the page's end (footer icons): not counted
    if (from < 0 || to < 0) continue;
    pictured[s] = pictures.some((p) => p > from && p < to);
  }
  return pictured;
}
