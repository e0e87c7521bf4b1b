/**
 * The page read as "lines": the text of each block element, in document order, with the element
 * that holds it. The detector reasons about lines rather than about the body's whole text because
 * a title and a sentence that merely mentions a title look alike as substrings ("及时发布2023年
 * 政府信息公开工作年度报告" in a 法治政府 report), but not as lines.
 *
 * One iterative walk over firstChild/nextSibling/parentNode: these are O(1) on both a browser DOM
 * and linkedom, whereas querySelectorAll, getElementsByTagName and textContent walk the whole tree
 * every time (about 0.6 ms each on linkedom for a 1,800-element portal page). With a budget the
 * walk stops early, which is what keeps dismissing a non-report page cheap.
 */
import { normalizeText } from '../text/normalize.ts';

export interface Line {
  /** the line's text, normalised (half-width, one space between words) */
  text: string;
  /** the same without any space: the form labels and titles are matched in (labelKey) */
  key: string;
  /** the innermost block element the line started in */
  el: Element;
  /** true when most of the line's characters are link text (navigation, listings, related links) */
  isLink: boolean;
  /** the line sits inside a <table> (a cell, or a caption) */
  inTable: boolean;
}

export interface WalkBudget {
  /** stop once this many characters of non-link text have been read */
  maxChars: number;
  /** stop after visiting this many nodes, whatever they held */
  maxNodes: number;
  /**
   * keep only lines whose raw text passes (the first look wants only lines that could name a
   * document); skipping the others saves normalising text nobody reads
   */
  keep?: (raw: string) => boolean;
}

export const NO_BUDGET: WalkBudget = { maxChars: Infinity, maxNodes: Infinity };

/** Never text a reader sees as the page's content. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'select', 'option', 'textarea', 'button', 'iframe',
  'svg', 'canvas', 'object', 'embed', 'input', 'nav', 'footer', 'head', 'title', 'meta', 'link',
]);

/** Elements that start and end a line (what a browser would lay out as a block, plus <br>). */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'section', 'article', 'header', 'main',
  'aside', 'center', 'blockquote', 'pre', 'form', 'hr', 'br', 'address', 'figure', 'figcaption',
  'body', 'html',
]);

/**
 * Portal chrome by its class or id: "mainNav", "menu", "footer", "breadcrumb", "crumbs". Skipping
 * it keeps site menus out of the budget and out of the container's anchors.
 */
const CHROME_CLASS = /nav|menu|footer|crumb/i;
/** Only containers carry those classes; reading attributes of every span would double the walk. */
const CHROME_HOSTS = new Set(['div', 'ul', 'ol', 'dl', 'section', 'header', 'aside', 'table', 'td']);

function isChrome(el: Element, tag: string): boolean {
  if (SKIP.has(tag)) return true;
  if (!CHROME_HOSTS.has(tag)) return false;
  const cls = el.getAttribute('class');
  if (cls && CHROME_CLASS.test(cls)) return true;
  const id = el.getAttribute('id');
  return !!id && CHROME_CLASS.test(id);
}

/**
 * Lower-case tag name. localName is lower case for HTML elements on both DOMs and, on linkedom,
 * cheaper than tagName (which upper-cases on every read); tagName is the fallback.
 */
export function tagOf(el: Element): string {
  const name = el.localName || el.tagName;
  return name.toLowerCase();
}

/**
 * Reads root's lines in document order until the budget runs out. Link text (inside <a>) is kept
 * but counted apart, so that a listing's links can be recognised as links and chrome does not
 * exhaust the character budget.
 */
export function collectLines(root: Element, budget: WalkBudget = NO_BUDGET): Line[] {
  const lines: Line[] = [];
  let buf = '';
  let linkChars = 0;
  let bufEl: Element = root;
  let chars = 0;
  let nodes = 0;
  let linkDepth = 0;
  let tableDepth = 0;
  // the innermost open block element: a line belongs to it
  const blocks: Element[] = [root];

  const flush = (): void => {
    const raw = buf.trim();
    if (raw.length > 0 && (!budget.keep || budget.keep(raw))) {
      const text = normalizeText(raw);
      if (text.length > 0) {
        lines.push({ text, key: text.replace(/ /g, ''), el: bufEl, isLink: linkChars * 2 > raw.length, inTable: tableDepth > 0 });
      }
    }
    buf = '';
    linkChars = 0;
    bufEl = blocks[blocks.length - 1] ?? root;
  };

  const leave = (el: Element): void => {
    const tag = tagOf(el);
    if (tag === 'a') linkDepth--;
    if (tag === 'table') tableDepth--;
    if (BLOCK.has(tag)) {
      flush();
      if (blocks[blocks.length - 1] === el) blocks.pop();
      bufEl = blocks[blocks.length - 1] ?? root;
    }
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (++nodes > budget.maxNodes || chars > budget.maxChars) break;
    let entered = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = tagOf(el);
      if (!isChrome(el, tag)) {
        entered = true;
        if (BLOCK.has(tag)) {
          flush();
          blocks.push(el);
          bufEl = el;
        }
        if (tag === 'a') linkDepth++;
        if (tag === 'table') tableDepth++;
      }
    } else if (node.nodeType === 3) {
      const data = node.nodeValue ?? '';
      if (buf.length === 0) bufEl = blocks[blocks.length - 1] ?? root;
      buf += data;
      if (linkDepth > 0) linkChars += data.trim().length;
      else chars += data.length;
    }
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node as Element);
    // climb until there is a next sibling, closing every element we leave
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      leave(node as Element);
    }
    node = node ? node.nextSibling : null;
  }
  flush();
  return lines;
}
