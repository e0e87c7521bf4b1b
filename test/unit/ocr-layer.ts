/**
 * A text PDF turned into what a scanner's or Acrobat's OCR leaves: the same text, drawn invisibly
 * (text rendering mode 3) — the layer such PDFs lay over their page pictures, which pdf.js reads as
 * text like any other. Each content stream that shows text is inflated, "3 Tr" put after each BT
 * (or after the BT of the page numbers given), and written back uncompressed; pdf.js rebuilds the
 * cross-reference table the changed lengths leave stale. Used by pdf-ocr.test.ts and
 * attachment-pdf.e2e.ts.
 */
import { inflateSync } from 'node:zlib';

export function withOcrLayer(pdf: Uint8Array, onlyStreams?: (k: number) => boolean): Buffer {
  const src = Buffer.from(pdf);
  const s = src.toString('latin1');
  const stream = /<<((?:(?!>>\s*stream)[^])*?)>>\s*stream\r?\n/g;
  let out = '';
  let at = 0;
  let k = 0;
  for (let m = stream.exec(s); m; m = stream.exec(s)) {
    const start = stream.lastIndex;
    const end = s.indexOf('endstream', start);
    const dict = m[1]!;
    if (end < 0 || !/\/FlateDecode/.test(dict) || /\/Subtype\s*\/Image|\/Length1|\/Subtype\s*\/Type0C|\/Type\s*\/XObject/.test(dict)) continue;
    let text: string;
    try {
      text = inflateSync(src.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!/\bBT\b/.test(text)) continue;
    if (onlyStreams && !onlyStreams(k++)) continue;
    const changed = text.replace(/\bBT\b/g, 'BT 3 Tr');
    const plain = dict.replace(/\/Filter\s*\/FlateDecode/, '').replace(/\/Length\s+\d+(?:\s+0\s+R)?/, `/Length ${changed.length}`);
    out += `${s.slice(at, m.index)}<<${plain}>>stream\n${changed}\n`;
    at = end;
  }
  return Buffer.from(out + s.slice(at), 'latin1');
}
