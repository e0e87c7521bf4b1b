/**
 * The page read for the panel's dodge (panel-dodge.ts's geometry; split from it, ux92): where the last jump landed (in
 * the page or in a frame of its site), the bands the page keeps fixed at the window's top and foot, and the height the
 * strip's list wants.
 */
import { ATTR, FLASH_ATTR, JUMP } from './page-marks.ts';
import type { Dock } from './settings-read.ts';
import type { JumpPlace } from './panel-strip.ts';
import { afterCentre, dodgeFor, stripScroll, STRIP_SHARE, type Box, type Dodge, type StripFit } from './panel-dodge.ts';

/** The last jump (page-marks.ts marks what it flashes as its jump `FLASH_ATTR="jump"`): the box scrolled to, and its pieces. */
export interface JumpAt {
  /** the first element marked, which the page scrolled to the middle */
  target: Box;
  /** every line of every element marked (a quote's pieces; a cell's one box) */
  pieces: Box[];
  /** in a frame of the page */
  inFrame?: boolean;
  /** the page's box that scrolls its text, where the window does not (innerScroller) */
  scroller?: HTMLElement;
}

/**
 * The box the page scrolls its text in, where the window itself does not scroll (ux93: a portal whose article scrolls in
 * an overflow:auto <main> the window's height; the jump was judged where it stood before the box's scroll, far below the
 * window, and the full panel stayed over the cell the box then centred): the jump's nearest ancestor that scrolls
 * vertically and is at least two thirds of the window's height (a table's own box scrolling sideways is none). null:
 * the window scrolls, or no such box.
 */
export function innerScroller(el: Element): HTMLElement | null {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  const root = doc.scrollingElement ?? doc.documentElement;
  if (!win || root.scrollHeight > root.clientHeight + 1) return null;
  for (let at = el.parentElement; at && at !== doc.body && at !== doc.documentElement; at = at.parentElement) {
    if (at.scrollHeight <= at.clientHeight + 1 || !/auto|scroll|overlay/.test(win.getComputedStyle(at).overflowY)) continue;
    return at.clientHeight >= (win.innerHeight * 2) / 3 ? at : null;
  }
  return null;
}

/** An element's line boxes, moved by (dx, dy); its box where it reports none (happy-dom draws no lines). */
function linesOf(el: Element, dx: number, dy: number): Box[] {
  const rects = Array.from(el.getClientRects?.() ?? []).filter((r) => r.right > r.left);
  const boxes: Box[] = rects.length > 0 ? rects : [el.getBoundingClientRect()];
  return boxes.map((r) => ({ left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy }));
}

/**
 * The jump's elements in `doc`, in the top window's coordinates (a frame's offset by its content box, and by where its
 * own scroll, begun by the jump, will bring them: a frame scrolling inside itself centres them in its window first).
 */
function jumpIn(doc: Document, dx: number, dy: number, frame = false): JumpAt | null {
  const els = Array.from(doc.querySelectorAll(`[${FLASH_ATTR}="${JUMP}"]`));
  if (els.length === 0) return null;
  const r = els[0]!.getBoundingClientRect();
  const root = doc.scrollingElement ?? doc.documentElement;
  const win = doc.defaultView;
  const inner = frame && win && root.scrollHeight > root.clientHeight ? afterCentre(r, { width: root.clientWidth, height: root.clientHeight, scrollY: win.scrollY, maxScrollY: root.scrollHeight - root.clientHeight }).top - r.top : 0;
  const scroller = frame ? null : innerScroller(els[0]!);
  return { ...(scroller && { scroller }), target: { left: r.left + dx, right: r.right + dx, top: r.top + dy + inner, bottom: r.bottom + dy + inner }, pieces: els.flatMap((el) => linesOf(el, dx, dy + inner)) };
}

/**
 * Where the last jump landed: in the page, or in a frame of the same origin (a report shown in an iframe), offset by
 * the frame's box.
 */
export function jumpOf(doc: Document): JumpAt | null {
  const here = jumpIn(doc, 0, 0);
  if (here) return here;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      continue; // another origin's frame: its page is not ours to read
    }
    const f = frame.getBoundingClientRect();
    const found = inner && jumpIn(inner, f.left + frame.clientLeft, f.top + frame.clientTop, true);
    if (found) return { ...found, inFrame: true };
  }
  return null;
}

/**
 * The page's fixed or sticky elements met at the window's edge row `y` (at a quarter, half and three quarters of its
 * width, under the lens's own host), not taller than a third of the window (a fixed full-page layer is no band).
 */
