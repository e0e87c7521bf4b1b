/**
 * One saved page from disk to a ReportAnalysis: read the bytes, find the page's own charset,
 * decode, parse (cli/light-dom.ts), analyse. Node-only (the extension reads the live document instead).
 *
 * Charset, in the order a browser would weigh what a saved file still carries (WHATWG HTML
 * "determining the character encoding", minus the HTTP header a saved file has lost):
 * 1. a byte order mark;
 * 2. `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB
 *    (the spec's prescan looks at 1024 bytes; government CMS pages often carry long comments and
 *    scripts before the meta, so we look further);
 * 3. otherwise UTF-8, and when the bytes are not valid UTF-8, GB18030: a GBK page saved without its
 *    meta (the server sent the charset in the header) is the common case on 政府网站, and GBK text is
 *    practically never valid UTF-8.
 * GBK and GB2312 are decoded as GB18030, their superset (the WHATWG Encoding spec maps the labels
 * gbk/gb2312 to the GBK decoder, which is the GB18030 decoder).
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../lib/analyze.ts';
import { parseLight } from './light-parse.ts';
import type { ReportAnalysis } from '../lib/report/schema.ts';
import { savedFromUrl } from './across-years.ts';
import { readDocx } from '../lib/docx/unzip.ts';
import { docxToHtml, type DocxParts } from '../lib/docx/docx-html.ts';
import { parseXml } from '../lib/docx/xml-parse.ts';
import { detectReport } from '../lib/detect/detect-report.ts';
import { localAttachment, tablesHtml, withTables } from './attached.ts';
import { readXlsx } from '../lib/xlsx/unzip.ts';
import { xlsxToHtml, type XlsxParts } from '../lib/xlsx/xlsx-html.ts';

/** What the batch checker reads, for the messages about what it cannot (notAPage, cli/main.ts). */
export const READABLE = '只能检查网页（HTML）、Word（.docx）和 Excel（.xlsx）上的报告';

export interface DecodedPage {
  text: string;
  /** the encoding actually used, as a WHATWG name (e.g. "utf-8", "gb18030") */
  charset: string;
  /** where the charset came from */
  source: 'bom' | 'meta' | 'default' | 'fallback';
  /** things a user should know, in Chinese (e.g. an unknown charset label) */
  warnings: string[];
}

/** What checking one file gives: the analysis, or why there is none. */
export interface CheckedFile {
  /** the path as given or found */
  file: string;
  analysis: ReportAnalysis | null;
  /** set when the file could not be read, decoded, parsed or analysed */
  error?: string;
  /** the error was an I/O error (missing, unreadable): exit status 2 */
  ioError?: boolean;
  /** the address a browser's "Save page as" wrote into the file, when it did (cli/across-years.ts) */
  savedFrom?: string | null;
  warnings: string[];
}

const PRESCAN_BYTES = 4096;

const GB_LABELS = new Set([
  'gbk', 'gb2312', 'gb18030', 'gb_2312', 'gb_2312-80', 'x-gbk', 'chinese', 'csgb2312', 'csiso58gb231280', 'iso-ir-58',
]);

// One pattern for both forms: <meta charset="gbk"> and <meta http-equiv=… content="text/html; charset=gbk">.
// The prescan is decoded as latin1, so every byte is one char and ASCII markup stays ASCII.
const META_RE = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;

/** The charset a page declares in its bytes (BOM or meta), or null. */
export function sniffCharset(bytes: Uint8Array): { charset: string; source: 'bom' | 'meta' } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', source: 'bom' };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES))
    .toString('latin1')
    .replace(COMMENT_RE, ''); // a commented-out meta does not count
  const m = META_RE.exec(head);
  if (!m) return null;
  return { charset: m[1]!.toLowerCase(), source: 'meta' };
}

/** The decoder name for a declared label, or null when TextDecoder does not know it. */
export function decoderFor(label: string): string | null {
  const l = label.toLowerCase();
  if (GB_LABELS.has(l)) return 'gb18030';
  // A meta that claims UTF-16 in an ASCII-compatible prescan is wrong by construction (WHATWG: use UTF-8).
  if (l.startsWith('utf-16')) return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array): DecodedPage {
  const { pieces, ...how } = decodeInPieces(bytes, Infinity);
  return { text: pieces.join(''), ...how };
}

