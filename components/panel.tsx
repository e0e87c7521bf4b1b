/**
 * The summary panel: who and which year, the verdict at a glance, the key figures, the findings
 * grouped by table and text (click one: the page scrolls to it), and what could not be read
 * (panel-report.tsx). Collapses to a badge (Esc), docks left or right (drag the bar, or the dock
 * button), stands aside for a jump (panel-dodge.ts), and shows the tooltip for a hovered cell. It
 * renders what it is given; the controller owns the page.
 */
import { Component, createRef } from 'preact';
import type { FindingOut, ReportAnalysis } from '../lib/report/schema.ts';
import type { FileReading } from './panel-file.tsx';
import type { CrossYearFinding } from '../lib/collect/record.ts';
import type { Translate } from './i18n.ts';
import type { Dock } from './settings-read.ts';
import type { ReportView } from './findings-view.ts';
import type { KeyFigure } from './key-figures.ts';
import { verdictText } from './results-text.ts';
import { CollectToggle, crossProblems, type CollectView } from './collection/panel-section.tsx';
import { withCross } from './collection/lens-collect.ts';
import { CopyButton, TooltipBox, type Copied, type Tooltip } from './panel-parts.tsx';
import { stripEnds, type StripFit } from './panel-dodge.ts';
import { dodgeOf } from './strip-page.ts';
import { AwayWatch, droppedStyle, keepFocusInSight, stripStyle, tipBesideStrip } from './panel-strip.ts';
import { placeBack, placeOf, type Place } from './panel-place.ts';
import { NotReport, ReportBody } from './panel-report.tsx';

export type { Tooltip } from './panel-parts.tsx';
export type { FileReading } from './panel-file.tsx';

export interface PanelProps {
  t: Translate;
  lang: string;
  /** null: the page is not a report (a run the user asked for) */
  report: ReportAnalysis | null;
  view: ReportView | null;
  figures: KeyFigure[];
  /**
   * the narrative stage (the text's checks): still to come, the tables' findings shown meanwhile
   * (entrypoints/content/lens.tsx); could not load; null: done, its findings are in the report
   */
  prose?: 'checking' | 'failed' | null;
  /** the page in the collection (saved, changed, cross-year findings); null: none to show */
  collect?: CollectView | null;
  dock: Dock;
  tooltip: Tooltip | null;
  /** whether the finding's cells or quote were found on the page */
  located: (f: FindingOut) => boolean;
  /** whether the finding's cells are all in a part of the page it hides (another tab): no jump is offered (tabs59) */
  hiddenOnPage?: (f: FindingOut) => boolean;
  onFinding: (f: FindingOut) => void;
  /** a cross-year finding's marks on this page, when found there (cross-marks.ts): its click scrolls to them */
  crossTarget?: (f: CrossYearFinding) => FindingOut | null;
  onDock: (side: Dock) => void;
  onClose: () => void;
  /** copies the results as text (components/results-text.ts); resolves false when the browser refused */
  onCopy?: () => Promise<boolean>;
  /**
   * the report (or its tables) is a Word or Excel attachment, which the reader may have read (components/docx-read.ts):
   * its name, and how the reading went; null: no such file to read
   */
  file?: FileReading | null;
  onReadFile?: () => void;
  /** whether a sentence of the text (a claim not judged) is on the page; with onSentence, its jump (components/panel-unread.tsx) */
  sentenceFound?: (quote: string) => boolean;
  onSentence?: (quote: string) => void;
  /** how often the focus was asked into the panel (the popup's 显示面板, the keyboard's command): a new count expands it and focuses its first control */
  focusAsked?: number;
}

interface PanelState {
  collapsed: boolean;
  /** the panel's distance from the top of the window */
  top: number;
  /** while dragging: where the panel's corner is */
  drag: { x: number; y: number } | null;
  /** the last copy's outcome, shown on its button for a moment */
  copied: Copied;
  /** the side a jump moved the panel to, off the cell it landed on (panel-dodge.ts); null: the reader's dock */
  side: Dock | null;
  /**
   * a jump in a narrow window shrank the panel to a strip along the window's foot ('foot'), or its top for a jump at
   * the page's foot ('top'), until the reader widens it again; null: the full panel
   */
  strip: 'foot' | 'top' | null;
  /** the strip's height and the page's fixed bands beside it (strip-page.ts); `low`: lowered to its bar, the reader reading away from the jump (panel-strip.ts) */
  fit: StripFit | null;
  low: boolean;
}

/** How long the copy button shows its outcome. */
const COPIED_MS = 2500;

