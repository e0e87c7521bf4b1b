/**
 * A report published as a PDF, read as the page it would be, so that the same core checks it. A
 * PDF holds no tables and no paragraphs: only runs of text placed on the page and the lines and
 * rectangles it draws (what pdf.js gives: pdf-read-pages.ts). The page is rebuilt from them:
 *
 * - **tables drawn with borders** (Word, WPS and Chromium draw every table of the template so) are
 *   read from their ruling, merged cells as spans (lattice.ts); a row or a group's label that a
 *   page break cut in two is joined, a table the break cut in two is one table again (LibreOffice
 *   closes each page's part: its header alone on one page, its rows on the next), and a 续表
 *   that draws one border fewer keeps the columns of the part before;
 * - a table drawn without borders is **not rebuilt**: its figures stay text. Rebuilt from where
 *   its figures stand (tried in session 29), 4 of 24 borderless prints of the fixtures raised a
 *   finding their pages do not (a row's figures given to the next row's label): a rebuild's
 *   mistake would be shown as the report's. Such a PDF says its tables could not be read;
 * - **the rest is text**: lines (pdf-lines.ts: characters a font maps to radicals made the
 *   ideographs they show) joined into paragraphs as they run on to the text's right edge; a line
 *   set larger than the text is a heading, a line centred and short (a part's title) a paragraph
 *   of its own; page numbers are left out; the title is the first page's largest lines when they
 *   name a report, else the file's name when it does.
 *
 * What cannot be placed is text, never a cell: a figure the rebuild cannot vouch for is not read,
 * and the rules then say a table could not be read rather than flag a sum that does not hold.
 */
import { escapeHtml, htmlTable } from '../docx/xml-node.ts';
import { continuesAcross, joinBrokenLabel, joinBrokenRow, joinClosedRow, mergeAcross } from './across-pages.ts';
import { latticeTables, type LatticeTable, type PdfRule } from './lattice.ts';
import { isPageNumber, lineText, pageLines, PROSE_END, withIdeographs, withoutFootnoteMarks, withoutStruckRuns, type PdfPage } from './pdf-lines.ts';
export type { PdfPage, PdfRun } from './pdf-lines.ts';

/** A printed page's metadata label before the report's name: 名称, 标题, 题名, 信息名称, 文件名称. */
const META_LABEL = /^(?:(?:信息|文件|公开)?名\s*称|标\s*题|题\s*名)(?=\S*(?:19|20)\d{2}\s*年)/;

/** The value met most often (the first of the most frequent), or null for none. */
function mostCommon(xs: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: number | null = null;
  for (const [x, n] of counts) if (best === null || n > counts.get(best)!) best = x;
  return best;
}

/** A ruled table's HTML, its merged cells as rowspans and colspans. */
function latticeHtml(t: LatticeTable): string {
  return htmlTable(t.rows.map((row) => row.map((c) => ({ html: escapeHtml(c.text), colspan: c.colSpan, rowspan: c.rowSpan }))));
}

/**
 * Does the PDF hold any text: a scan (pages of pictures) has none, and nothing of it can be read or
 * checked; the batch checker and the extension's reader each say so in their own words.
 */
export function holdsText(pages: readonly PdfPage[]): boolean {
  return pages.some((p) => p.runs.some((r) => r.str.trim() !== ''));
}

/**
 * Is the PDF's text mostly invisible: a scan with the OCR layer a scanner or Acrobat lays over its
 * pictures (text rendering mode 3), read by pdf.js as text like any other. Recognised text carries
 * the recognition's mistakes (a 6 read as 8, a lost digit), which would be shown as the report's:
 * such a PDF is not checked, and the callers say why. Half its glyphs or more invisible: a PDF
 * written as text hides at most a few (a bookmark's anchor, an accessibility label).
 */
export function invisibleText(pages: readonly PdfPage[]): boolean {
  let shown = 0;
  let invisible = 0;
  for (const p of pages) {
    shown += p.glyphs?.shown ?? 0;
    invisible += p.glyphs?.invisible ?? 0;
  }
  return invisible > 0 && invisible * 2 >= shown;
}

/**
 * The pages as one HTML page: tables where lines of figures stand in columns, the other lines as
 * paragraphs (a line that ends well short of the page's text edge ends its paragraph). Page
 * numbers are left out.
 */
