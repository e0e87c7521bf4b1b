/**
 * What ux93 left of the strip (session 64, ux94): a banner the page opens at the window's foot while the reader does
 * not scroll stood under the strip (its bands were measured at a scroll's frames only); a window widened past the
 * strip's need and narrowed again kept the full panel over the page until the next jump; a page scrolling its text in
 * a box under a header had its jump placed by the window's middle, not the box's.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { afterCentre, stripScroll, type Box } from '../../components/panel-dodge.ts';
import { AwayWatch } from '../../components/panel-strip.ts';
import { FLASH_ATTR, JUMP, QUOTE_TAG } from '../../components/page-marks.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { analysed, zh } from './panel-helpers.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const drawn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
  vi.restoreAllMocks();
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  Reflect.deleteProperty(document.documentElement, 'clientWidth');
});

describe('a banner the page opens at the window\'s foot with no scroll (ux94)', () => {
  it('measured once the page has changed: the strip told to stand above it; the page changing again, not told twice', async () => {
    const h = document.documentElement.clientHeight || window.innerHeight;
    let under: Element = document.body;
    vi.spyOn(document, 'elementFromPoint').mockImplementation(() => under);
    const fits: { top: number; foot: number }[] = [];
    const y0 = window.scrollY;
    const watch = new AwayWatch(window, { top: y0 + 100, bottom: y0 + 140, scrollY: null }, () => {}, window, { now: { top: 0, foot: 0, height: 320 }, onFit: (f) => fits.push(f) });
    // a cookie / 长者模式 banner put in the page 4 s after load, the reader reading the jump, not scrolling
    const banner = document.createElement('div');
    banner.style.position = 'fixed';
    Object.defineProperty(banner, 'getBoundingClientRect', { value: () => box(0, h - 90, 400, h), configurable: true });
    document.body.append(banner);
    mounted.push(banner);
    under = banner;
    await wait(250);
    // on main nothing was measured without a scroll: the banner stayed under the strip
    expect(fits).toEqual([{ top: 0, foot: 90, height: 320 }]);
    banner.setAttribute('class', 'shown');
    await wait(250);
    expect(fits).toHaveLength(1);
    // closed (同意 clicked): the strip told to stand at the foot again
    banner.style.display = 'none';
    under = document.body;
    await wait(250);
    expect(fits.at(-1)).toEqual({ top: 0, foot: 0, height: 320 });
    watch.stop();
    // stopped with the strip: the page's changes measure nothing more
    under = banner;
    banner.style.display = 'block';
    await wait(250);
    expect(fits).toHaveLength(2);
  });

  it('a watch without a fit (nothing to place) observes nothing', async () => {
    const at = vi.spyOn(document, 'elementFromPoint');
    const watch = new AwayWatch(window, { top: 100, bottom: 140, scrollY: null }, () => {});
    document.body.append(document.createElement('p'));
    await wait(200);
    expect(at).not.toHaveBeenCalled();
    watch.stop();
  });
});

let report: ReturnType<typeof analysed> | undefined;
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
  Object.defineProperty(el.querySelector('.lens')!, 'getBoundingClientRect', { value: () => box(12, 16, window.innerWidth - 12, window.innerHeight - 16), configurable: true });
  return el;
}

function widthIs(px: number): void {
  Object.defineProperty(document.documentElement, 'clientWidth', { value: px, configurable: true });
  window.dispatchEvent(new Event('resize'));
}

describe('the window widened past the strip\'s need, then narrowed again (ux94)', () => {
  it('widened: the full panel; narrowed: the strip again (on main the full panel stayed over the page until the next jump)', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 20_000, configurable: true });
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const q = document.createElement(QUOTE_TAG);
    document.body.append(q);
    mounted.push(q as HTMLElement);
    Object.defineProperty(q, 'getBoundingClientRect', { value: () => box(100, h / 2 - 15, 140, h / 2 + 15) });
    Object.defineProperty(q, 'getClientRects', { value: () => [box(100, h / 2 - 15, 140, h / 2 + 15)] });
    const el = panelOver(q);
    el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!.click();
    await drawn();
    const lens = () => el.querySelector<HTMLElement>('.lens')!;
    expect(lens().getAttribute('data-strip')).toBe('');
    widthIs(400);
    await drawn();
    expect(lens().getAttribute('data-strip')).toBe('');
    widthIs(1280);
    await drawn();
    expect(lens().hasAttribute('data-strip')).toBe(false);
    widthIs(400);
    await drawn();
    expect(lens().getAttribute('data-strip')).toBe('');
    // the jump still in the window: not lowered
    expect(lens().hasAttribute('data-low')).toBe(false);
    // read away meanwhile (the jump wholly out of the window), widened and narrowed: the strip lowered to its bar
    widthIs(1280);
    await drawn();
    const at = vi.spyOn(window, 'scrollY', 'get').mockReturnValue(window.scrollY + 3 * h);
    widthIs(400);
    await drawn();
    expect(lens().getAttribute('data-strip')).toBe('');
    expect(lens().hasAttribute('data-low')).toBe(true);
    // and raised when the reader comes back to it (the watch given back with the strip)
    at.mockRestore();
    window.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await drawn();
    expect(lens().hasAttribute('data-low')).toBe(false);
  });

  it('a guard: a jump while wide that leaves the full panel where it is — narrowed, no strip comes back for the jump before', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 20_000, configurable: true });
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const q = document.createElement(QUOTE_TAG);
    document.body.append(q);
    mounted.push(q as HTMLElement);
    let cell = box(100, h / 2 - 15, 140, h / 2 + 15);
    Object.defineProperty(q, 'getBoundingClientRect', { value: () => cell });
    Object.defineProperty(q, 'getClientRects', { value: () => [cell] });
    const el = panelOver(q);
    el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!.click();
    await drawn();
    widthIs(1280);
    await drawn();
    // the full panel at the window's right, the next jump's cell at its left: nothing to stand aside for
    Object.defineProperty(el.querySelector('.lens')!, 'getBoundingClientRect', { value: () => box(900, 16, 1260, 784) });
    cell = box(20, h / 2 - 15, 60, h / 2 + 15);
    el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!.click();
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(false);
    widthIs(400);
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(false);
  });
});

describe('a page scrolling its text in a box under a header (ux94)', () => {
  // the window 800 px; a 120 px header, the box's rows 120–800
  const view = { width: 400, height: 800, scrollY: 1000, maxScrollY: 9000, rows: { top: 120, bottom: 800 } };
  it('the box\'s scrollIntoView centres the jump in the box\'s rows, not the window', () => {
    const cell = box(100, 2000, 140, 2040);
    const landed = afterCentre(cell, view);
    expect((landed.top + landed.bottom) / 2).toBe(460);
  });
  it('placed above the strip inside the box\'s rows: below the header', () => {
    const full = box(13, 16, 373, 784);
    const cell = box(100, 2000, 140, 2400);
    const y = stripScroll('strip', [cell], view, full, { top: 0, foot: 0, height: 320 });
    // taller than the room: its top at the room's top (the box's, 120, and the margin), not under the header at 8
    expect(cell.top - (y - view.scrollY)).toBe(128);
  });
});
