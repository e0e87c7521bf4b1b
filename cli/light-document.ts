/**
 * The light DOM's document (cli/light-dom.ts holds the nodes): its id index, the head and body as
 * linkedom answered them, its title as a browser gives it, and the TreeWalker the core walks text with.
 */
import { DOCUMENT, LElement, LNode, LText, next, type LDoctype } from './light-dom.ts';
/** NodeFilter's bit for a node type (SHOW_ELEMENT = 1 << 0, SHOW_TEXT = 1 << 2, …). */
const showBit = (type: number) => 1 << (type - 1);
/** NodeFilter.SHOW_ALL: every bit, 0xffffffff (a double, not a small integer: its & with a type's bit converts it at every step) */
const SHOW_ALL = 0xffffffff;

export class LTreeWalker {
  declare currentNode: LNode;
  declare readonly root: LNode;
  declare readonly whatToShow: number;
  /** whatToShow is SHOW_ALL (every walk of the core's, lib/dom/tree-walk.ts): every node is shown, no type to test */
  declare private readonly all: boolean;
  constructor(root: LNode, whatToShow: number) {
    this.root = root;
    this.whatToShow = whatToShow;
    this.currentNode = root;
    this.all = whatToShow === SHOW_ALL;
  }
  nextNode(): LNode | null {
    if (this.all) {
      const n = next(this.currentNode, this.root);
      if (n) this.currentNode = n;
      return n;
    }
    for (let n = next(this.currentNode, this.root); n; n = next(n, this.root)) {
      if (this.whatToShow & showBit(n.nodeType)) return (this.currentNode = n);
    }
    return null;
  }
}

export class LDocument extends LNode {
  declare doctype: LDoctype | null;
  /** id → every element made for this document with that id, in the order made (getElementById) */
  declare readonly idOwners: Map<string, LElement[]>;
  constructor() {
    super(DOCUMENT, null);
    this.doctype = null;
    this.idOwners = new Map();
  }
  /** an element made with an id (LElement's constructor) */
  ownId(id: string, el: LElement): void {
    const owners = this.idOwners.get(id);
    if (owners) owners.push(el);
    else this.idOwners.set(id, [el]);
  }
  get nodeName(): string {
    return '#document';
  }
  override get textContent(): null {
    return null;
  }
  get documentElement(): LElement | null {
    return this.firstElementChild;
  }
  /**
   * linkedom's answers, which the checker's results were built on: the document element's first
   * element child when it is <head>, else a new empty <head> put there (as linkedom's getter does)
   */
  get head(): LElement {
    const html = this.documentElement!;
    let head = html.firstElementChild;
    if (!head || head.localName !== 'head') head = html.insertBefore(new LElement(this, 'head', {}), html.firstChild);
    return head;
  }
  /** the element after <head> when it is <body>, else a new empty <body> put there (linkedom's getter) */
  get body(): LElement {
    const head = this.head;
    let body = head.nextElementSibling;
    if (!body || body.localName !== 'body') body = head.parentNode!.insertBefore(new LElement(this, 'body', {}), head.nextSibling);
    return body;
  }
  /** as a browser gives it: the first <title> of the document, ASCII whitespace stripped and collapsed */
  get title(): string {
    const t = this.querySelector('title');
    return t ? t.textContent.replace(/[\t\n\f\r ]+/g, ' ').trim() : '';
  }
  createElement(name: string): LElement {
    return new LElement(this, name.toLowerCase(), {});
  }
  createTextNode(data: string): LText {
    return new LText(this, data);
  }
  createTreeWalker(root: LNode, whatToShow = 0xffffffff): LTreeWalker {
    return new LTreeWalker(root, whatToShow);
  }
}
