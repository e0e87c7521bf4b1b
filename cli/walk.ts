/**
 * PATH arguments → the list of files to check, in input order. A file is taken as given (whatever
 * its extension: the user named it); a folder is searched recursively for saved pages, entries
 * sorted by name (UTF-16 code unit order, not locale order, so the order is the same on every
 * machine), so that a folder's files come out depth-first in sorted order.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ioMessage } from './load-page.ts';

/**
 * What a folder is searched for: saved pages, and Word, Excel, WPS, PDF and OFD files (read as pages:
 * lib/doc/doc-html.ts, lib/docx/docx-html.ts, lib/xls/xls-html.ts, lib/xlsx/xlsx-html.ts, lib/pdf/pdf-html.ts,
 * lib/ofd/ofd-html.ts). An Excel file that holds no report (a list of 政务公开目录 items) is
 * checked all the same and comes out as no report. WPS's .wps and .et are a Word 97 document and an
 * Excel 97 workbook with WPS's additions (LibreOffice reads them so), told by their bytes as a .doc
 * and an .xls are; an old Microsoft Works .wps is said to be no Word file.
 */
export const PAGE_EXTENSIONS = ['.html', '.htm', '.shtml', '.mhtml', '.mht', '.doc', '.docx', '.wps', '.xls', '.et', '.xlsx', '.pdf', '.ofd'] as const;

export interface WalkEntry {
  /** the path as given, or found under a given folder */
  file: string;
  /** set when the PATH cannot be used at all (missing, unreadable folder) */
  error?: string;
}

/** Reports published as documents, not pages: skipped in a folder, and counted (the run says so). */
export const DOCUMENT_EXTENSIONS = ['.ceb'] as const;

export function isDocumentPath(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function isPagePath(name: string): boolean {
  const lower = name.toLowerCase();
  return PAGE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `emptyFolders`, when given, collects the folders given as PATHs in which nothing was found to check
 * (a wrong folder, a download that saved nothing): a run that checked nothing must not pass unsaid.
 * `skipped`, when given, collects the documents (CEB) a folder held: not
 * checked, but a reader who pointed the checker at a folder of reports must learn that some were
 * left out. A document named as a PATH is checked like any file, and said to be what it is.
 */
export async function expandPaths(paths: readonly string[], skipped: string[] = [], emptyFolders: string[] = []): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      out.push({ file: p, error: ioMessage(e) });
      continue;
    }
    if (s.isDirectory()) {
      const before = out.length;
      await walkFolder(p, out, new Set(), skipped);
      if (out.length === before) emptyFolders.push(p);
    } else out.push({ file: p });
  }
  return out;
}

async function walkFolder(dir: string, out: WalkEntry[], seen: Set<string>, skipped: string[]): Promise<void> {
  // a symlink loop would otherwise recurse forever
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    out.push({ file: dir, error: ioMessage(e) });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    out.push({ file: dir, error: ioMessage(e) });
    return;
  }
  names.sort(byCodeUnits);
  for (const name of names) {
    const full = join(dir, name);
    let s;
    try {
      s = await stat(full); // follows symlinks
    } catch (e) {
      // a page that cannot be read (a dangling link) is reported; anything else is not ours to judge
      if (isPagePath(name)) out.push({ file: full, error: ioMessage(e) });
      continue;
    }
    if (s.isDirectory()) await walkFolder(full, out, seen, skipped);
    else if (s.isFile() && isPagePath(name)) out.push({ file: full });
    else if (s.isFile() && isDocumentPath(name)) skipped.push(full);
  }
}
