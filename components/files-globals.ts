/**
 * Where each file reader's built script leaves its reader (components/files-module.ts): constants
 * only, so that the readers' scripts import nothing of the extension's API for them.
 */
export const FILES_GLOBAL = '__nianbaoFiles';
export const PDF_GLOBAL = '__nianbaoPdf';

/** How a reader gets a file's bytes: by default it fetches them itself (file-fetch.ts). */
export type FileFetcher = (href: string) => Promise<Uint8Array>;

export interface FilesModule {
  /**
   * the file at href as a document of its own (docx-read.ts readAttachmentFile, pdf-read.ts
   * readPdfFile); fetch: a file on another host than the page's comes through the background (file-relay.ts)
   */
  readAttachmentFile(href: string, name: string, fetch?: FileFetcher): Promise<Document>;
}
