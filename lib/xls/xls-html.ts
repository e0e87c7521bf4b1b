/**
 * A report's tables published as an Excel 97–2003 workbook (.xls; WPS 表格's .et is the same
 * format), read as the page they would be, the same page lib/xlsx/xlsx-html.ts makes of an .xlsx:
 * each visible worksheet, in the workbook's order, its title rows as <p>, its table with merged
 * cells as rowspan/colspan, its notes as <p> (xlsx-html.ts sheetGridHtml: this file only reads the
 * cells, their borders and the merges).
 *
 * The file is a compound file (lib/doc/cfb.ts) whose "Workbook" stream holds BIFF8 records
 * (biff.ts): the globals first (sheets, shared strings, formats, cell styles), then each sheet's
 * records where its BOUNDSHEET8 says. Values as Excel shows them, as xlsx-html.ts has them: text,
 * numbers to 15 significant digits (percent formats as percentages with their decimals), formula
 * results as cached, booleans, errors. Hidden and very hidden sheets are skipped, chart sheets and
 * macro sheets are no tables. Not read: an Excel 5.0/95 workbook ("Book" stream, BIFF5), an
 * encrypted one (FILEPASS), other number formats (dates stay serial numbers), charts, drawings,
 * comments.
 */
import { readCfb } from '../doc/cfb.ts';
import { DocReadError } from '../doc/doc-error.ts';
import { summaryTitle, type CodePageDecode } from '../doc/summary-title.ts';
import { escapeHtml } from '../docx/xml-node.ts';
import { numberText, percentDecimals, sheetGridHtml, type Merge, type SheetCell, type SheetGrid } from '../xlsx/xlsx-html.ts';
import { RT, errorText, f64, records, rkNumber, sharedStrings, u16, u32, u8, unicodeString, type BiffRecord } from './biff.ts';
import { XlsReadError } from './xls-error.ts';

export { XlsReadError, type XlsFailure } from './xls-error.ts';

const BIFF8 = 0x0600;
/** BOF's dt: the workbook globals, a worksheet (or dialog sheet), a chart, a macro sheet */
const DT_GLOBALS = 0x0005;
const DT_WORKSHEET = 0x0010;
/** the last column of a BIFF8 sheet (IV) */
const MAX_COL = 255;

/** Built-in percent formats: 9 is "0%", 10 is "0.00%" (as in an .xlsx). */
const BUILTIN_PERCENT: Record<number, number> = { 9: 0, 10: 2 };

interface CellStyle {
  percent: number | null;
  bordered: boolean;
}

interface SheetEntry {
  name: string;
  /** where its BOF is in the stream */
  offset: number;
  visible: boolean;
  /** 0: a worksheet or dialog sheet; 1 macro sheet, 2 chart, 6 VBA module */
  kind: number;
}

interface Globals {
  sheets: SheetEntry[];
  shared: string[];
  styles: CellStyle[];
}

/** A BOF's version and substream type, checking it is BIFF8. */
function bof(r: BiffRecord): number {
  if (r.type !== RT.BOF) throw new XlsReadError('corrupt', `no BOF at ${r.at}`);
  const version = u16(r.data, 0);
  if (version !== BIFF8) throw new XlsReadError('old-excel', `BIFF version 0x${version.toString(16)}`);
  return u16(r.data, 2);
}

