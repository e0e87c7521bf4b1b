/**
 * A Word file's (.docx) parts that docx-html.ts reads, out of its zip: for the batch checker and
 * for the extension (a report's Word attachment). Unzipped with fflate (small, no dependencies,
 * synchronous, in Node and browsers alike): only the two parts read are inflated, so a report
 * with large pictures costs no more than its text.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { DocxParts } from './docx-html.ts';

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

/** The parts of a .docx, or null when the zip is no Word document (an .xlsx, an .ofd, an .epub…). */
export function readDocx(bytes: Uint8Array): DocxParts | null {
  const files = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT || f.name === CORE });
  const document = files[DOCUMENT];
  if (!document) return null;
  const core = files[CORE];
  return { document: strFromU8(document), ...(core ? { core: strFromU8(core) } : {}) };
}
