/**
 * PATH arguments → the list of files to check, in input order. A file is taken as given (whatever
 * its extension: the user named it); a folder is searched recursively for saved pages, entries
 * sorted by name (UTF-16 code unit order, not locale order, so the order is the same on every
 * machine), so that a folder's files come out depth-first in sorted order.
 */
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
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
      out.push({ file: p, error: await pathMessage(p, e) });
      continue;
    }
    if (s.isDirectory()) {
      const before = out.length;
      await walkFolder(p, out, new Set(), skipped);
      if (out.length === before) emptyFolders.push(p);
    } else {
      // a pipe the shell hands over (/dev/stdin, <(curl …)) is read as cat reads it; a named one is not
      const other = s.isFile() || (s.isFIFO() && !(await isNamedPipe(p))) ? null : notAFile(s);
      out.push(other === null ? { file: p } : { file: p, error: other });
    }
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
      if (isPagePath(name)) out.push({ file: full, error: await pathMessage(full, e) });
      continue;
    }
    if (s.isDirectory()) await walkFolder(full, out, seen, skipped);
    else if (s.isFile() && isPagePath(name)) out.push({ file: full });
    // a page's name on a FIFO, a socket or a device: said, not read (a FIFO's read would wait for a writer forever)
    else if (!s.isFile() && isPagePath(name)) out.push({ file: full, error: notAFile(s) });
    else if (s.isFile() && isDocumentPath(name)) skipped.push(full);
  }
}

/**
 * What a PATH that is neither a file nor a folder is. A named pipe (mkfifo) is not read: with no
 * writer the read would wait forever, and the files after it would never be checked.
 */
function notAFile(s: Stats): string {
  if (s.isFIFO()) return '是命名管道（FIFO），不是文件：未读取（读取会一直等待写入方）';
  if (s.isSocket()) return '是套接字（socket），不是文件：未读取';
  if (s.isCharacterDevice() || s.isBlockDevice()) return '是设备文件，不是普通文件：未读取';
  return '不是普通文件：未读取';
}

/** A pipe with a place in the file system (mkfifo), not one the shell made (/dev/stdin, /dev/fd/63 resolve to /proc/…/pipe:[n]). */
async function isNamedPipe(path: string): Promise<boolean> {
  try {
    return (await lstat(await realpath(path))).isFIFO();
  } catch {
    return false;
  }
}

/** Why a PATH could not be found: a symlink whose target is missing (dangling) or a loop of links is said to be one. */
async function pathMessage(path: string, e: unknown): Promise<string> {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ELOOP') return '符号链接循环，找不到文件 (ELOOP)';
  if (code === 'ENOENT') {
    try {
      if ((await lstat(path)).isSymbolicLink()) {
        return `是符号链接，但它指向的“${await readlink(path)}”不存在（悬空链接）(ENOENT)`;
      }
    } catch {
      // the path itself is missing: said as ioMessage says it
    }
  }
  return ioMessage(e);
}
