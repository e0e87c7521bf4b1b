/**
 * One panel on screen and its marks in the page: mounts the panel in a shadow root
 * (<nianbao-lens>), marks the page once the panel is painted, shows the hover tooltip, and removes
 * all of it on close.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { FindingOut, ReportAnalysis } from '../../lib/report/schema.ts';
import { Panel, type Tooltip } from '../../components/panel.tsx';
import { PANEL_CSS } from '../../components/panel-css.ts';
import { markPage, ATTR, type PageMarks } from '../../components/page-marks.ts';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { uiLang, type Translate } from '../../components/i18n.ts';
import { saveSettings } from '../../components/settings.ts';
import type { Settings } from '../../components/settings-read.ts';
import type { LensCollect } from '../../components/collection/lens-collect.ts';
import { COLLECT_CSS } from '../../components/collection/panel-section.tsx';
import { afterNextPaint } from '../../components/after-paint.ts';

export interface Session {
  update(settings: Settings, t: Translate): void;
  repaint(): void;
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

/**
 * Mounts the panel, then, once its frame is painted, marks the page (the panel's first frame does
 * not wait for the marks, nor for the page's relayout they cause); close() takes every trace away
 * again. Until the marks are there, every finding reads as located.
 */
export async function openSession(
  ctx: ContentScriptContext,
  analysis: ReportAnalysis | null,
  initial: Settings,
  initialT: Translate,
  collect: LensCollect | null,
  after: AfterPaint,
  onClosed: () => void,
): Promise<Session> {
  let settings = initial;
  let t = initialT;
  const listeners = new AbortController();
  let marks: PageMarks | null = null;
  const view = analysis ? reportView(analysis) : null;
  const figures = analysis ? keyFigures(analysis) : [];
  let tooltip: Tooltip | null = null;
  let tipFor: Element | null = null;
  let container: HTMLElement | null = null;
  let closed = false;

  const close = (): void => {
    if (closed) return;
    closed = true;
    listeners.abort();
    ui.remove();
    marks?.clear();
    onClosed();
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
        collect={collect?.view() ?? null}
        dock={settings.dock}
        tooltip={tooltip}
        located={(f: FindingOut) => !marks || marks.targets(f).length > 0}
        onFinding={(f: FindingOut) => safely(() => marks?.scrollTo(f))}
        onDock={(dock) => {
          settings = { ...settings, dock };
          paint();
          saveSettings({ dock }).catch(() => {});
        }}
        onClose={() => safely(close)}
      />,
      container,
    );
  };

  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: 'nianbao-lens',
    position: 'inline',
    anchor: 'body',
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

  const markThePage = (): void => {
    if (closed) return;
    safely(after.painted);
    if (analysis) {
      const tMarks = performance.now();
      safely(() => {
        const made = markPage(document, analysis.findings, [...analysis.tables.t2, ...analysis.tables.t3, ...analysis.tables.t4]);
        marks = made;
        listenForHover(made);
        paint(); // the findings that could not be located say so now
      });
      performance.measure('nianbao-lens:marks', { start: tMarks, end: performance.now() });
    }
    safely(after.afterMarks);
  };
  if (document.visibilityState === 'hidden') setTimeout(markThePage, 0);
  else afterNextPaint(markThePage, PAINT_WAIT_MS);

  /** the hover tooltip: which identity a marked cell or sentence breaks, with its numbers */
  function listenForHover(on: PageMarks): void {
    const opts = { passive: true, signal: listeners.signal } as const;
    document.addEventListener('mouseover', (e) => safely(() => {
      const el = on.markedFrom(e.target);
      if (el === tipFor) return;
      tipFor = el;
      tooltip = el ? tooltipFor(el, on) : null;
      paint();
    }), opts);
    const hide = (): void => {
      if (!tooltip) return;
      tooltip = null;
      tipFor = null;
      paint();
    };
    window.addEventListener('scroll', () => safely(hide), { ...opts, capture: true });
    document.addEventListener('mouseleave', () => safely(hide), opts);
  }

  return {
    update(next, nextT) {
      settings = next;
      t = nextT;
      paint();
    },
    repaint: paint,
    close,
  };
}

function tooltipFor(el: Element, marks: PageMarks): Tooltip {
  const r = el.getBoundingClientRect();
  const above = r.bottom + 160 > window.innerHeight;
  return {
    x: Math.max(8, Math.min(r.left, window.innerWidth - 348)),
    y: above ? r.top - 6 : r.bottom + 6,
    above,
    suspect: el.getAttribute(ATTR) === 'suspect',
    findings: marks.findingsAt(el),
  };
}

export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // never reaches the page
  }
}
