/**
 * An OFD file's pages (GB/T 33190-2016, the national fixed-layout format government bodies publish
 * in) as the placed runs of text and the drawn lines lib/pdf rebuilds a page from (PdfPage): an
 * OFD is a zip of XML, OFD.xml → the document (DocRoot) → its pages (Content.xml), each a list of
 * TextObjects (TextCode: the characters, where the first stands, DeltaX/DeltaY from each to the
 * next) and PathObjects (AbbreviatedData: the lines a table's borders are drawn with), each placed
 * by its Boundary (its origin on the page) and a CTM within it; a page may lay a template page
 * (Document.xml's TemplatePage) under or over its own content. Units are millimetres and y grows
 * downwards; PdfPage is PDF's points with y growing upwards, so each point is turned over.
 *
 * Only the first document of the file is read (a package of several is rare; the report is its
 * first). Fonts are not read (the characters are in the TextCode; a size is all a run needs),
 * neither are images, annotations, signatures' seals or curves. Everything is bounded: the zip's
 * parts (the unzip's limits below), the pages, the objects, the numbers of a path or a DeltaX.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { PdfPage, PdfRun } from '../pdf/pdf-lines.ts';
import type { PdfRule } from '../pdf/lattice.ts';
import { elements, ownText, type XmlParse, type XNode } from '../docx/xml-node.ts';
import { OfdReadError } from './ofd-error.ts';
import { apply, box, ctm, deltas, IDENTITY, pathSegments, scaleOf, type Box, type Matrix } from './ofd-geometry.ts';

/** millimetres to points */
const PT = 72 / 25.4;
/** At most this many pages are read (as for a PDF: a report runs to 5–15). */
const MAX_PAGES = 60;
/** A part larger than this is not inflated (a page's Content.xml is tens of KB; a zip bomb's is GBs). */
const MAX_PART = 16 * 1024 * 1024;
/** Nor more than this in all. */
const MAX_TOTAL = 96 * 1024 * 1024;
/** At most this many objects are read on a page, and this many characters in the file. */
const MAX_OBJECTS = 50_000;
const MAX_CHARS = 2_000_000;
/** At most this many rules on a page (a page of tables draws a few hundred; lattice.ts pairs them). */
const MAX_RULES = 20_000;
/** Elements nested deeper than this make a part damaged (a page nests a few levels; htmlparser2's work grows with the square of the depth). */
const MAX_DEPTH = 256;
/** A4 portrait, when neither the page nor the document gives its size. */
const A4: Box = { x: 0, y: 0, w: 210, h: 297 };

/** The element's local name: "ofd:TextObject" and "TextObject" alike (a producer may use a default namespace). */
const local = (n: XNode): string => n.name.slice(n.name.indexOf(':') + 1);
const child = (n: XNode | null | undefined, name: string): XNode | null => {
  if (!n) return null;
  for (const c of elements(n)) if (local(c) === name) return c;
  return null;
};
const children = (n: XNode | null | undefined, name: string): XNode[] => (n ? [...elements(n)].filter((c) => local(c) === name) : []);
const textOf = (n: XNode | null): string => (n ? ownText(n).trim() : '');
/** An attribute by its local name. */
const attr = (n: XNode, name: string): string | undefined => {
  if (name in n.attrs) return n.attrs[name];
  for (const k of Object.keys(n.attrs)) if (k.slice(k.indexOf(':') + 1) === name) return n.attrs[k];
  return undefined;
};

/** The zip's names, and its XML parts inflated (within the limits). */
interface Package {
  names: Set<string>;
  parts: Record<string, Uint8Array>;
}

function unzip(bytes: Uint8Array): Package {
  const names = new Set<string>();
  let total = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        names.add(f.name.replace(/^\/+/, ''));
        if (!/\.xml$/i.test(f.name) || f.originalSize > MAX_PART || total + f.originalSize > MAX_TOTAL) return false;
        total += f.originalSize;
        return true;
      },
    });
  } catch (e) {
    throw new OfdReadError('damaged', e instanceof Error ? e.message : String(e));
  }
  const out: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) out[k.replace(/^\/+/, '')] = v;
  return { names, parts: out };
}

/** Is this zip an OFD: an OFD.xml at its root (told by its parts, not by the file's name). */
export function holdsOfd(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false;
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (f.name.replace(/^\/+/, '').toLowerCase() === 'ofd.xml') found = true;
        return false;
      },
    });
  } catch {
    // a zip cut short (its directory, at its end, lost): its local headers, from the start, still tell
    return localNames(bytes).some((n) => n.toLowerCase() === 'ofd.xml');
  }
  return found;
}

