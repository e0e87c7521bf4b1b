/**
 * The extension's settings, behind this one module (STYLE.md: storage sits behind one module).
 * Stored under one key with a schema version; a stored value this version cannot read is kept
 * aside under `settings.unreadable` rather than thrown away, and the defaults apply.
 */
import { browser } from 'wxt/browser';

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

const KEY = 'settings';

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

/** prefetched: the storage read the content script's loader started while the lens loaded */
export async function loadSettings(prefetched?: Promise<Record<string, unknown>>): Promise<Settings> {
  try {
    const got = await (prefetched ?? browser.storage.local.get(KEY));
    const stored: unknown = got[KEY];
    if (stored !== undefined && (typeof stored !== 'object' || stored === null || (stored as { version?: unknown }).version !== 1)) {
      // a future or broken version: keep it aside, never silently drop what the user stored
      await browser.storage.local.set({ [`${KEY}.unreadable`]: stored });
    }
    return readSettings(stored);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch, version: 1 as const };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change (from the popup, another tab…). */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && KEY in changes) cb(readSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
