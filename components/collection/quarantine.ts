/**
 * The quarantine: every stored value that failed validation, kept aside under a key of its own
 * (quarantine:<at>:<key>) with the reason in Chinese, never silently dropped, and listed under
 * collection:quarantine so that it is read by key. Callers hold the collection's lock (store.ts).
 */
import { QUARANTINE_LIST_KEY, QUARANTINE_PREFIX } from './layout.ts';
import { allKeys, area, stringList } from './area.ts';
import { quarantineEntrySchema, type QuarantineEntry } from '../../lib/collect/record.ts';

/** A quarantine entry's own key: when it was moved aside, and from where. */
export const quarantineKey = (q: Pick<QuarantineEntry, 'at' | 'key'>): string => `${QUARANTINE_PREFIX}${q.at}:${q.key}`;

/** The quarantine's keys: the kept list, or (lost, or an older layout) every key of the area. */
export async function quarantineKeys(): Promise<string[]> {
  const list = stringList((await area().get(QUARANTINE_LIST_KEY))[QUARANTINE_LIST_KEY]);
  if (list) return list;
  return (await allKeys()).filter((k) => k.startsWith(QUARANTINE_PREFIX));
}

/** The storage values that put `entries` in quarantine (each its own key) and list them. */
export async function quarantineValues(entries: readonly QuarantineEntry[]): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {};
  const list = new Set(await quarantineKeys());
  for (const q of entries) {
    values[quarantineKey(q)] = q;
    list.add(quarantineKey(q));
  }
  values[QUARANTINE_LIST_KEY] = [...list];
  return values;
}

/** The entries, newest first; even a damaged entry is shown, never hidden. */
export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const keys = await quarantineKeys();
  const got = keys.length > 0 ? await area().get(keys) : {};
  return Object.entries(got)
    .map(([key, value]): QuarantineEntry => {
      const parsed = quarantineEntrySchema.safeParse(value);
      return parsed.success ? parsed.data : { key, at: '', reason: '隔离条目本身格式不正确', why: { code: 'damagedEntry', args: [] }, raw: value };
    })
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** One entry (by its own key or the key it came from), or every entry when `key` is undefined. */
export async function clearQuarantine(key?: string): Promise<void> {
  const keys = await quarantineKeys();
  const got = keys.length > 0 ? await area().get(keys) : {};
  const doomed = keys.filter((k) => key === undefined || k === key || (got[k] as { key?: unknown } | null | undefined)?.key === key);
  if (doomed.length === 0) return;
  await area().set({ [QUARANTINE_LIST_KEY]: keys.filter((k) => !doomed.includes(k)) });
  await area().remove(doomed);
}