/** Can the zip's directory (at its end) be read: a zip cut short has lost it. */
export function zipDirectoryReads(bytes: Uint8Array): boolean {
  try {
    unzipSync(bytes, { filter: () => false });
    return true;
  } catch {
    return false;
  }
}

/** The names of a zip's entries by their local headers (at most 4096), for a zip whose directory is lost. */
function localNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let at = 0;
  const u16 = (i: number) => bytes[i]! | (bytes[i + 1]! << 8);
  while (names.length < 4096 && at + 30 <= bytes.length && bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x03 && bytes[at + 3] === 0x04) {
    const size = (u16(at + 18) | (u16(at + 20) << 16)) >>> 0;
    const nameLen = u16(at + 26);
    const extra = u16(at + 28);
    names.push(strFromU8(bytes.subarray(at + 30, Math.min(bytes.length, at + 30 + nameLen))).replace(/^\/+/, ''));
    // sizes given after the data (bit 3) cannot be skipped over: the first name is all that tells
    if (u16(at + 6) & 0x08) break;
    at += 30 + nameLen + extra + size;
  }
  return names;
}

/** Are the XML's elements nested deeper than `max`: its tags counted in one pass, before any parser builds a tree of them. */
function depthOver(xml: string, max: number): boolean {
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)[^!?>][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2] && ++depth > max) return true;
  }
  return false;
}

