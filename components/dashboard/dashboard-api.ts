/**
 * The collection as the dashboard page uses it. Reads go straight to extension storage through the
 * store (components/collection/store.ts): summaries of 5,000 reports, or all their records for a
 * CSV, are megabytes that a message to the background would copy twice. The small writes — delete,
 * the body-key correction, clearing the quarantine — go through the background, the single writer
 * content scripts save through, so that they queue behind a tab's save rather than race it.
 * An import stays here: its file can be larger than a runtime message may carry (64 MiB in Chrome),
 * and the store is built to tolerate a second writer (its index is a cache of the report keys).
 */
import { browser } from 'wxt/browser';
import { createCollectionStore, QUARANTINE_PREFIX, REPORT_PREFIX } from '../collection/store.ts';
import { collectionClient } from '../collection/client.ts';
import { quarantineEntrySchema, type QuarantineEntry } from '../../lib/collect/record.ts';
import type { DashboardApi } from './dashboard.tsx';

type KeyedArea = {
  getKeys?: () => Promise<string[]>;
  getBytesInUse?: (keys: string[]) => Promise<number>;
};

/** The area's keys (Chrome 130+, Firefox 143+), or null where getKeys is missing. */
async function storedKeys(): Promise<string[] | null> {
  const area = browser.storage.local as unknown as KeyedArea;
  if (typeof area.getKeys !== 'function') return null;
  try {
    return await area.getKeys();
  } catch {
    return null;
  }
}

const isCollectionKey = (k: string): boolean => k.startsWith(REPORT_PREFIX) || k.startsWith(QUARANTINE_PREFIX) || k.startsWith('collection:');

/**
 * Storage use and the quarantine by key, reading only the keys they need. The store's own versions
 * (components/collection/store.ts) read the whole area first — 40 MB with 5,000 reports, seconds
 * during which every other read of the page waits behind them; they are used where getKeys is missing.
 */
async function bytesInUse(fallback: () => Promise<number>): Promise<number> {
  const keys = await storedKeys();
  const area = browser.storage.local as unknown as KeyedArea;
  if (!keys || typeof area.getBytesInUse !== 'function') return fallback();
  return area.getBytesInUse(keys.filter(isCollectionKey));
}

async function quarantine(fallback: () => Promise<QuarantineEntry[]>): Promise<QuarantineEntry[]> {
  const keys = await storedKeys();
  if (!keys) return fallback();
  const wanted = keys.filter((k) => k.startsWith(QUARANTINE_PREFIX));
  if (wanted.length === 0) return [];
  const got = await browser.storage.local.get(wanted);
  return Object.entries(got)
    .map(([key, value]): QuarantineEntry => {
      const parsed = quarantineEntrySchema.safeParse(value);
      // as the store does: a damaged quarantine entry is still shown, never hidden
      return parsed.success ? parsed.data : { key, at: '', reason: '隔离条目本身格式不正确', raw: value };
    })
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export function dashboardApi(): DashboardApi {
  const local = createCollectionStore();
  const writer = collectionClient();
  return {
    save: writer.save,
    list: local.list,
    summaries: local.summaries,
    get: local.get,
    remove: writer.remove,
    setBodyKey: writer.setBodyKey,
    quarantine: () => quarantine(local.quarantine),
    clearQuarantine: writer.clearQuarantine,
    crossYear: local.crossYear,
    exportJson: local.exportJson,
    importJson: local.importJson,
    bytesInUse: () => bytesInUse(local.bytesInUse),
  };
}
