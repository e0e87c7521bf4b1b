/**
 * The messages between the content script, the background and the popup. The content script
 * answers for its tab; the background only keeps the toolbar badge.
 */

/**
 * content → background: what the toolbar badge shows (components/badge.ts): the count of
 * inconsistencies and the verdict (null: not a report, no badge)
 */
export interface AnalysisMessage {
  type: 'nianbao-lens/analysis';
  problems: number | null;
  verdict: TabState['verdict'];
}

/**
 * popup/background → content script. toggle-panel: the popup's 显示面板/隐藏面板; focus-panel: the keyboard's command
 * (the manifest's `commands`, background.ts): the panel shown (the page checked first when it has none), the focus in it
 */
export type TabRequest =
  | { type: 'nianbao-lens/run' }
  | { type: 'nianbao-lens/state' }
  | { type: 'nianbao-lens/toggle-panel' }
  | { type: 'nianbao-lens/focus-panel' };

/**
 * What the content script answers: where the check of its page stands. 'turned-away': the loader's
 * first look found no report there and loaded nothing (run-on-tab.ts reads its note, FirstLookNote);
 * 'not-report': the lens read the page and found no report; 'pdf': the tab shows a PDF file (the
 * browser's viewer, components/pdf-tab.ts), not read yet (a check reads it) or that could not be
 * read (pdfUnread says why).
 */
export interface TabState {
  status: 'idle' | 'turned-away' | 'not-report' | 'report' | 'pdf';
  problems: number | null;
  /**
   * the panel's verdict: problems found, all checks held, what was read held but a table was not
   * found, or nothing could be checked
   */
  verdict: 'problems' | 'ok' | 'partial' | 'unchecked' | null;
  agency: string | null;
  year: number | null;
  panel: boolean;
  /** a PDF tab whose file could not be read: why (components/file-read.ts) */
  pdfUnread?: import('./file-read.ts').ReadFailure | 'no-reader' | null;
  /**
   * the tables are read, the text is still being checked (the narrative stage loads: lens.tsx): the
   * verdict is the tables' alone, and only their problems may be said
   */
  textChecking?: true;
}

/**
 * The note the loader leaves on its isolated world's global object when its first look turns a page
 * away (entrypoints/content/index.ts): there it answers no messages, which would cost the extension
 * API on every such page, so the popup reads the note with a script run in the same world.
 */
export const LOOK_GLOBAL = '__nianbaoLensFirstLook';

export interface FirstLookNote {
  maybe: false;
  /** the first look's reason, in Chinese */
  reason: string;
}

export function isFirstLookNote(x: unknown): x is FirstLookNote {
  const n = x as { maybe?: unknown; reason?: unknown } | null;
  return n?.maybe === false && typeof n.reason === 'string';
}

export function isTabRequest(m: unknown): m is TabRequest {
  const type = (m as { type?: unknown } | null)?.type;
  return type === 'nianbao-lens/run' || type === 'nianbao-lens/state' || type === 'nianbao-lens/toggle-panel' || type === 'nianbao-lens/focus-panel';
}

export function isAnalysisMessage(m: unknown): m is AnalysisMessage {
  const x = m as { type?: unknown; problems?: unknown; verdict?: unknown } | null;
  if (x?.type !== 'nianbao-lens/analysis') return false;
  if (x.problems === null) return x.verdict === null;
  return typeof x.problems === 'number' && (x.verdict === 'problems' || x.verdict === 'ok' || x.verdict === 'partial' || x.verdict === 'unchecked');
}

/**
 * content script / dashboard → background: the collection (components/collection/). The background
 * is the single writer: every call runs in its store's lock. Answers a CollectReply.
 * - `page-save`: save a checked page (the panel's 保存; with `auto`, auto-save, which leaves a page
 *   the user forgot unsaved); answers CollectPageState
 * - `page-lookup`: where a page stands in the collection without saving it; answers CollectPageState
 * - `call`: one CollectionStore method by name with its arguments (the dashboard's client)
 */
export type CollectRequest =
  | { type: 'nianbao-lens/collect'; op: 'page-save'; input: import('../lib/collect/record.ts').SaveInput; auto?: boolean }
  | { type: 'nianbao-lens/collect'; op: 'page-lookup'; url: string }
  | { type: 'nianbao-lens/collect'; op: 'call'; method: CollectMethod; args: unknown[] };

export const COLLECT_METHODS = [
  'save', 'list', 'summaries', 'get', 'remove', 'forget', 'forgotten', 'setBodyKey', 'quarantine', 'clearQuarantine', 'crossYear', 'crossYearSkips', 'lookup', 'exportJson',
  'importJson', 'bytesInUse', 'crossYearCounts',
] as const;
export type CollectMethod = (typeof COLLECT_METHODS)[number];

export type CollectReply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** What the panel shows about its page in the collection. */
export interface CollectPageState {
  /** the record's id (recordId of the page URL) */
  id: string;
  saved: boolean;
  /** what this sighting did; null when the page was looked up, not saved */
  status: 'new' | 'same' | 'changed' | null;
  /** when status is 'changed': the figures that differ, labelled in Chinese */
  changes: { name: string; label: string; before: number | null; after: number | null }[];
  crossYear: import('../lib/collect/record.ts').CrossYearFinding[];
  /** the comparisons across years that could not be made, and why: shown as "not compared", never counted */
  crossYearSkips: import('../lib/collect/record.ts').CrossYearSkip[];
}

export function isCollectRequest(m: unknown): m is CollectRequest {
  const x = m as { type?: unknown; op?: unknown; method?: unknown; args?: unknown; url?: unknown; input?: unknown } | null;
  if (x?.type !== 'nianbao-lens/collect') return false;
  if (x.op === 'page-save') return typeof x.input === 'object' && x.input !== null;
  if (x.op === 'page-lookup') return typeof x.url === 'string';
  return x.op === 'call' && (COLLECT_METHODS as readonly unknown[]).includes(x.method) && Array.isArray(x.args);
}
