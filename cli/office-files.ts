/**
 * The office formats, told by their first bytes and their parts, not by the file's name: a compound
 * file (Word 97–2003 .doc, Excel 97–2003 .xls, WPS's .wps and .et) and a zip (.docx, .xlsx, OFD),
 * each read as the page it would be and checked as a page (cli/load-page.ts checkBytes sends them here).
 */
import { basename } from 'node:path';
import { analyzeDocument } from '../lib/analyze.ts';
import { readDocx } from '../lib/docx/unzip.ts';
import { docxToHtml, type DocxParts } from '../lib/docx/docx-html.ts';
import { parseXml } from '../lib/docx/xml-parse.ts';
import { readXlsx } from '../lib/xlsx/unzip.ts';
import { xlsxToHtml, type XlsxParts } from '../lib/xlsx/xlsx-html.ts';
import { DocReadError, docToHtml } from '../lib/doc/doc-html.ts';
import { readCfb } from '../lib/doc/cfb.ts';
import { XlsReadError, holdsWorkbook, xlsToHtml } from '../lib/xls/xls-html.ts';
import { holdsOfd, OfdReadError, ofdToHtml, zipDirectoryReads } from '../lib/ofd/ofd-html.ts';
import { decodeCodePage } from '../lib/text/code-page.ts';
import { fileUrl, parsePage } from './parse-page.ts';
import { errorText, NOT_WORD_CFB, OFD_REBUILT, READABLE } from './file-messages.ts';
import type { CheckedFile } from './load-page.ts';

/** Why a .doc (or WPS's .wps, by the file's name) could not be read (lib/doc/doc-error.ts), as the run says it. */
function docFailure(e: unknown, file: string): string {
  const form = /\.wps$/i.test(file) ? 'WPS 文字文档（.wps）' : 'Word 文档（.doc）';
  if (!(e instanceof DocReadError)) return `无法读取${form}：${errorText(e)}`;
  switch (e.why) {
    case 'not-cfb':
    case 'not-word':
      return NOT_WORD_CFB;
    case 'old-word':
      return `Word 6.0/95 格式的旧文档：暂不能检查，请用 Word 或 WPS 另存为 .docx 后检查`;
    case 'encrypted':
      return `${form}已加密（设有打开密码），无法检查`;
    default:
      return `${form}已损坏或不完整，无法读取`;
  }
}

/** Why an .xls (or WPS's .et, by the file's name) could not be read (lib/xls/xls-error.ts), as the run says it. */
function xlsFailure(e: unknown, file: string): string {
  const form = /\.et$/i.test(file) ? 'WPS 表格文件（.et）' : 'Excel 文件（.xls）';
  if (!(e instanceof XlsReadError)) return `无法读取${form}：${errorText(e)}`;
  switch (e.why) {
    case 'not-cfb':
    case 'not-excel':
      return NOT_WORD_CFB;
    case 'old-excel':
      return 'Excel 5.0/95 格式的旧工作簿：暂不能检查，请用 Excel 或 WPS 另存为 .xlsx 后检查';
    case 'encrypted':
      return `${form}已加密（设有打开密码），无法检查`;
    default:
      return `${form}已损坏或不完整，无法读取`;
  }
}

/**
 * A compound file (the old Office formats' container) holding a workbook: a "Workbook" stream (an
 * .xls, a WPS 表格 .et), or an Excel 5.0/95 "Book"; told by its streams, not by the file's name.
 * Only a file whose directory cannot be read (damaged, cut short) is told by its name, so that it
 * is said to be a damaged .xls rather than a damaged .doc.
 */
export function isXls(bytes: Uint8Array, name: string): boolean {
  return holdsWorkbook(bytes) || (!cfbReads(bytes) && /\.(?:xls|et)$/i.test(name));
}

