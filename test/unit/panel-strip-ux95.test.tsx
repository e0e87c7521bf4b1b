/**
 * The strip's watch of the page's bands (ux94: a MutationObserver and transitions' ends, re-measured at most every
 * 100 ms) walked on a portal that changes all the time (session 64, ux95): folded to its badge, and in a hidden tab,
 * a ticker every 50 ms still had the bands measured ~8 times a second (elementsFromPoint, a layout of the page each);
 * the lens's own changes (a sentence's flash wrapped in <nianbao-quote> and unwrapped, the flash's animation ending)
 * had them measured too. Now they are watched while the strip is seen only, and the lens's own changes are not the
 * page's.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import type { Box } from '../../components/panel-dodge.ts';
import { AwayWatch } from '../../components/panel-strip.ts';
import { FLASH_ATTR, JUMP, QUOTE_TAG, markPage } from '../../components/page-marks.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { analysed, zh } from './panel-helpers.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const drawn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'visibilityState');
  Reflect.deleteProperty(document.documentElement, 'scrollHeight');
});

/** A watch of the bands, and how many times the page was measured for them (each band measured at the window's top and foot). */
function watched(): { watch: AwayWatch; measured: () => number } {
  const at = vi.spyOn(document, 'elementFromPoint').mockImplementation(() => document.body);
  const y0 = window.scrollY;
  const watch = new AwayWatch(window, { top: y0 + 100, bottom: y0 + 140, scrollY: null }, () => {}, window, { now: { top: 0, foot: 0, height: 320 }, onFit: () => {} });
  return { watch, measured: () => at.mock.calls.length };
}

/** The page's ticker: a text changed, as a portal's 要闻 line does every 50 ms. */
function tick(): void {
  const p = document.createElement('span');
  p.textContent = String(Date.now());
  document.body.append(p);
  mounted.push(p);
}

describe('the bands watched while the strip is seen only (ux95)', () => {
  it('folded to its badge (pause): the page\'s changes measure nothing; opened again, measured at once, then watched', async () => {
    const { watch, measured } = watched();
    tick();
    await wait(150);
    // a guard: watched while the strip shows
    const shown = measured();
    expect(shown).toBeGreaterThan(0);
    watch.pause(true);
    for (let i = 0; i < 4; i++) {
      tick();
      await wait(60);
    }
    await wait(150);
    // on main the bands were measured through every fold (no pause then: the strip's watch ran on behind the badge)
    expect(measured()).toBe(shown);
    watch.pause(false);
    expect(measured()).toBeGreaterThan(shown);
    const opened = measured();
    tick();
    await wait(150);
    expect(measured()).toBeGreaterThan(opened);
    watch.stop();
  });

  it('the tab hidden: nothing measured; shown again, measured at once', async () => {
    const { watch, measured } = watched();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    for (let i = 0; i < 4; i++) {
      tick();
      await wait(60);
    }
    await wait(150);
    // on main a hidden tab's ticker had the bands measured ~8 times a second (Chromium, 400 px, ux95's walk)
    expect(measured()).toBe(0);
    Reflect.deleteProperty(document, 'visibilityState');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(measured()).toBeGreaterThan(0);
    watch.stop();
  });
});

describe('the lens\'s own changes are not the page\'s (ux95)', () => {
  it('its flash\'s animation ending measures nothing; a page\'s transition ending does', async () => {
    const cell = document.createElement('td');
    document.body.append(cell);
    mounted.push(cell);
    const { watch, measured } = watched();
    const ended = (type: string, name: string): Event => {
      const e = new Event(type, { bubbles: true });
      Object.defineProperty(e, 'animationName', { value: name });
      return e;
    };
    cell.dispatchEvent(ended('animationend', 'nianbao-lens-flash'));
    await wait(150);
    // on main each jump's flash, ended 1.5 s on, had the bands measured
    expect(measured()).toBe(0);
    // a guard: the page's banner slid in
    cell.dispatchEvent(new Event('transitionend', { bubbles: true }));
    await wait(150);
    expect(measured()).toBeGreaterThan(0);
    watch.stop();
  });

  it('a sentence\'s flash wrapped and unwrapped measures nothing; the page\'s text changed beside it does', async () => {
    const p = document.createElement('p');
    p.textContent = '本年度共受理政府信息公开申请12件。其中当面申请3件。';
    document.body.append(p);
    mounted.push(p);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const marks = markPage(document, [], [], () => undefined, p, ['本年度共受理政府信息公开申请12件。']);
    vi.useRealTimers();
    const { watch, measured } = watched();
    const els = marks.scrollToSentence('本年度共受理政府信息公开申请12件。');
    expect(els.length).toBeGreaterThan(0);
    expect(p.querySelector(QUOTE_TAG)).not.toBeNull();
    await wait(150);
    // on main the wrappers' coming had the bands measured
    expect(measured()).toBe(0);
    marks.clear();
    expect(p.querySelector(QUOTE_TAG)).toBeNull();
    await wait(150);
    expect(measured()).toBe(0);
    // a guard: the page's own text changed
    p.append('（更新）');
    await wait(150);
    expect(measured()).toBeGreaterThan(0);
    watch.stop();
  });
});

