/**
 * The dashboard's list in a 1024 px window, in Chinese and in English (ux62): it fits, no sideways scroll, 最近查看 and
 * each row's actions in view (it was 1,043 px zh, 1,144 px en in a 982 px box); at 1280 px it fits with the body's name
 * given room; at 800 px it scrolls sideways, its figures between the body's name and the row's actions, which stay in
 * view. A row's delete confirm stands over the row, and does not widen the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSession, openSession, setSettings, type Browser, type Session } from './harness.ts';

let session: Session;
let b: Browser;

beforeAll(async () => {
  ({ b } = session = await openSession());
  const gov = (host: string, path: string) => `http://${host}.gov.cn:${session.port}${path}`;
  const saved = () => b.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('report:')).length);
  // four reports: long body names (杭州市上城区文化和广电旅游体育局), both verdicts, figures of 1-3 digits
  const pages = [['www.fengze', '/fixtures/fengze-2019.html'], ['www.wrongcell', '/fixtures/wrong-cell-2021.html'], ['www.hzsc', '/redteam28/c53-zj-hz-sc-2024-hidden-tab-last-year-first.html'], ['www.bjhd', '/redteam30/c08-bj-hd-2024-columns-split-two-tables.html']];
  for (const [i, [host, path]] of pages.entries()) {
    const page = await b.context.newPage();
    await page.goto(gov(host!, path!));
    await page.locator('nianbao-lens [data-verdict]').waitFor();
    await page.waitForFunction(() => !document.querySelector('nianbao-lens')?.shadowRoot?.querySelector('[aria-busy]'), undefined, { timeout: 10_000 });
    // the tab stays open until its report is saved: closed at once, a save still on its way was lost under CI's load
    // (the clean-clone run of 1e27f4e listed 3 rows of 4)
    for (let t = 0; t < 300 && (await saved()) < i + 1; t++) await new Promise((r) => setTimeout(r, 100));
    expect(await saved(), `${path} saved`).toBe(i + 1);
    await page.close();
  }
});

afterAll(() => closeSession(session));

async function dashboard(lang: 'zh_CN' | 'en', width: number): Promise<Page> {
  await setSettings(b, { language: lang });
  const page = await b.context.newPage();
  await page.setViewportSize({ width, height: 760 });
  await page.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  await page.locator('tr.row').first().waitFor({ timeout: 15_000 });
  await page.locator('#refreshing').waitFor({ state: 'detached', timeout: 15_000 });
  expect(await page.locator('tr.row').count()).toBe(4);
  return page;
}

/** The list's box and what of it shows: its content's width, and which of the row's things stand inside the box. */
const layout = (page: Page) =>
  page.locator('.scroller').evaluate((box) => {
    const view = box.getBoundingClientRect();
    const inView = (el: Element | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.left >= view.left - 0.5 && r.right <= view.right + 0.5;
    };
    const rows = [...box.querySelectorAll('tr.row')];
    return {
      content: box.scrollWidth,
      box: box.clientWidth,
      lastSeen: inView(box.querySelector('button[data-sort="lastSeen"]')),
      names: rows.every((tr) => inView(tr.querySelector('td.body button.link'))),
      actions: rows.every((tr) => inView(tr.querySelector('td.actions a')) && inView(tr.querySelector('[data-action="delete"]'))),
      dates: rows.every((tr) => inView(tr.querySelector('td.time'))),
      // the name's room: a long one is cut, but not to a stub
      nameWidth: Math.min(...rows.map((tr) => tr.querySelector('td.body')!.getBoundingClientRect().width)),
    };
  });

describe('the dashboard list at 1280, 1024 and 800 px', () => {
  for (const lang of ['zh_CN', 'en'] as const) {
    it(`${lang}: fits 1024 px and 1280 px, every row's name, date and actions in view`, async () => {
      for (const width of [1280, 1024]) {
        // no sideways scroll, with room to spare (a wider verdict chip, a three-digit figure): 20 px narrower, it still fits
        const narrower = await dashboard(lang, width - 20);
        expect(await layout(narrower).then((l) => l.content - l.box), `${lang} ${width - 20}`).toBe(0);
        await narrower.close();
        const page = await dashboard(lang, width);
        const l = await layout(page);
        expect(l.content, `${lang} ${width}`).toBe(l.box);
        expect(l).toMatchObject({ lastSeen: true, names: true, actions: true, dates: true });
        // 9em at least at 1024 (117 px), more at 1280 (the other columns take less since ux62)
        expect(l.nameWidth).toBeGreaterThanOrEqual(width === 1280 ? 200 : 120);
        // a delete asked: its confirm stands over the row, the list no wider
        await page.locator('tr.row').nth(1).locator('[data-action="delete"]').click();
        const confirm = page.locator('tr.row').nth(1).locator('.confirm');
        await confirm.waitFor();
        const after = await layout(page);
        expect(after.content).toBe(l.box);
        const box = await page.locator('.scroller').boundingBox();
        const c = (await confirm.boundingBox())!;
        expect(c.x).toBeGreaterThanOrEqual(box!.x);
        expect(c.x + c.width).toBeLessThanOrEqual(box!.x + box!.width);
        await page.close();
      }
    });

    it(`${lang}: at 800 px the figures scroll sideways, each row's name and actions stay in view`, async () => {
      const page = await dashboard(lang, 800);
      const l = await layout(page);
      expect(l.content).toBeGreaterThan(l.box);
      expect(l).toMatchObject({ names: true, actions: true });
      // scrolled to the end (最近查看 in view): the names are still there; back to the start: the actions are
      await page.locator('.scroller').evaluate((el) => (el.scrollLeft = el.scrollWidth));
      expect(await layout(page)).toMatchObject({ lastSeen: true, names: true, actions: true, dates: true });
      await page.locator('.scroller').evaluate((el) => (el.scrollLeft = 0));
      expect(await layout(page)).toMatchObject({ names: true, actions: true });
      await page.close();
    });
  }
});
