/**
 * Which grids are tables 二, 三 and 四, by what their labels say (never by position: pages put
 * metadata and layout tables before them). A table that holds other tables is layout, not data.
 */
import type { Grid, GridCell } from '../grid/parse-grid.ts';
import { labelKey } from '../text/normalize.ts';
import { rowView, withoutSpareColumns, type RowView } from './grid-rows.ts';
import { matchLabel, T2_COLUMN_PATTERNS, T3_ROW_PATTERNS } from './labels.ts';
import { withoutSerialColumn } from './serial-column.ts';
import { splitSections } from './split-sections.ts';
import { continuesFirstPart, t3FirstPart, type T3FirstPart } from './t3-first-part.ts';
import { namesEnough, transposedPart, transposedStart } from './map-table3-transposed.ts';
import { t4GroupPart } from './t4-parts.ts';
import { joinFiguresUnder } from './t4-figures-apart.ts';
import { joinColumnsApart } from './t3-columns-apart.ts';
import { T4_GROUPS } from './mapped.ts';
import { mapTable4 } from './map-table4.ts';

export interface TableRoles {
  t2: Grid[];
  /** one grid, or more when table 三 continues in 续表s after page breaks */
  t3: Grid[];
  /**
   * further complete tables 三 on the page, each with its 续表s: a 区 report that publishes the
   * 全区 summary and the 区政府本级 table, or per-部门 tables after its own. analyzeDocument picks
   * the report's table among them all (the widest scope) and checks the others on their own.
   */
  t3Others: Grid[][];
  /** one grid, or two when table 四 is cut at its group boundary: 行政复议, then 行政诉讼 */
  t4: Grid[];
  /**
   * With several tables 三 (t3Others), where the others' tables 二 and 四 stand: around[k] holds the
   * tables 二 after table 三 number k - 1 and before number k (page order: t3 first, then t3Others),
   * and the first table 四 after number k - 1 and before number k. A page that puts a 部门's whole
   * report before the 区's has the 部门's 二 and 四 first: the report's are those around its 三.
   */
  around: { t2: Grid[]; t4: Grid[] }[];
  /**
   * Tables 三 (their first grid) whose columns go on in the grid right after them: a part headed by
   * 法人或其他组织's columns or 总计 alone, with no row of its own named (red team 30 c08, the columns
   * split over two tables). Read alone, the first part was taken for a table without its 总计.
   */
  t3ColumnsApart?: Grid[];
  /** the second parts joined to their table 三 (t3-columns-apart.ts): tables of the report, no prose */
  t3Joined?: Grid[];
  /** table 四's header and its figures' table, joined into one (t4-figures-apart.ts): tables of the report, no prose */
  t4Joined?: Grid[];
  /** the first small table right after a table 三 ('after', its last grid) that names channels of applying */
  t3Channels?: { after: Grid; grid: Grid };
}

/**
 * Tables 二 and 四 for table 三 number k (page order) of a page with several: the tables 二 just
 * before it and the first table 四 after it, when the page has them there; else roles.t2/roles.t4
 * (the first of each on the page).
 */
export function tablesAround(roles: TableRoles, k: number): { t2: Grid[]; t4: Grid[] } {
  const before = roles.around[k]?.t2 ?? [];
  const after = roles.around[k + 1]?.t4 ?? [];
  return { t2: before.length > 0 ? before : roles.t2, t4: after.length > 0 ? after : roles.t4 };
}

/** Every table 二 and 四 grid found, wherever it stands (none of them is prose). */
export function allAround(roles: TableRoles): Grid[] {
  const seen = new Set<Grid>([...roles.t2, ...roles.t4]);
  for (const a of roles.around) for (const g of [...a.t2, ...a.t4]) seen.add(g);
  return [...seen];
}

/**
 * The table's text from its grid (each cell once), so the DOM is not walked a second time. A
 * cell is met first, in row-major order, at the slot where it starts (parseGrid places a cell on
 * a free slot and spans only down and right), so that slot stands for it.
 */
function gridKey(g: Grid): string {
  // labelKey of the cells' texts joined is their keys joined when all are plain
  // (normalize.ts normalizePlainText); else labelKey of the joined text, as ever
  let key = '';
  let plain = true;
  forEachCell(g, (cell) => {
    key += cell.key;
    if (!cell.plain) plain = false;
  });
  if (plain) return key;
  let text = '';
  forEachCell(g, (cell) => {
    text += cell.text;
  });
  return labelKey(text);
}

/** Each cell of the grid once, in row-major order of the slots where they start. */
function forEachCell(g: Grid, visit: (cell: GridCell) => void): void {
  for (let r = 0; r < g.slots.length; r++) {
    const row = g.slots[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell && cell.row === r && cell.col === c) visit(cell);
    }
  }
}

