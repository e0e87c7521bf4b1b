/**
 * One panel on screen and its marks in the report's document: mounts the panel in a shadow root
 * (<nianbao-lens>) in the top document, marks the report's document once the panel is painted,
 * shows the hover tooltip, and removes all of it on close. The report's document is the top
 * document's, or a same-origin frame's (components/report-frames.ts): the panel stays in the top
 * frame, the marks and their style go where the cells are.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { FindingOut, ReportAnalysis } from '../../lib/report/schema.ts';
import { Panel, type FileReading, type Tooltip } from '../../components/panel.tsx';
import { tooltipFor } from './tooltip-place.ts';
import { PANEL_CSS } from '../../components/panel-css.ts';
import { markPage, ATTR, type PageMarks } from '../../components/page-marks.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { uiLang, type Translate } from '../../components/i18n.ts';
import { saveSettings } from '../../components/settings.ts';
import type { Settings } from '../../components/settings-read.ts';
import type { LensCollect } from '../../components/collection/lens-collect.ts';
import type { ReportPlace } from '../../components/report-frames.ts';
import { COLLECT_CSS } from '../../components/collection/panel-section.tsx';
import { afterNextPaint } from '../../components/after-paint.ts';
import { resultsText } from '../../components/results-text.ts';
import { copyText } from '../../components/clipboard.ts';
import { withCross } from '../../components/collection/lens-collect.ts';
import { crossTargets } from '../../components/collection/cross-marks.ts';
import type { CrossYearFinding } from '../../lib/collect/record.ts';
import { crossProblems } from '../../components/collection/panel-section.tsx';
import { panelAnchor, safely, watchFrameLoad, watchRootZoom, watchTablesTaken } from './session-watch.ts';

export interface Session {
  update(settings: Settings, t: Translate): void;
  /**
   * The narrative stage's outcome for a panel opened while it was still to come (openSession's
   * proseChecking): the complete analysis, shown and marked in place of the tables' alone (then
   * `after` runs as the first frame's did), or null when the stage could not load (said in the panel)
   */
  complete(next: ReportAnalysis | null, after: AfterPaint): void;
  repaint(): void;
  /** the panel shown (expanded from its badge) and the keyboard in it: the popup's 显示面板, the keyboard's command (ux62) */
  focus(): void;
  close(): void;
}

/**
 * What waits for the panel's first frame: `painted` runs as soon as it is painted, `afterMarks`
 * once the page is marked too.
 */
export interface AfterPaint {
  painted(): void;
  afterMarks(): void;
}

/**
 * How long a panel waits for its first frame before it marks the page anyway: a tab hidden before
 * its frame paints none.
 */
const PAINT_WAIT_MS = 500;

/** What the session tells the lens: it closed; the frame that held the report shows another document. */
export interface SessionEvents {
  closed(): void;
  reportGone(): void;
}

/**
 * The report's file, or its tables' (components/docx-read.ts), which the panel offers to read: how it stands
 * (read at each paint), and what reads it.
 */
export interface FileSource {
  state(): FileReading | null;
  read(): void;
}

/**
 * Where the report is: on the page (its document, or a frame's), or, `detached`, in a document of
 * its own that is not shown (the report's Word or Excel file, read): nothing is marked, no cell is located.
 */
export type SessionPlace = ReportPlace<ReportAnalysis> & {
  detached?: boolean;
  /** a file's tables the lens shows on the page (components/file-tables-shown.ts): they go with the session */
  shown?: { remove(): void };
  /** where the text's quotes are looked for, when not the document's body (a whole report file shown) */
  quoteRoot?: Element;
};

/**
 * Mounts the panel, then, once its frame is painted, marks the report's document (the panel's
 * first frame does not wait for the marks, nor for the page's relayout they cause); close() takes
 * every trace away again, from both documents. Until the marks are there, every finding reads as
 * located. `place`: the report and the document it is in (null: the page is not a report).
 */
