/**
 * Blank totals on one line of a table, said once. A unit that leaves its 总计 column blank beside
 * the applicant columns (or a 合计 row blank under its items) leaves one total missing per row (per
 * column): eleven table.blank-total warnings saying the same thing, row after row. A reader sees one
 * gap, "表三「总计」一列有11处空白", so it is one finding: every blank total and its parts in its
 * cells (each still marked on the page), their parts' sums in its message. A blank total alone on
 * its line keeps its own message (blankTotalFinding). The check counts are not touched: each blank
 * total is still one check that could not be done (run-rules.ts).
 *
 * The line is the format's: a total whose parts lie along its row (a row's 总计 = Σ applicant
 * columns) lines up with the others of its column; one whose parts lie down its column (（七）总计 =
 * Σ results, a 合计 row of table 二) with the others of its row. Whether the reader sees a 列 or a
 * 行 is the page's (a table 三 on its side shows the format's columns as rows): read from the cells.
 */
import type { CellRef, Finding } from '../types.ts';
import { exactSum } from '../text/parse-figure.ts';
import { blankTotalFinding, noneMark, refsOf } from './evaluate.ts';
import type { Instance, Term } from './instances.ts';
import { cellLabels, type Ref } from './note-refs.ts';
import { blankLineNote } from './note-words.ts';

export interface BlankTotal {
  term: Term;
  instance: Instance;
}

/** Where a blank total stands among others like it: its line's key and words, and its own name on that line. */
interface LinePlace {
  key: string;
  /** the line's label in the format: 总计, （七）总计, 合计 */
  label: string;
  /** the total's label along the line: the row's name in a column, the column's in a row */
  item: string;
  /** the table (t2, t3, t4), the label and the item as a note names them (note-refs.ts); null when the cell has no such name */
  refs: { table: string; label: Ref; item: Ref } | null;
  /** what the reader sees the line as */
  word: '一列' | '一行';
  /**
   * A column of totals goes on in the next part of a table split at a page break (续表): the same
   * format column in another page table is the same line, wherever that part puts it. Rows do not
   * (two blocks of table 二 each have their 合计 row), nor columns of one page table (table 四's
   * group totals stand side by side in one row).
   */
  across: string | null;
  table: number;
}

const TABLE_NAMES: Readonly<Record<string, string>> = { t2: '表二', t3: '表三', t4: '表四' };

/** the names listed in a message before "等N处": all of them up to MAX_LISTED, else the first SHOWN */
const MAX_LISTED = 4;
const SHOWN = 3;

/**
 * The line a blank total lies on, or null when it cannot be told (no place, no parts, parts that
 * run neither along its row nor down its column): then it stands alone.
 */
export function lineOf(b: BlankTotal): LinePlace | null {
  const place = b.term.place;
  const ref = b.term.figure?.ref;
  const kind = b.instance.rule.id.slice(0, 2);
  const table = TABLE_NAMES[kind];
  if (!place || !ref || !table) return null;
  const parts = b.instance.rhs.filter((t) => t.figure);
  if (parts.length === 0) return null;
  const alongRow = parts.every((t) => t.place?.row === place.row);
  const alongColumn = parts.every((t) => t.place?.col === place.col);
  if (alongRow === alongColumn) return null;
  const pageRow = parts.every((t) => t.figure!.ref.table === ref.table && t.figure!.ref.row === ref.row);
  const pageColumn = parts.every((t) => t.figure!.ref.table === ref.table && t.figure!.ref.col === ref.col);
  if (pageRow === pageColumn) return null;
  // parts across the page's row: the blank totals line up down its column
  const word = pageRow ? '一列' : '一行';
  const label = alongRow ? place.col : place.row;
  const labels = cellLabels(b.term.ref);
  return {
    refs: labels && { table: kind, label: alongRow ? labels.col : labels.row, item: alongRow ? labels.row : labels.col },
    key: [b.instance.rule.id, ref.table, word, pageRow ? ref.col : ref.row, label].join('|'),
    across: word === '一列' ? [b.instance.rule.id, word, label].join('|') : null,
    table: ref.table,
    label: `${table}「${label}」`,
    item: alongRow ? place.row : place.col,
    word,
  };
}

