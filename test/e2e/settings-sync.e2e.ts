/**
 * The settings in storage.sync (components/settings.ts), in Chromium: an open report tab's panel
 * follows a settings change at once, while a big write to storage.local (the collection's area,
 * ~5 MB of collection-like keys, as an import writes) does not reach the lens at all: its
 * content-script world listens to storage.sync's own event and to no other storage event, so
 * Chrome has nothing of the local write to deliver to the tab. And settings an older version kept
 * in storage.local are read from there, and moved to sync, without loss, by the first save.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { setSettings, type Browser, closeSession, openSession, type Session } from './harness.ts';

let b: Browser;
let session: Session;
let port: number;
const gov = (path: string) => `http://www.nianbao-test.gov.cn:${port}${path}`;

beforeAll(async () => {
  ({ b, port } = session = await openSession());
});

afterAll(() => closeSession(session));

const verdict = (page: Page) => page.locator('nianbao-lens [role=status]');

/**
 * Evaluates in the page's content-script world (the extension's isolated world, where the loader
 * and the lens run), through CDP: that world's `chrome` is the one the lens listens with.
 */
async function inLensWorld(page: Page): Promise<{ evaluate<T>(expression: string): Promise<T>; cdp: CDPSession }> {
  const cdp = await b.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${b.extensionId}`;
  let world: number | undefined;
  for (let i = 0; i < 50 && world === undefined; i++) {
    world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin)?.id;
    if (world === undefined) await new Promise((r) => setTimeout(r, 100));
  }
  if (world === undefined) throw new Error('no content-script world in the page');
  return {
    cdp,
    async evaluate<T>(expression: string): Promise<T> {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`lens world: ${JSON.stringify(r.exceptionDetails)}`);
      return r.result.value as T;
    },
  };
}

describe('settings in storage.sync, the collection in storage.local', () => {
  it('an open panel follows a settings change, and a 5 MB storage.local write reaches no listener in its tab', async () => {
    const page = await b.context.newPage();
    await page.goto(gov('/fixtures/wrong-cell-2021.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 20_000 }).toBe('发现 2 处不一致');
    const lens = await inLensWorld(page);
    try {
      // the lens's world listens to the settings' area only: the local area's writes have no
      // listener here to be delivered to (Chrome sends a storage event only to listening contexts)
      expect(
        await lens.evaluate(`({ any: chrome.storage.onChanged.hasListeners(), local: chrome.storage.local.onChanged.hasListeners(), sync: chrome.storage.sync.onChanged.hasListeners() })`),
      ).toEqual({ any: false, local: false, sync: true });

      // an import's worth of collection-like keys, from the extension's service worker
      const written = await b.worker.evaluate(async () => {
        const text = JSON.stringify({ v: 4, pad: 'x'.repeat(50_000) });
        const items: Record<string, string> = {};
        for (let i = 0; i < 100; i++) items[`report:https://bulk-${i}.gov.cn/ndbg.html`] = text;
        await chrome.storage.local.set(items);
        return Object.values(items).reduce((n, v) => n + v.length, 0);
      });
      expect(written).toBeGreaterThan(5_000_000);
      // nothing in the tab changed for it
      expect(await verdict(page).textContent()).toBe('发现 2 处不一致');
      expect(await page.locator('nianbao-lens [data-dock]').first().getAttribute('data-dock')).toBe('right');

      // a settings change in sync reaches the open panel: its language and its side
      await setSettings(b, { language: 'en', dock: 'left' });
      await expect.poll(() => verdict(page).textContent()).toBe('Inconsistencies found: 2');
      await expect.poll(() => page.locator('nianbao-lens [data-dock]').first().getAttribute('data-dock')).toBe('left');
    } finally {
      await lens.cdp.detach();
      await b.worker.evaluate(async () => {
        const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('report:https://bulk-'));
        await chrome.storage.local.remove(keys);
      });
      await setSettings(b, { language: 'zh_CN' });
      await page.close();
    }
  });

  it('reads settings an older version kept in storage.local, and moves them to sync, without loss, at the first save', async () => {
    const before = { version: 1, autoRun: true, language: 'en', dock: 'left', autoSave: false };
    await b.worker.evaluate(async (s) => {
      await chrome.storage.sync.remove('settings');
      await chrome.storage.local.set({ settings: s });
    }, before);
    const stored = () => b.worker.evaluate(async () => ({ sync: (await chrome.storage.sync.get('settings')).settings, local: (await chrome.storage.local.get('settings')).settings }));
    // the loader reads local while sync holds nothing: the panel speaks the stored language
    const page = await b.context.newPage();
    await page.goto(gov('/fixtures/wrong-cell-2021.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 20_000 }).toBe('Inconsistencies found: 2');
    await page.close();
    // the dashboard loads them too, and a load writes nothing (a copy could land over another
    // context's save: components/settings.ts)
    const dashboard = await b.context.newPage();
    await dashboard.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await dashboard.locator('h1').first().waitFor();
    // its load done: the settings read (the page speaks English) and the collection listed (entrypoints/dashboard/main.tsx)
    await dashboard.waitForFunction(() => performance.getEntriesByName('nianbao-lens:dashboard-listed').length > 0, undefined, { timeout: 10_000 });
    expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await stored()).toEqual({ sync: undefined, local: before });
    await dashboard.close();
    // the first save (the popup's, here open in a tab) moves them, with its change
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('#auto-save').isChecked()).toBe(false);
    await popup.locator('#auto-save').click();
    await expect.poll(stored).toEqual({ sync: { ...before, autoSave: true }, local: undefined });
    await popup.close();
    await setSettings(b, { language: 'zh_CN' });
  });
});
