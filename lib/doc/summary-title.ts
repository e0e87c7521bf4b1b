/**
 * The document's title property, from the compound file's "\x05SummaryInformation" property set
 * ([MS-OLEPS]; PIDSI_TITLE = 2): a downloaded .doc is often named by the site's number
 * (P020240126384117502431.doc) while its title property still names the report, as a .docx's
 * dc:title does (docx/xml-node.ts officePage). A string property is in the set's code page
 * (PID 1): UTF-16 (1200) and UTF-8 (65001, what LibreOffice writes) are read here; others (936,
 * GBK, what Chinese Word writes) by the caller's decoder, when it gives one.
 */
import { DocReadError, u16, u32 } from './doc-error.ts';

/** Decodes a string property's bytes in a Windows code page, or null when it cannot. */
export type CodePageDecode = (bytes: Uint8Array, codePage: number) => string | null;

const PIDSI_CODEPAGE = 1;
const PIDSI_TITLE = 2;
const VT_LPSTR = 0x1e;
const VT_LPWSTR = 0x1f;

/** UTF-8 bytes as text (U+FFFD for a broken sequence): a few lines, so lib/ needs no TextDecoder. */
export function utf8(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    // the sequence's length from its lead byte: 2, 3 or 4 bytes (none for a stray continuation byte)
    const n = b >= 0xf8 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 ? 1 : 0;
    let cp = n === 0 ? -1 : b & (0x3f >> n);
    for (let k = 1; k <= n && cp >= 0; k++) {
      const c = bytes[i + k];
      cp = c !== undefined && (c & 0xc0) === 0x80 ? (cp << 6) | (c & 0x3f) : -1;
    }
    if (cp < 0 || cp > 0x10ffff) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}

/** The title property of a SummaryInformation stream, or '' (a damaged set gives '' too: the title is no figure). */
export function summaryTitle(stream: Uint8Array | null, decode?: CodePageDecode): string {
  if (!stream) return '';
  try {
    const section = u32(stream, 44);
    const count = Math.min(u32(stream, section + 4), 256);
    let codePage = 0;
    let title: { type: number; at: number } | null = null;
    for (let i = 0; i < count; i++) {
      const pid = u32(stream, section + 8 + 8 * i);
      const at = section + u32(stream, section + 12 + 8 * i);
      if (pid === PIDSI_CODEPAGE) codePage = u16(stream, at + 4);
      else if (pid === PIDSI_TITLE) title = { type: u32(stream, at), at };
    }
    if (!title) return '';
    const n = u32(stream, title.at + 4);
    const from = title.at + 8;
    if (title.type === VT_LPWSTR) {
      let s = '';
      for (let k = 0; k < n; k++) s += String.fromCharCode(u16(stream, from + 2 * k));
      return s.replace(/\0[\s\S]*$/, '').trim();
    }
    if (title.type !== VT_LPSTR || from + n > stream.length) return '';
    const bytes = stream.subarray(from, from + n);
    const end = bytes.indexOf(0);
    const text = end >= 0 ? bytes.subarray(0, end) : bytes;
    if (codePage === 1200) {
      let s = '';
      for (let k = 0; k + 1 < text.length; k += 2) s += String.fromCharCode(text[k]! | (text[k + 1]! << 8));
      return s.trim();
    }
    if (codePage === 65001 || text.every((b) => b < 0x80)) return utf8(text).trim();
    return decode?.(text, codePage)?.trim() ?? '';
  } catch (e) {
    if (e instanceof DocReadError) return '';
    throw e;
  }
}
