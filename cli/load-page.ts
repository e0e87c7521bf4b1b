/**
 * One saved page from disk to a ReportAnalysis: read the bytes, find the page's own charset and
 * decode (cli/decode-page.ts), parse (cli/parse-page.ts), analyse; the office formats are read in
 * cli/office-files.ts. Node-only (the extension reads the live document instead).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeDocument } from '../lib/analyze.ts';
import type { ReportAnalysis } from '../lib/report/schema.ts';
import { savedFromUrl } from './across-years.ts';
import { parseXml } from '../lib/docx/xml-parse.ts';
import { detectReport } from '../lib/detect/detect-report.ts';
import { localAttachment, tablesHtml, withTables } from './attached.ts';
import { holdsText, invisibleText, pdfToHtml } from '../lib/pdf/pdf-html.ts';
import { docToHtml, isCfb } from '../lib/doc/doc-html.ts';
import { xlsToHtml } from '../lib/xls/xls-html.ts';
import { holdsOfd, ofdToHtml } from '../lib/ofd/ofd-html.ts';
import { isMhtml, messageKind, readMhtml } from './mhtml.ts';
import { decodeInPieces, inOnePiece, savedPart, type DecodedPieces } from './decode-page.ts';
import { decodeCodePage } from '../lib/text/code-page.ts';
import { fileUrl, parsePage } from './parse-page.ts';
import { checkCfb, checkZip, isXls, isZip, officeHtml } from './office-files.ts';
import { EMPTY_FILE, errorText, ioMessage, NOT_WORD_CFB, PDF_OCR, PDF_REBUILT, OFD_REBUILT, READABLE } from './file-messages.ts';

// the decoding's names, for the checker's other modules, the bench and the tests
export { decodeHtml, decodeInPieces, decoderFor, sniffCharset, type DecodedPage, type DecodedPieces } from './decode-page.ts';
// the parsing, the messages and the office formats' names, as they were when all lived here
export { fileUrl, parsePage, withHtmlElement } from './parse-page.ts';
export { EMPTY_FILE, errorText, ioMessage, OFD_REBUILT, PDF_OCR, PDF_REBUILT, READABLE } from './file-messages.ts';

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

/**
 * Files that are no web page, by their first bytes: a report is often published as a PDF or an
 * office document, and a folder of saved reports holds them beside the pages. Said as what they
 * are, not decoded as text and "analysed".
 */
export function notAPage(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  // a compound file that is a Word document or an Excel workbook is read (checkCfb); this is what the others are
  if (isCfb(bytes)) return NOT_WORD_CFB;
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return '图片文件：不是网页，无法检查';
  // "bplist00": Safari's 网页归档 (.webarchive) is a binary property list; decoded as text it was "not a report"
  if (starts(0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30, 0x30)) return `Safari 网页归档（.webarchive）：暂不能检查，请在 Safari 中另存为“页面源码”（.html），${READABLE}`;
  return null;
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
  // a download or a save that did not finish: "not a report" would hide it among the pages that are none
  if (bytes.length === 0) return { file, analysis: null, error: EMPTY_FILE, warnings: [] };
  if (isPdf(bytes)) return checkPdf(file, bytes);
  const checked = checkBytes(file, bytes);
  return (await withLocalPdfTables(file, bytes, checked)) ?? checked;
}

/**
 * withLocalTables for tables published as a PDF beside the page ("统计表.pdf", or the whole report's
 * PDF beside a text that left its tables out): pdf.js reads asynchronously, so this comes after
 * checkBytes, which left the page alone, and reads the page again (only on such a page).
 */
async function withLocalPdfTables(file: string, bytes: Uint8Array, checked: CheckedFile): Promise<CheckedFile | null> {
  const alone = checked.analysis;
  if (!alone?.tablesFile || alone.readFromFile || isZip(bytes) || isCfb(bytes) || isMhtml(bytes)) return null;
  try {
    const { pieces } = decodeInPieces(bytes);
    const link = detectReport(parsePage(pieces), fileUrl(file)).tablesFile;
    const local = link ? localAttachment(file, link.href, link.name) : null;
    if (!link || !local) return null;
    const fileBytes = readFileSync(local);
    if (!isPdf(fileBytes)) return null;
    const html = await pdfHtml(fileBytes, basename(local));
    const joined = html ? joinFileTables(file, pieces.join(''), link, local, html, alone) : null;
    return joined ? { ...checked, analysis: joined.analysis, warnings: [...checked.warnings, joined.warning, PDF_REBUILT] } : null;
  } catch {
    // a damaged PDF, a page that no longer decodes: the page is checked alone, and names the file
    return null;
  }
}

