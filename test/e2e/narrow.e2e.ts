/**
 * The panel at 400 px, in real Chromium (ux90): a phone-width window, or a reader's window split beside another. The
 * 360 px panel covers the page's width there, and each finding's jump folded it to its badge (ux86: neither side leaves
 * half the cell clear); opened again, its list stood at the top. Walking qizhong-nested-wrong-2023's findings was
 * click, open, scroll back, each time. Now the panel shrinks to a strip along the window's foot, the cell scrolled to
 * the middle above it, the finding clicked still focused and in sight in the list, and the next one a click away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSession, openReport, openSession, type Session } from './harness.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
}, 60_000);
afterAll(() => closeSession(session));

/** Where the jump landed and the panel stands, read in one frame: the share of the jump's lines the panel leaves clear. */
const seen = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('nianbao-lens')!.shadowRoot!;
    const lens = host.querySelector('.lens');
    const jumps = Array.from(document.querySelectorAll('[data-nianbao-lens-flash="jump"]'));
    const p = lens?.getBoundingClientRect();
    let area = 0;
    let covered = 0;
    for (const el of jumps) {
      for (const r of Array.from(el.getClientRects())) {
        area += r.width * r.height;
        if (p) covered += Math.max(0, Math.min(r.right, p.right) - Math.max(r.left, p.left)) * Math.max(0, Math.min(r.bottom, p.bottom) - Math.max(r.top, p.top));
      }
    }
    const first = jumps[0]?.getBoundingClientRect();
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const findings = Array.from(host.querySelectorAll('button.finding'));
    const content = host.querySelector('.content')?.getBoundingClientRect();
    const a = active?.getBoundingClientRect();
    return {
      strip: lens?.hasAttribute('data-strip') ?? false,
      badge: host.querySelector('button.badge') !== null,
      clear: area > 0 ? 1 - covered / area : 0,
      inWindow: !!first && first.top >= 0 && first.bottom <= innerHeight,
      focus: findings.indexOf(active as Element),
      // the focused finding within the list's box (its top line at least)
      focusShown: !!a && !!content && a.top >= content.top - 1 && a.top + 16 <= content.bottom + 1,
      lensTop: p?.top ?? null,
    };
  });

/** Until the page's smooth scroll has ended: scrollY the same over ten frames (a smooth scroll may start a frame late). */
async function scrollEnded(page: Page): Promise<void> {
  const still = () =>
    page.evaluate(() => new Promise<boolean>((done) => {
      const y = scrollY;
      let frames = 10;
      const next = () => (scrollY !== y ? done(false) : --frames === 0 ? done(true) : requestAnimationFrame(next));
      requestAnimationFrame(next);
    }));
  await expect.poll(still).toBe(true);
}

describe('the panel at 400 px (ux90)', () => {
  it('walks every finding without folding: a strip at the foot, the cell above it, the focus on the finding', async () => {
    const page = await openReport(session.b, `http://www.qingxi.gov.cn:${session.port}/fixtures/qizhong-nested-wrong-2023.html`);
    await page.setViewportSize({ width: 400, height: 800 });
    const findings = page.locator('nianbao-lens button.finding:not([aria-disabled])');
    const n = await findings.count();
    expect(n).toBeGreaterThanOrEqual(4);
    const walked: ReturnType<typeof seen> extends Promise<infer T> ? T[] : never = [];
    for (let i = 0; i < n; i++) {
      await findings.nth(i).click();
      await scrollEnded(page);
      const s = await seen(page);
      walked.push(s);
    }
    // every jump: no badge; after the first, the strip; the cell in the window and at least half of it clear of the panel
    expect(walked.map((s) => s.badge)).toEqual(walked.map(() => false));
    expect(walked.every((s) => s.strip)).toBe(true);
    expect(walked.map((s) => s.inWindow && s.clear >= 0.5)).toEqual(walked.map(() => true));
    // the finding clicked keeps the focus, and stands in the list's box
    expect(walked.map((s) => s.focus)).toEqual(walked.map((_, i) => i));
    expect(walked.every((s) => s.focusShown)).toBe(true);
    // the strip: at the window's foot, below its middle
    expect(walked.every((s) => (s.lensTop ?? 0) > 400)).toBe(true);
    // the reader gives the panel its height again
    await page.locator('nianbao-lens button[aria-label="恢复完整面板"]').click();
    await expect.poll(() => page.locator('nianbao-lens .lens').getAttribute('data-strip')).toBeNull();
    await page.close();
  }, 60_000);
});