const T3_STRONG = /本年新收|本年度办理结果|结转下年度|上年结转/;
const T3_ROWS = /予以公开|不予公开|无法提供|不予处理|其他处理|内部事务|过程性信息|执法案卷|行政查询|国家秘密|重复申请|出版物/;
/** What table 三's header names (map-table3.ts APPLICANT_HEADER): a cheap test before t3FirstPart. */
const APPLICANT_WORDS = /自然人/;
const T4 = /行政复议/;
/** A small table naming at least two channels of applying and their sum */
const CHANNELS_TABLE = /^(?=.*当面)(?=.*(?:网上|网络|在线))(?=.*(?:合计|总计|共计)).{0,200}$/;
/** A header of table 三's columns after 自然人: 法人或其他组织's, or 申请人情况（续） */
const COLUMNS_APART = /申请人情况\(续\)|^(?:申请人情况)?法人或其他组织.*(?:社会公益|法律服务|商业企业|科研机构)/;
const T4_MORE = /行政诉讼|复议后起诉|直接起诉/;
const T2_HEADER = /第二十条|信息内容/;
const T2 = /第二十条|信息内容|规范性文件|行政许可|行政处罚|行政事业性收费|政府集中采购/;

/**
 * The grids of tables 二, 三 and 四, as the mappers read them: without a 序号 column a unit added
 * (serial-column.ts), whose numbers are no figures of the report; and one grid per section of a
 * <table> that holds several (an Excel sheet with tables 二, 三 and 四 under their titles:
 * split-sections.ts), each read as if it were a table of its own.
 */
