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
import { classAttr } from '../dom/attr.ts';
import { CELL_MARK_TAGS, CELL_UNSEEN_TAGS } from '../dom/hidden.ts';
import { normalizeText, withoutSpaces } from '../text/normalize.ts';
import { textReader } from '../text/traditional.ts';

export interface Line {
  /** the line's text, normalised (half-width, one space between words) */
  text: string;
  /**
   * the same without any space: the form labels and titles are matched in. labelKey leaves it as
   * it is (its text is half-width with no other space left), so it is matched without another
   * labelKey; the one exception, a combining mark that a removed zero-width character or space
   * had kept from its base, never touches the words the detector looks for.
   */
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

/** What the walks need to know of a tag, as bits: one Map lookup per element instead of five. */
export const TAG_SKIP = 1;
export const TAG_BLOCK = 2;
export const TAG_CHROME_HOST = 4;
export const TAG_A = 8;
export const TAG_TABLE = 16;
/** td or th: a cell whose raw text the grid stage reads */
export const TAG_CELL = 32;
/** exactly "table", as querySelectorAll('table') matches it */
export const TAG_QSA_TABLE = 64;
export const TAG_TEMPLATE = 128;
export const TAG_META = 256;
/** a mark beside a figure in a cell (dom/hidden.ts CELL_MARK_TAGS): sup, s, strike, del */
export const TAG_CELL_MARK = 512;
/** what a cell holds that the reader does not see (dom/hidden.ts CELL_UNSEEN_TAGS): script, style, noscript, template */
export const TAG_CELL_UNSEEN = 1024;
/** a text field or a drop-down (dom/hidden.ts fieldValue): its value is text no text node holds, its options are not its text */
export const TAG_FIELD = 2048;

/** Keyed by localName as the DOM gives it (lower case for HTML on both DOMs, so a handful of keys). */
const tagFlagCache = new Map<string, number>();

export function tagFlags(el: Element): number {
  const name = el.localName || el.tagName;
  let f = tagFlagCache.get(name);
  if (f === undefined) {
    const tag = name.toLowerCase();
    f = (SKIP.has(tag) ? TAG_SKIP : 0) | (BLOCK.has(tag) ? TAG_BLOCK : 0) | (CHROME_HOSTS.has(tag) ? TAG_CHROME_HOST : 0)
      | (tag === 'a' ? TAG_A : 0) | (tag === 'table' ? TAG_TABLE : 0) | (tag === 'td' || tag === 'th' ? TAG_CELL : 0)
      | (el.localName === 'table' ? TAG_QSA_TABLE : 0) | (tag === 'template' ? TAG_TEMPLATE : 0)
      | (el.localName === 'meta' ? TAG_META : 0) | (CELL_MARK_TAGS.has(tag) ? TAG_CELL_MARK : 0)
      | (CELL_UNSEEN_TAGS.has(tag) ? TAG_CELL_UNSEEN : 0) | (tag === 'input' || tag === 'select' ? TAG_FIELD : 0);
    tagFlagCache.set(name, f);
  }
  return f;
}

export function isChrome(el: Element, flags: number): boolean {
  if (flags & TAG_SKIP) return true;
  if (!(flags & TAG_CHROME_HOST)) return false;
  // no attributes at all is the common case, and cheaper to ask on linkedom than two lookups
  if (!el.hasAttributes()) return false;
  const cls = classAttr(el);
  if (cls && CHROME_CLASS.test(cls)) return true;
  const id = el.getAttribute('id');
  return !!id && CHROME_CLASS.test(id);
}


/**
 * Builds lines from the walk's events (enter/leave of elements that are not chrome, text nodes).
 * Shared by collectLines (a budgeted walk of one element) and readPage (one walk of the document).
 */
export class LineBuilder {
  readonly lines: Line[] = [];
  /** characters of non-link text read so far (the budget's count) */
  chars = 0;
  /** paragraphs read so far: lines of text (not links) of PARAGRAPH characters or more, a full stop in them */
  paragraphs = 0;
  private buf = '';
  private linkChars = 0;
  private bufEl: Element;
  private linkDepth = 0;
  private tableDepth = 0;
  /** the innermost open block element: a line belongs to it */
  private readonly blocks: Element[];

  constructor(
    private readonly root: Element,
    private readonly keep?: (raw: string) => boolean,
  ) {
    this.bufEl = root;
    this.blocks = [root];
  }

