/**
 * The extension's settings, behind this one module (STYLE.md: storage sits behind one module).
 * Stored under one key with a schema version; a stored value this version cannot read is kept
 * aside under `settings.unreadable` rather than thrown away, and the defaults apply.
 */
import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY as KEY, type Settings } from './settings-read.ts';


/** prefetched: the storage read the content script's loader made before it loaded the lens */
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
