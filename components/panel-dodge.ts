/**
 * A finding's jump that would land under the panel (ux86). The page scrolls its cell to the middle of the window
 * (page-marks.ts scrollTo: block 'center'), but a report's table spans the page's width and the panel, 360 px wide
 * and nearly the window's height, stands over its right-hand columns: at 1280 px table 四's 总计 column, at a
 * half-screen window of 800 px every column right of the middle. The cell flashed where nobody could see it, and the
 * jump looked like a control that does nothing. Here, where the cell will stand once scrolled, and whether the panel
 * covers it there: then the panel stands on the other side for as long as the reader leaves it (not saved: the dock
 * the reader chose stays theirs), or, in a window too narrow for any side to leave the cell clear, shrinks to a strip
 * along the window's foot (the cell is scrolled to the middle, above it: ux90), the list open where the reader left it,
 * and folds to its badge only where the strip would cover the cell too (a cell the page cannot scroll up from its foot).
 * A quote is judged by every line of it the jump flashes (its pieces' client rects), not by its first piece's box: a
 * quote wider than the window's free side started left of the panel and ran on under it (ux88's walk).
 * For the strip the page is scrolled on, the jump's middle to the middle of the window's part above the strip, below a
 * band the page keeps fixed at its top (ux91: centred in the window, its middle stood at the strip's top edge; at 200 %
 * zoom half of a cell or a quote's last lines were under it).
 * Geometry on boxes given (the panel reads them: panel.tsx), and where the page's fixed top band ends (fixedTopOf).
 */
import { ATTR, FLASH_ATTR, JUMP } from './page-marks.ts';
import type { Dock } from './settings-read.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
  /** how far the page is scrolled, and how far it can be */
  scrollY: number;
  maxScrollY: number;
}

/** The panel's distance from the window's side (panel-css.ts: [data-dock] 12px). */
const EDGE = 12;
/** The full panel's width (panel-css.ts .lens width). */
const PANEL_WIDTH = 360;
/** The strip's greatest height, as a share of the window's (panel-css.ts: .lens[data-strip] max-height 40vh). */
export const STRIP_SHARE = 0.4;

/**
 * What the panel does for a jump: stay (null), the other side, the strip along the window's foot, the strip along its
 * top (a jump at the page's foot, which the page cannot scroll up above a strip at the window's foot), or its badge.
 */
export type Dodge = Dock | 'strip' | 'strip-top' | 'fold' | null;

/** Where `target` stands once scrollIntoView({ block: 'center' }) has scrolled the page, as far as the page can scroll. */
export function afterCentre(target: Box, view: Viewport): Box {
  const want = (target.top + target.bottom) / 2 - view.height / 2;
  const dy = Math.min(Math.max(want, -view.scrollY), Math.max(0, view.maxScrollY - view.scrollY));
  return { left: target.left, right: target.right, top: target.top - dy, bottom: target.bottom - dy };
}

/**
 * How much of the target the panel leaves to see (1: all of it): of its area, summed over its pieces (a quote's lines,
 * each its own rect) when it has more than one. By area, not width alone: a tall cell of a 400 px window whose foot
 * the strip covers shows the rest of it (a cell the panel overlapped by a pixel was all covered).
 */
function clearShare(pieces: readonly Box[], panel: Box): number {
  let area = 0;
  let covered = 0;
  for (const p of pieces) {
    const w = p.right - p.left;
    if (w <= 0) continue;
    const h = Math.max(1, p.bottom - p.top);
    area += w * h;
    const over = Math.max(0, Math.min(p.right, panel.right) - Math.max(p.left, panel.left));
    covered += over * Math.max(0, Math.min(p.top + h, panel.bottom) - Math.max(p.top, panel.top));
  }
  return area <= 0 ? 1 : 1 - covered / area;
}

/**
 * The strip the panel shrinks to in a narrow window: the window's width, at most STRIP_SHARE of its height, at its foot
 * (at its top: `atTop`).
 */
export function stripBox(panel: Box, view: Pick<Viewport, 'width' | 'height'>, atTop = false): Box {
  const height = Math.min(panel.bottom - panel.top, view.height * STRIP_SHARE);
  const top = atTop ? EDGE : view.height - EDGE - height;
  return { left: EDGE, right: view.width - EDGE, top, bottom: top + height };
}

/**
 * Where the page is to be scrolled for the strip `to` ('strip': the jump above the strip at the window's foot, below the
 * page's fixed band `top`; 'strip-top': below the strip at the window's top).
 */
