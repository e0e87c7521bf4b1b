/**
 * The strip as the reader goes on from a jump (ux92; components/panel-strip.ts, strip-page.ts, panel-dodge.ts), found
 * walking the built extension in Chromium at 360, 400 and 450 px: scrolled away from the jump, the 40 % strip stayed
 * over what the reader read; a portal's fixed bar at the window's foot (无障碍 / 长者模式 / 返回顶部) stood under the
 * strip, its buttons out of reach; a jump into a same-site frame was not placed above the strip (at 450 px its cell
 * stood at the strip's top edge); a cell's tooltip went below it, over the strip's list; a list of two findings got a
 * strip of 40 % of the window all the same.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { stripBox, stripScroll, type Box } from '../../components/panel-dodge.ts';
import { fixedFootOf, innerScroller, stripWants } from '../../components/strip-page.ts';
import { AwayWatch, readsAway, tipInRoom } from '../../components/panel-strip.ts';
import { ATTR, FLASH_ATTR, JUMP, QUOTE_TAG } from '../../components/page-marks.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { analysed, zh } from './panel-helpers.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const view = { width: 385, height: 800, scrollY: 1000, maxScrollY: 9000 };
const full = box(13, 16, 373, 784);

describe('the strip beside a page\'s fixed bar at the window\'s foot', () => {
  it('stands above the bar (its buttons left to reach), the cell placed above the strip', () => {
    const plain = stripBox(full, view);
    const lifted = stripBox(full, view, false, { top: 0, foot: 56, height: null });
    expect(plain.bottom).toBe(788);
    expect(lifted.bottom).toBe(800 - 56 - 12);
    const cell = box(100, 1500, 140, 1557);
    const top = cell.top - (stripScroll('strip', [cell], view, full, { top: 0, foot: 56, height: null }) - view.scrollY);
    expect(top + 57).toBeLessThanOrEqual(lifted.top - 8);
  });

  it('the top strip stands below a fixed header, and the jump under it stays above the foot bar', () => {
    const fit = { top: 100, foot: 56, height: null };
    const strip = stripBox(full, view, true, fit);
    expect(strip.top).toBe(112);
    const cell = box(100, 1500, 140, 1557);
    const top = cell.top - (stripScroll('strip-top', [cell], view, full, fit) - view.scrollY);
    expect(top).toBeGreaterThanOrEqual(strip.bottom + 8);
    expect(top + 57).toBeLessThanOrEqual(800 - 56 - 8);
  });

  it('fixedFootOf: a fixed bar at the foot measured; a fixed full-page layer and a bar in the flow are none', () => {
    const bar = document.createElement('div');
    bar.style.position = 'fixed';
    document.body.append(bar);
    const h = document.documentElement.clientHeight || window.innerHeight;
    Object.defineProperty(bar, 'getBoundingClientRect', { value: () => box(0, h - 56, 400, h), configurable: true });
    const at = vi.spyOn(document, 'elementFromPoint').mockReturnValue(bar);
    expect(fixedFootOf(document)).toBe(56);
    Object.defineProperty(bar, 'getBoundingClientRect', { value: () => box(0, 0, 400, h) });
    expect(fixedFootOf(document)).toBe(0);
    bar.style.position = 'static';
    expect(fixedFootOf(document)).toBe(0);
    // under the full panel's host (it reaches to 16 px of the window's foot): the page's bar beneath it
    bar.style.position = 'fixed';
    Object.defineProperty(bar, 'getBoundingClientRect', { value: () => box(0, h - 56, 400, h) });
    const host = document.createElement('nianbao-lens');
    host.setAttribute(ATTR, 'panel');
    Object.defineProperty(document, 'elementsFromPoint', { value: () => [host, bar, document.body], configurable: true });
    expect(fixedFootOf(document)).toBe(56);
    Reflect.deleteProperty(document, 'elementsFromPoint');
    at.mockRestore();
    bar.remove();
  });
});

describe('a band the page fixes at the window\'s foot after the jump (ux93)', () => {
  it('a cookie / 长者模式 banner opened late: measured at the next frame of a scroll, the strip told to stand above it; unchanged, not told', async () => {
    const h = document.documentElement.clientHeight || window.innerHeight;
    const banner = document.createElement('div');
    banner.style.position = 'fixed';
    document.body.append(banner);
    Object.defineProperty(banner, 'getBoundingClientRect', { value: () => box(0, h - 90, 400, h), configurable: true });
    // before the banner opens, the page has nothing at the window's foot
    let under: Element = document.body;
    const at = vi.spyOn(document, 'elementFromPoint').mockImplementation(() => under);
    const fits: { top: number; foot: number }[] = [];
    const y0 = window.scrollY;
    const watch = new AwayWatch(window, { top: y0 + 100, bottom: y0 + 140, scrollY: null }, () => {}, window, { now: { top: 0, foot: 0, height: 320 }, onFit: (f) => fits.push(f) });
    window.dispatchEvent(new Event('scroll'));
    await frame();
    expect(fits).toEqual([]);
    under = banner;
    window.dispatchEvent(new Event('scroll'));
    await frame();
    expect(fits).toEqual([{ top: 0, foot: 90, height: 320 }]);
    window.dispatchEvent(new Event('scroll'));
    await frame();
    expect(fits).toHaveLength(1);
    watch.stop();
    at.mockRestore();
    banner.remove();
  });
});

describe('the strip lowered while the reader reads away from the jump', () => {
  const place = { top: 1500, bottom: 1540, scrollY: 1200 };
  it('not while the strip\'s own scroll brings the jump in (it is out of the window on its way)', () => {
    expect(readsAway(place, 0, 800, false)).toBe(false);
  });
  it('the jump wholly out of the window, above or below: away; any line of it in the window: near', () => {
    expect(readsAway(place, 3000, 800, true)).toBe(true);
    expect(readsAway(place, 600, 800, true)).toBe(true);
    expect(readsAway(place, 1530, 800, true)).toBe(false);
    expect(readsAway(place, 720, 800, true)).toBe(false);
  });
});

describe('AwayWatch: the reader\'s own scroll ends the waiting for the strip\'s', () => {
  it('a Tab or an Enter through the list does not (the strip not lowered mid-way); a PageDown does', async () => {
    const calls: boolean[] = [];
    const y0 = window.scrollY;
    const watch = new AwayWatch(window, { top: y0 + 5000, bottom: y0 + 5040, scrollY: y0 + 4800 }, (away) => calls.push(away));
    const at = vi.spyOn(window, 'scrollY', 'get').mockReturnValue(y0 + 100);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    window.dispatchEvent(new Event('scroll'));
    await frame();
    expect(calls).toEqual([]);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }));
    at.mockReturnValue(y0 + 200);
    window.dispatchEvent(new Event('scroll'));
    await frame();
    expect(calls).toEqual([true]);
    watch.stop();
  });
});

describe('a page scrolling its text in a box the window\'s height (ux93)', () => {
  /** A <main> of `height` px scrolling `content` px, the jump's cell inside it; the window's own scroll given. */
  function page(height: number, content: number, overflowY = 'auto') {
    const main = document.createElement('main');
    main.style.overflowY = overflowY;
    const cell = document.createElement('td');
    main.append(cell);
    document.body.append(main);
    Object.defineProperty(main, 'clientHeight', { value: height, configurable: true });
    Object.defineProperty(main, 'scrollHeight', { value: content, configurable: true });
    return { main, cell };
  }
  afterEach(() => document.querySelectorAll('main').forEach((m) => m.remove()));

  it('innerScroller: the box that scrolls the text, where the window does not; a short box or one not scrolling is none', () => {
    const h = window.innerHeight;
    const { main, cell } = page(h, h * 10);
    expect(innerScroller(cell)).toBe(main);
    main.style.overflowY = 'visible';
    expect(innerScroller(cell)).toBeNull();
    main.style.overflowY = 'scroll';
    // a table's box a fifth of the window: the page's text scrolls elsewhere
    Object.defineProperty(main, 'clientHeight', { value: h / 5 });
    expect(innerScroller(cell)).toBeNull();
    // the box's content no taller than it
    Object.defineProperty(main, 'clientHeight', { value: h });
    Object.defineProperty(main, 'scrollHeight', { value: h });
    expect(innerScroller(cell)).toBeNull();
  });

  it('AwayWatch: the box\'s scroll, not the window\'s, lowers the strip and raises it (on main it was never lowered there)', async () => {
    const { main } = page(window.innerHeight, 20000);
    let top = 4800;
    Object.defineProperty(main, 'scrollTop', { get: () => top, configurable: true });
    const calls: boolean[] = [];
    const watch = new AwayWatch(window, { top: 5000, bottom: 5040, scrollY: 4800 }, (away) => calls.push(away), main);
    top = 9000;
    main.dispatchEvent(new Event('scroll'));
    await frame();
    expect(calls).toEqual([true]);
    top = 4800;
    main.dispatchEvent(new Event('scroll'));
    await frame();
    expect(calls).toEqual([true, false]);
    watch.stop();
    top = 9000;
    main.dispatchEvent(new Event('scroll'));
    await frame();
    expect(calls).toEqual([true, false]);
  });
});

