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
 * Geometry only, on boxes given; the panel reads them (panel.tsx).
 */
import { FLASH_ATTR, JUMP } from './page-marks.ts';
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
/** The strip's greatest height, as a share of the window's (panel-css.ts: .lens[data-strip] max-height 40vh). */
export const STRIP_SHARE = 0.4;

/** What the panel does for a jump: stay (null), the other side, the strip along the window's foot, or its badge. */
export type Dodge = Dock | 'strip' | 'fold' | null;

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

/** The strip the panel shrinks to in a narrow window: the window's width, at most STRIP_SHARE of its height, at its foot. */
export function stripBox(panel: Box, view: Pick<Viewport, 'width' | 'height'>): Box {
  const height = Math.min(panel.bottom - panel.top, view.height * STRIP_SHARE);
  return { left: EDGE, right: view.width - EDGE, top: view.height - EDGE - height, bottom: view.height - EDGE };
}

/**
 * What the panel does for a jump to `target` (the box the page scrolls to the middle, before the scroll): null, stay
 * (the target shows, at least half of it); the other side ('left' | 'right') when it shows there; 'strip' when the
 * strip along the window's foot leaves it to see; 'fold' when nothing does. `pieces`: what is judged, where it is more
 * than the target's box (a quote's every line, before the scroll; panel-dodge reads them in jumpOf).
 */
export function dodgeFor(panel: Box, side: Dock, target: Box, view: Viewport, pieces: readonly Box[] = [target]): Dodge {
  const dy = afterCentre(target, view).top - target.top;
  const landed = pieces.map((p) => ({ left: p.left, right: p.right, top: p.top + dy, bottom: p.bottom + dy }));
  if (clearShare(landed, panel) >= 0.5) return null;
  const width = panel.right - panel.left;
  const other: Dock = side === 'right' ? 'left' : 'right';
  const left = other === 'left' ? EDGE : view.width - EDGE - width;
  const moved = { left, right: left + width, top: panel.top, bottom: panel.bottom };
  if (clearShare(landed, moved) >= 0.5) return other;
  return clearShare(landed, stripBox(panel, view)) >= 0.5 ? 'strip' : 'fold';
}

/** The last jump (page-marks.ts marks what it flashes as its jump `FLASH_ATTR="jump"`): the box scrolled to, and its pieces. */
export interface JumpAt {
  /** the first element marked, which the page scrolled to the middle */
  target: Box;
  /** every line of every element marked (a quote's pieces; a cell's one box) */
  pieces: Box[];
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
    if (found) return found;
  }
  return null;
}

/** dodgeFor for the panel's element after a jump: its box, the window's, and where the jump landed; null without one. */
export function dodgeOf(panel: HTMLElement, side: Dock): Dodge {
  const doc = panel.ownerDocument;
  const win = doc.defaultView;
  const jump = jumpOf(doc);
  if (!win || !jump) return null;
  const root = doc.scrollingElement ?? doc.documentElement;
  const view = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight, scrollY: win.scrollY, maxScrollY: root.scrollHeight - root.clientHeight };
  return dodgeFor(panel.getBoundingClientRect(), side, jump.target, view, jump.pieces);
}
