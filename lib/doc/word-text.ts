/**
 * The main document of a Word 97–2003 file ([MS-DOC]) as paragraphs: the FIB (where everything
 * is), the piece table (CLX's PlcPcd: the text in pieces, each 8-bit "compressed" cp1252 or
 * UTF-16LE, anywhere in the WordDocument stream), the paragraphs' properties (PAPX in the FKPs of
 * PlcBtePapx, found by the byte offset of each paragraph's mark) and the runs' (CHPX of PlcBteChpx,
 * for tracked deletions only).
 *
 * Only the main document's text (CPs 0 … ccpText) is read: not headers, footnotes, comments or text
 * boxes, as the .docx reader reads only the body. Field codes are left out and their results kept
 * (\x13 code \x14 result \x15); a line break (\x0b) is a <br>; pictures, objects and footnote marks
 * (\x01, \x08, \x02…) are no text. Properties a fast save put in a piece's Prm are not read.
 */
import { cfbStreams } from './word-streams.ts';
import { DocReadError, u16, u32, u8 } from './doc-error.ts';
import { paraTable, runDeleted, type ParaTable } from './sprm.ts';
import { summaryTitle, type CodePageDecode } from './summary-title.ts';

/** A paragraph of the main document: its text as HTML (escaped, <br> for line breaks), how it ends, and its table properties. */
export interface DocParagraph {
  html: string;
  /** '\r' a paragraph mark, '\x07' a cell's or a row's end mark, '\x0c' a section or page break */
  end: string;
  table: ParaTable;
}

/** The cp1252 characters of 0x80–0x9F (a compressed piece's bytes, [MS-DOC] 2.4.1); the rest are Latin-1. */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** byte offset of the piece's first character in WordDocument */
  fc: number;
  compressed: boolean;
}

/** A run of byte offsets (an FKP's entry) and its grpprl. */
interface FcRun {
  start: number;
  end: number;
  props: Uint8Array | null;
}

/** The FIB's pairs (fc, lcb) of FibRgFcLcb97 that are read, by their index. */
const FC_PLCF_BTE_CHPX = 12;
const FC_PLCF_BTE_PAPX = 13;
const FC_CLX = 33;

export interface WordDocument {
  paragraphs: DocParagraph[];
  /** the title property (summary-title.ts), or '' */
  title: string;
}

/** The FIB's fields that are read ([MS-DOC] 2.5.1). */
function readFib(word: Uint8Array): { tableName: string; ccpText: number; fcLcb: (i: number) => [number, number] } {
  if (word.length < 0x200 || u16(word, 0) !== 0xa5ec) throw new DocReadError('not-word', 'no FIB');
  const nFib = u16(word, 2);
  // Word 6.0 and Word 95 (nFib 101–105) wrote another FIB and no piece table of this kind
  if (nFib < 0xc0) throw new DocReadError('old-word', `nFib ${nFib}`);
  const flags = u16(word, 0x0a);
  // fEncrypted (RC4 or XOR) or fObfuscated: the text is not readable without the password
  if (flags & 0x0100 || flags & 0x8000) throw new DocReadError('encrypted');
  const tableName = flags & 0x0200 ? '1Table' : '0Table';
  let at = 32;
  const csw = u16(word, at);
  at += 2 + 2 * csw;
  const cslw = u16(word, at);
  const lw = at + 2;
  at = lw + 4 * cslw;
  const cbRgFcLcb = u16(word, at);
  const fcLcbAt = at + 2;
  if (cslw < 4 || cbRgFcLcb <= FC_CLX) throw new DocReadError('corrupt', 'FIB too short');
  const ccpText = u32(word, lw + 4 * 3);
  return { tableName, ccpText, fcLcb: (i) => [u32(word, fcLcbAt + 8 * i), u32(word, fcLcbAt + 8 * i + 4)] };
}

