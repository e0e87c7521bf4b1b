/**
 * One <table> holding several report tables: an Excel sheet saved as a web page ("另存为网页")
 * puts tables 二, 三 and 四 in one sheet, so they come out as rows of ONE <table>, each section
 * under a title row spanning the width ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
 * "四、政府信息公开行政复议、行政诉讼情况") and with its own header rows. Read whole, such a grid
 * was taken for table 四 alone (it holds 行政复议 and 结果维持) and its columns could not be named.
 *
 * The grid is cut into one grid per section, each the same table (same tableIndex, same Element),
 * with the rows of the other sections (and the title rows) emptied, as parseGrid empties a hidden
 * row: every row keeps its index in table.rows, so CellRefs still point at the page's cells.
 *
 * A section starts at a title row (the section's heading alone in its row, but for a 单位：件 at
 * its end), or, where the sheet has none, at the first row of a section's own header: table 二's
 * (a block's 第二十条第（一）项, or 信息内容 over its columns), table 三's (申请人情况, the corner
 * note "本列数据的勾稽关系为…", or 自然人) or table 四's (行政复议 beside 行政诉讼, no figure in the
 * row), in whatever order the sheet holds them. A start of the kind already open is no new
 * section (a title row, then its header; a header repeated after a page break; table 二's next
 * block). The grid is cut only where the rows on either side each belong to one table, not the
 * same one (CONTENT below): a table 三 with a caption row, a table 二 headed
 * "二、主动公开政府信息情况", or a table 三 with one of its rows moved above its header stays one grid.
 * A section need not hold a number: a table 四 written all "—" is still table 四.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';

type SectionKind = 't2' | 't3' | 't4';

/**
 * A section's title, as labelKey writes it (full-width ：（） folded to ASCII): the 国办 format's
 * headings (spec/report-format.md "Sections") with or without their numeral, and the wording
 * 因政府信息公开工作被申请行政复议和提起行政诉讼情况. The numeral as reports write it: 二、, （二）,
 * 表二：, 表2, 附表二, with a colon, a 、 or nothing after it. Anchored at both ends: a row label of
 * table 三 ("三、本年度办理结果") or a note naming a table ("注：表二中…") is no title.
 */
const numeral = (n: string): string => `(?:(?:附?表)?(?:${n}|\\(${n}\\))[、.:]?)?`;
const TITLES: readonly [SectionKind, RegExp][] = [
  ['t2', new RegExp(`^${numeral('[二2]')}主动公开政府信息(?:的)?情况$`)],
  ['t3', new RegExp(`^${numeral('[三3]')}收到和处理政府信息公开申请(?:的)?情况$`)],
  ['t4', new RegExp(`^${numeral('[四4]')}(?:政府信息公开)?(?:行政复议[、和及与]?行政诉讼|因政府信息公开(?:工作)?被申请行政复议和提起行政诉讼)(?:的)?情况$`)],
];

/**
 * Words that open table 三's header: its 申请人情况 band, the note in its corner cell, or, in a
 * header cut down to one row, its first column's 自然人.
 */
const T3_HEADER = /申请人情况|勾稽关系|^自然人$/;

/** The cells that start in row r, each once (a cell spanning down from above is not the row's). */
function cellsOf(grid: Grid, r: number): GridCell[] {
  const out: GridCell[] = [];
  for (const cell of grid.slots[r] ?? []) if (cell && cell.row === r && out[out.length - 1] !== cell) out.push(cell);
  return out;
}

/**
 * What row r starts, if anything: a section's title row (its one written cell is a section's
 * heading), or a section's own header (see above: no figure in the row). Read in place, with no
 * list built: every row of every table on the page comes through here.
 */
function rowStart(grid: Grid, r: number): { kind: SectionKind; title: boolean } | null {
  const line = grid.slots[r] ?? [];
  let written = 0;
  let only: GridCell | null = null;
  let number = false;
  let prev: GridCell | null = null;
  for (const cell of line) {
    if (!cell || cell.row !== r || cell === prev) continue; // a cell spanning down from above is not the row's
    prev = cell;
    // the unit an Excel sheet writes at the right end of a title row ("单位：件") is no second
    // cell of it: the title is still the row's one written cell
    if (cell.text !== '' && !cell.key.startsWith('单位')) {
      written++;
      only = cell;
    }
    if (cell.reading.kind === 'number') number = true;
  }
  // every title ends 情况: tested first, a table with no title row never compiles the three (perf63)
  if (written === 1 && only!.key.endsWith('情况')) {
    for (const [kind, re] of TITLES) if (re.test(only!.key)) return { kind, title: true };
  }
  if (number) return null;
  let review = false;
  let suit = false;
  prev = null;
  for (const cell of line) {
    if (!cell || cell.row !== r || cell === prev || cell.reading.kind !== 'text') continue;
    prev = cell;
    const k = cell.key;
    if (T3_HEADER.test(k)) return { kind: 't3', title: false };
    // table 二's header: a block's 第二十条第（一）项 heading or its 信息内容 column head, by string
    // compare rather than a regex (this runs on every row with no figure of every table)
    if (k === '信息内容' || k.startsWith('第二十条')) return { kind: 't2', title: false };
    if (k === '行政复议') review = true;
    else if (k === '行政诉讼') suit = true;
  }
  return review && suit ? { kind: 't4', title: false } : null;
}

