/**
 * The dashboard (dashboard.html): every collected report in one windowed table with search,
 * filters and sort; a report's detail (#report=<id>); the findings over the rules as a chart; and
 * the collection's data tools. It reads and writes only through the CollectionApi it is given
 * (the real store in the extension, a fake in the unit tests).
 *
 * The list and the charts run on report summaries (record.ts ReportSummary), which the store
 * keeps in its index: one small read for 5,000 reports where list() reads and validates 5,000
 * full records (~7 KB each). The detail reads its one full record; the CSV export reads them all.
 * The first rows come from a cache of the last list's first screen (summary-cache.ts) and the
 * index read straight from storage; the collection's summaries() confirm or replace them.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import type { CollectionApi, ReportSummary } from '../../lib/collect/record.ts';
import {
  carryOverFlags, DEFAULT_SORT, facets, filterRows, findingsUnsettled, NO_FILTER, rowOf, sortRows, type ListFilter, type ListSort, type SortKey,
} from '../../lib/collect/list-query.ts';
import { crossCandidates, crossCounts, type CrossCount } from '../../lib/collect/cross-count.ts';
import { ReportTable } from './report-table.tsx';
import { carryTags } from './carry-tag.tsx';
import { ReportDetail } from './report-detail.tsx';
import { DataTools } from './data-tools.tsx';
import { Summary } from './summary-stats.tsx';
import { templateShort } from './labels.ts';
import type { SummaryCache } from './summary-cache.ts';

export type DashboardApi = CollectionApi;

/** The list's cross-year counts: those of the list shown, still to come, or not read (the store failed). */
type CrossState = 'ready' | 'pending' | 'failed';
const NONE: ReadonlySet<string> = new Set();

/**
 * The reports whose cross-year counts are unknown while the store's are to come: those whose body holds a report of the
 * year before or after (the only ones the store compares: crossCandidates), every report with a body and a year when the
 * list is the cached first screen (their neighbours may not be on it).
 */
export function crossUnknown(list: readonly ReportSummary[], whole: boolean): ReadonlySet<string> {
  return new Set(whole ? crossCandidates(list) : list.filter((r) => r.bodyKey !== null && r.year !== null).map((r) => r.id));
}