export function pdfToHtml(givenPages: readonly PdfPage[], fileName: string): string {
  const pages = givenPages.map((p) => withoutFootnoteMarks(withoutStruckRuns(withIdeographs(p))));
  const body: string[] = [];
  let para = '';
  const flush = (): void => {
    if (para.trim() !== '') body.push(`<p>${escapeHtml(para.trim())}</p>`);
    para = '';
  };
  // tables drawn with borders are read from them (lattice.ts); the rest of the page's text is
  // read as lines, and only a page with no ruled table is searched for tables by where figures stand
  const ruled: LatticeTable[][] = [];
  for (const p of pages) {
    // the last ruled table of the page before: a 续表 here may lack one of its columns' borders
    const before = ruled[ruled.length - 1]?.[ruled[ruled.length - 1]!.length - 1]?.xs ?? null;
    ruled.push(latticeTables(p.rules ?? [], p.runs, before));
  }
  const pageLinesAll = pages.map((p, n) => pageLines({ runs: p.runs.filter((_, i) => !ruled[n]!.some((t) => t.runs.has(i))) }));
  // a row broken by a page break: its two parts joined, the last table of a page with the first of
  // the next (drawn open at the break, or closed on both pages when nothing but the page's number
  // stands below the one and above the other); and a table the break cut in two made one again
  // (its part on the next page at the page's head, continuing the part before: a row joined
  // across, or across-pages.ts continuesAcross), so that the header on one page names the columns of
  // the rows on the next (LibreOffice closes each page's part of a table)
  const continues: boolean[] = [];
  for (let n = 0; n + 1 < ruled.length; n++) {
    const a = ruled[n]![ruled[n]!.length - 1];
    const b = ruled[n + 1]![0];
    if (!a || !b) continue;
    const atFoot = pageLinesAll[n]!.every((l) => l.y > a.bottom || isPageNumber(l));
    const atHead = pageLinesAll[n + 1]!.every((l) => l.y < b.top || isPageNumber(l));
    const joined = joinBrokenRow(a, b) || (atFoot && atHead && joinClosedRow(a, b));
    if (!joined) joinBrokenLabel(a, b);
    continues[n] = atFoot && atHead && (joined ? Math.abs(a.left - b.left) <= 2 && Math.abs(a.right - b.right) <= 2 : continuesAcross(a, b));
  }
  // from the last page back: a table running over three pages is merged whole
  for (let n = ruled.length - 2; n >= 0; n--) {
    if (!continues[n]) continue;
    mergeAcross(ruled[n]![ruled[n]!.length - 1]!, ruled[n + 1]!.shift()!);
  }
  const firstLines = (pageLinesAll.find((ls) => ls.length > 0) ?? []).filter((l) => !isPageNumber(l)).map(lineText);
  // the text's own size: the median height of the lines outside ruled tables, each weighted by its characters
  const sizes = pageLinesAll.flat().flatMap((l) => l.pieces.flatMap((p) => Array<number>(Math.min(p.text.length, 200)).fill(l.h)));
  sizes.sort((a, b) => a - b);
  const bodyH = sizes[sizes.length >> 1] ?? 10;
  // the text's left edge: where most lines start, over the whole file (a page of few lines says little)
  const starts = pageLinesAll.flat().map((l) => Math.round(l.pieces[0]!.x));
  const left = mostCommon(starts) ?? 0;
  // its right edge: where the full lines end (the 90th percentile of the lines' ends)
  const ends = pageLinesAll.flat().map((l) => l.pieces[l.pieces.length - 1]!.end).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? 0;
  for (let n = 0; n < pages.length; n++) {
    const lines = pageLinesAll[n]!;
    const drawn = [...ruled[n]!];
    const putDrawn = (above: number): void => {
      while (drawn.length > 0 && drawn[0]!.top >= above) {
        flush();
        const t = drawn.shift()!;
        if (t.rows.length > 0) body.push(latticeHtml(t));
      }
    };
    if (lines.length === 0) {
      putDrawn(-Infinity);
      continue;
    }

    let lastHeading = -2;
    // a paragraph the page before left open (its last line ran on to the text's edge) goes on with
    // this page's first line, unless that starts a paragraph (indented) or is a running header (a
    // line ending short of the edge without a sentence's end)
    let carried = para !== '';
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      putDrawn(l.y);
      const text = lineText(l);
      if (isPageNumber(l)) continue;
      if (carried) {
        carried = false;
        const indented = l.pieces[0]!.x - left > 1.5 * l.h;
        const short = l.pieces[l.pieces.length - 1]!.end < right - 2 * l.h && !PROSE_END.test(text);
        if (indented || short) flush();
      }
      // a line set larger than the text (a title, a heading of another report's part): a heading of its own
      // (a title has no sentence in it: no comma, full stop or semicolon)
      if (l.h >= 1.25 * bodyH && text.length <= 40 && !/[，。；！？,;]/.test(text)) {
        flush();
        // a heading wrapped over two lines is one
        const prev = body[body.length - 1];
        if (prev?.startsWith('<h2>') && lastHeading === i - 1) body[body.length - 1] = prev.replace(/<\/h2>$/, `${escapeHtml(text)}</h2>`);
        else body.push(`<h2>${escapeHtml(text)}</h2>`);
        lastHeading = i;
        continue;
      }
      // a line centred on the page and short of its width (a part's title in bold): a paragraph of its own
      const start = l.pieces[0]!.x;
      const stop = l.pieces[l.pieces.length - 1]!.end;
      if (start - left > 3 * l.h && Math.abs(start - left - (right - stop)) < 2 * l.h && !PROSE_END.test(text)) {
        flush();
        body.push(`<p>${escapeHtml(text)}</p>`);
        continue;
      }
      para += text;
      const end = l.pieces[l.pieces.length - 1]!.end;
      if (end < right - 2 * l.h || PROSE_END.test(text) && end < right - l.h) flush();
    }
    putDrawn(-Infinity);
    // the page's last paragraph, when its last line ran on to the text's edge, may go on over the
    // page (kept open for the next page's first line); a table drawn last has closed it already
  }
  flush();
  const named = fileName.replace(/\.pdf$/i, '').trim();
  // the report's title on its first page: the line naming the report, after the body's name when
  // that stands alone on the line before ("淮安市人民政府" / "2024年政府信息公开工作年度报告")
  // (the first page's largest lines, when they name a report; else a line of its own ending so:
  // not a portal's 当前位置：…>年度报告>正文, not a sentence naming it)
  const firstPage = pageLinesAll.find((ls) => ls.length > 0) ?? [];
  const top = Math.max(0, ...firstPage.map((l) => l.h));
  const large = top >= 1.25 * bodyH ? firstPage.filter((l) => l.h >= top - 0.5) : [];
  const largeText = large.slice(0, 3).map(lineText).join('');
  // a portal's printed page lays out its metadata as label and value on one line ("名　称东湖市…年度报告"):
  // the label is not the title's
  const heads = (/年度报告|年报/.test(largeText) && largeText.length <= 80 ? [largeText] : firstLines.slice(0, 40)).map((t) => t.replace(META_LABEL, ''));
  const at = heads.findIndex((t) => (heads.length === 1 || /(?:19|20)\d{2}\s*年.*(?:年度报告|年报)$/.test(t)) && t.length <= 80 && !/[>＞：:|，。]/.test(t));
  const shown = at < 0 ? '' : at > 0 && heads[at - 1]!.length <= 30 && !/[，。；：:]/.test(heads[at - 1]!) && !/报告/.test(heads[at - 1]!) ? heads[at - 1]! + heads[at]! : heads[at]!;
  const title = /报告|年报/.test(named) ? named : shown || named;
  const h1 = shown ? `<h1>${escapeHtml(shown)}</h1>\n` : '';
  // the title's lines are the heading now, not paragraphs of the text
  if (shown) {
    const used = new Set([heads[at]!, ...(shown === heads[at] ? [] : [heads[at - 1]!])].map((t) => `<p>${escapeHtml(t.trim())}</p>`));
    for (let k = 0; k < Math.min(body.length, 6); k++) if (used.delete(body[k]!)) body.splice(k--, 1);
  }
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${h1}${body.join('\n')}\n</body></html>\n`;
}
