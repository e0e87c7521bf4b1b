/**
 * A page saved as one file ("网页，单个文件"): Chrome's and Edge's .mhtml, Internet Explorer's and
 * 360安全浏览器's .mht. It is a MIME message (RFC 2557, multipart/related): the page's HTML is one
 * part, quoted-printable or base64, beside its pictures, styles and frames. Read as text, the
 * message was taken for a page: its quoted-printable HTML (`=3D`, soft line breaks inside figures)
 * would be analysed as markup and a report misread. Here the page's part is taken out and decoded
 * as the browser that saved it had it.
 *
 * - The page is the part the message's `start` names (its Content-ID), else its first text/html part.
 * - Its charset: the part's own `charset` parameter (IE's `text/html; charset="gb2312"`, the
 *   header that stood for the page's HTTP header), else what the bytes declare (load-page.ts
 *   decodeHtml: Chrome writes a `<meta charset>` into the page it saves).
 * - Its address: `Snapshot-Content-Location` (Chrome), else the part's Content-Location.
 * - The other text/html parts are the page's frames (Chrome saves each `<iframe>`'s document, and
 *   points the iframe at it with `cid:`): an older portal shows its report in one.
 * - A mail (.eml: multipart/mixed around a multipart/alternative body) is read the same way, its
 *   nested multiparts looked into: its HTML body, else an HTML file it attaches, is the page.
 * Hand-written, not a MIME library: the few dozen lines of RFC 2045/2046 this needs (headers with
 * folding, a boundary, two transfer encodings) against a mail library's parser, streams and
 * address handling; the npm MHTML readers found are unmaintained.
 */

export interface MhtmlPart {
  /** the part's bytes, transfer encoding undone */
  bytes: Uint8Array;
  /** the charset its Content-Type names, lower-cased, or null */
  charset: string | null;
  /** its Content-Location, or null */
  location: string | null;
  /** the file name it was attached under (a mail's Content-Disposition filename or type's name), or null */
  name: string | null;
  /** the file ends inside this part (the last one of a message cut short): its end is not what was saved */
  cut: boolean;
}

export interface MhtmlPage {
  page: MhtmlPart;
  /** the other text/html parts (frames), in the order saved */
  frames: MhtmlPart[];
  /** the address the page was saved from, or null */
  location: string | null;
  /**
   * false when the file ends before its closing boundary (a download or copy cut short): what
   * was saved is still read, and the reader told that it is not the whole page
   */
  complete: boolean;
  /** the message's type: "multipart/related" for a saved page, "multipart/mixed" for a mail */
  kind: string;
}

/** How far the message's header is looked for: a mail's chain of Received lines runs past 4 KB. */
const HEADER_BYTES = 65536;

/**
 * Does the file start as a MIME message of parts (an .mhtml/.mht), whatever its name? Its first
 * line is a header ("From: <Saved by Blink>", "MIME-Version: 1.0"): a page that quotes such
 * headers in its text starts with markup. A mail (.eml, multipart/mixed or alternative) is one
 * too: read as text it was analysed as quoted-printable markup and called "not a report", while
 * its HTML body (or an HTML file it attaches) is what a mail reader shows; readMhtml finds it.
 */
export function isMhtml(bytes: Uint8Array): boolean {
  // every page the checker reads comes here first: one that starts as markup (or blank) is no
  // message, told from its first byte before any of it is decoded
  const first = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes[3] : bytes[0];
  if (first === undefined || !((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) || first === 0x2d)) return false;
  const text = messageText(bytes.subarray(0, HEADER_BYTES));
  const headers = headerRun(text);
  if (/^mime-version\s*:/im.test(headers) && /^content-type\s*:\s*multipart\/[a-z]/im.test(unfold(headers))) return true;
  return headlessBoundary(text) !== null;
}

/**
 * The boundary of a message whose own header was lost (its MIME body kept alone: a tool that
 * copied the parts, a header cut off by hand), or null: the first line a `--boundary` delimiter,
 * under it the first part's header with a Content-Type. Read as text it was a page of
 * quoted-printable markup, "not a report"; no page starts so.
 */
