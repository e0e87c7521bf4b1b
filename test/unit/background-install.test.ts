/**
 * The background on an update: the collection's layout migration runs at once (onInstalled), not
 * when the reader first opens the dashboard or a tab first saves. A collection stored in layout 3
 * (a v2 record without figureNotes) is at the current layout after the event, with nothing asked of it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COLLECTION_SCHEMA, createCollectionStore, reportKey, SCHEMA_KEY } from '../../components/collection/store.ts';
import { saveInput } from './collect-helpers.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('background: onInstalled', () => {
  it('migrates a collection of an older layout as soon as the extension is updated', async () => {
    const saved = (await createCollectionStore().save(saveInput(2021))).record;
    const { figureNotes: _, ...v2 } = saved;
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [SCHEMA_KEY]: 3, [reportKey(saved.id)]: JSON.stringify({ ...v2, v: 2 }) });
    const layout = async (): Promise<unknown> => (await fakeBrowser.storage.local.get(SCHEMA_KEY))[SCHEMA_KEY];

    // the fake browser has no menus: the background's menu calls do nothing here
    type Noop = Record<string, () => void>;
    const menus = fakeBrowser.contextMenus as unknown as Noop & { onClicked: Noop };
    vi.spyOn(menus.onClicked, 'addListener').mockImplementation(() => {});
    for (const name of ['removeAll', 'create', 'update']) vi.spyOn(menus, name).mockImplementation(() => {});
    const background = (await import('../../entrypoints/background.ts')).default as { main(): void };
    background.main();
    expect(await layout()).toBe(3);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await vi.waitFor(async () => expect(await layout()).toBe(COLLECTION_SCHEMA), { timeout: 3000, interval: 20 });
    const stored = JSON.parse((await fakeBrowser.storage.local.get(reportKey(saved.id)))[reportKey(saved.id)] as string) as { v: number; figureNotes: unknown };
    expect(stored.v).toBeGreaterThan(2);
    expect(stored.figureNotes).toBeNull();
  });
});
