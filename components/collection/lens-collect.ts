/**
 * The lens's collection controller: after a report is analysed it is saved (unless auto-save is
 * off, or the user forgot this page with 不再保存: then only looked up), and the panel's 保存 /
 * 不再保存 act on it. Each new analysis starts a
 * new generation, so an answer about an older one is dropped.
 */
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import type { ReportPage } from '../../lib/collect/report-page.ts';
import type { CollectPageState } from '../messages.ts';
import type { ReportView } from '../findings-view.ts';
import { forgetPage, lookUpPage, savePage } from './page-collect.ts';
import { crossProblems, type CollectView } from './panel-section.tsx';

export interface LensCollect {
  /**
   * a report was analysed: save it (or look it up), after `deferMs` when its tables may still
   * come. `page`: the page it is kept under (lib/collect/report-page.ts: a frame's own address)
   */
  start(report: ReportAnalysis, page: ReportPage, autoSave: boolean, deferMs?: number): void;
  view(): CollectView;
  /** cross-year errors and warnings, for the badge */
  problems(): number;
  stop(): void;
}

export function createLensCollect(onChange: () => void): LensCollect {
  let state: CollectPageState | null = null;
  let report: ReportAnalysis | null = null;
  let page: ReportPage | null = null;
  let busy = false;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const settle = (my: number, p: Promise<CollectPageState | null>): void => {
    busy = true;
    onChange();
    p.then(
      (next) => {
        if (my !== generation) return;
        busy = false;
        state = next;
        onChange();
      },
      () => {
        if (my !== generation) return;
        // the background is gone (extension reloaded): the panel simply shows no collection line
        busy = false;
        onChange();
      },
    );
  };

  const view: CollectView = {
    get state() {
      return state;
    },
    get busy() {
      return busy;
    },
    onSave: () => {
      if (report && page) settle(generation, savePage(report, page));
    },
    onForget: () => {
      const s = state;
      if (!s) return;
      settle(generation, forgetPage(s.id).then(() => ({ ...s, saved: false, status: null, changes: [] })));
    },
  };

  return {
    start(next, where, autoSave, deferMs = 0) {
      const my = ++generation;
      report = next;
      page = where;
      if (timer) clearTimeout(timer);
      timer = null;
      if (!autoSave) return settle(my, lookUpPage(where));
      if (deferMs <= 0) return settle(my, savePage(next, where, true));
      // a report whose tables have not arrived: say where it stands now, save once it settled
      settle(my, lookUpPage(where));
      timer = setTimeout(() => {
        timer = null;
        if (my === generation) settle(my, savePage(next, where, true));
      }, deferMs);
    },
    view: () => view,
    problems: () => crossProblems(state),
    stop() {
      generation++;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** The report's own verdict with the cross-year findings counted in. */
export function withCross(view: ReportView, cross: number): ReportView {
  if (cross === 0) return view;
  const own = view.verdict.kind === 'problems' ? view.verdict.count : 0;
  return { ...view, verdict: { kind: 'problems', count: own + cross } };
}
