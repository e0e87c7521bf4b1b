/**
 * The content script: a small loader. On government portals (*.gov.cn) it runs by itself at
 * document idle and takes a first look (lib/detect/first-look.ts: the <title> and the body's text,
 * no DOM walk); only a page that may be a report loads the lens (entrypoints/content-lens.ts: the
 * core, Preact and the panel, ~105 KB) and runs it. Anywhere else it is injected when the user asks
 * (popup or context menu, components/run-on-tab.ts), with the lens before it, and waits for that
 * request. A page that is not a report at idle is looked at again a few times over 15 s, for
 * content that arrives later.
 *
 * Why split: this script runs on every *.gov.cn page, nearly all of them not reports; evaluating the
 * whole lens there cost ~15 ms of main thread a page. The loader imports the lens's own file
 * (listed in web_accessible_resources for *.gov.cn) with a dynamic import(), which Chrome MV3 and
 * Firefox MV2 both run in the content script's isolated world; a manual run injects the lens file
 * first, so that no page outside *.gov.cn needs to reach it.
 *
 * Never breaks the page: every entry point catches its errors, so none reaches the page's console.
 */
import type { browser as Api } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { firstLook } from '../../lib/detect/first-look.ts';
import { isTabRequest } from '../../components/messages.ts';
import { LENS_FILE, LENS_GLOBAL, type Lens, type LensModule } from './lens-global.ts';

/** When the content script started: document idle, for the benchmark's idle → panel (scripts/browser-bench.mjs). */
const STARTED_AT = performance.now();

/** When a page that is not (yet) a report is looked at again, in ms after idle: 15 s, as the lens watches. */
const WATCH_AT_MS = [300, 700, 1500, 3000, 6000, 10_000, 15_000];

/** *.gov.cn and gov.cn itself: the sites where the lens may run unasked */
export function isGovPortal(hostname: string): boolean {
  return hostname === 'gov.cn' || hostname.endsWith('.gov.cn');
}

/**
 * The extension API (Firefox's `browser`, Chrome's `chrome`), looked up only when needed: in a
 * fresh isolated world the first touch of it costs about a millisecond and a half in Chromium,
 * which a page the first look turns away never pays. (Why not wxt/browser: it looks it up as soon
 * as the script is evaluated.)
 */
function api(): typeof Api {
  const g = globalThis as unknown as { browser?: typeof Api; chrome?: typeof Api };
  return g.browser?.runtime?.id ? g.browser : (g.chrome as typeof Api);
}

const lensModule = (): LensModule | undefined => (globalThis as { [LENS_GLOBAL]?: LensModule })[LENS_GLOBAL];

/** The lens's file: already there when it was injected before this script, else imported. */
async function loadLens(): Promise<LensModule> {
  if (!lensModule()) await import(/* @vite-ignore */ api().runtime.getURL(LENS_FILE));
  const mod = lensModule();
  if (!mod) throw new Error('the lens did not load');
  return mod;
}

/**
 * WXT's context. In the built content script the one main() receives is a stand-in that kept its
 * arguments (components/build/lazy-context.ts): the lens's file creates the real one. Elsewhere
 * (dev builds, tests) it is WXT's already.
 */
function realContext(ctx: ContentScriptContext, mod: LensModule): ContentScriptContext {
  const stub = ctx as unknown as { deferred?: true; contentScriptName: string; options?: unknown };
  return stub.deferred ? mod.createContext(stub.contentScriptName, stub.options) : ctx;
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    const idle = STARTED_AT;
    try {
      start(ctx, idle);
      // the benchmark (scripts/browser-bench.mjs) reads these User Timing entries
      performance.measure('nianbao-lens:start', { start: idle, end: performance.now() });
    } catch {
      // the page must never see our exceptions
    }
  },
});

/** The isolated world's newest loader: an older one (the page was injected again) stands down. */
const OWNER_GLOBAL = '__nianbaoLensLoader';

/**
 * A page the first look turns away costs that look, a timer and nothing else: no extension API,
 * no WXT context, no message listener (the popup then finds no content script there and offers
 * to check the page, which injects one). Everything else starts with the lens: once the page may
 * be a report, or at once when the script was injected on request (the lens came with it).
 */
function start(deferred: ContentScriptContext, idle: number): void {
  const owner = {};
  const scope = globalThis as { [OWNER_GLOBAL]?: object };
  scope[OWNER_GLOBAL] = owner;
  let lens: Promise<Lens> | null = null;
  let watcher: { stop(): void } | null = null;

  /** The lens, WXT's context, and the message listener that answers the popup: once. */
  const wake = (mod: LensModule): Lens => {
    const ctx = realContext(deferred, mod);
    const created = mod.createLens(ctx);
    const browser = api();
    // sendResponse and `return true`: the form Chrome and Firefox both take without a polyfill
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): true | undefined => {
      if (!ctx.isValid || !isTabRequest(message)) return undefined;
      watcher?.stop();
      created.handle(message).then(sendResponse, () => sendResponse(null));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      watcher?.stop();
    });
    return created;
  };
  const getLens = (): Promise<Lens> =>
    (lens ??= loadLens().then(wake, (e: unknown) => {
      lens = null;
      throw e;
    }));

  const autoRun = (since: number): void => {
    // the settings are read while the lens loads, not after (components/settings.ts loadSettings)
    const stored = api().storage.local.get('settings');
    stored.catch(() => {});
    getLens()
      .then((l) => {
        performance.measure('nianbao-lens:lens-loaded', { start: since, end: performance.now() });
        return l.auto(since, stored);
      })
      .catch(() => {});
  };

  // injected on request (any site, or a *.gov.cn page the first look had turned away): the lens
  // came first, so it is here already; be ready for the request that follows
  const injected = lensModule();
  if (injected || !isGovPortal(location.hostname)) {
    if (injected) lens = Promise.resolve(wake(injected));
    else void getLens().catch(() => {});
    return;
  }
  const look = firstLook(document);
  performance.measure('nianbao-lens:first-look', { start: idle, end: performance.now() });
  if (look.maybe) {
    autoRun(idle);
    return;
  }
  watcher = watchForLateContent(
    () => {
      if (scope[OWNER_GLOBAL] !== owner || lens) return true; // a newer loader, or a request, took over
      if (!firstLook(document).maybe) return false;
      autoRun(performance.now());
      return true;
    },
    () => {
      watcher = null;
    },
  );
}

/**
 * Bounded observation, cheaper than the lens's own: a page that is not a report at idle is looked
 * at again at a few moments over WATCH_MS (polls, not a MutationObserver: nothing runs on the
 * page's own DOM changes, and nothing more than a timer is set up at idle), and read again only
 * when its table count or title changed, until `recheck` says it handed over. A report that a CMS
 * renders 600 ms after idle is picked up at the 700 ms poll.
 */
function watchForLateContent(recheck: () => boolean, onStop: () => void): { stop(): void } {
  const tables = document.getElementsByTagName('table');
  let seen = `${tables.length}|${document.title}`;
  let at = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = (): void => {
    timer = null;
    const t0 = performance.now();
    let handed = false;
    try {
      const now = `${tables.length}|${document.title}`;
      if (now !== seen) handed = recheck();
      seen = now;
    } catch {
      // never reaches the page
    }
    performance.measure('nianbao-lens:watch', { start: t0, end: performance.now() });
    if (handed || ++at >= WATCH_AT_MS.length) stop();
    else timer = setTimeout(check, WATCH_AT_MS[at]! - WATCH_AT_MS[at - 1]!);
  };
  const stop = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    onStop();
  };
  timer = setTimeout(check, WATCH_AT_MS[0]);
  return { stop };
}
