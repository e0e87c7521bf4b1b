/**
 * A tab that shows a PDF file. Many reports are published as PDF attachments. Chromium's viewer
 * wraps the file in a document of type application/pdf (an <embed> in an empty page: none of the
 * file's text is in the DOM), where a check on request reads the file itself (entrypoints/content/
 * lens.tsx readPdfTab). Firefox's pdf.js viewer is a page of the browser's own, where no extension
 * script runs: there only the tab's address tells, and the reader is told the lens cannot run there.
 */
export function isPdfDocument(doc: Pick<Document, 'contentType'>): boolean {
  return doc.contentType === 'application/pdf';
}

/** An address whose path names a PDF file ("…/t20240122_123.pdf", "…/2023ndbg.PDF?v=2"). */
export function isPdfUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  const path = url.replace(/[?#].*$/s, '');
  return /\.pdf$/i.test(path);
}

/**
 * Why "检查此页" could not run in a tab, as the popup says it: a page opened from the disk (a
 * saved report: the browser has not let the extension read local files; Chrome and Edge have a
 * switch for it on the extension's page), a PDF in a viewer no extension runs in (Firefox's) or on
 * the disk (a content script cannot fetch a file: address), or a page of the browser's own or of
 * a store, where no extension may run.
 */
export function cannotRunKey(url: string | null | undefined): 'pdfPage' | 'popupLocalFile' | 'popupCannotRun' {
  if (isPdfUrl(url)) return 'pdfPage';
  if (url?.startsWith('file:')) return 'popupLocalFile';
  return 'popupCannotRun';
}

/**
 * The name a PDF tab's file is shown by: its address's last part, decoded
 * ("…/P020240122%E5%B9%B4%E6%8A%A5.pdf" → "P020240122年报.pdf"), or "PDF" for an address without one.
 */
export function pdfFileName(url: string): string {
  const last = url.replace(/[?#].*$/s, '').replace(/\/+$/, '').split('/').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // a malformed escape: the address's own text
  }
  return name.trim() || 'PDF';
}
