/**
 * A report's tables published as an Excel file (.xlsx), read as the page they would be: many
 * bodies attach the report's statistical tables as "…年度报告统计表.xlsx", some the whole report.
 * An .xlsx is a zip of XML parts (lib/xlsx/unzip.ts); each visible sheet, in the workbook's order,
 * becomes what a page holds for it: the sheet's leading title rows ("三、收到和处理政府信息公开申请
 * 情况": a row with one written cell, usually merged across the table) as <p> before the table,
 * the rest as one <table>, and the note rows after the table's last row ("注：…") as <p> after it.
 * The table is laid out as the HTML table model has it: <mergeCells> become rowspan/colspan with
 * the cells they cover left out, empty rows are dropped and the used range's empty columns at
 * either side trimmed, so every CellRef is a cell of that table as a browser would lay it out.
 * Several tables on one sheet stay one <table>, with their title rows in it, as an Excel sheet
 * saved as a web page has them; the core cuts it into its tables (lib/map/split-sections.ts).
 *
 * A title or note row is one written cell that is no figure. Where the sheet draws borders, a
 * bordered one-cell row is the table's own (table 二's "第二十条第（一）项" sits in the table, its
 * title above it does not); a sheet without borders has no way to tell, and such a row goes
 * before the table as a <p>.
 *
 * Values as Excel shows them: shared and inline strings (rich-text runs joined, phonetic guides
 * left out), formula results as cached (a formula never calculated is blank), booleans, errors
 * ("#DIV/0!"), and numbers without binary noise (15 significant digits, as Excel displays);
 * percent formats as percentages with the format's decimals. Not read: other number formats
 * (dates stay serial numbers, "#,##0" has no separators), charts, drawings, pictures, comments;
 * hidden sheets are skipped, but hidden rows and columns are kept as any other.
 */
import { escapeHtml, elements, officePage, ownText, htmlTable, type CellHtml, type XNode, type XmlParse } from '../docx/xml-node.ts';

/** The parts of an .xlsx the conversion reads, as text. */
export interface XlsxParts {
  /** xl/workbook.xml: the sheets, their order, names and visibility */
  workbook: string;
  /** xl/_rels/workbook.xml.rels: where each sheet's part is */
  rels: string;
  /** the worksheets' parts by their path in the zip ("xl/worksheets/sheet1.xml") */
  sheets: Record<string, string>;
  /** xl/sharedStrings.xml, when present */
  sharedStrings?: string;
  /** xl/styles.xml, when present: number formats (percent) and borders */
  styles?: string;
  /** docProps/core.xml, when present */
  core?: string;
}

/** Spreadsheet XML is written with a default namespace by Excel and WPS, with "x:" by some tools. */
const local = (n: XNode): string => n.name.slice(n.name.indexOf(':') + 1);

function child(node: XNode | null | undefined, name: string): XNode | null {
  if (!node) return null;
  for (const c of elements(node)) if (local(c) === name) return c;
  return null;
}

function* childrenNamed(node: XNode | null | undefined, name: string): Generator<XNode> {
  if (node) for (const c of elements(node)) if (local(c) === name) yield c;
}

/** The document element under the parser's root. */
const rootOf = (xml: string, parseXml: XmlParse): XNode | null => elements(parseXml(xml)).next().value ?? null;

/** A string item's text (<si>, <is>): its <t>, or its rich-text runs' <t>s joined; phonetic runs (<rPh>) are no text. */
function stringItem(si: XNode | null): string {
  let out = '';
  for (const c of childrenNamed(si, 't')) out += ownText(c);
  for (const r of childrenNamed(si, 'r')) for (const t of childrenNamed(r, 't')) out += ownText(t);
  return out;
}

/** How a cell style shows: a percent format's decimals (null: no percent format), and whether it draws a border. */
interface CellStyle {
  percent: number | null;
  bordered: boolean;
}

