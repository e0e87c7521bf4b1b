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

/** the fake browser has no menus and no commands: the background's calls do nothing here; its command listener is kept */
function stubMenusAndCommands(): { command: ((name: string, tab?: { id?: number }) => void) | null } {
  type Noop = Record<string, () => void>;
  const menus = fakeBrowser.contextMenus as unknown as Noop & { onClicked: Noop };
  vi.spyOn(menus.onClicked, 'addListener').mockImplementation(() => {});
  for (const name of ['removeAll', 'create', 'update']) vi.spyOn(menus, name).mockImplementation(() => {});
  const heard: { command: ((name: string, tab?: { id?: number }) => void) | null } = { command: null };
  const commands = fakeBrowser.commands.onCommand as unknown as { addListener(f: (name: string, tab?: { id?: number }) => void): void };
  vi.spyOn(commands, 'addListener').mockImplementation((f) => void (heard.command = f));
  return heard;
}

describe('background: onInstalled', () => {
  it('migrates a collection of an older layout as soon as the extension is updated', async () => {
    const saved = (await createCollectionStore().save(saveInput(2021))).record;
    const { figureNotes: _, ...v2 } = saved;
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [SCHEMA_KEY]: 3, [reportKey(saved.id)]: JSON.stringify({ ...v2, v: 2 }) });
    const layout = async (): Promise<unknown> => (await fakeBrowser.storage.local.get(SCHEMA_KEY))[SCHEMA_KEY];

    stubMenusAndCommands();
    const background = (await import('../../entrypoints/background.ts')).default as { main(): void };
    background.main();
    expect(await layout()).toBe(3);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await vi.waitFor(async () => expect(await layout()).toBe(COLLECTION_SCHEMA), { timeout: 3000, interval: 20 });
    const stored = JSON.parse((await fakeBrowser.storage.local.get(reportKey(saved.id)))[reportKey(saved.id)] as string) as { v: number; figureNotes: unknown };
    expect(stored.v).toBeGreaterThan(2);
    expect(stored.figureNotes).toBeNull();
  });

  it('the keyboard\'s command (focus-panel, Alt+Shift+L) asks the tab to show its panel and focus it; another command is not its (ux62)', async () => {
    const heard = stubMenusAndCommands();
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, message: unknown) => {
      sent.push([id, message]);
      return { status: 'report', problems: 0, verdict: 'ok', agency: null, year: null, panel: true };
    }) as never);
    const background = (await import('../../entrypoints/background.ts')).default as { main(): void };
    background.main();
    expect(heard.command).not.toBeNull();
    heard.command!('something-else', { id: 7 });
    heard.command!('focus-panel', { id: 7 });
    await vi.waitFor(() => expect(sent).toEqual([[7, { type: 'nianbao-lens/focus-panel' }]]), { timeout: 3000, interval: 20 });
  });
});
