/**
 * The background's side of the collection: it owns the one store every content script writes
 * through (the single writer, components/collection/store.ts), and answers CollectRequests
 * (components/messages.ts) from content scripts and extension pages.
 */
import { figureLabel } from '../../cli/format-text.ts';
import { recordId } from '../../lib/collect/body.ts';
import type { SaveResult } from '../../lib/collect/record.ts';
import type { CollectPageState, CollectReply, CollectRequest } from '../messages.ts';
import type { CollectionStore } from './store.ts';

/** The panel's view of a save. */
export function pageStateOfSave(res: SaveResult): CollectPageState {
  return {
    id: res.record.id,
    saved: true,
    status: res.status,
    changes: (res.revision?.figures ?? []).map((c) => ({ ...c, label: figureLabel(c.name) })),
    crossYear: res.crossYear,
    crossYearSkips: res.crossYearSkips,
  };
}

/** The panel's view of a page looked up without saving (auto-save off, or a page the user forgot). */
export async function pageStateOfLookup(store: CollectionStore, url: string): Promise<CollectPageState> {
  const id = recordId(url);
  const found = await store.lookup(id);
  return { id, saved: found !== null, status: null, changes: [], crossYear: found?.crossYear ?? [], crossYearSkips: found?.crossYearSkips ?? [] };
}

export async function handleCollectRequest(store: CollectionStore, req: CollectRequest): Promise<CollectReply> {
  try {
    if (req.op === 'page-save') {
      if (!req.auto) return { ok: true, value: pageStateOfSave(await store.save(req.input)) };
      const saved = await store.autoSave(req.input);
      return { ok: true, value: saved ? pageStateOfSave(saved) : await pageStateOfLookup(store, req.input.url) };
    }
    if (req.op === 'page-lookup') return { ok: true, value: await pageStateOfLookup(store, req.url) };
    const method = store[req.method] as (...args: unknown[]) => Promise<unknown>;
    return { ok: true, value: await method(...req.args) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
