/**
 * Text → the batch checker's DOM (light-dom.ts): htmlparser2's events build the tree, then
 * light-dom-fixups.ts moves what a browser's tree construction would have put elsewhere.
 */
import { COMMENT, ELEMENT, FRAGMENT, LComment, LDoctype, LElement, LFragment, LText, TEXT, type LNode } from './light-dom.ts';
import { LDocument } from './light-document.ts';
import { FORMATTING, ScopedParser, type ScopedHandler } from './light-scope.ts';
import { fitsIn, fosterAsBrowsersDo, placeAsBrowsersDo, strayIn, TABLE_PARTS } from './light-dom-fixups.ts';


/**
 * The text parsed into an LDocument, by htmlparser2's events with a browser's scope rules
 * (light-scope.ts), attribute names lower-cased as a browser's parser does.
 */
export function parseLight(html: string | readonly string[]): LDocument {
  const doc = new LDocument();
  let node: LNode = doc;
  // the node a template's content is built in stands in for the template until its end tag
  const templates: LElement[] = [];
  // tables holding what a browser's parser would not leave in them (fix-ups below)
  const tablesToFix = new Set<LElement>();
  // formatting elements a block's start tag closed with a <p> (ScopedParser.closeForBlock), to be
  // reopened where text goes on in the same cell (or outside any): the HTML standard's "list of
  // active formatting elements", for the elements that leave the stack that way only
  const reopen: Reopen[] = [];
  /** The element text or an inline element now goes into: the formatting elements closed with a <p> reopened first. */
  const reconstruct = () => {
    if (node.nodeType !== ELEMENT || TABLE_PARTS.has((node as LElement).localName)) return;
    const cell = markerScope(node);
    for (const r of reopen) {
      if (r.open || r.cell !== cell) continue;
      const clone = node.appendChild(new LElement(doc, r.el.localName, attributesOf(r.el)));
      parser.stack.unshift(r.el.localName);
      r.open = clone;
      node = clone;
    }
  };
  const handler: ScopedHandler = {
    onprocessinginstruction(name, data) {
      if (name.toLowerCase() === '!doctype') parser.doctype(data);
      if (name.toLowerCase() === '!doctype' && !doc.doctype) {
        doc.doctype = doc.appendChild(new LDoctype(doc, data.slice(name.length).trim().split(/\s/)[0] ?? 'html'));
      }
    },
    onopentag(name, attribs) {
      if (reopen.length > 0 && !NO_RECONSTRUCT.has(name)) {
        // reconstruct before the element; the parser's stack already holds its name (not a void
        // element's): it goes back on top of the clones
        const pushed = parser.stack[0] === name;
        if (pushed) parser.stack.shift();
        reconstruct();
        if (pushed) parser.stack.unshift(name);
      }
      if (node.nodeType === ELEMENT && !fitsIn((node as LElement).localName, name)) strayIn(node as LElement, tablesToFix);
      const el = node.appendChild(new LElement(doc, name, attribs));
      if (name === 'template') {
        el.content = new LFragment(doc);
        templates.push(el);
        node = el.content;
      } else node = el;
    },
    ontext(text) {
      if (reopen.length > 0) reconstruct();
      if (node.nodeType === ELEMENT && TABLE_PARTS.has((node as LElement).localName) && /[^\t\n\f\r ]/.test(text)) strayIn(node as LElement, tablesToFix);
      const last = node.lastChild;
      if (last && last.nodeType === TEXT) (last as LText).data += text;
      else node.appendChild(new LText(doc, text));
    },
    oncomment(data) {
      node.appendChild(new LComment(doc, data));
    },
    /** the end tag of a formatting element that is not open: a closed one to reopen is forgotten */
    onstrayformattingend(name: string) {
      for (let i = reopen.length - 1; i >= 0; i--) {
        if (reopen[i]!.el.localName === name && !reopen[i]!.open) {
          reopen.splice(i, 1);
          return;
        }
      }
    },
    onclosetag(_name, isImplied) {
      if (reopen.length > 0 || parser.closingP) closing(node, isImplied);
      if (node.nodeType === FRAGMENT) {
        const t = templates.pop()!;
        node = t.parentNode!;
      } else node = node.parentNode ?? doc;
    },
  };
  const parser = new ScopedParser(handler, { lowerCaseAttributeNames: true, decodeEntities: true });
  /** a node about to close: a formatting element closed with a <p> is remembered, a reopened one forgotten or kept */
  const closing = (n: LNode, isImplied: boolean) => {
    if (n.nodeType !== ELEMENT) return;
    const el = n as LElement;
    if (parser.closingP) {
      // the elements closed innermost first: each goes before those of its run closed earlier
      if (parser.closingRun !== run) {
        run = parser.closingRun;
        runStart = reopen.length;
      }
      if (FORMATTING.has(el.localName)) reopen.splice(runStart, 0, { el, cell: markerScope(el.parentNode!), open: null });
      return;
    }
    const i = reopen.findIndex((r) => r.open === el);
    if (i < 0) return;
    // closed by its own end tag it is done with (the adoption agency's); closed implied it opens again
    if (isImplied) reopen[i]!.open = null;
    else reopen.splice(i, 1);
  };
  let run = 0;
  let runStart = 0;
  if (typeof html === 'string') parser.write(html);
  else for (const piece of html) parser.write(piece);
  parser.end();
  placeAsBrowsersDo(doc);
  for (const t of tablesToFix) fosterAsBrowsersDo(t);
  return doc;
}

/** A formatting element closed with a <p>, the cell (or document) it stood in, its reopened copy while open. */
interface Reopen {
  el: LElement;
  cell: LNode;
  open: LElement | null;
}

/** Start tags before which a browser reconstructs no formatting element (blocks, tables, head elements). */
const NO_RECONSTRUCT = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'li', 'dd', 'dt', 'plaintext', 'table', 'hr', 'textarea', 'iframe',
  'noembed', 'noframes', 'noscript', 'script', 'style', 'meta', 'link', 'title', 'base', 'basefont', 'bgsound', 'template',
  'caption', 'col', 'colgroup', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'frame', 'html', 'head', 'body',
]);

/** The cell, caption or template content n stands in, or the document: where a formatting element's reopening stops. */
function markerScope(n: LNode): LNode {
  let c: LNode = n;
  for (; c.parentNode; c = c.parentNode) {
    if (c.nodeType === FRAGMENT) return c;
    if (c.nodeType === ELEMENT) {
      const name = (c as LElement).localName;
      if (name === 'td' || name === 'th' || name === 'caption') return c;
    }
  }
  return c;
}

function attributesOf(el: LElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attributes) out[a.name] = a.value;
  return out;
}
