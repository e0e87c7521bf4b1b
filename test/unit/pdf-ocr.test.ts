// @vitest-environment node
/**
 * A scan's OCR layer (lib/pdf/pdf-html.ts invisibleText): text drawn invisibly over the page's
 * picture, which pdf.js reads as any text. Recognised figures carry the recognition's mistakes, so
 * such a PDF is not checked, and the batch checker and the extension say why; a PDF written as text
 * that hides a little of it is read as before.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdfPages } from '../../cli/pdf-read.ts';
import { invisibleText, holdsText } from '../../lib/pdf/pdf-html.ts';
import { checkFile, PDF_OCR } from '../../cli/load-page.ts';
import { withOcrLayer } from './ocr-layer.ts';

const PRINT = join(import.meta.dirname, '../e2e/pages/wrong-cell-2021.pdf');
const print = new Uint8Array(readFileSync(PRINT));

/** A one-page PDF whose content stream is `content` (Helvetica as F1). */
function onePage(content: string): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer << /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('glyphs shown, and shown invisibly (lib/pdf/pdf-read-pages.ts)', () => {
  it('counts the glyphs of Tj and TJ, invisible under 3 Tr and 7 Tr, the mode restored with Q', async () => {
    const pages = await readPdfPages(new Uint8Array(onePage(
      'q BT /F1 12 Tf 3 Tr 72 700 Td (abc) Tj ET Q BT /F1 12 Tf 72 680 Td [(de) -120 (f)] TJ ET BT /F1 12 Tf 7 Tr 72 660 Td (gh) Tj 0 Tr (i) Tj ET',
    )));
    expect(pages[0]!.glyphs).toEqual({ shown: 9, invisible: 5 });
    expect(pages[0]!.runs.map((r) => r.str).join('')).toContain('abc'); // pdf.js reads the invisible text as text
  });

  it('a text PDF: every glyph visible; its OCR twin: every glyph invisible, the same text read', async () => {
    const plain = await readPdfPages(print);
    const ocr = await readPdfPages(new Uint8Array(withOcrLayer(print)));
    const count = (ps: typeof plain) => ps.reduce((n, p) => n + (p.glyphs?.shown ?? 0), 0);
    expect(count(plain)).toBeGreaterThan(1000);
    expect(plain.every((p) => p.glyphs?.invisible === 0)).toBe(true);
    expect(ocr.every((p) => p.glyphs!.invisible === p.glyphs!.shown)).toBe(true);
    expect(ocr.map((p) => p.runs.map((r) => r.str).join(''))).toEqual(plain.map((p) => p.runs.map((r) => r.str).join('')));
  });
});

describe('invisibleText', () => {
  it('is said of the OCR twin, not of the print, nor of a print that hides one page of six', async () => {
    expect(invisibleText(await readPdfPages(print))).toBe(false);
    const ocr = await readPdfPages(new Uint8Array(withOcrLayer(print)));
    expect(holdsText(ocr)).toBe(true);
    expect(invisibleText(ocr)).toBe(true);
    const onePageHidden = await readPdfPages(new Uint8Array(withOcrLayer(print, (k) => k === 0)));
    expect(onePageHidden[0]!.glyphs!.invisible).toBeGreaterThan(0);
    expect(invisibleText(onePageHidden)).toBe(false);
  });
  it('pages without counts (another reader) are never said to be a scan', () => {
    expect(invisibleText([{ runs: [{ str: '1', x: 0, y: 0, w: 5, h: 10 }] }])).toBe(false);
  });
});

describe('the batch checker', () => {
  it('says a scan with its OCR layer cannot be checked, and checks the print it was made from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-ocr-'));
    writeFileSync(join(dir, 'scan-ocr.pdf'), withOcrLayer(print));
    const scan = await checkFile(join(dir, 'scan-ocr.pdf'));
    expect(scan.analysis).toBeNull();
    expect(scan.error).toBe(PDF_OCR);
    const plain = await checkFile(PRINT);
    expect(plain.error ?? null).toBeNull();
    expect(plain.analysis?.isReport).toBe(true);
    expect(plain.analysis?.findings.some((f) => f.severity === 'error')).toBe(true);
  });
});
