/**
 * The lens's UI text (lens.tsx), one Translate per language, made once.
 */
import { browserLocale, translator, type LooseTable, type Translate } from '../../components/i18n.ts';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Settings } from '../../components/settings-read.ts';

/** The UI text of a language, made once (each lens its own). */
export function createTranslations(): (s: Settings) => Translate {
  const translations = new Map<Settings['language'], Translate>();
  return (s) => {
    let t = translations.get(s.language);
    if (!t) translations.set(s.language, (t = loadTranslate(s)));
    return t;
  };
}

/**
 * Both locale files: in the built lens each is the lens's form, only the keys it may ask for, each a text
 * (components/build/lens-messages.ts: ~99 KB of the built lens, ~228 KB whole); whole where it runs unbuilt (tests).
 */
const LENS_TABLES: Record<'zh_CN' | 'en', LooseTable> = { zh_CN: zhCN, en };

/**
 * The UI text for the settings' language (the browser's choice or a forced locale's) from the lens's own copy of the
 * locale files: browser.i18n.getMessage's first call in a tab blocks the main thread on a synchronous IPC for the whole
 * message bundle just as the panel mounts (scripts/browser-bench.mjs), and a forced language's asked the background.
 */
function loadTranslate(s: Settings): Translate {
  return translator(LENS_TABLES[s.language === 'auto' ? browserLocale() : s.language]);
}
