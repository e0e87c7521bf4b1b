/**
 * The file readers, which the lens loads only when the reader asks for a report's file
 * (components/file-read.ts says why): the Word/Excel reader (components/docx-read.ts, built as
 * entrypoints/content-files.ts) and the PDF reader (components/pdf-read.ts with pdf.js, built as
 * entrypoints/content-pdf.ts, ~1.7 MB: apart, so that a Word file does not bring it). Each built
 * script leaves its reader on the isolated world's global object, as the lens itself does
 * (entrypoints/content/lens-global.ts). On a *.gov.cn page the lens imports the file
 * (web-accessible there). On a page checked on request the Word reader was injected with the lens
 * (components/run-on-tab.ts); the PDF reader, too large to inject on every check, is injected then
 * by the background, with the access the reader's click granted (activeTab).
 */
import { browser } from 'wxt/browser';
import { FILES_GLOBAL, PDF_GLOBAL, type FilesModule } from './files-globals.ts';
import { isGovHostname } from './file-read.ts';
import { loadOnce } from './load-once.ts';

export { FILES_GLOBAL, PDF_GLOBAL, type FilesModule };

/** The readers' files in the built extension (unlisted scripts, web-accessible on *.gov.cn). */
export const FILES_FILE = '/content-files.js';
export const PDF_FILE = '/content-pdf.js';

/** The content script asks the background to inject the PDF reader into its tab (a page checked on request). */
export interface LoadPdfReaderRequest {
  type: 'nianbao-lens/load-pdf-reader';
}

export function isLoadPdfReaderRequest(m: unknown): m is LoadPdfReaderRequest {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'nianbao-lens/load-pdf-reader';
}

/** Is the readers' script web-accessible to this page: a *.gov.cn host (wxt.config.ts's web_accessible_resources). */
export function webAccessibleHere(hostname: string): boolean {
  return isGovHostname(hostname);
}

type Scope = { [FILES_GLOBAL]?: FilesModule; [PDF_GLOBAL]?: FilesModule };
type Kind = 'office' | 'pdf';

/** Loads the reader's script: an import on *.gov.cn; elsewhere the background injects it (the PDF reader only). */
function loadScript(kind: Kind): Promise<unknown> {
  if (kind === 'pdf' && !webAccessibleHere(location.hostname)) {
    // outside *.gov.cn the file is not web-accessible (an import would fail, and Chromium say so
    // in the page's console): the background injects it
    const request: LoadPdfReaderRequest = { type: 'nianbao-lens/load-pdf-reader' };
    return browser.runtime.sendMessage(request);
  }
  return import(/* @vite-ignore */ browser.runtime.getURL((kind === 'pdf' ? PDF_FILE : FILES_FILE) as '/content-files.js'));
}

const loaders: Record<Kind, () => Promise<FilesModule>> = {
  office: loadOnce(() => (globalThis as Scope)[FILES_GLOBAL], () => loadScript('office'), 'the file reader'),
  pdf: loadOnce(() => (globalThis as Scope)[PDF_GLOBAL], () => loadScript('pdf'), 'the file reader'),
};

/** The reader of a Word/Excel file or of a PDF: already here, or loaded once (components/load-once.ts). */
export function loadFiles(kind: Kind = 'office'): Promise<FilesModule> {
  return loaders[kind]();
}
