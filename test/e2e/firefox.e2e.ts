/**
 * The Firefox build (MV2, `wxt build -b firefox`) in Debian's Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi (issue #4: "in Chrome and Firefox"). The extension is
 * installed as a temporary add-on; pages are served on 127.0.0.1 and reached as a *.gov.cn host
 * through Firefox's `network.dns.localDomains`. Skips, saying why, when Firefox ESR or the build
 * is missing (a user's machine); .ci/run installs firefox-esr so CI runs it.
 *
 * Reports in same-site frames are read here too: Firefox's content scripts reach a frame's
 * document through Xray wrappers, and its computed styles decide which frames are hidden.
 *
 * Debian's Firefox ESR ships en-US only and the extension follows the browser's language, so
 * the panel speaks English here; the Chinese text is proven in Chromium (overlay.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, serve } from './harness.ts';

const FIREFOX = '/usr/bin/firefox-esr';
const EXTENSION = resolve(ROOT, process.env.NIANBAO_OUT ?? '.output', 'firefox-mv2');
const HOST = 'nianbao-test.gov.cn';

const missing = !existsSync(FIREFOX)
  ? `${FIREFOX} is not installed (apt-get install firefox-esr)`
  : !existsSync(join(EXTENSION, 'manifest.json'))
    ? `no Firefox build in ${EXTENSION} (npx wxt build -b firefox)`
    : null;
if (missing) console.warn(`firefox.e2e: skipped — ${missing}`);

let browser: Browser;
let server: Server;
let port: number;
const gov = (path: string) => `http://${HOST}:${port}${path}`;

const expectedOf = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages', `${name}.expected.json`), 'utf8')) as {
    findings: { severity: string; suspect?: { table: number; row: number; col: number } | null; actual?: number }[];
  };

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(gov(path));
  return { page, errors };
}

/**
 * The panel's verdict once the report is read whole (while the text is checked, its status is
 * aria-busy). Polled: puppeteer's selector wait looks again on the top document's mutations only,
 * and the status changes in the panel's shadow root (a frameset page marks nothing in the top one).
 */
const verdictText = async (page: Page): Promise<string> => {
  const status = await page.waitForFunction(() => {
    const s = document.querySelector('nianbao-lens')?.shadowRoot?.querySelector('[role=status]');
    return s && !s.hasAttribute('aria-busy') ? s.textContent ?? '' : null;
  }, { timeout: 20_000, polling: 100 });
  return String(await status.jsonValue()).trim();
};

