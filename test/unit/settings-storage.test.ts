/**
 * Where the settings live (components/settings.ts), with WXT's fake browser: storage.sync, the
 * move there from storage.local without loss, the fallback to local where sync fails, and a
 * change listener that hears sync only, so that the collection's storage.local writes never reach
 * a context that listens for the settings.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../components/settings-read.ts';

type SettingsModule = typeof import('../../components/settings.ts');

const local = fakeBrowser.storage.local;
const sync = fakeBrowser.storage.sync;
const stored = { version: 1, autoRun: false, language: 'en', dock: 'left', autoSave: false } as const;

/** A fresh copy of the module: what it learnt about storage.sync is per context. */
async function settingsModule(): Promise<SettingsModule> {
  vi.resetModules();
  return import('../../components/settings.ts');
}

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('settings in storage.sync', () => {
  it('saves to sync, not local, and reads them back', async () => {
    const { loadSettings, saveSettings } = await settingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ dock: 'left' });
    expect((await sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, dock: 'left' });
    expect((await local.get('settings')).settings).toBeUndefined();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, dock: 'left' });
  });

  it('reads settings an older version kept in local, and leaves them there until a save: a load writes nothing', async () => {
    await local.set({ settings: stored, 'collection:index:00': { v: 4 } });
    const set = vi.spyOn(sync, 'set');
    const remove = vi.spyOn(local, 'remove');
    const { loadSettings } = await settingsModule();
    expect(await loadSettings()).toEqual(stored);
    expect(await (await settingsModule()).loadSettings()).toEqual(stored);
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect((await sync.get('settings')).settings).toBeUndefined();
    expect((await local.get(null))['collection:index:00']).toEqual({ v: 4 });
  });

  it('moves them on the first save, the patch applied over them, and out of local only once sync holds them', async () => {
    await local.set({ settings: stored });
    const { saveSettings } = await settingsModule();
    expect(await saveSettings({ dock: 'right' })).toEqual({ ...stored, dock: 'right' });
    expect((await sync.get('settings')).settings).toEqual({ ...stored, dock: 'right' });
    expect((await local.get('settings')).settings).toBeUndefined();
  });

  it('keeps the local settings when the copy to sync fails, and uses them', async () => {
    await local.set({ settings: stored });
    vi.spyOn(sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const { loadSettings, saveSettings } = await settingsModule();
    expect(await loadSettings()).toEqual(stored);
    expect((await local.get('settings')).settings).toEqual(stored);
    // this context now writes local
    await saveSettings({ dock: 'right' });
    expect((await local.get('settings')).settings).toEqual({ ...stored, dock: 'right' });
  });

  it('keeps an unreadable value aside under settings.unreadable, from sync or moved from local', async () => {
    await sync.set({ settings: { version: 2, theme: 'dark' } });
    expect(await (await settingsModule()).loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await local.get('settings.unreadable'))['settings.unreadable']).toEqual({ version: 2, theme: 'dark' });

    fakeBrowser.reset();
    await local.set({ settings: 'garbage' });
    const { loadSettings, saveSettings } = await settingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await local.get('settings.unreadable'))['settings.unreadable']).toBe('garbage');
    // a save moves the defaults with its change, and the unreadable value stays aside
    await saveSettings({ dock: 'left' });
    expect((await sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, dock: 'left' });
    expect(await local.get(null)).toEqual({ 'settings.unreadable': 'garbage' });
  });

  it('uses the loader\'s read when given one, and reads nothing itself', async () => {
    const { loadSettings } = await settingsModule();
    const get = vi.spyOn(sync, 'get');
    expect(await loadSettings(Promise.resolve({ settings: stored }))).toEqual(stored);
    expect(get).not.toHaveBeenCalled();
  });
});

