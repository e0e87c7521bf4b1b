/**
 * The background: the toolbar badge (the count of inconsistencies the content script found on a
 * tab), the page's context-menu item "check this page", and the locale table for a forced UI
 * language, and the collection's one writer (components/collection/): content scripts save their
 * reports through it. A tab's state lives in its content script.
 */
import { browser } from 'wxt/browser';
import { isAnalysisMessage, isCollectRequest, isLocaleRequest } from '../components/messages.ts';
import { createCollectionStore } from '../components/collection/store.ts';
import { handleCollectRequest } from '../components/collection/background-handler.ts';
import { requestTab } from '../components/run-on-tab.ts';
import { LOCALE_TABLES, localeTable } from '../components/locale-tables.ts';
import { formatMessage } from '../components/i18n.ts';
import { loadSettings, onSettingsChanged } from '../components/settings.ts';
import type { Settings } from '../components/settings-read.ts';

const MENU_ID = 'nianbao-lens-check-page';

/** MV3 has browser.action; Firefox's MV2 build has browser.browserAction. */
const action = browser.action ?? browser.browserAction;

function menuTitle(s: Settings): string {
  const table = localeTable(s.language);
  return table ? formatMessage(table.menuCheckPage, []) : browser.i18n.getMessage('menuCheckPage');
}

export default defineBackground(() => {
  // the collection's single writer: content scripts save through here (components/collection/)
  const collection = createCollectionStore();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isLocaleRequest(message)) return Promise.resolve(LOCALE_TABLES[message.language]);
    if (isCollectRequest(message)) return handleCollectRequest(collection, message);
    const tabId = sender.tab?.id;
    if (!isAnalysisMessage(message) || tabId === undefined) return undefined;
    const n = message.problems;
    void action.setBadgeText({ tabId, text: n === null ? '' : n > 0 ? String(n) : '✓' }).catch(() => {});
    if (n !== null) void action.setBadgeBackgroundColor({ tabId, color: n > 0 ? '#c62828' : '#2e7d32' }).catch(() => {});
    return undefined;
  });

  // menus do not survive an update; (re)create on install and keep the title in the UI language
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings().then((s) => {
      browser.contextMenus.removeAll(() => {
        browser.contextMenus.create({ id: MENU_ID, title: menuTitle(s), contexts: ['page', 'frame', 'selection', 'link', 'image'] });
      });
    });
  });
  onSettingsChanged((s) => {
    void browser.contextMenus.update(MENU_ID, { title: menuTitle(s) })?.catch?.(() => {});
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // the click grants activeTab for this tab: the content script may be injected here
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    requestTab(tab.id, { type: 'nianbao-lens/run' }).catch(() => {});
  });
});