/** The workbook globals: from the stream's first BOF to its EOF. */
function readGlobals(stream: Uint8Array): Globals {
  const it = records(stream);
  const first = it.next();
  if (first.done) throw new XlsReadError('corrupt', 'empty workbook stream');
  if (bof(first.value) !== DT_GLOBALS) throw new XlsReadError('corrupt', 'the stream does not start with the workbook globals');
  const sheets: SheetEntry[] = [];
  const formats = new Map<number, string>();
  const xfs: { format: number; bordered: boolean }[] = [];
  let sst: Uint8Array[] | null = null;
  /** the record CONTINUEs go on: the SST's parts, or null (another record's continuation is skipped) */
  let continuing: Uint8Array[] | null = null;
  for (const r of it) {
    if (r.type === RT.CONTINUE) {
      continuing?.push(r.data);
      continue;
    }
    continuing = null;
    if (r.type === RT.EOF) break;
    switch (r.type) {
      case RT.FILEPASS:
        throw new XlsReadError('encrypted');
      case RT.BOUNDSHEET8:
        sheets.push({ offset: u32(r.data, 0), visible: (u8(r.data, 4) & 3) === 0, kind: u8(r.data, 5), name: unicodeString(r.data, 6, 1) });
        break;
      case RT.FORMAT:
        formats.set(u16(r.data, 0), unicodeString(r.data, 2, 2));
        break;
      case RT.XF: {
        // the border line styles: four 4-bit fields (left, right, top, bottom) at offset 10; 0 is none
        xfs.push({ format: u16(r.data, 2), bordered: (u16(r.data, 10) & 0xffff) !== 0 });
        break;
      }
      case RT.SST:
        sst = [r.data];
        continuing = sst;
        break;
    }
  }
  const styles = xfs.map(({ format, bordered }) => {
    const code = formats.get(format);
    return { percent: code !== undefined ? percentDecimals(code) : (BUILTIN_PERCENT[format] ?? null), bordered };
  });
  return { sheets, shared: sst ? sharedStrings(sst) : [], styles };
}

