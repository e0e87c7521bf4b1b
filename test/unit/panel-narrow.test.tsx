/**
 * The panel in a narrow window and a quote's every line (ux90, components/panel-dodge.ts and panel.tsx). At 400 px
 * (a phone-width window, or a split one) neither side leaves a jump's cell clear of the 360 px panel, and each
 * finding's click folded it to its badge; opened again, its list stood at the top with the focus on its first control:
 * walking 8 findings was 8 × (click, open, scroll back). Now the panel shrinks to a strip along the window's foot (the
 * cell scrolled to the middle, above it) and folds only where the strip covers the cell too; opened after such a fold,
 * the list stands where it was and the focus is on the finding clicked. And a quote is judged by every piece the jump
 * flashes, not by its first: "全县" left of the panel and the rest of the sentence under it stayed covered.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { dodgeFor, stripBox, type Box } from '../../components/panel-dodge.ts';
import { FLASH_ATTR, JUMP, markPage, QUOTE_TAG } from '../../components/page-marks.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import type { FindingOut } from '../../lib/report/schema.ts';
import { analysed, zh } from './panel-helpers.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
/** a 400 × 800 window (385 px inside its scroll bar), 1,000 px into a long page; the panel as Chromium drew it */
const narrow = { width: 385, height: 800, scrollY: 1000, maxScrollY: 9000 };
const narrowPanel = box(13, 16, 373, 784);

describe('dodgeFor in a narrow window', () => {
  it('a cell no side leaves clear, scrolled to the middle above the strip: the strip', () => {
    expect(dodgeFor(narrowPanel, 'right', box(345, 1382, 377, 1463), narrow)).toBe('strip');
    // docked left, the same
    expect(dodgeFor(narrowPanel, 'left', box(20, 1382, 90, 1412), narrow)).toBe('strip');
  });

  it('the strip: the window\'s width, at most 40 % of its height, at its foot; a short panel keeps its height', () => {
    expect(stripBox(narrowPanel, narrow)).toEqual(box(12, 468, 373, 788));
    expect(stripBox(box(13, 16, 373, 216), narrow)).toEqual(box(12, 588, 373, 788));
  });

  it('a cell at the page\'s foot (the page cannot scroll it up to the middle), under the strip too: the strip along the window\'s top (ux91; the badge before)', () => {
    expect(dodgeFor(narrowPanel, 'right', box(100, 700, 300, 740), { ...narrow, scrollY: 9000 })).toBe('strip-top');
  });

  it('a wide window keeps the other side first (ux86)', () => {
    expect(dodgeFor(box(893, 16, 1253, 844), 'right', box(1213, 1402, 1257, 1459), { width: 1265, height: 860, scrollY: 2000, maxScrollY: 5140 })).toBe('left');
  });
});

describe('dodgeFor on a quote\'s pieces', () => {
  // at 1280 px, docked right: the quote starts on the left of the panel and runs on under it
  const wide = { width: 1265, height: 860, scrollY: 2000, maxScrollY: 5140 };
  const rightPanel = box(893, 16, 1253, 844);
  it('the first piece clear, most of the quote under the panel: it stands aside', () => {
    const first = box(760, 2400, 860, 2420);
    const rest = box(860, 2400, 1240, 2420);
    expect(dodgeFor(rightPanel, 'right', first, wide)).toBeNull(); // the first piece alone: stays (main's reading)
    expect(dodgeFor(rightPanel, 'right', first, wide, [first, rest])).toBe('left');
  });

  it('a quote over two lines, its start under the panel and its second line clear across the page: it stays', () => {
    const line1 = box(1100, 2400, 1240, 2420);
    const line2 = box(40, 2422, 900, 2442);
    expect(dodgeFor(rightPanel, 'right', line1, wide)).toBe('left');
    expect(dodgeFor(rightPanel, 'right', line1, wide, [line1, line2])).toBeNull();
  });
});

