/**
 * Why an OFD file (GB/T 33190, lib/ofd) could not be read: a zip that is no OFD (no OFD.xml, or
 * none that names a document), one damaged or cut short, one whose parts are encrypted, one with no
 * text at all (a scan: pages of pictures), one whose text is given only as glyph numbers of its
 * embedded fonts (no characters to read), or one whose text is mostly invisible (a scan's OCR
 * layer, as lib/pdf refuses). Callers say the file cannot be read; nothing is guessed.
 */
export type OfdFailure = 'not-ofd' | 'damaged' | 'encrypted' | 'no-text' | 'glyphs-only' | 'ocr';

export class OfdReadError extends Error {
  constructor(
    readonly why: OfdFailure,
    detail = '',
  ) {
    super(detail ? `${why}: ${detail}` : why);
    this.name = 'OfdReadError';
  }
}
