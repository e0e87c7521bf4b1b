/**
 * Which page a collected report is kept under: the document the report is in, not the page around
 * it. A portal that shows its report in an iframe of its own site (components/report-frames.ts)
 * has two addresses: the portal page's (navigation around an empty frame) and the frame
 * document's, the report's own, which a reader can open again and which stays the same whichever
 * portal page frames it. The record's id, link, title and site are the frame's.
 *
 * Pure: the caller passes both documents' address and title (the content script reads them).
 */

import { publisherHostOf } from './copy-address.ts';

/** The page a report is collected under. */
export interface ReportPage {
  url: string;
  /** the document's <title>, '' → null */
  title: string | null;
  /** the URL's host name ('' for an address that has none); an archive's copy: the original's */
  site: string;
}

/** A document's address and title, as the content script reads them (document.URL, document.title). */
export interface PageSeen {
  url: string;
  title: string;
}

/**
 * The report's own document when it has an address of its own on the web; the top page's when
 * it has none: a frame written by script (about:blank, about:srcdoc) or made from a blob: has no
 * address a reader could open again, and every such frame would share one record.
 */
export function reportPageOf(report: PageSeen, top: PageSeen): ReportPage {
  const own = isWebAddress(report.url) ? report : top;
  // a copy on an archive stands on the original's site (collect/copy-address.ts)
  return { url: own.url, title: own.title || null, site: publisherHostOf(own.url) ?? hostOf(own.url) };
}

function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
