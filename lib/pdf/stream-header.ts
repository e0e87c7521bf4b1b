/**
 * The header of a table rebuilt without borders (stream-tables.ts): its labels given to the
 * columns they stand over, and table 四's, whose spanning labels do not say their span.
 */
import { escapeHtml, type CellHtml } from '../docx/xml-node.ts';
import { columnOf, COLUMN_TOLERANCE, figuresOf, type Line, type Piece } from './pdf-lines.ts';

/** Table 四's columns in the national template (2019 and 2021 alike): 行政复议, then the suits without and after review. */
const T4_LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const T4_LEAF_WORDS: readonly RegExp[] = [/维持/, /纠正/, /其他/, /尚未|审结/, /总计|合计|总/];

/**
 * Table 四 as a PDF prints it: one row of fifteen figures under a header of three levels whose
 * spanning labels (行政复议 over five columns, 行政诉讼 over ten) stand centred or at the left of
 * their span, narrower than it: where they stand does not say which columns they span. The
 * template does, and the mapper reads it so from fifteen figures (map-table4.ts): the header is
 * given as the template's when the PDF's own says so, its group labels present and in order
 * (行政复议 left of 行政诉讼, 未经复议直接起诉 left of 复议后起诉) and over each figure's column the
 * words of that column in the template (维持, 纠正, 其他, 尚未审结, 总计, five by five).
 */
export function isTable4(header: readonly Piece[], row: Line, cols: readonly number[]): boolean {
  if (cols.length !== 15) return false;
  const at = (re: RegExp): number => {
    const p = header.find((q) => re.test(q.text));
    return p ? p.x : NaN;
  };
  const review = at(/行政复议$/);
  const suit = at(/行政诉讼/);
  const direct = at(/直接起诉/);
  const after = at(/复议后起诉/);
  if (!(review < suit && direct < after)) return false;
  const figures = figuresOf(row);
  if (figures.length !== 15) return false;
  // each column's words: the pieces starting where its figure starts (cells set left) or centred
  // within half a column of it ("总" "计" spread across the cell)
  const pitch = Math.min(...cols.slice(1).map((x, i) => x - cols[i]!));
  const pieces = header.flatMap((p) => splitAcross(p, cols));
  return figures.every((f, i) => {
    const centre = (f.x + f.end) / 2;
    const words = pieces
      .filter((p) => Math.abs(p.x - f.x) <= 3 || Math.abs((p.x + p.end) / 2 - centre) < 0.45 * pitch)
      .sort((a, b) => b.y - a.y)
      .map((p) => p.text.replace(/\s+/g, ''))
      .join('');
    return T4_LEAF_WORDS[i % 5]!.test(words);
  });
}

/** The template's header of table 四 over fifteen figure columns, after `nLabel` label columns. */
export function table4Header(nLabel: number): CellHtml[][] {
  const lead = Array.from({ length: nLabel }, () => ({ ...cell(''), rowspan: 3 }));
  return [
    [...lead, cell('行政复议', 5), cell('行政诉讼', 10)],
    [...T4_LEAVES.map((t) => ({ ...cell(t), rowspan: 2 })), cell('未经复议直接起诉', 5), cell('复议后起诉', 5)],
    [...T4_LEAVES, ...T4_LEAVES].map((t) => cell(t)),
  ];
}

export const cell = (text: string, colspan = 1): CellHtml => ({ html: escapeHtml(text), colspan, rowspan: 1 });

/** Pieces grouped by line (baselines within 2 points), top to bottom. */
export function groupByLine(ps: readonly Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of [...ps].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = out.find((l) => Math.abs(l[0]!.y - p.y) <= 2);
    if (line) line.push(p);
    else out.push([p]);
  }
  return out;
}

/**
 * Two cells' words the PDF set as one run ("结果其他": 结果 over one column, 其他 over the next):
 * a header piece over k figure columns, its characters a multiple of k, and wider than its
 * characters by a gap at least, is k pieces, one a column. A label over several columns set in one
 * run ("法人或其他组织", "未经复议直接起诉") has no such gap and stays whole.
 */
export function splitAcross(p: Piece, cols: readonly number[]): Piece[] {
  const covered = cols.filter((x) => x >= p.x && x <= p.end).length;
  const chars = [...p.text];
  if (covered < 2 || chars.length % covered !== 0 || p.end - p.x < chars.length * p.h + 0.3 * p.h) return [p];
  const each = chars.length / covered;
  const w = (p.end - p.x) / covered;
  return Array.from({ length: covered }, (_, i) => ({ ...p, text: chars.slice(i * each, (i + 1) * each).join(''), x: p.x + i * w, end: p.x + (i + 1) * w - 0.3 * p.h }));
}

/**
 * The header's rows: pieces stacked in one column ("商业" over "企业") are one label; a piece is
 * given to the figure columns its extent covers (several: a span), or to the label column it
 * starts in. Rows are the header's levels, top to bottom, by where each label's top stands.
 */
export function headerRows(ps: readonly Piece[], cols: readonly number[], labelCols: readonly number[], nLabel: number, width: number): CellHtml[][] {
  if (ps.length === 0) return [];
  // the columns (label or figure) a piece covers: [first, last]
  const span = (p: Piece): [number, number] => {
    const covered = cols.map((x, k) => (x >= p.x - 2 && x <= p.end + 2 ? k : -1)).filter((k) => k >= 0);
    if (covered.length > 0) return [nLabel + covered[0]!, nLabel + covered[covered.length - 1]!];
    if (p.end <= (cols[0] ?? Infinity) - COLUMN_TOLERANCE) {
      let c = 0;
      labelCols.forEach((x, k) => {
        if (p.x >= x - 4) c = k;
      });
      return [c, c];
    }
    // narrower than a column: the column its centre stands in (boundaries midway between the figures' centres)
    const c = (p.x + p.end) / 2;
    let k = 0;
    while (k + 1 < cols.length && c > (cols[k]! + cols[k + 1]!) / 2) k++;
    return [nLabel + k, nLabel + k];
  };
  // labels: pieces of one span stacked within two lines' height of each other, or side by side on
  // one line ("总" "计" spread across their cell)
  const labels: { first: number; last: number; top: number; bottom: number; text: string }[] = [];
  for (const p of [...ps].sort((a, b) => b.y - a.y || a.x - b.x).flatMap((q) => splitAcross(q, cols))) {
    const [first, last] = span(p);
    if (first < 0) continue;
    const above = labels.find((l) => l.first === first && l.last === last && l.bottom - p.y <= 2.4 * p.h && l.bottom > p.y - 2);
    if (above) {
      above.text += p.text;
      above.bottom = p.y;
    } else {
      labels.push({ first, last, top: p.y, bottom: p.y, text: p.text });
    }
  }
  // levels: the distinct tops, top to bottom; a label sits in the level of its top
  const levels: number[] = [];
  for (const t of labels.map((l) => l.top).sort((a, b) => b - a)) if (levels.length === 0 || levels[levels.length - 1]! - t > 2) levels.push(t);
  return levels.map((top) => {
    const row: CellHtml[] = [];
    let c = 0;
    const mine = labels.filter((l) => Math.abs(l.top - top) <= 2 || (l.top < top + 2 && l.top > top - 2)).sort((a, b) => a.first - b.first);
    for (const l of mine) {
      if (l.first < c) continue;
      while (c < l.first) {
        row.push(cell(''));
        c++;
      }
      row.push(cell(l.text, l.last - l.first + 1));
      c = l.last + 1;
    }
    while (c < width) {
      row.push(cell(''));
      c++;
    }
    return row;
  });
}

