/**
 * The panel at 400 px, in real Chromium (ux90): a phone-width window, or a reader's window split beside another. The
 * 360 px panel covers the page's width there, and each finding's jump folded it to its badge (ux86: neither side leaves
 * half the cell clear); opened again, its list stood at the top. Walking qizhong-nested-wrong-2023's findings was
 * click, open, scroll back, each time. Now the panel shrinks to a strip along the window's foot, the cell scrolled to
 * the middle above it, the finding clicked still focused and in sight in the list, and the next one a click away.
 * ux91's walk (360 and 400 px, 200 % zoom): the jump is placed in the window's part above the strip, not at the window's
 * middle (the strip's top edge), below a portal's fixed header; a jump at the page's foot gets the strip at the window's
 * top (it folded); a cell of a table scrolling sideways in its own box is judged where it comes in; widened, the window
 * gets the full panel back; the keyboard's 恢复完整面板 leaves the focus in the panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
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
    const kept = document.querySelectorAll('[data-e2e-jump]');
    const jumps = Array.from(kept.length > 0 ? kept : document.querySelectorAll('[data-nianbao-lens-flash="jump"]'));
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
      lensBottom: p?.bottom ?? null,
      stripAt: lens?.getAttribute('data-strip') ?? null,
      // the jump's top (for a page's fixed header above it)
      firstTop: first?.top ?? null,
      active: active ? `${active.tagName}${active.getRootNode() === host ? ' in panel' : ''}` : null,
    };
  });

/** The jump's elements kept past their flash (1.8 s; a long smooth scroll may outlast it): seen() reads them after. */
async function keepJump(page: Page): Promise<void> {
  // the flash stays 1.8 s once set; a click's jump came past vitest's 1 s default poll at load 7–14 (ux93)
  await expect.poll(() => page.locator('[data-nianbao-lens-flash="jump"]').count(), { timeout: 5000 }).toBeGreaterThan(0);
  await page.evaluate(() => {
    document.querySelectorAll('[data-e2e-jump]').forEach((e) => e.removeAttribute('data-e2e-jump'));
    document.querySelectorAll('[data-nianbao-lens-flash="jump"]').forEach((e) => e.setAttribute('data-e2e-jump', ''));
  });
}

/** Until the page's smooth scroll has ended: scrollY the same over ten frames (a smooth scroll may start a frame late). */
async function scrollEnded(page: Page): Promise<void> {
  const still = () =>
    page.evaluate(() => new Promise<boolean>((done) => {
      const y = scrollY;
      let frames = 10;
      const next = () => (scrollY !== y ? done(false) : --frames === 0 ? done(true) : requestAnimationFrame(next));
      requestAnimationFrame(next);
    }));
  await expect.poll(still, { timeout: 5000 }).toBe(true);
}

/** qizhong-nested-wrong-2023 (eight findings of cells and quotes) in a window width × height, once the text's findings have come. */
async function openChecked(width: number, height: number): Promise<Page> {
  const page = await openReport(session.b, `http://www.qingxi.gov.cn:${session.port}/fixtures/qizhong-nested-wrong-2023.html`);
  await page.setViewportSize({ width, height });
  // the text's findings come with the text's stage (counted before it, none: a run on a loaded machine)
  await expect.poll(() => page.locator('nianbao-lens [data-verdict]').getAttribute('data-verdict')).not.toBe('checking');
  return page;
}

/** A finding clicked: its jump's elements kept past their flash and the smooth scroll ended, so that seen() reads where it landed. */
async function jump(page: Page, finding: Locator): Promise<void> {
  await finding.click();
  // at load 34 the smooth scroll's end came past the flash's 1.8 s, seen() then read no jump (ux94)
  await keepJump(page);
  await scrollEnded(page);
}

/** The first finding the reader can click. */
const firstFinding = (page: Page) => page.locator('nianbao-lens button.finding:not([aria-disabled])').first();

/** Every finding of a page clicked in turn, where each jump landed. */
async function walk(page: Page): Promise<Awaited<ReturnType<typeof seen>>[]> {
  // the text's findings come with the text's stage
  await expect.poll(() => page.locator('nianbao-lens [data-verdict]').getAttribute('data-verdict')).not.toBe('checking');
  const findings = page.locator('nianbao-lens button.finding:not([aria-disabled])');
  const n = await findings.count();
  const walked = [];
  for (let i = 0; i < n; i++) {
    await jump(page, findings.nth(i));
    walked.push(await seen(page));
  }
  return walked;
}

