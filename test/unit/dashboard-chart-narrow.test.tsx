/**
 * ux88: the rules chart in a narrow window (ux86's walk: at 400 px the dashboard's "100 处 · 29 份年报" stood past
 * the chart's box, read only by scrolling sideways). Narrow, each label stands above its bar in a drawing of 340
 * units, which the 376 px a 400 px window leaves holds (dashboard.css: never narrower than the drawing); wide, as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { HBarChart } from '../../components/dashboard/charts.tsx';

const ITEMS = [
  { key: 'a', label: '跨年度结转', value: 100, shown: '100 处', note: '29 份年报' },
  { key: 'b', label: '正文分项之和', value: 49, shown: '49 处', note: '28 份年报' },
];

/** happy-dom's own handle on the window, to size it as a 400 px window is. */
const viewport = (width: number, height: number): void =>
  (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM.setViewport({ width, height });

function drawn(width: number): SVGSVGElement {
  viewport(width, 800);
  const root = document.createElement('div');
  document.body.append(root);
  render(<HBarChart id="chart-rules" title="问题分布" items={ITEMS} />, root);
  return root.querySelector('svg')!;
}

/** The right end of the drawing's furthest text or bar, in its units (a character of the value 10 units wide at most). */
function rightmost(svg: SVGSVGElement): number {
  const vals = [...svg.querySelectorAll('text.val')].map((t) => Number(t.getAttribute('x')) + [...t.textContent!].length * 10 * 0.62);
  return Math.max(...vals);
}

afterEach(() => {
  document.body.replaceChildren();
  viewport(1024, 768);
});

describe('the rules chart fits a narrow window', () => {
  it('at 400 px: labels above their bars, the values inside the 340 units that fit', () => {
    const svg = drawn(400);
    expect(svg.getAttribute('viewBox')).toBe('0 0 340 80');
    expect(svg.closest('figure')!.classList.contains('narrow')).toBe(true);
    const cat = svg.querySelector('text.cat')!;
    const bar = svg.querySelector('rect.bar')!;
    expect(cat.getAttribute('x')).toBe('0');
    expect(Number(cat.getAttribute('y'))).toBeLessThan(Number(bar.getAttribute('y')));
    expect(rightmost(svg)).toBeLessThanOrEqual(340);
    expect([...svg.querySelectorAll('text.val')].map((t) => t.textContent)).toEqual(['100 处 · 29 份年报', '49 处 · 28 份年报']);
  });
  it('at 1280 px: labels beside their bars, as before', () => {
    const svg = drawn(1280);
    expect(svg.getAttribute('viewBox')).toBe('0 0 460 52');
    expect(svg.closest('figure')!.classList.contains('narrow')).toBe(false);
    expect(svg.querySelector('text.cat')!.getAttribute('text-anchor')).toBe('end');
  });
});
