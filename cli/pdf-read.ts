/**
 * pdf.js (pdfjs-dist, pinned) for the batch checker: loaded from node_modules on the first PDF
 * only, and handed to lib/pdf/pdf-read-pages.ts, which reads each page's runs and ruling.
 */
import type { PdfPage } from '../lib/pdf/pdf-html.ts';
import { readPdfPagesWith, type PdfJsLike } from '../lib/pdf/pdf-read-pages.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded on the first PDF only (most runs read none). On Node it tries to load a canvas
 * package for rendering at load time and prints warnings through console.log when it is absent:
 * the checker renders nothing, and its stdout may be a JSON array, so they are held back.
 */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const log = console.log;
    const warn = console.warn;
    console.log = console.warn = () => {};
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      // pdf.js runs its parser in this thread when it finds the worker's module here (its "fake
      // worker"): no worker file to locate beside the bundle
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return loaded;
}

/** The runs of each page (lib/pdf/pdf-read-pages.ts); throws pdf.js's error when the file cannot be opened (damaged, encrypted). */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  return readPdfPagesWith((await loadPdfJs()) as unknown as PdfJsLike, bytes);
}
