/**
 * The lens's UI text (lens.tsx), one Translate per language, made once.
 */
import { browserLocale, translator, type Translate } from '../../components/i18n.ts';
import { LOCALE_TABLES } from '../../components/locale-tables.ts';
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
 * The UI text for the settings' language (the browser's choice or a forced locale's) from the lens's own copy of the
 * locale files: browser.i18n.getMessage's first call in a tab blocks the main thread on a synchronous IPC for the whole
 * message bundle just as the panel mounts (scripts/browser-bench.mjs), and a forced language's asked the background.
 */
function loadTranslate(s: Settings): Translate {
  return translator(LOCALE_TABLES[s.language === 'auto' ? browserLocale() : s.language]);
}