/**
 * The findings of the blank totals, in the order given: one per line holding two or more (where
 * its first total stood), the old single finding for any other. `first`: the index in `blanks` of
 * the finding's first total, for the caller to put it where that one was.
 */
export function blankTotalFindings(blanks: readonly BlankTotal[]): { finding: Finding; first: number }[] {
  const lines = new Map<string, { line: LinePlace; members: Member[]; tables: Set<number> }>();
  const order: { first: number; key: string | null }[] = [];
  /** the first line of each `across` key, for a later part's column to join */
  const firstAcross = new Map<string, string>();
  blanks.forEach((b, i) => {
    const line = lineOf(b);
    if (line && !lines.has(line.key) && line.across) {
      const key = firstAcross.get(line.across);
      const other = key === undefined ? undefined : lines.get(key);
      if (other && !other.tables.has(line.table)) {
        other.tables.add(line.table);
        lines.set(line.key, other);
      } else if (key === undefined) firstAcross.set(line.across, line.key);
    }
    const had = line && lines.get(line.key);
    if (had) {
      had.members.push({ ...b, item: line.item, itemRef: line.refs?.item ?? null });
      return;
    }
    if (line) lines.set(line.key, { line, members: [{ ...b, item: line.item, itemRef: line.refs?.item ?? null }], tables: new Set([line.table]) });
    order.push({ first: i, key: line?.key ?? null });
  });
  return order.map(({ first, key }) => {
    const group = key === null ? undefined : lines.get(key)!;
    if (!group || group.members.length === 1) return { first, finding: blankTotalFinding(blanks[first]!.term, blanks[first]!.instance) };
    return { first, finding: lineFinding(group.line, group.members) };
  });
}

interface Member extends BlankTotal {
  item: string;
  itemRef: Ref | null;
}

function lineFinding(line: LinePlace, members: readonly Member[]): Finding {
  const n = members.length;
  const shown = n <= MAX_LISTED ? members : members.slice(0, SHOWN);
  // written as none ("—") rather than left empty: said as the page shows them
  const marks = [...new Set(members.map((b) => noneMark(b.term) ?? ''))];
  const named = (ref: (b: Member) => Ref) => shown.map((b) => ({ item: ref(b), sum: exactSum(b.instance.rhs, (t) => t.figure).value }));
  const p = {
    along: line.word === '一列' ? 'col' as const : 'row' as const,
    count: n,
    blankToo: marks.includes(''),
    marks: marks.filter((m) => m !== ''),
    more: shown.length < n,
  };
  // a line every member of which has its names as a note's: its note; else the same words from its labels
  const coded = line.refs !== null && shown.every((b) => b.itemRef !== null);
  const note = coded
    ? blankLineNote({ ...p, table: line.refs!.table, label: line.refs!.label, named: named((b) => b.itemRef!) })
    : blankLineNote({ ...p, table: TABLE_KIND[line.label.slice(0, 2)] ?? '', label: ['page', line.label.slice(3, -1)], named: named((b) => ['page', b.item]) });
  return {
    rule: 'table.blank-total',
    severity: 'warning',
    message: note.message,
    cells: cellsOf(members),
    suspect: null,
    quote: null,
    ...(coded ? { note: { code: note.code, args: note.args } } : {}),
  };
}

const TABLE_KIND: Readonly<Record<string, string>> = { 表二: 't2', 表三: 't3', 表四: 't4' };

/** every blank total first (the first is where the panel scrolls to), then their parts, each once */
function cellsOf(members: readonly BlankTotal[]): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  const add = (r: CellRef) => {
    const k = `${r.table}:${r.row}:${r.col}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(r);
  };
  for (const b of members) add(b.term.figure!.ref);
  for (const b of members) for (const r of refsOf(b.instance)) add(r);
  return out;
}