/** A class, not hooks: preact/hooks would add 1 KB gzipped to every page the lens runs on. */
export class Panel extends Component<PanelProps, PanelState> {
  override state: PanelState = { collapsed: false, top: 16, drag: null, copied: null, side: null, strip: null, fit: null, low: false };
  private copiedTimer: ReturnType<typeof setTimeout> | null = null;
  private panelRef = createRef<HTMLDivElement>();
  private away: AwayWatch | null = null;
  /** the strip the window's widening gave the full panel back for: narrowed again, it comes back (ux94) */
  private widened: { strip: 'foot' | 'top'; watch: AwayWatch } | null = null;
  private badgeRef = createRef<HTMLButtonElement>();
  private focusAfter: 'panel' | 'badge' | 'page' | 'place' | 'unstrip' | null = null;
  /**
   * the finding whose jump the panel last stood aside for, by its index among the list's buttons (the panel's elements
   * are drawn anew after a fold); -1: none (ux91: restoring the full panel gave the focus to the page's <body>)
   */
  private lastJump = -1;
  /**
   * The panel's place when it last folded (ux90): opened again, its list stands where the reader left it, and after a
   * fold by a jump the focus is back on the finding clicked (walking a report's findings at 400 px was click, open,
   * scroll back, each time). null: opened as at first.
   */
  private place: Place | null = null;
  /** the fold came from a jump, not the reader: the focus goes back into the list, not to the panel's first control */
  private foldedByJump = false;
  /**
   * The page's element the keyboard came from into the panel (Tab from the page's last link, a click
   * elsewhere then Tab): Esc and × give the focus back to it, not to the page's <body> (where a
   * removed button leaves it) nor to the badge the reader did not ask for. null: the focus came from
   * the badge (expanded) or from nowhere the page has (Shift+Tab from the browser's toolbar).
   */
  private cameFrom: HTMLElement | null = null;

  override componentDidMount(): void {
    if (this.props.focusAsked) this.takeFocus();
    window.addEventListener('resize', this.onResize);
  }

  override componentDidUpdate(prev: PanelProps, prevState: PanelState): void {
    if (this.focusAfter === 'badge') this.badgeRef.current?.focus();
    if (this.focusAfter === 'panel' || this.focusAfter === 'place') this.restorePlace(this.focusAfter === 'place');
    // shrunk to the strip: the finding just clicked still in sight in its list
    if (this.state.strip && !prevState.strip) keepFocusInSight(this.panelRef.current);
    if (this.focusAfter === 'unstrip') this.focusLastJump();
    if (!this.state.strip && this.away) this.awayFrom(null);
    // folded to its badge, the strip's bands are not watched (ux95); opened, measured again
    if (this.state.collapsed !== prevState.collapsed) this.away?.pause(this.state.collapsed);
    if (this.state.drag || prev.dock !== this.props.dock) this.widened = null;
    // not scrolled to: a finding's jump may have moved the page since, and the reader stays where it took them
    if (this.focusAfter === 'page') this.cameFrom?.focus({ preventScroll: true });
    this.focusAfter = null;
    // last: expanding from the badge asks for the focus after the next render (focusAfter)
    if ((this.props.focusAsked ?? 0) !== (prev.focusAsked ?? 0)) this.takeFocus();
  }

  override componentWillUnmount(): void {
    window.removeEventListener('resize', this.onResize);
    this.awayFrom(null);
    if (this.copiedTimer) clearTimeout(this.copiedTimer);
  }

  private copy = (): void => {
    const onCopy = this.props.onCopy;
    if (!onCopy) return;
    void onCopy()
      .catch(() => false)
      .then((ok) => {
        if (this.copiedTimer) clearTimeout(this.copiedTimer);
        this.setState({ copied: ok ? 'done' : 'failed' });
        this.copiedTimer = setTimeout(() => this.setState({ copied: null }), COPIED_MS);
      });
  };

  private collapse = (): void => {
    this.focusAfter = 'badge';
    this.place = placeOf(this.panelRef.current);
    this.foldedByJump = false;
    this.setState({ collapsed: true });
  };

  /** Opened again: the list's scroll as it was; the focus on the control it had (`back`), else on the first control. */
  private restorePlace(back: boolean): void {
    const place = this.place;
    this.place = null;
    if (this.panelRef.current) placeBack(this.panelRef.current, place, back);
  }

  /** The finding last jumped to, focused and in sight in the list (the page left where it is); else the first control. */
  private focusLastJump(): void {
    const panel = this.panelRef.current;
    const to = panel?.querySelectorAll<HTMLElement>('.content button')[this.lastJump] ?? panel?.querySelector<HTMLElement>('button');
    to?.focus({ preventScroll: true });
    keepFocusInSight(this.panelRef.current);
  }

