/**
 * Reports a page shows in a frame of its own site. Older TRS/CMS 信息公开 platforms serve the
 * portal's frame (navigation, footer) as the page and the article in an iframe of the same site
 * (`<iframe src="/xxgk/2024/content_123.html">`, its height often set by a script): the top
 * document holds no report, the frame's does. The content script runs in the top frame only
 * (why: entrypoints/content/index.ts) and looks into such frames from there.
 *
 * Imported by the loader too, which runs on every *.gov.cn page: a page without frames costs one
 * read of its window's frame count and nothing else.
 */

/** A same-origin frame of the page and the document it shows. */
export interface FrameDocument {
  frame: HTMLIFrameElement | HTMLFrameElement;
  doc: Document;
}

/** Frames of frames are looked into this deep (the top document's own frames are depth 1). */
const MAX_DEPTH = 2;

/**
 * The documents of the page's same-origin frames (<iframe> and <frame>) that a reader can see, in
 * document order, each frame's own frames after it. A cross-origin frame's contentDocument is
 * null: it is left out quietly (reading its window's document instead would throw, and Chromium
 * may log that). A hidden frame (isHiddenFrame: a tracking or preloading frame) is left out with
 * the frames inside it: a report there is not the one the reader is looking at. The frame count
 * of the document's window is read first: a page without frames touches no element.
 */
export function frameDocuments(doc: Document, depth = 1): FrameDocument[] {
  const out: FrameDocument[] = [];
  for (const f of sameSiteFrames(doc, depth)) if (!f.hidden) out.push(f);
  return out;
}

/** A same-origin frame as sameSiteFrames lists it: hidden ones too, without their own frames. */
interface SeenFrame extends FrameDocument {
  hidden: boolean;
}

function sameSiteFrames(doc: Document, depth: number, out: SeenFrame[] = []): SeenFrame[] {
  if (depth > MAX_DEPTH || !doc.defaultView?.length) return out;
  for (const tag of ['iframe', 'frame']) {
    const frames = doc.getElementsByTagName(tag) as HTMLCollectionOf<HTMLIFrameElement | HTMLFrameElement>;
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]!;
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        // a browser that throws rather than answer null: cross-origin all the same
      }
      // an element-less document is left out (nothing there to read), unless the browser is still
      // parsing it: a frame whose server has sent its headers only, where the loader must look again
      if (!inner || inner === doc || (!inner.documentElement && !isArriving(inner))) continue;
      const hidden = isHiddenFrame(frame, doc.defaultView);
      out.push({ frame, doc: inner, hidden });
      if (!hidden) sameSiteFrames(inner, depth + 1, out);
    }
  }
  return out;
}

/**
 * Whether the frame's own element hides it: display:none, zero wide or high (width="0",
 * height:0: tracking and preloading frames), or visibility:hidden where its parent is visible.
 * Only the frame's own style counts: a frame inside a collapsed tab or accordion (an ancestor
 * display:none or visibility:hidden) is one the reader can open, and is read. Its computed width
 * there is what its style says ('auto', '100%'), not a used 0, and its visibility its parent's.
 * A style the browser cannot give (no window) counts as shown.
 */
export function isHiddenFrame(frame: Element, view: Pick<Window, 'getComputedStyle'> | null): boolean {
  const style = view?.getComputedStyle(frame);
  if (!style) return false;
  if (style.display === 'none' || isZeroLength(style.width) || isZeroLength(style.height)) return true;
  if (style.visibility === 'visible') return false;
  const parent = frame.parentElement;
  return !!parent && view!.getComputedStyle(parent).visibility === 'visible';
}

/** '0px', '0': a length of nothing ('auto', '100%' and '' are not). */
function isZeroLength(length: string): boolean {
  return parseFloat(length) === 0;
}

/**
 * What changes in the page's frames when a report arrives in one late: each same-origin frame's
 * address, count of `tag` elements (all by default), title and whether it is still arriving (its
 * last part may add no table), or '' on a page without frames. The
 * loader's polls and the lens's watch compare it with what they saw before. A hidden frame counts
 * as hidden only: its shape changes when it is shown (a frame resized to its content once that
 * loaded), and '' still means no same-origin frame at all (the loader's cheap polls rely on it).
 */
export function framesShape(doc: Document, tag = '*'): string {
  let shape = '';
  for (const { doc: d, hidden } of sameSiteFrames(doc, 1)) shape += hidden ? '|hidden' : `|${d.URL}|${d.getElementsByTagName(tag).length}|${d.title}${isArriving(d) ? '|…' : ''}`;
  return shape;
}

