/**
 * Finding a quoted sentence on the page and wrapping it without moving anything. The core quotes
 * the prose as it stands on the page with whitespace runs collapsed to one space
 * (lib/narrative/extract-prose.ts), so the page's text nodes are read the same way: the same
 * elements skipped, block boundaries ending a paragraph, whitespace collapsed, each character
 * remembering the text node and offset it came from.
 *
 * A page in traditional characters is quoted in its own characters, but a portal's 简/繁 switch may
 * rewrite the page after the core read it: so where the page or a quote is in traditional
 * characters, both are compared in simplified ones (lib/text/traditional.ts), each character at its
 * own offset.
 */
import { collapseProseSpace } from '../lib/narrative/extract-prose.ts';
import { isHiddenElement, isProseMark } from '../lib/dom/hidden.ts';
import { isInvisibleChar } from '../lib/text/normalize.ts';
import { hasTraditional, readerFor, toSimplified, type TextReader } from '../lib/text/traditional.ts';

export interface TextRange {
  node: Text;
  start: number;
  end: number;
}

export type Unwrap = () => void;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'SVG', 'HEAD', 'NIANBAO-LENS']);
/**
 * No BR: the core joins a line wrapped mid-sentence to the next (extract-prose.ts joinWrappedLines),
 * so a quote may run across a <br>; one that does not never meets one.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);
const SPACE = /[\s\u200b\ufeff]/;
/** never in a quote: stands between paragraphs so that no match crosses one */
const BREAK = '\u0000';

interface PageText {
  text: string;
  /** per character of text: the text node and offset it came from (null for a break) */
  at: ({ node: Text; offset: number } | null)[];
}

function readPageText(root: Element, exclude: readonly Element[], reader: TextReader | null): PageText {
  const excluded = new Set<Node>(exclude);
  const chars: string[] = [];
  const at: PageText['at'] = [];
  let last = BREAK;
  const push = (ch: string, where: { node: Text; offset: number } | null): void => {
    chars.push(ch);
    at.push(where);
    last = ch;
  };
  const brk = (): void => {
    if (last !== BREAK) push(BREAK, null);
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = reader ? reader(t.data) : t.data;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        // as the core reads the prose: zero-width characters are left out (normalize.ts withoutInvisible)
        if (isInvisibleChar(ch.charCodeAt(0))) continue;
        if (!SPACE.test(ch)) push(ch, { node: t, offset: i });
        else if (last !== ' ' && last !== BREAK) push(' ', { node: t, offset: i });
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (excluded.has(el)) return brk();
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || isHiddenElement(el) || isProseMark(el)) return;
    const block = BLOCK.has(tag);
    if (block) brk();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) brk();
  };
  walk(root);
  return { text: chars.join(''), at };
}

/** The page's text with its spaces left out, each character where it came from. */
function withoutSpaces(page: PageText): PageText {
  const chars: string[] = [];
  const at: PageText['at'] = [];
  for (let i = 0; i < page.text.length; i++) {
    if (page.text[i] === ' ') continue;
    chars.push(page.text[i]!);
    at.push(page.at[i]!);
  }
  return { text: chars.join(''), at };
}

/** Where a quote stands on the page, as ranges of text nodes; null when it cannot be found. */
export function findQuote(root: Element, quote: string, exclude: readonly Element[] = []): TextRange[] | null {
  return findQuotes(root, [quote], exclude)[0] ?? null;
}

/**
 * findQuote for each of several quotes, reading the page's text once: a report with a dozen
 * flagged sentences read the whole body a dozen times, character by character (most of the marks'
 * cost in Chromium on fengze-2019, scripts/browser-bench.mjs).
 */
export function findQuotes(root: Element, quotes: readonly string[], exclude: readonly Element[] = []): (TextRange[] | null)[] {
  let page: PageText | null = null;
  let bare: PageText | null = null;
  let reader: TextReader | null | undefined; // decided at the first quote, for all
  return quotes.map((quote) => {
    const shown = collapseProseSpace(quote);
    if (shown === '') return null;
    if (reader === undefined) {
      reader = (root.ownerDocument && readerFor(root.ownerDocument)) || (quotes.some(hasTraditional) ? toSimplified : null);
    }
    const q = reader ? reader(shown) : shown;
    page ??= readPageText(root, exclude, reader);
    let from = page.text.indexOf(q);
    let at = page.at;
    let length = q.length;
    if (from < 0) {
      // a letter-spaced paragraph (a machine-converted copy) is quoted with its spaces taken out
      // (lib/text/letter-spaced.ts): found in the page's text without its spaces
      bare ??= withoutSpaces(page);
      const unspaced = q.replace(/ /g, '');
      from = bare.text.indexOf(unspaced);
      at = bare.at;
      length = unspaced.length;
    }
    if (from < 0) return null;
    const ranges: TextRange[] = [];
    for (let i = from; i < from + length; i++) {
      const a = at[i];
      if (!a) continue;
      const last = ranges[ranges.length - 1];
      if (last && last.node === a.node) last.end = a.offset + 1;
      else ranges.push({ node: a.node, start: a.offset, end: a.offset + 1 });
    }
    return ranges.length > 0 ? ranges : null;
  });
}

/**
 * Wraps each quote's ranges in elements (one per piece of text node), leaving the text itself in
 * place. Overlapping quotes share pieces. Returns the wrappers per quote and an unwrap that puts
 * every text node back as it was.
 */
export function wrapRanges(
  doc: Document,
  quotes: readonly TextRange[][],
  decorate: (el: Element) => void,
  tag = 'nianbao-quote',
): { elements: Element[][]; unwrap: Unwrap } {
  const elements: Element[][] = quotes.map(() => []);
  // per text node: the cut points and which quotes cover each piece
  const perNode = new Map<Text, { start: number; end: number; quote: number }[]>();
  quotes.forEach((ranges, qi) => {
    for (const r of ranges) {
      const list = perNode.get(r.node) ?? [];
      list.push({ start: r.start, end: r.end, quote: qi });
      perNode.set(r.node, list);
    }
  });
  const restores: (() => void)[] = [];
  for (const [node, spans] of perNode) {
    const parent = node.parentNode;
    if (!parent) continue;
    const data = node.data;
    const cuts = [...new Set([0, data.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    const pieces = cuts.slice(0, -1).map((a, i) => {
      const b = cuts[i + 1]!;
      return { text: data.slice(a, b), quotes: spans.filter((s) => s.start <= a && b <= s.end).map((s) => s.quote) };
    });
    // the original node keeps the first piece when it is unmarked (page scripts may hold it),
    // and is left empty before the first wrapper otherwise
    const keepFirst = pieces[0] !== undefined && pieces[0].quotes.length === 0;
    node.data = keepFirst ? pieces[0]!.text : '';
    const inserted: Node[] = [];
    let anchor: Node = node;
    for (const piece of keepFirst ? pieces.slice(1) : pieces) {
      let added: Node;
      if (piece.quotes.length > 0) {
        const el = doc.createElement(tag);
        decorate(el);
        el.textContent = piece.text;
        for (const qi of piece.quotes) elements[qi]!.push(el);
        added = el;
      } else {
        added = doc.createTextNode(piece.text);
      }
      parent.insertBefore(added, anchor.nextSibling);
      inserted.push(added);
      anchor = added;
    }
    restores.push(() => {
      for (const n of inserted) n.parentNode?.removeChild(n);
      node.data = data;
    });
  }
  return { elements, unwrap: () => restores.forEach((r) => r()) };
}
