/**
 * The strip as the reader goes on from a jump (ux92; panel.tsx draws it): where it stands beside the page's fixed
 * bands and how tall (StripFit), lowered to its bar while the reader reads away from the jump (a 40 % strip stood over
 * whatever they scrolled to; its one button gave back the full panel, which covers all of a 400 px window), raised when
 * they come back to it; and a hovered cell's tooltip kept in the window's part the strip leaves.
 */
import type { StripFit } from './panel-dodge.ts';
import { fixedFootOf, fixedTopOf } from './strip-page.ts';
import { ATTR, QUOTE_TAG } from './page-marks.ts';
import type { Tooltip } from './panel-parts.tsx';

/** The strip's place and height (panel-css.ts .lens[data-strip] gives the rest). */
export function stripStyle(at: 'foot' | 'top', fit: StripFit | null, low: boolean): Record<string, string> {
  const style: Record<string, string> = {};
  if (fit && at === 'foot' && fit.foot > 0) style.bottom = `${fit.foot + 12}px`;
  if (fit && at === 'top' && fit.top > 0) style.top = `${fit.top + 12}px`;
  if (fit?.height && !low) style.height = `${fit.height}px`;
  return style;
}

/**
 * The full panel's place where the reader dropped it (`top`): its foot kept 16 px inside the window's (ux95: the strip
 * dragged up at 400 × 800 dropped the full panel at 253 px, 768 px tall, its foot and the list's last findings 221 px
 * below the window, out of reach until dragged back).
 */
export function droppedStyle(top: number): Record<string, string> {
  return top > 16 ? { top: `${top}px`, maxHeight: `calc(100vh - ${top + 16}px)` } : { top: `${top}px` };
}

/** Where the jump stands in the page (the top document's coordinates), and where the strip's scroll will stop. */
export interface JumpPlace {
  top: number;
  bottom: number;
  /** the page's scroll the strip asked for (null: none) */
  scrollY: number | null;
}

/**
 * Whether the reader reads away from the jump: it wholly out of the window, once the strip's own scroll has come to
 * its end (`settled`: reached, or the reader scrolled themselves; before, the jump is out of the window on its way in).
 */
export function readsAway(place: JumpPlace, scrollY: number, height: number, settled: boolean): boolean {
  if (!settled) return false;
  return place.bottom - scrollY <= 0 || place.top - scrollY >= height;
}

/** How often at most the page's changes have its bands measured again while the strip shows. */
const BANDS_MS = 100;
/** A band slid or faded in: measured where it has come to rest. */
const BAND_EVENTS = ['transitionend', 'animationend'] as const;

/** The lens's own element in the page: a quote's or sentence's wrapper, or the marks' style. */
const ours = (n: Node | null): boolean => n?.nodeType === 1 && ((n as Element).localName === QUOTE_TAG || (n as Element).getAttribute(ATTR) === 'style');

/**
 * A change the lens made (ux95: a sentence's flash wrapped in <nianbao-quote> and unwrapped had the bands measured
 * again): a wrapper added or taken out. The text nodes cut for it come in the same batch of records (one task of the
 * lens's), which is the lens's whole.
 */
const lensOwn = (r: MutationRecord): boolean => ours(r.target) || Array.from(r.addedNodes).some(ours) || Array.from(r.removedNodes).some(ours);

/** The keys that scroll the page. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/**
 * Watches the page's scroll for the strip: `onAway(true)` when the reader reads away from the jump, `onAway(false)` when
 * they come back to it. A scroll of the reader's own (wheel, touch, keys) ends the waiting for the strip's scroll.
 */