/** A PDF as the page it prints (lib/pdf), or null when it holds no text, or only a scan's OCR layer (a damaged one throws). */
async function pdfHtml(bytes: Uint8Array, name: string): Promise<string | null> {
  const { readPdfPages } = await import('./pdf-read.ts');
  const pages = await readPdfPages(bytes);
  return holdsText(pages) && !invisibleText(pages) ? pdfToHtml(pages, name) : null;
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}


/**
 * A PDF (cli/pdf-read.ts, lib/pdf/pdf-html.ts): its text read as placed runs and rebuilt into the
 * page it prints, tables where figures stand in columns, then checked as a page. A PDF with no
 * text (a scan), a scan with its OCR layer, or one pdf.js cannot open is said to be so.
 */
async function checkPdf(file: string, bytes: Uint8Array): Promise<CheckedFile> {
  let html: string;
  try {
    const { readPdfPages } = await import('./pdf-read.ts');
    let pages: Awaited<ReturnType<typeof readPdfPages>>;
    try {
      pages = await readPdfPages(bytes);
    } catch (e) {
      return { file, analysis: null, error: `PDF 文件无法打开（已损坏或已加密）：${errorText(e)}`, warnings: [] };
    }
    if (!holdsText(pages)) return { file, analysis: null, error: 'PDF 中没有文字（可能是扫描件），无法检查', warnings: [] };
    if (invisibleText(pages)) return { file, analysis: null, error: PDF_OCR, warnings: [] };
    html = pdfToHtml(pages, basename(file));
  } catch (e) {
    return { file, analysis: null, error: `无法读取 PDF：${errorText(e)}`, warnings: [] };
  }
  try {
    const analysis = analyzeDocument(parsePage(html), { url: fileUrl(file) });
    return { file, analysis, warnings: analysis.isReport ? [PDF_REBUILT] : [] };
  } catch (e) {
    return { file, analysis: null, error: `分析时出错：${errorText(e)}`, warnings: [] };
  }
}

/** The part of checkFile after the read (separate so that the bench can time the stages). */
export function checkBytes(file: string, bytes: Uint8Array): CheckedFile {
  if (isZip(bytes)) return checkZip(file, bytes);
  if (isMhtml(bytes)) return checkMhtml(file, bytes);
  if (isCfb(bytes)) return checkCfb(file, bytes);
  const other = notAPage(bytes);
  if (other) return { file, analysis: null, error: other, warnings: [] };
  let decoded: DecodedPieces;
  try {
    decoded = decodeInPieces(bytes);
  } catch (e) {
    return { file, analysis: null, error: `无法解码：${errorText(e)}`, warnings: [] };
  }
  // the comment a saved page starts with is in its first 4 KB (cli/across-years.ts)
  const { pieces } = decoded;
  return checkDecoded(file, decoded, savedFromUrl(pieces.length === 1 || pieces[0]!.length >= 4096 ? pieces[0]! : pieces.join('')));
}

/** A decoded page parsed and analysed (with its tables' file when it names one saved beside it). */
function checkDecoded(file: string, decoded: DecodedPieces, savedFrom: string | null): CheckedFile {
  const { pieces } = decoded;
  let doc: Document;
  try {
    doc = parsePage(pieces);
  } catch (e) {
    return { file, analysis: null, error: `无法解析 HTML：${errorText(e)}`, warnings: decoded.warnings };
  }
  try {
    const analysis = analyzeDocument(doc, { url: fileUrl(file) });
    const joined = analysis.tablesFile ? withLocalTables(file, pieces.join(''), doc, analysis) : null;
    if (joined) return { file, analysis: joined.analysis, warnings: [...decoded.warnings, ...joined.warnings], savedFrom };
    return { file, analysis, warnings: decoded.warnings, savedFrom };
  } catch (e) {
    return { file, analysis: null, error: `分析时出错：${errorText(e)}`, warnings: decoded.warnings };
  }
}

/**
 * A page saved as one file (.mhtml/.mht, cli/mhtml.ts): its page part checked as a saved page, or,
 * when that holds no report's table (a portal's page around the iframe that showed the report,
 * often under the report's own title), the first of its frames that is a report with tables.
 */
