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
 * The documents of the page's same-origin frames (<iframe> and <frame>), in document order, each
 * frame's own frames after it. A cross-origin frame's contentDocument is null: it is left out
 * quietly (reading its window's document instead would throw, and Chromium may log that). The
 * frame count of the document's window is read first: a page without frames touches no element.
 */
export function frameDocuments(doc: Document, depth = 1): FrameDocument[] {
  if (depth > MAX_DEPTH || !doc.defaultView?.length) return [];
  const out: FrameDocument[] = [];
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
      if (!inner || inner === doc || !inner.documentElement) continue;
      out.push({ frame, doc: inner });
      out.push(...frameDocuments(inner, depth + 1));
    }
  }
  return out;
}

/**
 * What changes in the page's frames when a report arrives in one late: each same-origin frame's
 * address, count of `tag` elements (all by default) and title ('' on a page without frames). The
 * loader's polls and the lens's watch compare it with what they saw before.
 */
export function framesShape(doc: Document, tag = '*'): string {
  let shape = '';
  for (const { doc: d } of frameDocuments(doc)) shape += `|${d.URL}|${d.getElementsByTagName(tag).length}|${d.title}`;
  return shape;
}

/** Where the report is: the top document (frame null) or a frame's. */
export interface ReportPlace<A> {
  doc: Document;
  frame: FrameDocument['frame'] | null;
  url: string;
  analysis: A;
}

/**
 * The report of a page: the top document's when it is one, else the first same-origin frame's
 * that is. `looksLike` (the first look) screens each frame's document before the full analysis,
 * as the loader screened the page; a manual run ("检查此页") passes none and reads every frame in
 * full. The top document is always analysed (the loader or the user sent the lens to this page):
 * an ordinary report pays nothing more for frames. `found` is null when no document is a report.
 */
export function findReport<A extends { isReport: boolean }>(
  top: { doc: Document; url: string },
  analyze: (doc: Document, url: string) => A,
  looksLike?: (doc: Document) => boolean,
): { found: ReportPlace<A> | null; top: A } {
  const topAnalysis = analyze(top.doc, top.url);
  if (topAnalysis.isReport) return { found: { doc: top.doc, frame: null, url: top.url, analysis: topAnalysis }, top: topAnalysis };
  for (const { frame, doc } of frameDocuments(top.doc)) {
    if (looksLike && !looksLike(doc)) continue;
    const analysis = analyze(doc, doc.URL);
    if (analysis.isReport) return { found: { doc, frame, url: doc.URL, analysis }, top: topAnalysis };
  }
  return { found: null, top: topAnalysis };
}
