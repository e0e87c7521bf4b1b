/**
 * dashboard.html: the collection's page (issue #5). Reads the collection from storage, writes
 * through the background (dashboard-api.ts); the language follows the settings, as the popup's does.
 *
 * The first rows come from the dashboard's copy of the last list's first screen (summary-cache.ts,
 * IndexedDB), then the collection's index read straight from storage (summary-index.ts
 * readStoredIndex: one get, no zod) gives all of them. The store, in its own chunk, then answers
 * summaries() checked against the report keys, which confirms the rows or replaces them.
 *
 * User Timing marks for the bench (scripts/dashboard-bench.mjs), relative to navigation start:
 *   nianbao-lens:dashboard-listed  the collection answered (the store's summaries)
 *   nianbao-lens:dashboard-rows    the table's first rows are in the DOM (from the cached first
 *                                  screen or the stored index, whichever came first)
 *   nianbao-lens:dashboard-fresh   the collection's own rows are in the DOM
 */
import { render } from 'preact';
import type { ReportSummary } from '../../lib/collect/record.ts';
import { watchCollection } from '../../components/dashboard/collection-watch.ts';
import { translator, uiLang } from '../../components/i18n.ts';
import { localeTable } from '../../components/locale-tables.ts';
import { loadSettings, onSettingsChanged } from '../../components/settings.ts';
import type { Settings } from '../../components/settings-read.ts';
import { Dashboard, type DashboardApi } from '../../components/dashboard/dashboard.tsx';
import { indexedDbCache } from '../../components/dashboard/summary-cache.ts';
import { readStoredIndex } from '../../components/collection/summary-index.ts';

// the settings first, and nothing of storage.local's beside them: storage answers in order, and the
// page cannot draw a row before it knows its language. The settings are two or three reads one
// after another (sync's, then local's when sync has none, then sync's again: settings.ts), so an
// index read issued at once queued ahead of the second, and held every row, the cached first
// screen's too, until the whole index (5,000 reports) had come: the cached screen was no faster
// than none (warm first rows 1,053 → 513 ms, cold 796 → 612 ms, an interleaved A/B of 2×5 loads
// on a loaded machine). The cache is IndexedDB, apart: read at once.
const settings = loadSettings();
const cache = indexedDbCache();
void cache?.readHead();
let early: Promise<ReportSummary[] | null> | null = settings.then(() => readStoredIndex()).catch(() => null);
// the read started above for the first mount; a remount (another language) reads again
const stored = (): Promise<ReportSummary[] | null> => {
  const read = early ?? readStoredIndex().catch(() => null);
  early = null;
  return read;
};

/**
 * The store (zod schemas, wxt/storage) in its own chunk, loaded once the index has been read: its
 * module evaluation is not on the first rows' path, and its summaries() confirm them.
 */
const store = (early ?? Promise.resolve())
  .then(() => import('../../components/dashboard/dashboard-api.ts'))
  .then((m) => m.dashboardApi());
const later =
  <K extends keyof DashboardApi>(name: K) =>
  (...args: unknown[]): Promise<never> =>
    store.then((api) => (api[name] as (...a: unknown[]) => Promise<never>)(...args));
const api: DashboardApi = {
  save: later('save'), list: later('list'), summaries: later('summaries'), get: later('get'), remove: later('remove'), forget: later('forget'),
  setBodyKey: later('setBodyKey'), quarantine: later('quarantine'), clearQuarantine: later('clearQuarantine'),
  crossYear: later('crossYear'), crossYearSkips: later('crossYearSkips'), lookup: later('lookup'), crossYearCounts: later('crossYearCounts'), exportJson: later('exportJson'), importJson: later('importJson'), bytesInUse: later('bytesInUse'),
};
const root = document.getElementById('app')!;
const onListed = (): void => void performance.mark('nianbao-lens:dashboard-listed');
const onFirstRows = (): void => void performance.mark('nianbao-lens:dashboard-rows');
const onFreshRows = (): void => void performance.mark('nianbao-lens:dashboard-fresh');

function show(settings: Settings): void {
  const lang = uiLang(settings.language);
  document.documentElement.lang = lang;
  // a new key remounts the page in the other language; the list is read again, which is cheap enough
  render(<Dashboard key={settings.language} t={translator(localeTable(settings.language))} lang={lang} api={api} cache={cache} stored={stored} onListed={onListed} onFirstRows={onFirstRows} onFreshRows={onFreshRows} watch={watchCollection} />, root);
}

void settings.then(show);
onSettingsChanged(show);
