/**
 * The short text a page puts just before a table: its caption or heading line ("表2　区政府本级…",
 * "三、收到和处理政府信息公开申请情况（区政府本级）"). The table's own <caption>, else the nearest
 * element before it that holds text, climbing out of the wrappers Word and CMSes put around
 * tables (a centred <div>, a <p> holding only the table). A few DOM steps, no walk of the page.
 */
import { tagOf } from './attr.ts';
import { readText } from '../text/traditional.ts';

/** A heading is a line, not a paragraph. */
const MAX_HEADING = 60;

export function headingBefore(table: Element): string {
  for (let c = table.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && tagOf(c as Element) === 'caption') return short(c.textContent);
  }
  let el: Element | null = table;
  for (let up = 0; el && up < 4; up++, el = el.parentElement) {
    let steps = 0;
    for (let prev = el.previousSibling; prev && steps < 6; prev = prev.previousSibling, steps++) {
      const text = (prev.textContent ?? '').trim();
      if (text) return short(text);
    }
  }
  return '';
}

function short(text: string | null): string {
  const t = readText(text ?? '').replace(/\s+/g, ' ').trim();
  return t.length <= MAX_HEADING ? t : '';
}