export function findTables(grids: readonly Grid[]): TableRoles {
  const roles: TableRoles = { t2: [], t3: [], t3Others: [], t4: [], around: [{ t2: [], t4: [] }] };
  const here = (): { t2: Grid[]; t4: Grid[] } => roles.around[roles.around.length - 1]!;
  // every table 三 in page order, each with its 续表s; the one still open to a 续表 (no 结转下年度 yet)
  const t3Sets: Grid[][] = [];
  let current: Grid[] | null = null;
  let t3Open = false;
  // the 行政复议 half of a table 四 cut in two, waiting for its 行政诉讼 half in the next grid
  let reviewHalf: Grid | null = null;
  // table 四 as three small tables, one per group (t4-parts.ts): the parts met so far, in the
  // template's order, each in the grid just after the one before
  let parts: Grid[] = [];
  // 行政复议 as a small table of its own (t4-parts.ts), waiting for one 行政诉讼 table that holds
  // both suit groups in its rows
  let reviewPart: Grid | null = null;
  // the first part of a table 三 on its side cut in two, and the template's rows it names,
  // waiting for its 续表 in the next grid
  let sideHalf: { g: Grid; named: ReadonlySet<string> } | null = null;
  // a grid naming both 行政复议 and 行政诉讼 that does not read as table 四 (above), and where it stood
  let unreadT4: { g: Grid; at: number } | null = null;
  // table 三 cut right under its header or after 一、本年新收 (t3-first-part.ts): the first part,
  // waiting for its 续表 in the next grid
  let firstPart: T3FirstPart | null = null;
  // the grid just before, when it was table 三's (COLUMNS_APART)
  let lastT3: Grid | null = null;
  // the grid just before (table 四's header alone waits for its figures in the next: t4-figures-apart.ts)
  let lastGrid: Grid | null = null;
  for (const parsed of grids.flatMap(splitSections)) {
    const g = withoutSerialColumn(parsed);
    const gridBefore = lastGrid;
    lastGrid = g;
    const key = gridKey(g);
    const partsBefore = parts;
    parts = [];
    const isT3 = T3_STRONG.test(key) || (T3_ROWS.test(key) && /公开|处理|提供/.test(key) && countMatches(key) >= 3);
    // the rest of table 三's columns in a grid of their own, right after it (no row label of its own)
    // (its rows' labels repeated, it reads as table 三 itself)
    const apart = lastT3 !== null && key.includes('人') && COLUMNS_APART.test(key) && !/自然人/.test(key);
    // a small table of the channels right after table 三 (t3-channels-table.ts reads it, or not)
    if (lastT3 !== null && !isT3 && CHANNELS_TABLE.test(key) && roles.t3Channels === undefined) roles.t3Channels = { after: lastT3, grid: g };
    if (apart) {
      // joined where its rows are the first part's for certain (t3-columns-apart.ts); else said unread
      const set = t3Sets[t3Sets.length - 1];
      const joined = set && set.length === 1 && set[0] === lastT3 ? joinColumnsApart(lastT3, g) : null;
      if (joined) {
        set![0] = joined;
        (roles.t3Joined ??= []).push(g);
        lastT3 = null;
        continue;
      }
      (roles.t3ColumnsApart ??= []).push(lastT3!);
    }
    lastT3 = isT3 && !key.includes('信息内容') ? g : null;
    const sideBefore = sideHalf;
    sideHalf = null;
    const partBefore = firstPart;
    firstPart = null;
    if (isT3 && !key.includes('信息内容')) {
      if (partBefore && continuesFirstPart(partBefore, g)) {
        // the 续表 of a first part too short to be taken for table 三: read as one table with it
        // (tried before the 续表 of a table 三 still open: the part's header began another table)
        current = [partBefore.grid, g];
        t3Sets.push(current);
        roles.around.push({ t2: [], t4: [] });
        t3Open = !/结转下年度/.test(key);
      } else if (current && t3Open && !/本年新收/.test(key)) {
        // 续表: table 三 continued after a page break; it never starts again at 一、本年新收
        current.push(g);
        t3Open = !/结转下年度/.test(key);
      } else if (namesT3RowsBesideFigures(g) || transposedStart(sideViews(g)) >= 0) {
        // (or table 三 on its side, the applicants down the side and its rows across: map-table3.ts
        // mapTransposed; tried only when the usual shape is not there)
        current = [g];
        t3Sets.push(current);
        roles.around.push({ t2: [], t4: [] });
        t3Open = !/结转下年度/.test(key);
      } else {
        // the words of table 三 in a header only: a summary, not table 三 (see below); or a part
        // of table 三 on its side cut in two, the applicants down the side of both parts: read
        // when the next grid is such a part too, and the two name enough of the template's rows.
        // A summary between table 三 and its 续表 (本年新收 · 上年结转 by channel) leaves table 三
        // open to it, as any grid of no table's does (below; red team 19, 23)
        const part = transposedPart(sideViews(g));
        if (part) t3Open = false;
        if (part && sideBefore && namesEnough(new Set([...sideBefore.named, ...part.named]))) {
          t3Sets.push([sideBefore.g, g]);
          roles.around.push({ t2: [], t4: [] });
        } else if (part) {
          sideHalf = { g, named: part.named };
        } else {
          // or the first part of table 三 cut after 一、本年新收, read when its 续表 is the next grid
          firstPart = t3FirstPart(g);
        }
      }
      continue;
    }
    // a grid of no table's between table 三 and its 续表 (a small tally under a 附 line, placed
    // where the page broke) leaves table 三 open to it (below); table 二 or 四 closes it
    const openBefore = t3Open;
    t3Open = false;
    const half = reviewHalf;
    reviewHalf = null;
    const reviewBefore = reviewPart;
    reviewPart = null;
    if ((roles.t4.length === 0 || here().t4.length === 0) && /维持|纠正/.test(key)) {
      const review = T4.test(key);
      const suits = T4_MORE.test(key);
      // a grid of one group only (never the whole table, which names both): one of three small
      // tables, each under its own heading?
      const group = review && suits ? null : t4GroupPart(g);
      if (group) {
        parts = group === T4_GROUPS[partsBefore.length] ? [...partsBefore, g] : group === 'review' ? [g] : [];
        if (parts.length === T4_GROUPS.length) {
          if (roles.t4.length === 0) roles.t4.push(...parts);
          if (here().t4.length === 0) here().t4.push(...parts);
          parts = [];
          continue;
        }
        // 行政复议's five titled inside the table may also be followed by 行政诉讼's ten in one table
        // (below); one under a heading outside is not taken for that half (a 行政复议 tally of
        // the agency's cases, followed by a 行政诉讼 one, would then stand for table 四)
        if (review) reviewHalf = g;
        if (group === 'review') reviewPart = g;
        continue;
      }
      // after 行政复议's small table, one 行政诉讼 table whose rows are the template's two suit
      // groups by their names (未经复议直接起诉, 复议后起诉): a tally of the agency's own suits
      // names neither
      const suitRows = !review && reviewBefore !== null && namesBothSuitGroups(key);
      // both words in one grid that does not read as table 四 may be a list of the cases (序号 ·
      // 案号 · 类型 行政复议/行政诉讼 · 结果 维持/纠正) between the heading and table 四: taken for it,
      // it hid the real table. Kept aside: it is table 四 (unread, and said so) only when no grid
      // after it reads as one
      if (review && suits && unreadT4 === null && mapTable4([g], []) === null) {
        unreadT4 = { g, at: roles.around.length - 1 };
        continue;
      }
      const found = review && suits ? [g] : suits && half ? [half, g] : suitRows ? [reviewBefore, g] : null;
      if (found) {
        if (roles.t4.length === 0) roles.t4.push(...found);
        if (here().t4.length === 0) here().t4.push(...found);
        continue;
      }
      // a narrow page cuts the fifteen columns in two tables: 行政复议's five, then 行政诉讼's ten
      if (review) {
        reviewHalf = g;
        continue;
      }
    }
    // table 二 names its columns in a 信息内容 row under a 第二十条第（…）项 heading (mapTable2 reads
    // that row); a 主动公开 tally by category ("政策文件（含行政规范性文件）| 58 … 合计") has neither
    // (before any table 三, or the first found: a comparison table with table 三's row labels may
    // come before it in 总体情况)
    // A tally headed 信息内容 with no 第二十条 heading and none of table 二's columns ("信息内容 |
    // 本年公开数量（条）", rows 行政许可信息, 行政处罚信息 … 合计) is no part of it: merged, its rows
    // were table 二's unread rows (red team 19, 21)
    if (T2.test(key) && T2_HEADER.test(key) && /规章|行政许可|行政处罚|行政强制|收费|采购/.test(key) && (/第二十条/.test(key) || T2_COLUMN_PATTERNS.some((p) => p.re.test(key)))) {
      if (t3Sets.length === 0 || roles.t2.length === 0) roles.t2.push(g);
      here().t2.push(g);
      continue;
    }
    // table 四's header alone, kept aside, and its figures alone in the grid right after it (a page
    // break under the header: t4-figures-apart.ts)
    const under = unreadT4 !== null && unreadT4.g === gridBefore && !/维持|纠正/.test(key) ? joinFiguresUnder(unreadT4.g, g) : null;
    if (under && mapTable4([under], []) !== null) {
      if (roles.t4.length === 0) roles.t4.push(under);
      if (roles.around[unreadT4!.at]!.t4.length === 0) roles.around[unreadT4!.at]!.t4.push(under);
      (roles.t4Joined ??= []).push(unreadT4!.g, g);
      unreadT4 = null;
      continue;
    }
    // a grid of no table's: table 三 stays open to its 续表, and 行政复议's half of table 四 to its
    // 行政诉讼 half (a tally of the 复议 cases by 案由 between the two: red team 19, 28)
    if (!/维持|纠正/.test(key)) {
      t3Open = openBefore;
      reviewHalf = half;
      reviewPart = reviewBefore;
      // table 三's header alone, its rows in the 续表 that follows (t3-first-part.ts)
      if (APPLICANT_WORDS.test(key)) firstPart = t3FirstPart(g);
    }
  }
  if (unreadT4 && roles.t4.length === 0) {
    roles.t4.push(unreadT4.g);
    if (roles.around[unreadT4.at]!.t4.length === 0) roles.around[unreadT4.at]!.t4.push(unreadT4.g);
  }
  roles.t3 = t3Sets[0] ?? [];
  roles.t3Others = t3Sets.slice(1);
  return roles;
}

