/**
 * Where each file reader's built script leaves its reader (components/files-module.ts): constants
 * only, so that the readers' scripts import nothing of the extension's API for them.
 */
export const FILES_GLOBAL = '__nianbaoFiles';
export const PDF_GLOBAL = '__nianbaoPdf';

export interface FilesModule {
  /** the file at href as a document of its own (docx-read.ts readAttachmentFile, pdf-read.ts readPdfFile) */
  readAttachmentFile(href: string, name: string): Promise<Document>;
}
