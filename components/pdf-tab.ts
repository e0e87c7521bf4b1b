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
