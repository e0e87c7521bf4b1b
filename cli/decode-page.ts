/**
 * A saved page's bytes to its text, in the charset a browser would have read it in.
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
 *
 * A single-file page's part (cli/mhtml.ts) is decoded by the charset its part names (decodePart).
 */
import { isUtf8 } from 'node:buffer';
import type { MhtmlPart } from './mhtml.ts';

export interface DecodedPage {
  text: string;
  /** the encoding actually used, as a WHATWG name (e.g. "utf-8", "gb18030") */
  charset: string;
  /** where the charset came from ('header': a single-file page's own Content-Type, cli/mhtml.ts) */
  source: 'bom' | 'meta' | 'header' | 'default' | 'fallback';
  /** things a user should know, in Chinese (e.g. an unknown charset label) */
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
      if (readsAsGb(bytes)) {
        warnings.push(`页面声明为 UTF-8，但内容是 GBK（GB18030）编码：已按 GB18030 解码（${SENT_OTHERWISE}）`);
        return { pieces: streamed('gb18030', bytes, pieceBytes), charset: 'gb18030', source: 'fallback', warnings };
      }
      warnings.push('页面声明为 UTF-8，但含有无效字节，已按 UTF-8 解码（可能乱码）');
    }
    if (name === 'gb18030' && readsAsUtf8(bytes)) {
      const strict = strictUtf8(bytes, pieceBytes)!;
      warnings.push(`页面声明为 ${sniffed.charset.toUpperCase()}，但内容是有效的 UTF-8：已按 UTF-8 解码（${SENT_OTHERWISE}）`);
      return { pieces: strict, charset: 'utf-8', source: 'fallback', warnings };
    }
    if (name) return { pieces: streamed(name, bytes, pieceBytes), charset: name, source: 'meta', warnings };
    warnings.push(`不认识页面声明的编码「${sniffed.charset}」，改按 UTF-8 解码`);
  }
  const strict = strictUtf8(bytes, pieceBytes);
  if (strict !== null) return { pieces: strict, charset: 'utf-8', source: 'default', warnings };
  warnings.push('页面未声明编码且不是有效的 UTF-8，已按 GB18030（GBK）解码');
  return { pieces: streamed('gb18030', bytes, pieceBytes), charset: 'gb18030', source: 'fallback', warnings };
}

/**
 * Why a page's bytes may disagree with its own <meta>: the site sent the charset in its header, which
 * a browser weighs above the meta, and saving the page kept the bytes and the meta but lost the header
 * (a site moved to UTF-8 under a template that still says gb2312, or the reverse). Decoded as its
 * meta says, such a page was mojibake, and came out as "not a report" without a word.
 */
const SENT_OTHERWISE = '网站发送的编码与页面自己的声明不同时，浏览器按网站发送的显示，另存后只剩页面的声明';

/**
 * Bytes a page declares GBK for that are UTF-8 after all: valid UTF-8 with enough non-ASCII bytes
 * that GBK text could not be valid UTF-8 by chance (its Chinese characters are two bytes ≥ 0x81,
 * which UTF-8 takes only in strict lead–continuation runs).
 */
function readsAsUtf8(bytes: Uint8Array): boolean {
  let high = 0;
  for (let i = 0; i < bytes.length && high < 16; i++) if (bytes[i]! >= 0x80) high++;
  return high >= 16 && isUtf8(bytes);
}

/**
 * Bytes a page declares UTF-8 for that are GBK: valid GB18030, and not UTF-8 with a stray bad byte —
 * decoded as UTF-8, at least every other character beyond ASCII comes out as U+FFFD (GBK text's
 * two-byte characters are almost never UTF-8's lead–continuation runs).
 */
function readsAsGb(bytes: Uint8Array): boolean {
  let gb: string;
  try {
    gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let wide = 0;
  for (let i = 0; i < gb.length; i++) if (gb.charCodeAt(i) >= 0x80) wide++;
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = 0; i < utf8.length; i++) if (utf8.charCodeAt(i) === 0xfffd) bad++;
  return wide > 0 && bad * 2 >= wide;
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

/** Labels of US-ASCII (WHATWG maps them to windows-1252, which any bytes "fit"). */
const ASCII_LABELS = new Set(['us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso646-us', 'us', 'cp367', 'ibm367', 'csascii']);

/**
 * A single-file page's part as text: by its BOM, else the charset its part names, else as a saved
 * page (decodeHtml). A part labelled US-ASCII whose bytes are not ASCII is decoded as a saved page
 * too: IE (through MimeOLE) wrote `charset="us-ascii"` over GBK pages whose own meta said gb2312.
 * Chrome would honour the label (as windows-1252, the page in mojibake), but the label is disproved
 * by the bytes themselves, and the checker is after the report the page's author wrote.
 */
export function decodePart(part: MhtmlPart): DecodedPage {
  const name = part.charset ? decoderFor(part.charset) : null;
  if (!name || sniffCharset(part.bytes)?.source === 'bom') return decodeHtml(part.bytes);
  if (ASCII_LABELS.has(part.charset!) && part.bytes.some((b) => b >= 0x80)) {
    const decoded = decodeHtml(part.bytes);
    return { ...decoded, warnings: ['单文件网页中网页部分的编码声明为 US-ASCII，但含有非 ASCII 字节：改按页面自身的声明或内容判断编码', ...decoded.warnings] };
  }
  // as decodeHtml says of a page whose meta claims UTF-8: invalid bytes come out as U+FFFD, and a figure may be among them
  const warnings = name === 'utf-8' && !isUtf8(part.bytes) ? ['页面声明为 UTF-8，但含有无效字节，已按 UTF-8 解码（可能乱码）'] : [];
  return { text: new TextDecoder(name).decode(part.bytes), charset: name, source: 'header', warnings };
}

/**
 * A single-file page's part as text (decodePart); the part a file cut short ends in, up to its last
 * whole block. What follows was cut in the middle: a row cut after some of its cells read as a row
 * whose 总计 was left blank (a warning of the report's), a figure cut after some of its digits
 * ("123" → "12") as a wrong one. The row the text ends in is dropped (a row whose </tr> is left
 * out, as old pages do, ends only where the next begins), else the text after the last closed
 * paragraph, cell or other block.
 */
export function savedPart(part: MhtmlPart): DecodedPage {
  const decoded = decodePart(part);
  if (!part.cut) return decoded;
  const text = decoded.text;
  let row = -1;
  let rowEnd = -1;
  let block = 0;
  for (const m of text.matchAll(/<(\/?)(tr|p|td|th|table|div|li|h[1-6]|ul|ol|section|article)(?=[\s>\/])[^>]*>?/gi)) {
    if (m[2]!.toLowerCase() === 'tr') {
      if (m[1] === '/') rowEnd = m.index + m[0].length;
      else row = m.index;
    }
    if (m[1] === '/') block = m.index + m[0].length;
  }
  return { ...decoded, text: text.slice(0, row > rowEnd ? row : block) };
}

/** A single-file page's part, decoded whole (decodePart), as the pieces checkDecoded reads. */
export function inOnePiece({ text, ...how }: DecodedPage): DecodedPieces {
  return { pieces: [text], ...how };
}
