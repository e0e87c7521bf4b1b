/**
 * One lens per page: runs the core on the live document (the top document's, or a same-origin
 * frame's when the portal shows its report in one: components/report-frames.ts), opens the panel
 * and the page's marks (session.tsx), answers the popup. Reports whose tables arrive after idle
 * (pages a CMS renders late, frames that load late or that a tab shows) are picked up by a
 * bounded observation.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeTables, type TablesStage } from '../../lib/analyze-tables.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { verdictOf } from '../../lib/report/verdict.ts';
import { problemCount } from '../../components/findings-view.ts';
import { createTranslations, languageReady } from './lens-translate.ts';
import { loadSettings, onSettingsChanged } from '../../components/settings.ts';
import type { Settings } from '../../components/settings-read.ts';
import type { AnalysisMessage, TabRequest, TabState } from '../../components/messages.ts';
import { createLensCollect } from '../../components/collection/lens-collect.ts';
import { reportPageOf } from '../../lib/collect/report-page.ts';
import { findReport } from '../../components/report-frames.ts';
import { WATCH_MS, watchForLateTables as watchLateTables, type Watch } from './watch.ts';
import { openSession, type FileSource, type Session, type SessionPlace } from './session.tsx';
import { safely } from './session-watch.ts';
import type { FileReading } from '../../components/panel.tsx';
import { readFailure } from '../../components/file-read.ts';
import { loadFiles } from '../../components/files-module.ts';
import { loadProse, proseHere } from '../../components/prose-module.ts';
import { checkFile, offeredFile, placeFile, unusable, type FileChecked, type PagePlace } from './file-check.ts';
import { readPdfTabFile } from './pdf-tab-read.ts';
import type { ReportPage } from '../../lib/collect/report-page.ts';
import { isPdfDocument } from '../../components/pdf-tab.ts';
import { tableResolver } from '../../lib/grid/aria-tables.ts';

/** How often a page whose report went (a frame's new document, an article swapped) is read again. */
const MAX_REREADS = 8;

export interface Lens {
  /** stored: the settings' storage read, when the loader started it already */
  auto(idle: number, stored?: Promise<Record<string, unknown>>): Promise<void>;
  handle(request: TabRequest): Promise<TabState>;
}

