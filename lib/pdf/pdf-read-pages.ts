/**
 * A PDF's text as placed runs and its drawn lines and rectangles (pdf-html.ts rebuilds the page
 * from them; lattice.ts reads a table from its borders), read by pdf.js (pdfjs-dist, pinned): the
 * reader Firefox ships, kept by Mozilla, which decodes the fonts' encodings (Word's and WPS's
 * subset CID fonts with their ToUnicode maps) that a hand-written reader would get wrong, and lists
 * the operators that draw each path. Text and paths only: no rendering, no font loaded, no script
 * of the file run (isEvalSupported off).
 *
 * pdf.js itself is passed in, loaded by whoever runs this: the batch checker from node_modules on
 * its first PDF (cli/pdf-read.ts), the extension from its own lazily loaded script
 * (entrypoints/content-pdf.ts). Nothing here touches a browser global.
 */
import type { PdfPage, PdfRun } from './pdf-lines.ts';
import type { PdfRule } from './lattice.ts';

/** What of pdf.js this reads (its legacy and modern builds alike). */
export interface PdfJsLike {
  OPS: Record<string, number>;
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocLike> };
}
interface PdfDocLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  destroy(): Promise<void>;
}
interface PdfPageLike {
  view: number[];
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): unknown;
}

/** At most this many pages are read (a report runs to 5–15; a PDF of hundreds is no report). */
const MAX_PAGES = 60;

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** The runs of each page; throws pdf.js's error when the file cannot be opened (damaged, encrypted). */
export async function readPdfPagesWith(pdfjs: PdfJsLike, bytes: Uint8Array): Promise<PdfPage[]> {
  // a copy, and a plain Uint8Array (pdf.js refuses a Node Buffer); pdf.js takes its buffer over
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items as TextItemLike[]) {
        const t = item.transform;
        if (typeof item.str !== 'string' || !t) continue;
        // text turned on its side (a vertical label) is read where it starts, as one run
        runs.push({ str: item.str, x: t[4]!, y: t[5]!, w: item.width ?? 0, h: item.height || Math.hypot(t[2]!, t[3]!) || 10 });
      }
      const ops = await page.getOperatorList();
      pages.push({ runs, rules: rulesOf(ops, pdfjs.OPS, page.view), glyphs: glyphsOf(ops, pdfjs.OPS) });
      page.cleanup();
    }
    return pages;
  } finally {
    void doc.destroy();
  }
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m then n, as PDF's cm concatenates: a point goes through m first. */
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/**
 * The page's ruling (lib/pdf/lattice.ts): every rectangle and straight line a path strokes or
 * fills, in the space the text's runs are placed in. Curves are no border. A rectangle as
 * large as the page (its clip, a background) is none either.
 */
function rulesOf(list: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>, view: number[]): PdfRule[] {
  const out: PdfRule[] = [];
  const pageW = (view[2] ?? 0) - (view[0] ?? 0);
  const pageH = (view[3] ?? 0) - (view[1] ?? 0);
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let pending: PdfRule[] = [];
  // what is painted: a clip draws nothing (Word clips each line of text and each cell alike)
  const paints = new Set([OPS.fill, OPS.eoFill, OPS.stroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const box = (pts: [number, number][]): PdfRule => {
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  };
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = times(args as Matrix, ctm);
    else if (fn === OPS.constructPath && args) {
      const [ops, coords] = args as [number[], number[]];
      let k = 0;
      let at: [number, number] | null = null;
      for (const op of ops) {
        if (op === OPS.rectangle) {
          const [x, y, w, h] = coords.slice(k, k + 4) as [number, number, number, number];
          k += 4;
          const r = box([apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x, y + h), apply(ctm, x + w, y + h)]);
          if (r.x2 - r.x1 >= 0.9 * pageW && r.y2 - r.y1 >= 0.9 * pageH) continue;
          const thin = Math.min(r.x2 - r.x1, r.y2 - r.y1) <= 2.5;
          if (thin) pending.push(r);
          else pending.push({ ...r, y2: r.y1 }, { ...r, y1: r.y2 }, { ...r, x2: r.x1 }, { ...r, x1: r.x2 });
        } else if (op === OPS.moveTo) {
          at = apply(ctm, coords[k]!, coords[k + 1]!);
          k += 2;
        } else if (op === OPS.lineTo) {
          const to = apply(ctm, coords[k]!, coords[k + 1]!);
          k += 2;
          if (at && (Math.abs(at[0] - to[0]) <= 0.5 || Math.abs(at[1] - to[1]) <= 0.5)) pending.push(box([at, to]));
          at = to;
        } else if (op === OPS.curveTo) k += 6;
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) k += 4;
      }
    } else if (paints.has(fn)) {
      out.push(...pending);
      pending = [];
    } else if (fn === OPS.endPath || fn === OPS.clip || fn === OPS.eoClip) pending = [];
  });
  return out;
}

/**
 * How many glyphs the page's text shows, and how many of them invisibly (text rendering mode 3, or
 * 7: clip only): a scanner's or Acrobat's OCR layer lies invisible over the page's picture, which
 * pdf.js reads as text like any other (pdf-html.ts invisibleText). The mode is graphics state,
 * saved and restored with it.
 */
function glyphsOf(list: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): NonNullable<PdfPage['glyphs']> {
  const shows = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const stack: number[] = [];
  let mode = 0;
  let shown = 0;
  let invisible = 0;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(mode);
    else if (fn === OPS.restore) mode = stack.pop() ?? 0;
    else if (fn === OPS.setTextRenderingMode && args) mode = Number(args[0]) || 0;
    else if (shows.has(fn) && args) {
      // the glyphs: objects in the op's array (TJ's numbers are spacing; " has two numbers before it)
      const glyphs = args.find(Array.isArray) as unknown[] | undefined;
      const n = glyphs ? glyphs.filter((g) => typeof g === 'object' && g !== null).length : 0;
      shown += n;
      if (mode === 3 || mode === 7) invisible += n;
    }
  });
  return { shown, invisible };
}
