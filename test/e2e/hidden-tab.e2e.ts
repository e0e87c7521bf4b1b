/**
 * A finding on a cell the page hides offers no jump, in Chromium (ux60). tabs59 tested it in happy-dom, which
 * knows no style sheet: there only an inline display:none or `hidden` hides a tab. A tab hidden by the page's own
 * style sheet (a class) is out of sight only by the browser's checkVisibility (components/page-marks.ts outOfSight).
 * y02 (tabs tied by aria-controls, the report's 2022 pane of class "fade") gets that style sheet and y10's slip here;
 * y10 hides its 2022 pane inline; h09 has the same slip on the shown table, which is jumped to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closeSession, openSession, ROOT, verdictLine, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(() => closeSession(s));

const gov = (path: string) => `http://www.yunling.gov.cn:${s.port}${path}`;
const slips = (page: Page) => page.locator('nianbao-lens button.finding[data-rule^="t3."]');

/** y02 as a page with a style sheet serves it: its "fade" pane hidden by the sheet, the 2022 table with y10's slip */
function y02Styled(): string {
  const html = readFileSync(join(ROOT, 'test/fixtures/tabs59/y02-aria-controls-class-hidden.html'), 'utf8');
  const at = html.indexOf('<div id="p-a" role="tabpanel" class="pane fade">');
  expect(at).toBeGreaterThan(0);
  const pane = html.slice(at).replace('>30<', '>29<');
  return html.slice(0, at).replace(/<\/head>/i, '<style>.pane.fade{display:none}.pane.show{display:block}</style></head>') + pane;
}

async function open(url: string): Promise<Page> {
  const page = await s.b.context.newPage();
  await page.route(gov('/tabs59/y02-styled.html'), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: y02Styled() }));
  await page.goto(url);
  await expect.poll(() => verdictLine(page).textContent(), { timeout: 20_000 }).toBe('发现 2 处不一致');
  return page;
}

describe('a finding in a tab the page hides', () => {
  for (const [what, path] of [
    ['y02: the pane hidden by the page\'s style sheet (a class)', '/tabs59/y02-styled.html'],
    ['y10: the pane hidden by its inline style', '/tabs59/y10-hidden-report-year-with-slip.html'],
  ] as const) {
    it(`${what}: no jump offered, and nothing scrolls`, async () => {
      const page = await open(gov(path));
      await expect.poll(() => slips(page).count()).toBe(2);
      // the slip's cell is in the 2022 pane, out of sight
      const cell = page.locator('[data-nianbao-lens="suspect"]').first();
      expect(await cell.evaluate((el) => el.checkVisibility())).toBe(false);
      for (const b of await slips(page).all()) {
        expect(await b.getAttribute('aria-disabled')).toBe('true');
        expect(await b.textContent()).toContain('无法跳转');
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      // a click all the same (Playwright waits for an aria-disabled button to be enabled): nothing scrolls, nothing flashes
      await slips(page).first().click({ force: true });
      // the click's handler ran as it was dispatched: a jump flashes its cells in that handler and starts its scroll by
      // the next frames (page-marks.ts scrollTo); a few frames on, neither has come
      await page.evaluate(() => new Promise<void>((done) => {
        let n = 0;
        const next = (): void => void (++n < 6 ? requestAnimationFrame(next) : done());
        requestAnimationFrame(next);
      }));
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.locator('[data-nianbao-lens-flash]').count()).toBe(0);
      await page.close();
    });
  }

  it('h09: the same slip on the shown table: the jump offered, the cell scrolled to', async () => {
    const page = await open(gov('/redteam28-copies/h09-shown-slip-hidden-copy-right.html'));
    await expect.poll(() => slips(page).count()).toBe(2);
    for (const b of await slips(page).all()) {
      expect(await b.getAttribute('aria-disabled')).toBeNull();
      expect(await b.textContent()).not.toContain('无法跳转');
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    const inView = () =>
      page.evaluate(() => {
        const el = [...document.querySelectorAll('[data-nianbao-lens="suspect"]')].find((e) => e.checkVisibility());
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    expect(await inView()).toBe(false);
    await slips(page).first().click();
    await expect.poll(inView).toBe(true);
    await page.close();
  });
});
