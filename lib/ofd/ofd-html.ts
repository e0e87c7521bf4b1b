/**
 * An OFD file (GB/T 33190) as the page it prints, for the batch checker and the extension alike:
 * its pages read into placed runs and drawn lines (ofd-pages.ts), then rebuilt as lib/pdf
 * rebuilds a PDF's (pdf-html.ts pdfToHtml: tables from their borders, the rest as paragraphs).
 * An OFD without text (a scan), with its text given only as glyph numbers, or with its text mostly
 * invisible (a scan's OCR layer) is refused (OfdReadError), as a PDF's would be.
 */
import { holdsText, invisibleText, pdfToHtml } from '../pdf/pdf-html.ts';
import type { XmlParse } from '../docx/xml-node.ts';
import { OfdReadError } from './ofd-error.ts';
import { readOfdPages } from './ofd-pages.ts';

export { OfdReadError, type OfdFailure } from './ofd-error.ts';
export { holdsOfd, zipDirectoryReads } from './ofd-pages.ts';

export function ofdToHtml(bytes: Uint8Array, fileName: string, parseXml: XmlParse): string {
  const { pages, counts } = readOfdPages(bytes, parseXml);
  if (!holdsText(pages)) {
    // text there, but only as glyph numbers of its fonts: nothing to read without the fonts' tables
    if (counts.glyphOnly > 0 && counts.textCodes === 0) throw new OfdReadError('glyphs-only');
    if (invisibleText(pages)) throw new OfdReadError('ocr');
    throw new OfdReadError('no-text');
  }
  if (invisibleText(pages)) throw new OfdReadError('ocr');
  return pdfToHtml(pages, fileName);
}
