/**
 * A tab that shows a PDF file. Many reports are published as PDF attachments, and a reader who opens
 * one and asks for a check must be told that the lens cannot read it, not that the page "is not a
 * report". Chromium's viewer wraps the file in a document of type application/pdf (an <embed> in an
 * empty page: none of the file's text is in the DOM); Firefox's pdf.js viewer is a page of the
 * browser's own, where no extension script runs, so there only the tab's address tells.
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
 * Why "检查此页" could not run in a tab, as the popup says it: a PDF (the lens cannot read one), a
 * page opened from the disk (a saved report: the browser has not let the extension read local
 * files; Chrome and Edge have a switch for it on the extension's page), or a page of the browser's
 * own or of a store, where no extension may run.
 */
export function cannotRunKey(url: string | null | undefined): 'pdfPage' | 'popupLocalFile' | 'popupCannotRun' {
  if (isPdfUrl(url)) return 'pdfPage';
  if (url?.startsWith('file:')) return 'popupLocalFile';
  return 'popupCannotRun';
}
