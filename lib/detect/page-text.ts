/**
 * One walk over a report page, read once and shared by the stages after it: the detector's lines
 * (lines.ts) of the body, every <table> of the document in document order (what CellRef.table
 * indexes), whether each holds another table (layout), and the raw text of every td/th (what
 * parseGrid would otherwise ask of `textContent`).
 *
 * Why: on linkedom, `querySelectorAll('table')` walks the whole document through css-select
 * (~1.6 ms on fengze-2019, more than a bare walk of every text node), `closest` runs a selector
 * per table, and `textContent` walks each cell again. One TreeWalker pass (lib/dom/tree-walk.ts;
 * parentNode/nodeType/localName are plain fields on linkedom) that does everything costs about
 * one walk.
 *
 * Equivalences the walk keeps (on a browser DOM and on linkedom):
 *  - tables: localName exactly "table", in tree order, never inside <template> (a browser keeps a
 *    template's children in a separate fragment; linkedom keeps them in the tree, but its
 *    querySelectorAll skips them too);
 *  - layout: a table has another listed table below it (= the inner one's parentElement.closest)
 *    that is not a header widget (isHeaderWidget: a diagonal header cell drawn as a small table);
 *  - cell text: the Text and CDATA descendants in order, as textContent joins them, without what
 *    an element the page hides holds (dom/hidden.ts visibleText: a Word span styled display:none
 *    beside a figure must not add its digit). linkedom lists a <template>'s children in the tree
 *    where a browser does not: when a cell holds a non-empty template, no cell text is vouched for
 *    and parseGrid falls back to visibleText. So it does when a cell holds a mark (<sup>, <s>…: a
 *    footnote beside a figure), whose text visibleText leaves out or keeps by the rest of the cell.
 * If the walk never reaches `root` (a body outside the tree), it returns no tables and callers
 * take the slow, selector-based path.
 */
import { HIDDEN, STRUCK, StyleMemo, visibilityOf } from '../dom/hidden.ts';
import { readText, textReader } from '../text/traditional.ts';
import { following, treeWalker } from '../dom/tree-walk.ts';
import { LineBuilder, TAG_CELL, TAG_CELL_MARK, TAG_CELL_UNSEEN, TAG_FIELD, TAG_META, TAG_QSA_TABLE, TAG_TEMPLATE, collectLines, isChrome, tagFlags, type Line } from './lines.ts';

export interface PageTable {
  el: Element;
  /** holds another table: layout, never data */
  layout: boolean;
}

export interface PageText {
  /** root's lines, exactly as collectLines(root) reads them */
  lines: Line[];
  /** every <table> of the document in document order, or null when the walk could not list them */
  tables: PageTable[] | null;
  /** a td/th's raw text (dom/hidden.ts visibleText), or undefined when the walk did not record it */
  cellText: (cell: Element) => string | undefined;
  /**
   * does the table hold another table, other than a header widget (listTables's layout)? undefined when
   * the walk cannot say: not a listed table, or a non-empty <template> somewhere (linkedom's
   * getElementsByTagName reads inside templates, a browser's does not)
   */
  holdsTable: (table: Element) => boolean | undefined;
  /**
   * the first <meta> named SiteName/sitename/siteName/Sitename (what detect-report's selector
   * finds): its element, null when there is none, undefined when the walk could not list them
   */
  siteMeta: Element | null | undefined;
}

/** The <meta name> spellings the detector looks up (its selector's, exactly). */
const SITE_NAME_META = new Set(['SiteName', 'sitename', 'siteName', 'Sitename']);

/** Per open element, what entering it did (so that leaving it undoes exactly that). */
const S_ROOT = 1;
const S_LINE = 2;
const S_MUTE = 4;
const S_TABLE = 8;
const S_CELL = 16;
const S_HIDDEN = 32;
const S_FLAGS_SHIFT = 6;

const UNKNOWN = (): undefined => undefined;

