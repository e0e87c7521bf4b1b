/**
 * htmlparser2's Parser with a browser's scope rules for closing elements (cli/light-parse.ts).
 *
 * htmlparser2 closes an element when its end tag comes however far down the stack it is, and
 * opens a cell inside whatever the last cell left open. A browser's tree construction (the HTML
 * standard's "has an element in scope", "any other end tag" and "close the cell") does neither:
 *  - an end tag whose element lies beyond a cell, a table or a caption is ignored: a stray
 *    `</div>` or `</span>` in a cell (CMS editors leave them) closed, on htmlparser2, the cell, its
 *    row, its table and the <div> around the table, and the rest of the table's cells fell out of it;
 *  - an end tag of a table part (</td>, </tr>, </table>…) does not reach past a table: an inner
 *    table's stray </td> does not close the outer cell;
 *  - an end tag of an element that is neither a formatting element (b, font, …) nor "special"
 *    (span, label, …) does not reach past a special element (p, div, li, td…);
 *  - a <td>, <th>, <tr>, <tbody>, <thead> or <tfoot> closes the cell, row or row group still open
 *    in its table, whatever is open inside it (`<td><font>1<td>2`: two cells, as a browser has);
 *  - a table part closes an unclosed <caption>, anything but a <col> an unclosed <colgroup>, and a
 *    <table> opened in a table's structure (not in a cell) closes that table (closeForTablePart);
 *  - a row or cell with no table open, a second <html>, <head> or <body>, a <form> in a form are
 *    ignored, and </body> and </html> close nothing (ignores).
 *  - a block's start tag closes a <p> in button scope through what is open in it (an <li> an open
 *    <li>), and the formatting elements closed with it are reopened where text goes on
 *    (closeForBlock here, the reopening in light-parse.ts).
 * What is left to htmlparser2: misnested formatting elements (the standard's adoption agency),
 * whose text comes out in the same order either way. Tag and attribute names always come out
 * lower-cased, as a browser's parser gives them (light-parse.ts asks for no other).
 */
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/** The parts of htmlparser2's Parser this subclass reads and overrides (not in its typings). */
interface ParserInternals {
  write(chunk: string): void;
  end(): void;
  stack: string[];
  cbs: Partial<Handler>;
  tagname: string;
  attribs: Record<string, string> | null;
  openTagStart: number;
  endIndex: number;
  startIndex: number;
  attribname: string;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  onclosetag(start: number, endIndex: number): void;
  onopentagname(start: number, endIndex: number): void;
  onattribname(start: number, endIndex: number): void;
  ontext(start: number, endIndex: number): void;
}