  /** The focus asked into the panel: on its first control, as from the badge (from the badge itself when collapsed). */
  private takeFocus(): void {
    if (this.state.collapsed) return this.expand();
    this.panelRef.current?.querySelector<HTMLElement>('button')?.focus();
  }

  private expand = (): void => {
    // Esc from here goes back to the badge, where the reader opened it
    this.cameFrom = null;
    this.focusAfter = this.foldedByJump ? 'place' : 'panel';
    this.foldedByJump = false;
    this.setState({ collapsed: false });
  };

  /** The page's element to give the focus back to, if it is still there to take it. */
  private returnTarget(): HTMLElement | null {
    const el = this.cameFrom;
    return el && el.isConnected ? el : null;
  }

  /** Esc: collapsed to the badge, the focus back where it came from (the badge when that is gone). */
  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    const back = this.returnTarget();
    this.collapse();
    if (back) this.focusAfter = 'page';
  };

  /**
   * The focus entering the panel from the page: where it came from (relatedTarget is the page's element, as
   * the shadow root's events see it). Moves inside the panel, and entries from outside the page, leave it.
   */
  private onFocusIn = (e: FocusEvent): void => {
    const from = e.relatedTarget as Node | null;
    const root = this.panelRef.current?.getRootNode();
    if (!from || from.nodeType !== 1 || !root || from.getRootNode() === root) return;
    this.cameFrom = from as HTMLElement;
  };

  /** ×: the panel and its marks removed, the focus back on the page where it came from, not on its <body>. */
  private close = (): void => {
    const back = this.returnTarget();
    back?.focus({ preventScroll: true });
    this.props.onClose();
  };

  /**
   * A jump the panel would hide (the cell under it once scrolled): it stands aside, shrinks to a strip along the
   * window's foot (the page scrolled on to show the cell above it), or folds to its badge (panel-dodge.ts), the reader's
   * place in the list kept for its reopening.
   */
  private dodge = (): void => {
    const panel = this.panelRef.current;
    const at = panel && dodgeOf(panel, this.state.side ?? this.props.dock, this.state.strip !== null);
    this.widened = null;
    if (!at) return;
    // the finding clicked: where the focus goes back when the reader restores the full panel from the strip
    const active = (panel.getRootNode() as Document | ShadowRoot).activeElement;
    const inList = Array.from(panel.querySelectorAll('.content button'));
    if (active && inList.includes(active as Element)) this.lastJump = inList.indexOf(active as Element);
    const win = panel.ownerDocument.defaultView;
    // even where the jump stands placed already: the page's own scroll to the window's middle, begun, is replaced
    if (at.scrollY !== null && win) {
      const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      at.scroller.scrollTo({ top: at.scrollY, behavior: reduce ? 'auto' : 'smooth' });
    }
    if (at.to === 'fold') {
      this.awayFrom(null);
      this.setState({ low: false });
      this.collapse();
      this.foldedByJump = true;
    } else if (at.to === 'strip' || at.to === 'strip-top') {
      this.setState({ strip: at.to === 'strip' ? 'foot' : 'top', fit: at.fit, low: false });
      if (win) this.awayFrom(new AwayWatch(win, at.place, (low) => this.setState({ low }), at.scroller, { now: at.fit, onFit: (fit) => this.setState({ fit }) }));
    } else if (at.to) this.setState({ side: at.to });
  };
  /** The strip's watch of the reader's scroll replaced (null: ended with the strip). */
  private awayFrom(watch: AwayWatch | null): void {
    this.away?.stop();
    this.away = watch;
    if (watch && this.state.collapsed) watch.pause(true);
  }
  /** The strip given back its full height (its button, gone with it): the focus on the finding last shown, else the panel's first control. */
  private unstrip = (): void => {
    const panel = this.panelRef.current;
    const active = panel && (panel.getRootNode() as Document | ShadowRoot).activeElement;
    if (active && panel.contains(active)) this.focusAfter = 'unstrip';
    this.setState({ strip: null });
  };
  /**
   * The window widened (or zoomed out) past the strip's need: the full panel back; narrowed again, the strip (ux93 left
   * the full panel over the page until the next jump), lowered where the reader reads away from the jump.
   */
  private onResize = (): void => {
    const wide = stripEnds(document.documentElement.clientWidth || window.innerWidth);
    // read whether folded or not: a strip folded to its badge opens as the full panel in a wide window
    if (this.state.strip && wide) this.widened = this.away && { strip: this.state.strip, watch: this.away };
    if (this.state.strip && wide) this.setState({ strip: null });
    else if (!wide && this.widened && !this.state.strip) {
      const back = this.widened.watch.again((low) => this.setState({ low }));
      this.setState({ strip: this.widened.strip, low: back.away, ...(back.fit && { fit: back.fit }) }, () => this.awayFrom(back.watch));
      this.widened = null;
    }
  };
  private onFinding = (f: FindingOut): void => void (this.props.onFinding(f), this.dodge());
  private onSentence = (quote: string): void => void (this.props.onSentence?.(quote), this.dodge());

  /** Drag the bar: the panel follows the pointer, then docks to the nearer side at that height. */
  private onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 || (e.target as Element).closest('button')) return;
    const rect = this.panelRef.current?.getBoundingClientRect();
    if (!rect) return;
    const dx = e.clientX - rect.left;
    const dy = e.clientY - rect.top;
    const bar = e.currentTarget as HTMLElement;
    bar.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent): void => this.setState({ drag: { x: ev.clientX - dx, y: ev.clientY - dy } });
    const up = (ev: PointerEvent): void => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', up);
      bar.removeEventListener('pointercancel', up);
      const maxTop = Math.max(8, window.innerHeight - 80);
      this.setState({ drag: null, side: null, strip: null, top: Math.min(maxTop, Math.max(8, ev.clientY - dy)) });
      this.props.onDock(ev.clientX - dx + rect.width / 2 < window.innerWidth / 2 ? 'left' : 'right');
    };
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
    bar.addEventListener('pointercancel', up);
  };

  override render() {
    const props = this.props;
    const { t, report } = props;
    const dock = this.state.side ?? props.dock;
    // the cross-year findings count in the verdict and the badge like the page's own
    const view = props.view && withCross(props.view, crossProblems(props.collect?.state ?? null));
    const { collapsed, top, drag, copied } = this.state;
    const problems = view?.verdict.kind === 'problems' ? view.verdict.count : 0;
    const tip = props.tooltip ? <TooltipBox t={t} tip={tipBesideStrip(props.tooltip, collapsed ? null : this.state.strip, this.panelRef.current)} /> : null;
    if (collapsed) {
      return (
        <>
          <button
            ref={this.badgeRef}
            class={`badge${problems > 0 ? ' bad' : ''}`}
            data-dock={dock}
            style={{ top: `${top}px` }}
            aria-expanded="false"
            aria-label={`${t('expand')}${t('labelColon')}${verdictText(t, view, report ?? undefined)}`}
            title={verdictText(t, view, report ?? undefined)}
            onClick={this.expand}
            lang={props.lang}
          >
            <span class="dot" aria-hidden="true" />
            {problems > 0 ? String(problems) : '✓'}
          </button>
          {tip}
        </>
      );
    }
    const strip = drag ? null : this.state.strip;
    // the strip stands at the window's foot (or top), its width (panel-css.ts .lens[data-strip])
    const style = drag ? { left: `${drag.x}px`, top: `${drag.y}px`, right: 'auto' } : strip ? stripStyle(strip, this.state.fit, this.state.low) : droppedStyle(top);
    const other = dock === 'right' ? t('dockLeft') : t('dockRight');
    return (
      <>
        <div
          ref={this.panelRef}
          class={`lens${drag ? ' dragging' : ''}`}
          data-dock={dock}
          data-strip={strip === 'top' ? 'top' : strip ? '' : undefined}
          data-low={strip && this.state.low ? '' : undefined}
          style={style}
          role="complementary"
          aria-label={t('panelLabel')}
          lang={props.lang}
          onKeyDown={this.onKeyDown}
          onFocusIn={this.onFocusIn}
        >
          <div class="bar" onPointerDown={this.onPointerDown} title={t('dragHint')}>
            <span class="name">{t('extName')}</span>
            {report && props.collect && <CollectToggle t={t} view={props.collect} />}
            {report && view && props.onCopy && !props.prose && <CopyButton t={t} copied={copied} onClick={this.copy} />}
            {strip && (
              <button class="tool" aria-label={t('stripWiden')} title={t('stripWiden')} onClick={this.unstrip}>
                ⤢
              </button>
            )}
            <button class="tool" aria-label={other} title={other} onClick={() => this.setState({ side: null, strip: null }, () => props.onDock(dock === 'right' ? 'left' : 'right'))}>
              {dock === 'right' ? '⇤' : '⇥'}
            </button>
            <button class="tool" aria-label={t('collapse')} title={t('collapse')} aria-expanded="true" onClick={this.collapse}>
              –
            </button>
            <button class="tool" aria-label={t('close')} title={t('close')} onClick={this.close}>
              ×
            </button>
          </div>
          <div class="content">{report && view ? <ReportBody {...props} report={report} view={view} onFinding={this.onFinding} onSentence={props.onSentence && this.onSentence} /> : <NotReport t={t} />}</div>
        </div>
        {tip}
      </>
    );
  }
}
