/**
 * A PDF page's text as lines (lib/pdf/pdf-html.ts): the runs pdf.js places (pdf-read-pages.ts),
 * their characters made the ideographs the page shows, grouped by baseline into lines, a line's
 * runs that touch merged into pieces, a number set apart from its neighbours marked a figure.
 */
import type { PdfRule } from './lattice.ts';
/** A run of text placed on a page: its baseline's left end (PDF space: y grows upwards), its width and height. */
export interface PdfRun {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One page of a PDF as its runs, in the order the file gives them. */
export interface PdfPage {
  runs: readonly PdfRun[];
  /** the borders the page draws (lattice.ts): where they draw tables, the tables are read from them */
  rules?: readonly PdfRule[];
  /** the glyphs its text shows, and those shown invisibly (an OCR layer: pdf-read-pages.ts glyphsOf) */
  glyphs?: { shown: number; invisible: number };
}

/** A run with its neighbours on its line merged in (the gaps between them less than a character). */
export interface Piece {
  text: string;
  x: number;
  end: number;
  y: number;
  h: number;
  figure: boolean;
}

export interface Line {
  y: number;
  h: number;
  pieces: Piece[];
}

/** A number alone: a count, an amount, a share ("4119", "7730.28", "1,855", "12.5%", "０"). */
export const FIGURE = /^[-－−]?[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?[%％]?$|^[-－−]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?$/;
/** A page's number in its footer ("-3-", "— 3 —", "第3页", "3/12"). */
export const PAGE_NUMBER = /^(?:[-－—–]\s*[0-9０-９]+\s*[-－—–]|第\s*[0-9０-９]+\s*页(?:\s*[,，]?\s*共\s*[0-9０-９]+\s*页)?|[0-9０-９]+\s*\/\s*[0-9０-９]+|[0-9０-９]+)$/;
/** A sentence's end: a line of prose. */
export const PROSE_END = /[。；;！？]$/;

/** A footnote's mark: a digit or two, a circled number, an asterisk or a dagger ("¹" as a run of its own). */
const MARK = /^(?:[0-9０-９]{1,2}|[①-⑳]|[*＊※†‡]|[\[［(（][0-9０-９]{1,2}[\]］)）])$/;

/**
 * The page without its footnote marks: a mark set small and raised (or lowered) against the text it
 * follows or precedes ("22" then a raised "1" in a cell, "部分公开11" then a lowered "3"), as a
 * page's <sup>1</sup> or <sub>3</sub> is left out of the figure it follows. A mark on the line or as
 * large as its text stays: that is text.
 */
export function withoutFootnoteMarks(page: PdfPage): PdfPage {
  const runs = page.runs;
  const marks = new Set<number>();
  runs.forEach((r, i) => {
    if (!MARK.test(r.str.trim()) || !(r.h > 0)) return;
    const beside = runs.some((n, j) => {
      if (j === i || !(n.h > 0) || r.h > 0.85 * n.h || n.str.trim() === '') return false;
      // raised (a superscript) or lowered (a subscript) against the text beside it
      const raised = r.y - n.y;
      if (!((raised >= 0.25 * n.h && raised <= 0.8 * n.h) || (raised <= -0.15 * n.h && raised >= -0.5 * n.h))) return false;
      const end = n.x + n.w;
      return (end >= r.x - 3 && end <= r.x + 1) || (n.x >= r.x + r.w - 1 && n.x <= r.x + r.w + 3);
    });
    if (beside) marks.add(i);
  });
  return marks.size === 0 ? page : { ...page, runs: runs.filter((_, i) => !marks.has(i)) };
}

/**
 * The page without the runs struck through (a revision's deleted "111" before its "107", a figure
 * struck beside its correction), as a page's <del> and <s> are read: a line drawn across a run's
 * middle (between a sixth and two thirds of its height above its baseline), over most of its width
 * and not much beyond it. A table's border never runs through a line of text; an underline lies
 * under the baseline.
 */
export function withoutStruckRuns(page: PdfPage): PdfPage {
  const lines = (page.rules ?? []).filter((l) => l.y2 - l.y1 <= 2.5 && l.x2 - l.x1 > 2.5);
  if (lines.length === 0) return page;
  const struck = (r: PdfRun): boolean => {
    const at = (l: { y1: number; y2: number }) => (l.y1 + l.y2) / 2;
    return lines.some(
      (l) => at(l) >= r.y + r.h / 6 && at(l) <= r.y + (r.h * 2) / 3 &&
        Math.min(l.x2, r.x + r.w) - Math.max(l.x1, r.x) >= 0.7 * r.w && l.x2 - l.x1 <= r.w + r.h,
    );
  };
  const runs = page.runs.filter((r) => r.str.trim() === '' || !(r.w > 0) || !struck(r));
  return runs.length === page.runs.length ? page : { ...page, runs };
}

/** The runs of one page merged into lines of pieces, top to bottom, each line left to right. */
export function pageLines(page: PdfPage): Line[] {
  const runs = page.runs.filter((r) => r.str.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y));
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; h: number; runs: PdfRun[] }[] = [];
  for (const r of runs) {
    const h = r.h > 0 ? r.h : 10;
    // the line whose baseline is within a third of the text's height (a label and its figures differ by 1–2 points)
    const line = lines.find((l) => Math.abs(l.y - r.y) <= Math.max(2, 0.35 * Math.min(h, l.h)));
    if (line) line.runs.push(r);
    else lines.push({ y: r.y, h, runs: [r] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => ({ y: l.y, h: l.h, pieces: pieces(l.runs.sort((a, b) => a.x - b.x), l.h) }));
}

/** A line's runs as pieces: runs a gap of less than half a character apart are one piece, unless either is a figure. */
function pieces(runs: readonly PdfRun[], h: number): Piece[] {
  const out: Piece[] = [];
  for (const r of runs) {
    const text = r.str.replace(/\s+/g, ' ').trim();
    const last = out[out.length - 1];
    const gap = last ? r.x - last.end : Infinity;
    const isFigure = FIGURE.test(text);
    if (last && gap < 0.5 * h && !isFigure && !last.figure) {
      last.text += gap > 0.25 * h && /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(text) ? ` ${text}` : text;
      last.end = Math.max(last.end, r.x + r.w);
    } else if (last && gap < 0.25 * h && (isFigure || last.figure)) {
      // a figure run on the text around it (a sentence's "共21件" printed in two fonts): one piece, no figure
      last.text += text;
      last.end = Math.max(last.end, r.x + r.w);
      last.figure = false;
    } else {
      out.push({ text, x: r.x, end: r.x + r.w, y: r.y, h, figure: isFigure });
    }
  }
  // a figure is set apart from the text on either side ("2023" then "年，洪泽区…" is a sentence's,
  // printed in another font, not a cell's): a cell's figure stands a good part of a character away
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    if (!p.figure) continue;
    const before = out[i - 1];
    const after = out[i + 1];
    const apart = Math.max(3, 0.4 * h);
    if ((before && !before.figure && p.x - before.end < apart) || (after && !after.figure && after.x - p.end < apart)) p.figure = false;
  }
  return out;
}

export const lineText = (l: Line): string => l.pieces.map((p) => p.text).join('');
/** A page's number alone on its line ("-3-" in one to three pieces, one figure at most). */
export const isPageNumber = (l: Line): boolean => l.pieces.length <= 3 && l.pieces.filter((p) => p.figure).length <= 1 && PAGE_NUMBER.test(lineText(l).replace(/\s+/g, ''));

/**
 * The CJK Radicals Supplement's forms that stand for a whole character (NFKC maps only two of
 * them): "人⺠政府" is 人民政府, "部⻔" 部门, "首⻚" 首页.
 */
const RADICALS: ReadonlyMap<string, string> = new Map(
  [...'⺁厂⺊卜⺒巳⺓幺⺗心⺝月⺟母⺠民⺩王⺪疋⺬示⺮竹⺯糸⺶羊⺼月⺽臼⻁虎⻄西⻅见⻆角⻉贝⻊足⻋车⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟食⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟']
    .reduce<[string, string][]>((out, c, i, all) => (i % 2 === 0 ? [...out, [c, all[i + 1]!]] : out), []),
);

/**
 * A PDF's characters as the page shows them: fonts often map ideographs to the look-alike Kangxi
 * radicals and CJK radicals (U+2F00–U+2FDF, U+2E80–U+2EFF: "⼀、本年新收", "⾏政许可", "人⺠"),
 * which no label or sentence matches; NFKC gives the Kangxi radicals their ideographs ("一",
 * "行"), RADICALS the others. Nothing else changed.
 */
export function withIdeographs(page: PdfPage): PdfPage {
  const fix = (s: string): string => (/[\u2e80-\u2fdf]/.test(s) ? s.replace(/[\u2e80-\u2fdf]/g, (c) => RADICALS.get(c) ?? c.normalize('NFKC')) : s);
  return { ...page, runs: page.runs.map((r) => ({ ...r, str: fix(r.str) })) };
}

