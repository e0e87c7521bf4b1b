/**
 * The streams of a Word 97–2003 file that are read: WordDocument (the text and the FKPs), the
 * table stream the FIB names (0Table or 1Table) and Data (large paragraph properties). A compound
 * file without WordDocument is no Word file (an .xls has Workbook, a WPS 表格 .et its own).
 */
import { readCfb } from './cfb.ts';
import { DocReadError } from './doc-error.ts';

export function cfbStreams(bytes: Uint8Array): { word: Uint8Array; table: (name: string) => Uint8Array | null; data: () => Uint8Array | null; summary: () => Uint8Array | null } {
  const cfb = readCfb(bytes);
  const word = cfb.stream('WordDocument');
  if (!word) throw new DocReadError('not-word', `streams: ${cfb.names.slice(0, 8).join(', ')}`);
  // the encryption header of an RC4 CryptoAPI file is in the table stream; the FIB says it (fEncrypted)
  return { word, table: (name) => cfb.stream(name), data: () => cfb.stream('Data'), summary: () => cfb.stream('\x05SummaryInformation') };
}
