/**
 * A saved report page whose tables are a file it attaches (lib/detect/attachment.ts
 * tablesAttachment), with that file saved beside it: researchers download a report's page and its
 * attachments into one folder. The batch checker then reads the two as the report they are, as the
 * panel does on the reader's click (components/attached-tables.ts): the file's tables, each with
 * its title line, put into the page's text after the line that offers the file, and the whole
 * checked, the text against the tables.
 *
 * The light DOM only reads, so the joining is done on the page's text: the file's page is one this
 * project writes (docx-html.ts), whose tables and title lines are found by their tags; the page's
 * link is found by its attribute as the page wrote it.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileName, isTableTitle } from '../lib/detect/attachment.ts';

/** Where a saved page's attachment may be: beside the page, or in its "<page>_files" folder; by the address's file name, or by the name the page shows. */
export function localAttachment(pageFile: string, href: string, shownName: string): string | null {
  const dir = dirname(pageFile);
  const names = [fileNameOf(href), /\.[a-z]{3,4}$/i.test(shownName) ? shownName : ''].filter((n) => n !== '' && !/[\\/]/.test(n));
  const stem = basename(pageFile).replace(/\.[^.]*$/, '');
  for (const name of names) {
    for (const path of [join(dir, name), join(dir, `${stem}_files`, name)]) if (existsSync(path)) return path;
  }
  return null;
}

/** The last part of an address's path, decoded ("../up/P0201.docx?v=2" → "P0201.docx"). */
function fileNameOf(href: string): string {
  return fileName(href.split(/[?#]/, 1)[0] ?? '');
}


/** The file's tables (outermost), each after the <p> that titles it, from a page docx-html.ts or xlsx-html.ts wrote. */
export function tablesHtml(fileHtml: string): string {
  const out: string[] = [];
  const tag = /<(\/?)(table|p)\b[^>]*>/gi;
  let depth = 0;
  let start = -1;
  let lastP: { html: string; end: number } | null = null;
  let pStart = -1;
  for (let m = tag.exec(fileHtml); m; m = tag.exec(fileHtml)) {
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'table') {
      if (!closing && depth++ === 0) {
        start = m.index;
        // the paragraph right before the table (nothing but space between) titles it
        if (lastP && fileHtml.slice(lastP.end, start).trim() === '') {
          const text = lastP.html.replace(/<[^>]*>/g, '').trim();
          if (isTableTitle(text)) out.push(lastP.html);
        }
      } else if (closing && depth > 0 && --depth === 0) {
        out.push(fileHtml.slice(start, m.index + m[0].length));
        lastP = null;
      }
    } else if (depth === 0) {
      if (!closing) pStart = m.index;
      else if (pStart >= 0) {
        lastP = { html: fileHtml.slice(pStart, m.index + m[0].length), end: m.index + m[0].length };
        pStart = -1;
      }
    }
  }
  return out.join('\n');
}

/** How many tables are open at an offset of the page's text. */
function tableDepth(text: string, at: number): number {
  let depth = 0;
  for (const m of text.slice(0, at).matchAll(/<(\/?)table\b[^>]*>/gi)) depth = Math.max(0, depth + (m[1] === '/' ? -1 : 1));
  return depth;
}

/** The end of the block an offset stands in: after the first closing p, div, li or heading from there. */
const BLOCK_END = /<\/(?:p|div|li|h[1-6])\s*>/gi;

/**
 * The page's text with `tables` after the block of the link whose attribute is `href` as the page
 * wrote it (its &amp;s escaped or not), else before </body>, else at the end; and how many of the
 * page's tables stand before them (CellRef.table counts every table of the joined page).
 */
export function withTables(pageText: string, href: string, tables: string): { text: string; before: number } {
  const at = insertAt(pageText, href);
  return { text: `${pageText.slice(0, at)}\n${tables}\n${pageText.slice(at)}`, before: (pageText.slice(0, at).match(/<table\b/gi) ?? []).length };
}

function insertAt(pageText: string, href: string): number {
  const forms = [href, href.replace(/&/g, '&amp;')];
  let at = -1;
  for (const h of forms) {
    for (const q of ['"', "'"]) {
      const i = pageText.indexOf(`=${q}${h}${q}`);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
  }
  if (at >= 0) {
    // a link in a table (a CMS's list of attachments): after that table, never in its cell
    const depth = tableDepth(pageText, at);
    if (depth > 0) {
      const tags = /<(\/?)table\b[^>]*>/gi;
      tags.lastIndex = at;
      for (let d = depth, m = tags.exec(pageText); m; m = tags.exec(pageText)) {
        d += m[1] === '/' ? -1 : 1;
        if (d === 0) return m.index + m[0].length;
      }
    }
    BLOCK_END.lastIndex = at;
    const end = BLOCK_END.exec(pageText);
    if (end) return end.index + end[0].length;
  }
  const body = pageText.search(/<\/body\s*>/i);
  return body >= 0 ? body : pageText.length;
}
