/**
 * How much an element looks like the page's main heading (detect-report.ts ranks the report titles
 * it finds by it): h1–h3, a title class, a metadata table's cell, a list item.
 */
import { classAttr, tagOf } from '../dom/attr.ts';

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