function cfbReads(bytes: Uint8Array): boolean {
  try {
    readCfb(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A compound file: an Excel workbook (checkXls) or else a Word document (checkDoc). */
export function checkCfb(file: string, bytes: Uint8Array): CheckedFile {
  return isXls(bytes, file) ? checkXls(file, bytes) : checkDoc(file, bytes);
}

/**
 * An Excel 97–2003 workbook (.xls, .et), told by its first bytes and its Workbook stream: read as
 * the page it would be (lib/xls, the page lib/xlsx makes of an .xlsx) and checked as a page. An
 * Excel 5.0/95, an encrypted or a damaged one is said to be so.
 */
function checkXls(file: string, bytes: Uint8Array): CheckedFile {
  return checkAsPage(file, () => xlsToHtml(bytes, basename(file), decodeCodePage), xlsFailure);
}

/**
 * A Word 97–2003 file (.doc, what WPS also saves by default), told by its first bytes (a compound
 * file) and its WordDocument stream, not by its name: read as the page it would be (lib/doc) and
 * checked as a page. A compound file that is no Word document (an .xls, an .et), an encrypted, a
 * Word 6.0/95 or a damaged one is said to be so.
 */
function checkDoc(file: string, bytes: Uint8Array): CheckedFile {
  return checkAsPage(file, () => docToHtml(bytes, basename(file), decodeCodePage), docFailure);
}

/** A file read as the page it describes (read), then checked; a reading that fails is said as `failure` says it. */
function checkAsPage(file: string, read: () => string, failure: (e: unknown, file: string) => string): CheckedFile {
  let html: string;
  try {
    html = read();
  } catch (e) {
    return { file, analysis: null, error: failure(e, file), warnings: [] };
  }
  try {
    return { file, analysis: analyzeDocument(parsePage(html), { url: fileUrl(file) }), warnings: [] };
  } catch (e) {
    return { file, analysis: null, error: `分析时出错：${errorText(e)}`, warnings: [] };
  }
}

/** Why an OFD could not be read (lib/ofd/ofd-error.ts), as the run says it. */
function ofdFailure(e: unknown): string {
  if (!(e instanceof OfdReadError)) return `无法读取 OFD 文件：${errorText(e)}`;
  switch (e.why) {
    case 'not-ofd':
      return `压缩格式的文档，不是 Word、Excel 或 OFD 文件：暂不能检查，${READABLE}`;
    case 'encrypted':
      return 'OFD 文件已加密，无法检查';
    case 'no-text':
      return 'OFD 中没有文字（可能是扫描件），无法检查';
    case 'glyphs-only':
      return 'OFD 中的文字只有字形编号、没有字符（需嵌入字体才能显示），无法读取，无法检查';
    case 'ocr':
      return 'OFD 是扫描件，其中的文字是看不见的识别（OCR）层：识别结果可能有错，不能当作报告的数字核对，无法检查';
    default:
      return 'OFD 文件已损坏或不完整，无法读取';
  }
}

/**
 * An OFD (GB/T 33190), told by its parts (a zip with OFD.xml), not by its name: its pages read as
 * placed text and borders and rebuilt as a PDF's are (lib/ofd), then checked as a page. Its
 * findings carry the caveat a PDF's do: the tables were rebuilt from their borders.
 */
function checkOfd(file: string, bytes: Uint8Array): CheckedFile {
  const checked = checkAsPage(file, () => ofdToHtml(bytes, basename(file), parseXml), ofdFailure);
  return checked.analysis?.isReport ? { ...checked, warnings: [...checked.warnings, OFD_REBUILT] } : checked;
}

/** A Word or Excel file as the page it describes, or null when the zip is neither (a broken zip throws). */
export function officeHtml(bytes: Uint8Array, name: string): { html: string; kind: 'Word' | 'Excel' } | null {
  const word = readDocx(bytes);
  if (word) return { html: docxToHtml(word, name, parseXml), kind: 'Word' };
  const workbook = readXlsx(bytes);
  return workbook ? { html: xlsxToHtml(workbook, name, parseXml), kind: 'Excel' } : null;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A zip: a Word file (.docx), an Excel workbook (.xlsx) or an OFD, read as the page it would be
 * (lib/docx/docx-html.ts, lib/xlsx/xlsx-html.ts, lib/ofd: checkOfd) and checked as a page; any
 * other zip (.epub, a zip of files) is said to be what it is. Told apart by their parts, not by the file's
 * name: a downloaded attachment's name often has no extension or the wrong one.
 */
export function checkZip(file: string, bytes: Uint8Array): CheckedFile {
  // an OFD by its parts; one cut short before its OFD.xml's header, by its name (said to be a damaged OFD)
  if (holdsOfd(bytes) || (/\.ofd$/i.test(file) && !zipDirectoryReads(bytes))) return checkOfd(file, bytes);
  let word: DocxParts | null;
  let workbook: XlsxParts | null = null;
  try {
    word = readDocx(bytes);
    if (!word) workbook = readXlsx(bytes);
  } catch (e) {
    return { file, analysis: null, error: `无法解压文档：${errorText(e)}（文件已损坏或不完整，请重新下载或保存后检查）`, warnings: [] };
  }
  if (!word && !workbook) return { file, analysis: null, error: `压缩格式的文档，不是 Word、Excel 或 OFD 文件：暂不能检查，${READABLE}`, warnings: [] };
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