describe('the panel at 400 px (ux90)', () => {
  it('walks every finding without folding: a strip at the foot, the cell above it, the focus on the finding', async () => {
    const page = await openChecked(400, 800);
    const walked = await walk(page);
    expect(walked.length).toBeGreaterThanOrEqual(4);
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

  it('at 200 % zoom (a 400 × 450 window): every jump placed whole above the strip, not at the window\'s middle (ux91)', async () => {
    const page = await openChecked(400, 450);
    const walked = await walk(page);
    expect(walked.length).toBeGreaterThanOrEqual(4);
    // centred in the window, 4 of 8 were under half clear (a quote's last lines, a cell's foot under the strip's top edge)
    expect(walked.map((s) => s.strip && !s.badge && s.inWindow && s.clear >= 0.9)).toEqual(walked.map(() => true));
    // the keyboard gives the panel its height again: the focus stays in the panel (its button goes with the strip)
    await page.locator('nianbao-lens button[aria-label="恢复完整面板"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('nianbao-lens .lens').getAttribute('data-strip')).toBeNull();
    expect((await seen(page)).active).toBe('BUTTON in panel');
    await page.close();
  }, 60_000);

  it('a quote at the page\'s foot (section 六): the strip along the window\'s top, no badge; widened, the full panel (ux91)', async () => {
    const page = await openReport(session.b, `http://www.qingxi.gov.cn:${session.port}/fixtures/qualified-parts-wrong-2022.html`);
    await page.setViewportSize({ width: 400, height: 800 });
    const walked = await walk(page);
    // the first finding is the quote at the page's foot: it folded the panel to its badge
    expect(walked[0]).toMatchObject({ badge: false, strip: true, stripAt: 'top' });
    expect(walked[0]!.lensBottom).toBeLessThan(400);
    expect(walked.map((s) => !s.badge && s.inWindow && s.clear >= 0.9)).toEqual(walked.map(() => true));
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.locator('nianbao-lens .lens').getAttribute('data-strip')).toBeNull();
    await page.close();
  }, 60_000);

  it('a portal\'s fixed header and tables scrolling sideways in their own boxes: each cell between the header and the strip (ux91)', async () => {
    const page = await openReport(session.b, `http://www.qingfeng.gov.cn:${session.port}/e2e/odd-scroll-fixed.html`);
    await page.setViewportSize({ width: 400, height: 450 });
    const walked = await walk(page);
    expect(walked.length).toBeGreaterThanOrEqual(2);
    // the first cell, right of the window in its box, was judged where it stood and the full panel stayed over it
    expect(walked.map((s) => s.strip && s.inWindow && s.clear >= 0.9)).toEqual(walked.map(() => true));
    // below the page's 120 px fixed header
    expect(walked.every((s) => (s.firstTop ?? 0) >= 120)).toBe(true);
    await page.close();
  }, 60_000);

  it('a portal\'s fixed foot bar: the strip above it, the cell above the strip; read away, the strip lowered to its bar, back, raised (ux92)', async () => {
    const page = await openChecked(400, 800);
    // a gov.cn portal's 无障碍 / 长者模式 / 返回顶部 bar, fixed at the window's foot
    const barTop = await page.evaluate(() => {
      const b = document.createElement('div');
      b.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:56px;background:#b71c1c;z-index:9999';
      b.innerHTML = '<a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">返回顶部</a>';
      document.body.append(b);
      return b.getBoundingClientRect().top;
    });
    await jump(page, firstFinding(page));
    const s = await seen(page);
    // on main the strip stood over the bar (its foot at 788, the bar from 729): the bar's links out of reach
    expect(s).toMatchObject({ strip: true, badge: false, inWindow: true });
    expect(s.lensBottom!).toBeLessThanOrEqual(barTop);
    expect(s.clear).toBeGreaterThanOrEqual(0.9);
    // the reader scrolls on, away from the jump: the strip lowered to its bar (on main it stayed 320 px tall)
    await page.mouse.move(200, 100);
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.locator('nianbao-lens .lens[data-low]').count()).toBe(1);
    const low = await seen(page);
    expect(low.lensBottom! - low.lensTop!).toBeLessThan(60);
    expect(low.lensBottom!).toBeLessThanOrEqual(barTop);
    // back at it: the strip raised again
    await page.mouse.wheel(0, -2000);
    await expect.poll(() => page.locator('nianbao-lens .lens[data-low]').count()).toBe(0);
    expect(await page.locator('nianbao-lens .lens[data-strip]').count()).toBe(1);
    await page.close();
  }, 60_000);

  it('a jump into a same-site frame at 400 × 450: placed above the strip, not at the window\'s middle (ux92)', async () => {
    const page = await openReport(session.b, `http://www.qingxi.gov.cn:${session.port}/e2e/iframe-portal.html`);
    await page.setViewportSize({ width: 400, height: 450 });
    const finding = page.locator('nianbao-lens button.finding:not([aria-disabled])').first();
    await finding.click();
    await scrollEnded(page);
    const s = await page.evaluate(() => {
      const f = document.querySelector('iframe')!;
      const el = f.contentDocument!.querySelector('[data-nianbao-lens-flash="jump"]');
      const lens = document.querySelector('nianbao-lens')!.shadowRoot!.querySelector('.lens')!.getBoundingClientRect();
      const r = el?.getBoundingClientRect();
      const top = r ? r.top + f.getBoundingClientRect().top : null;
      return { strip: document.querySelector('nianbao-lens')!.shadowRoot!.querySelector('.lens[data-strip]') !== null, top, bottom: r && top !== null ? top + r.height : null, lensTop: lens.top };
    });
    expect(s.strip).toBe(true);
    // on main the frame's own scroll centred it in the window (190-246), its foot under the strip's top edge (243)
    expect(s.top!).toBeGreaterThanOrEqual(0);
    expect(s.bottom!).toBeLessThanOrEqual(s.lensTop);
    await page.close();
  }, 60_000);

  it('a flagged cell just above the strip: its tooltip above the cell, not over the strip\'s list (ux92)', async () => {
    const page = await openChecked(400, 800);
    const findings = page.locator('nianbao-lens button.finding:not([aria-disabled])');
    let hovered = false;
    for (let i = 0; i < (await findings.count()) && !hovered; i++) {
      await jump(page, findings.nth(i));
      if ((await page.evaluate(() => document.querySelector('[data-e2e-jump]')?.tagName)) !== 'TD') continue;
      // the cell brought to 10 px above the strip, then hovered
      await page.evaluate(() => {
        const lens = document.querySelector('nianbao-lens')!.shadowRoot!.querySelector('.lens')!.getBoundingClientRect();
        const cell = document.querySelector('[data-e2e-jump]')!;
        scrollBy({ top: cell.getBoundingClientRect().bottom - (lens.top - 10), behavior: 'instant' });
      });
      // a scroll hides the tooltip: hovered once it has ended
      await scrollEnded(page);
      const at = await page.evaluate(() => {
        const r = document.querySelector('[data-e2e-jump]')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => page.locator('nianbao-lens .tip').count()).toBe(1);
      const boxes = await page.evaluate(() => {
        const root = document.querySelector('nianbao-lens')!.shadowRoot!;
        const tip = root.querySelector('.tip')!.getBoundingClientRect();
        const lens = root.querySelector('.lens')!.getBoundingClientRect();
        const cell = document.querySelector('[data-e2e-jump]')!.getBoundingClientRect();
        return { tipTop: tip.top, tipBottom: tip.bottom, lensTop: lens.top, cellTop: cell.top };
      });
      // on main it stood below the cell, over the strip (449-531 against the strip's 453)
      expect(boxes.tipBottom).toBeLessThanOrEqual(boxes.lensTop);
      expect(boxes.tipBottom).toBeLessThanOrEqual(boxes.cellTop);
      expect(boxes.tipTop).toBeGreaterThanOrEqual(0);
      hovered = true;
    }
    expect(hovered).toBe(true);
    await page.close();
  }, 90_000);

  it('a page scrolling its article in a box the window\'s height: the cell above the strip, not under the full panel; read away, lowered (ux93)', async () => {
    const page = await session.b.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    // a portal whose <main> scrolls the text (overflow:auto, the window's height), the window itself still
    await page.addInitScript(() => addEventListener('DOMContentLoaded', () => {
      const main = document.createElement('main');
      main.style.cssText = 'display:block;height:100vh;overflow:auto';
      while (document.body.firstChild) main.append(document.body.firstChild);
      document.body.append(main);
      document.body.style.margin = '0';
      document.documentElement.style.overflow = 'hidden';
    }));
    await page.goto(`http://www.qingxi.gov.cn:${session.port}/fixtures/qizhong-nested-wrong-2023.html`);
    await expect.poll(() => page.locator('nianbao-lens [data-verdict]').getAttribute('data-verdict')).not.toBe('checking');
    await page.locator('nianbao-lens button.finding:not([aria-disabled])').first().click();
    await keepJump(page);
    // the box's smooth scroll ended: its scrollTop the same over ten frames
    const still = () => page.evaluate(() => new Promise<boolean>((done) => {
      const main = document.querySelector('main')!;
      const y = main.scrollTop;
      let frames = 10;
      const next = () => (main.scrollTop !== y ? done(false) : --frames === 0 ? done(true) : requestAnimationFrame(next));
      requestAnimationFrame(next);
    }));
    await expect.poll(still).toBe(true);
    const s = await seen(page);
    // on main the jump was judged where it stood before the box's scroll (below the window): the full panel stayed, over the cell
    expect(s).toMatchObject({ strip: true, badge: false, inWindow: true });
    expect(s.clear).toBeGreaterThanOrEqual(0.9);
    // the reader scrolls the box away from the jump: the strip lowered to its bar
    await page.mouse.move(200, 100);
    await page.mouse.wheel(0, -3000);
    await expect.poll(() => page.locator('nianbao-lens .lens[data-low]').count()).toBe(1);
    await page.close();
  }, 60_000);

  it('at 360 px with the page\'s scrollbar: the full panel inside the window, not 3 px off its left edge; a cell\'s tooltip too (ux93)', async () => {
    const page = await openReport(session.b, `http://www.qingxi.gov.cn:${session.port}/fixtures/qizhong-nested-wrong-2023.html`);
    await page.setViewportSize({ width: 360, height: 800 });
    const cell = await page.evaluate(() => {
      const c = document.querySelector('[data-nianbao-lens="suspect"], [data-nianbao-lens="flagged"]')!;
      c.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = c.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    // the full panel folded to its badge first: the cell is under it at 360 px
    await page.locator('nianbao-lens button[aria-label="收起为小图标"]').click();
    await page.mouse.move(cell.x, cell.y);
    await expect.poll(() => page.locator('nianbao-lens .tip').count()).toBe(1);
    const tip = await page.evaluate(() => {
      const r = document.querySelector('nianbao-lens')!.shadowRoot!.querySelector('.tip')!.getBoundingClientRect();
      return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
    });
    // a guard: it stood inside on main too (tooltip-place.ts keeps 348 px from innerWidth's edge)
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(tip.width);
    await page.locator('nianbao-lens button.badge').click();
    const lens = await page.evaluate(() => {
      const r = document.querySelector('nianbao-lens')!.shadowRoot!.querySelector('.lens')!.getBoundingClientRect();
      return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
    });
    // on main 100vw (the scrollbar's 15 px in it) left the panel 3 px off the window's left edge
    expect(lens.left).toBeGreaterThanOrEqual(0);
    expect(lens.right).toBeLessThanOrEqual(lens.width);
    await page.close();
  }, 60_000);
});

describe('what ux93 left of the strip (ux94)', () => {
  it('a banner the page opens at the window\'s foot while the reader reads, no scroll: the strip stands above it', async () => {
    const page = await openChecked(400, 800);
    await jump(page, firstFinding(page));
    expect(await page.locator('nianbao-lens .lens[data-strip]').count()).toBe(1);
    // a cookie / 长者模式 banner, opened late: on main it stood under the strip until the reader scrolled
    const bannerTop = await page.evaluate(() => {
      const b = document.createElement('div');
      b.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:90px;background:#333;color:#fff;z-index:9999';
      b.innerHTML = '本网站使用Cookie <button>同意</button> <a href="#">长者模式</a>';
      document.body.append(b);
      return b.getBoundingClientRect().top;
    });
    const lensBottom = () => page.evaluate(() => document.querySelector('nianbao-lens')!.shadowRoot!.querySelector('.lens')!.getBoundingClientRect().bottom);
    await expect.poll(lensBottom, { timeout: 5000 }).toBeLessThanOrEqual(bannerTop);
    await page.close();
  }, 60_000);
});

describe('the lowered strip in the narrowest windows (ux94)', () => {
  it('at 300 px its bar one line high, the name cut, not wrapped (Firefox ESR\'s name wrapped at 360 px, the lowered strip 55 px; Chromium\'s at 300 px a character a line, 95 px)', async () => {
    const page = await openChecked(300, 800);
    await jump(page, firstFinding(page));
    await page.mouse.move(150, 100);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.locator('nianbao-lens .lens[data-low]').count()).toBe(1);
    const h = await page.evaluate(() => {
      const root = document.querySelector('nianbao-lens')!.shadowRoot!;
      const r = root.querySelector('.lens')!.getBoundingClientRect();
      const name = root.querySelector('.name')!.getBoundingClientRect();
      return { lens: r.bottom - r.top, name: name.bottom - name.top };
    });
    // the bar: its 26 px tools, 6 px above and below, its border and the strip's: 41 px; wrapped, 55
    expect(h.lens).toBeLessThanOrEqual(42);
    expect(h.name).toBeLessThan(26);
    await page.close();
  }, 60_000);
});
