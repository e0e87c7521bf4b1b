/**
 * The list of collected reports as a windowed table: every row has the same height, so only the
 * rows in view (plus a few above and below) are in the DOM, with two spacer rows standing in for
 * the rest. Windowing rather than pages: sorting and filtering 5,000 rows stay one continuous
 * list the reader scrolls, Ctrl+F aside nothing is hidden behind "page 37 of 250", and the cost
 * of opening does not grow with the collection (about 30 rows rendered whatever the count).
 * Screen readers still get the whole size from aria-rowcount and each row's aria-rowindex.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import type { ListSort, ReportRow, SortKey } from '../../lib/collect/list-query.ts';
import { CarryTag, type CarryTagPart } from './carry-tag.tsx';
import { formatDate, formatNumber, formatShare, formatTime, safeHref, templateShort, verdictLabel } from './labels.ts';

export const ROW_HEIGHT = 40;
const OVERSCAN = 8;
const NO_IDS: ReadonlySet<string> = new Set();
/** when the scroller has no size yet (a test's DOM, the first paint) */
const FALLBACK_VIEWPORT = 720;

/** The rows to render for a scroll position: [start, end) with `overscan` rows either side. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = OVERSCAN): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil((viewport > 0 ? viewport : FALLBACK_VIEWPORT) / rowHeight) + 1;
  return { start: Math.max(0, Math.min(total, first - overscan)), end: Math.min(total, first + count + overscan) };
}

interface Column {
  key: SortKey;
  label: Parameters<Translate>[0];
  /** the whole name, when the heading is a shorter one (in its title) */
  full?: Parameters<Translate>[0];
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { key: 'body', label: 'dashColBody' },
  { key: 'region', label: 'dashColRegion' },
  { key: 'year', label: 'dashColYear', numeric: true },
  { key: 'template', label: 'dashColTemplate' },
  { key: 'verdict', label: 'dashColVerdict' },
  { key: 'problems', label: 'dashColProblems', numeric: true },
  { key: 'newTotal', label: 'figNew', numeric: true },
  { key: 'processed', label: 'figProcessed', numeric: true },
  { key: 'grantedShare', label: 'dashColGrantedShare', numeric: true },
  { key: 'carriedForward', label: 'figCarriedForward', numeric: true },
  // "Administrative reviews" was the widest heading of the English list: the panel's name in the title
  { key: 'review', label: 'dashColReview', full: 'figReview', numeric: true },
  { key: 'suit', label: 'figSuit', numeric: true },
  { key: 'lastSeen', label: 'dashColLastSeen' },
];

export interface ReportTableProps {
  t: Translate;
  lang: string;
  rows: ReportRow[];
  /** the carry-over totals that disagree with the year before or after (carry-tag.tsx carryTags), by id */
  carry: ReadonlyMap<string, readonly CarryTagPart[]>;
  /** the reports whose cross-year counts are still to come (dashboard.tsx crossUnknown): verdict and 问题数 pending */
  crossPending?: ReadonlySet<string>;
  /** the counts could not be read: the pending ones say so */
  crossFailed?: boolean;
  sort: ListSort;
  onSort: (key: SortKey) => void;
  onOpen: (id: string) => void;
  /** forget: delete, and do not save the page again automatically */
  onDelete: (id: string, forget?: boolean) => Promise<void>;
  /** called once the first rows are in the DOM (the bench's mark) */
  onFirstRows?: () => void;
  /** the report whose detail the reader comes back from: its row is scrolled to and its link focused (on mount) */
  focusId?: string | null;
  /**
   * the filter and sort the rows answer (any string that changes with them): new ones start at the top; new rows for the
   * same ones (the cross-year counts came, another tab saved a report) keep the reader's row where it was
   */
  query?: string;
}

/** The row the reader is on before new rows come: the one the keyboard is in, else the first in view (not refocused). */
interface Anchor {
  id: string;
  /** the focused control (its data-action; the row's link when none), or none: only kept in view */
  focus: { action?: string } | null;
  /** its top less the scroller's, in pixels */
  offset: number;
}

function anchorOf(el: HTMLElement | null, rows: readonly ReportRow[], scrollTop: number): Anchor | null {
  if (!el) return null;
  const active = el.ownerDocument.activeElement;
  const tr = active && el.contains(active) ? active.closest<HTMLElement>('tr.row') : null;
  const index = tr ? rows.findIndex((r) => r.id === tr.dataset.id) : Math.floor(scrollTop / ROW_HEIGHT);
  if (index < 0 || index >= rows.length || (!tr && scrollTop <= 0)) return null;
  const action = tr ? (active as HTMLElement).dataset.action : undefined;
  return { id: rows[index]!.id, focus: tr ? (action ? { action } : {}) : null, offset: index * ROW_HEIGHT - scrollTop };
}