describe('a cell\'s tooltip while the strip shows', () => {
  const tip = { x: 20, y: 0, above: false, suspect: false, findings: [] };
  it('a cell just above the foot strip: its tooltip above it, not over the strip', () => {
    const placed = tipInRoom({ ...tip, cell: { top: 380, bottom: 420 } }, 0, 460);
    expect(placed).toMatchObject({ above: true, y: 374 });
    expect(placed.maxHeight).toBeUndefined();
  });
  it('a cell just below the top strip: below it', () => {
    expect(tipInRoom({ ...tip, cell: { top: 340, bottom: 370 } }, 330, 800)).toMatchObject({ above: false, y: 376 });
  });
  it('no room for it on either side: the larger, the tooltip cut to it', () => {
    expect(tipInRoom({ ...tip, cell: { top: 60, bottom: 200 } }, 0, 300)).toMatchObject({ above: false, y: 206, maxHeight: 94 });
  });
});

/** Preact renders a setState on its next tick. */
const drawn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
  vi.restoreAllMocks();
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
});

let report: ReturnType<typeof analysed> | undefined;
/** A panel across the window (happy-dom lays nothing out) whose finding's jump marks `q` (in `doc`: a frame's). */
function panelOver(q: Element): HTMLElement {
  report ??= analysed('qizhong-nested-wrong-2023.html');
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(
    <Panel t={zh} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={() => q.setAttribute(FLASH_ATTR, JUMP)} onDock={() => {}} onClose={() => {}} />,
    el,
  );
  Object.defineProperty(el.querySelector('.lens')!, 'getBoundingClientRect', { value: () => box(12, 16, window.innerWidth - 12, window.innerHeight - 16) });
  return el;
}

