/**
 * "Check this page" from the popup or the context menu. The content script may already be in the
 * tab (a *.gov.cn page): then it is asked to run. Otherwise the same script (with its lens) is
 * injected with the temporary host access that activeTab grants on the user's click, and asked again.
 * Why the same file, not a second script: one script to build and measure, and WXT invalidates an
 * older copy of a content script when a new one starts, so injecting only when none answers keeps
 * exactly one alive. Chrome MV3 injects with scripting.executeScript; Firefox's MV2 build with
 * tabs.executeScript, which needs no "scripting" permission there.
 */
import { browser } from 'wxt/browser';
import { isFirstLookNote, LOOK_GLOBAL, type TabRequest, type TabState } from './messages.ts';

const CONTENT_SCRIPT = '/content-scripts/content.js';
/**
 * The lens the content script loads (entrypoints/content/index.ts), injected first: a page outside
 * *.gov.cn cannot import it (it is web-accessible there only), and injected it is already in place.
 */
const LENS_SCRIPT = '/content-lens.js';
/**
 * The reader of a report's Word or Excel file, which the lens loads when asked
 * (components/files-module.ts): injected first, for the same reason.
 */
const FILES_SCRIPT = '/content-files.js';
/** The lens's English texts, which it loads for a reader who reads English (entrypoints/content/lens-translate.ts): injected first too. */
const LENS_EN_SCRIPT = '/content-lens-en.js';
/** The narrative stage, which the lens loads beside its panel (components/prose-module.ts): injected first too. */
const PROSE_SCRIPT = '/content-prose.js';
/** The PDF reader, injected only when a PDF is to be read (injectPdfReader). */
const PDF_SCRIPT = '/content-pdf.js';

async function ask(tabId: number, request: TabRequest): Promise<TabState | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as TabState | undefined;
    return answer ?? null;
  } catch {
    return null; // no content script in the tab
  }
}

async function inject(tabId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId }, files: [FILES_SCRIPT, PROSE_SCRIPT, LENS_EN_SCRIPT, LENS_SCRIPT, CONTENT_SCRIPT] });
  } else {
    await browser.tabs.executeScript(tabId, { file: FILES_SCRIPT, runAt: 'document_idle' });
    await browser.tabs.executeScript(tabId, { file: PROSE_SCRIPT, runAt: 'document_idle' });
    await browser.tabs.executeScript(tabId, { file: LENS_EN_SCRIPT, runAt: 'document_idle' });
    await browser.tabs.executeScript(tabId, { file: LENS_SCRIPT, runAt: 'document_idle' });
    await browser.tabs.executeScript(tabId, { file: CONTENT_SCRIPT, runAt: 'document_idle' });
  }
}

/**
 * The PDF reader (entrypoints/content-pdf.ts, with pdf.js) into the frame of a page checked on
 * request, when its lens asks (components/files-module.ts): too large to inject with every check,
 * and not web-accessible outside *.gov.cn. The reader's click on the toolbar or the menu granted
 * this tab's access (activeTab), which lasts until the tab leaves the page.
 */
export async function injectPdfReader(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PDF_SCRIPT] });
  } else {
    await browser.tabs.executeScript(tabId, { file: PDF_SCRIPT, frameId, runAt: 'document_idle' });
  }
}

/** Sends a request to the tab's content script, injecting it first when the tab has none. */
export async function requestTab(tabId: number, request: TabRequest): Promise<TabState> {
  const first = await ask(tabId, request);
  if (first) return first;
  await inject(tabId);
  const second = await ask(tabId, request);
  if (!second) throw new Error('the content script did not answer');
  return second;
}

/**
 * The tab's state without injecting anything that would check it: the content script's answer, or
 * (a *.gov.cn page the loader turned away, where nothing listens) the note its first look left.
 */
export async function tabState(tabId: number): Promise<TabState | null> {
  return (await ask(tabId, { type: 'nianbao-lens/state' })) ?? (await firstLookState(tabId));
}

/**
 * Runs in the content scripts' isolated world: the loader's note, if it left one, or "pdf" when the
 * tab shows a PDF file (Chromium's viewer, where the loader does not run: components/pdf-tab.ts).
 */
function readNote(key: string): unknown {
  if (document.contentType === 'application/pdf') return 'pdf';
  return (globalThis as Record<string, unknown>)[key] ?? null;
}

/**
 * The loader's note (components/messages.ts FirstLookNote), read by a script run in its isolated
 * world: the page's top frame, with the access the click on the toolbar button granted (activeTab).
 * Null where there is none, or no access (a browser page).
 */
async function firstLookState(tabId: number): Promise<TabState | null> {
  try {
    let note: unknown;
    if (import.meta.env.MANIFEST_VERSION === 3) {
      const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: readNote, args: [LOOK_GLOBAL] });
      note = frame?.result;
    } else {
      // Firefox runs tabs.executeScript code in the same sandbox as the extension's content scripts
      const frames = await browser.tabs.executeScript(tabId, { code: `(${readNote.toString()})(${JSON.stringify(LOOK_GLOBAL)})`, frameId: 0 });
      note = frames?.[0];
    }
    if (note === 'pdf') return { status: 'pdf', problems: null, verdict: null, agency: null, year: null, panel: false };
    if (!isFirstLookNote(note)) return null;
    return { status: 'turned-away', problems: null, verdict: null, agency: null, year: null, panel: false };
  } catch {
    return null;
  }
}
