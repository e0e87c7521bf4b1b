/**
 * The strip as a reader walks it (ux91; components/panel-dodge.ts, panel.tsx), found by walking the built extension in
 * Chromium at 360 and 400 px and at 200 % zoom (a 400 × 450 window): the jump was scrolled to the window's middle, which
 * is the strip's top edge, so a cell's foot or a quote's last lines stood under it (at 450 px, 4 of qizhong's 8 findings
 * under half clear); a cell in a table scrolling sideways in its own box was judged where it stood before the scroll,
 * off the window, and the full panel stayed over it; widened to 1280 px the strip stayed across the window's foot; and
 * its 恢复完整面板 button, gone with the strip, left the keyboard's focus on the page's <body>.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { aboveStrip, dodgeFor, stripBox, stripEnds, stripScroll, type Box } from '../../components/panel-dodge.ts';
import { FLASH_ATTR, JUMP, QUOTE_TAG } from '../../components/page-marks.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { analysed, zh } from './panel-helpers.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
/** 200 % zoom in an 800 × 900 window: 400 × 450 CSS px, 385 inside the scroll bar */
const zoomed = { width: 385, height: 450, scrollY: 1000, maxScrollY: 9000 };
const zoomedPanel = box(13, 16, 373, 434);

describe('aboveStrip: the jump placed in the window\'s part above the strip', () => {
  const strip = stripBox(zoomedPanel, zoomed);
  it('a cell: its middle at the middle of the room above the strip, not at the window\'s (the strip\'s top edge)', () => {
    expect(strip.top).toBe(258);
    const cell = box(100, 1500, 140, 1557);
    const y = aboveStrip([cell], zoomed, strip);
    const top = cell.top - (y - zoomed.scrollY);
    expect(top + 57).toBeLessThanOrEqual(strip.top - 8);
    expect(top).toBeGreaterThanOrEqual(8);
    expect(Math.abs(top + 57 / 2 - (8 + strip.top - 8) / 2)).toBeLessThan(1);
  });

  it('below a band the page keeps fixed at the window\'s top (a portal\'s 120 px header): between the band and the strip', () => {
    const cell = box(100, 1500, 140, 1557);
    const top = cell.top - (aboveStrip([cell], zoomed, strip, 120) - zoomed.scrollY);
    expect(top).toBeGreaterThanOrEqual(128);
    expect(top + 57).toBeLessThanOrEqual(strip.top - 8);
  });

  it('a quote taller than the room: its first line at the room\'s top; the page\'s ends hold', () => {
    const lines = [box(40, 1500, 370, 1530), box(10, 1532, 370, 1562), box(10, 1564, 370, 1594), box(10, 1596, 370, 1626), box(10, 1628, 370, 1658), box(10, 1660, 370, 1690), box(10, 1692, 370, 1722), box(10, 1724, 200, 1754)];
    expect(1500 - (aboveStrip(lines, zoomed, strip) - zoomed.scrollY)).toBe(8);
    // at the page's top it cannot scroll up, at its foot not down
    expect(aboveStrip([box(10, 20, 50, 40)], { ...zoomed, scrollY: 0 }, strip)).toBe(0);
    expect(aboveStrip([box(10, 400, 50, 440)], { ...zoomed, scrollY: 9000 }, strip)).toBe(9000);
  });

  it('a quote whose last lines the middle of the window left under the strip: judged placed above it (the strip kept, no fold)', () => {
    const quote = [box(40, 1300, 370, 1330), box(10, 1332, 370, 1362), box(10, 1364, 200, 1394)];
    expect(dodgeFor(strip, 'right', quote[0]!, zoomed, quote, true)).toBe('strip');
    // at the page's foot, under the strip wherever the page scrolls: the strip along the window's top, the cell below it
    expect(dodgeFor(strip, 'right', box(100, 380, 300, 420), { ...zoomed, scrollY: 9000 }, undefined, true)).toBe('strip-top');
    const top = stripBox(zoomedPanel, zoomed, true);
    expect(top).toEqual(box(12, 12, 373, 192));
    expect(stripScroll('strip-top', [box(100, 380, 300, 420)], { ...zoomed, scrollY: 9000 }, zoomedPanel)).toBe(9000);
    // in the page's middle: placed in the room below the top strip
    const y = stripScroll('strip-top', [box(100, 1500, 300, 1540)], zoomed, zoomedPanel);
    expect(1500 - (y - zoomed.scrollY)).toBeGreaterThanOrEqual(192 + 8);
  });
});

