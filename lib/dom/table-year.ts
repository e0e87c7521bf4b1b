/**
 * The year a page labels a table with, right before it (tabs59): its caption or heading line
 * ("2022年度收到和处理政府信息公开申请情况"), or the label of the tab whose pane holds it ("2023年 |
 * 2022年", the pane tied to its tab by id, aria-labelledby, or by its place among the panes). A page
 * that shows last year's tables in one tab and hides this year's in another says which is which only
 * there. One year or none: a label naming two years ("2021年与2022年对比") names none.
 */
import { headingBefore } from './heading-before.ts';
import { readText } from '../text/traditional.ts';

const YEAR_IN_TEXT = /((?:19|20)\d{2})\s*年/g;
/** a tab labelled with the year alone: "2022", "2022年度" */
const YEAR_ALONE = /^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*$/;
/** a label is a line, not a paragraph (heading-before.ts) */
const MAX_LABEL = 60;

/** The one year a short label names, or null (none, or several). */
export function yearOfLabel(text: string): number | null {
  const t = readText(text).replace(/\s+/g, ' ').trim();
  if (!t || t.length > MAX_LABEL) return null;
  const alone = YEAR_ALONE.exec(t);
  if (alone) return Number(alone[1]);
  const years = new Set<number>();
  for (const m of t.matchAll(YEAR_IN_TEXT)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0]! : null;
}

const holdsTable = (el: Element): boolean => el.localName === 'table' || el.querySelector('table, [role="table"]') !== null;

/**
 * The pane of a set of tabs that holds the table: an element, a few levels up, whose parent holds
 * two or more such elements each with a table. null when the table stands in no such set.
 */
function paneOf(table: Element, held?: Map<Element, boolean>): { pane: Element; panes: Element[] } | null {
  // (a sibling's answer kept for the next table asked with the same map: tables 二 and 四 share their ancestors' siblings,
  // each a scan of its subtree)
  const holds = held ? (e: Element): boolean => {
    let h = held.get(e);
    if (h === undefined) held.set(e, (h = holdsTable(e)));
    return h;
  } : holdsTable;
  let el: Element | null = table.parentElement;
  for (let up = 0; el && up < 5 && el.localName !== 'body'; up++, el = el.parentElement) {
    const parent = el.parentElement;
    if (!parent) return null;
    const panes = Array.from(parent.children).filter(holds);
    if (panes.length >= 2 && panes.includes(el)) return { pane: el, panes };
  }
  return null;
}

function byId(doc: Document, id: string): Element | null {
  try {
    return doc.getElementById(id);
  } catch {
    return null;
  }
}

/** The tab that names the pane: by the pane's id (aria-controls, href, data-target), its aria-labelledby, or its place. */
function tabLabel(pane: Element, panes: readonly Element[]): string | null {
  const doc = pane.ownerDocument;
  const id = pane.getAttribute('id');
  if (id && !/["\\\]]/.test(id)) {
    try {
      const tab = doc.querySelector(`[aria-controls="${id}"], [href="#${id}"], [data-target="#${id}"], [data-bs-target="#${id}"]`);
      if (tab) return tab.textContent ?? '';
    } catch {
      // a selector the page's id cannot make: no tab found by it
    }
  }
  const by = pane.getAttribute('aria-labelledby');
  const named = by ? byId(doc, by.trim().split(/\s+/)[0]!) : null;
  if (named) return named.textContent ?? '';
  // the tabs' list just before the panes (or the first child of their parent): one item a pane, in order
  const parent = pane.parentElement!;
  const first = panes[0]!;
  const nav = [first.previousElementSibling, parent.previousElementSibling].find((e): e is Element => !!e && !holdsTable(e));
  if (!nav) return null;
  const tabs = nav.querySelectorAll('[role="tab"]');
  const items = tabs.length > 0 ? Array.from(tabs) : nav.querySelectorAll('li').length > 0 ? Array.from(nav.querySelectorAll('li')) : Array.from(nav.children);
  return items.length === panes.length ? items[panes.indexOf(pane)]!.textContent ?? '' : null;
}

/**
 * The year the page labels the table with, right before it or on its tab; null when it says none, or several.
 * `held`: which elements hold a table, kept over the tables of one analysis (the page unchanged meanwhile).
 */
export function tableYear(table: Element, held?: Map<Element, boolean>): number | null {
  const heading = yearOfLabel(headingBefore(table));
  if (heading !== null) return heading;
  const at = paneOf(table, held);
  if (!at) return null;
  const label = tabLabel(at.pane, at.panes);
  const tab = label !== null ? yearOfLabel(label) : null;
  if (tab !== null) return tab;
  // the pane's own first line, before its first table ("<p>2022年度</p><table>…")
  const firstTable = at.pane.localName === 'table' ? null : at.pane.querySelector('table');
  return firstTable && firstTable !== table ? yearOfLabel(headingBefore(firstTable)) : null;
}
