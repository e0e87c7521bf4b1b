/**
 * Text in a Windows code page (a .doc's or an .xls's title or strings in a Chinese Word's GBK, or
 * Big5, or another), or null when the bytes are not text in it. Uses TextDecoder, which Node and
 * every browser have; the readers in lib/ (lib/doc, lib/xls) take this as a parameter rather than
 * calling it, so that they need no decoder of their own: the batch checker and the extension pass
 * this one.
 */
export function decodeCodePage(bytes: Uint8Array, codePage: number): string | null {
  try {
    return new TextDecoder(codePage === 936 ? 'gb18030' : codePage === 950 ? 'big5' : `windows-${codePage}`, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