describe('dodgeFor: a cell in a table scrolling sideways in its own box', () => {
  const narrow = { width: 385, height: 800, scrollY: 1000, maxScrollY: 9000 };
  it('right of a 400 px window (the jump scrolls it in at the window\'s right edge, under the panel): the strip', () => {
    expect(dodgeFor(box(13, 16, 373, 784), 'right', box(1180, 1380, 1230, 1402), narrow)).toBe('strip');
  });
  it('right of a 1280 px window, the panel docked left: it stays (comes in clear of it)', () => {
    expect(dodgeFor(box(12, 16, 372, 844), 'left', box(1500, 1380, 1550, 1402), { width: 1265, height: 860, scrollY: 1000, maxScrollY: 9000 })).toBeNull();
  });
});

describe('stripEnds: the window wide enough for the full panel again', () => {
  it('from twice the panel with its margins (768 px)', () => {
    expect(stripEnds(400)).toBe(false);
    expect(stripEnds(767)).toBe(false);
    expect(stripEnds(768)).toBe(true);
    expect(stripEnds(1280)).toBe(true);
  });
});

/** Preact renders a setState on its next tick: the panel as drawn after it. */
const drawn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
  vi.restoreAllMocks();
});

let report: ReturnType<typeof analysed> | undefined;
/** A panel across the window (as at 400 px: happy-dom lays nothing out) whose finding's jump lands on a cell at `cell`. */
function panelOver(cell: Box): HTMLElement {
  report ??= analysed('qizhong-nested-wrong-2023.html');
  const q = document.createElement(QUOTE_TAG);
  document.body.append(q);
  Object.defineProperty(q, 'getBoundingClientRect', { value: () => cell });
  Object.defineProperty(q, 'getClientRects', { value: () => [cell] });
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el, q);
  render(
    <Panel t={zh} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={() => q.setAttribute(FLASH_ATTR, JUMP)} onDock={() => {}} onClose={() => {}} />,
    el,
  );
  Object.defineProperty(el.querySelector('.lens')!, 'getBoundingClientRect', { value: () => box(12, 16, window.innerWidth - 12, window.innerHeight - 16) });
  return el;
}

describe('the panel\'s strip, in the page', () => {
  it('scrolls the cell on to the middle of the room above the strip', async () => {
    // a long page (happy-dom's is one window high: it could not scroll)
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 20_000, configurable: true });
    const scrolls = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const cell = box(window.innerWidth / 2 - 20, h / 2 - 15, window.innerWidth / 2 + 20, h / 2 + 15);
    const el = panelOver(cell);
    el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!.click();
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(true);
    expect(scrolls).toHaveBeenCalledTimes(1);
    const y = (scrolls.mock.calls[0]![0] as ScrollToOptions).top!;
    const stripTop = h - 12 - h * 0.4;
    // the cell, once scrolled, wholly above the strip, its middle at the room's
    expect(cell.bottom - y).toBeLessThanOrEqual(stripTop - 8);
    expect(Math.abs((cell.top + cell.bottom) / 2 - y - stripTop / 2)).toBeLessThan(1);
    Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  });

  it('a cell standing where the strip wants it already: the page still told to stay (its smooth scroll to the window\'s middle replaced)', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 20_000, configurable: true });
    const scrolls = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const stripTop = h - 12 - h * 0.4;
    // the room above the strip is 8 … stripTop - 8: a 40 px cell at its middle
    const mid = stripTop / 2;
    const el = panelOver(box(window.innerWidth / 2 - 20, mid - 20, window.innerWidth / 2 + 20, mid + 20));
    el.querySelector<HTMLButtonElement>('button.finding')!.click();
    await drawn();
    expect(scrolls).toHaveBeenCalledTimes(1);
    expect(Math.abs((scrolls.mock.calls[0]![0] as ScrollToOptions).top! - window.scrollY)).toBeLessThan(1);
    Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  });

  it('gives the full panel back when the window is widened past 768 px, and keeps the strip for a narrow one', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const el = panelOver(box(window.innerWidth / 2 - 20, h / 2 - 15, window.innerWidth / 2 + 20, h / 2 + 15));
    el.querySelector<HTMLButtonElement>('button.finding')!.click();
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(true);
    const width = vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(500);
    window.dispatchEvent(new Event('resize'));
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(true);
    width.mockReturnValue(1265);
    window.dispatchEvent(new Event('resize'));
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(false);
  });

  it('restored from the keyboard (its button gone with the strip): the focus on the finding last shown, not the page\'s <body>', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const el = panelOver(box(window.innerWidth / 2 - 20, h / 2 - 15, window.innerWidth / 2 + 20, h / 2 + 15));
    const third = el.querySelectorAll<HTMLButtonElement>('button.finding')[2]!;
    third.focus();
    third.click();
    await drawn();
    const restore = el.querySelector<HTMLButtonElement>('button[aria-label="恢复完整面板"]')!;
    restore.focus();
    restore.click();
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(false);
    expect(document.activeElement).toBe(el.querySelectorAll('button.finding')[2]);
  });
});