/** A worksheet's cells and merges, from its BOF to its EOF (a chart's substream inside it skipped). */
function readSheet(stream: Uint8Array, offset: number, g: Globals): SheetGrid | null {
  if (offset >= stream.length) throw new XlsReadError('corrupt', `sheet at ${offset} past the stream`);
  const it = records(stream, offset);
  const first = it.next();
  if (first.done) throw new XlsReadError('corrupt', `no sheet at ${offset}`);
  if (bof(first.value) !== DT_WORKSHEET) return null;
  const cells = new Map<number, Map<number, SheetCell>>();
  const merges: Merge[] = [];
  const put = (row: number, col: number, xf: number, text: string) => {
    // a BIFF8 sheet has 256 columns (A to IV): a cell past them is a damaged record (and would make a table 65,536 columns wide)
    if (col > MAX_COL) throw new XlsReadError('corrupt', `a cell in column ${col + 1}`);
    let line = cells.get(row);
    if (!line) cells.set(row, (line = new Map()));
    line.set(col, { text: text.trim(), bordered: g.styles[xf]?.bordered ?? false });
  };
  const number = (n: number, xf: number) => numberText(String(n), g.styles[xf]?.percent ?? null);
  /** a FORMULA whose cached result is a string: the STRING record after it holds the string */
  let pendingString: { row: number; col: number; xf: number } | null = null;
  let depth = 0;
  for (const r of it) {
    const d = r.data;
    if (r.type === RT.BOF) {
      depth++; // an embedded chart's substream
      continue;
    }
    if (r.type === RT.EOF) {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (pendingString && r.type !== RT.STRING) pendingString = null;
    switch (r.type) {
      case RT.LABELSST:
        put(u16(d, 0), u16(d, 2), u16(d, 4), g.shared[u32(d, 6)] ?? '');
        break;
      case RT.LABEL:
      case RT.RSTRING:
        put(u16(d, 0), u16(d, 2), u16(d, 4), unicodeString(d, 6, 2));
        break;
      case RT.NUMBER:
        put(u16(d, 0), u16(d, 2), u16(d, 4), number(f64(d, 6), u16(d, 4)));
        break;
      case RT.RK:
        put(u16(d, 0), u16(d, 2), u16(d, 4), number(rkNumber(u32(d, 6)), u16(d, 4)));
        break;
      case RT.MULRK: {
        const row = u16(d, 0);
        const col = u16(d, 2);
        // (ixfe, RK) pairs of 6 bytes, then the last column
        for (let i = 0; 4 + 6 * i + 6 <= d.length - 2; i++) {
          const xf = u16(d, 4 + 6 * i);
          put(row, col + i, xf, number(rkNumber(u32(d, 6 + 6 * i)), xf));
        }
        break;
      }
      case RT.BOOLERR: {
        const v = u8(d, 6);
        put(u16(d, 0), u16(d, 2), u16(d, 4), u8(d, 7) ? errorText(v) : v ? 'TRUE' : 'FALSE');
        break;
      }
      case RT.FORMULA: {
        const [row, col, xf] = [u16(d, 0), u16(d, 2), u16(d, 4)];
        if (u16(d, 12) !== 0xffff) put(row, col, xf, number(f64(d, 6), xf));
        else {
          // not a number: byte 6 says what the cached result is
          const kind = u8(d, 6);
          if (kind === 0) pendingString = { row, col, xf };
          else if (kind === 1) put(row, col, xf, u8(d, 8) ? 'TRUE' : 'FALSE');
          else if (kind === 2) put(row, col, xf, errorText(u8(d, 8)));
          else put(row, col, xf, '');
        }
        break;
      }
      case RT.STRING:
        if (pendingString) put(pendingString.row, pendingString.col, pendingString.xf, unicodeString(d, 0, 2));
        pendingString = null;
        break;
      case RT.BLANK:
        put(u16(d, 0), u16(d, 2), u16(d, 4), '');
        break;
      case RT.MULBLANK: {
        const row = u16(d, 0);
        const col = u16(d, 2);
        for (let i = 0; 4 + 2 * i + 2 <= d.length - 2; i++) put(row, col + i, u16(d, 4 + 2 * i), '');
        break;
      }
      case RT.MERGECELLS: {
        const n = u16(d, 0);
        for (let i = 0; i < n; i++) {
          const at = 2 + 8 * i;
          const [r1, r2, c1, c2] = [u16(d, at), u16(d, at + 2), u16(d, at + 4), u16(d, at + 6)];
          merges.push({ r1: Math.min(r1, r2), r2: Math.max(r1, r2), c1: Math.min(c1, c2), c2: Math.max(c1, c2) });
        }
        break;
      }
    }
  }
  return { cells, merges };
}

/** A Workbook stream's visible worksheets as the page's blocks (throws XlsReadError, or whatever a damaged stream makes a read throw). */
export function workbookHtml(stream: Uint8Array): string {
  const g = readGlobals(stream);
  let html = '';
  for (const s of g.sheets) {
    if (!s.visible || s.kind !== 0) continue;
    const grid = readSheet(stream, s.offset, g);
    if (grid) html += sheetGridHtml(grid);
  }
  return html;
}

/** Does the compound file hold a workbook (a "Workbook" stream, or an Excel 5.0/95 "Book")? */
export function isWorkbook(names: readonly string[]): boolean {
  return names.some((n) => /^(?:workbook|book)$/i.test(n));
}

/**
 * Are these bytes a compound file holding a workbook (an .xls, an .et), told by its streams, not
 * by any name? false for anything else, a .doc, and a compound file whose directory cannot be read.
 */
export function holdsWorkbook(bytes: Uint8Array): boolean {
  try {
    return isWorkbook(readCfb(bytes).names);
  } catch {
    return false;
  }
}

/** The page around the body, titled as lib/doc titles a .doc: its name when it names a report, else its title property, else its name. */
function page(bodyHtml: string, fileName: string, titleProperty: string): string {
  const named = fileName.replace(/\.[a-z]{2,4}$/i, '').trim();
  const title = /报告|年报/.test(named) ? named : titleProperty || named;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${bodyHtml}</body></html>\n`;
}

/**
 * An Excel 97–2003 workbook's visible worksheets as an HTML page (throws XlsReadError when the
 * bytes are no such file, or an encrypted, old or damaged one: whatever else a damaged file makes
 * the reading throw is an XlsReadError('corrupt') too). fileName: the file's name without its
 * folder; decode: the title property's code page when it is no Unicode one (lib/doc/summary-title.ts).
 */
export function xlsToHtml(bytes: Uint8Array, fileName: string, decode?: CodePageDecode): string {
  try {
    const cfb = readCfb(bytes);
    const stream = cfb.stream('Workbook');
    if (!stream) {
      if (cfb.stream('Book')) throw new XlsReadError('old-excel', 'a Book stream (BIFF5)');
      throw new XlsReadError('not-excel', `streams: ${cfb.names.slice(0, 8).join(', ')}`);
    }
    return page(workbookHtml(stream), fileName, summaryTitle(cfb.stream('\x05SummaryInformation'), decode));
  } catch (e) {
    if (e instanceof XlsReadError) throw e;
    if (e instanceof DocReadError) throw new XlsReadError(e.why === 'not-cfb' ? 'not-cfb' : 'corrupt', e.message);
    throw new XlsReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
}
