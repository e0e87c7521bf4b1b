/**
 * What the lens needs of a report's Word or Excel file before it is read: whether the panel can
 * offer to read it, and how a reading fails. The reading itself (components/docx-read.ts: the zip,
 * the XML, the page it describes) is a file of its own, entrypoints/content-files.ts, loaded when
 * the reader asks (components/files-module.ts): its unzipper builds its decoding tables as soon as
 * it is evaluated, ~10–20 ms of main thread on a cold page in Chromium (measured), which no report
 * page should pay before its panel for a button few press.
 */

/** Files larger than this are not read: a report's Word file is tens of KB, a scanned one a few MB. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/**
 * Why a file could not be read, for the panel: the network, its size, not a file the lens reads
 * (Word, Excel, PDF, OFD) or one damaged or encrypted, a PDF pdf.js cannot open (damaged,
 * encrypted), a PDF without text (a scan), a scan whose text is its invisible OCR layer, an OFD
 * with no text to read (a scan, an OCR layer, glyph numbers only: lib/ofd/ofd-error.ts).
 */
export type ReadFailure = 'network' | 'too-large' | 'not-word' | 'pdf-broken' | 'pdf-no-text' | 'pdf-ocr' | 'ofd-no-text';

export class FileReadError extends Error {
  constructor(readonly why: ReadFailure) {
    super(why);
  }
}

const FAILURES: readonly string[] = ['network', 'too-large', 'not-word', 'pdf-broken', 'pdf-no-text', 'pdf-ocr', 'ofd-no-text'] satisfies ReadFailure[];

/**
 * Why a reading failed, when it failed for one of the reasons the panel names: told by the error's
 * `why`, not by instanceof (the error comes from the files' own bundle, with its own copy of the class).
 */
export function readFailure(e: unknown): ReadFailure | null {
  const why = typeof e === 'object' && e !== null ? (e as { why?: unknown }).why : undefined;
  return typeof why === 'string' && FAILURES.includes(why) ? (why as ReadFailure) : null;
}

/**
 * Can the panel offer to read the report's file: a Word (.docx, .doc), Excel (.xlsx, .xls), WPS (.wps, .et:
 * WPS's Word 97 document and Excel 97 workbook, told by their bytes when read), PDF or OFD file on an
 * http(s) address of the page's own site, or of any *.gov.cn host (a portal's file server: the
 * background fetches it, components/file-relay.ts)?
 */
export function readableAttachment(a: { kind: string; name: string; href: string | null } | undefined, pageUrl: string): a is { kind: string; name: string; href: string } {
  if (!a?.href) return false;
  const ext = a.kind === 'Word' ? /\.docx?$/i : a.kind === 'Excel' ? /\.xlsx?$/i : a.kind === 'WPS' ? /\.(?:wps|et)$/i : a.kind === 'PDF' ? /\.pdf$/i : a.kind === 'OFD' ? /\.ofd$/i : null;
  const path = a.href.split(/[?#]/, 1)[0] ?? '';
  if (!ext || (!ext.test(path) && !ext.test(a.name))) return false;
  try {
    return new URL(a.href).origin === new URL(pageUrl).origin || onGovHost(a.href);
  } catch {
    return false;
  }
}

/** gov.cn or one of its subdomains: the hosts the content script runs on. */
export function isGovHostname(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'gov.cn' || h.endsWith('.gov.cn');
}

/** An http(s) address on a *.gov.cn host. */
export function onGovHost(href: string): boolean {
  try {
    const u = new URL(href);
    return (u.protocol === 'https:' || u.protocol === 'http:') && isGovHostname(u.hostname);
  } catch {
    return false;
  }
}

/** Each way a file's reading fails, as the panel and the popup say it (the locale files' keys). */
export const FILE_FAILURE_KEY = {
  network: 'attachmentNetwork',
  'too-large': 'attachmentTooLarge',
  'not-word': 'attachmentNotWord',
  'pdf-broken': 'attachmentPdfBroken',
  'pdf-no-text': 'attachmentPdfNoText',
  'pdf-ocr': 'attachmentPdfOcr',
  'ofd-no-text': 'attachmentOfdNoText',
  'no-report': 'attachmentNoReport',
  'no-tables': 'attachmentNoTables',
  'no-reader': 'attachmentNoReader',
} as const;