export function readPage(doc: Document, root: Element): PageText {
  const b = new LineBuilder(root);
  const tables: PageTable[] = [];
  const openTables: PageTable[] = [];
  // the td/th count of each open table (its own cells, not those of tables inside it)
  const openTableCells: number[] = [];
  // text nodes seen inside a cell, in order; cell k (in the order cells close) is the range
  // [cellRanges[2k], cellRanges[2k + 1]) of them
  const texts: string[] = [];
  const cellStarts: number[] = [];
  const cellEls: Element[] = [];
  const cellRanges: number[] = [];
  let openCells = 0;
  // > 0 inside an element the page hides, within a cell: its text is not the cell's
  let hiddenInCell = 0;
  const styles = new StyleMemo();
  let cellsUnsure = false;
  let templates = false;
  let siteMeta: Element | null = null;
  let inRoot = false;
  let reached = false;
  // > 0 inside chrome below root: its text is not a line, but its tables and cells still count
  let mute = 0;
  const state: number[] = [];
  // the page in traditional characters: read simplified (text/traditional.ts)
  const reader = textReader();

  const enter = (el: Element, flags: number): number => {
    let st = flags << S_FLAGS_SHIFT;
    if (el === root) {
      inRoot = reached = true;
      st |= S_ROOT;
    } else if (inRoot && mute === 0) {
      if (isChrome(el, flags)) {
        mute++;
        st |= S_MUTE;
      } else {
        b.enter(el, flags);
        st |= S_LINE;
      }
    }
    if (flags & TAG_QSA_TABLE) {
      const t: PageTable = { el, layout: false };
      tables.push(t);
      openTables.push(t);
      openTableCells.push(0);
      st |= S_TABLE;
    }
    if (flags & TAG_META && siteMeta === null && SITE_NAME_META.has(el.getAttribute('name') ?? '')) siteMeta = el;
    if (flags & TAG_CELL) {
      if (openTableCells.length > 0) openTableCells[openTableCells.length - 1]!++;
      cellStarts.push(texts.length);
      // a cell inside a hidden part of another cell shows its own text, which the outer cell
      // does not: no cell text is vouched for (rare; parseGrid then reads each cell itself)
      if (hiddenInCell > 0) cellsUnsure = true;
      openCells++;
      st |= S_CELL;
    } else if (openCells > 0 && flags & (TAG_CELL_MARK | TAG_CELL_UNSEEN | TAG_FIELD)) {
      // a footnote mark or struck-out figure beside a cell's figure: whether it is left out depends
      // on the cell's other text (dom/hidden.ts visibleText), so parseGrid reads the cells itself
      // (rare: the walk's cell text is kept for the pages without one); so does a script, style
      // or noscript inside a cell, whose text is no part of it (CELL_UNSEEN_TAGS), and a text
      // field, whose value is text no text node holds (fieldValue)
      cellsUnsure = true;
    } else if (openCells > 0 && hiddenInCell === 0 && el.hasAttributes()) {
      const seen = visibilityOf(el, styles);
      if (seen === HIDDEN) {
        hiddenInCell++;
        st |= S_HIDDEN;
      } else if (seen === STRUCK) {
        // a span struck out by its style: a mark as <s> is (above)
        cellsUnsure = true;
      }
    }
    return st;
  };

  const leave = (el: Element, st: number): void => {
    if (st & S_CELL) {
      openCells--;
      cellEls.push(el);
      cellRanges.push(cellStarts.pop() ?? 0, texts.length);
    }
    if (st & S_HIDDEN) hiddenInCell--;
    if (st & S_TABLE) {
      const inner = openTables.pop()!;
      const cells = openTableCells.pop() ?? 0;
      const outer = openTables[openTables.length - 1];
      if (outer && !isHeaderWidget(inner, cells)) outer.layout = true;
    }
    if (st & S_LINE) b.leave(el, st >>> S_FLAGS_SHIFT);
    else if (st & S_MUTE) mute--;
    else if (st & S_ROOT) {
      b.flush();
      inRoot = false;
    }
  };

  // each element child of the document on its own: linkedom's doctype has no nextSibling, and its
  // TreeWalker on a document covers documentElement only
  for (const top of Array.from(doc.childNodes)) {
    if (top.nodeType !== 1) continue;
    const topFlags = tagFlags(top as Element);
    if (topFlags & TAG_TEMPLATE) continue;
    const open: Node[] = [top];
    state.push(enter(top as Element, topFlags));
    const walker = treeWalker(top);
    // inside a <template> that linkedom lists (a browser has none): skipped up to this node
    let resume: Node | null | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (resume !== undefined) {
        if (node !== resume) continue;
        resume = undefined;
      }
      const parent = node.parentNode;
      while (open.length > 1 && open[open.length - 1] !== parent) leave(open.pop() as Element, state.pop() ?? 0);
      const type = node.nodeType;
      if (type === 1) {
        const el = node as Element;
        const flags = tagFlags(el);
        if (flags & TAG_TEMPLATE) {
          // not descended (nor a line: template is chrome); see the header for cells
          if (el.firstChild) {
            templates = true;
            if (openCells > 0) cellsUnsure = true;
            resume = following(el, top);
          }
          continue;
        }
        state.push(enter(el, flags));
        open.push(el);
      } else if (type === 3) {
        const raw = node.nodeValue ?? '';
        const data = reader ? reader(raw) : raw;
        if (inRoot && mute === 0) b.text(data);
        if (openCells > 0 && hiddenInCell === 0) texts.push(data);
      } else if (type === 4 && openCells > 0 && hiddenInCell === 0) {
        texts.push(readText(node.nodeValue ?? ''));
      }
    }
    while (open.length > 0) leave(open.pop() as Element, state.pop() ?? 0);
  }

  if (!reached) return { lines: collectLines(root), tables: null, cellText: UNKNOWN, holdsTable: UNKNOWN, siteMeta: undefined };
  const cellText = cellsUnsure ? UNKNOWN : cellLookup(cellEls, cellRanges, texts);
  let holdsTable: PageText['holdsTable'] = UNKNOWN;
  if (!templates) {
    const byEl = new Map(tables.map((t) => [t.el, t.layout]));
    holdsTable = (table) => byEl.get(table);
  }
  return { lines: b.lines, tables, cellText, holdsTable, siteMeta };
}