describe('page-marks.ts: a quote\'s jump is its every piece', () => {
  it('a quote over three text nodes: the three pieces carry the jump, the first scrolled to', () => {
    const doc = new DOMParser().parseFromString('<body><p>去年，全县被申请<b>政府信息公开</b>行政复议<span>3件</span>，均维持。</p></body>', 'text/html');
    const f: FindingOut = { rule: 'text.parts', severity: 'error', message: 'x', cells: [], suspect: null, quote: '全县被申请政府信息公开行政复议3件' };
    const marks = markPage(doc, [f], []);
    const scrolled: Element[] = [];
    for (const el of doc.querySelectorAll(QUOTE_TAG)) Object.defineProperty(el, 'scrollIntoView', { value: () => scrolled.push(el) });
    const el = marks.scrollTo(f);
    const pieces = Array.from(doc.querySelectorAll(QUOTE_TAG));
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(scrolled).toEqual([pieces[0]]);
    expect(el).toBe(pieces[0]);
    expect(Array.from(doc.querySelectorAll(`[${FLASH_ATTR}="${JUMP}"]`))).toEqual(pieces);
    marks.clear();
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
});

let report: ReturnType<typeof analysed> | undefined;
/**
 * A panel whose finding's jump lands on page elements at `pieces` (their boxes in the window), the panel as wide as the
 * window (happy-dom lays nothing out: a window of its width, the panel across it, as at 400 px).
 */
function panelOver(pieces: Box[], lens: (w: number, h: number) => Box = (w, h) => box(12, 16, w - 12, h - 16)): HTMLElement {
  report ??= analysed('qizhong-nested-wrong-2023.html');
  const els = pieces.map((p) => {
    const q = document.createElement(QUOTE_TAG);
    document.body.append(q);
    Object.defineProperty(q, 'getBoundingClientRect', { value: () => p });
    Object.defineProperty(q, 'getClientRects', { value: () => [p] });
    return q;
  });
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el, ...els);
  const jump = (): void => els.forEach((q) => q.setAttribute(FLASH_ATTR, JUMP));
  render(
    <Panel t={zh} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={jump} onDock={() => {}} onClose={() => {}} />,
    el,
  );
  const w = document.documentElement.clientWidth || window.innerWidth;
  Object.defineProperty(el.querySelector('.lens')!, 'getBoundingClientRect', { value: () => lens(w, window.innerHeight) });
  return el;
}

describe('the panel, on a finding\'s click in a narrow window', () => {
  it('shrinks to the strip, the finding clicked keeping the focus, until the reader restores it', async () => {
    const w = document.documentElement.clientWidth || window.innerWidth;
    const mid = window.innerHeight / 2;
    const el = panelOver([box(w / 2 - 20, mid - 15, w / 2 + 20, mid + 15)]);
    const second = el.querySelectorAll<HTMLButtonElement>('button.finding')[1]!;
    second.focus();
    second.click();
    await drawn();
    const lens = el.querySelector('.lens')!;
    expect(lens.hasAttribute('data-strip')).toBe(true);
    expect(el.querySelector('button.badge')).toBeNull();
    expect(document.activeElement).toBe(second);
    // the next finding's click: the strip stays
    el.querySelectorAll<HTMLButtonElement>('button.finding')[2]!.click();
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(true);
    el.querySelector<HTMLButtonElement>('button[aria-label="恢复完整面板"]')!.click();
    await drawn();
    expect(el.querySelector('.lens')!.hasAttribute('data-strip')).toBe(false);
    expect(el.querySelector('button[aria-label="恢复完整面板"]')).toBeNull();
  });

  it('a cell at the window\'s foot on a page that cannot scroll: the strip along the window\'s top (ux91; it folded), the list where it was and the finding clicked', async () => {
    const w = document.documentElement.clientWidth || window.innerWidth;
    const h = window.innerHeight;
    // the page does not scroll (happy-dom's page is one window high): a cell at the window's foot stays there
    const el = panelOver([box(w / 2 - 20, h - 60, w / 2 + 20, h - 30)]);
    const content = el.querySelector<HTMLElement>('.content')!;
    content.scrollTop = 240;
    const third = el.querySelectorAll<HTMLButtonElement>('button.finding')[2]!;
    third.focus();
    third.click();
    await drawn();
    expect(el.querySelector('button.badge')).toBeNull();
    expect(el.querySelector('.lens')!.getAttribute('data-strip')).toBe('top');
    expect(el.querySelector<HTMLElement>('.content')!.scrollTop).toBe(240);
    expect(document.activeElement).toBe(el.querySelectorAll('button.finding')[2]);
  });

  it('a quote starting clear of the panel and running on under it: the panel stands aside (docked right, 1280 px)', async () => {
    const w = document.documentElement.clientWidth || window.innerWidth;
    const mid = window.innerHeight / 2;
    const el = panelOver([box(w - 520, mid - 10, w - 380, mid + 10), box(w - 380, mid - 10, w - 20, mid + 10)], (ww, hh) => box(ww - 372, 16, ww - 12, hh - 16));
    el.querySelector<HTMLButtonElement>('button.finding')!.click();
    await drawn();
    expect(el.querySelector('.lens')!.getAttribute('data-dock')).toBe('left');
  });
});
