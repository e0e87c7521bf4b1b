/**
 * The collection's API through the background, for an extension page (the dashboard) that wants
 * its writes to go through the single writer too. Same behaviour as the store it forwards to
 * (components/collection/store.ts); errors come back as rejected promises.
 */
import { browser } from 'wxt/browser';
import type { CollectMethod, CollectReply } from '../messages.ts';
import type { CollectionStore } from './store.ts';

export type CollectionClient = Omit<CollectionStore, 'ready' | 'index' | 'autoSave'>;

async function call<T>(method: CollectMethod, ...args: unknown[]): Promise<T> {
  const reply = (await browser.runtime.sendMessage({ type: 'nianbao-lens/collect', op: 'call', method, args })) as CollectReply<T> | undefined;
  if (!reply) throw new Error('no answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function collectionClient(): CollectionClient {
  return {
    save: (input) => call('save', input),
    list: () => call('list'),
    summaries: () => call('summaries'),
    get: (id) => call('get', id),
    remove: (id) => call('remove', id),
    forget: (id) => call('forget', id),
    forgotten: () => call('forgotten'),
    setBodyKey: (id, key) => call('setBodyKey', id, key),
    quarantine: () => call('quarantine'),
    clearQuarantine: (key) => call('clearQuarantine', ...(key === undefined ? [] : [key])),
    crossYear: (id) => call('crossYear', id),
    crossYearSkips: (id) => call('crossYearSkips', id),
    lookup: (id) => call('lookup', id),
    crossYearCounts: () => call('crossYearCounts'),
    exportJson: () => call('exportJson'),
    importJson: (data, file) => call('importJson', data, ...(file === undefined ? [] : [file])),
    bytesInUse: () => call('bytesInUse'),
  };
}
