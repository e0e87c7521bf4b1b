/**
 * The e2e harness: fixture pages served on 127.0.0.1 and reached as *.gov.cn hosts
 * (--host-resolver-rules), Debian's Chromium with the built extension, and a driver for the real
 * toolbar popup (opened with CDP's Extensions.triggerAction, which is what a click on the toolbar
 * button does, activeTab grant included).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Locator, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { LOOK_GLOBAL } from '../../components/messages.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = resolve(ROOT, process.env.NIANBAO_OUT ?? '.output', 'chrome-mv3');
const FIXTURES = join(ROOT, 'test/fixtures/pages');
const E2E_PAGES = join(ROOT, 'test/e2e/pages');
const DOCX = join(ROOT, 'test/fixtures/docx');

/** Global CSS that would wreck any panel it could reach (issue #4, "hostile CSS"). */
export const HOSTILE_CSS = '* { font-size: 40px !important; line-height: 3 !important; color: #0f0 !important } div { display: none } button, section, p { display: none !important }';

/**
 * Response headers a hardened portal sends, asked for with ?headers=<key> (test/e2e/odd-pages.e2e.ts):
 * a strict Content-Security-Policy after a security audit, with and without a style-src of its own.
 */
export const HEADER_SETS: Record<string, Record<string, string>> = {
  'csp-style': { 'content-security-policy': "default-src 'self'; style-src 'self'" },
  'csp-script': { 'content-security-policy': "script-src 'self'" },
};