interface Section {
  /** first row, and the row after the last */
  start: number;
  end: number;
  /** the kind its title or header names (null: the rows before the first) */
  kind: SectionKind | null;
  /** title rows inside it: emptied in its grid */
  titles: number[];
  /** the tables its rows' own words belong to (contentKinds) */
  content: Set<SectionKind>;
}

/**
 * Which tables a row's words belong to: table 二's block headings and items, table 三's row
 * labels, table 四's items. A title or header alone does not make a section: its rows must say it.
 */
const CONTENT: readonly [SectionKind, RegExp][] = [
  ['t2', /第二十条|信息内容/],
  ['t3', /本年新收|上年结转|本年度办理结果|结转下年度|予以公开|不予公开|无法提供|不予处理|其他处理/],
  ['t4', /结果维持|结果纠正/],
];

/** The grid as one grid per section it holds, or [grid] when it holds one. */
export function splitSections(grid: Grid): Grid[] {
  const sections: Section[] = [{ kind: null, start: 0, end: 0, titles: [], content: new Set() }];
  for (let r = 0; r < grid.slots.length; r++) {
    const start = rowStart(grid, r);
    if (!start) continue;
    let open = sections[sections.length - 1]!;
    if (start.kind !== open.kind) {
      open.end = r;
      open = { kind: start.kind, start: r, end: r, titles: [], content: new Set() };
      sections.push(open);
    }
    if (start.title) open.titles.push(r);
  }
  sections[sections.length - 1]!.end = grid.slots.length;
  // most tables hold one section (table 二 has no start, 三 and 四 theirs at the top): their rows'
  // words are not read, which cost every table of every page a test per cell
  if (sections.filter((s) => s.start < s.end).length < 2) return [grid];
  for (const s of sections) {
    for (let r = s.start; r < s.end; r++) {
      if (s.titles.includes(r)) continue;
      for (const c of cellsOf(grid, r)) for (const [k, re] of CONTENT) if (c.reading.kind === 'text' && re.test(c.key)) s.content.add(k);
    }
  }
  // a start is kept only between two sections whose rows each belong to one table, not the same:
  // a row of table 三 moved above its header (a thead) is no table of its own, nor a header
  // repeated after a page break
  const kept: Section[] = [];
  for (const s of sections) {
    const prev = kept[kept.length - 1];
    if (s.start === s.end) continue;
    if (prev && !(prev.content.size === 1 && s.content.size === 1 && !sameSet(prev.content, s.content))) {
      prev.end = s.end;
      prev.titles.push(...s.titles);
      for (const k of s.content) prev.content.add(k);
      continue;
    }
    kept.push(s);
  }
  if (kept.length < 2) return [grid];
  return kept.map((s) => sectionGrid(grid, s));
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * The grid with only the section's rows, its title rows emptied: a title over every column would
 * stand in each column's header path. A cell spanning into the section from a row above it is
 * left out there too. The sheet is as wide as its widest section: the columns right of the
 * section's last written cell are the other sections' (a table 二 of four columns in a sheet
 * fifteen wide, each row padded with empty cells), no column of this one, and are cut off: read,
 * they were figure columns under no header.
 */
function sectionGrid(grid: Grid, s: Section): Grid {
  const inSection = (cell: GridCell | null, r: number): boolean =>
    !!cell && r >= s.start && r < s.end && cell.row >= s.start && !s.titles.includes(r) && !s.titles.includes(cell.row);
  let width = 0;
  grid.slots.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (inSection(cell, r) && cell!.text !== '' && c + 1 > width) width = c + 1;
    }),
  );
  const slots = grid.slots.map((line, r) => line.slice(0, width).map((cell) => (inSection(cell, r) ? cell : null)));
  return { ...grid, slots, width };
}
