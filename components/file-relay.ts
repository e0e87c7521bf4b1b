/**
 * A report's file on another host than the page's: many portals keep their attachments on a host
 * of their own (a page on www.xx.gov.cn, its 附件 on file.xx.gov.cn or xxgk.xx.gov.cn). The page's
 * own fetch of it is cross-origin and the file server sends no CORS header, so the lens asks the
 * background, which may fetch any *.gov.cn address (Chrome grants it with the content script's
 * *.gov.cn match; Firefox's build asks for the same hosts: wxt.config.ts), and hands the bytes
 * back as base64 (a message is JSON in Chrome). Only *.gov.cn addresses, only http(s), never
 * more than MAX_FILE_BYTES, and without cookies: the page names the file, the background fetches
 * nothing else and sends no session of the user's with it.
 */
import { browser } from 'wxt/browser';
import { fetchFile } from './file-fetch.ts';
import { FileReadError, onGovHost, readFailure } from './file-read.ts';

export interface FetchFileRequest {
  type: 'nianbao-lens/fetch-file';
  href: string;
}

/** The file's bytes (base64), or why it could not be fetched. */
export type FetchFileAnswer = { bytes: string } | { failure: 'network' | 'too-large' };

export function isFetchFileRequest(m: unknown): m is FetchFileRequest {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'nianbao-lens/fetch-file' && typeof (m as { href?: unknown }).href === 'string';
}

/** Is the file on another origin than the page (its fetch from the page would be cross-origin)? */
export function otherOrigin(href: string, pageUrl: string): boolean {
  try {
    return new URL(href).origin !== new URL(pageUrl).origin;
  } catch {
    return true;
  }
}

/** The lens's side: the file's bytes, fetched by the background. */
export async function fetchThroughBackground(href: string): Promise<Uint8Array> {
  const request: FetchFileRequest = { type: 'nianbao-lens/fetch-file', href };
  let answer: FetchFileAnswer | undefined;
  try {
    answer = (await browser.runtime.sendMessage(request)) as FetchFileAnswer | undefined;
  } catch {
    throw new FileReadError('network');
  }
  if (!answer || typeof answer !== 'object') throw new FileReadError('network');
  if ('failure' in answer) throw new FileReadError(answer.failure === 'too-large' ? 'too-large' : 'network');
  return fromBase64(answer.bytes);
}

/** The background's side: fetches a *.gov.cn file for a content script. */
export async function answerFetchFile(request: FetchFileRequest): Promise<FetchFileAnswer> {
  if (!onGovHost(request.href)) return { failure: 'network' };
  try {
    // without cookies: the file is shown on the page, whose scripts could read it, so the
    // background never sends a user's session to another host for it (a report's 附件 is public)
    return { bytes: toBase64(await fetchFile(request.href, 'omit')) };
  } catch (e) {
    return { failure: readFailure(e) === 'too-large' ? 'too-large' : 'network' };
  }
}

/** Bytes as base64, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