/**
 * Whether the page has a same-origin frame its own style hides: one a tab or a button may show by
 * a style change alone, which adds no node and fires no load (the lens's watch then observes
 * attributes too). A page without frames reads its window's frame count only.
 */
export function hasHiddenFrame(doc: Document): boolean {
  return sameSiteFrames(doc, 1).some((f) => f.hidden);
}

/**
 * Whether a same-origin frame the reader can see is still arriving (isArriving): the lens's watch
 * waits for it to end before it reads the page again, rather than spend its runs on each part.
 */
export function hasArrivingFrame(doc: Document): boolean {
  return frameDocuments(doc).some((f) => isArriving(f.doc));
}

/** Where the report is: the top document (frame null) or a frame's. */
export interface ReportPlace<A> {
  doc: Document;
  frame: FrameDocument['frame'] | null;
  url: string;
  analysis: A;
  /**
   * The document's tables as they stood when it was analysed (CellRef.table indexes them): set by
   * the lens in the analysis's own task (entrypoints/content/lens.tsx), for the marks, which come
   * a frame later, when a page script may have put another table before the report's.
   */
  tableAt?: (index: number) => Element | undefined;
}

/** What findReport reads of an analysis (lib/report/schema.ts ReportAnalysis has it). */
export interface FramedAnalysis {
  isReport: boolean;
  year: number | null;
  tables: { t2: readonly unknown[]; t3: readonly unknown[]; t4: readonly unknown[] };
}

/** Whether the analysis found any of the report's tables 二, 三, 四. */
function hasTables(a: FramedAnalysis): boolean {
  return a.tables.t2.length + a.tables.t3.length + a.tables.t4.length > 0;
}

/**
 * The report of a page: the top document's when it is one, else the first same-origin frame's
 * that is, once the browser has parsed it whole (isArriving). `looksLike` (the first look) screens
 * each frame's document before the full analysis, as the loader screened the page; a manual run ("检查此页") passes none and reads every frame in
 * full. The top document is always analysed (the loader or the user sent the lens to this page):
 * an ordinary report pays nothing more for frames. `found` is null when no document is a report.
 *
 * A top document that is a report without any of its tables (a portal page that shows the
 * report's title and opening or its whole text, and the full report in a frame of its own site;
 * its only tables layout or metadata) gives way to a visible frame whose report has tables: the
 * frame's is the report the reader sees whole. Not to a frame of another year's report (a
 * sidebar's, a previous year's): the page's own report then stays, and says its tables were not
 * found.
 */
export function findReport<A extends FramedAnalysis>(
  top: { doc: Document; url: string },
  analyze: (doc: Document, url: string) => A,
  looksLike?: (doc: Document) => boolean,
): { found: ReportPlace<A> | null; top: A } {
  const topAnalysis = analyze(top.doc, top.url);
  const topPlace = { doc: top.doc, frame: null, url: top.url, analysis: topAnalysis };
  if (topAnalysis.isReport && hasTables(topAnalysis)) return { found: topPlace, top: topAnalysis };
  for (const { frame, doc } of frameDocuments(top.doc)) {
    if (isArriving(doc) || (looksLike && !looksLike(doc))) continue;
    const analysis = analyze(doc, doc.URL);
    if (!analysis.isReport) continue;
    if (!topAnalysis.isReport) return { found: { doc, frame, url: doc.URL, analysis }, top: topAnalysis };
    if (hasTables(analysis) && sameYear(analysis, topAnalysis)) return { found: { doc, frame, url: doc.URL, analysis }, top: topAnalysis };
  }
  return { found: topAnalysis.isReport ? topPlace : null, top: topAnalysis };
}

/**
 * Whether the browser is still parsing the document (a frame whose page comes over a slow
 * connection, or stalls): it holds the first part only, say table 二 and the first rows of table
 * 三, and a table cut off there reads as the report's mistake. It is read once it is whole: its
 * framesShape changes then, which the loader's polls and the lens's watch look for.
 */
function isArriving(doc: Document): boolean {
  return doc.readyState === 'loading';
}

/** Years that do not differ: equal, or one unknown. */
function sameYear(a: FramedAnalysis, b: FramedAnalysis): boolean {
  return a.year === null || b.year === null || a.year === b.year;
}
