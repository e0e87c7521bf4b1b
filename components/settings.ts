/**
 * The extension's settings, behind this one module (STYLE.md: storage sits behind one module).
 * Stored under one key with a schema version; a stored value this version cannot read is kept
 * aside under `settings.unreadable` (in storage.local) rather than thrown away, and the defaults
 * apply.
 *
 * Where: `storage.sync`, not `storage.local`. Every write to a storage area is delivered to every
 * extension context listening to it, and the collection writes storage.local all the time (an
 * import of 5,000 reports, ~40 MB). The lens in each open report tab wants only the settings: it
 * listens to `storage.sync.onChanged`, which Chrome dispatches only to contexts listening to that
 * area (Firefox has the area events since 101), so no collection write reaches a report tab.
 * (storage.sync also follows the user's browser profile to other devices, when they sync.)
 *
 * Settings stored by an older version in storage.local are read from there until the first save,
 * which writes them (with its change) to sync and only then removes them from local. A load never
 * writes: storage has no compare-and-set, so a copy a load made from what it had read would land
 * over any save made in another context (the popup, another tab) between that read and the copy,
 * and undo it; several contexts load at once after an update. Saves are the user's own acts, one
 * at a time, and within one context they run one after another. Where storage.sync is missing or
 * fails (a Firefox add-on without a fixed ID, an enterprise policy), everything here falls back to
 * storage.local, as before.
 */
import { browser } from 'wxt/browser';
import { readSettings, DEFAULT_SETTINGS, SETTINGS_KEY as KEY, type Settings } from './settings-read.ts';

/** what this module uses of a storage area (sync and local differ only in their quotas) */
type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove' | 'onChanged'>;
type Changes = Record<string, { newValue?: unknown }>;

/** browser.storage.sync, when this browser has it (touching it may throw where it is disabled) */
function syncArea(): Area | null {
  try {
    return (browser.storage.sync as Area | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether storage.sync works in this context: learnt from the first read (or a probe), and
 * false for good after any sync call fails.
 */
let syncWorks: Promise<boolean> | null = null;
/** the listeners that start hearing storage.local once sync is found not to work */
const onSyncFailed = new Set<() => void>();

function syncFailed(): void {
  syncWorks = Promise.resolve(false);
  for (const fallBack of onSyncFailed) fallBack();
  onSyncFailed.clear();
}

function probeSync(): Promise<boolean> {
  return (syncWorks ??= (async () => {
    const sync = syncArea();
    if (!sync) return false;
    try {
      await sync.get(KEY);
      return true;
    } catch {
      return false;
    }
  })());
}

/**
 * The stored value (undefined when there is none) and the area it belongs in: sync's; else local's
 * (an older version's, not yet moved: `moving`, which the next save completes); else local's, when
 * sync fails. Reads only.
 */
async function readStored(): Promise<{ stored: unknown; area: 'sync' | 'local'; moving?: true }> {
  const sync = syncArea();
  if (sync && (await (syncWorks ?? Promise.resolve(true)))) {
    let got: Record<string, unknown> | null = null;
    try {
      const read = await sync.get(KEY);
      got = read;
      syncWorks ??= Promise.resolve(true);
    } catch {
      syncFailed();
    }
    if (got && got[KEY] !== undefined) return { stored: got[KEY], area: 'sync' };
    if (got) {
      const old = (await browser.storage.local.get(KEY))[KEY];
      if (old !== undefined) return { stored: old, area: 'sync', moving: true };
      // none in either: unless a save in another context moved them between the two reads (it
      // writes sync before it removes local), in which case sync has them now
      const again: Record<string, unknown> = await sync.get(KEY);
      return { stored: again[KEY], area: 'sync' };
    }
  }
  return { stored: (await browser.storage.local.get(KEY))[KEY], area: 'local' };
}

/** A future or broken version: kept aside, never silently dropped (readSettings reads it as the defaults). */
async function keepAsideIfUnreadable(stored: unknown): Promise<void> {
  if (stored !== undefined && (typeof stored !== 'object' || stored === null || (stored as { version?: unknown }).version !== 1)) {
    await browser.storage.local.set({ [`${KEY}.unreadable`]: stored });
  }
}

/** prefetched: the storage read the content script's loader made before it loaded the lens */
export async function loadSettings(prefetched?: Promise<Record<string, unknown>>): Promise<Settings> {
  try {
    const stored: unknown = prefetched ? (await prefetched)[KEY] : (await readStored()).stored;
    await keepAsideIfUnreadable(stored);
    return readSettings(stored);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** This context's saves, one after another: each reads what the one before it wrote. */
let saving: Promise<unknown> = Promise.resolve();

export function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = saving.then(() => save(patch));
  saving = next.catch(() => {});
  return next;
}

async function save(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const { stored, area, moving } = await readStored().catch(() => ({ stored: undefined, area: 'local' as const, moving: undefined }));
  await keepAsideIfUnreadable(stored).catch(() => {});
  const next = { ...readSettings(stored), ...patch, version: 1 as const };
  const sync = area === 'sync' ? syncArea() : null;
  if (sync) {
    try {
      await sync.set({ [KEY]: next });
      // an older version's settings: out of local only now that sync holds them
      if (moving) await browser.storage.local.remove(KEY).catch(() => {});
      return next;
    } catch {
      // a failed write (quota, policy): from now on this context reads and writes local
      syncFailed();
    }
  }
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/**
 * Calls back with the new settings whenever they change (from the popup, another tab, another
 * device…). Listens to storage.sync's own event, not storage.onChanged, so that the collection's
 * writes to storage.local never reach this context for it; local is listened to only where sync
 * does not work (the settings then live there).
 */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Changes): void => {
    if (KEY in changes) cb(readSettings(changes[KEY]?.newValue));
  };
  const stops: (() => void)[] = [];
  let stopped = false;
  let hearingLocal = false;
  const sync = syncArea();
  if (sync) stops.push(listenTo(sync, 'sync', listener));
  const fallBack = (): void => {
    if (stopped || hearingLocal) return;
    hearingLocal = true;
    stops.push(listenTo(browser.storage.local, 'local', listener));
  };
  onSyncFailed.add(fallBack);
  void probeSync().then((works) => {
    if (!works) fallBack();
  });
  return () => {
    stopped = true;
    onSyncFailed.delete(fallBack);
    for (const stop of stops) stop();
  };
}

/** An area's own onChanged; where the browser has none, storage.onChanged filtered by the area's name. */
function listenTo(area: Area, name: 'sync' | 'local', listener: (changes: Changes) => void): () => void {
  const own = (area as { onChanged?: Area['onChanged'] }).onChanged;
  if (own?.addListener) {
    own.addListener(listener);
    return () => own.removeListener(listener);
  }
  const filtered = (changes: Changes, areaName: string): void => {
    if (areaName === name) listener(changes);
  };
  browser.storage.onChanged.addListener(filtered);
  return () => browser.storage.onChanged.removeListener(filtered);
}
