/**
 * The lens's UI text (lens.tsx), one Translate per language, made once. The Chinese texts are in the lens; the English
 * ones are a script of their own (entrypoints/content-lens-en.ts), imported for a reader who reads English only: each
 * path that shows text awaits languageReady first, so an English panel is English from its first paint.
 */
import { browser } from 'wxt/browser';
import { browserLocale, translator, type LooseTable, type Translate } from '../../components/i18n.ts';
import { loadOnce } from '../../components/load-once.ts';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import type { Settings } from '../../components/settings-read.ts';
import { LENS_EN_FILE, LENS_EN_GLOBAL } from './lens-global.ts';

type Scope = { [LENS_EN_GLOBAL]?: LooseTable };

/** The English texts when they are here: imported already (by the lens, or by the loader beside it), or injected. */
const englishHere = (): LooseTable | null => (globalThis as Scope)[LENS_EN_GLOBAL] ?? null;

/** The English texts' script, imported once (web-accessible on *.gov.cn; injected with the lens elsewhere). */
const loadEnglish = loadOnce(englishHere, () => import(/* @vite-ignore */ browser.runtime.getURL(LENS_EN_FILE as '/content-lens-en.js')), 'the English texts');

/** The locale file the settings' language reads: the browser's choice (as browser.i18n picks it) or a forced one. */
function localeOf(s: Settings): 'zh_CN' | 'en' {
  return s.language === 'auto' ? browserLocale() : s.language;
}

/**
 * The settings' language's texts in place: for English, its script loaded (at once when the loader or an injection
 * brought it). Never rejects: a load that failed (an extension reload) leaves English to browser.i18n (translate below).
 */
export async function languageReady(s: Settings): Promise<void> {
  if (localeOf(s) === 'en' && !englishHere()) await loadEnglish().catch(() => {});
}

/**
 * The UI text for the settings' language from the lens's own copy of the locale files: browser.i18n.getMessage's first
 * call in a tab blocks the main thread on a synchronous IPC for the whole message bundle just as the panel mounts
 * (scripts/browser-bench.mjs), and a forced language's asked the background. In the built lens each table is the lens's
 * form, only the keys it may ask for, each a text (components/build/lens-messages.ts); whole where it runs unbuilt.
 * English asked before its script came (never, where languageReady was awaited) reads browser.i18n, and is not kept.
 */
export function createTranslations(): (s: Settings) => Translate {
  const translations = new Map<'zh_CN' | 'en', Translate>();
  return (s) => {
    const locale = localeOf(s);
    let t = translations.get(locale);
    if (t) return t;
    const table = locale === 'en' ? englishHere() : zhCN;
    t = translator(table);
    if (table) translations.set(locale, t);
    return t;
  };
}
