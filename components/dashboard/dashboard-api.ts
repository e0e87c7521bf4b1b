/**
 * The collection as the dashboard page uses it. Reads go straight to extension storage through the
 * store (components/collection/store.ts): summaries of 5,000 reports, or all their records for a
 * CSV, are megabytes that a message to the background would copy twice. The small writes — delete
 * (and 删除且不再保存), the body-key correction, clearing the quarantine — go through the
 * background, where content scripts save, so that the page's own store never holds them. An import stays here: its file can
 * be larger than a runtime message may carry (64 MiB in Chrome), and the collection's lock is shared
 * by every extension context (components/collection/lock.ts), so it takes turns with the tabs' saves.
 */
import { createCollectionStore } from '../collection/store.ts';
import { collectionClient } from '../collection/client.ts';
import type { DashboardApi } from './dashboard.tsx';

export function dashboardApi(): DashboardApi {
  const local = createCollectionStore();
  const writer = collectionClient();
  return {
    save: writer.save,
    list: local.list,
    summaries: local.summaries,
    get: local.get,
    remove: writer.remove,
    forget: writer.forget,
    setBodyKey: writer.setBodyKey,
    quarantine: local.quarantine,
    clearQuarantine: writer.clearQuarantine,
    crossYear: local.crossYear,
    crossYearSkips: local.crossYearSkips,
    lookup: local.lookup,
    crossYearCounts: local.crossYearCounts,
    exportJson: local.exportJson,
    importJson: local.importJson,
    bytesInUse: local.bytesInUse,
  };
}