export function stripScroll(to: 'strip' | 'strip-top', pieces: readonly Box[], view: Viewport, panel: Box, top = 0): number {
  return to === 'strip' ? aboveStrip(pieces, view, stripBox(panel, view), top) : placeIn(pieces, view, stripBox(panel, view, true).bottom, view.height);
}

/** The margin kept between the jump placed above the strip and the room's edges. */
const ROOM_MARGIN = 8;

/** The box around every piece (a quote's lines). */
function unionOf(pieces: readonly Box[]): Box {
  return pieces.reduce((u, p) => ({ left: Math.min(u.left, p.left), top: Math.min(u.top, p.top), right: Math.max(u.right, p.right), bottom: Math.max(u.bottom, p.bottom) }));
}

/**
 * Where the page is to be scrolled (its scrollY) to show `pieces` in the window's room from `roomTop` to `roomBottom`
 * (a margin inside each): their middle at the room's middle, or, taller than the room, their top at its top; as far as
 * the page can scroll.
 */
export function placeIn(pieces: readonly Box[], view: Viewport, roomTop: number, roomBottom: number): number {
  const u = unionOf(pieces);
  const from = roomTop + ROOM_MARGIN;
  const to = roomBottom - ROOM_MARGIN;
  const h = u.bottom - u.top;
  const at = h <= to - from ? (from + to - h) / 2 : from;
  return Math.min(Math.max(0, view.scrollY + u.top - at), Math.max(view.scrollY, view.maxScrollY));
}

/**
 * placeIn the room above `strip`, below `top` (where a band the page keeps fixed at the window's top ends; 0 without
 * one).
 */
export function aboveStrip(pieces: readonly Box[], view: Viewport, strip: Box, top = 0): number {
  return placeIn(pieces, view, top, strip.top);
}

/** `pieces` moved as the page's scroll from view.scrollY to `scrollY` moves them. */
const scrolled = (pieces: readonly Box[], view: Viewport, scrollY: number): Box[] =>
  pieces.map((p) => ({ left: p.left, right: p.right, top: p.top - (scrollY - view.scrollY), bottom: p.bottom - (scrollY - view.scrollY) }));

/**
 * What the panel does for a jump to `target` (the box the page scrolls to the middle, before the scroll): null, stay
 * (the target shows, at least half of it); the other side ('left' | 'right') when it shows there; 'strip' when the
 * strip along the window's foot leaves it to see, the page scrolled on to put it above the strip (aboveStrip); else
 * 'strip-top' when one along the window's top does (a jump at the page's foot: ux91's walk, a quote in section 六 of
 * qualified-parts-wrong-2022 folded the panel at 400 px); 'fold' when nothing does. `pieces`: what is judged, where it is more than the target's box (a quote's every line, before the
 * scroll; panel-dodge reads them in jumpOf). `strip`: the panel is the strip already (its box `panel`), and stays it
 * unless it must fold. `top`: where the page's fixed band at the window's top ends (fixedTopOf).
 */
export function dodgeFor(panel: Box, side: Dock, target: Box, view: Viewport, given: readonly Box[] = [target], strip = false, top = 0): Dodge {
  // scrollIntoView's inline 'nearest': a cell right of the window (a wide table in its own scrolling box, or the page
  // scrolled sideways) comes in at the window's right edge, one left of it at its left (ux91: judged where it stood, off
  // the window, the panel stayed over it)
  const dx = target.right > view.width ? Math.max(view.width - target.right, -target.left) : target.left < 0 ? -target.left : 0;
  const pieces = dx === 0 ? given : given.map((p) => ({ ...p, left: p.left + dx, right: p.right + dx }));
  if (!strip) {
    const dy = afterCentre(target, view).top - target.top;
    const landed = pieces.map((p) => ({ left: p.left, right: p.right, top: p.top + dy, bottom: p.bottom + dy }));
    if (clearShare(landed, panel) >= 0.5) return null;
    const width = panel.right - panel.left;
    const other: Dock = side === 'right' ? 'left' : 'right';
    const left = other === 'left' ? EDGE : view.width - EDGE - width;
    const moved = { left, right: left + width, top: panel.top, bottom: panel.bottom };
    if (clearShare(landed, moved) >= 0.5) return other;
  }
  // the strip as stripBox draws it (the strip's own box when it is one already): at the window's foot, else at its top
  for (const to of ['strip', 'strip-top'] as const) {
    const shown = scrolled(pieces, view, stripScroll(to, pieces, view, panel, top));
    if (clearShare(shown, stripBox(panel, view, to === 'strip-top')) >= 0.5) return to;
  }
  return 'fold';
}

