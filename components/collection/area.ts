/**
 * The storage area the collection lives in (storage.local, `unlimitedStorage`), as the store
 * (store.ts) and the quarantine (quarantine.ts) use it, with the few reads that need no lock.
 */
import { browser } from 'wxt/browser';
import { REPORT_PREFIX } from './layout.ts';

export type Area = {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getKeys?: () => Promise<string[]>;
  getBytesInUse?: (keys: string[] | null) => Promise<number>;
};

export const area = (): Area => browser.storage.local as unknown as Area;

/** A stored list of strings, or null when the value is anything else. */
export const stringList = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);

/** Every key of the area, without the values where the browser can list keys alone. */
export async function allKeys(): Promise<string[]> {
  const a = area();
  return typeof a.getKeys === 'function' ? a.getKeys() : Object.keys(await a.get(null));
}

/** The report keys without their values, where the browser can list keys alone (Chrome 130+, Firefox 143+). */
export async function reportKeys(): Promise<Set<string> | null> {
  const a = area();
  if (typeof a.getKeys !== 'function') return null;
  try {
    return new Set((await a.getKeys()).filter((k) => k.startsWith(REPORT_PREFIX)));
  } catch {
    return null;
  }
}

/** Bytes the keys take: the browser's own count, or (Firefox before 131 on local) counted here. */
export async function bytesOf(keys: string[]): Promise<number> {
  const a = area();
  if (typeof a.getBytesInUse === 'function') {
    try {
      return await a.getBytesInUse(keys);
    } catch {
      // below
    }
  }
  const got = await a.get(keys);
  const enc = new TextEncoder();
  return Object.entries(got).reduce((n, [k, v]) => (v === undefined ? n : n + enc.encode(k).length + enc.encode(JSON.stringify(v)).length), 0);
}