function quoteAt(doc: Document, cell: Box): Element {
  const q = doc.createElement(QUOTE_TAG);
  doc.body.append(q);
  Object.defineProperty(q, 'getBoundingClientRect', { value: () => cell });
  Object.defineProperty(q, 'getClientRects', { value: () => [cell] });
  return q;
}

describe('the strip in the page', () => {
  it('a jump in a same-site frame: the page scrolled to put it above the strip', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 20_000, configurable: true });
    const scrolls = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const inner = document.implementation.createHTMLDocument('frame');
    const h = window.innerHeight;
    const q = quoteAt(inner, box(100, h / 2 - 15, 140, h / 2 + 15));
    const f = document.createElement('frame');
    Object.defineProperty(f, 'contentDocument', { value: inner });
    Object.defineProperty(f, 'getBoundingClientRect', { value: () => box(0, 300, 400, 3300) });
    document.body.append(f);
    mounted.push(f);
    const el = panelOver(q);
    el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!.click();
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(true);
    expect(scrolls).toHaveBeenCalledTimes(1);
    const y = (scrolls.mock.calls[0]![0] as ScrollToOptions).top!;
    const stripTop = h - 12 - h * 0.4;
    // the frame's cell (at 300 + its place in the frame) wholly above the strip once scrolled
    expect(300 + h / 2 + 15 - (y - window.scrollY)).toBeLessThanOrEqual(stripTop - 8);
  });

  it('a page\'s fixed foot bar: the strip stands above it; the strip\'s height fitted to a short list', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const bar = document.createElement('div');
    bar.style.position = 'fixed';
    document.body.append(bar);
    mounted.push(bar);
    const fh = document.documentElement.clientHeight || h;
    Object.defineProperty(bar, 'getBoundingClientRect', { value: () => box(0, fh - 56, 400, fh) });
    vi.spyOn(document, 'elementFromPoint').mockImplementation((_x, y) => (y > fh / 2 ? bar : null));
    const q = quoteAt(document, box(100, h / 2 - 15, 140, h / 2 + 15));
    mounted.push(q as HTMLElement);
    const el = panelOver(q);
    const lens = el.querySelector<HTMLElement>('.lens')!;
    Object.defineProperty(lens.querySelector('.bar')!, 'getBoundingClientRect', { value: () => box(12, 16, 388, 54) });
    Object.defineProperty(lens.querySelector('button.finding')!.closest('section')!, 'getBoundingClientRect', { value: () => box(24, 100, 376, 250) });
    expect(stripWants(lens)).toBe(38 + 150 + 24);
    el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!.click();
    await drawn();
    expect(lens.hasAttribute('data-strip')).toBe(true);
    expect(lens.style.bottom).toBe('68px');
    expect(lens.style.height).toBe(`${Math.min(212, h * 0.4)}px`);
  });

  it('scrolled away from the jump by the reader: lowered to its bar; back at it: raised', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 20_000, configurable: true });
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const q = quoteAt(document, box(100, h / 2 - 15, 140, h / 2 + 15));
    mounted.push(q as HTMLElement);
    const el = panelOver(q);
    el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!.click();
    await drawn();
    const lens = el.querySelector<HTMLElement>('.lens')!;
    expect(lens.hasAttribute('data-strip')).toBe(true);
    const y0 = window.scrollY;
    const at = vi.spyOn(window, 'scrollY', 'get');
    window.dispatchEvent(new WheelEvent('wheel'));
    at.mockReturnValue(y0 + 3 * h);
    window.dispatchEvent(new Event('scroll'));
    await frame();
    await drawn();
    expect(lens.hasAttribute('data-low')).toBe(true);
    expect(lens.hasAttribute('data-strip')).toBe(true);
    at.mockReturnValue(y0);
    window.dispatchEvent(new Event('scroll'));
    await frame();
    await drawn();
    expect(lens.hasAttribute('data-low')).toBe(false);
  });
});