export function createLens(ctx: ContentScriptContext): Lens {
  let settings: Settings | null = null;
  let report: ReportAnalysis | null = null;
  /** the page was analysed and is not a report */
  let notReport = false;
  let session: Session | null = null;
  let generation = 0;
  /** the page's readings (run, readPdfTab): readFile drops a file only when the page was read again, not when the text's findings came */
  let pageReading = 0;
  /** how often the page was read again because its report went (show's reportGone) */
  let rereads = 0;
  let watcher: Watch | null = null;
  /**
   * the report's Word or Excel file, or its tables' file (lib/detect/attachment.ts): offered in the panel, read when
   * the reader asks (readFile); and the page the report is collected under
   */
  let fileReading: FileReading | null = null;
  let reportPage: ReportPage | null = null;
  /** the report shown while the narrative stage is still to come (run): the tables' findings alone */
  let textDue: ReportAnalysis | null = null;
  /** a PDF tab checked on request that could not be read, and why (readPdfTab) */
  let pdfUnread: TabState['pdfUnread'] = null;
  /** where the report was found (the page, or a frame): its text, for a file that holds only its tables */
  let reportPlace: PagePlace | null = null;
  const fileSource: FileSource = { state: () => fileReading, read: () => void readFile().catch(() => {}) };

  /** The UI text of a language, made once. */
  const getTranslate = createTranslations();
  const getSettings = async (): Promise<Settings> => (settings ??= await loadSettings());
  // the collection (components/collection/): saved through the background; the badge counts its cross-year findings
  const collect = createLensCollect(() => {
    session?.repaint();
    if (report) tellBackground(report);
  });

  ctx.onInvalidated(() => {
    watcher?.stop();
    collect.stop();
    session?.close();
  });

  const state = (): TabState => ({
    // a PDF tab that could not be read stays 'pdf' (the popup says why); one read and no report is none
    status: report?.isReport ? 'report' : notReport ? (pdfUnread ? 'pdf' : 'not-report') : 'idle',
    problems: report ? problemCount(report)! + collect.problems() : null,
    verdict: report ? verdictWithCross(report) : null,
    agency: report?.agency ?? null,
    year: report?.year ?? null,
    panel: session !== null,
    ...(pdfUnread ? { pdfUnread } : {}),
    ...(report !== null && report === textDue ? { textChecking: true as const } : {}),
  });

  /** the panel's verdict (findings-view.ts reportView), with the collection's cross-year findings */
  const verdictWithCross = (r: ReportAnalysis): NonNullable<TabState['verdict']> => (collect.problems() > 0 ? 'problems' : verdictOf(r));

  const tellBackground = (r: ReportAnalysis): void => {
    const message: AnalysisMessage = { type: 'nianbao-lens/analysis', problems: problemCount(r)! + collect.problems(), verdict: verdictWithCross(r) };
    browser.runtime.sendMessage(message).catch(() => {});
  };

  /**
   * Analyse the page (the top document, else a same-origin frame's: components/report-frames.ts);
   * show the panel for a report (or, when asked, say it is not one). An automatic run gives each
   * frame the loader's first look before the full analysis; "检查此页" reads every frame in full.
   */
  async function run(mode: 'auto' | 'manual', since: number): Promise<void> {
    // a PDF in Chromium's viewer, checked on request: the file itself is read (readPdfTab)
    if (mode === 'manual' && isPdfDocument(document)) return readPdfTab(since);
    const t0 = performance.now();
    // the narrative stage is a file of its own (prose-module.ts): here already (checked on request, read again), the
    // analysis is completed at once; else the panel shows the tables' findings while it loads, then the text's
    const ready = proseHere();
    const stages = new WeakMap<ReportAnalysis, TablesStage>();
    const { found } = findReport(
      { doc: document, url: location.href },
      (doc, url) => {
        const stage = analyzeTables(doc, { url });
        if (ready) return ready.completeAnalysis(stage);
        stages.set(stage.analysis, stage);
        return stage.analysis;
      },
      mode === 'auto' ? (doc) => firstLook(doc).maybe : undefined,
    );
    // the report's tables as the core indexed them, in the analysis's own task: the marks come a frame later (page-marks.ts)
    if (found?.analysis.isReport) found.tableAt = tableResolver(found.doc);
    performance.measure('nianbao-lens:analyze', { start: t0, end: performance.now() });
    const analysis = found?.analysis ?? null;
    report = analysis;
    pageReading++;
    notReport = !analysis;
    fileReading = null;
    if (!found || !analysis) {
      if (mode === 'manual') await show(null, since);
      else watchForLateTables();
      return;
    }
    // a report heading with its tables still to come: keep watching, and save once they had time to come
    const late = mode === 'auto' && analysis.tables.t3.length === 0;
    if (late) watchForLateTables();
    else watcher?.stop();
    // a report in a frame is collected under the frame's own address and title (the panel stays in
    // the top frame): the report's real page, which a reader can open again
    const page = reportPageOf({ url: found.url, title: found.doc.title }, { url: location.href, title: document.title });
    reportPage = page;
    reportPlace = { doc: found.doc, frame: found.frame, url: found.url };
    fileReading = offeredFile(analysis, found.url);
    // the badge and the collection once the panel shows the complete analysis: each is a message to
    // the background (the save clones the whole report), which may first have to wake up
    const settle = (done: ReportAnalysis) => (): void => {
      if (report !== done) return;
      tellBackground(done);
      // a page whose report (or whose tables) is a file it offers is collected once the file is read
      // (readFile): its own analysis, no table figures, would replace those saved on an earlier visit
      if (fileReading) collect.stop();
      else void getSettings().then((s) => collect.start(done, page, s.autoSave, late ? WATCH_MS : 0));
    };
    const stage = stages.get(analysis);
    // the narrative stage's file asked for now, once the page is known to be a report: it comes while
    // the panel is mounted and painted (asked for before the tables are read, or by the loader beside
    // the lens, it competed with them: no sooner complete, the panel later; scripts/browser-bench.mjs)
    const coming = stage ? loadProse() : null;
    coming?.catch(() => {});
    textDue = coming ? analysis : null;
    await show(found, since, coming ? undefined : settle(analysis), coming !== null);
    if (!coming || !stage) return;
    const prose = await coming.catch(() => null);
    if (report !== analysis) return; // the page was read again meanwhile
    let full: ReportAnalysis | null = null;
    try {
      full = prose ? prose.completeAnalysis(stage) : null;
    } catch {
      // the core returns a result for any page (fuzz.test.ts); should it not, the panel says the text was not checked
    }
    if (full) report = full;
    textDue = null;
    const finished = {
      // the benchmark (scripts/browser-bench.mjs) reads this: idle → the text's findings painted
      painted: () => performance.measure('nianbao-lens:idle-to-complete', { start: since, end: performance.now() }),
      // the stage could not load (the extension was updated or reloaded under the page) or run: the
      // badge counts the tables' findings, and nothing is saved without the text's
      afterMarks: full ? settle(full) : () => report === analysis && tellBackground(analysis),
    };
    if (session) session.complete(full, finished);
    else finished.afterMarks(); // the panel was closed meanwhile
  }

  /**
   * Reads the report's Word or Excel file (components/docx-read.ts) and shows what the core finds in it in
   * the panel, in place of the page's "未能核对": the file's figures are the report's, collected
   * under the page as the page's own would be. A file that holds only the report's tables is read
   * with the page's text (components/attached-tables.ts), which is then checked against them: its
   * claims are marked on the page. Either way the file's tables are then shown on the page, in the
   * lens's own box (components/file-tables-shown.ts), and their cells marked there.
   */
  async function readFile(): Promise<void> {
    const onPage = report;
    const reading = fileReading;
    const a = reading?.holds === 'tables' ? onPage?.tablesFile : onPage?.attachment;
    const onPlace = reportPlace;
    const myReading = pageReading;
    const same = (): boolean => pageReading === myReading && report !== null; // its text's findings may have come
    if (!onPage || !reading || reading.state === 'reading' || reading.state === 'read' || !a?.href || !onPlace) return;
    const set = (state: FileReading['state']): void => {
      fileReading = { ...reading, state };
      safely(() => session?.repaint());
    };
    set('reading');
    // the benchmark (scripts/browser-bench.mjs, section 6) reads these: the click → the file read and checked
    const clicked = performance.now();
    const settingsNow = await getSettings();
    await languageReady(settingsNow);
    const t = getTranslate(settingsNow);
    // the reader comes now, not with the lens (components/file-read.ts); it fails to come only when
    // the extension was updated or reloaded under the page
    const [files, prose] = await Promise.all([loadFiles(a.kind === 'PDF' ? 'pdf' : 'office').catch(() => null), loadProse().catch(() => null)]);
    if (!files || !prose) {
      if (same()) set('no-reader');
      return;
    }
    const holds = reading.holds === 'tables' ? 'tables' : 'report';
    const ref = { kind: a.kind, name: a.name, href: a.href };
    let checked: FileChecked;
    try {
      checked = await checkFile(files, prose, ref, holds, onPlace);
    } catch (e) {
      if (same()) set(readFailure(e) ?? 'not-word');
      return;
    }
    performance.measure('nianbao-lens:file-read', { start: clicked, end: performance.now() });
    if (!same()) return; // the page was read again meanwhile
    const why = unusable(checked, holds);
    if (why) return set(why);
    // the page's report is read: a late change of the page must not read the page over it
    watcher?.stop();
    const { analysis } = checked;
    report = analysis;
    const page = reportPage;
    const { place, shown } = placeFile(onPlace, ref, checked, t);
    fileReading = { ...reading, state: 'read', shown };
    await show(place, clicked, () => {
      if (report !== analysis) return;
      tellBackground(analysis);
      if (page) void getSettings().then((s) => collect.start(analysis, page, s.autoSave, 0));
    });
  }

  /**
   * A tab that shows a PDF (Chromium's viewer: components/pdf-tab.ts), checked on request: the file
   * is read as a report's PDF attachment is (components/pdf-read.ts, the same reader and the same
   * tables rebuilt from their borders), and what the core finds is shown in the panel over the
   * viewer, where no cell can be marked (the viewer's text is not the page's). Only on request: a
   * portal's PDFs are mostly no reports, and the reader is 1.7 MB. A PDF that cannot be read is
   * said to be so in the popup (TabState.pdfUnread); one that holds no report gets the panel that
   * says so, as any page checked on request does.
   */
  async function readPdfTab(since: number): Promise<void> {
    const my = ++generation;
    report = null;
    pageReading++;
    notReport = false;
    pdfUnread = null;
    fileReading = null;
    watcher?.stop();
    const url = location.href;
    const read = await readPdfTabFile(url);
    if (my !== generation) return;
    const { name } = read;
    if ('unread' in read) {
      notReport = true;
      pdfUnread = read.unread;
      session?.close();
      session = null;
      return;
    }
    const { file, prose } = read;
    const analysis: ReportAnalysis = { ...prose.completeAnalysis(analyzeTables(file, { url })), attachment: { kind: 'PDF', name, href: url }, readFromFile: true };
    if (!analysis.isReport) {
      notReport = true;
      return show(null, since);
    }
    report = analysis;
    fileReading = { name, holds: 'tab', state: 'read', pdf: true };
    const page = reportPageOf({ url, title: file.title || name }, { url, title: document.title });
    reportPage = page;
    reportPlace = null;
    await show({ doc: file, frame: null, url, analysis, detached: true }, since, () => {
      if (report !== analysis) return;
      tellBackground(analysis);
      void getSettings().then((s) => collect.start(analysis, page, s.autoSave, 0));
    });
  }

  /**
   * afterPaint: what waits until the panel is painted and the page marked; proseChecking: the
   * analysis is the tables' alone, the narrative stage's to come (run: session.complete)
   */
  async function show(place: SessionPlace | null, since: number, afterPaint?: () => void, proseChecking = false): Promise<void> {
    const my = ++generation;
    session?.close();
    session = null;
    const s = await getSettings();
    // English: its texts' script, which the loader asked for beside the lens when it could tell (lens-translate.ts)
    await languageReady(s);
    if (my !== generation || !ctx.isValid) {
      place?.shown?.remove(); // a file's tables shown for a session that never opened
      return;
    }
    const t = getTranslate(s);
    const painted = (): void => {
      // the benchmark (scripts/browser-bench.mjs) reads this: idle → the panel's frame painted (and,
      // the analysis complete already, idle → the text's findings painted: run's idle-to-complete)
      const end = performance.now();
      performance.measure('nianbao-lens:idle-to-paint', { start: since, end });
      if (!proseChecking && place) performance.measure('nianbao-lens:idle-to-complete', { start: since, end });
    };
    session = await openSession(ctx, place, s, t, place ? collect : null, { painted, afterMarks: afterPaint ?? (() => {}) }, {
      closed: () => {
        session = null;
      },
      // the frame that held the report shows another document now, or the page took the report's
      // tables out (session.tsx): read the page again (its save and its badge go with it); a page
      // that keeps swapping its article is read again MAX_REREADS times, then left without a panel
      reportGone: () => {
        report = null;
        collect.stop();
        const cleared: AnalysisMessage = { type: 'nianbao-lens/analysis', problems: null, verdict: null };
        browser.runtime.sendMessage(cleared).catch(() => {});
        if (++rereads <= MAX_REREADS) run('auto', performance.now()).catch(() => {});
      },
    }, place && fileReading ? fileSource : null, proseChecking);
    if (my !== generation) return;
    performance.measure('nianbao-lens:idle-to-panel', { start: since, end: performance.now() });
  }

  /** The bounded watch for tables that arrive after idle (watch.ts): each change reads the page again. */
  function watchForLateTables(): void {
    if (watcher) return;
    watcher = watchLateTables(
      document,
      () => void run('auto', performance.now()).catch(() => {}),
      () => {
        watcher = null;
      },
    );
  }

  const stopHearingSettings = onSettingsChanged((next) => {
    settings = next;
    // a switch to English may need its texts' script first; a later change supersedes this one
    void languageReady(next).then(() => {
      if (settings === next) safely(() => session?.update(next, getTranslate(next)));
    });
  });
  // an old lens (the extension was updated or reloaded) stops listening with the rest of it
  ctx.onInvalidated(stopHearingSettings);

  return {
    async auto(idle, stored) {
      try {
        const s = stored && !settings ? (settings = await loadSettings(stored)) : await getSettings();
        if (!s.autoRun || !ctx.isValid) return;
        await run('auto', idle);
      } catch {
        // never reaches the page
      }
    },
    async handle(request) {
      try {
        if (request.type === 'nianbao-lens/run') {
          watcher?.stop();
          await run('manual', performance.now());
        } else if (session && request.type === 'nianbao-lens/toggle-panel') session.close();
        else if (request.type !== 'nianbao-lens/state') {
          // 显示面板, and the keyboard's command: the panel (the page checked first when it has none) takes the focus (ux62)
          if (!session) await run('manual', performance.now());
          session?.focus();
        }
      } catch {
        // answer with what we have
      }
      return state();
    },
  };
}
