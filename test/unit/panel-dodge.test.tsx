/**
 * A finding's jump that lands under the panel (ux86, components/panel-dodge.ts). In Chromium at 1280 px, table 四's
 * 总计 column stood under the panel (x 1213–1257 with the panel at 893–1253), and in a half-screen window of 800 px
 * every cell right of the middle did: a click on the finding flashed a cell nobody saw. Now the panel stands on the
 * other side when that side leaves the cell clear, without saving it as the reader's dock, and in a window too narrow
 * for either side shrinks to a strip at the window's foot (ux90, test/unit/panel-narrow.test.tsx; it folded to its badge).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { afterCentre, dodgeFor, type Box } from '../../components/panel-dodge.ts';
import { FLASH_ATTR, JUMP } from '../../components/page-marks.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import type { Dock } from '../../components/settings-read.ts';
import { analysed, zh } from './panel-helpers.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
/** a 1280 × 860 window scrolled 2,000 px into a 6,000 px page; the panel docked right, as Chromium drew it */
const wide = { width: 1265, height: 860, scrollY: 2000, maxScrollY: 5140 };
const rightPanel = box(893, 16, 1253, 844);

describe('dodgeFor: where the jump lands, and the panel over it', () => {
  it('a cell scrolled to the middle lands at the middle, as far as the page can scroll', () => {
    expect(afterCentre(box(1213, 1402, 1257, 1459), wide)).toEqual(box(1213, 401.5, 1257, 458.5));
    // near the page's end: the page scrolls only to its end, the cell stays lower
    expect(afterCentre(box(100, 4000, 200, 4030), { ...wide, scrollY: 5000 }).top).toBe(3860);
  });

  it('table 四\'s 总计 under the panel at 1280 px: the panel goes left', () => {
    expect(dodgeFor(rightPanel, 'right', box(1213, 1402, 1257, 1459), wide)).toBe('left');
  });

  it('a cell the panel leaves clear, or more than half clear: it stays', () => {
    expect(dodgeFor(rightPanel, 'right', box(279, 1401, 370, 1458), wide)).toBeNull();
    expect(dodgeFor(rightPanel, 'right', box(700, 1401, 1000, 1458), wide)).toBeNull();
  });

  it('a short panel (a few findings) above where the cell lands: it stays', () => {
    expect(dodgeFor(box(893, 16, 1253, 300), 'right', box(1213, 1402, 1257, 1459), wide)).toBeNull();
  });

  it('docked left over a cell on the left: it goes right', () => {
    expect(dodgeFor(box(12, 16, 372, 844), 'left', box(51, 1401, 328, 1458), wide)).toBe('right');
  });

  it('a 400 px window, the panel 360 px wide: neither side leaves the cell clear, it shrinks to a strip at the foot (ux90; it folded)', () => {
    expect(dodgeFor(box(13, 16, 373, 844), 'right', box(345, 1382, 377, 1463), { width: 385, height: 860, scrollY: 1000, maxScrollY: 9000 })).toBe('strip');
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

/** A panel over a page cell at `cell` (its box in the window), and the docks it asked to save. */
let report: ReturnType<typeof analysed> | undefined;
function panelOver(cell: Box): { el: HTMLElement; saved: Dock[] } {
  report ??= analysed('qizhong-nested-wrong-2023.html');
  const td = document.createElement('td');
  document.body.append(td);
  Object.defineProperty(td, 'getBoundingClientRect', { value: () => cell });
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el, td);
  const saved: Dock[] = [];
  const jump = (): void => {
    // what page-marks.ts scrollTo does with the cell it scrolls to
    td.setAttribute(FLASH_ATTR, JUMP);
  };
  render(
    <Panel t={zh} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={jump} onDock={(d) => saved.push(d)} onClose={() => {}} />,
    el,
  );
  const lens = el.querySelector<HTMLElement>('.lens')!;
  // the panel where the window's right edge puts it (happy-dom lays nothing out)
  const w = document.documentElement.clientWidth || window.innerWidth;
  Object.defineProperty(lens, 'getBoundingClientRect', { value: () => box(w - 372, 16, w - 12, window.innerHeight - 16) });
  return { el, saved };
}

describe('the panel, on a finding\'s click', () => {
  it('stands on the left while its jump\'s cell would be under it, and does not save that as the reader\'s dock', async () => {
    const w = document.documentElement.clientWidth || window.innerWidth;
    const mid = window.innerHeight / 2;
    const { el, saved } = panelOver(box(w - 60, mid - 15, w - 20, mid + 15));
    expect(el.querySelector('.lens')!.getAttribute('data-dock')).toBe('right');
    el.querySelector<HTMLButtonElement>('button.finding')!.click();
    await drawn();
    expect(el.querySelector('.lens')!.getAttribute('data-dock')).toBe('left');
    expect(saved).toEqual([]);
    // the dock button: the reader's choice, from the side the panel stands on now
    el.querySelector<HTMLButtonElement>('button[aria-label="停靠到右侧"]')!.click();
    await drawn();
    expect(saved).toEqual(['right']);
    expect(el.querySelector('.lens')!.getAttribute('data-dock')).toBe('right');
  });

  it('stays where it is when the cell is clear of it', async () => {
    const mid = window.innerHeight / 2;
    const { el } = panelOver(box(40, mid - 15, 120, mid + 15));
    el.querySelector<HTMLButtonElement>('button.finding')!.click();
    await drawn();
    expect(el.querySelector('.lens')!.getAttribute('data-dock')).toBe('right');
    expect(el.querySelector('button.badge')).toBeNull();
  });
});