export class AwayWatch {
  private settled = false;
  private frame = 0;
  private away = false;
  /**
   * `scroller`: what scrolls for the jump, the window or the page's box that scrolls its text (ux93: the window's scroll
   * never moved on such a page, and the strip was never lowered). `fit`: the strip's fit, measured again at each frame
   * of a scroll (ux93: a cookie or 长者模式 banner fixed at the window's foot after the jump, or a header fixed once the
   * page is scrolled, stood under the strip, its buttons out of reach, until the next jump); `onFit` is told a change.
   */
  /** the page's changes watched for its bands (ux94: a banner opened with no scroll stayed under the strip) */
  private bands: MutationObserver | null = null;
  private check = 0;
  /** the strip folded to its badge (pause) */
  private paused = false;
  /** the bands' watch connected now (not while the strip is folded or the tab hidden) */
  private watching = false;
  constructor(
    private readonly win: Window,
    private readonly place: JumpPlace,
    private readonly onAway: (away: boolean) => void,
    private readonly scroller: Window | HTMLElement = win,
    private fit: { now: StripFit; onFit: (fit: StripFit) => void } | null = null,
  ) {
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    for (const type of ['wheel', 'touchmove', 'keydown'] as const) win.addEventListener(type, this.onOwn, { passive: true, capture: true });
    if (place.scrollY === null || Math.abs(this.y() - place.scrollY) < 2) this.settled = true;
    const Observer = (win as Window & typeof globalThis).MutationObserver;
    if (fit && typeof Observer === 'function') {
      // an element added, shown (style, class, hidden, open) or slid in (its transition's or animation's end): the
      // bands measured again, at most every BANDS_MS (a page changing every frame measures no more)
      this.bands = new Observer((records) => void (!records.some(lensOwn) && this.soon()));
      win.document.addEventListener('visibilitychange', this.onShown);
      this.watchBands(false);
    }
  }
  /**
   * The bands watched while the strip is seen only (ux95: folded to its badge, or its tab hidden, a portal changing
   * every 50 ms had them measured ~8 times a second, each a layout of the page): seen again, measured once and watched.
   */
  private watchBands(measure = true): void {
    const on = !this.paused && this.win.document.visibilityState !== 'hidden';
    if (!this.bands || on === this.watching) return;
    this.watching = on;
    if (on) {
      this.bands.observe(this.win.document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] });
      for (const type of BAND_EVENTS) this.win.addEventListener(type, this.onBandEvent, { passive: true, capture: true });
      if (measure) this.refit();
      return;
    }
    this.bands.disconnect();
    for (const type of BAND_EVENTS) this.win.removeEventListener(type, this.onBandEvent, { capture: true });
    if (this.check) this.win.clearTimeout(this.check);
    this.check = 0;
  }
  private onShown = (): void => this.watchBands();
  /** The strip folded to its badge (`true`) or opened again: its bands not watched meanwhile. */
  pause(paused: boolean): void {
    this.paused = paused;
    this.watchBands();
  }
  /** a transition's or animation's end, but the lens's own flash (page-marks.ts nianbao-lens-flash) */
  private onBandEvent = (e: Event): void => {
    if (!String((e as AnimationEvent).animationName ?? '').startsWith('nianbao-lens')) this.soon();
  };
  private soon = (): void => {
    if (!this.check) this.check = this.win.setTimeout(() => ((this.check = 0), this.refit()), BANDS_MS);
  };
  /**
   * The same watch again for the strip given back (ux94: the window widened, then narrowed again): the jump's place
   * kept, no scroll of the strip's awaited; where the reader reads now and the bands as they stand now.
   */
  again(onAway: (away: boolean) => void): { watch: AwayWatch; away: boolean; fit: StripFit | null } {
    const watch = new AwayWatch(this.win, { ...this.place, scrollY: null }, onAway, this.scroller, this.fit && { ...this.fit });
    watch.refit(false);
    watch.away = readsAway(this.place, watch.y(), this.win.innerHeight, true);
    return { watch, away: watch.away, fit: watch.fit?.now ?? null };
  }
  private y(): number {
    return this.scroller === this.win ? this.win.scrollY : (this.scroller as HTMLElement).scrollTop;
  }
  private onOwn = (e: Event): void => {
    // a key that scrolls the page (a Tab through the list, or Enter on the next finding, scrolls nothing of the reader's)
    if (e.type !== 'keydown' || SCROLL_KEYS.has((e as KeyboardEvent).key)) this.settled = true;
  };
  private onScroll = (): void => {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      const y = this.y();
      if (this.place.scrollY !== null && Math.abs(y - this.place.scrollY) < 2) this.settled = true;
      const away = readsAway(this.place, y, this.win.innerHeight, this.settled);
      if (away !== this.away) this.onAway((this.away = away));
      this.refit();
    });
  };
  /** The page's bands at the window's top and foot measured again: the strip told where they moved (`tell`). */
  private refit(tell = true): void {
    const fit = this.fit;
    if (!fit) return;
    const doc = this.win.document;
    const top = fixedTopOf(doc);
    const foot = fixedFootOf(doc);
    if (Math.abs(top - fit.now.top) <= 1 && Math.abs(foot - fit.now.foot) <= 1) return;
    fit.now = { ...fit.now, top, foot };
    if (tell) fit.onFit(fit.now);
  }
  stop(): void {
    this.scroller.removeEventListener('scroll', this.onScroll);
    for (const type of ['wheel', 'touchmove', 'keydown'] as const) this.win.removeEventListener(type, this.onOwn, { capture: true });
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.paused = true;
    this.watchBands();
    this.win.document.removeEventListener('visibilitychange', this.onShown);
  }
}

/** The tooltip's height reckoned with (tooltip-place.ts: below the cell unless 160 px run past the window's foot). */
const TIP = 160;

/**
 * The tooltip of a cell hovered while the strip shows, in the window's part the strip leaves (ux92: a cell just above
 * the strip had its tooltip below it, over the strip's list): below the cell where it fits there, else above it, else
 * on the side with more room, cut to it.
 */
export function tipInRoom(tip: Tooltip, roomTop: number, roomBottom: number): Tooltip & { maxHeight?: number } {
  const cell = tip.cell;
  if (!cell) return tip;
  const below = roomBottom - (cell.bottom + 6);
  const above = cell.top - 6 - roomTop;
  if (below >= TIP) return { ...tip, y: cell.bottom + 6, above: false };
  if (above >= TIP) return { ...tip, y: cell.top - 6, above: true };
  return below >= above ? { ...tip, y: cell.bottom + 6, above: false, maxHeight: Math.max(0, below) } : { ...tip, y: cell.top - 6, above: true, maxHeight: Math.max(0, above) };
}

/** The tooltip beside the strip the panel is (`strip`; null: none, the tooltip as given), in the room it leaves. */
export function tipBesideStrip(tip: Tooltip, strip: 'foot' | 'top' | null, panel: HTMLElement | null): Tooltip {
  const r = strip ? panel?.getBoundingClientRect() : null;
  return r ? tipInRoom(tip, strip === 'top' ? r.bottom : 0, strip === 'top' ? window.innerHeight : r.top) : tip;
}

/**
 * The focused control inside the panel's content scrolled into its box, the page left where it is (no scrollIntoView;
 * moved from panel.tsx).
 */
export function keepFocusInSight(panel: HTMLElement | null): void {
  const content = panel?.querySelector<HTMLElement>('.content');
  const active = panel && (panel.getRootNode() as Document | ShadowRoot).activeElement;
  if (!content || !(active instanceof HTMLElement) || !content.contains(active)) return;
  const c = content.getBoundingClientRect();
  const a = active.getBoundingClientRect();
  if (a.top < c.top) content.scrollTop -= c.top - a.top;
  else if (a.bottom > c.bottom) content.scrollTop += Math.min(a.bottom - c.bottom, a.top - c.top);
}