/** Two lists of summaries alike entry by entry: the collection confirmed what the page drew first. */
export function sameSummaries(a: readonly ReportSummary[], b: readonly ReportSummary[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}

export interface DashboardProps {
  t: Translate;
  lang: string;
  api: DashboardApi;
  /** the last list's first screen, drawn while the collection is read (null: none) */
  cache?: SummaryCache | null;
  /**
   * the store's index read straight from storage (summary-index.ts readStoredIndex): drawn as soon as
   * it comes, before the store has loaded, then confirmed or replaced by api.summaries()
   */
  stored?: () => Promise<ReportSummary[] | null>;
  /** the bench's marks: the collection answered, first rows in the DOM */
  onListed?: (count: number) => void;
  onFirstRows?: () => void;
  /** the collection's own rows are in the DOM (after the cached ones, if any) */
  onFreshRows?: () => void;
  /** calls back when another page changes the collection (a tab saved a report); returns the unsubscribe */
  watch?: (changed: () => void) => () => void;
}

/** '#report=<id>' ↔ the report shown; anything else is the list. */
export function routeOf(hash: string): string | null {
  const m = /^#report=(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}
export const hashOf = (id: string | null): string => (id === null ? '' : `#report=${encodeURIComponent(id)}`);

export function Dashboard({ t, lang, api, cache, stored, onListed, onFirstRows, onFreshRows, watch }: DashboardProps) {
  const [records, setRecords] = useState<ReportSummary[] | null>(null);
  /** the rows come from the collection, not from the cache */
  const [fresh, setFresh] = useState(false);
  const answered = useRef(false);
  /** the list on screen: an answer equal to it is not drawn again (5,000 rows are 50–100 ms of work) */
  const drawnList = useRef<ReportSummary[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  /** each report's cross-year problems (read after the list: it reads the records of bodies with neighbouring years) */
  const [cross, setCross] = useState<Record<string, CrossCount>>({});
  /**
   * the counts are those of the list shown ('ready'), still to come for it, or could not be read: until they come, a
   * report that may have cross-year problems shows its verdict and 问题数 as pending, never its own alone (ux70)
   */
  const [crossState, setCrossState] = useState<CrossState>('pending');
  /** the list shown is the whole collection's, not the cached first screen (whose reports' neighbours may be off it) */
  const [whole, setWhole] = useState(false);
  /** the newest request for the counts: an older answer is dropped */
  const crossAsked = useRef(0);
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [sort, setSort] = useState<ListSort>(DEFAULT_SORT);
  const [route, setRoute] = useState<string | null>(() => routeOf(location.hash));
  const [version, setVersion] = useState(0);
  /** the report whose detail was shown last: back in the list, the keyboard is on its row again */
  const lastShown = useRef<string | null>(null);
  if (route !== null) lastShown.current = route;

  const reload = useCallback(async (): Promise<void> => {
    try {
      const list = await api.summaries();
      answered.current = true;
      const asked = ++crossAsked.current;
      if (!drawnList.current || !sameSummaries(drawnList.current, list)) {
        drawnList.current = list;
        setRecords(list);
        // a new list: its counts are to come (the same list keeps its counts while they are read again)
        setCrossState('pending');
      }
      setWhole(true);
      setFresh(true);
      setFailed(null);
      setVersion((v) => v + 1);
      onListed?.(list.length);
      api.crossYearCounts().then(
        (counts) => {
          if (asked !== crossAsked.current) return;
          setCross(counts);
          setCrossState('ready');
        },
        () => asked === crossAsked.current && setCrossState((s) => (s === 'ready' ? s : 'failed')),
      );
      // off the first paint's path: the copy only serves the next open
      if (cache) setTimeout(() => void cache.write(list), 0);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
      setRecords((r) => r ?? []);
    }
  }, [api, cache, onListed]);

  useEffect(() => {
    // the first screen of the last list, then the index as stored, then the collection's checked
    // answer: each only if nothing newer came first
    let drawn = 0;
    const draw = (list: ReportSummary[] | null, level: number): void => {
      if (!list || answered.current || drawn > level) return;
      drawn = level;
      drawnList.current = level === 1 ? null : list;
      setWhole(level !== 1);
      setRecords(list);
    };
    void cache?.readHead().then((l) => draw(l, 1));
    void stored?.().then((l) => draw(l, 2), () => undefined);
    void reload();
    const onHash = (): void => setRoute(routeOf(location.hash));
    addEventListener('hashchange', onHash);
    // a burst of saves (several tabs, an import) is read once
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unwatch = watch?.(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 400);
    });
    return () => {
      removeEventListener('hashchange', onHash);
      clearTimeout(timer);
      unwatch?.();
    };
  }, [reload]);

  useLayoutEffect(() => {
    if (fresh) onFreshRows?.();
  }, [fresh]);

  // the list counts a report's cross-year problems with its own, as its detail page and the panel do
  const rows = useMemo(() => (records ?? []).map((r) => rowOf(r, cross[r.id])), [records, cross]);
  const crossPending = useMemo(() => (crossState === 'ready' ? NONE : crossUnknown(records ?? [], whole)), [records, whole, crossState]);
  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);
  // a pending verdict or 问题数 sorts as its own group, not as 无问题 or by the report's own count (ux71)
  // and 有问题 / 无问题 hold a pending report without problems of its own out until its counts come; not read: its own (ux72)
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter, crossState === 'pending' ? crossPending : NONE), sort, crossPending),
    [rows, filter, sort, crossPending, crossState],
  );
  const unsettled = useMemo(() => findingsUnsettled(rows, filter, crossPending), [rows, filter, crossPending]);
  /** what the rows answer: a new filter or sort starts the list at the top, the same one's new rows keep the reader's row */
  const query = useMemo(() => JSON.stringify([filter, sort]), [filter, sort]);
  const options = useMemo(() => facets(rows), [rows]);
  // both years of a pair whose carry-over totals disagree, as the counts mark both (ux69), and those whose columns do (ux70)
  const carry = useMemo(() => carryTags(carryOverFlags(records ?? []), cross), [records, cross]);

  const open = (id: string | null): void => {
    location.hash = hashOf(id);
    setRoute(id);
    scrollTo(0, 0);
  };
  const onSort = (key: SortKey): void =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'body' || key === 'region' || key === 'template' ? 'asc' : 'desc' }));
  /** forget: also keep automatic saving away from the page (the panel's 不再保存) */
  const onDelete = async (id: string, forget = false): Promise<void> => {
    await (forget ? api.forget(id) : api.remove(id));
    await reload();
  };

  const detail = route !== null ? byId.get(route) : undefined;
  document.title = detail ? `${detail.body ?? detail.title ?? ''} · ${t('dashTitle')}` : t('dashTitle');
  const exportRows = useCallback(async () => {
    const order = new Map(shown.map((r, i) => [r.id, i]));
    const all = await api.list();
    return { reports: all.filter((r) => order.has(r.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!), cross: crossCounts(all) };
  }, [api, shown]);

  return (
    <>
      <header class="top">
        <h1>
          <button type="button" class="home" onClick={() => open(null)}>
            {t('extName')} · {t('dashTitle')}
          </button>
        </h1>
      </header>
      {failed && (
        <p class="note bad" role="alert">
          {t('dashLoadFailed', failed)}
        </p>
      )}
      {records !== null && !fresh && !failed && (
        <p class="note" role="status" id="refreshing">
          {t('dashRefreshing')}
        </p>
      )}
      {records === null ? (
        <p class="muted" role="status">
          {t('dashLoading')}
        </p>
      ) : route !== null ? (
        detail ? (
          <ReportDetail t={t} lang={lang} api={api} id={detail.id} all={records} version={version} onBack={() => open(null)} onOpen={open} onChanged={reload} />
        ) : (
          <p class="note bad" role="alert">
            {t('dashNotFound')}{' '}
            <button type="button" class="link" onClick={() => open(null)}>
              {t('dashBack')}
            </button>
          </p>
        )
      ) : (
        <main>
          <Summary t={t} lang={lang} records={records} cross={cross} crossPending={crossPending} crossFailed={crossState === 'failed'} carried={shown.reduce((n, r) => n + (carry.has(r.id) ? 1 : 0), 0)} shownIds={shown.map((r) => r.id)} byId={byId} />
          <section class="list" aria-labelledby="list-title">
            <h2 id="list-title" class="sr-only">
              {t('dashListLabel')}
            </h2>
            <Filters t={t} filter={filter} options={options} onChange={setFilter} shown={shown.length} total={rows.length} />
            {unsettled > 0 && (
              <p class="note" role="status" data-findings-unsettled>
                {t(crossState === 'failed' ? 'dashFindingsUnknownLine' : 'dashFindingsPendingLine', unsettled)}
              </p>
            )}
            {records.length === 0 ? (
              <p class="empty" id="empty">
                {t('dashEmpty')}
              </p>
            ) : (
              <ReportTable t={t} lang={lang} rows={shown} carry={carry} crossPending={crossPending} crossFailed={crossState === 'failed'} sort={sort} onSort={onSort} onOpen={open} onDelete={onDelete} onFirstRows={onFirstRows} focusId={lastShown.current} query={query} />
            )}
          </section>
          <DataTools
            t={t}
            api={api}
            total={records.length}
            version={version}
            shown={exportRows}
            onImported={reload}
          />
        </main>
      )}
    </>
  );
}

