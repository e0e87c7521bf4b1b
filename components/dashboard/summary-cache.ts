/**
 * The dashboard's copy of the last list it showed, in the extension origin's IndexedDB, so that
 * the next open can draw the table at once and then check it against the collection.
 *
 * Why: chrome.storage.local hands a 4 MB value (the store's index of 5,000 summaries) to the page
 * in 0.5–1 s, because every value crosses from the browser process and is rebuilt object by object;
 * IndexedDB gives the same list back by structured clone in ~10 ms. The collection stays the
 * truth: the page always reads it too and replaces the cached rows as soon as it answers (a few
 * hundred ms later), and the cache is rewritten then. Nothing here is ever written back to the
 * collection. Where IndexedDB is missing (tests, a private window that refuses it), there is no cache.
 */
import type { ReportSummary } from '../../lib/collect/record.ts';

export interface SummaryCache {
  /** the first screen of the last list (newest first): a few dozen rows, drawn before anything else */
  readHead(): Promise<ReportSummary[] | null>;
  /** the whole last list */
  read(): Promise<ReportSummary[] | null>;
  write(list: readonly ReportSummary[]): Promise<void>;
}

const DB = 'nianbao-lens-dashboard';
const STORE = 'cache';
const KEY = 'summaries:v1';
const HEAD_KEY = 'head:v1';
/** more than a tall window shows (ROW_HEIGHT 40 px) */
export const HEAD_ROWS = 60;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function indexedDbCache(): SummaryCache | null {
  if (typeof indexedDB === 'undefined') return null;
  let db: Promise<IDBDatabase> | null = null;
  const connect = (): Promise<IDBDatabase> => (db ??= open());
  const get = async (key: string): Promise<ReportSummary[] | null> => {
    try {
      const conn = await connect();
      const value = await new Promise<unknown>((resolve, reject) => {
        const req = conn.transaction(STORE).objectStore(STORE).get(key);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      return Array.isArray(value) ? (value as ReportSummary[]) : null;
    } catch {
      return null;
    }
  };
  // started at once: the page asks for both before it has rendered anything
  let head: Promise<ReportSummary[] | null> | null = null;
  let all: Promise<ReportSummary[] | null> | null = null;
  return {
    readHead: () => (head ??= get(HEAD_KEY)),
    read: () => (all ??= get(KEY)),
    async write(list) {
      try {
        const conn = await connect();
        await new Promise<void>((resolve, reject) => {
          const tx = conn.transaction(STORE, 'readwrite');
          // the list comes newest first from the store (its index order), as the table opens
          tx.objectStore(STORE).put(list.slice(0, HEAD_ROWS), HEAD_KEY);
          tx.objectStore(STORE).put(list, KEY);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } catch {
        // a cache that cannot be written only makes the next open slower
      }
    },
  };
}