  flush(): void {
    if (this.buf.length === 0) {
      // nothing read since the last line (linkChars is 0 too): most block boundaries
      this.bufEl = this.blocks[this.blocks.length - 1] ?? this.root;
      return;
    }
    const raw = this.buf.trim();
    if (raw.length >= PARAGRAPH && this.linkChars * 2 <= raw.length && raw.includes('。')) this.paragraphs++;
    if (raw.length > 0 && (!this.keep || this.keep(raw))) {
      const text = normalizeText(raw);
      if (text.length > 0) {
        const isLink = this.linkChars * 2 > raw.length;
        this.lines.push({ text, key: withoutSpaces(text), el: this.bufEl, isLink, inTable: this.tableDepth > 0 });
      }
    }
    this.buf = '';
    this.linkChars = 0;
    this.bufEl = this.blocks[this.blocks.length - 1] ?? this.root;
  }

  enter(el: Element, flags: number): void {
    if (flags & TAG_BLOCK) {
      this.flush();
      this.blocks.push(el);
      this.bufEl = el;
    }
    if (flags & TAG_A) this.linkDepth++;
    if (flags & TAG_TABLE) this.tableDepth++;
  }

  leave(el: Element, flags: number): void {
    if (flags & TAG_A) this.linkDepth--;
    if (flags & TAG_TABLE) this.tableDepth--;
    if (flags & TAG_BLOCK) {
      this.flush();
      if (this.blocks[this.blocks.length - 1] === el) this.blocks.pop();
      this.bufEl = this.blocks[this.blocks.length - 1] ?? this.root;
    }
  }

  text(data: string): void {
    if (this.linkDepth > 0) this.linkChars += data.trim().length;
    else this.chars += data.length;
    if (this.buf.length === 0) {
      this.bufEl = this.blocks[this.blocks.length - 1] ?? this.root;
      // the line break and indent a page's markup puts between tags: at the start of a line,
      // flush would trim it away anyway, and keeping it out keeps most lines one string
      if (isAsciiSpace(data)) return;
    }
    this.buf += data;
  }
}

/** Only tab, line feed, vertical tab, form feed, carriage return and space (all of them trimmed). */
function isAsciiSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return false;
  }
  return true;
}

/**
 * Reads root's lines in document order until the budget runs out. Link text (inside <a>) is kept
 * but counted apart, so that a listing's links can be recognised as links and chrome does not
 * exhaust the character budget.
 */
export function collectLines(root: Element, budget: WalkBudget = NO_BUDGET, walked?: Walked): Line[] {
  const b = new LineBuilder(root, budget.keep);
  // the page in traditional characters: read simplified (text/traditional.ts)
  const reader = textReader();
  let nodes = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++nodes > budget.maxNodes || b.chars > budget.maxChars) {
      if (walked) walked.cut = true;
      break;
    }
    let entered = false;
    if (node.nodeType === 1) {
      const flags = tagFlags(node as Element);
      if (!isChrome(node as Element, flags)) {
        entered = true;
        b.enter(node as Element, flags);
      }
    } else if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      b.text(reader ? reader(raw) : raw);
    }
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) b.leave(node as Element, tagFlags(node as Element));
    // climb until there is a next sibling, closing every element we leave
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      b.leave(node as Element, tagFlags(node as Element));
    }
    node = node ? node.nextSibling : null;
  }
  b.flush();
  if (walked) walked.paragraphs = b.paragraphs;
  return b.lines;
}

/** What a budgeted walk saw besides its lines: was it cut short, and how many paragraphs had it read (det68). */
export interface Walked {
  cut: boolean;
  paragraphs: number;
}

/** A paragraph's least length (with its 。): a sentence of the page's own text, not a menu's or a list's entry. */
const PARAGRAPH = 20;

/**
 * The report's own lines, in page order, after its heading (null: from the page's start): the
 * lines in its container that are not links. What the year's and the body's readers of the
 * opening sentences (detect-report.ts, body-in-text.ts) read.
 */
export function* linesAfterHeading(lines: readonly Line[], heading: Element | null, container: Element): Generator<Line> {
  let started = heading === null;
  for (const l of lines) {
    if (!started) {
      started = l.el === heading;
      continue;
    }
    if (!l.isLink && container.contains(l.el)) yield l;
  }
}

/**
 * Is the line in a table of the report's own (a cell of its tables), rather than in a layout table the whole
 * report stands in (an older county CMS's <td class="nr">: det67's p03, det68)? inTable says only that some
 * <table> holds it; a table holding `container` holds its text too.
 */
export function inOwnTable(l: Line, container: Element): boolean {
  if (!l.inTable) return false;
  const table = l.el.closest('table');
  return table !== null && container.contains(table);
}