/** A part's path from a BaseLoc, relative to the part that names it (or absolute, from "/"). */
function resolveLoc(from: string, loc: string): string {
  const base = loc.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of loc.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** What a page's reading counts, for the file's verdict (ofd-html.ts). */
export interface OfdCounts {
  /** TextCodes with characters, and those with none (glyph numbers only: CGTransform) */
  textCodes: number;
  glyphOnly: number;
}

/**
 * The pages of the file's first document, as PdfPages (see the file comment). Throws
 * OfdReadError: not-ofd (no OFD.xml, or no document in it), damaged (a part cut short or no
 * XML), encrypted (the parts an Encryptions.xml says are encrypted cannot be read).
 */
export function readOfdPages(bytes: Uint8Array, parseXml: XmlParse): { pages: PdfPage[]; counts: OfdCounts } {
  const pkg = unzip(bytes);
  const find = (path: string): string | null => {
    if (pkg.parts[path]) return path;
    const lower = path.toLowerCase();
    return Object.keys(pkg.parts).find((k) => k.toLowerCase() === lower) ?? null;
  };
  const encrypted = [...pkg.names].some((n) => /(?:^|\/)encryptions?\.xml$/i.test(n));
  const parsed = new Map<string, XNode>();
  const xml = (path: string, root: string): XNode => {
    const known = parsed.get(`${path}\n${root}`);
    if (known) return known;
    const at = find(path);
    if (!at) throw new OfdReadError(encrypted ? 'encrypted' : 'damaged', `${path} missing`);
    let doc: XNode;
    try {
      const text = strFromU8(pkg.parts[at]!);
      if (depthOver(text, MAX_DEPTH)) throw new Error(`elements nested deeper than ${MAX_DEPTH}`);
      doc = parseXml(text);
    } catch (e) {
      throw new OfdReadError(encrypted ? 'encrypted' : 'damaged', `${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const el = [...elements(doc)].find((n) => local(n) === root);
    if (!el) throw new OfdReadError(encrypted ? 'encrypted' : 'damaged', `${path} holds no ${root}`);
    parsed.set(`${path}\n${root}`, el);
    return el;
  };
  if (!find('OFD.xml')) throw new OfdReadError('not-ofd', 'no OFD.xml');
  let ofd: XNode;
  try {
    ofd = xml('OFD.xml', 'OFD');
  } catch {
    throw new OfdReadError('not-ofd', 'OFD.xml is no OFD');
  }
  const docRoot = textOf(child(child(ofd, 'DocBody'), 'DocRoot'));
  if (!docRoot) throw new OfdReadError('not-ofd', 'no DocRoot');
  const docPath = resolveLoc('OFD.xml', docRoot);
  const document = xml(docPath, 'Document');
  const common = child(document, 'CommonData');
  const docArea = box(textOf(child(child(common, 'PageArea'), 'PhysicalBox'))) ?? A4;
  const templates = new Map<string, string>();
  for (const t of children(common, 'TemplatePage')) {
    const id = attr(t, 'ID');
    const loc = attr(t, 'BaseLoc');
    if (id && loc) templates.set(id, resolveLoc(docPath, loc));
  }
  const counts: OfdCounts = { textCodes: 0, glyphOnly: 0 };
  const budget = { chars: MAX_CHARS };
  const pages: PdfPage[] = [];
  for (const p of children(child(document, 'Pages'), 'Page').slice(0, MAX_PAGES)) {
    const loc = attr(p, 'BaseLoc');
    if (!loc) throw new OfdReadError('damaged', 'a page without its BaseLoc');
    const pagePath = resolveLoc(docPath, loc);
    const page = xml(pagePath, 'Page');
    const area = box(textOf(child(child(page, 'Area'), 'PhysicalBox'))) ?? docArea;
    const reader = new PageReader(area, counts, budget);
    // a template page's content under the page's own (ZOrder Background, the default) or over it
    const tpls = children(page, 'Template').map((t) => ({ loc: templates.get(attr(t, 'TemplateID') ?? ''), over: attr(t, 'ZOrder') === 'Foreground' }));
    for (const t of tpls) if (t.loc && !t.over) reader.read(child(xml(t.loc, 'Page'), 'Content'));
    reader.read(child(page, 'Content'));
    for (const t of tpls) if (t.loc && t.over) reader.read(child(xml(t.loc, 'Page'), 'Content'));
    pages.push(reader.page());
  }
  if (pages.length === 0) throw new OfdReadError('damaged', 'no pages');
  return { pages, counts };
}

/**
 * The advance of a character when its TextCode has no DeltaX: a full em for CJK and full-width
 * forms, half for the rest (the fonts' own advances are not read). The standard places such
 * characters with no offset, which a renderer draws with the font's advance; read at one point,
 * a cell's "总计" would be two runs on top of each other.
 */
const advance = (ch: string, size: number): number => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? size : 0.5 * size);

/** One page's objects read into runs and rules, in PDF space (points, y upwards). */
class PageReader {
  private runs: PdfRun[] = [];
  private rules: PdfRule[] = [];
  private shown = 0;
  private invisible = 0;
  private objects = 0;

  constructor(
    private readonly area: Box,
    private readonly counts: OfdCounts,
    private readonly budget: { chars: number },
  ) {}

  page(): PdfPage {
    return { runs: this.runs, rules: this.rules, glyphs: { shown: this.shown, invisible: this.invisible } };
  }

  /** A page point (mm, y down) in PDF space. */
  private pdf(x: number, y: number): [number, number] {
    return [(x - this.area.x) * PT, (this.area.y + this.area.h - y) * PT];
  }

  /** The content's objects, layers and page blocks at any depth (no recursion: a file may nest thousands deep). */
  read(content: XNode | null): void {
    if (!content) return;
    const stack: XNode[] = [...elements(content)].reverse();
    while (stack.length > 0 && this.objects < MAX_OBJECTS) {
      const n = stack.pop()!;
      const name = local(n);
      if (name === 'Layer' || name === 'PageBlock') {
        const kids = [...elements(n)];
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
        continue;
      }
      this.objects++;
      if (attr(n, 'Visible') === 'false') {
        if (name === 'TextObject') this.textObject(n, false);
        continue;
      }
      if (name === 'TextObject') this.textObject(n, !(attr(n, 'Fill') === 'false' && attr(n, 'Stroke') !== 'true'));
      else if (name === 'PathObject' && this.rules.length < MAX_RULES) this.pathObject(n);
      // images, composite objects, annotations' appearances: no text and no border
    }
  }

  /** Where the object's own point (x, y) falls on the page: within its Boundary, through its CTM. */
  private place(b: Box, m: Matrix, x: number, y: number): [number, number] {
    const [px, py] = apply(m, x, y);
    return this.pdf(b.x + px, b.y + py);
  }

  private textObject(n: XNode, visible: boolean): void {
    const b = box(attr(n, 'Boundary'));
    if (!b) return;
    const m = attr(n, 'CTM') ? ctm(attr(n, 'CTM')) : IDENTITY;
    const size = Number(attr(n, 'Size'));
    if (!(size > 0) || !Number.isFinite(size)) return;
    const h = size * scaleOf(m) * PT;
    // a TextCode without X or Y goes on from where the one before it ended (§11.3)
    let x = 0;
    let y = 0;
    for (const code of children(n, 'TextCode')) {
      const text = ownText(code);
      if (text.trim() === '') {
        this.counts.glyphOnly++;
        continue;
      }
      this.counts.textCodes++;
      const chars = Array.from(text).slice(0, Math.max(0, this.budget.chars));
      this.budget.chars -= chars.length;
      if (chars.length === 0) return;
      const cx = Number(attr(code, 'X'));
      const cy = Number(attr(code, 'Y'));
      if (Number.isFinite(cx) && attr(code, 'X') !== undefined) x = cx;
      if (Number.isFinite(cy) && attr(code, 'Y') !== undefined) y = cy;
      // text set vertically gives DeltaY alone: its characters then do not move across (§11.3)
      const vertical = attr(code, 'DeltaX') === undefined && attr(code, 'DeltaY') !== undefined;
      const dx = vertical ? Array<number>(chars.length - 1).fill(0) : deltas(attr(code, 'DeltaX'), chars.length - 1);
      const dy = deltas(attr(code, 'DeltaY'), chars.length - 1);
      if (visible) this.shown += chars.length;
      else {
        this.invisible += chars.length;
        // still walked, for where a following TextCode starts
      }
      // each character's place; characters that follow on one another (within a third of a
      // character of where the one before ends) are one run, as pdf.js gives a PDF's
      let run: { str: string; x: number; y: number; end: number } | null = null;
      const flush = (): void => {
        if (run && visible) this.runs.push({ str: run.str, x: run.x, y: run.y, w: Math.max(0, run.end - run.x), h });
        run = null;
      };
      for (let i = 0; i < chars.length; i++) {
        const ch = chars[i]!;
        const adv = advance(ch, size);
        const [px, py] = this.place(b, m, x, y);
        const [ex] = this.place(b, m, x + adv, y);
        if (run && Math.abs(py - run.y) <= 0.1 * h && Math.abs(px - run.end) <= 0.3 * h) {
          run.str += ch;
          run.end = ex;
        } else {
          flush();
          run = { str: ch, x: px, y: py, end: ex };
        }
        x += i < dx.length ? dx[i]! : adv;
        y += i < dy.length ? dy[i]! : 0;
      }
      flush();
    }
  }

  private pathObject(n: XNode): void {
    const b = box(attr(n, 'Boundary'));
    if (!b) return;
    // a path is stroked unless it says not, filled only when it says so (§9.1 Table 35)
    const stroke = attr(n, 'Stroke') !== 'false';
    const fill = attr(n, 'Fill') === 'true';
    if (!stroke && !fill) return;
    const m = attr(n, 'CTM') ? ctm(attr(n, 'CTM')) : IDENTITY;
    const { segments, closedRect } = pathSegments(textOf(child(n, 'AbbreviatedData')));
    const pts = segments.map((s) => [this.place(b, m, s.x1, s.y1), this.place(b, m, s.x2, s.y2)] as const);
    const rule = (a: readonly [number, number], c: readonly [number, number]): PdfRule => ({ x1: Math.min(a[0], c[0]), y1: Math.min(a[1], c[1]), x2: Math.max(a[0], c[0]), y2: Math.max(a[1], c[1]) });
    if (closedRect) {
      const r = pts.reduce((acc, [a, c]) => {
        const s = rule(a, c);
        return { x1: Math.min(acc.x1, s.x1), y1: Math.min(acc.y1, s.y1), x2: Math.max(acc.x2, s.x2), y2: Math.max(acc.y2, s.y2) };
      }, rule(pts[0]![0], pts[0]![1]));
      // a rectangle as large as the page (a background, a frame) is no table's border
      if (r.x2 - r.x1 >= 0.9 * this.area.w * PT && r.y2 - r.y1 >= 0.9 * this.area.h * PT) return;
      // a thin rectangle is a line along its long side (a border drawn as a filled bar)
      if (Math.min(r.x2 - r.x1, r.y2 - r.y1) <= 2.5) {
        this.rules.push(r);
        return;
      }
    }
    for (const [a, c] of pts) {
      if (this.rules.length >= MAX_RULES) break;
      if (Math.abs(a[0] - c[0]) <= 0.5 || Math.abs(a[1] - c[1]) <= 0.5) this.rules.push(rule(a, c));
    }
  }
}
