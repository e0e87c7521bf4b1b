/**
 * The background: the toolbar badge (the count of inconsistencies the content script found on a
 * tab), the page's context-menu item "check this page", and the collection's one writer (components/collection/): content scripts save their
 * reports through it. A tab's state lives in its content script.
 */
import { browser } from 'wxt/browser';
import { isAnalysisMessage, isCollectRequest, type AnalysisMessage } from '../components/messages.ts';
import { createCollectionStore } from '../components/collection/store.ts';
import { handleCollectRequest } from '../components/collection/background-handler.ts';
import { injectPdfReader, requestTab } from '../components/run-on-tab.ts';
import { isLoadPdfReaderRequest } from '../components/files-module.ts';
import { answerFetchFile, isFetchFileRequest } from '../components/file-relay.ts';
import { localeTable } from '../components/locale-tables.ts';
import { formatMessage, translator } from '../components/i18n.ts';
import { badgeLook } from '../components/badge.ts';
import { loadSettings, onSettingsChanged } from '../components/settings.ts';
import type { Settings } from '../components/settings-read.ts';

const MENU_ID = 'nianbao-lens-check-page';
/** the manifest's command (wxt.config.ts) that shows the panel and moves the focus into it */
const FOCUS_COMMAND = 'focus-panel';

/** MV3 has browser.action; Firefox's MV2 build has browser.browserAction. */
const action = browser.action ?? browser.browserAction;

function menuTitle(s: Settings): string {
  const table = localeTable(s.language);
  return table ? formatMessage(table.menuCheckPage, []) : browser.i18n.getMessage('menuCheckPage');
}

/** The tab's badge and tooltip (components/badge.ts), in the UI language of the settings. */
async function showBadge(tabId: number, message: AnalysisMessage): Promise<void> {
  try {
    if (message.problems === null || message.verdict === null) {
      await action.setBadgeText({ tabId, text: '' });
      await action.setTitle({ tabId, title: '' }); // back to the manifest's default title
      return;
    }
    const look = badgeLook(message.verdict, message.problems, translator(localeTable((await loadSettings()).language)));
    await action.setBadgeText({ tabId, text: look.text });
    await action.setBadgeBackgroundColor({ tabId, color: look.color });
    await action.setTitle({ tabId, title: look.title });
  } catch {
    // the tab closed meanwhile
  }
}

export default defineBackground(() => {
  // the collection's single writer: content scripts save through here (components/collection/)
  const collection = createCollectionStore();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isCollectRequest(message)) return handleCollectRequest(collection, message);
    const tabId = sender.tab?.id;
    // a page checked on request asks for the PDF reader (components/files-module.ts): answered once injected
    if (isLoadPdfReaderRequest(message)) return tabId === undefined ? undefined : injectPdfReader(tabId, sender.frameId ?? 0);
    // a report's file on another *.gov.cn host than its page's (components/file-relay.ts): only for our own content scripts
    if (isFetchFileRequest(message)) return sender.id === browser.runtime.id && tabId !== undefined ? answerFetchFile(message) : undefined;
    if (!isAnalysisMessage(message) || tabId === undefined) return undefined;
    void showBadge(tabId, message);
    return undefined;
  });

  // menus do not survive an update; (re)create on install and keep the title in the UI language
  browser.runtime.onInstalled.addListener(() => {
    // an update may bring a new collection layout (store.ts ready(): every record read and written
    // again, ~8 s at 5,000 reports): done now, not when the reader first opens the dashboard or a
    // tab first saves. A failure is tried again by the first call that needs the collection.
    collection.ready().catch(() => {});
    void loadSettings().then((s) => {
      browser.contextMenus.removeAll(() => {
        browser.contextMenus.create({ id: MENU_ID, title: menuTitle(s), contexts: ['page', 'frame', 'selection', 'link', 'image'] });
      });
    });
  });
  onSettingsChanged((s) => {
    void browser.contextMenus.update(MENU_ID, { title: menuTitle(s) })?.catch?.(() => {});
  });
  // the keyboard's command (the manifest's `commands`): the panel shown and focused; the shortcut grants activeTab as a
  // click does, so that a page outside *.gov.cn is checked on it too
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await requestTab(id, { type: 'nianbao-lens/focus-panel' });
    })().catch(() => {});
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // the click grants activeTab for this tab: the content script may be injected here
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    requestTab(tab.id, { type: 'nianbao-lens/run' }).catch(() => {});
  });
});
