/**
 * The content script: a small loader. On government portals (*.gov.cn) it runs by itself at
 * document idle and takes a first look (lib/detect/first-look.ts: the document's text from one
 * XPath call, no DOM walk); only a page that may be a report loads the lens (entrypoints/
 * content-lens.ts: the core, Preact and the panel, ~108 KB) and runs it, if the settings allow
 * automatic runs. Anywhere else it is injected when the user asks (popup or context menu,
 * components/run-on-tab.ts), with the lens before it, and waits for that request. A page that is
 * not a report at idle is looked at again a few times over 15 s, for content that arrives later.
 *
 * Why split: this script runs on every *.gov.cn page, nearly all of them not reports; evaluating the
 * whole lens there cost ~15 ms of main thread a page. The loader imports the lens's own file
 * (listed in web_accessible_resources for *.gov.cn) with a dynamic import(), which Chrome MV3 and
 * Firefox MV2 both run in the content script's isolated world; a manual run injects the lens file
 * first, so that no page outside *.gov.cn needs to reach it.
 *
 * Why so little code: Chromium compiles a content script on the main thread on every page (no code
 * cache), and in a fresh isolated world each function's first call compiles it again and each kind
 * of DOM object's first touch builds its wrapper (~0.15 ms each). What a page the first look turns
 * away runs is kept to one look, one note and one timer (scripts/browser-bench.mjs measures it).
 *
 * Reports in frames: some portals (older TRS/CMS 信息公开 platforms) show the report in an iframe of
 * their own site. The loader runs in the top frame only and looks into same-origin frames from
 * there (components/report-frames.ts), rather than running in every frame (all_frames): the panel
 * belongs in the top frame, where a frame's script would have to send its report; and many
 * *.gov.cn pages carry frames of other sites or other gov.cn portals (counters, share buttons,
 * embedded widgets), in each of which all_frames would compile and run this script once more. A
 * cross-origin frame is skipped quietly; a page without frames pays one read of its frame count.
 *
 * Never breaks the page: every entry point catches its errors, so none reaches the page's console.
 */
import type { browser as Api } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { firstLook } from '../../lib/detect/first-look.ts';
import { frameDocuments, framesShape } from '../../components/report-frames.ts';
import { LOOK_GLOBAL, type FirstLookNote } from '../../components/messages.ts';
import { autoRunOff, SETTINGS_KEY } from '../../components/settings-read.ts';
import { LENS_EN_FILE, LENS_FILE, LENS_GLOBAL, type Lens, type LensModule } from './lens-global.ts';

/**
 * When the content script started (document idle), for the benchmark's idle → panel
 * (scripts/browser-bench.mjs): Date.now(), because the first touch of `performance` in this world
 * costs a page the first look turns away ~0.1 ms; turned into performance.now() time, to ±1 ms,
 * only on a page that may be a report.
 */
const STARTED_AT = Date.now();
const startedAt = (): number => performance.now() - (Date.now() - STARTED_AT);

/**
 * When a page that is not (yet) a report is looked at again, in ms after idle: 15 s, as the lens
 * watches. Each poll costs ~0.2 ms of main thread (mostly the timer into the isolated world), so few.
 */
const WATCH_AT_MS = [1000, 3000, 8000, 15_000];

/** *.gov.cn and gov.cn itself: the sites where the lens may run unasked */
export function isGovPortal(hostname: string): boolean {
  return hostname === 'gov.cn' || hostname.endsWith('.gov.cn');
}

/**
 * A URL's host name as location.hostname says it (document.URL's host is lower case already):
 * between "//" and the port, path, query or fragment. String steps: no Location, URL or RegExp to
 * set up in this world.
 */
export function hostOf(url: string): string {
  let host = url.slice(url.indexOf('//') + 2);
  for (const end of '/?#') {
    const at = host.indexOf(end);
    if (at >= 0) host = host.slice(0, at);
  }
  host = host.slice(host.lastIndexOf('@') + 1);
  const port = host.lastIndexOf(':');
  return port >= 0 && !host.endsWith(']') ? host.slice(0, port) : host;
}

/** The isolated world's globals the loader uses: its owner token, its note, the lens module. */
interface Scope {
  /** the isolated world's newest loader: an older one (the page was injected again) stands down */
  __nianbaoLensLoader?: object;
  [LOOK_GLOBAL]?: FirstLookNote;
  [LENS_GLOBAL]?: LensModule;
}
const scope = globalThis as Scope;

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      start(ctx);
    } catch {
      // the page must never see our exceptions
    }
  },
});

/** One loader's state: what it loaded, and its watch. */
interface Loader {
  owner: object;
  ctx: ContentScriptContext;
  lens: Promise<Lens> | null;
  watch: ReturnType<typeof setTimeout> | null;
}