/** A number format's code as a percent format: its decimals, or null when it shows no %. */
export function percentDecimals(code: string): number | null {
  // the first section (positive numbers), without quoted text, escaped characters and [colour]s
  const section = (code.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!section.includes('%')) return null;
  return /\.([0#?]+)/.exec(section)?.[1]?.length ?? 0;
}

/** Built-in percent formats (ECMA-376 Part 1, 18.8.30 numFmt): 9 is "0%", 10 is "0.00%". */
const BUILTIN_PERCENT: Record<string, number> = { '9': 0, '10': 2 };

function cellStyles(styles: string | undefined, parseXml: XmlParse): CellStyle[] {
  const root = styles ? rootOf(styles, parseXml) : null;
  const codes = new Map<string, string>();
  for (const f of childrenNamed(child(root, 'numFmts'), 'numFmt')) codes.set(f.attrs.numFmtId ?? '', f.attrs.formatCode ?? '');
  const borders = [...childrenNamed(child(root, 'borders'), 'border')].map((b) =>
    [...elements(b)].some((side) => ['left', 'right', 'top', 'bottom', 'start', 'end'].includes(local(side)) && (side.attrs.style ?? 'none') !== 'none'),
  );
  return [...childrenNamed(child(root, 'cellXfs'), 'xf')].map((xf) => {
    const id = xf.attrs.numFmtId ?? '0';
    const custom = codes.get(id);
    return {
      percent: custom !== undefined ? percentDecimals(custom) : (BUILTIN_PERCENT[id] ?? null),
      bordered: borders[Number(xf.attrs.borderId ?? '0')] ?? false,
    };
  });
}

/**
 * A number as Excel displays it in a general format: to 15 significant digits, which drops the
 * binary noise of a stored 0.30000000000000004 (Excel stores 17 digits, shows 15); in a percent
 * format, times 100 with the format's decimals ("0.0%" shows 0.614 as 61.4%).
 */
export function numberText(v: string, percent: number | null): string {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) return v;
  if (percent !== null) return `${Number((n * 100).toPrecision(15)).toFixed(percent)}%`;
  return String(Number(n.toPrecision(15)));
}

/** A cell's value as Excel shows it (see the file comment). */
function cellText(c: XNode, shared: readonly string[], style: CellStyle | undefined): string {
  const v = child(c, 'v');
  const raw = v ? ownText(v) : '';
  switch (c.attrs.t) {
    case 's':
      return shared[Number(raw)] ?? '';
    case 'inlineStr':
      return stringItem(child(c, 'is'));
    case 'b':
      return v ? (raw.trim() === '1' ? 'TRUE' : 'FALSE') : '';
    case 'str': // a formula's string result
    case 'e': // an error: "#DIV/0!", "#REF!"
    case 'd': // an ISO 8601 date
      return raw;
    default:
      return v ? numberText(raw, style?.percent ?? null) : '';
  }
}

/** A written cell as the sheet shows it: its text (trimmed) and whether its style draws a border. */
export interface SheetCell {
  text: string;
  bordered: boolean;
}

/** A merged range, 0-based, inclusive. */
export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** "AB12" → row 11, column 27 (0-based), or null. */
function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A sheet as read: its cells by row and column (0-based), and its merges; what .xlsx and .xls (lib/xls) readers both give. */
export interface SheetGrid {
  cells: Map<number, Map<number, SheetCell>>;
  merges: Merge[];
}

/** A sheet's written cells by row and column, and its merges. */
function readSheet(xml: string, shared: readonly string[], styles: readonly CellStyle[], parseXml: XmlParse): SheetGrid {
  const root = rootOf(xml, parseXml);
  const cells = new Map<number, Map<number, SheetCell>>();
  let row = -1;
  for (const r of childrenNamed(child(root, 'sheetData'), 'row')) {
    // r and c attributes may be left out: then a row or cell is the one after the previous
    row = r.attrs.r ? Number(r.attrs.r) - 1 : row + 1;
    const line = new Map<number, SheetCell>();
    let col = -1;
    for (const c of childrenNamed(r, 'c')) {
      const at = c.attrs.r ? parseRef(c.attrs.r) : null;
      col = at ? at.col : col + 1;
      const style = styles[Number(c.attrs.s ?? '0')];
      line.set(col, { text: cellText(c, shared, style).trim(), bordered: style?.bordered ?? false });
    }
    cells.set(row, line);
  }
  const merges: Merge[] = [];
  for (const m of childrenNamed(child(root, 'mergeCells'), 'mergeCell')) {
    const [a, b] = (m.attrs.ref ?? '').split(':').map(parseRef);
    if (a && b) merges.push({ r1: Math.min(a.row, b.row), c1: Math.min(a.col, b.col), r2: Math.max(a.row, b.row), c2: Math.max(a.col, b.col) });
  }
  return { cells, merges };
}

/** A cell that is one figure ("56", "1,234", "61.4%"): a table's, even alone in its row (a total under a column). */
const FIGURE = /^[-+]?\d[\d,]*(?:\.\d+)?%?$/;

const cellHtml = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

/**
 * A sheet as the page's blocks: title rows as <p>, its table, its notes as <p> (see the file
 * comment). Whichever file the sheet was read from: an .xlsx here, an .xls by lib/xls.
 */
export function sheetGridHtml({ cells, merges }: SheetGrid): string {
  /** per row with text: its written cells, by column */
  const writtenIn = new Map<number, [number, SheetCell][]>();
  for (const [r, line] of cells) {
    const w = [...line].filter(([, c]) => c.text !== '').sort((a, b) => a[0] - b[0]);
    if (w.length > 0) writtenIn.set(r, w);
  }
  const written = (r: number): [number, SheetCell][] => writtenIn.get(r) ?? [];
  const rows = [...writtenIn.keys()].sort((a, b) => a - b);
  const drawsBorders = rows.some((r) => written(r).some(([, c]) => c.bordered));
  // a row of the table: more than one written cell, a figure, or a border where the sheet draws them
  const isTitle = (r: number): boolean => {
    const w = written(r);
    return w.length === 1 && !FIGURE.test(w[0]![1].text) && !(drawsBorders && w[0]![1].bordered);
  };
  let first = 0;
  while (first < rows.length && isTitle(rows[first]!)) first++;
  let last = rows.length - 1;
  while (last >= first && isTitle(rows[last]!)) last--;
  const paragraphs = (rs: number[]): string => rs.map((r) => `<p>${cellHtml(written(r)[0]![1].text)}</p>\n`).join('');
  const body = rows.slice(first, last + 1);
  if (body.length === 0) return paragraphs(rows);

  const cols = body.flatMap((r) => written(r).map(([c]) => c));
  const c0 = Math.min(...cols);
  const c1 = Math.max(...cols);
  /**
   * per slot "r,c" of the table: the merge over it, with its cell's place and spans in the table (its
   * first row and column left in it, spanning those left), so that dropped rows and trimmed columns
   * shrink it; only the table's slots are listed, however far a merge reaches ("A1:A1048576").
   */
  const mergeAt = new Map<string, CellHtml & { row: number; col: number }>();
  for (const m of merges) {
    const spanRows = body.filter((r) => r >= m.r1 && r <= m.r2);
    const [from, to] = [Math.max(m.c1, c0), Math.min(m.c2, c1)];
    if (spanRows.length === 0 || from > to) continue;
    const at = { row: spanRows[0]!, col: from, rowspan: spanRows.length, colspan: to - from + 1, html: cellHtml(cells.get(m.r1)?.get(m.c1)?.text ?? '') };
    for (const r of spanRows) for (let c = from; c <= to; c++) mergeAt.set(`${r},${c}`, at);
  }
  const table = body.map((r) => {
    const line: CellHtml[] = [];
    for (let c = c0; c <= c1; c++) {
      const m = mergeAt.get(`${r},${c}`);
      if (!m) line.push({ html: cellHtml(cells.get(r)?.get(c)?.text ?? ''), colspan: 1, rowspan: 1 });
      else if (m.row === r && m.col === c) line.push(m);
    }
    return line;
  });
  return `${paragraphs(rows.slice(0, first))}${htmlTable(table)}${paragraphs(rows.slice(last + 1))}`;
}

/** "worksheets/sheet1.xml" (relative to xl/) or "/xl/worksheets/sheet1.xml" → the part's path in the zip. */
export function partPath(target: string): string {
  const segments: string[] = [];
  for (const s of (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

/**
 * The workbook's visible sheets as an HTML page. fileName: the file's name without its folder; it
 * is the page's <title> when it names a report (lib/docx/xml-node.ts officePage).
 */
export function xlsxToHtml(parts: XlsxParts, fileName: string, parseXml: XmlParse): string {
  const targets = new Map<string, string>();
  for (const rel of childrenNamed(rootOf(parts.rels, parseXml), 'Relationship')) targets.set(rel.attrs.Id ?? '', partPath(rel.attrs.Target ?? ''));
  const sharedRoot = parts.sharedStrings ? rootOf(parts.sharedStrings, parseXml) : null;
  const shared = [...childrenNamed(sharedRoot, 'si')].map(stringItem);
  const styles = cellStyles(parts.styles, parseXml);
  let html = '';
  for (const sheet of childrenNamed(child(rootOf(parts.workbook, parseXml), 'sheets'), 'sheet')) {
    if (sheet.attrs.state === 'hidden' || sheet.attrs.state === 'veryHidden') continue;
    // the relationship id's prefix is whatever the file bound the relationships namespace to ("r:id")
    const id = Object.entries(sheet.attrs).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const xml = parts.sheets[targets.get(id) ?? ''];
    if (xml !== undefined) html += sheetGridHtml(readSheet(xml, shared, styles, parseXml));
  }
  return officePage(html, fileName, parts.core, parseXml);
}