/**
 * The window wide enough again for the full panel (the reader widened it, or zoomed out): twice the panel's width and
 * its margins, where a side leaves the page as wide a column as the panel (ux91: widened from 400 px to 1280, the
 * strip stayed across the window's foot).
 */
export function stripEnds(width: number): boolean {
  return width >= 2 * (PANEL_WIDTH + 2 * EDGE);
}

/** The last jump (page-marks.ts marks what it flashes as its jump `FLASH_ATTR="jump"`): the box scrolled to, and its pieces. */
export interface JumpAt {
  /** the first element marked, which the page scrolled to the middle */
  target: Box;
  /** every line of every element marked (a quote's pieces; a cell's one box) */
  pieces: Box[];
  /** in a frame of the page (the top window's scroll does not place it) */
  inFrame?: boolean;
}

/** An element's line boxes, moved by (dx, dy); its box where it reports none (happy-dom draws no lines). */
function linesOf(el: Element, dx: number, dy: number): Box[] {
  const rects = Array.from(el.getClientRects?.() ?? []).filter((r) => r.right > r.left);
  const boxes: Box[] = rects.length > 0 ? rects : [el.getBoundingClientRect()];
  return boxes.map((r) => ({ left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy }));
}

/** The jump's elements in `doc`, in the top window's coordinates (a frame's offset by its box). */
function jumpIn(doc: Document, dx: number, dy: number): JumpAt | null {
  const els = Array.from(doc.querySelectorAll(`[${FLASH_ATTR}="${JUMP}"]`));
  if (els.length === 0) return null;
  const r = els[0]!.getBoundingClientRect();
  return { target: { left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy }, pieces: els.flatMap((el) => linesOf(el, dx, dy)) };
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
    const found = inner && jumpIn(inner, f.left, f.top);
    if (found) return { ...found, inFrame: true };
  }
  return null;
}

/**
 * Where a band the page keeps at the window's top ends (a portal's fixed header over the text, odd-scroll-fixed.html):
 * the lowest bottom of a fixed or sticky element met at the window's top edge, at a quarter, half and three quarters of
 * its width, not taller than a third of the window (a fixed full-page layer is no band); 0 without one. The lens's own
 * host is no band.
 */
export function fixedTopOf(doc: Document): number {
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return 0;
  const width = doc.documentElement.clientWidth || win.innerWidth;
  let bottom = 0;
  for (const x of [width / 4, width / 2, (3 * width) / 4]) {
    for (let el = doc.elementFromPoint(x, 1); el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
      if (el.getAttribute(ATTR) === 'panel') break;
      const position = win.getComputedStyle(el).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const r = el.getBoundingClientRect();
      if (r.top <= 1 && r.bottom > 0 && r.bottom - r.top <= win.innerHeight / 3) bottom = Math.max(bottom, r.bottom);
      break;
    }
  }
  return bottom;
}

/** What the panel does for a jump, and where the page is to be scrolled for it (the strip's: aboveStrip), or null. */
export interface DodgeAt {
  to: Dodge;
  scrollY: number | null;
}

/**
 * dodgeFor for the panel's element after a jump: its box, the window's, and where the jump landed; null without one.
 * `strip`: the panel is the strip already.
 */
export function dodgeOf(panel: HTMLElement, side: Dock, strip = false): DodgeAt | null {
  const doc = panel.ownerDocument;
  const win = doc.defaultView;
  const jump = jumpOf(doc);
  if (!win || !jump) return null;
  const root = doc.scrollingElement ?? doc.documentElement;
  const view = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight, scrollY: win.scrollY, maxScrollY: root.scrollHeight - root.clientHeight };
  const box = panel.getBoundingClientRect();
  // a frame's jump is placed by its own scroll (judged where it lands in the middle, as before)
  const top = jump.inFrame ? 0 : fixedTopOf(doc);
  const to = dodgeFor(box, side, jump.target, view, jump.pieces, strip && !jump.inFrame, top);
  const scrollY = (to === 'strip' || to === 'strip-top') && !jump.inFrame ? stripScroll(to, jump.pieces, view, box, top) : null;
  return { to, scrollY };
}
