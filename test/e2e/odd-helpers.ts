/**
 * What the odd-page e2e files share (red team 17: odd-pages.e2e.ts, odd-scripts.e2e.ts): the
 * report every odd page carries (test/fixtures/pages/wrong-total-cell-2019.html: one wrong cell,
 * three findings), a browser session on a *.gov.cn host, and what the reader must see.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT, setSettings, watchConsole, type Browser, closeSession, openSession, type Session } from './harness.ts';

export const want = (JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages/wrong-total-cell-2019.expected.json'), 'utf8')) as {
  findings: { suspect?: { table: number; row: number; col: number }; actual?: number; expected?: number }[];
}).findings;
export const VERDICT = `发现 ${want.length} 处不一致`;
export const SUSPECT_TEXT = String(want[0]!.actual);

export const verdict = (page: Page) => page.locator('nianbao-lens [role=status]');
export { marked } from './harness.ts';

/** The panel as the reader sees it: its box, its style (from its shadow root's sheet) and its verdict's colour. */
export const panelLook = (page: Page) =>
  page.locator('nianbao-lens [role=complementary]').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const v = (el.getRootNode() as ShadowRoot).querySelector('[role=status]')!;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 20);
    return {
      width: r.width,
      tall: r.height > 100,
      position: getComputedStyle(el).position,
      color: getComputedStyle(v).color,
      // the panel is on top at its own middle: the page does not cover it
      onTop: hit?.tagName.toLowerCase() === 'nianbao-lens',
    };
  });
export const STYLED = { width: 360, tall: true, position: 'fixed', color: 'rgb(198, 40, 40)', onTop: true };

/** The suspect cell in a document (the page's or a frame's): its text and whether its outline shows. */
export const suspectIn = (where: Page | Frame) =>
  where.evaluate(() => {
    const all = document.querySelectorAll('[data-nianbao-lens="suspect"]');
    const el = all[0];
    const s = el ? getComputedStyle(el) : null;
    return { count: all.length, text: el?.textContent?.trim(), outline: s ? `${s.outlineStyle} ${s.outlineWidth}` : null };
  });

/**
 * Whether the suspect cell is where the reader sees it: inside the viewport, below a fixed header
 * `under` px tall, and not hidden by a scrolling box it sits in or by the page's fixed header (the
 * point at its middle is the cell).
 */
export const suspectSeen = (page: Page, under = 0) =>
  page.evaluate((top) => {
    const el = document.querySelector('[data-nianbao-lens="suspect"]');
    if (!el) return 'no suspect';
    const r = el.getBoundingClientRect();
    if (r.top < top || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) return 'off screen';
    // the panel floats over the page and may lie over the cell (the reader docks it aside): look under it
    const hit = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).find((e) => e.tagName.toLowerCase() !== 'nianbao-lens');
    return el.contains(hit ?? null) ? 'seen' : `covered by ${hit?.tagName ?? 'nothing'}`;
  }, under);

/**
 * Until the page's smooth scroll (a finding's click) is over: the panel hides its tooltip on scroll. The scroll moves
 * every frame while it lasts: over once the page stands still across three frames (it looked every 150 ms).
 */
export async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => new Promise<boolean>((done) => {
    const y = window.scrollY;
    requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY === y))));
  }), undefined, { timeout: 5000 });
}

/**
 * A rectangle as the page's own script sees it (getBoundingClientRect: where elementFromPoint finds
 * the element). Playwright's boxes and clicks go through CDP's box model, which under a zoomed
 * <html> does not follow the panel's counter-zoom (session.tsx unzoom): its click on a panel button
 * missed, while elementFromPoint at the rectangle's middle is the button.
 */
export const rectOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