/**
 * Does the grid name at least two distinct rows of table 三 (一、本年新收, （一）予以公开,
 * （七）总计…) beside figures? Table 三 lists its rows down the side; a per-department summary of
 * applications placed in 总体情况 ("单位 | 申请数量 | 予以公开 | 部分公开 | 不予公开 | 无法提供 | …",
 * department rows and a 合计) carries the same words in its header only, and taken for table 三
 * it hid the real one.
 * Two rows, because a summary's 合计 row reads as （七）总计; a first part of a split table 三
 * holds at least 一 and 二.
 */
function namesT3RowsBesideFigures(grid: Grid): boolean {
  // an empty cell at the end of a header row naming table 三's rows is no figure beside them
  const g = withoutSpareColumns(grid);
  let first: string | null = null;
  for (let r = 0; r < g.slots.length; r++) {
    const v = rowView(g, r);
    if (v.dataStart < 0) continue;
    const k = matchLabel(T3_ROW_PATTERNS, v.label);
    if (k === null || k === first) continue;
    // two are enough: table 三 names them in its first data rows, so the walk stops there
    if (first !== null) return true;
    first = k;
  }
  return false;
}

/** Both of table 四's suit groups by the template's names: 未经复议直接起诉 and 复议后起诉. */
function namesBothSuitGroups(key: string): boolean {
  return /未经复议(?:直接)?起诉|直接起诉/.test(key) && /复议后起诉/.test(key);
}

/** T3_ROWS, global: String.prototype.match resets lastIndex itself. */
const T3_ROWS_ALL = new RegExp(T3_ROWS.source, 'g');

function countMatches(key: string): number {
  return key.match(T3_ROWS_ALL)?.length ?? 0;
}

/**
 * A grid's rows as table 三 on its side is read (map-table3.ts): without the empty columns at its
 * right edge, whose empty cell made each header row look like a row with a blank figure.
 */
function sideViews(grid: Grid): RowView[] {
  const g = withoutSpareColumns(grid);
  return g.slots.map((_, r) => rowView(g, r));
}