function bandsAt(doc: Document, y: number): Box[] {
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return [];
  const width = doc.documentElement.clientWidth || win.innerWidth;
  const out: Box[] = [];
  for (const x of [width / 4, width / 2, (3 * width) / 4]) {
    // the page's element under the lens's own host (the full panel reaches to 16 px of the window's foot)
    const stack = typeof doc.elementsFromPoint === 'function' ? doc.elementsFromPoint(x, y) : [doc.elementFromPoint(x, y)];
    const under = stack.find((e) => e && e.getAttribute(ATTR) !== 'panel') ?? null;
    for (let el = under; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
      const position = win.getComputedStyle(el).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const r = el.getBoundingClientRect();
      if (r.bottom - r.top <= win.innerHeight / 3) out.push(r);
      break;
    }
  }
  return out;
}

/**
 * Where a band the page keeps at the window's top ends (a portal's fixed header over the text, odd-scroll-fixed.html):
 * the lowest bottom of a band met at the window's top edge; 0 without one.
 */
export function fixedTopOf(doc: Document): number {
  return bandsAt(doc, 1).reduce((b, r) => (r.top <= 1 && r.bottom > 0 ? Math.max(b, r.bottom) : b), 0);
}

/**
 * How tall a band the page keeps at the window's foot is (ux92: a gov.cn portal's 无障碍 / 长者模式 / 返回顶部 bar, under
 * the strip while it showed, its buttons out of reach): from the highest top of a band met at the window's foot edge to
 * the window's foot; 0 without one.
 */
export function fixedFootOf(doc: Document): number {
  const height = doc.documentElement.clientHeight || doc.defaultView?.innerHeight || 0;
  return bandsAt(doc, height - 2).reduce((b, r) => (r.bottom >= height - 1 && r.top < height ? Math.max(b, height - r.top) : b), 0);
}

/** The strip's least height: its bar and about one finding. */
export const STRIP_LEAST = 120;

/**
 * The height the strip wants (ux92: 40 % of the window for a list of two findings): its bar and the findings' section
 * with the content's padding, at least STRIP_LEAST (at most STRIP_SHARE of the window: stripBox); null where the panel
 * has no findings' section, or draws none (nothing measured).
 */
export function stripWants(panel: HTMLElement): number | null {
  const bar = panel.querySelector('.bar')?.getBoundingClientRect();
  const list = panel.querySelector('button.finding')?.closest('section')?.getBoundingClientRect();
  if (!bar || !list || list.bottom - list.top <= 0) return null;
  // the content's padding (10 + 12) and the panel's border
  return Math.max(STRIP_LEAST, Math.ceil(bar.bottom - bar.top + list.bottom - list.top + 24));
}

/** What the panel does for a jump, where the page is to be scrolled for it (the strip's: aboveStrip), or null, and the strip's fit. */
export interface DodgeAt {
  to: Dodge;
  scrollY: number | null;
  fit: StripFit;
  /** where the jump stands in the page, for the strip lowered while the reader reads away from it (panel-strip.ts) */
  place: JumpPlace;
  /** what scrolls for the jump: the window, or the page's box that scrolls its text (innerScroller) */
  scroller: Window | HTMLElement;
}

/** The window's rows a box shows (its client box: inside its borders, above a sideways scrollbar). */
function rowsOf(box: HTMLElement): { top: number; bottom: number } {
  const top = box.getBoundingClientRect().top + box.clientTop;
  return { top, bottom: top + box.clientHeight };
}

/**
 * dodgeFor for the panel's element after a jump: its box, the window's, and where the jump landed; null without one.
 * `strip`: the panel is the strip already. A jump in a frame is placed by the top window's scroll too (ux92: a frame's
 * jump stood where the frame's own scroll put it, at the window's middle, the strip's top edge at 450 px).
 */
export function dodgeOf(panel: HTMLElement, side: Dock, strip = false): DodgeAt | null {
  const doc = panel.ownerDocument;
  const win = doc.defaultView;
  const jump = jumpOf(doc);
  if (!win || !jump) return null;
  // a page scrolling its text in a box the window's height: the box's scroll stands for the window's
  const root = jump.scroller ?? doc.scrollingElement ?? doc.documentElement;
  const rows = jump.scroller && rowsOf(jump.scroller);
  const view = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight, scrollY: jump.scroller ? root.scrollTop : win.scrollY, maxScrollY: root.scrollHeight - root.clientHeight, ...(rows && { rows }) };
  const box = panel.getBoundingClientRect();
  const wants = stripWants(panel);
  const fit: StripFit = { top: fixedTopOf(doc), foot: fixedFootOf(doc), height: wants === null ? null : Math.min(wants, view.height * STRIP_SHARE) };
  const to = dodgeFor(box, side, jump.target, view, jump.pieces, strip, fit);
  const scrollY = to === 'strip' || to === 'strip-top' ? stripScroll(to, jump.pieces, view, box, fit) : null;
  const place = { top: Math.min(...jump.pieces.map((p) => p.top)) + view.scrollY, bottom: Math.max(...jump.pieces.map((p) => p.bottom)) + view.scrollY, scrollY };
  return { to, scrollY, fit, place, scroller: jump.scroller ?? win };
}