/** A page decoded as consecutive pieces of text, which joined are decodeHtml's text. */
export interface DecodedPieces extends Omit<DecodedPage, 'text'> {
  pieces: string[];
}

/**
 * The batch checker's pieces: at most this many bytes, so at most as many UTF-16 units, under
 * 128 KB as a two-byte string. V8 puts a longer string in its large-object space, on pages fresh
 * from the OS each time, and their page faults made decoding a 100 KB page ~5× slower a byte than a
 * 60 KB one (90 against 525 MB/s here): decoding was 15% of the checker's time, most of it faults.
 */
const PIECE_BYTES = 32 * 1024;

/**
 * decodeHtml's text in pieces of at most `pieceBytes` bytes of the page each, for the batch
 * checker's parser to read in turn (cli/light-parse.ts): UTF-8 is cut between characters, the other
 * decoders run as one stream, so the pieces joined are the text decoded whole.
 */
export function decodeInPieces(bytes: Uint8Array, pieceBytes = PIECE_BYTES): DecodedPieces {
  const warnings: string[] = [];
  const sniffed = sniffCharset(bytes);
  if (sniffed?.source === 'bom') {
    const skip = sniffed.charset === 'utf-8' ? 3 : 2;
    return { pieces: streamed(sniffed.charset, bytes.subarray(skip), pieceBytes), charset: sniffed.charset, source: 'bom', warnings };
  }
  if (sniffed) {
    const name = decoderFor(sniffed.charset);
    if (name === 'utf-8') {
      const strict = strictUtf8(bytes, pieceBytes);
      if (strict !== null) return { pieces: strict, charset: name, source: 'meta', warnings };
      warnings.push('页面声明为 UTF-8，但含有无效字节，已按 UTF-8 解码（可能乱码）');
    }
    if (name) return { pieces: streamed(name, bytes, pieceBytes), charset: name, source: 'meta', warnings };
    warnings.push(`不认识页面声明的编码「${sniffed.charset}」，改按 UTF-8 解码`);
  }
  const strict = strictUtf8(bytes, pieceBytes);
  if (strict !== null) return { pieces: strict, charset: 'utf-8', source: 'default', warnings };
  warnings.push('页面未声明编码且不是有效的 UTF-8，已按 GB18030（GBK）解码');
  return { pieces: streamed('gb18030', bytes, pieceBytes), charset: 'gb18030', source: 'fallback', warnings };
}

