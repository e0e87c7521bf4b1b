/**
 * Tells the open dashboard that another page changed the collection (a tab saved a report, the
 * background finished an import), so the list follows without a reload.
 */
import { browser } from 'wxt/browser';

/**
 * The store's key prefixes (components/collection/store.ts REPORT_PREFIX and QUARANTINE_PREFIX; a
 * test holds them equal): a report's own key is the truth every save, delete and import writes.
 * Not imported from the store, whose schemas stay out of the page's first chunk.
 */
export const WATCHED_PREFIXES = ['report:', 'quarantine:'] as const;

export function watchCollection(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some((k) => WATCHED_PREFIXES.some((p) => k.startsWith(p)))) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