/**
 * A page the first look turns away costs that look, a note of it, a timer and nothing else: no
 * extension API, no WXT context, no message listener (the popup reads the note, and "检查此页"
 * injects the lens). Everything else starts with the lens: once the page may be a report and the
 * settings allow automatic runs, or at once when the script was injected on request (the lens came
 * with it).
 */
function start(ctx: ContentScriptContext): void {
  const loader: Loader = { owner: {}, ctx, lens: null, watch: null };
  scope.__nianbaoLensLoader = loader.owner;
  delete scope[LOOK_GLOBAL];
  // document.URL, not location: one kind of DOM object fewer to wrap in this world
  if (scope[LENS_GLOBAL] || !isGovPortal(hostOf(document.URL))) {
    // injected on request (any site, or a *.gov.cn page the first look had turned away): the lens
    // came first, so it is here already; be ready for the request that follows
    const injected = scope[LENS_GLOBAL];
    if (injected) loader.lens = Promise.resolve(attach(loader, injected));
    else void getLens(loader).catch(() => {});
    return;
  }
  const look = firstLook(document);
  if (look.maybe || framesMayHoldReport()) {
    // the benchmark (scripts/browser-bench.mjs) reads these User Timing entries
    const idle = startedAt();
    performance.measure('nianbao-lens:first-look', { start: idle, end: performance.now() });
    autoRun(loader, idle);
  } else {
    scope[LOOK_GLOBAL] = { maybe: false, reason: look.reason };
    const elements = document.getElementsByTagName('*');
    watch(loader, 0, elements, shapeOf(elements), framesNow(null));
  }
}

/**
 * The first look at the documents of the page's same-origin frames (components/report-frames.ts),
 * for a page the first look turned away: a report a portal shows in an iframe of its own site. A
 * page without frames pays one read of its window's frame count; another site's frame, one
 * contentDocument that answers null; a same-site frame, its computed style too: one its own style
 * hides (a counter, a preloaded page) is not looked into.
 */
function framesMayHoldReport(): boolean {
  for (const { doc } of frameDocuments(document)) if (firstLook(doc).maybe) return true;
  return false;
}

/**
 * The page's element count and title: what changes when a report arrives late. A live collection:
 * Blink counts it again only after the DOM changed (measured, cheaper per poll than an XPath count).
 * Its frames' are apart (framesShape): a frame that loads after idle is looked at alone.
 */
function shapeOf(elements: HTMLCollection): string {
  return `${elements.length}|${document.title}`;
}

/** The page's frame count and its same-origin frames' shape ('' when it has none). */
interface FramesSeen {
  count: number;
  shape: string;
}

/**
 * The frames' shape again, unless nothing can have changed there: a page whose frames were all
 * other sites' (ads, counters: contentDocument null) and whose frame count is the same pays one
 * read of window.length a poll, no element touched. (A frame of another site that later loads a
 * page of this one is not seen: rare, and the lens's own watch would not see it either.)
 */
function framesNow(prev: FramesSeen | null): FramesSeen {
  const count = window.length;
  if (prev && prev.count === count && prev.shape === '') return prev;
  return { count, shape: count === 0 ? '' : framesShape(document) };
}

/**
 * Bounded observation, cheaper than the lens's own: a page that is not a report at idle is looked
 * at again at a few moments over 15 s (polls, not a MutationObserver: nothing runs on the page's
 * own DOM changes, and nothing more than a timer is set up at idle), and judged again only when
 * its element count or title changed; its same-origin frames, only when one's address, element
 * count or title did. A report that a CMS renders 600 ms after idle is picked up at the 1,000 ms
 * poll, and so is a frame that loads late.
 */
function watch(loader: Loader, at: number, elements: HTMLCollection, seen: string, seenFrames: FramesSeen): void {
  loader.watch = setTimeout(() => {
    loader.watch = null;
    // a newer loader, or a request, took over
    if (scope.__nianbaoLensLoader !== loader.owner || loader.lens) return;
    let now = seen;
    let nowFrames = seenFrames;
    try {
      // the page read again only when it changed, and its frames only when theirs did
      now = shapeOf(elements);
      nowFrames = framesNow(seenFrames);
      const look = now === seen ? null : firstLook(document);
      if (look?.maybe || (nowFrames.shape !== seenFrames.shape && framesMayHoldReport())) {
        delete scope[LOOK_GLOBAL];
        autoRun(loader, performance.now());
        return;
      }
      if (look) scope[LOOK_GLOBAL] = { maybe: false, reason: look.reason };
    } catch {
      // never reaches the page
    }
    if (at + 1 < WATCH_AT_MS.length) watch(loader, at + 1, elements, now, nowFrames);
  }, WATCH_AT_MS[at]! - (WATCH_AT_MS[at - 1] ?? 0));
}

