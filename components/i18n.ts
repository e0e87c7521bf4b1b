/**
 * UI text from the extension's locale files (public/_locales/<lang>/messages.json).
 * "Follow the browser" asks browser.i18n, which picks the locale as the browser does. A forced
 * language reads the same JSON files (locale-tables.ts) because browser.i18n cannot switch
 * locale; the lens carries its own copy of both, in its own form (entrypoints/content/lens-translate.ts).
 * The findings' own sentences come from the core in Chinese; those with a code are worded in the UI's
 * language (finding-words.tsx).
 */
import { browser } from 'wxt/browser';
import type zhCN from '../public/_locales/zh_CN/messages.json';
import type { Language } from './settings-read.ts';
import { formatMessage, type LooseTable } from './message-format.ts';

export { formatMessage, type LooseTable, type MessageEntry, type MessageTable } from './message-format.ts';
export type MessageKey = keyof typeof zhCN;
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

/** The browser's own choice of locale file. */
export const browserTranslate: Translate = (key, ...subs) => {
  try {
    return browser.i18n.getMessage(key, subs.map(String)) || key;
  } catch {
    return key; // i18n can throw in a context torn down by an extension reload
  }
};

/** A forced language's table, or the browser's choice when there is none. */
export function translator(table: LooseTable | null): Translate {
  if (!table) return browserTranslate;
  return (key, ...subs) => formatMessage(table[key], subs.map(String)) || browserTranslate(key, ...subs);
}

/** The language the UI is shown in, for the lang attribute. */
export function uiLang(language: Language): 'zh-CN' | 'en' {
  if (language !== 'auto') return language === 'en' ? 'en' : 'zh-CN';
  return browserLocale() === 'en' ? 'en' : 'zh-CN';
}

/**
 * The locale file browser.i18n reads for "follow the browser": en for an English browser, else
 * the default_locale, zh_CN (the extension has no other). From getUILanguage(), which the renderer
 * answers by itself: getMessage's first call in a tab's renderer fetches the extension's whole
 * message bundle from the browser process with a synchronous IPC (scripts/browser-bench.mjs).
 */
export function browserLocale(): 'en' | 'zh_CN' {
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // default below
  }
  // browser.i18n falls back to default_locale (zh_CN) for every locale but en*
  return ui.toLowerCase().startsWith('en') ? 'en' : 'zh_CN';
}
