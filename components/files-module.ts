/**
 * The file reader (components/docx-read.ts), which the lens loads only when the reader asks for a
 * report's Word or Excel file (components/file-read.ts says why). Its own built script,
 * entrypoints/content-files.ts, leaves it on the isolated world's global object, as the lens
 * itself does (entrypoints/content/lens-global.ts): on a *.gov.cn page the lens imports the file
 * (web-accessible there); on a page checked on request the popup injected it before the lens
 * (components/run-on-tab.ts), so it is there already.
 */
import { browser } from 'wxt/browser';

/** The reader's file in the built extension (an unlisted script, web-accessible on *.gov.cn). */
export const FILES_FILE = '/content-files.js';
export const FILES_GLOBAL = '__nianbaoFiles';

export interface FilesModule {
  /** the file at href as a document of its own (docx-read.ts readAttachmentFile) */
  readAttachmentFile(href: string, name: string): Promise<Document>;
}

type Scope = { [FILES_GLOBAL]?: FilesModule };

let loading: Promise<FilesModule> | null = null;

/** The file reader: already here, or imported once (a failed import is tried again next time). */
export function loadFiles(): Promise<FilesModule> {
  const here = (globalThis as Scope)[FILES_GLOBAL];
  if (here) return Promise.resolve(here);
  return (loading ??= (async () => {
    try {
      await import(/* @vite-ignore */ browser.runtime.getURL(FILES_FILE as '/content-files.js'));
      const mod = (globalThis as Scope)[FILES_GLOBAL];
      if (!mod) throw new Error('the file reader did not load');
      return mod;
    } catch (e) {
      loading = null;
      throw e;
    }
  })());
}