function stopWatching(loader: Loader): void {
  if (loader.watch) clearTimeout(loader.watch);
  loader.watch = null;
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

/**
 * The lens and the settings at once: the lens's import is the longer round trip to the browser
 * process (the file, then its code cache: ~20 ms cold on a busy machine), so it is asked for
 * first, and the storage read (~10 ms) beside it; one after the other they were the largest part
 * of idle → panel. Nothing else runs here that could hold the main thread while they travel: the
 * extension's message bundle, which the first i18n call fetches with a synchronous IPC, is never
 * fetched in a tab (the lens carries its own locale files, lens.tsx loadTranslate). Fetched here
 * "ahead" it blocked the thread 2–12 ms just as the lens's response arrived (traces of cold loads),
 * and idle → panel was ~8 ms slower (scripts/browser-bench.mjs, 2×9 cold loads of 4 reports,
 * interleaved); at the mount it cost ~3 ms (session 13). With automatic runs off the lens still
 * arrives (only on a page the first look let through) but nothing runs: no panel, no mark, no
 * message, until "检查此页". A read that fails counts as the defaults, as the lens's own would.
 */
function autoRun(loader: Loader, since: number): void {
  const lens = getLens(loader);
  const stored = storedSettings();
  void stored.catch(() => ({})).then(englishBeside);
  const off = stored.then(
    (got) => autoRunOff(got[SETTINGS_KEY]),
    () => false,
  );
  void off.then(() => performance.measure('nianbao-lens:settings-read', { start: since, end: performance.now() }));
  Promise.all([off, lens])
    .then(([isOff, l]) => {
      performance.measure('nianbao-lens:lens-loaded', { start: since, end: performance.now() });
      if (isOff || scope.__nianbaoLensLoader !== loader.owner) return;
      return l.auto(since, stored.catch(() => ({})));
    })
    .catch(() => {});
}

/**
 * The lens's English texts (entrypoints/content-lens-en.ts: the lens carries only the Chinese), asked for beside the
 * lens when the settings say English, or follow a browser whose language is English: the settings arrive well before
 * the lens (~20 ms against ~70, scripts/browser-bench.mjs), so an English panel waits for no second round trip. Only a
 * head start: the lens decides for itself and imports them if they are not here (lens-translate.ts languageReady);
 * both imports of the one URL are one module. A Chinese reader's page asks for nothing more.
 */
function englishBeside(stored: Record<string, unknown>): void {
  try {
    // read as readSettings (components/settings-read.ts) reads them, without its code in the loader: a language not
    // one of the three, or settings of another version, follow the browser
    const settings = stored[SETTINGS_KEY] as { version?: unknown; language?: unknown } | undefined;
    if (autoRunOff(settings)) return; // nothing shows until "检查此页", when the lens loads them itself
    const language = settings?.version === 1 ? settings.language : 'auto';
    if (language === 'en' || (language !== 'zh_CN' && api().i18n.getUILanguage().toLowerCase().startsWith('en'))) {
      import(/* @vite-ignore */ api().runtime.getURL(LENS_EN_FILE)).catch(() => {});
    }
  } catch {
    // the lens loads them itself
  }
}

/**
 * The settings as stored (components/settings.ts): storage.sync's; storage.local's where sync fails
 * or holds none (none stored, or not yet moved there from local). Both asked at once: one round
 * trip's wait, not two, for the many who never changed a setting.
 */
function storedSettings(): Promise<Record<string, unknown>> {
  const storage = api().storage;
  const local = storage.local.get(SETTINGS_KEY);
  // unneeded when sync answers: its failure then must not reach the console
  local.catch(() => {});
  let sync: Promise<Record<string, unknown>>;
  try {
    sync = storage.sync.get(SETTINGS_KEY);
  } catch {
    return local;
  }
  return sync.then((got) => (got[SETTINGS_KEY] === undefined ? local : got), () => local);
}

/** The lens, on WXT's context, answering the popup from now on: once. */
function getLens(loader: Loader): Promise<Lens> {
  return (loader.lens ??= loadLens().then(
    (mod) => attach(loader, mod),
    (e: unknown) => {
      loader.lens = null;
      throw e;
    },
  ));
}

function attach(loader: Loader, mod: LensModule): Lens {
  delete scope[LOOK_GLOBAL];
  return mod.attach(loader.ctx, () => stopWatching(loader));
}

/** The lens's file: already there when it was injected before this script, else imported. */
async function loadLens(): Promise<LensModule> {
  if (!scope[LENS_GLOBAL]) await import(/* @vite-ignore */ api().runtime.getURL(LENS_FILE));
  const mod = scope[LENS_GLOBAL];
  if (!mod) throw new Error('the lens did not load');
  return mod;
}
