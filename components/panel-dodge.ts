/**
 * A finding's jump that would land under the panel (ux86). The page scrolls its cell to the middle of the window
 * (page-marks.ts scrollTo: block 'center'), but a report's table spans the page's width and the panel, 360 px wide
 * and nearly the window's height, stands over its right-hand columns: at 1280 px table 四's 总计 column, at a
 * half-screen window of 800 px every column right of the middle. The cell flashed where nobody could see it, and the
 * jump looked like a control that does nothing. Here, where the cell will stand once scrolled, and whether the panel
 * covers it there: then the panel stands on the other side for as long as the reader leaves it (not saved: the dock
 * the reader chose stays theirs), or, in a window too narrow for any side to leave the cell clear, folds to its badge.
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

/** Where `target` stands once scrollIntoView({ block: 'center' }) has scrolled the page, as far as the page can scroll. */
export function afterCentre(target: Box, view: Viewport): Box {
  const want = (target.top + target.bottom) / 2 - view.height / 2;
  const dy = Math.min(Math.max(want, -view.scrollY), Math.max(0, view.maxScrollY - view.scrollY));
  return { left: target.left, right: target.right, top: target.top - dy, bottom: target.bottom - dy };
}

/** How much of the target's width the panel leaves to see, where the two stand at the same height (1: all of it). */
function clearShare(target: Box, panel: Box): number {
  const width = target.right - target.left;
  if (width <= 0 || target.bottom <= panel.top || target.top >= panel.bottom) return 1;
  const covered = Math.max(0, Math.min(target.right, panel.right) - Math.max(target.left, panel.left));
  return 1 - covered / width;
}

/**
 * What the panel does for a jump to `target` (its box before the scroll): null, stay (the cell shows, at least half of
 * it); the other side ('left' | 'right') when the cell shows there; 'fold' when neither side leaves it to see.
 */
export function dodgeFor(panel: Box, side: Dock, target: Box, view: Viewport): Dock | 'fold' | null {
  const landed = afterCentre(target, view);
  if (clearShare(landed, panel) >= 0.5) return null;
  const width = panel.right - panel.left;
  const other: Dock = side === 'right' ? 'left' : 'right';
  const left = other === 'left' ? EDGE : view.width - EDGE - width;
  const moved = { left, right: left + width, top: panel.top, bottom: panel.bottom };
  return clearShare(landed, moved) >= 0.5 ? other : 'fold';
}

/**
 * The box of the element the last jump scrolled to (page-marks.ts marks it `FLASH_ATTR="jump"`), in the top window's
 * coordinates: in the page, or in a frame of the same origin (a report shown in an iframe), offset by the frame's box.
 */
export function jumpBox(doc: Document): Box | null {
  const sel = `[${FLASH_ATTR}="${JUMP}"]`;
  const here = doc.querySelector(sel);
  if (here) return here.getBoundingClientRect();
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    let inner: Element | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument?.querySelector(sel) ?? null;
    } catch {
      continue; // another origin's frame: its page is not ours to read
    }
    if (!inner) continue;
    const f = frame.getBoundingClientRect();
    const r = inner.getBoundingClientRect();
    return { left: f.left + r.left, right: f.left + r.right, top: f.top + r.top, bottom: f.top + r.bottom };
  }
  return null;
}

/** dodgeFor for the panel's element after a jump: its box, the window's, and where the jump landed; null without one. */
export function dodgeOf(panel: HTMLElement, side: Dock): Dock | 'fold' | null {
  const doc = panel.ownerDocument;
  const win = doc.defaultView;
  const target = jumpBox(doc);
  if (!win || !target) return null;
  const root = doc.scrollingElement ?? doc.documentElement;
  const view = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight, scrollY: win.scrollY, maxScrollY: root.scrollHeight - root.clientHeight };
  return dodgeFor(panel.getBoundingClientRect(), side, target, view);
}