function checkMhtml(file: string, bytes: Uint8Array): CheckedFile {
  let saved: ReturnType<typeof readMhtml>;
  try {
    saved = readMhtml(bytes);
  } catch (e) {
    return { file, analysis: null, error: `无法读取单文件网页（MHTML）：${errorText(e)}`, warnings: [] };
  }
  if (!saved) {
    // a mail (.eml) with no HTML in it: its text and attachments are not read here
    const kind = messageKind(bytes);
    const error = kind === 'multipart/related' ? '单文件网页（MHTML）中没有网页部分，无法检查' : `邮件（MIME ${kind}）中没有网页（HTML）部分，无法检查；附件请另存为文件后检查`;
    return { file, analysis: null, error, warnings: [] };
  }
  if (!saved.complete && saved.page.bytes.length === 0) return { file, analysis: null, error: '单文件网页（MHTML）不完整：文件在网页部分开始前就截断了，无法检查', warnings: [] };
  // a file cut short is read as far as it goes, and said to be so (the report may be missing its end)
  const cut = saved.complete ? [] : ['单文件网页不完整（文件在中途截断，没有结尾的分隔行）：只检查了保存下来的部分'];
  // a mail (.eml) is read for its HTML body, and said to be a mail (cli/mhtml.ts isMhtml)
  const mail = saved.kind === 'multipart/related' ? [] : [`这是一封邮件（MIME ${saved.kind}），检查的是其中的网页（HTML）部分`];
  const page = checkDecoded(file, inOnePiece(savedPart(saved.page)), saved.location);
  if (hasTables(page) || saved.frames.length === 0) return { ...page, warnings: [...mail, ...page.warnings, ...cut] };
  for (const frame of saved.frames) {
    const checked = checkDecoded(file, inOnePiece(savedPart(frame)), saved.location);
    if (!hasTables(checked)) continue;
    const where = frame.location && !frame.location.startsWith('cid:') ? `“${frame.location}”` : '';
    // in a mail the other HTML parts are attachments (or the body's alternatives), not frames
    const from = mail.length > 0 ? `报告读自邮件中的另一个网页（HTML）部分${frame.name ? `“${frame.name}”` : where}` : `报告读自单文件网页中的框架（iframe）${where}：单元格位置按该框架中的表格计数`;
    return { ...checked, warnings: [...mail, ...checked.warnings, from, ...cut] };
  }
  return { ...page, warnings: [...mail, ...page.warnings, ...cut] };
}

function hasTables(checked: CheckedFile): boolean {
  const t = checked.analysis?.isReport ? checked.analysis.tables : null;
  return !!t && t.t2.length + t.t3.length + t.t4.length > 0;
}

/**
 * A report page whose tables are a Word (.docx, .doc), Excel (.xlsx, .xls) or OFD file it attaches, saved beside it (cli/attached.ts;
 * a PDF: withLocalPdfTables): the page's text and the file's tables read as the report they are, or null when the file is not there or
 * brings no table the core reads (the page alone is then checked, and names the file).
 */
function withLocalTables(file: string, text: string, doc: Document, alone: ReportAnalysis): { analysis: ReportAnalysis; warnings: string[] } | null {
  // the link as the page wrote it (the analysis's address is absolute, and none for a saved page)
  const link = detectReport(doc, fileUrl(file)).tablesFile;
  const local = link ? localAttachment(file, link.href, link.name) : null;
  if (!link || !local) return null;
  let fileHtml: string | null = null;
  // an OFD's tables are rebuilt from their borders, and said to be, as a PDF's are (withLocalPdfTables)
  let ofd = false;
  try {
    const bytes = readFileSync(local);
    ofd = isZip(bytes) && holdsOfd(bytes);
    fileHtml = ofd ? ofdToHtml(bytes, basename(local), parseXml) : isZip(bytes) ? officeHtml(bytes, basename(local))?.html ?? null : isCfb(bytes) ? (isXls(bytes, local) ? xlsToHtml : docToHtml)(bytes, basename(local), decodeCodePage) : null;
  } catch {
    // a damaged file, a compound file that is neither a Word document nor a workbook: the page is checked alone, and names the file
    return null;
  }
  const joined = fileHtml ? joinFileTables(file, text, link, local, fileHtml, alone) : null;
  return joined ? { analysis: joined.analysis, warnings: [joined.warning, ...(ofd ? [OFD_REBUILT] : [])] } : null;
}

/** The page's text with the file's tables (cli/attached.ts), checked as one report, or null when the file brings no table the core reads. */
function joinFileTables(file: string, text: string, link: { href: string }, local: string, fileHtml: string, alone: ReportAnalysis): { analysis: ReportAnalysis; warning: string } | null {
  const tables = tablesHtml(fileHtml);
  if (tables === '') return null;
  const joined = withTables(text, link.href, tables);
  const analysis = analyzeDocument(parsePage(joined.text), { url: fileUrl(file) });
  const { t2, t3, t4 } = analysis.tables;
  if (!analysis.isReport || t2.length + t3.length + t4.length === 0) return null;
  // the cells' places count the page's tables and then the file's, as they are read together
  const counted = joined.before > 0 ? `；附件的表格接在页面上的${joined.before}个表格之后计数` : '';
  return { analysis: { ...analysis, tablesFile: alone.tablesFile, readFromFile: true }, warning: `表格读自同一文件夹中的附件“${basename(local)}”${counted}` };
}

