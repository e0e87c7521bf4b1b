/**
 * dashboard.html: the collection's page (issue #5). Reads the collection from storage, writes
 * through the background (dashboard-api.ts); the language follows the settings, as the popup's does.
 *
 * User Timing marks for the bench (scripts/dashboard-bench.mjs), relative to navigation start:
 *   nianbao-lens:dashboard-listed  the collection answered (the store's summaries)
 *   nianbao-lens:dashboard-rows    the table's first rows are in the DOM (from the cache when
 *                                  there is one: the last list shown, see summary-cache.ts)
 *   nianbao-lens:dashboard-fresh   the collection's own rows are in the DOM
 */
import { render } from 'preact';
import { watchCollection } from '../../components/dashboard/collection-watch.ts';
import { translator, uiLang } from '../../components/i18n.ts';
import { localeTable } from '../../components/locale-tables.ts';
import { loadSettings, onSettingsChanged, type Settings } from '../../components/settings.ts';
import { Dashboard, type DashboardApi } from '../../components/dashboard/dashboard.tsx';
import { indexedDbCache } from '../../components/dashboard/summary-cache.ts';

/**
 * The store (zod schemas, wxt/storage) in its own chunk, loaded while the page draws the cached
 * rows: its module evaluation is not on the first paint's path.
 */
const store = import('../../components/dashboard/dashboard-api.ts').then((m) => m.dashboardApi());
const later =
  <K extends keyof DashboardApi>(name: K) =>
  (...args: unknown[]): Promise<never> =>
    store.then((api) => (api[name] as (...a: unknown[]) => Promise<never>)(...args));
const api: DashboardApi = {
  save: later('save'), list: later('list'), summaries: later('summaries'), get: later('get'), remove: later('remove'),
  setBodyKey: later('setBodyKey'), quarantine: later('quarantine'), clearQuarantine: later('clearQuarantine'),
  crossYear: later('crossYear'), exportJson: later('exportJson'), importJson: later('importJson'), bytesInUse: later('bytesInUse'),
};
const cache = indexedDbCache();
// both reads start now, before the settings and the first render
void cache?.readHead();
void cache?.read();
const root = document.getElementById('app')!;
const onListed = (): void => void performance.mark('nianbao-lens:dashboard-listed');
const onFirstRows = (): void => void performance.mark('nianbao-lens:dashboard-rows');
const onFreshRows = (): void => void performance.mark('nianbao-lens:dashboard-fresh');

function show(settings: Settings): void {
  const lang = uiLang(settings.language);
  document.documentElement.lang = lang;
  // a new key remounts the page in the other language; the list is read again, which is cheap enough
  render(<Dashboard key={settings.language} t={translator(localeTable(settings.language))} lang={lang} api={api} cache={cache} onListed={onListed} onFirstRows={onFirstRows} onFreshRows={onFreshRows} watch={watchCollection} />, root);
}

void loadSettings().then(show);
onSettingsChanged(show);