export async function openSession(
  ctx: ContentScriptContext,
  place: SessionPlace | null,
  initial: Settings,
  initialT: Translate,
  collect: LensCollect | null,
  after: AfterPaint,
  on: SessionEvents,
  file: FileSource | null = null,
  proseChecking = false,
): Promise<Session> {
  let analysis = place?.analysis ?? null;
  const detached = place?.detached === true;
  let settings = initial;
  let t = initialT;
  const listeners = new AbortController();
  let marks: PageMarks | null = null;
  /** the analysis the page's marks are of, and whether the page's hover is heard (once a session) */
  let markedFor: ReportAnalysis | null = null;
  /** the collection's cross-year findings the marks are of, and each one's marks (cross-marks.ts) */
  let markedCross: readonly CrossYearFinding[] = [];
  let crossFound = new Map<CrossYearFinding, FindingOut>();
  const crossNow = (): readonly CrossYearFinding[] => collect?.view().state?.crossYear ?? [];
  /** each answer of the collection is a new list; none before and none now (the common case) marks nothing anew */
  const crossMarked = (cross: readonly CrossYearFinding[]): boolean => markedCross === cross || (markedCross.length === 0 && cross.length === 0);
  let hovering = false;
  let view = analysis ? reportView(analysis) : null;
  let figures = analysis ? keyFigures(analysis) : [];
  /** the narrative stage: still to come (the panel says the text is being checked), could not load, or done */
  let prose: 'checking' | 'failed' | null = proseChecking ? 'checking' : null;
  let tooltip: Tooltip | null = null;
  let tipFor: Element | null = null;
  let container: HTMLElement | null = null;
  let closed = false;
  /** how often the focus was asked into the panel (focus()): each new count takes it there */
  let focusAsked = 0;

  const close = (): void => {
    if (closed) return;
    closed = true;
    listeners.abort();
    ui.remove();
    marks?.clear();
    place?.shown?.remove();
    on.closed();
  };

  const paint = (): void => {
    if (!container || closed) return;
    // WXT's shadow root holds its own <html> around the container: it carries the UI language too
    // (screen readers pick their voice from it; axe's html-has-lang, test/e2e/a11y.e2e.ts)
    container.parentElement?.setAttribute('lang', uiLang(settings.language));
    render(
      <Panel
        t={t}
        lang={uiLang(settings.language)}
        report={analysis}
        view={view}
        figures={figures}
        prose={prose}
        collect={collect?.view() ?? null}
        dock={settings.dock}
        tooltip={tooltip}
        located={(f: FindingOut) => !detached && (!marks || marks.targets(f).length > 0)}
        hiddenOnPage={(f: FindingOut) => !detached && !!marks && marks.hidden(f)}
        onFinding={(f: FindingOut) => safely(() => marks?.scrollTo(f))}
        sentenceFound={(quote: string) => !detached && (!marks || marks.sentenceFound(quote))}
        onSentence={(quote: string) => safely(() => marks?.scrollToSentence(quote))}
        crossTarget={(f: CrossYearFinding) => {
          const here = crossFound.get(f);
          return here && !detached && marks && marks.targets(here).length > 0 ? here : null;
        }}
        file={file?.state() ?? null}
        onReadFile={() => safely(() => file?.read())}
        onDock={(dock) => {
          settings = { ...settings, dock };
          paint();
          saveSettings({ dock }).catch(() => {});
        }}
        onClose={() => safely(close)}
        onCopy={() => copyResults()}
        focusAsked={focusAsked}
      />,
      container,
    );
  };

  /** The results as the panel shows them (cross-year findings included), as text, to the clipboard. */
  const copyResults = async (): Promise<boolean> => {
    if (!analysis || !view || !container) return false;
    const state = collect?.view()?.state ?? null;
    const text = resultsText({
      t, report: analysis, view: withCross(view, crossProblems(state)), figures, cross: state?.crossYear ?? [], crossSkips: state?.crossYearSkips ?? [], url: document.URL,
      at: new Date(), version: browser.runtime.getManifest().version,
    });
    return copyText(text, container);
  };

  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: 'nianbao-lens',
    position: 'inline',
    anchor: panelAnchor,
    append: 'last',
    css: PANEL_CSS + COLLECT_CSS,
    // keys typed in the panel stay in the panel: page shortcuts do not fire
    isolateEvents: true,
    onMount(el) {
      container = el;
      paint();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  const tMount = performance.now();
  ui.mount();
  // the benchmark (scripts/browser-bench.mjs) reads these User Timing entries
  performance.measure('nianbao-lens:mount', { start: tMount, end: performance.now() });
  ui.shadowHost.setAttribute(ATTR, 'panel');

  /** the page's zoom of its root element, undone inside the panel (session-watch.ts) */
  const unzoom = watchRootZoom(() => (closed ? null : container?.parentElement), listeners.signal);

  /** the report's data tables (their CellRef.table indexes): the marks leave them out of the quote search, the swap watch below looks at them */
  const tables = analysis ? [...analysis.tables.t2, ...analysis.tables.t3, ...analysis.tables.t4] : [];
  /** the page marked with the findings shown, unless it is already; then the panel painted again */
  const markNow = (): void => {
    const shown = analysis;
    const cross = crossNow();
    if (closed || !place || !shown || detached || (markedFor === shown && crossMarked(cross))) return;
    const tMarks = performance.now();
    safely(() => {
      marks?.clear();
      marks = null;
      crossFound = crossTargets(cross, shown.figureRefs);
      const sentences = shown.narrative.skips?.map((k) => k.quote) ?? [];
      const made = markPage(place.doc, [...shown.findings, ...crossFound.values()], tables, place.tableAt, place.quoteRoot ?? place.doc.body, sentences);
      marks = made;
      markedFor = shown;
      markedCross = cross;
      if (!hovering) listenForHover(place);
      hovering = true;
      paint(); // the findings that could not be located say so now
    });
    performance.measure('nianbao-lens:marks', { start: tMarks, end: performance.now() });
  };
  /** after a frame is painted: `done.painted`, the page marked (markNow), then `done.afterMarks` */
  const markThePage = (done: AfterPaint): void => {
    if (closed) return;
    safely(done.painted);
    safely(unzoom);
    markNow();
    safely(done.afterMarks);
  };
  const afterFrame = (done: AfterPaint): void => {
    if (document.visibilityState === 'hidden') setTimeout(() => markThePage(done), 0);
    else afterNextPaint(() => markThePage(done), PAINT_WAIT_MS);
  };
  afterFrame(after);

  // the report gone from the page (session-watch.ts): its frame loads another document, or its tables were taken out
  const gone = (): void => {
    close();
    on.reportGone();
  };
  if (place?.frame) watchFrameLoad(place.frame, place.doc, listeners.signal, gone);
  const shown = detached ? [] : tables.map((i) => place?.tableAt?.(i)).filter((el): el is Element => !!el);
  const body = place?.doc.body;
  if (shown.length > 0 && body) watchTablesTaken(shown, body, listeners.signal, () => closed, gone);

  /**
   * The hover tooltip: which identity a marked cell or sentence breaks, with its numbers. A report
   * in a frame: its document's events (they do not reach the top document), placed in the top
   * frame's viewport.
   */
  function listenForHover(where: ReportPlace<ReportAnalysis>): void {
    const opts = { passive: true, signal: listeners.signal } as const;
    const doc = where.doc;
    // mousemove too: a tooltip a scroll hid comes back as the pointer moves on the same cell (no mouseover comes)
    const hover = (e: MouseEvent): void => safely(() => {
      // the marks in force (the narrative's findings replace the tables' alone: complete())
      const marked = marks;
      if (!marked) return;
      // a cell of a file's tables shown on the page is in their shadow root: the event reaches the
      // document retargeted to its host, and only the composed path names the cell
      const el = marked.markedFrom(e.composedPath()[0] ?? e.target);
      if (el === tipFor) return;
      tipFor = el;
      tooltip = el ? tooltipFor(el, marked, where.frame) : null;
      paint();
    });
    doc.addEventListener('mouseover', hover, opts);
    doc.addEventListener('mousemove', hover, opts);
    const hide = (): void => {
      if (!tooltip) return;
      tooltip = null;
      tipFor = null;
      paint();
    };
    window.addEventListener('scroll', () => safely(hide), { ...opts, capture: true });
    doc.addEventListener('mouseleave', () => safely(hide), opts);
    if (where.frame) doc.defaultView?.addEventListener('scroll', () => safely(hide), { ...opts, capture: true });
  }

  return {
    update(next, nextT) {
      settings = next;
      t = nextT;
      paint();
    },
    complete(next, done) {
      if (closed) return;
      if (next) {
        analysis = next;
        view = reportView(next);
        figures = keyFigures(next);
        prose = null;
        tooltip = null;
        tipFor = null;
      } else {
        prose = 'failed';
      }
      // the text's marks come with its findings, in this task (markNow paints the panel too), so
      // that no finding is listed before its sentence is marked
      markNow();
      paint();
      afterFrame(done);
    },
    repaint() {
      // the collection's answer came: its cross-year findings are marked too, once the page is
      // (before that, the first marking takes them)
      if (markedFor !== null && !crossMarked(crossNow())) markNow();
      paint();
    },
    focus() {
      focusAsked++;
      paint();
    },
    close,
  };
}
