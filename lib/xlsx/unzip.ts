/**
 * An Excel file's (.xlsx) parts that xlsx-html.ts reads, out of its zip, with fflate as for Word
 * files (lib/docx/unzip.ts): only the workbook, its relationships, the worksheets, the shared
 * strings, the styles and the core properties are inflated; pictures, charts and drawings are not.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { XlsxParts } from './xlsx-html.ts';

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const SHARED = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const CORE = 'docProps/core.xml';
const FIXED = new Set([WORKBOOK, RELS, SHARED, STYLES, CORE]);
/** Where Excel, WPS and the libraries that write .xlsx put worksheets (chartsheets hold no cells). */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** The parts of an .xlsx, or null when the zip is no Excel workbook (a .docx, an .ofd, an .epub…). */
export function readXlsx(bytes: Uint8Array): XlsxParts | null {
  const files = unzipSync(bytes, { filter: (f) => FIXED.has(f.name) || WORKSHEET.test(f.name) });
  const text = (name: string): string | undefined => (files[name] ? strFromU8(files[name]) : undefined);
  const workbook = text(WORKBOOK);
  if (workbook === undefined) return null;
  const sheets: Record<string, string> = {};
  for (const name of Object.keys(files)) if (WORKSHEET.test(name)) sheets[name] = strFromU8(files[name]!);
  const [sharedStrings, styles, core] = [text(SHARED), text(STYLES), text(CORE)];
  return {
    workbook,
    rels: text(RELS) ?? '<Relationships/>',
    sheets,
    ...(sharedStrings !== undefined ? { sharedStrings } : {}),
    ...(styles !== undefined ? { styles } : {}),
    ...(core !== undefined ? { core } : {}),
  };
}