/** Content types by file name ending: anything else is served as UTF-8 HTML. */
const TYPES: Record<string, string> = {
  // a report published as a PDF file (test/e2e/pages/*.pdf, written by hand: one page of text)
  '.pdf': 'application/pdf',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * /fixtures/<name>   a page of test/fixtures/pages
 * /e2e/<name>        a page of test/e2e/pages (.pdf, .xhtml and .css served as such: TYPES)
 * /hostile/<name>    a fixture page with HOSTILE_CSS added to its head
 * /docx/<name>       a Word file of test/fixtures/docx
 * /tabs59/<name>, /redteamNN[-copies]/<name>   a page of that folder of test/fixtures
 * ?headers=<key>     with the response headers of HEADER_SETS[key]
 * ?stall=MS&cut=N    the body's first N bytes (to the tag that starts there), then, MS later, the rest: a page
 *                    the browser has half parsed while its connection stalls (a slow portal); ?stall=hold keeps
 *                    the rest until the test asks /release-stalled (a test that looks at the half page: a fixed
 *                    stall ran out under load before the test had looked)
 * An HTML page's __PORT__ is this server's port (a link to another *.gov.cn host of it).
 */
export async function serve(): Promise<{ server: Server; port: number }> {
  let port = 0;
  const held: (() => void)[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (path === '/release-stalled') {
      held.splice(0).forEach((send) => send());
      res.writeHead(204).end();
      return;
    }
    const [, kind, name] = path.match(/^\/(fixtures|e2e|hostile|docx|tabs59|redteam\d+(?:-copies)?)\/([\w.-]+)$/) ?? [];
    const dir = kind === 'e2e' ? E2E_PAGES : kind === 'docx' ? DOCX : kind === 'tabs59' || kind?.startsWith('redteam') ? resolve(ROOT, 'test/fixtures', kind) : FIXTURES;
    const file = kind && name ? join(dir, name) : null;
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (kind === 'hostile') body = body.toString('utf8').replace(/<\/head>/i, `<style>${HOSTILE_CSS}</style></head>`);
    // a page that links another *.gov.cn host of this server (a portal's file server): its port
    else if (file.endsWith('.html') && body.includes('__PORT__')) body = body.toString('utf8').replaceAll('__PORT__', String(port));
    const type = Object.entries(TYPES).find(([end]) => file.endsWith(end))?.[1] ?? 'text/html; charset=utf-8';
    const extra = HEADER_SETS[url.searchParams.get('headers') ?? ''] ?? {};
    res.writeHead(200, { 'content-type': type, ...extra });
    const stall = url.searchParams.get('stall') === 'hold' ? 'hold' : Number(url.searchParams.get('stall') ?? 0);
    if (!stall) return void res.end(body);
    const bytes = Buffer.from(body);
    const cut = Math.max(0, bytes.lastIndexOf('<', Number(url.searchParams.get('cut') ?? bytes.length / 2)));
    res.write(bytes.subarray(0, cut));
    if (stall === 'hold') held.push(() => res.end(bytes.subarray(cut)));
    else setTimeout(() => res.end(bytes.subarray(cut)), stall);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return { server, port };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * A browser with the built extension. `profile`: a user-data folder to use and keep (a restart
 * with the same profile finds the extension's storage again); without it, a fresh temporary
 * profile removed on close.
 */
export async function launch(options: { profile?: string } = {}): Promise<Browser> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('build the extension first: npx wxt build');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'nianbao-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false, // the new headless mode, which loads extensions, is asked for in args
    viewport: { width: 1280, height: 860 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      `--load-extension=${EXTENSION}`, `--disable-extensions-except=${EXTENSION}`,
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
      // lets CDP's Extensions.triggerAction click the toolbar button (Playwright talks over a pipe)
      '--enable-unsafe-extension-debugging',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  return {
    context, worker, extensionId, cdp,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What every Chromium e2e file works with: the page server and a browser with the extension. */
export interface Session {
  b: Browser;
  server: Server;
  port: number;
}

/**
 * Serves the pages and launches the browser (launch's `profile`), with the panel in Chinese
 * whatever the browser's UI language (Debian's chromium ships en-US only).
 */
export async function openSession(options: { profile?: string } = {}): Promise<Session> {
  const { server, port } = await serve();
  let b: Browser | undefined;
  try {
    b = await launch(options);
    await setSettings(b, { language: 'zh_CN' });
    return { b, server, port };
  } catch (e) {
    await b?.close();
    server.close();
    throw e;
  }
}

/** Closes what openSession opened; `b`: the session's browser, or the one a test relaunched. */
export async function closeSession(s: Session | undefined, b: Browser | undefined = s?.b): Promise<void> {
  await b?.close();
  s?.server.close();
}

/** Stores the extension's settings, as the popup would: in storage.sync (components/settings.ts). */
export async function setSettings(b: Browser, settings: Record<string, unknown>): Promise<void> {
  await b.worker.evaluate((s) => chrome.storage.sync.set({ settings: { version: 1, autoRun: true, language: 'auto', dock: 'right', ...s } }), settings);
}

/** The panel's verdict line ("表格与正文一致", "发现 2 处不一致"). */
export const verdictLine = (page: Page) => page.locator('nianbao-lens [data-verdict]');

/**
 * Waits until the page is marked: the lens marks the cells after the panel's first frame is painted (session.tsx
 * afterFrame), and the findings the marks complete are in (no aria-busy). A test that reads the marks as soon as the
 * verdict shows races that frame: under CI's load the clean-clone run of 05893c5 found no marked cell at 360 px.
 */
export const marked = (page: Page, timeout = 10_000) => page.waitForFunction(
  () => performance.getEntriesByName('nianbao-lens:marks').length > 0 && !document.querySelector('nianbao-lens')?.shadowRoot?.querySelector('[aria-busy]'),
  undefined, { timeout });

/** A new tab on `url`, once the panel shows its verdict and the page is marked. */
export async function openReport(b: Browser, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  await expect.poll(() => verdictLine(page).count()).toBe(1);
  await marked(page);
  return page;
}

/** The addresses of the reports the collection holds (the store's `report:<id>` records, each kept as its JSON text). */
export function savedUrls(b: Browser): Promise<string[]> {
  return b.worker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([k]) => k.startsWith('report:'))
      .map(([, v]) => (JSON.parse(v as string) as { url: string }).url));
}

/**
 * Waits until the collection holds the report of `url`; for a hook as for a test (expect.poll is for tests). Call it before
 * closing the report's tab: a tab closed as soon as its panel shows may close before the report's save lands, and the
 * save is lost (under CI's load the clean-clone run of 1e27f4e listed 3 rows of 4). Throws after `timeout`, naming the page.
 */
export async function waitSaved(b: Browser, url: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await savedUrls(b)).includes(url)) {
    if (Date.now() > end) throw new Error(`${url}: not saved in ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Until `target` stands still: its box the same across two frames. A finding's jump scrolls the page smoothly, and a
 * hover made while the scroll still moves the element misses it, or the scroll's event hides the tooltip it opened (the
 * panel hides its tooltip on scroll): the clean-clone CI of bb6d264 saw no tooltip in 30 s.
 */
export async function standsStill(target: Locator): Promise<void> {
  const still = () =>
    target.evaluate((el) => new Promise<boolean>((done) => {
      const at = () => {
        const r = el.getBoundingClientRect();
        return `${r.x},${r.y}`;
      };
      const before = at();
      requestAnimationFrame(() => requestAnimationFrame(() => done(at() === before)));
    }));
  await expect.poll(still).toBe(true);
}

/** The toolbar badge text of the tab showing `url`. */
export async function badgeText(b: Browser, url: string): Promise<string> {
  const tabId = await tabIdOf(b, url);
  return b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The toolbar badge of the tab showing `url`: its text, colour (rgba) and tooltip. */
export async function badgeLookOf(b: Browser, url: string): Promise<{ text: string; color: number[]; title: string }> {
  const tabId = await tabIdOf(b, url);
  return b.worker.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
  }), tabId);
}

/**
 * What the extension has said of the page in `page`'s tab, as the popup learns it (components/run-on-tab.ts tabState):
 * the lens's answer ('report', 'not-report', 'pdf', or 'idle' while it has not run), else 'turned-away' where the
 * loader's first look left its note (it loaded nothing), else null (no script of ours has looked yet). What a test
 * waits on before it asserts that nothing shows: the lens or the loader has looked and decided (no fixed sleep).
 * The lens is asked from the background, as the popup asks it; the note is read in the content scripts' isolated
 * world through CDP (the popup reads it with scripting.executeScript, which needs the grant of its toolbar click).
 */
export async function tabStatus(b: Browser, page: Page): Promise<string | null> {
  const tabId = await tabIdOf(b, page.url());
  const asked = await b.worker.evaluate(async (id) => {
    const state = (await chrome.tabs.sendMessage(id, { type: 'nianbao-lens/state' }, { frameId: 0 }).catch(() => null)) as { status?: string } | null;
    return state?.status ?? null;
  }, tabId);
  return asked ?? ((await noteLeft(page)) ? 'turned-away' : null);
}

/** Whether the loader's note (components/messages.ts LOOK_GLOBAL) is on its isolated world's global, in the top frame. */
async function noteLeft(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; auxData?: { frameId?: string; type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => void worlds.push(e.context as (typeof worlds)[number]));
    await cdp.send('Runtime.enable'); // the contexts there are now come as events before its answer
    const { frameTree } = await cdp.send('Page.getFrameTree');
    for (const w of worlds) {
      if (w.auxData?.type !== 'isolated' || w.auxData.frameId !== frameTree.frame.id) continue;
      const r = await cdp.send('Runtime.evaluate', { expression: `${JSON.stringify(LOOK_GLOBAL)} in globalThis`, contextId: w.id, returnByValue: true });
      if (r.result.value === true) return true;
    }
    return false;
  } finally {
    await cdp.detach();
  }
}

async function tabIdOf(b: Browser, url: string): Promise<number> {
  // without the "tabs" permission tabs carry no URL: bring the page to the front, take the active tab
  const page = b.context.pages().find((p) => p.url() === url);
  if (!page) throw new Error(`no page at ${url}`);
  await page.bringToFront();
  const id = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  return id;
}

/** A page the harness evaluates in through raw CDP (Playwright does not attach to action popups). */
export interface TargetDriver {
  evaluate<T>(expression: string): Promise<T>;
  /** a CDP command in the popup (Input.dispatchKeyEvent for the keyboard, Accessibility.* for names) */
  send<T = unknown>(method: string, params: object): Promise<T>;
  detach(): Promise<void>;
}

/** Clicks the toolbar button for the tab showing `page`, and returns a driver for the popup it opens. */
export async function openPopup(b: Browser, page: Page): Promise<TargetDriver> {
  await page.bringToFront();
  const { targetInfos: tabs } = await b.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.find((t) => t.url === page.url());
  if (!tab) throw new Error('no tab target for the page');
  await b.cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId: tab.targetId });
  const popupUrl = `chrome-extension://${b.extensionId}/popup.html`;
  let targetId: string | undefined;
  for (let i = 0; i < 50 && !targetId; i++) {
    const { targetInfos } = await b.cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => t.url === popupUrl)?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 100));
  }
  if (!targetId) throw new Error('the popup did not open');
  const { sessionId } = await b.cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 0;
  const pending = new Map<number, (m: { result?: { result?: { value?: unknown }; exceptionDetails?: unknown } }) => void>();
  const onMessage = (e: { sessionId: string; message: string }): void => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number };
    if (m.id !== undefined) pending.get(m.id)?.(m as never);
  };
  b.cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method: string, params: object) =>
    new Promise<{ result?: { result?: { value?: unknown }; exceptionDetails?: unknown }; error?: { message: string } }>((res) => {
      const id = ++next;
      pending.set(id, res);
      void b.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const m = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (m.result?.exceptionDetails) throw new Error(`popup: ${JSON.stringify(m.result.exceptionDetails)}`);
      return m.result?.result?.value as T;
    },
    async send<T>(method: string, params: object): Promise<T> {
      const m = await send(method, params);
      if (m.error) throw new Error(`popup: ${method}: ${m.error.message}`);
      return m.result as T;
    },
    async detach() {
      b.cdp.off('Target.receivedMessageFromTarget', onMessage);
      await b.cdp.send('Target.closeTarget', { targetId: targetId! }).catch(() => {});
    },
  };
}

/** Polls a popup expression until it is truthy. */
export async function waitIn<T>(d: TargetDriver, expression: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await d.evaluate<T>(expression);
    if (v || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Errors the page's console saw (any frame: Playwright's page events cover its frames), other than
 * the fixtures' own missing images and styles.
 */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  return errors;
}