/** Where the keyboard goes once the rows are drawn: a row's link or one of its buttons, by id or by place. */
type FocusWant = { id: string; action?: string } | { index: number };

export function ReportTable({ t, lang, rows, carry, crossPending = NO_IDS, crossFailed = false, sort, onSort, onOpen, onDelete, onFirstRows, focusId, query = '' }: ReportTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  // the delete button gives way to the confirm: keep the keyboard there, on the safe choice
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), [confirming]);
  const frame = useRef(0);
  const reported = useRef(false);
  // the focus is never left on a button that went away (the confirm's, a deleted row's: it fell to <body>), nor
  // on the top of the page when the reader comes back from a report's detail
  const focusWant = useRef<FocusWant | null>(focusId ? { id: focusId } : null);
  // new rows: taken before they are committed (a focused row moved in the DOM loses the focus), the reader's row and its place
  const drawn = useRef({ rows, query });
  /** 'top': a new filter or sort; else the reader's row to keep (null: none, the scroll position kept) */
  const anchor = useRef<Anchor | null | 'top'>(null);
  if (drawn.current.rows !== rows) {
    anchor.current = drawn.current.query === query ? anchorOf(scroller.current, drawn.current.rows, scrollTop) : 'top';
    drawn.current = { rows, query };
  }

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => setViewport(el.clientHeight)) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  // layout effect: right after the rows are committed to the DOM, before the frame that paints them
  useLayoutEffect(() => {
    if (!reported.current && rows.length > 0 && onFirstRows) {
      reported.current = true;
      onFirstRows();
    }
  }, [rows, onFirstRows]);

  // a new filter or sort starts at the top; the same one's new rows (re-sorted once the cross-year counts came) keep the
  // reader's row at its place in the view, the keyboard on it
  const firstRows = useRef(true);
  useLayoutEffect(() => {
    if (firstRows.current) {
      firstRows.current = false;
      return;
    }
    const a = anchor.current;
    anchor.current = null;
    const el = scroller.current;
    const index = a && a !== 'top' ? rows.findIndex((r) => r.id === a.id) : -1;
    const top = a === 'top' ? 0 : index >= 0 ? Math.max(0, index * ROW_HEIGHT - (a as Anchor).offset) : (el?.scrollTop ?? 0);
    if (index >= 0 && (a as Anchor).focus) focusWant.current = { id: (a as Anchor).id, ...(a as Anchor).focus };
    if (el) el.scrollTop = top;
    setScrollTop(top);
  }, [rows]);

  // after every render: the focus asked for, once its row is drawn (a row out of the window is scrolled to first)
  useEffect(() => {
    const want = focusWant.current;
    const el = scroller.current;
    if (!want || !el) return;
    const index = 'id' in want ? rows.findIndex((r) => r.id === want.id) : Math.min(want.index, rows.length - 1);
    if (index < 0) {
      focusWant.current = null;
      if (rows.length === 0) el.ownerDocument.getElementById('search')?.focus();
      return;
    }
    const id = rows[index]!.id;
    const row = Array.from(el.querySelectorAll<HTMLElement>('tr.row')).find((tr) => tr.dataset.id === id);
    if (!row) {
      el.scrollTop = Math.max(0, index * ROW_HEIGHT - el.clientHeight / 2);
      setScrollTop(el.scrollTop);
      return;
    }
    focusWant.current = null;
    const action = 'action' in want ? want.action : undefined;
    row.querySelector<HTMLElement>(action ? `[data-action="${action}"]` : 'td.body button')?.focus();
  });

  const onScroll = (): void => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(scroller.current?.scrollTop ?? 0));
  };

  /** a row deleted: the keyboard goes on to the row that took its place (the one above at the end; the search box when none is left) */
  const deleted = (index: number): void => {
    focusWant.current = { index };
    setConfirming(null);
  };

  const { start, end } = visibleRange(scrollTop, viewport, ROW_HEIGHT, rows.length);
  const shown = rows.slice(start, end);
  const span = COLUMNS.length + 1;

  return (
    <div class="scroller" ref={scroller} onScroll={onScroll} tabIndex={-1}>
      <table class="reports" aria-rowcount={rows.length + 1} aria-label={t('dashListLabel')}>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              return (
                <th key={c.key} scope="col" class={c.numeric ? 'num' : ''} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" class="sort" data-sort={c.key} onClick={() => onSort(c.key)} title={c.full ? t(c.full) : undefined}>
                    {t(c.label)}
                    <span class="arrow" aria-hidden="true">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span class="sr-only">{t('dashColActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {start > 0 && <tr class="spacer" aria-hidden="true" style={{ height: `${start * ROW_HEIGHT}px` }}><td colSpan={span} /></tr>}
          {shown.map((r, i) => {
            /** the confirm gone: the keyboard back on the row's delete button */
            const cancel = (): void => {
              focusWant.current = { id: r.id, action: 'delete' };
              setConfirming(null);
            };
            // its cross-year problems still to come: a verdict without them could be wrong ("无问题" turning "有问题"), and the
            // count would jump; one with problems of its own is 有问题 whatever comes (ux70)
            const pending = crossPending.has(r.id);
            const verdictPending = pending && r.verdict !== 'problems';
            const wait = crossFailed ? t('dashCrossUnknownHint') : t('dashCrossPendingHint');
            const waitMark = crossFailed ? t('dashCrossUnknown') : t('dashCrossPending');
            return (
            <tr key={r.id} class={`row ${verdictPending ? 'pending' : r.verdict}`} aria-rowindex={start + i + 2} data-id={r.id}>
              <td class="body">
                {/* a long name ends in "…" (the tooltip has the report's whole title), and its tags stay in view */}
                <div class="cell">
                  <button type="button" class="link" onClick={() => onOpen(r.id)} title={r.title ?? r.url}>
                    {r.body ?? r.title ?? r.url}
                  </button>
                  {carry.has(r.id) && <CarryTag t={t} parts={carry.get(r.id)!} />}
                  {r.revised && <span class="tag" title={t('dashRevisedHint')}>{t('dashRevised')}</span>}
                </div>
              </td>
              <td class="region" title={r.region ?? undefined}>{r.region ?? '—'}</td>
              <td class="num">{r.year ?? '—'}</td>
              <td>{templateShort(t, r.template)}</td>
              <td>
                {verdictPending ? (
                  <span class="chip pending" data-verdict="pending" title={wait} aria-label={wait}>
                    {waitMark}
                  </span>
                ) : (
                  <span class={`chip ${r.verdict}`} data-verdict={r.verdict}>
                    {verdictLabel(t, r.verdict)}
                  </span>
                )}
              </td>
              <td class="num">
                {pending ? (
                  <span class="pending" data-pending title={wait} aria-label={wait}>
                    {waitMark}
                  </span>
                ) : r.problems}
                {/* a total that counts the mismatches with the year before or after says how many (the detail's section) */}
                {!pending && r.crossProblems > 0 && (
                  <span class="cross-part" data-cross={r.crossProblems} title={t('dashCrossPartHint', r.problems, r.crossProblems)}>
                    {t('dashCrossPart', r.crossProblems)}
                  </span>
                )}
              </td>
              <td class="num">{formatNumber(lang, r.newTotal)}</td>
              <td class="num">{formatNumber(lang, r.processed)}</td>
              <td class="num">{formatShare(r.grantedShare)}</td>
              <td class="num">{formatNumber(lang, r.carriedForward)}</td>
              <td class="num">{formatNumber(lang, r.review)}</td>
              <td class="num">{formatNumber(lang, r.suit)}</td>
              <td class="time" title={formatTime(r.lastSeen)}>{formatDate(r.lastSeen)}</td>
              <td class="actions">
                {/* a box of its own: the cell stays a table cell, which a narrow window keeps in view (position: sticky) */}
                <div class="acts">
                {confirming === r.id ? (
                  <span
                    class="confirm"
                    role="group"
                    aria-label={t('dashDeleteConfirm')}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') cancel();
                    }}
                  >
                    <span>{t('dashDeleteConfirm')}</span>
                    <button
                      type="button"
                      class="danger"
                      data-action="confirm-delete"
                      onClick={() => void onDelete(r.id).then(() => deleted(start + i))}
                    >
                      {t('dashDelete')}
                    </button>
                    <button
                      type="button"
                      class="danger"
                      data-action="confirm-forget"
                      title={t('dashForgetHint')}
                      onClick={() => void onDelete(r.id, true).then(() => deleted(start + i))}
                    >
                      {t('dashForget')}
                    </button>
                    <button type="button" data-action="cancel-delete" ref={cancelRef} onClick={cancel}>
                      {t('dashCancel')}
                    </button>
                  </span>
                ) : (
                  <>
                    <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer" title={r.url}>
                      {t('dashOpenPage')}
                    </a>
                    <button type="button" class="ghost" data-action="delete" onClick={() => setConfirming(r.id)} aria-label={`${t('dashDelete')} ${r.body ?? r.url}`}>
                      {t('dashDelete')}
                    </button>
                  </>
                )}
                </div>
              </td>
            </tr>
            );
          })}
          {end < rows.length && (
            <tr class="spacer" aria-hidden="true" style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }}>
              <td colSpan={span} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p class="empty">{t('dashNoMatch')}</p>}
    </div>
  );
}
