/**
 * The BIFF8 records of an Excel 97–2003 workbook stream ([MS-XLS]) that a report's tables need:
 * the workbook globals (BOUNDSHEET8: the sheets, their visibility and where their records start;
 * SST: the shared strings; FORMAT and XF: percent formats and borders; FILEPASS: encrypted) and
 * each worksheet's cells (LABELSST, LABEL, RSTRING, NUMBER, RK, MULRK, BOOLERR, FORMULA with its
 * cached result and the STRING after it, BLANK, MULBLANK) and merges (MERGECELLS). Everything
 * else (fonts, names, charts, drawings, comments, print settings) is skipped by its length.
 *
 * A record is a 2-byte type, a 2-byte length and that many bytes; a record longer than 8224 bytes
 * goes on in CONTINUE records. The shared-string table does so as a matter of course: a string's
 * characters may break at a record's end, and the next CONTINUE then starts with a byte restating
 * whether its characters are 8- or 16-bit (sst below). Every read is bounded: a read past a
 * record's end is XlsReadError('corrupt'), every loop advances through a finite stream.
 */
import { XlsReadError } from './xls-error.ts';

export const RT = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  CONTINUE: 0x003c,
  BOUNDSHEET8: 0x0085,
  MULRK: 0x00bd,
  MULBLANK: 0x00be,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  MERGECELLS: 0x00e5,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  BLANK: 0x0201,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  RK: 0x027e,
  FORMAT: 0x041e,
  BOF: 0x0809,
} as const;

/** One record: its type and its bytes (a view into the stream). */
export interface BiffRecord {
  type: number;
  data: Uint8Array;
  /** where its header starts in the stream */
  at: number;
}

const corrupt = (detail: string) => new XlsReadError('corrupt', detail);

export function u8(b: Uint8Array, at: number): number {
  if (at < 0 || at >= b.length) throw corrupt(`read past a record's end (${at}/${b.length})`);
  return b[at]!;
}

export function u16(b: Uint8Array, at: number): number {
  return u8(b, at) | (u8(b, at + 1) << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

export function f64(b: Uint8Array, at: number): number {
  if (at < 0 || at + 8 > b.length) throw corrupt(`read past a record's end (${at}/${b.length})`);
  return new DataView(b.buffer, b.byteOffset + at, 8).getFloat64(0, true);
}

/** The records from `from` to the stream's end (or the first record that runs past it: corrupt). */
export function* records(stream: Uint8Array, from = 0): Generator<BiffRecord> {
  let at = from;
  while (at + 4 <= stream.length) {
    const type = stream[at]! | (stream[at + 1]! << 8);
    const length = stream[at + 2]! | (stream[at + 3]! << 8);
    if (at + 4 + length > stream.length) throw corrupt(`record 0x${type.toString(16)} at ${at} runs past the stream`);
    yield { type, data: stream.subarray(at + 4, at + 4 + length), at };
    at += 4 + length;
  }
}

/**
 * An RK number ([MS-XLS] 2.5.217): bit 0 says the value is to be divided by 100, bit 1 that the
 * other 30 bits are a signed integer; otherwise they are the high 30 bits of an IEEE double
 * whose other bits are 0.
 */
export function rkNumber(rk: number): number {
  let n: number;
  if (rk & 2) n = (rk | 0) >> 2;
  else {
    const d = new DataView(new ArrayBuffer(8));
    d.setUint32(4, (rk & 0xfffffffc) >>> 0, true);
    n = d.getFloat64(0, true);
  }
  return rk & 1 ? n / 100 : n;
}

/** Characters: 8-bit ones are the low bytes of UTF-16 code units (Latin-1), 16-bit ones UTF-16LE. */
function chars(b: Uint8Array, at: number, count: number, high: boolean): string {
  const size = high ? 2 : 1;
  if (at + count * size > b.length) throw corrupt('string runs past its record');
  let s = '';
  for (let i = 0; i < count; i++) s += String.fromCharCode(high ? b[at + 2 * i]! | (b[at + 2 * i + 1]! << 8) : b[at + i]!);
  return s;
}

/**
 * An XLUnicodeString (LABEL, STRING, FORMAT: a 2-byte count) or a ShortXLUnicodeString
 * (BOUNDSHEET8: a 1-byte count) at `at`: the count, a flags byte (bit 0: 16-bit characters), the
 * characters; an RSTRING's or a LABEL's rich-text runs after them are no text.
 */
export function unicodeString(b: Uint8Array, at: number, countBytes: 1 | 2): string {
  const count = countBytes === 1 ? u8(b, at) : u16(b, at);
  const flags = u8(b, at + countBytes);
  return chars(b, at + countBytes + 1, count, (flags & 1) !== 0);
}

/**
 * The shared strings of an SST record and the CONTINUE records after it. Each string is an
 * XLUnicodeRichExtendedString: a 2-byte count, a flags byte (0x01 16-bit characters, 0x04 a
 * phonetic block, 0x08 rich-text runs), the runs' count and the phonetic block's size when
 * flagged, the characters, then the runs (4 bytes each) and the phonetic block, which are skipped.
 * Where the characters break at a record's end, the next record's first byte restates the 16-bit
 * flag for the rest of them; runs, phonetic blocks and string headers break with no such byte.
 */
export function sharedStrings(parts: readonly Uint8Array[]): string[] {
  let part = 0;
  let at = 0;
  /** the current part, moving to the next when this one is used up */
  const here = (): Uint8Array => {
    while (part < parts.length && at >= parts[part]!.length) {
      part++;
      at = 0;
    }
    if (part >= parts.length) throw corrupt('shared strings cut short');
    return parts[part]!;
  };
  const byte = (): number => {
    const p = here();
    return p[at++]!;
  };
  const word = (): number => byte() | (byte() << 8);
  const dword = (): number => (word() | (word() << 16)) >>> 0;
  const skip = (n: number) => {
    let left = n;
    while (left > 0) {
      const p = here();
      const k = Math.min(left, p.length - at);
      at += k;
      left -= k;
    }
  };
  const first = parts[0];
  if (!first || first.length < 8) throw corrupt('SST shorter than its header');
  at = 4; // cstTotal: how many cells refer to the table
  const unique = dword();
  const total = parts.reduce((n, p) => n + p.length, 0);
  // each string takes at least 3 bytes: a count past that is a damaged record, not a reason to loop
  if (unique > total / 3 + 1) throw corrupt(`SST says ${unique} strings in ${total} bytes`);
  const out: string[] = [];
  for (let i = 0; i < unique; i++) {
    const count = word();
    const flags = byte();
    let high = (flags & 1) !== 0;
    const runs = flags & 8 ? word() : 0;
    const phonetic = flags & 4 ? dword() : 0;
    let s = '';
    let left = count;
    while (left > 0) {
      let p = parts[part]!;
      if (at >= p.length) {
        // the characters go on in the next record, which restates their width first
        part++;
        at = 0;
        if (part >= parts.length) throw corrupt('shared string cut short');
        p = parts[part]!;
        high = (u8(p, at++) & 1) !== 0;
      }
      const k = Math.min(left, Math.floor((p.length - at) / (high ? 2 : 1)));
      if (k === 0) throw corrupt('a 16-bit character split across records');
      s += chars(p, at, k, high);
      at += k * (high ? 2 : 1);
      left -= k;
    }
    out.push(s);
    skip(4 * runs + phonetic);
  }
  return out;
}

/** Excel's error codes ([MS-XLS] 2.5.10 BErr) as it shows them. */
const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

export const errorText = (code: number): string => ERRORS[code] ?? '#VALUE!';