describe('where storage.sync fails or is missing: storage.local, as before', () => {
  it('reads and writes local when sync rejects (a Firefox add-on without a fixed ID)', async () => {
    await local.set({ settings: stored });
    vi.spyOn(sync, 'get').mockRejectedValue(new Error('The storage API will not work with a temporary addon ID.'));
    const set = vi.spyOn(sync, 'set');
    const { loadSettings, saveSettings } = await settingsModule();
    expect(await loadSettings()).toEqual(stored);
    await saveSettings({ language: 'zh_CN' });
    expect((await local.get('settings')).settings).toEqual({ ...stored, language: 'zh_CN' });
    expect(set).not.toHaveBeenCalled();
  });

  it('reads and writes local when the browser has no storage.sync', async () => {
    const storage = fakeBrowser.storage as { sync?: unknown };
    const saved = storage.sync;
    delete storage.sync;
    try {
      const { loadSettings, saveSettings, onSettingsChanged } = await settingsModule();
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
      const heard: Settings[] = [];
      onSettingsChanged((s) => heard.push(s));
      await tick();
      await saveSettings({ dock: 'left' });
      expect((await local.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, dock: 'left' });
      expect(heard.map((s) => s.dock)).toEqual(['left']);
    } finally {
      storage.sync = saved;
    }
  });

  it('hears the settings in local when sync fails', async () => {
    vi.spyOn(sync, 'get').mockRejectedValue(new Error('disabled by policy'));
    const { onSettingsChanged, saveSettings } = await settingsModule();
    const heard: Settings[] = [];
    onSettingsChanged((s) => heard.push(s));
    await tick();
    await saveSettings({ dock: 'left' });
    expect(heard.map((s) => s.dock)).toEqual(['left']);
  });
  it('starts hearing local when sync is found to fail after the listener was added', async () => {
    await local.set({ settings: stored });
    const { onSettingsChanged, loadSettings, saveSettings } = await settingsModule();
    const heard: Settings[] = [];
    onSettingsChanged((s) => heard.push(s));
    await tick();
    // sync reads, but refuses the copy: this context keeps to local, and hears it now
    vi.spyOn(sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect(await loadSettings()).toEqual(stored);
    await saveSettings({ dock: 'right' });
    expect(heard.map((s) => s.dock)).toEqual(['right']);
    expect((await local.get('settings')).settings).toEqual({ ...stored, dock: 'right' });
  });
});

describe('onSettingsChanged', () => {
  it('hears a change in sync, through sync\'s own event, and never listens to storage.onChanged or local', async () => {
    const anyArea = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const localArea = vi.spyOn(local.onChanged, 'addListener');
    const { onSettingsChanged, saveSettings } = await settingsModule();
    const heard: Settings[] = [];
    const stop = onSettingsChanged((s) => heard.push(s));
    await tick();
    // the collection's writes: nothing
    await local.set({ 'report:https://a.gov.cn/x': '{"v":4}', 'collection:index:00': { v: 4, stamp: 'x', data: '[]' } });
    // an older version's settings in local: not heard as such, only once a save moved them to sync
    await local.set({ settings: { ...stored } });
    expect(heard).toEqual([]);
    await saveSettings({ language: 'zh_CN' });
    expect(heard).toEqual([{ ...stored, language: 'zh_CN' }]);
    expect(anyArea).not.toHaveBeenCalled();
    expect(localArea).not.toHaveBeenCalled();
    stop();
    await saveSettings({ language: 'auto' });
    expect(heard).toHaveLength(1);
  });

  it('where the area has no event of its own, listens to storage.onChanged for the sync area only', async () => {
    const area = sync as { onChanged?: unknown };
    const own = area.onChanged;
    delete area.onChanged;
    try {
      const { onSettingsChanged } = await settingsModule();
      const heard: Settings[] = [];
      const stop = onSettingsChanged((s) => heard.push(s));
      await tick();
      await local.set({ settings: { ...stored, dock: 'left' } });
      expect(heard).toEqual([]);
      await sync.set({ settings: { ...stored, dock: 'right' } });
      expect(heard.map((s) => s.dock)).toEqual(['right']);
      stop();
      await sync.set({ settings: stored });
      expect(heard).toHaveLength(1);
    } finally {
      area.onChanged = own;
    }
  });
});

describe('two contexts moving the settings at once, and a save between them', () => {
  /**
   * Holds the first `n` storage.sync writes of exactly `value` (a context's copy of the settings it
   * read from local) until released: the interleaving where a save lands between another context's
   * read and its copy.
   */
  function holdCopies(value: unknown, n: number): { release(): void; held(): number } {
    const set = sync.set.bind(sync);
    let waiting = 0;
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    vi.spyOn(sync, 'set').mockImplementation(async (items) => {
      if (waiting < n && JSON.stringify(items) === JSON.stringify({ settings: value })) {
        waiting++;
        await gate;
      }
      return set(items);
    });
    return { release: open, held: () => waiting };
  }

  it('loses no save: two loads that find the settings in local and a save between their reads and writes', async () => {
    await local.set({ settings: stored });
    const gate = holdCopies(stored, 2);
    // two contexts (the background at an update, a tab's lens) read the old settings at once
    const [a, b, popup] = [await settingsModule(), await settingsModule(), await settingsModule()];
    const loads = [a.loadSettings(), b.loadSettings()];
    for (let i = 0; i < 5; i++) await tick();
    // the user changes a setting in the popup meanwhile
    expect(await popup.saveSettings({ dock: 'right' })).toEqual({ ...stored, dock: 'right' });
    gate.release();
    const loaded = await Promise.all(loads);
    // each load read the settings as they were when it asked: the old ones, or the new
    for (const s of loaded) expect([stored, { ...stored, dock: 'right' }]).toContainEqual(s);
    // and nothing of the save was lost
    expect((await sync.get('settings')).settings).toEqual({ ...stored, dock: 'right' });
    expect((await local.get('settings')).settings).toBeUndefined();
    expect(await (await settingsModule()).loadSettings()).toEqual({ ...stored, dock: 'right' });
  });
});

describe('saves that meet', () => {
  it('a load that reads sync before a save moves the settings and local after it finds them in sync, not the defaults', async () => {
    await local.set({ settings: stored });
    const get = local.get.bind(local);
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    let first = true;
    vi.spyOn(local, 'get').mockImplementation(async (keys) => {
      if (first) {
        first = false;
        await gate;
      }
      return get(keys);
    });
    const tab = await settingsModule();
    const load = tab.loadSettings();
    for (let i = 0; i < 5; i++) await tick();
    // the popup's save moves them meanwhile: sync written, then local emptied
    await (await settingsModule()).saveSettings({ dock: 'right' });
    open();
    expect(await load).toEqual({ ...stored, dock: 'right' });
  });

  it('two saves of one context, not awaited in between (two quick clicks in the popup), both kept', async () => {
    await local.set({ settings: stored });
    const { saveSettings, loadSettings } = await settingsModule();
    const [first, second] = await Promise.all([saveSettings({ dock: 'right' }), saveSettings({ language: 'zh_CN' })]);
    expect(first).toEqual({ ...stored, dock: 'right' });
    expect(second).toEqual({ ...stored, dock: 'right', language: 'zh_CN' });
    expect(await loadSettings()).toEqual({ ...stored, dock: 'right', language: 'zh_CN' });
  });

  it('a save that fails does not stop the next one', async () => {
    const { saveSettings, loadSettings } = await settingsModule();
    vi.spyOn(local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await expect(saveSettings({ dock: 'left' })).rejects.toThrow('QUOTA_BYTES');
    expect(await saveSettings({ language: 'en' })).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });
});
