/**
 * Tells the open dashboard that another page changed the collection (a tab saved a report, the
 * background finished an import), so the list follows without a reload.
 */
import { browser } from 'wxt/browser';
import { QUARANTINE_PREFIX, REPORT_PREFIX } from '../collection/layout.ts';

/** A report's own key is the truth every save, delete and import writes (components/collection/store.ts). */
export const WATCHED_PREFIXES = [REPORT_PREFIX, QUARANTINE_PREFIX] as const;

export function watchCollection(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some((k) => WATCHED_PREFIXES.some((p) => k.startsWith(p)))) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