function headlessBoundary(text: string): string | null {
  const m = /^--([ -~]{1,70}?)[ \t]*\r?\n((?:[A-Za-z0-9-]+[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*)+)\r?\n/.exec(text);
  return m && /^content-type[ \t]*:/im.test(m[2]!) ? m[1]! : null;
}

/**
 * The message's leading header lines: each a name and a colon, or the folded continuation of the
 * one before, up to the first line that is neither. Up to the first blank line was too far once
 * the header is looked for in 64 KB: a page that starts with a header-like line ("Subject: …",
 * a mail saved as .html) and has no blank line could quote MIME headers in a <pre> further down.
 */
function headerRun(text: string): string {
  const lines = text.split('\n');
  let n = 0;
  while (n < lines.length && (/^[A-Za-z0-9!#$%&'*+.^_`|~-]+[ \t]*:/.test(lines[n]!) || (n > 0 && /^[ \t]+\S/.test(lines[n]!)))) n++;
  return lines.slice(0, n).join('\n');
}

/**
 * The message as latin1 text (one char a byte), without what can stand before its first header:
 * a UTF-8 byte order mark (Windows Notepad before 2019 wrote one at the start of an .mht opened
 * and saved in it) and an mbox "From " line (Thunderbird's saved .eml starts "From - Mon Jan 20
 * 10:02:11 2020", then X-Mozilla-Status headers).
 */
function messageText(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = latin1(bytes.subarray(bom));
  return text.startsWith('From ') ? text.slice(text.indexOf('\n') + 1 || text.length) : text;
}

/** The message's type, lower-cased ("multipart/related" for a saved page, "multipart/mixed" for a mail). */
export function messageKind(bytes: Uint8Array): string {
  const text = messageText(bytes.subarray(0, HEADER_BYTES));
  if (headlessBoundary(text) !== null) return 'multipart/related';
  return (splitHead(text).headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** The saved page and its frames, or null when the message has no HTML part. */
export function readMhtml(bytes: Uint8Array): MhtmlPage | null {
  const text = messageText(bytes);
  const lost = headlessBoundary(text);
  // a body without its header is taken for a saved page's: its boundary is its first line's
  const { headers, body } = lost === null ? splitHead(text) : { headers: new Map<string, string>(), body: text };
  const contentType = lost === null ? headers.get('content-type') ?? '' : 'multipart/related';
  const type = params(contentType);
  const split = leafParts(body, lost ?? type.get('boundary'), 0);
  if (!split) return null;
  const parts = split.parts;
  const html = parts.filter((p) => p.type === 'text/html');
  const start = type.get('start')?.replace(/^<|>$/g, '');
  const root = (start ? html.find((p) => header(p.headers, 'content-id').replace(/^<|>$/g, '') === start) : undefined) ?? html[0];
  if (!root) return null;
  // a file cut short ends inside its last part
  const cut = split.complete ? null : parts[parts.length - 1];
  const partOf = (p: RawPart): MhtmlPart => ({
    cut: p === cut,
    bytes: decodeBody(p.body, header(p.headers, 'content-transfer-encoding')),
    charset: p.ctype.get('charset')?.toLowerCase() ?? null,
    location: header(p.headers, 'content-location') || null,
    name: encodedWords(params(header(p.headers, 'content-disposition')).get('filename') ?? p.ctype.get('name') ?? '') || null,
  });
  const page = partOf(root);
  return {
    page,
    frames: html.filter((p) => p !== root).map(partOf),
    location: headers.get('snapshot-content-location') || page.location,
    complete: split.complete,
    kind: contentType.split(';', 1)[0]!.trim().toLowerCase(),
  };
}

interface RawPart {
  headers: Map<string, string>;
  body: string;
  /** its media type, lower-cased ("text/html") */
  type: string;
  /** its Content-Type's parameters */
  ctype: Map<string, string>;
}

/** Multiparts inside multiparts looked into: a mail's is two deep (mixed → alternative → html). */
const MAX_NESTING = 4;

/**
 * A multipart body's parts, a nested multipart's (a mail's multipart/alternative body) replaced by
 * its own, in order; null without a boundary.
 */
function leafParts(body: string, boundary: string | undefined, depth: number): { parts: RawPart[]; complete: boolean } | null {
  if (!boundary) return null;
  const split = splitParts(body, boundary);
  const parts: RawPart[] = [];
  let complete = split.complete;
  for (const raw of split.parts) {
    let part = rawPart(raw);
    // a mail forwarded as an attachment (转发): its own message, its header and then its body
    if (part.type === 'message/rfc822' && depth < MAX_NESTING) part = rawPart(part.body);
    const nested = part.type.startsWith('multipart/') && depth < MAX_NESTING ? leafParts(part.body, part.ctype.get('boundary'), depth + 1) : null;
    if (nested) complete &&= nested.complete;
    parts.push(...(nested ? nested.parts : [part]));
  }
  return { parts, complete };
}

function rawPart(raw: string): RawPart {
  const { headers, body } = splitHead(raw);
  const ct = header(headers, 'content-type');
  return { headers, body, type: ct.split(';', 1)[0]!.trim().toLowerCase(), ctype: params(ct) };
}

/**
 * RFC 2047 encoded words (`=?GBK?B?xOqxqC5odG1s?=`) decoded: a Chinese mail names its attachments
 * so (Outlook, Foxmail, Coremail). A charset TextDecoder does not know leaves the word as written.
 */
function encodedWords(text: string): string {
  return text.replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=(?:\s+(?==\?))?/g, (word, charset: string, enc: string, data: string) => {
    const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintable(data.replace(/_/g, ' '));
    try {
      return new TextDecoder(charset.split('*', 1)[0]!).decode(bytes);
    } catch {
      return word;
    }
  });
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Header lines continued on the next line (a line that starts with a space or tab) joined. */
function unfold(s: string): string {
  return s.replace(/\r?\n[ \t]+/g, ' ');
}

function splitHead(text: string): { headers: Map<string, string>; body: string } {
  const m = /\r?\n\r?\n/.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  const body = m ? text.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of unfold(head).split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function header(h: Map<string, string>, name: string): string {
  return h.get(name) ?? '';
}

/** A header's parameters (`multipart/related; type="text/html"; boundary="----=_NextPart"`), names lower-cased. */
function params(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of value.matchAll(/;\s*([A-Za-z0-9_.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g)) {
    out.set(m[1]!.toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!);
  }
  return out;
}

/**
 * The body parts between `--boundary` lines, up to the closing `--boundary--` (the preamble and
 * epilogue dropped); `complete` says whether the closing line was there.
 */
function splitParts(body: string, boundary: string): { parts: string[]; complete: boolean } {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let at = lineStart(body, delimiter, 0);
  while (at >= 0) {
    const after = at + delimiter.length;
    if (body.startsWith('--', after)) return { parts, complete: true }; // the closing delimiter
    const contentStart = body.indexOf('\n', after);
    if (contentStart < 0) break;
    const next = lineStart(body, delimiter, contentStart + 1);
    const end = next < 0 ? body.length : next;
    // the line break before a delimiter belongs to the delimiter (RFC 2046 5.1.1)
    parts.push(body.slice(contentStart + 1, end).replace(/\r?\n$/, ''));
    at = next;
  }
  return { parts, complete: false };
}

/** Where `delimiter` next begins a line, from `from` on, or -1. */
function lineStart(text: string, delimiter: string, from: number): number {
  for (let i = text.indexOf(delimiter, from); i >= 0; i = text.indexOf(delimiter, i + 1)) {
    if (i === 0 || text[i - 1] === '\n') return i;
  }
  return -1;
}

function decodeBody(body: string, encoding: string): Uint8Array {
  const e = encoding.trim().toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (e === 'quoted-printable') return quotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

/** RFC 2045 6.7: `=XY` is the byte XY, `=` at a line's end joins it to the next; anything else as it stands. */
function quotedPrintable(body: string): Uint8Array {
  const out = Buffer.allocUnsafe(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x3d) {
      out[n++] = c;
      continue;
    }
    const a = body[i + 1];
    const b = body[i + 2];
    if (a === '\r' && b === '\n') i += 2;
    else if (a === '\n') i += 1;
    else if (a !== undefined && b !== undefined && /^[0-9A-Fa-f]{2}$/.test(a + b)) {
      out[n++] = parseInt(a + b, 16);
      i += 2;
    } else {
      // a soft break with trailing blanks ("=  \r\n"), or a stray "=": kept as written, as mail readers do
      const soft = /^[ \t]*\r?\n/.exec(body.slice(i + 1, i + 80));
      if (soft) i += soft[0].length;
      else out[n++] = c;
    }
  }
  return out.subarray(0, n);
}
