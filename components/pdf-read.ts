/**
 * A report's PDF attachment, read in the page when the reader asks (the panel's button, as for a
 * Word or Excel file: components/docx-read.ts): fetched from the page's own site, its pages read by
 * pdf.js (lib/pdf/pdf-read-pages.ts) and rebuilt as the page they print (lib/pdf/pdf-html.ts:
 * tables from their borders, the rest as text), which the core then checks. The rebuilt page is a
 * document of its own, parsed by the browser's DOMParser, never put into the page as HTML.
 *
 * pdf.js is ~1.7 MB: this file comes in a script of its own (entrypoints/content-pdf.ts), loaded
 * only when a PDF is to be read (components/files-module.ts). Its parser runs in this thread as
 * pdf.js's "fake worker" (a content script cannot start a worker from the extension's files): a
 * report of a few pages takes a few hundred milliseconds, after the reader's click.
 */
import * as pdfjs from 'pdfjs-dist';
import * as pdfWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { ReadableStream as PonyStream } from 'web-streams-polyfill';
import { holdsText, invisibleText, pdfToHtml } from '../lib/pdf/pdf-html.ts';
import { readPdfPagesWith, type PdfJsLike } from '../lib/pdf/pdf-read-pages.ts';
import { fetchFile } from './file-fetch.ts';
import type { FileFetcher } from './files-globals.ts';
import { FileReadError } from './file-read.ts';

/**
 * pdf.js streams each page's text and drawing operators through ReadableStream. In Firefox a
 * content script's ReadableStream is the page's, seen through an Xray wrapper: built from an
 * object of the script's own it throws "Permission denied to access property
 * autoAllocateChunkSize", and every PDF would read as damaged. Where the native one refuses, the
 * WHATWG reference implementation (web-streams-polyfill) stands in, in this script's world only.
 */
function usableStreams(): void {
  try {
    new ReadableStream({ start() {} }, { highWaterMark: 1 });
  } catch {
    (globalThis as { ReadableStream?: unknown }).ReadableStream = PonyStream;
  }
}

/** A PDF starts with "%PDF-" (a viewer accepts it within the first KB: some servers prepend junk). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** The PDF's bytes as the page they print, as HTML (the file comment), or why they cannot be. */
export async function pdfBytesToHtml(bytes: Uint8Array, name: string): Promise<string> {
  if (!isPdfBytes(bytes)) throw new FileReadError('not-word');
  // pdf.js finds its parser here and runs it in this thread (no worker file to locate)
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;
  usableStreams();
  let pages: Awaited<ReturnType<typeof readPdfPagesWith>>;
  try {
    pages = await readPdfPagesWith(pdfjs as unknown as PdfJsLike, bytes);
  } catch {
    throw new FileReadError('pdf-broken');
  }
  if (!holdsText(pages)) throw new FileReadError('pdf-no-text');
  // a scan's OCR layer: recognised figures, not the report's (lib/pdf/pdf-html.ts invisibleText)
  if (invisibleText(pages)) throw new FileReadError('pdf-ocr');
  return pdfToHtml(pages, name);
}

/** The PDF at href as a document of its own (see the file comment), for analyzeDocument. */
export async function readPdfFile(href: string, name: string, fetch: FileFetcher = fetchFile): Promise<Document> {
  const html = await pdfBytesToHtml(await fetch(href), name);
  return new DOMParser().parseFromString(html, 'text/html');
}
