/**
 * The reader of a report's Word or Excel file (components/docx-read.ts, with the unzipper), apart
 * from the lens: loaded when the reader asks for the file (components/files-module.ts), so that a
 * report page does not evaluate the unzipper before its panel (components/file-read.ts). It leaves
 * the reader on the isolated world's global object, whether it ran as a module (the lens's import)
 * or as a script (injected before the lens on a manual run: components/run-on-tab.ts).
 */
import { readAttachmentFile } from '../components/docx-read.ts';
import { FILES_GLOBAL, type FilesModule } from '../components/files-globals.ts';

export default defineUnlistedScript(() => {
  const module: FilesModule = { readAttachmentFile };
  (globalThis as { [FILES_GLOBAL]?: FilesModule })[FILES_GLOBAL] = module;
});