/** The bytes through one TextDecoder, in pieces ({stream: true} decodes them as the whole would be). */
function streamed(charset: string, bytes: Uint8Array, pieceBytes: number): string[] {
  const decoder = new TextDecoder(charset);
  if (bytes.length <= pieceBytes) return [decoder.decode(bytes)];
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += pieceBytes) {
    const piece = decoder.decode(bytes.subarray(at, at + pieceBytes), { stream: true });
    if (piece !== '') pieces.push(piece);
  }
  const rest = decoder.decode();
  if (rest !== '' || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/**
 * The bytes as UTF-8 in pieces, or null when they are not valid UTF-8. Validated first (node:buffer
 * isUtf8, simdutf) and then decoded: a fatal TextDecoder went through a slower path, ~12% more over
 * the fixture mix's 17 MB (163 → 143 ms a pass); valid bytes decode the same either way. A piece
 * ends where a character starts, never on a continuation byte (10xxxxxx).
 */
function strictUtf8(bytes: Uint8Array, pieceBytes: number): string[] | null {
  if (!isUtf8(bytes)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pieces: string[] = [];
  const step = Math.max(4, pieceBytes); // a character is at most 4 bytes: each piece holds one at least
  let at = 0;
  while (bytes.length - at > step) {
    let end = at + step;
    while ((bytes[end]! & 0xc0) === 0x80) end--;
    pieces.push(buffer.toString('utf8', at, end));
    at = end;
  }
  pieces.push(buffer.toString('utf8', at));
  return pieces;
}

/**
 * Decoded text → a Document for the core: the light DOM (cli/light-dom.ts), a plain-object tree
 * built from htmlparser2's events. A browser's parser always builds html, head and body; this one
 * (like linkedom, which it replaced) makes the first element of the text the document element, so a
 * page saved without its <html> (a CMS's content fragment fetched on its own, a page cut down by
 * hand) came out as a <title> or a <table> at the root, with the rest beside it, and a text with
 * no element at all had none (doc.body then throws). Such a text is parsed again inside the
 * elements a browser would have added (withHtmlElement). The text may come in pieces (decodeInPieces).
 */
export function parsePage(text: string | readonly string[]): Document {
  // the light DOM answers what lib/ reads through the standard interfaces
  const doc = parseLight(text);
  if (doc.documentElement?.localName === 'html') return doc as unknown as Document;
  return parseLight(withHtmlElement(typeof text === 'string' ? text : text.join(''))) as unknown as Document;
}

/** What a browser puts in <head> when a page starts without one: its title, metadata, styles and scripts. */
const LEADING_HEAD = /^(?:\s+|<!--[\s\S]*?-->|<title\b[^>]*>[\s\S]*?<\/title\s*>|<(?:meta|link|base)\b[^>]*>|<(style|script|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>)*/i;

/**
 * The text with the <html>, <head> and <body> a browser would have made around it: a doctype stays
 * first; text before an <html> tag goes inside it; without one, the leading title, meta, link,
 * style and script elements go in <head> and the rest in <body> (or, when the text has its own
 * <head> or <body>, all of it inside <html>).
 */
export function withHtmlElement(text: string): string {
  const doctype = /^\s*(?:<!doctype[^>]*>)?/i.exec(text)![0];
  const rest = text.slice(doctype.length);
  const html = /<html(?=[\s>])[^>]*>/i.exec(rest);
  if (html) return `${doctype}${html[0]}${rest.slice(0, html.index)}${rest.slice(html.index + html[0].length)}`;
  if (/<(?:head|body)(?=[\s>])/i.test(rest)) return `${doctype}<html>${rest}</html>`;
  const head = LEADING_HEAD.exec(rest)![0];
  return `${doctype}<html><head>${head}</head><body>${rest.slice(head.length)}</body></html>`;
}

/**
 * Files that are no web page, by their first bytes: a report is often published as a PDF or an
 * office document, and a folder of saved reports holds them beside the pages. Said as what they
 * are, not decoded as text and "analysed".
 */
export function notAPage(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return `PDF 文件：暂不能检查，${READABLE}`;
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return `旧版 Word、Excel 或 WPS 文档（.doc/.xls/.wps）：暂不能检查，${READABLE}`;
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return '图片文件：不是网页，无法检查';
  return null;
}

export function fileUrl(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/**
 * Read, decode, parse and analyse one file. Never throws: failures come back as `error`.
 * The read is synchronous: the work after it is CPU-bound and nothing else waits on this thread,
 * while fs.promises.readFile goes back and forth between the thread pool and the event loop
 * (open, stat, read, close) and kept the batch checker idle ~12% of the time.
 */
export async function checkFile(file: string): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { file, analysis: null, error: ioMessage(e), ioError: true, warnings: [] };
  }
  return checkBytes(file, bytes);
}

/** The part of checkFile after the read (separate so that the bench can time the stages). */
export function checkBytes(file: string, bytes: Uint8Array): CheckedFile {
  if (isZip(bytes)) return checkZip(file, bytes);
  const other = notAPage(bytes);
  if (other) return { file, analysis: null, error: other, warnings: [] };
  let decoded: DecodedPieces;
  try {
    decoded = decodeInPieces(bytes);
  } catch (e) {
    return { file, analysis: null, error: `无法解码：${errorText(e)}`, warnings: [] };
  }
  const { pieces } = decoded;
  let doc: Document;
  try {
    doc = parsePage(pieces);
  } catch (e) {
    return { file, analysis: null, error: `无法解析 HTML：${errorText(e)}`, warnings: decoded.warnings };
  }
  try {
    const analysis = analyzeDocument(doc, { url: fileUrl(file) });
    // the comment a saved page starts with is in its first 4 KB (cli/across-years.ts)
    const savedFrom = savedFromUrl(pieces.length === 1 || pieces[0]!.length >= 4096 ? pieces[0]! : pieces.join(''));
    const joined = analysis.tablesFile ? withLocalTables(file, pieces.join(''), doc, analysis) : null;
    if (joined) return { file, analysis: joined.analysis, warnings: [...decoded.warnings, joined.warning], savedFrom };
    return { file, analysis, warnings: decoded.warnings, savedFrom };
  } catch (e) {
    return { file, analysis: null, error: `分析时出错：${errorText(e)}`, warnings: decoded.warnings };
  }
}

/**
 * A report page whose tables are a file it attaches, saved beside it (cli/attached.ts): the page's
 * text and the file's tables read as the report they are, or null when the file is not there or
 * brings no table the core reads (the page alone is then checked, and names the file).
 */
function withLocalTables(file: string, text: string, doc: Document, alone: ReportAnalysis): { analysis: ReportAnalysis; warning: string } | null {
  // the link as the page wrote it (the analysis's address is absolute, and none for a saved page)
  const link = detectReport(doc, fileUrl(file)).tablesFile;
  const local = link ? localAttachment(file, link.href, link.name) : null;
  if (!link || !local) return null;
  let fileHtml: string | null = null;
  try {
    const bytes = readFileSync(local);
    fileHtml = isZip(bytes) ? officeHtml(bytes, basename(local))?.html ?? null : null;
  } catch {
    return null;
  }
  const tables = fileHtml ? tablesHtml(fileHtml) : '';
  if (tables === '') return null;
  const joined = withTables(text, link.href, tables);
  const analysis = analyzeDocument(parsePage(joined.text), { url: fileUrl(file) });
  const { t2, t3, t4 } = analysis.tables;
  if (!analysis.isReport || t2.length + t3.length + t4.length === 0) return null;
  // the cells' places count the page's tables and then the file's, as they are read together
  const counted = joined.before > 0 ? `；附件的表格接在页面上的${joined.before}个表格之后计数` : '';
  return { analysis: { ...analysis, tablesFile: alone.tablesFile, readFromFile: true }, warning: `表格读自同一文件夹中的附件“${basename(local)}”${counted}` };
}

/** A Word or Excel file as the page it describes, or null when the zip is neither (a broken zip throws). */
function officeHtml(bytes: Uint8Array, name: string): { html: string; kind: 'Word' | 'Excel' } | null {
  const word = readDocx(bytes);
  if (word) return { html: docxToHtml(word, name, parseXml), kind: 'Word' };
  const workbook = readXlsx(bytes);
  return workbook ? { html: xlsxToHtml(workbook, name, parseXml), kind: 'Excel' } : null;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A zip: a Word file (.docx) or an Excel workbook (.xlsx), read as the page it would be
 * (lib/docx/docx-html.ts, lib/xlsx/xlsx-html.ts) and checked as a page; any other zip (.ofd,
 * .epub, a zip of files) is said to be what it is. Told apart by their parts, not by the file's
 * name: a downloaded attachment's name often has no extension or the wrong one.
 */
function checkZip(file: string, bytes: Uint8Array): CheckedFile {
  let word: DocxParts | null;
  let workbook: XlsxParts | null = null;
  try {
    word = readDocx(bytes);
    if (!word) workbook = readXlsx(bytes);
  } catch (e) {
    return { file, analysis: null, error: `无法解压文档：${errorText(e)}`, warnings: [] };
  }
  if (!word && !workbook) return { file, analysis: null, error: `压缩格式的文档（.ofd 等），不是 Word 或 Excel 文件：暂不能检查，${READABLE}`, warnings: [] };
  let doc: Document;
  try {
    doc = parsePage(word ? docxToHtml(word, basename(file), parseXml) : xlsxToHtml(workbook!, basename(file), parseXml));
  } catch (e) {
    return { file, analysis: null, error: `无法读取${word ? ' Word 文档' : ' Excel 文件'}：${errorText(e)}`, warnings: [] };
  }
  try {
    return { file, analysis: analyzeDocument(doc, { url: fileUrl(file) }), warnings: [] };
  } catch (e) {
    return { file, analysis: null, error: `分析时出错：${errorText(e)}`, warnings: [] };
  }
}

export function ioMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return '找不到文件或文件夹 (ENOENT)';
    case 'EACCES':
    case 'EPERM':
      return `没有读取权限 (${code})`;
    case 'EISDIR':
      return '是文件夹，不是文件 (EISDIR)';
    default:
      return `无法读取：${errorText(e)}`;
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
