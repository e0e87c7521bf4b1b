/**
 * Why a Word 97–2003 file (.doc) could not be read (lib/doc): not a compound file at all, a compound
 * file that holds no Word document (an .xls, a WPS 表格 .et), a Word 6.0/95 file (another format),
 * an encrypted or password-protected one, or one that is damaged or cut short. Callers say the file
 * cannot be read; nothing of a file that fails is ever guessed.
 */
export type DocFailure = 'not-cfb' | 'not-word' | 'old-word' | 'encrypted' | 'corrupt';

export class DocReadError extends Error {
  constructor(
    readonly why: DocFailure,
    detail = '',
  ) {
    super(detail ? `${why}: ${detail}` : why);
    this.name = 'DocReadError';
  }
}

/** Little-endian reads that throw DocReadError('corrupt') past the end, never read garbage. */
export function u8(b: Uint8Array, at: number): number {
  if (at < 0 || at >= b.length) throw new DocReadError('corrupt', `read past the end (${at})`);
  return b[at]!;
}

export function u16(b: Uint8Array, at: number): number {
  return u8(b, at) | (u8(b, at + 1) << 8);
}

export function i16(b: Uint8Array, at: number): number {
  const v = u16(b, at);
  return v >= 0x8000 ? v - 0x10000 : v;
}

export function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

export function i32(b: Uint8Array, at: number): number {
  return u32(b, at) | 0;
}
