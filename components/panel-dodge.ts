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
 * Geometry on boxes given (the page read for them: strip-page.ts).
 */
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
  /**
   * the window's rows the page's box scrolling its text shows, where that box, not the window, scrolls (innerScroller;
   * ux94: a box under a header was placed by the window's middle, its scrollIntoView centres in the box's rows)
   */
  rows?: { top: number; bottom: number };
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
  const middle = view.rows ? (view.rows.top + view.rows.bottom) / 2 : view.height / 2;
  const want = (target.top + target.bottom) / 2 - middle;
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
 * Where the strip stands besides the window's edges (ux92): the bands the page keeps fixed at the window's top (where
 * it ends, fixedTopOf) and foot (its height, fixedFootOf: a gov.cn portal's 无障碍/长者模式/返回顶部 bar, which the
 * strip stood over, its buttons gone while the strip showed), and the strip's height fitted to its list (stripWants;
 * null: the panel's own, at most STRIP_SHARE of the window).
 */
export interface StripFit {
  top: number;
  foot: number;
  height: number | null;
}

const NO_FIT: StripFit = { top: 0, foot: 0, height: null };

/** A band at the window's top given as a number (where it ends), or the whole fit. */
const fitOf = (top: number | StripFit): StripFit => (typeof top === 'number' ? { ...NO_FIT, top } : top);

/**
 * The strip the panel shrinks to in a narrow window: the window's width, at most STRIP_SHARE of its height (its fitted
 * height when less), at its foot above the page's fixed foot band (at its top below the page's top band: `atTop`).
 */
export function stripBox(panel: Box, view: Pick<Viewport, 'width' | 'height'>, atTop = false, fit: StripFit = NO_FIT): Box {
  const height = Math.min(fit.height ?? panel.bottom - panel.top, view.height * STRIP_SHARE);
  const top = atTop ? fit.top + EDGE : view.height - fit.foot - EDGE - height;
  return { left: EDGE, right: view.width - EDGE, top, bottom: top + height };
}

/**
 * Where the page is to be scrolled for the strip `to` ('strip': the jump above the strip at the window's foot, below the
 * page's fixed band `top`; 'strip-top': below the strip at the window's top, above the page's fixed foot band).
 */
export function stripScroll(to: 'strip' | 'strip-top', pieces: readonly Box[], view: Viewport, panel: Box, top: number | StripFit = 0): number {
  const fit = fitOf(top);
  return to === 'strip'
    ? aboveStrip(pieces, view, stripBox(panel, view, false, fit), fit.top)
    : placeIn(pieces, view, stripBox(panel, view, true, fit).bottom, view.height - fit.foot);
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
  // the room inside the box's rows (a header above the box, its foot above the window's)
  const from = Math.max(roomTop, view.rows?.top ?? roomTop) + ROOM_MARGIN;
  const to = Math.min(roomBottom, view.rows?.bottom ?? roomBottom) - ROOM_MARGIN;
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
export function dodgeFor(panel: Box, side: Dock, target: Box, view: Viewport, given: readonly Box[] = [target], strip = false, top: number | StripFit = 0): Dodge {
  const fit = fitOf(top);
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
    const shown = scrolled(pieces, view, stripScroll(to, pieces, view, panel, fit));
    if (clearShare(shown, stripBox(panel, view, to === 'strip-top', fit)) >= 0.5) return to;
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
