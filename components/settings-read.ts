/**
 * The settings' shape and how a stored value is read, without the storage itself (settings.ts):
 * pure, so that the content script's loader can read the one value it needs (autoRun) without
 * pulling in the extension API wrapper.
 */
export type Language = 'auto' | 'zh_CN' | 'en';
export type Dock = 'left' | 'right';

export interface Settings {
  version: 1;
  /** run by itself on *.gov.cn pages at document idle */
  autoRun: boolean;
  /** 'auto' follows the browser (browser.i18n); the others force a locale file */
  language: Language;
  /** which side the panel docks to */
  dock: Dock;
  /** keep every checked report in the collection (components/collection/) */
  autoSave: boolean;
}

export const DEFAULT_SETTINGS: Settings = { version: 1, autoRun: true, language: 'auto', dock: 'right', autoSave: true };

/** The storage key the settings live under (settings.ts). */
export const SETTINGS_KEY = 'settings';

/** A stored value into settings: unknown or malformed fields fall back to their defaults. */
export function readSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_SETTINGS };
  const s = stored as Record<string, unknown>;
  if (s.version !== 1) return { ...DEFAULT_SETTINGS };
  return {
    version: 1,
    autoRun: typeof s.autoRun === 'boolean' ? s.autoRun : DEFAULT_SETTINGS.autoRun,
    language: s.language === 'zh_CN' || s.language === 'en' || s.language === 'auto' ? s.language : DEFAULT_SETTINGS.language,
    dock: s.dock === 'left' || s.dock === 'right' ? s.dock : DEFAULT_SETTINGS.dock,
    // added after version 1 shipped: a stored value without it reads as the default
    autoSave: typeof s.autoSave === 'boolean' ? s.autoSave : DEFAULT_SETTINGS.autoSave,
  };
}

/**
 * Whether a stored value turns automatic runs off: exactly when readSettings would read autoRun as
 * false. (The content script's loader asks only this, before it loads anything.)
 */
export function autoRunOff(stored: unknown): boolean {
  const s = stored as { version?: unknown; autoRun?: unknown } | null | undefined;
  return typeof s === 'object' && s !== null && s.version === 1 && s.autoRun === false;
}