describe.skipIf(missing !== null)('the Firefox build in Firefox ESR', () => {
  beforeAll(async () => {
    ({ server, port } = await serve());
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        // and the portal's file server (test/e2e/pages/fujian-docx-file-host.html)
        'network.dns.localDomains': `${HOST},file.${HOST}`,
        'dom.security.https_first': false,
      },
    });
    await browser.installExtension(EXTENSION);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows the panel on a report with a wrong cell, with the count, and marks the suspect cell', async () => {
    const { page, errors } = await open('/fixtures/wrong-cell-2021.html');
    const problems = expectedOf('wrong-cell-2021').findings.filter((f) => f.severity !== 'info');
    expect(await verdictText(page)).toBe(`Inconsistencies found: ${problems.length}`);
    const suspect = problems.find((f) => f.suspect)!;
    // the page is marked once the panel's frame is painted
    await page.waitForSelector('[data-nianbao-lens="suspect"]', { timeout: 5000 });
    const marked = await page.$$eval('[data-nianbao-lens="suspect"]', (els) => els.map((e) => e.textContent?.trim()));
    expect(marked).toEqual([String(suspect.actual)]);
    expect(await page.$$eval('[data-nianbao-lens="flagged"]', (els) => els.length)).toBeGreaterThan(0);
    // the host is our custom element with an open shadow root, so page CSS cannot reach the panel
    expect(await page.$eval('nianbao-lens', (e) => e.shadowRoot !== null)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the results as text on a plain-http page (the Clipboard API is not offered there)', async () => {
    const { page, errors } = await open('/fixtures/wrong-cell-2021.html');
    await verdictText(page);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const button = await page.waitForSelector('nianbao-lens >>> button.copy', { timeout: 5000 });
    expect(await button!.evaluate((b) => b.getAttribute('aria-label'))).toBe('Copy the results as text');
    await button!.click();
    // Firefox answered the copy command: the button says so
    await page.waitForSelector('nianbao-lens >>> button.copy[data-copy="done"]', { timeout: 5000 });
    expect(await button!.evaluate((b) => b.getAttribute('aria-label'))).toBe('Results copied');
    expect(errors).toEqual([]);
    await page.close();
  });

  /**
   * Clicks the panel's 读取附件 button and waits for wrong-cell-2021's findings: the file's tables are
   * shown on the page in the lens's box (an open shadow root, made from a content script's Xray
   * view), its suspect cell marked there, and no cell of the page's own.
   */
  async function readsTheFile(page: Page): Promise<void> {
    const button = await page.waitForSelector('nianbao-lens >>> button.read-file', { timeout: 5000 });
    await button!.click();
    const problems = expectedOf('wrong-cell-2021').findings.filter((f) => f.severity !== 'info');
    await page.waitForFunction(
      (want) => document.querySelector('nianbao-lens')?.shadowRoot?.querySelector('[role=status]')?.textContent?.trim() === want,
      { timeout: 10_000 },
      `Inconsistencies found: ${problems.length}`,
    );
    expect(await page.$$eval('[data-nianbao-lens="flagged"], [data-nianbao-lens="suspect"]', (els) => els.length)).toBe(0);
    const suspect = problems.find((f) => f.suspect)!;
    await page.waitForFunction(() => document.querySelector('nianbao-lens-file')?.shadowRoot?.querySelector('[data-nianbao-lens="suspect"]') != null, { timeout: 5000 });
    const inBox = await page.evaluate(() => Array.from(document.querySelector('nianbao-lens-file')!.shadowRoot!.querySelectorAll('[data-nianbao-lens="suspect"]'), (e) => e.textContent?.trim()));
    expect(inBox).toContain(String(suspect.actual));
    // closing the panel takes the box away with the marks
    const close = await page.waitForSelector('nianbao-lens >>> button[aria-label="Close and remove all marks"]', { timeout: 5000 });
    await close!.click();
    await page.waitForFunction(() => document.querySelector('nianbao-lens, nianbao-lens-file') === null, { timeout: 5000 });
  }

  it("reads a report's Word file when asked (Firefox's content-script fetch), and shows it with its cells marked", async () => {
    const { page, errors } = await open('/e2e/fujian-docx.html');
    expect(await verdictText(page)).toBe('Not checked: no table could be read');
    await readsTheFile(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a report's Word file kept on another *.gov.cn host (the background's fetch: the build's *.gov.cn permission)", async () => {
    const { page, errors } = await open('/e2e/fujian-docx-file-host.html');
    expect(await verdictText(page)).toBe('Not checked: no table could be read');
    await readsTheFile(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads the Word file that holds a report's tables with the page's text (a copy of Firefox's page document), and shows them", async () => {
    const { page, errors } = await open('/docx/wrong-cell-2021-text.html');
    await readsTheFile(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a report's PDF when asked (pdf.js in Firefox's content script), and shows its tables with the cells marked", async () => {
    // test/e2e/pages/wrong-cell-2021.pdf: test/fixtures/pages/wrong-cell-2021.html printed by Chromium 150 (A4)
    const { page, errors } = await open('/e2e/fujian-pdf-read.html');
    expect(await verdictText(page)).toBe('Not checked: no table could be read');
    await readsTheFile(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a clean verdict on a consistent report', async () => {
    const { page } = await open('/fixtures/word-2021-consistent.html');
    expect(await verdictText(page)).toBe('Tables and text agree');
    expect(await page.$$eval('[data-nianbao-lens="flagged"], [data-nianbao-lens="suspect"]', (els) => els.length)).toBe(0);
    await page.close();
  });

  it('shows nothing on a page that is not a report (a budget page with a 合计 table)', async () => {
    const { page, errors } = await open('/fixtures/budget-2024.html');
    // the same page as a report shows its panel within a second or two; give this one longer
    await new Promise((r) => setTimeout(r, 2500));
    expect(await page.$$eval('nianbao-lens, [data-nianbao-lens]', (els) => els.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a report a portal shows in an iframe of its own site: the panel in the page, the marks in the frame', async () => {
    // the content script runs in the top frame only and reads the frame's document from there
    // (components/report-frames.ts): Firefox's content scripts see a same-site frame's document
    // through its Xray wrappers, as Chromium's isolated world does
    const { page, errors } = await open('/e2e/iframe-portal.html');
    expect(await verdictText(page)).toBe('Inconsistencies found: 2');
    const inFrame = () =>
      page.evaluate(() => {
        const doc = (document.getElementById('contentFrame') as HTMLIFrameElement).contentDocument;
        return Array.from(doc?.querySelectorAll('[data-nianbao-lens="suspect"]') ?? [], (e) => e.textContent?.trim());
      });
    const suspect = expectedOf('wrong-cell-2021').findings.find((f) => f.suspect)!;
    await page.waitForFunction(
      () => (document.getElementById('contentFrame') as HTMLIFrameElement).contentDocument?.querySelector('[data-nianbao-lens="suspect"]') != null,
      { timeout: 5000 },
    );
    expect(await inFrame()).toEqual([String(suspect.actual)]);
    // the top document got the panel and nothing else
    expect(await page.$$eval('[data-nianbao-lens]', (els) => els.map((e) => e.getAttribute('data-nianbao-lens')))).toEqual(['panel']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('skips frames their own style hides and reads the one in a collapsed tab (Firefox\'s computed styles)', async () => {
    const { page, errors } = await open('/e2e/iframe-hidden.html?tab=1');
    expect(await verdictText(page)).toBe('Tables and text agree');
    expect(await page.evaluate(() => ['none', 'zero', 'preload', 'invisible'].map((id) => (document.getElementById(id) as HTMLIFrameElement).contentDocument?.querySelectorAll('[data-nianbao-lens]').length))).toEqual([0, 0, 0, 0]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves the report into the collection, and keeps a setting changed in the panel for the next page', async () => {
    const { page, errors } = await open('/fixtures/wrong-cell-2021.html');
    expect(await verdictText(page)).toContain('Inconsistencies found');
    // automatic saving is on by default: the panel says so once the background has stored the report
    await page.waitForFunction(() => document.querySelector('nianbao-lens')?.shadowRoot?.textContent?.includes('Saved'), { timeout: 10_000 });
    // dock left: the settings are written (storage.sync, the add-on has a fixed ID) and read by the next page
    const dockLeft = await page.waitForSelector('nianbao-lens >>> button[aria-label="Dock left"]');
    await dockLeft!.click();
    const docked = (p: Page) =>
      p.waitForFunction(() => document.querySelector('nianbao-lens')?.shadowRoot?.querySelector('[role=complementary]')?.getAttribute('data-dock') === 'left', { timeout: 10_000 });
    await docked(page);
    const next = await open('/fixtures/word-2021-consistent.html');
    expect(await verdictText(next.page)).toBe('Tables and text agree');
    await docked(next.page);
    // and back, for the tests after this one
    await (await next.page.waitForSelector('nianbao-lens >>> button[aria-label="Dock right"]'))!.click();
    expect([...errors, ...next.errors]).toEqual([]);
    await next.page.close();
    await page.close();
  });
});
