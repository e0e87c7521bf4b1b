/**
 * Decoded text to the Document the core reads (the light DOM, cli/light-dom.ts), with the elements a
 * browser adds around a text saved without them; and a file's path as the address the core is given.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseLight } from './light-parse.ts';

/**
 * Decoded text → a Document for the core: the light DOM (cli/light-dom.ts), a plain-object tree
 * built from htmlparser2's events. A browser's parser always builds html, head and body; this one
 * (like linkedom, which it replaced) makes the first element of the text the document element, so a
 * page saved without its <html> (a CMS's content fragment fetched on its own, a page cut down by
 * hand) came out as a <title> or a <table> at the root, with the rest beside it, and a text with
 * no element at all had none (doc.body then throws). Such a text is parsed again inside the
 * elements a browser would have added (withHtmlElement). The text may come in pieces (decodeInPieces).
 */
export function parsePage(text: string | readonly string[]): Document {
  // the light DOM answers what lib/ reads through the standard interfaces
  const doc = parseLight(text);
  if (doc.documentElement?.localName === 'html') return doc as unknown as Document;
  return parseLight(withHtmlElement(typeof text === 'string' ? text : text.join(''))) as unknown as Document;
}

/** What a browser puts in <head> when a page starts without one: its title, metadata, styles and scripts. */
const LEADING_HEAD = /^(?:\s+|<!--[\s\S]*?-->|<title\b[^>]*>[\s\S]*?<\/title\s*>|<(?:meta|link|base)\b[^>]*>|<(style|script|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>)*/i;

/**
 * The text with the <html>, <head> and <body> a browser would have made around it: a doctype stays
 * first; text before an <html> tag goes inside it; without one, the leading title, meta, link,
 * style and script elements go in <head> and the rest in <body> (or, when the text has its own
 * <head> or <body>, all of it inside <html>).
 */
export function withHtmlElement(text: string): string {
  const doctype = /^\s*(?:<!doctype[^>]*>)?/i.exec(text)![0];
  const rest = text.slice(doctype.length);
  const html = /<html(?=[\s>])[^>]*>/i.exec(rest);
  if (html) return `${doctype}${html[0]}${rest.slice(0, html.index)}${rest.slice(html.index + html[0].length)}`;
  if (/<(?:head|body)(?=[\s>])/i.test(rest)) return `${doctype}<html>${rest}</html>`;
  const head = LEADING_HEAD.exec(rest)![0];
  return `${doctype}<html><head>${head}</head><body>${rest.slice(head.length)}</body></html>`;
}

export function fileUrl(path: string): string {
  return pathToFileURL(resolve(path)).href;
}