/** Hover the suspect cell (the panel docked aside): the tooltip stands below or above it, in the window. */
export async function tooltipAtCell(page: Page): Promise<void> {
  // a jump whose cell stood under the panel has moved it left already (components/panel-dodge.ts, ux86: the zoomed page's cell)
  if ((await page.locator('nianbao-lens [role=complementary]').getAttribute('data-dock')) === 'right') {
    const dock = await rectOf(page, 'nianbao-lens button[aria-label="停靠到左侧"]');
    await page.mouse.click(dock.x + dock.width / 2, dock.y + dock.height / 2);
  }
  await expect.poll(() => page.locator('nianbao-lens [role=complementary]').getAttribute('data-dock')).toBe('left');
  // the panel hides its tooltip on any scroll (a late smooth scroll on a loaded machine) and shows it again as the
  // pointer moves on the cell: hover until the tooltip and the cell stand still together, both read in the same frame.
  // Each try waits longer than the last (0.4 s, then 0.8, 1.6, 3.2 s): a tooltip that a loaded machine paints late is
  // waited for, not hovered away (ten tries of 0.4 s each, 4 s in all, held only on a quiet machine)
  let cell = { x: 0, y: 0, width: 0, height: 0 };
  type Box = { x: number; y: number; width: number; height: number };
  type Tip = Box & { text: string };
  let tip: Tip | null = null;
  for (let i = 0; i < 8 && !tip; i++) {
    await scrollSettled(page);
    const at = await rectOf(page, '[data-nianbao-lens="suspect"]');
    const pointer = { x: at.x + at.width / 2 + (i % 2), y: at.y + at.height / 2 };
    await page.mouse.move(pointer.x, pointer.y);
    // only the suspect's own tooltip, the pointer still on it: a scroll after the hover puts another marked cell under
    // the pointer, and the move's tooltip is then that cell's (a flagged cell's words name the suspect's fix too)
    const shown = await page.waitForFunction(({ x, y }) => {
      if (!document.elementFromPoint(x, y)?.closest('[data-nianbao-lens="suspect"]')) return null;
      const rect = (el: Element | null | undefined) => {
        const r = el?.getBoundingClientRect();
        return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      };
      const both = () => {
        const t = document.querySelector('nianbao-lens')?.shadowRoot?.querySelector('[role=tooltip]');
        const tipBox = rect(t);
        const cellBox = rect(document.querySelector('[data-nianbao-lens="suspect"]'));
        return t && tipBox && cellBox ? { tip: { text: t.textContent ?? '', ...tipBox }, cell: cellBox } : null;
      };
      const first = both();
      return first && new Promise<typeof first | null>((done) => requestAnimationFrame(() => done(JSON.stringify(both()) === JSON.stringify(first) ? first : null)));
    }, pointer, { timeout: 400 * 2 ** Math.min(i, 3) }).catch(() => null);
    const seen = shown ? ((await shown.jsonValue()) as { tip: Tip; cell: Box }) : null;
    tip = seen?.tip ?? null;
    if (seen) cell = seen.cell;
  }
  expect(tip?.text).toContain(`应为 ${want[0]!.expected}`);
  const box = tip!;
  expect(Math.abs(box.y - (cell.y + cell.height + 6)) < 3 || Math.abs(box.y + box.height - (cell.y - 6)) < 3).toBe(true);
  // at the cell's left edge, or moved in so that it fits the window (session.tsx tooltipFor)
  expect(Math.abs(box.x - Math.max(8, Math.min(cell.x, 1280 - 348)))).toBeLessThan(3);
  expect(box.width).toBeGreaterThan(200);
}

export const traces = (where: Page | Frame) =>
  where.evaluate(() => document.querySelectorAll('nianbao-lens, nianbao-lens-file, [data-nianbao-lens], [data-nianbao-lens-flash], nianbao-quote').length);

/**
 * From the top of the page, a click on the first finding brings the suspect cell into view; closing
 * the panel leaves nothing of the lens, and the page's console stayed clean. Closes the page.
 */
export async function clickScrollsThenCloses(page: Page, errors: string[]): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('nianbao-lens .finding').first().click();
  await expect.poll(() => suspectSeen(page)).toBe('seen');
  await closePanel(page);
  expect(await traces(page)).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}

export async function closePanel(page: Page): Promise<void> {
  await page.locator('nianbao-lens button[aria-label="关闭并移除所有标记"]').click();
  await expect.poll(() => page.locator('nianbao-lens').count()).toBe(0);
}

/**
 * The file's browser session (Chinese panel, docked right again after every test: a test docks it
 * aside to hover a cell, and the setting is kept), and pages opened on a *.gov.cn host.
 */
export function oddSession(): { b(): Browser; port(): number; gov(path: string): string; open(url: string): Promise<{ page: Page; errors: string[] }> } {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession();
  });
  afterEach(() => setSettings(session!.b, { language: 'zh_CN' }));
  afterAll(() => closeSession(session));
  const gov = (path: string) => `http://nianbao-odd.gov.cn:${session!.port}${path}`;
  return {
    b: () => session!.b,
    port: () => session!.port,
    gov,
    async open(url) {
      const page = await session!.b.context.newPage();
      const errors = watchConsole(page);
      await page.goto(url);
      return { page, errors };
    },
  };
}
