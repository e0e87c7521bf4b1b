/**
 * The reader of a report's PDF file (components/pdf-read.ts, with pdf.js), apart from the lens and
 * from the Word/Excel reader: ~1.7 MB that only a PDF's reading needs, loaded when the reader asks
 * (components/files-module.ts). It leaves the reader on the isolated world's global object, whether
 * it ran as a module (the lens's import on a *.gov.cn page) or as a script (injected by the
 * background on a page checked on request: entrypoints/background.ts).
 */
import { readPdfFile } from '../components/pdf-read.ts';
import { PDF_GLOBAL, type FilesModule } from '../components/files-globals.ts';

export default defineUnlistedScript(() => {
  const module: FilesModule = { readAttachmentFile: readPdfFile };
  (globalThis as { [PDF_GLOBAL]?: FilesModule })[PDF_GLOBAL] = module;
});