/**
 * cellText over the cells the walk recorded. The grid asks for a table's cells row by row, which
 * is the order the walk closed them in, so the lookup first tries the cell after the last one
 * asked for, then further on (the cells of a table that is not read: layout, or outside the
 * report); a Map by element is built only when a cell is asked for before that point (a thead
 * after its tbody, a cell asked twice). On linkedom a Map keyed by ~300 elements cost more than
 * all the cells' text.
 */
function cellLookup(els: readonly Element[], ranges: readonly number[], texts: readonly string[]): (cell: Element) => string | undefined {
  let next = 0;
  let byEl: Map<Element, number> | null = null;
  const textOf = (k: number): string | undefined => {
    const start = ranges[2 * k] ?? 0;
    const end = ranges[2 * k + 1] ?? 0;
    if (end - start === 1) return texts[start];
    // joined in place: no copy of the range to join (a Word cell's text is a few spans' and <o:p>'s)
    let text = '';
    for (let k = start; k < end; k++) text += texts[k]!;
    return text;
  };
  return (cell) => {
    if (els[next] === cell) return textOf(next++);
    if (!byEl) {
      const ahead = els.indexOf(cell, next);
      if (ahead >= 0) {
        next = ahead + 1;
        return textOf(ahead);
      }
      byEl = new Map();
      els.forEach((el, k) => byEl!.set(el, k));
    }
    const k = byEl.get(cell);
    if (k === undefined) return undefined;
    next = k + 1;
    return textOf(k);
  };
}

/**
 * A table of a few cells and no table of its own, inside a cell of another: the way WPS and
 * Excel exports draw a diagonal header cell (斜线表头, "申请人情况" over "项目"), not a page laid
 * out in a table. It does not make the table holding it layout: that is table 三 itself, and
 * taking it for layout left it unread ("未找到表三" on a page that shows it).
 */
const HEADER_WIDGET_CELLS = 4;

function isHeaderWidget(t: PageTable, ownCells: number): boolean {
  return !t.layout && ownCells <= HEADER_WIDGET_CELLS;
}

/** The tables the slow way, for a document readPage could not list. */
export function listTables(doc: Document): PageTable[] {
  const all = Array.from(doc.querySelectorAll('table'));
  const layout = new Set<Element>();
  // inner tables first (the reverse of document order), so that an inner table's own layout is
  // known before its outer table is judged
  for (const table of [...all].reverse()) {
    const outer = table.parentElement?.closest('table');
    if (!outer) continue;
    const own = Array.from(table.querySelectorAll('td,th')).filter((c) => c.closest('table') === table).length;
    if (!isHeaderWidget({ el: table, layout: layout.has(table) }, own)) layout.add(outer);
  }
  return all.map((el) => ({ el, layout: layout.has(el) }));
}