const TABLE_PARTS = new Set(['table', 'caption', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
/** Is an element other than <html> and <head> open? Then the body has begun, implied if not written. */
function openInBody(stack: readonly string[]): boolean {
  for (let i = 0; i < stack.length; i++) if (stack[i] !== 'html' && stack[i] !== 'head') return true;
  return false;
}

/** start tags that close a <p> in button scope (the standard's "close a p element"), <table> only in no-quirks mode */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'li', 'dd', 'dt', 'plaintext', 'table', 'hr', 'xmp',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** start tags a browser ignores outside a table */
const IN_TABLE_ONLY = new Set(['caption', 'col', 'colgroup', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
/** start tags a browser may ignore (ScopedParser.ignores) */
const IGNORABLE = new Set([...IN_TABLE_ONLY, 'html', 'head', 'body', 'form']);
/** start tags that close an open <caption> or <colgroup>, or a table (closeForTablePart) */
const TABLE_START = new Set(['table', 'caption', 'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
/** "has an element in scope": where the search for an open element stops */
const SCOPE_BOUNDARY = new Set(['td', 'th', 'table', 'caption', 'template', 'applet', 'marquee', 'object', 'html']);
/** the standard's formatting elements (their end tags go through the adoption agency) */
export const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** the standard's "special" elements, HTML namespace */
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button',
  'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr',
  'html', 'iframe', 'img', 'input', 'keygen', 'li', 'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav',
  'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param', 'plaintext', 'pre', 'script', 'search', 'section',
  'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead',
  'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
]);
/** names whose end tag htmlparser2 also uses to track foreign (SVG, MathML) content: left to it */
const FOREIGN = new Set(['math', 'svg', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** what a start tag closes first, up to the table: a cell closes the open cell, a row the open row… */
const CLOSES: Record<string, Set<string>> = {
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['tr']),
  tbody: new Set(['tbody', 'thead', 'tfoot']),
  thead: new Set(['tbody', 'thead', 'tfoot']),
  tfoot: new Set(['tbody', 'thead', 'tfoot']),
};

/** Would a browser ignore this end tag, the element being at `pos` of the stack (0 = the current node)? */
function outOfScope(stack: readonly string[], name: string, pos: number): boolean {
  if (TABLE_PARTS.has(name)) {
    for (let i = 0; i < pos; i++) if (stack[i] === 'table' || stack[i] === 'template') return true;
    return false;
  }
  const stops = FORMATTING.has(name) || SPECIAL.has(name) ? SCOPE_BOUNDARY : SPECIAL;
  for (let i = 0; i < pos; i++) if (stops.has(stack[i]!)) return true;
  return false;
}

/** tag and attribute names as read (a short slice of the page) → lower-cased and internalized */
const NAMES = new Map<string, string>();
const NAMES_KEPT = 4000;

/**
 * A tag's or attribute's name lower-cased, as the one string V8 keeps for it (a property key is
 * internalized): htmlparser2 made a fresh lower-cased copy of every name, which each Set and Map
 * of tag names then hashed and compared by content, and which an attribute object's key had to be
 * looked up in V8's string table to become. A page has a few dozen distinct names. Only a name
 * under 13 characters is remembered: a longer slice points into the page's text, kept alive with it.
 */
function canonicalName(raw: string): string {
  let name = NAMES.get(raw);
  if (name === undefined) {
    name = Object.keys({ [raw.toLowerCase()]: 0 })[0]!;
    if (raw.length < 13 && NAMES.size < NAMES_KEPT) NAMES.set(raw, name);
  }
  return name;
}

/**
 * Public identifiers that put a document in quirks mode (the HTML standard, "the initial insertion
 * mode"), as prefixes, lower-cased; and the two that do only without a system identifier.
 */
const QUIRKS_PUBLIC =
  /^(?:\+\/\/silmaril\/\/dtd html pro v0r11 19970101\/\/|-\/\/as\/\/dtd html 3\.0 aswedit \+ extensions\/\/|-\/\/advasoft ltd\/\/dtd html 3\.0 aswedit \+ extensions\/\/|-\/\/ietf\/\/dtd html|-\/\/metrius\/\/dtd metrius presentational\/\/|-\/\/microsoft\/\/dtd internet explorer [23]\.0 (?:html strict|html|tables)\/\/|-\/\/netscape comm\. corp\.\/\/dtd (?:strict )?html\/\/|-\/\/o'reilly and associates\/\/dtd html (?:2\.0|extended 1\.0|extended relaxed 1\.0)\/\/|-\/\/sq\/\/dtd html 2\.0 hotmetal \+ extensions\/\/|-\/\/softquad(?: software)?\/\/dtd hotmetal pro [46]\.0::|-\/\/spyglass\/\/dtd html 2\.0 extended\/\/|-\/\/sun microsystems corp\.\/\/dtd hotjava (?:strict )?html\/\/|-\/\/w3c\/\/dtd html (?:3 1995-03-24|3\.2 draft|3\.2 final|3\.2|3\.2s draft|4\.0 frameset|4\.0 transitional|experimental 19960712|experimental 970421)\/\/|-\/\/w3c\/\/dtd w3 html\/\/|-\/\/w3o\/\/dtd w3 html 3\.0\/\/|-\/\/webtechs\/\/dtd mozilla html(?: 2\.0)?\/\/)/;
const QUIRKS_PUBLIC_WITHOUT_SYSTEM = /^-\/\/w3c\/\/dtd html 4\.01 (?:frameset|transitional)\/\//;

/**
 * Does this doctype (htmlparser2's processing instruction data, "!DOCTYPE html PUBLIC …") put the
 * document in quirks mode? Limited-quirks counts as no quirks here: the tree is built alike.
 */
export function doctypeQuirks(data: string): boolean {
  const m = /^!doctype\s+([^\s>]+)(?:\s+public\s*(?:"([^"]*)"|'([^']*)')(?:\s*(?:"([^"]*)"|'([^']*)'))?|\s+system\s*(?:"([^"]*)"|'([^']*)'))?/i.exec(data.trim());
  if (!m || m[1]!.toLowerCase() !== 'html') return true;
  const publicId = (m[2] ?? m[3])?.toLowerCase();
  const systemId = m[4] ?? m[5] ?? m[6] ?? m[7];
  if (systemId?.toLowerCase() === 'http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd') return true;
  if (publicId === undefined) return false;
  if (publicId === '-//w3o//dtd w3 html strict 3.0//en//' || publicId === '-/w3c/dtd html 4.0 transitional/en' || publicId === 'html') return true;
  if (QUIRKS_PUBLIC.test(publicId)) return true;
  return systemId === undefined && QUIRKS_PUBLIC_WITHOUT_SYSTEM.test(publicId);
}

/** htmlparser2's handler, and what ScopedParser tells it besides: the end tag of a formatting element not open */
export interface ScopedHandler extends Partial<Handler> {
  onstrayformattingend?(name: string): void;
}

export class ScopedParser extends (Parser as unknown as new (cbs: Partial<Handler>, options?: ParserOptions) => ParserInternals) {
  /**
   * Quirks mode, told by the doctype before the first tag (none: quirks, as a browser has it). It
   * changes one thing in the tree: a <table> does not close an open <p> (Word and old CMS pages
   * without a doctype put tables in paragraphs: the table stays inside it in the browser).
   */
  quirks = true;
  private sawTag = false;

  /** The page's doctype, as htmlparser2 hands it over: heeded only before the first tag. */
  doctype(data: string): void {
    if (!this.sawTag) this.quirks = doctypeQuirks(data);
  }

  /** Closes the top `count` open elements, as a browser's implied end tags do. */
  private closeTop(count: number): void {
    for (let i = 0; i < count; i++) this.cbs.onclosetag?.(this.stack.shift()!, true);
  }

  /** a <head> was opened: a second one is ignored */
  private sawHead = false;

  /**
   * Does a browser ignore this start tag (the HTML standard's "in body" mode)? A table part with
   * no table open (the rows after a stray </table>: their text runs on in the page), a second
   * <html>, <head> or <body> (a whole Word document pasted into a CMS's content), a <form> inside
   * an open form (ASP.NET pages hold the whole page in one; approximately the standard's form
   * element pointer).
   */
  private ignores(name: string): boolean {
    const stack = this.stack;
    switch (name) {
      case 'html':
        return stack.length > 0;
      // inside an open element other than <html> the body has begun (a 百度快照 banner's <div>
      // before the page's own doctype, <html> and <body>): a browser ignores <head> and <body> there
      case 'head':
        if (this.sawHead || stack.includes('body') || openInBody(stack)) return true;
        this.sawHead = true;
        return false;
      case 'body':
        return stack.includes('body') || openInBody(stack);
      case 'form':
        return stack.includes('form');
      default:
        if (!IN_TABLE_ONLY.has(name)) return false;
        for (let i = 0; i < stack.length; i++) if (stack[i] === 'table' || stack[i] === 'template') return false;
        return true;
    }
  }

  override emitOpenTag(name: string): void {
    this.sawTag = true;
    if (IGNORABLE.has(name) && this.ignores(name)) {
      // no element: htmlparser2 reads the attributes into nothing and hands nothing on
      this.openTagStart = this.startIndex;
      this.tagname = '';
      this.attribs = null;
      return;
    }
    if (TABLE_START.has(name)) this.closeForTablePart(name);
    if (CLOSES_P.has(name)) this.closeForBlock(name);
    if (name === 'table' && this.quirks && this.stack[0] === 'p') {
      // htmlparser2 closes the <p> for every document; in quirks mode a browser nests the table
      this.stack[0] = '';
      super.emitOpenTag(name);
      this.stack[1] = 'p';
      return;
    }
    // every name CLOSES knows starts with t: one char code for the other tags
    const closes = name.charCodeAt(0) === 116 ? CLOSES[name] : undefined;
    if (closes) {
      const stack = this.stack;
      let at = -1;
      for (let i = 0; i < stack.length; i++) {
        if (closes.has(stack[i]!)) {
          at = i;
          break;
        }
        if (stack[i] === 'table' || stack[i] === 'template') break;
      }
      for (let i = 0; i <= at; i++) this.cbs.onclosetag?.(stack.shift()!, true);
    }
    super.emitOpenTag(name);
  }

  /**
   * The HTML standard's "in caption", "in column group" and "in table" modes for a start tag in a
   * table, where htmlparser2 nests it in whatever is open:
   *  - a row, cell, row group, column or caption closes an open <caption> (an editor's caption
   *    left unclosed held the whole table, and the checker found no table 三 in it);
   *  - anything but a <col> closes an open <colgroup> (WPS and Excel leave it unclosed: the rows
   *    stood inside it, out of the table's rows);
   *  - a <table> in a table's structure, not in a cell, closes that table and starts a new one
   *    after it (Word's header table left open before the figures' table: Chromium reads two
   *    tables; htmlparser2 nested the second in the first).
   */
  private closeForTablePart(name: string): void {
    const stack = this.stack;
    if (stack[0] === 'colgroup' && name !== 'col' && name !== 'template') this.closeTop(1);
    if (name === 'table') {
      for (let i = 0; i < stack.length; i++) {
        const open = stack[i]!;
        if (open === 'table') {
          this.closeTop(i + 1);
          return;
        }
        if (open === 'td' || open === 'th' || open === 'caption' || open === 'template' || open === 'html') return;
      }
      return;
    }
    if (name === 'template') return;
    for (let i = 0; i < stack.length; i++) {
      const open = stack[i]!;
      if (open === 'caption') {
        this.closeTop(i + 1);
        return;
      }
      if (open === 'table' || open === 'template' || open === 'html') return;
    }
  }

  /**
   * Set while a block's start tag closes an open <p> and what is open in it: the formatting
   * elements closed then are reopened where the text goes on (light-parse.ts, the standard's
   * "reconstruct the active formatting elements").
   */
  closingP = false;
  /** counts the times closingP was set */
  closingRun = 0;

  /**
   * The HTML standard's "in body" rules for a block's start tag, where htmlparser2 closes only
   * the current node: an <li> closes the open <li> (a <dd> or <dt> the open <dd> or <dt>) through
   * the phrasing elements in it, the block closes a <p> in button scope whatever is open inside it
   * (`<p><font><table>`: the table follows the paragraph in a no-quirks page, as Chromium has it;
   * `<p><span><p>`, Word's list paragraphs in a span), and a heading closes a heading.
   */
  private closeForBlock(name: string): void {
    const stack = this.stack;
    if (name === 'li' || name === 'dd' || name === 'dt') {
      for (let i = 0; i < stack.length; i++) {
        const open = stack[i]!;
        if (name === 'li' ? open === 'li' : open === 'dd' || open === 'dt') {
          this.closeTop(i + 1);
          break;
        }
        if (SPECIAL.has(open) && open !== 'address' && open !== 'div' && open !== 'p') break;
      }
    }
    if (!(name === 'table' && this.quirks)) {
      for (let i = 0; i < stack.length; i++) {
        const open = stack[i]!;
        if (open === 'p') {
          this.closingP = true;
          this.closingRun++;
          this.closeTop(i + 1);
          this.closingP = false;
          break;
        }
        if (SCOPE_BOUNDARY.has(open) || open === 'button') break;
      }
    }
    if (HEADINGS.has(name) && HEADINGS.has(stack[0]!)) this.closeTop(1);
  }

  override ontext(start: number, endIndex: number): void {
    // text in an open <colgroup> closes it (the standard's "in column group" mode): it is then fostered
    if (this.sawTag && this.stack[0] !== 'colgroup') return super.ontext(start, endIndex);
    // htmlparser2's own ontext, the slice read once (getSlice lets go of the text it has read)
    const data = this.getSlice(start, endIndex);
    if (/[^\t\n\f\r ]/.test(data)) {
      // text before the doctype (a CMS include's stray output) puts the page in quirks mode: the doctype after it is none
      this.sawTag = true;
      if (this.stack[0] === 'colgroup') this.closeTop(1);
    }
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(data);
    this.startIndex = endIndex;
  }

  override onopentagname(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.emitOpenTag(canonicalName(this.getSlice(start, endIndex)));
  }

  override onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    this.attribname = canonicalName(this.getSlice(start, endIndex));
  }

  /** the end tag onclosetag last read, and where it was: see getSlice */
  private closeStart = -1;
  private closeEnd = -1;
  private closeName = '';

  /**
   * htmlparser2's getSlice drops the pieces of text (cli/load-page.ts decodeInPieces) before `end`
   * as it reads: an end tag's name spanning two pieces, read by onclosetag here and again by
   * htmlparser2's own onclosetag when this one hands it on, was gone the second time.
   */
  override getSlice(start: number, end: number): string {
    if (start === this.closeStart && end === this.closeEnd) return this.closeName;
    return super.getSlice(start, end);
  }

  override onclosetag(start: number, endIndex: number): void {
    const raw = this.getSlice(start, endIndex);
    this.closeStart = start;
    this.closeEnd = endIndex;
    this.closeName = raw;
    const name = canonicalName(raw);
    if (name === 'body' || name === 'html') {
      // a browser's </body> and </html> close nothing: what follows them is read into the body
      this.endIndex = endIndex;
      this.startIndex = endIndex + 1;
      return;
    }
    if (this.stack[0] === name && !FOREIGN.has(name)) {
      // the common case, the current node's end tag, done here: htmlparser2's own would read the name again
      this.endIndex = endIndex;
      this.stack.shift();
      this.cbs.onclosetag?.(name, false);
      this.startIndex = endIndex + 1;
      return;
    }
    const pos = this.stack.indexOf(name);
    if (pos < 0 && FORMATTING.has(name)) (this.cbs as ScopedHandler).onstrayformattingend?.(name);
    if (pos > 0 && outOfScope(this.stack, name, pos)) {
      this.endIndex = endIndex;
      this.startIndex = endIndex + 1;
      return;
    }
    super.onclosetag(start, endIndex);
  }
}
