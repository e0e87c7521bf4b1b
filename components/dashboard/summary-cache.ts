/**
 * The dashboard's copy of the first screen of the last list it showed, in the extension origin's
 * IndexedDB, so that the next open draws rows at once, before the collection is read.
 *
 * Only the first screen: the whole list comes from the collection's index read straight from
 * storage (components/collection/summary-index.ts readStoredIndex), ~40 ms for 5,000 reports since
 * the index is kept as text. A cached copy of all 5,000 took as long to clone back out of IndexedDB
 * and then as long again to lay out as rows, on the same thread, for a list the index gives a moment
 * later. The collection stays the truth: the page replaces the cached rows as soon as it answers,
 * and rewrites the copy then. Nothing here is ever written back to the collection. Where IndexedDB
 * is missing (tests, a private window that refuses it), there is no cache.
 */
import type { ReportSummary } from '../../lib/collect/record.ts';

export interface SummaryCache {
  /** the first screen of the last list (newest first): a few dozen rows, drawn before anything else */
  readHead(): Promise<ReportSummary[] | null>;
  write(list: readonly ReportSummary[]): Promise<void>;
}

const DB = 'nianbao-lens-dashboard';
const STORE = 'cache';
const HEAD_KEY = 'head:v1';
/** the whole list, as an earlier version kept it: deleted on the next write */
const OLD_KEY = 'summaries:v1';
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
  // started at once: the page asks for it before it has rendered anything
  let head: Promise<ReportSummary[] | null> | null = null;
  return {
    readHead: () =>
      (head ??= (async () => {
        try {
          const conn = await connect();
          const value = await new Promise<unknown>((resolve, reject) => {
            const req = conn.transaction(STORE).objectStore(STORE).get(HEAD_KEY);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          return Array.isArray(value) ? (value as ReportSummary[]) : null;
        } catch {
          return null;
        }
      })()),
    async write(list) {
      try {
        const conn = await connect();
        await new Promise<void>((resolve, reject) => {
          const tx = conn.transaction(STORE, 'readwrite');
          // the list comes newest first from the store (its index order), as the table opens
          tx.objectStore(STORE).put(list.slice(0, HEAD_ROWS), HEAD_KEY);
          tx.objectStore(STORE).delete(OLD_KEY);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } catch {
        // a cache that cannot be written only makes the next open slower
      }
    },
  };
}