function Filters({ t, filter, options, onChange, shown, total }: {
  t: Translate; filter: ListFilter; options: ReturnType<typeof facets>; onChange: (f: ListFilter) => void; shown: number; total: number;
}) {
  const set = (patch: Partial<ListFilter>): void => onChange({ ...filter, ...patch });
  const search = useRef<HTMLInputElement>(null);
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <input
        type="search"
        id="search"
        ref={search}
        placeholder={t('dashSearchPlaceholder')}
        aria-label={t('dashSearchPlaceholder')}
        value={filter.query}
        onInput={(e) => set({ query: e.currentTarget.value })}
      />
      <select id="filter-year" aria-label={t('dashColYear')} value={filter.year ?? ''} onChange={(e) => set({ year: e.currentTarget.value ? Number(e.currentTarget.value) : null })}>
        <option value="">{t('dashAllYears')}</option>
        {options.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <select
        id="filter-template"
        aria-label={t('dashColTemplate')}
        value={filter.template ?? ''}
        onChange={(e) => set({ template: (e.currentTarget.value || null) as ListFilter['template'] })}
      >
        <option value="">{t('dashAllTemplates')}</option>
        {options.templates.map((tp) => (
          <option key={tp} value={tp}>
            {templateShort(t, tp)}
          </option>
        ))}
      </select>
      <select id="filter-findings" aria-label={t('dashColProblems')} value={filter.findings} onChange={(e) => set({ findings: e.currentTarget.value as ListFilter['findings'] })}>
        <option value="any">{t('dashFindingsAny')}</option>
        <option value="with">{t('dashFindingsWith')}</option>
        <option value="without">{t('dashFindingsWithout')}</option>
      </select>
      <select id="filter-region" aria-label={t('dashColRegion')} value={filter.region ?? ''} onChange={(e) => set({ region: e.currentTarget.value || null })}>
        <option value="">{t('dashAllRegions')}</option>
        {options.regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {(filter.query || filter.year !== null || filter.template !== null || filter.findings !== 'any' || filter.region !== null) && (
        // the button goes with the filters: the keyboard goes to the search box, not to the page's <body>
        <button
          type="button"
          class="ghost"
          onClick={() => {
            onChange(NO_FILTER);
            search.current?.focus();
          }}
        >
          {t('dashClearFilters')}
        </button>
      )}
      <span class="count" id="shown-count" aria-live="polite">
        {t('dashShownCount', shown, total)}
      </span>
    </form>
  );
}
