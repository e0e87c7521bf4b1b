/**
 * A report's file read and checked (lens.tsx readFile, when the reader asks): the Word, Excel or
 * PDF file the page offers, read by its reader (components/files-module.ts) and checked by the
 * core, alone when it holds the whole report, with the page's text when it holds the report's
 * tables (components/attached-tables.ts); then shown on the page, where its cells are marked
 * (components/file-tables-shown.ts), or kept apart where it cannot be shown.
 */
import { analyzeTables } from '../../lib/analyze-tables.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { tableResolver } from '../../lib/grid/aria-tables.ts';
import type { FilesModule } from '../../components/files-globals.ts';
import type { ProseModule } from '../../components/prose-global.ts';
import { joinFileTables } from '../../components/attached-tables.ts';
import { joinedTableAt, showFileTables } from '../../components/file-tables-shown.ts';
import type { FileReading } from '../../components/panel.tsx';
import type { Translate } from '../../components/i18n.ts';
import type { SessionPlace } from './session.tsx';
import { fetchThroughBackground, otherOrigin } from '../../components/file-relay.ts';
import { readableAttachment } from '../../components/file-read.ts';

export interface FileRef {
  kind: string;
  name: string;
  href: string;
}

/** Where the page's report was found: its document (the page's, or a frame's), the frame and its address. */
export interface PagePlace {
  doc: Document;
  frame: SessionPlace['frame'];
  url: string;
}

export interface FileChecked {
  analysis: ReportAnalysis;
  /** the file as the document its reader made */
  file: Document;
  /** the page's text with the file's tables in it, for a file that holds only the tables */
  joined: ReturnType<typeof joinFileTables> | null;
  /** the address the report is checked under: the file's for a whole report, the page's for its tables */
  url: string;
}

/**
 * Reads the file and checks it, the narrative stage included (prose: components/prose-module.ts); a
 * reading that fails throws the reader's error (components/file-read.ts readFailure).
 */
export async function checkFile(files: FilesModule, prose: ProseModule, a: FileRef, holds: 'report' | 'tables', page: PagePlace): Promise<FileChecked> {
  // a file on another host (a portal's file server) comes through the background (file-relay.ts)
  const file = await files.readAttachmentFile(a.href, a.name, otherOrigin(a.href, page.url) ? fetchThroughBackground : undefined);
  const analyze = (doc: Document, url: string): ReportAnalysis => prose.completeAnalysis(analyzeTables(doc, { url }));
  if (holds === 'tables') {
    const joined = joinFileTables(page.doc, a.href, file);
    return { analysis: { ...analyze(joined.doc, page.url), tablesFile: a, readFromFile: true }, file, joined, url: page.url };
  }
  return { analysis: { ...analyze(file, a.href), attachment: a, readFromFile: true }, file, joined: null, url: a.href };
}

/** Why a file read gives no report to show: it holds none, or (beside the page's text) no table the core reads; else null. */
export function unusable(c: FileChecked, holds: 'report' | 'tables'): Extract<FileReading['state'], 'no-report' | 'no-tables'> | null {
  if (!c.analysis.isReport) return 'no-report';
  const { t2, t3, t4 } = c.analysis.tables;
  return holds === 'tables' && t3.length === 0 && t2.length === 0 && t4.length === 0 ? 'no-tables' : null;
}

/**
 * The checked file shown on the page and the session's place: the file's tables after the line
 * that offers the file (file-tables-shown.ts), where the findings' cells are marked; the text's
 * claims are the page's own, marked where they stand. A whole report's file is shown whole, its
 * text's claims marked in it. Where the file cannot be shown, it is a document apart and nothing of
 * it is marked.
 */
export function placeFile(page: PagePlace, a: FileRef, c: FileChecked, t: Translate): { place: SessionPlace; shown: boolean } {
  const { analysis, file, joined, url } = c;
  const pageAt = tableResolver(page.doc);
  const shown = joined
    ? showFileTables(page.doc, a.href, file, t('fileTablesCaption', a.name))
    : showFileTables(page.doc, a.href, file, t('fileCaption', a.name), true);
  const at = { doc: page.doc, frame: page.frame, url, analysis };
  const place: SessionPlace = shown && joined
    ? { ...at, shown, tableAt: joinedTableAt(joined.doc, joined.inserted, pageAt, shown.tables) }
    : shown
      ? { ...at, shown, tableAt: (i) => shown.tables[i], quoteRoot: shown.content }
      : joined
        ? { ...at, tableAt: () => undefined }
        : { doc: file, frame: null, url, analysis, detached: true };
  return { place, shown: !!shown };
}

/**
 * The file the panel offers to read for a report found at `url` (lens.tsx run): its Word, Excel or PDF file, else its
 * tables' file (lib/detect/attachment.ts), when the lens can read it from there; null when there is none.
 */
export function offeredFile(analysis: ReportAnalysis, url: string): FileReading | null {
  return readableAttachment(analysis.attachment, url) ? { name: analysis.attachment.name, holds: 'report', state: 'offered', pdf: analysis.attachment.kind === 'PDF', ofd: analysis.attachment.kind === 'OFD' }
    : readableAttachment(analysis.tablesFile, url) ? { name: analysis.tablesFile.name, holds: 'tables', state: 'offered', pdf: analysis.tablesFile.kind === 'PDF', ofd: analysis.tablesFile.kind === 'OFD' } : null;
}
