/**
 * The lens's bounded observation (lens.tsx): after idle, a page whose report is not (yet) readable
 * is re-checked when its table count or title changes, or its same-origin frames' table counts,
 * titles or addresses (a frame that loads late, read once it has arrived whole), or whether each
 * is hidden (a frame a tab shows), for WATCH_MS at most and WATCH_MAX_RUNS times at most. The callbacks only schedule; the check
 * itself is a few cheap counts.
 */
import { framesShape, frameDocuments, hasArrivingFrame, hasHiddenFrame } from '../../components/report-frames.ts';
import { safely } from './session-watch.ts';

/** How long, and how often, a page is watched for tables that arrive after idle. */
export const WATCH_MS = 15_000;
const WATCH_DEBOUNCE_MS = 250;
const WATCH_MAX_RUNS = 8;
/** What the watch observes: nodes added or removed (tables, frames, a frame's content)… */
const NODES = { childList: true, subtree: true } as const;
/**
 * …and, on a page with a same-origin frame its own style hides, the attributes a tab or a button
 * shows it by (its style, class, hidden, width or height, or an ancestor's class): no node changes then
 * and no load fires. Only there: every style change of a carousel would otherwise wake the watch.
 */
const NODES_AND_STYLES = { ...NODES, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'width', 'height'] };

export interface Watch {
  stop(): void;
}

/**
 * Watches `document` (the top one) and calls changed() each time what it holds changed shape;
 * stopped() once the watch ends by itself or by stop(). Null on a page without a body.
 */
export function watchForLateTables(document: Document, changed: () => void, stopped: () => void): Watch | null {
  if (!document.body) return null;
  const body = document.body;
  const tables = document.getElementsByTagName('table');
  const own = (): string => `${tables.length}|${document.title}`;
  let seenOwn = own();
  let seen = seenOwn + framesShape(document, 'table');
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let options: MutationObserverInit = NODES;
  const check = (): void => {
    timer = null;
    observeFrames();
    const mine = own();
    const now = mine + framesShape(document, 'table');
    if (now === seen) return;
    // a frame still arriving changes its shape with each part: the page is read again once it is whole (its load),
    // or when the page's own tables or title change (a frame that never ends, a stream, does not stop the watch)
    if (mine === seenOwn && hasArrivingFrame(document)) return;
    seen = now;
    seenOwn = mine;
    if (++runs >= WATCH_MAX_RUNS) stop();
    changed();
  };
  const schedule = (): void => {
    timer ??= setTimeout(() => safely(check), WATCH_DEBOUNCE_MS);
  };
  const observer = new MutationObserver(schedule);
  // the frames' documents as they are now (observing a node again only renews its options); the
  // attributes too once a frame is hidden (a page without frames reads its frame count only)
  const observeFrames = (): void => {
    if (options === NODES && hasHiddenFrame(document)) {
      options = NODES_AND_STYLES;
      observer.observe(body, options);
    }
    for (const { doc } of frameDocuments(document)) if (doc.body) observer.observe(doc.body, options);
  };
  // a frame's load does not bubble, but a capturing listener on its document sees it
  const loads = new AbortController();
  document.addEventListener('load', schedule, { capture: true, passive: true, signal: loads.signal });
  const deadline = setTimeout(() => stop(), WATCH_MS);
  const stop = (): void => {
    observer.disconnect();
    loads.abort();
    clearTimeout(deadline);
    if (timer) clearTimeout(timer);
    stopped();
  };
  observer.observe(body, options);
  observeFrames();
  return { stop };
}