describe('the panel folded to its badge while it is the strip (ux95)', () => {
  it('the bands not watched behind the badge; opened, watched again', async () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 20_000, configurable: true });
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const h = window.innerHeight;
    const q = document.createElement(QUOTE_TAG);
    document.body.append(q);
    mounted.push(q);
    Object.defineProperty(q, 'getBoundingClientRect', { value: () => box(100, h / 2 - 15, 140, h / 2 + 15) });
    Object.defineProperty(q, 'getClientRects', { value: () => [box(100, h / 2 - 15, 140, h / 2 + 15)] });
    const report = analysed('qizhong-nested-wrong-2023.html');
    const el = document.createElement('div');
    document.body.append(el);
    mounted.push(el);
    render(
      <Panel t={zh} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
        dock="right" tooltip={null} located={() => true} onFinding={() => q.setAttribute(FLASH_ATTR, JUMP)} onDock={() => {}} onClose={() => {}} />,
      el,
    );
    Object.defineProperty(el.querySelector('.lens')!, 'getBoundingClientRect', { value: () => box(12, 16, window.innerWidth - 12, window.innerHeight - 16), configurable: true });
    el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!.click();
    await drawn();
    expect(el.querySelector('.lens')!.getAttribute('data-strip')).toBe('');
    const at = vi.spyOn(document, 'elementFromPoint').mockImplementation(() => document.body);
    tick();
    await wait(150);
    // a guard: the strip shown, the page's change measured
    const shown = at.mock.calls.length;
    expect(shown).toBeGreaterThan(0);
    el.querySelector<HTMLButtonElement>('button[aria-label="收起为小图标"]')!.click();
    await drawn();
    expect(el.querySelector('button.badge')).not.toBeNull();
    for (let i = 0; i < 4; i++) {
      tick();
      await wait(60);
    }
    await wait(150);
    // on main the watch ran on behind the badge
    expect(at.mock.calls.length).toBe(shown);
    el.querySelector<HTMLButtonElement>('button.badge')!.click();
    await drawn();
    expect(el.querySelector('.lens')!.getAttribute('data-strip')).toBe('');
    tick();
    await wait(150);
    expect(at.mock.calls.length).toBeGreaterThan(shown);
  });
});

describe('the panel dropped low in the window (ux95)', () => {
  it('its foot kept inside the window: the list\'s last findings in reach (on main 221 px of it below the window at 400 × 800)', async () => {
    const report = analysed('qizhong-nested-wrong-2023.html');
    const el = document.createElement('div');
    document.body.append(el);
    mounted.push(el);
    render(
      <Panel t={zh} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
        dock="right" tooltip={null} located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}} />,
      el,
    );
    const lens = () => el.querySelector<HTMLElement>('.lens')!;
    // a guard: at its first place the stylesheet's height (the window's less 32 px) holds
    expect(lens().style.maxHeight).toBe('');
    Object.defineProperty(lens(), 'getBoundingClientRect', { value: () => box(28, 16, 388, 784), configurable: true });
    const bar = el.querySelector<HTMLElement>('.bar')!;
    Object.defineProperty(bar, 'setPointerCapture', { value: () => {} });
    const pointer = (type: string, y: number): Event => {
      const e = new MouseEvent(type, { bubbles: true, button: 0, clientX: 200, clientY: y });
      Object.defineProperty(e, 'pointerId', { value: 1 });
      return e;
    };
    bar.dispatchEvent(pointer('pointerdown', 30));
    bar.dispatchEvent(pointer('pointermove', 150));
    bar.dispatchEvent(pointer('pointerup', 267));
    await drawn();
    expect(lens().style.top).toBe('253px');
    expect(lens().style.maxHeight).toBe('calc(100vh - 269px)');
  });
});
