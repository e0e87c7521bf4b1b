/**
 * A tab that shows a PDF (Chromium's viewer: components/pdf-tab.ts), read on request (lens.tsx readPdfTab): the file
 * itself, by the reader a report's PDF attachment is read with (components/pdf-read.ts), and the narrative stage that
 * checks it; or why it could not be read (TabState.pdfUnread, said in the popup).
 */
import type { ProseModule } from '../../components/prose-global.ts';
import type { TabState } from '../../components/messages.ts';
import { readFailure } from '../../components/file-read.ts';
import { loadFiles } from '../../components/files-module.ts';
import { loadProse } from '../../components/prose-module.ts';
import { pdfFileName } from '../../components/pdf-tab.ts';

export type PdfTabRead =
  | { name: string; file: Document; prose: ProseModule }
  | { name: string; unread: NonNullable<TabState['pdfUnread']> };

export async function readPdfTabFile(url: string): Promise<PdfTabRead> {
  const name = pdfFileName(url);
  const [files, prose] = await Promise.all([loadFiles('pdf').catch(() => null), loadProse().catch(() => null)]);
  try {
    if (!files || !prose) throw new Error('no reader');
    return { name, file: await files.readAttachmentFile(url, name), prose };
  } catch (e) {
    return { name, unread: files && prose ? (readFailure(e) ?? 'not-word') : 'no-reader' };
  }
}