/** The piece table: the CLX's Prcs (skipped) then its Pcdt ([MS-DOC] 2.9.38). */
function readPieces(table: Uint8Array, fc: number, lcb: number): Piece[] {
  if (lcb === 0 || fc + lcb > table.length) throw new DocReadError('corrupt', 'no piece table');
  let at = fc;
  const end = fc + lcb;
  while (at < end && u8(table, at) === 0x01) at += 3 + u16(table, at + 1); // Prc: clxt, cbGrpprl, grpprl
  if (at >= end || u8(table, at) !== 0x02) throw new DocReadError('corrupt', 'no Pcdt');
  const size = u32(table, at + 1);
  const plc = at + 5;
  if (plc + size > table.length || size < 16 || (size - 4) % 12 !== 0) throw new DocReadError('corrupt', 'bad PlcPcd');
  const n = (size - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = u32(table, plc + 4 * i);
    const cpEnd = u32(table, plc + 4 * (i + 1));
    const fcRaw = u32(table, plc + 4 * (n + 1) + 8 * i + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fcValue = fcRaw & 0x3fffffff;
    if (cpEnd < cpStart) throw new DocReadError('corrupt', 'pieces out of order');
    pieces.push({ cpStart, cpEnd, fc: compressed ? fcValue / 2 : fcValue, compressed });
  }
  return pieces;
}

/** The FKP runs of a PlcBte (PAPX or CHPX), each with its grpprl ([MS-DOC] 2.9.178, 2.9.33). */
function readFkpRuns(word: Uint8Array, table: Uint8Array, fc: number, lcb: number, kind: 'papx' | 'chpx'): FcRun[] {
  if (lcb === 0) return [];
  if (fc + lcb > table.length || (lcb - 4) % 8 !== 0) throw new DocReadError('corrupt', `bad PlcBte ${kind}`);
  const n = (lcb - 4) / 8;
  const runs: FcRun[] = [];
  const pages = new Set<number>();
  for (let i = 0; i < n; i++) {
    const pn = u32(table, fc + 4 * (n + 1) + 4 * i) & 0x3fffff;
    if (pages.has(pn)) continue;
    pages.add(pn);
    const page = word.subarray(pn * 512, pn * 512 + 512);
    if (page.length < 512) throw new DocReadError('corrupt', 'FKP past the end');
    const crun = page[511]!;
    for (let r = 0; r < crun; r++) {
      const start = u32(page, 4 * r);
      const end = u32(page, 4 * (r + 1));
      let props: Uint8Array | null = null;
      if (kind === 'papx') {
        const off = 2 * u8(page, 4 * (crun + 1) + 13 * r);
        if (off > 0) {
          const cb = u8(page, off);
          const [from, len] = cb !== 0 ? [off + 1, 2 * cb - 1] : [off + 2, 2 * u8(page, off + 1)];
          props = page.subarray(from, Math.min(from + len, 511));
        }
      } else {
        const off = 2 * u8(page, 4 * (crun + 1) + r);
        if (off > 0) {
          const cb = u8(page, off);
          props = page.subarray(off + 1, Math.min(off + 1 + cb, 511));
        }
      }
      runs.push({ start, end, props });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** The run holding byte offset fc, by binary search (runs sorted, not overlapping). */
function runAt(runs: readonly FcRun[], fc: number): FcRun | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (fc < r.start) hi = mid - 1;
    else if (fc >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}

const NO_TABLE: ParaTable = { itap: 0, ttp: false, inner: false, tap: null, huge: null };

/** A paragraph's table properties from its PAPX (istd, then the grpprl), or from the Data stream for a huge one. */
function paragraphTable(run: FcRun | null, dataStream: () => Uint8Array | null): ParaTable {
  const p = run?.props;
  if (!p || p.length < 2) return NO_TABLE;
  const t = paraTable(p, 2, p.length);
  const data = t.huge === null ? null : dataStream();
  if (t.huge === null || !data) return t;
  // sprmPHugePapx: the grpprl is in the Data stream, after its 2-byte length
  const cb = u16(data, t.huge);
  if (t.huge + 2 + cb > data.length) throw new DocReadError('corrupt', 'huge PAPX past the end');
  return paraTable(data, t.huge + 2, t.huge + 2 + cb);
}

function escapeChar(c: string): string {
  return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c;
}

/** The main document's paragraphs, from a .doc file's bytes (throws DocReadError). */
export function readWordDocument(bytes: Uint8Array, decode?: CodePageDecode): WordDocument {
  const { word, table, data, summary } = cfbStreams(bytes);
  const fib = readFib(word);
  const tableStream = table(fib.tableName);
  if (!tableStream) throw new DocReadError('corrupt', `no ${fib.tableName} stream`);
  const pieces = readPieces(tableStream, ...fib.fcLcb(FC_CLX));
  const papx = readFkpRuns(word, tableStream, ...fib.fcLcb(FC_PLCF_BTE_PAPX), 'papx');
  const chpx = readFkpRuns(word, tableStream, ...fib.fcLcb(FC_PLCF_BTE_CHPX), 'chpx');
  const deleted = new Map<FcRun, boolean>();
  const isDeleted = (fc: number): boolean => {
    const r = runAt(chpx, fc);
    if (!r?.props) return false;
    let d = deleted.get(r);
    if (d === undefined) deleted.set(r, (d = runDeleted(r.props, 0, r.props.length)));
    return d;
  };

  const paragraphs: DocParagraph[] = [];
  let html = '';
  /** open fields, innermost last: true once past the field's separator (\x14), in its result */
  const fields: boolean[] = [];
  /** how many open fields are still in their code: text shows only when none is (a count, not a scan: a damaged file may open thousands) */
  let inCode = 0;
  // a character of the main document takes at least one byte of WordDocument: no more text than that
  let budget = Math.min(fib.ccpText, word.length);
  for (const piece of pieces) {
    if (piece.cpStart >= fib.ccpText || budget <= 0) break;
    const count = Math.min(piece.cpEnd, fib.ccpText) - piece.cpStart;
    const width = piece.compressed ? 1 : 2;
    if (piece.fc + count * width > word.length) throw new DocReadError('corrupt', 'piece past the end');
    for (let i = 0; i < count && budget > 0; i++, budget--) {
      const fc = piece.fc + i * width;
      const code = piece.compressed ? word[fc]! : word[fc]! | (word[fc + 1]! << 8);
      const ch = piece.compressed && code >= 0x80 && code <= 0x9f ? CP1252[code - 0x80]! : String.fromCharCode(code);
      if (code === 0x0d || code === 0x07 || code === 0x0c) {
        paragraphs.push({ html, end: ch, table: paragraphTable(runAt(papx, fc), data) });
        html = '';
        continue;
      }
      if (code === 0x13) {
        fields.push(false);
        inCode++;
        continue;
      }
      if (code === 0x14) {
        if (fields.length > 0 && !fields[fields.length - 1]) {
          fields[fields.length - 1] = true;
          inCode--;
        }
        continue;
      }
      if (code === 0x15) {
        if (fields.pop() === false) inCode--;
        continue;
      }
      if (inCode > 0 || isDeleted(fc)) continue;
      if (code === 0x0b) html += '<br>';
      else if (code === 0x09) html += ' ';
      else if (code === 0x1e) html += '-';
      else if (code >= 0x20) html += escapeChar(ch);
      // other control characters (\x01 picture, \x02 footnote mark, \x08 drawn object, \x1f optional hyphen…) are no text
    }
  }
  if (html !== '') paragraphs.push({ html, end: '\r', table: NO_TABLE });
  let title = '';
  try {
    title = summaryTitle(summary(), decode);
  } catch {
    // a damaged property set: the document's text is read all the same, without a title
  }
  return { paragraphs, title };
}

