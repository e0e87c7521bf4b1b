/**
 * The text against a table total the table's own rules already doubt. "被申请行政复议3件" against a
 * table 四 whose 行政复议 总计 is 4 while its 维持 + 纠正 + 其他 + 尚未审结 are 3 (red team 10, pages
 * 22 and 39): the text agrees with the table's parts, and the likelier slip is the table's 总计,
 * which t4.group-total already flags. Said as an error against the text, it would blame the
 * sentence that is right.
 *
 * So a text.vs-table finding whose figure equals the table's reading once every cell of it that
 * a table rule doubts is replaced by the value that rule proposes (t4.group-total: the parts'
 * sum; t3.*: the suspect cell's fix) becomes a note: the text agrees with the parts, the table's
 * total is likely wrong. Only findings of the text against tables 三 and 四 that carry their
 * cells are read; the rules' findings are left as they are.
 */
import type { CellRef, Finding } from '../types.ts';
import { RULE } from './narrative-types.ts';
import { restated } from './note-words.ts';

const key = (c: CellRef): string => `${c.table}:${c.row}:${c.col}`;

/** What a table rule proposes for a cell it doubts: a change, and whether it is the cell's parts' sum. */
export interface Correction {
  delta: number;
  /** t4.group-total: the 总计 against its 维持 + 纠正 + 其他 + 尚未审结 */
  parts: boolean;
}

/**
 * The rules of tables 三 and 四 that compare one total with the sum of its parts (the total their
 * first cell). Failing with no suspect, each still proposes the parts' sum for that total.
 */
const TOTAL_OF_PARTS = new Set(['t4.group-total', 't3.row-total', 't3.results-total', 't3.subtotal']);

/**
 * The table rules' corrections by cell: the cell a rule doubts, with the change it proposes
 * (proposed − current). A total-of-parts rule that names no suspect (t4.group-total always; a
 * table-三 row, results or subtotal identity when no second identity crosses it, as when row 四
 * is left blank) proposes its total (its first cell) be the parts' sum: a text that says that sum
 * agrees with the parts, and the total is the likelier slip. Two rules proposing different values
 * for one cell leave that cell uncorrected.
 */
export function corrections(ruleFindings: readonly Finding[]): Map<string, Correction> {
  const out = new Map<string, Correction>();
  const clash = new Set<string>();
  for (const f of ruleFindings) {
    if (f.severity !== 'error' || f.expected === undefined || f.actual === undefined) continue;
    const parts = !f.suspect && TOTAL_OF_PARTS.has(f.rule);
    const cell = f.suspect ?? (parts ? f.cells[0] : undefined);
    if (!cell) continue;
    const k = key(cell);
    const delta = f.expected - f.actual;
    const had = out.get(k);
    if (had && had.delta !== delta) clash.add(k);
    out.set(k, { delta, parts: parts || (had?.parts ?? false) });
  }
  for (const k of clash) out.delete(k);
  return out;
}

/**
 * The narrative findings, with each text.vs-table finding that agrees with the table once its
 * doubted cells are corrected turned into an info note (see the file's comment).
 */
export function againstDoubtedTotals(narrative: readonly Finding[], ruleFindings: readonly Finding[]): Finding[] {
  if (!narrative.some((f) => f.rule === RULE.vsTable && f.severity !== 'info')) return [...narrative];
  const fixes = corrections(ruleFindings);
  const balances = ruleFindings.filter((f) => f.rule === 't3.balance' && f.severity === 'error' && !f.suspect && f.cells.length === 4);
  if (fixes.size === 0 && balances.length === 0) return [...narrative];
  return narrative.map((f) => {
    if (f.rule !== RULE.vsTable || f.severity === 'info' || f.expected === undefined || f.actual === undefined) return f;
    const doubted = f.cells.filter((c) => fixes.has(key(c)));
    const corrected = doubted.reduce((v, c) => v + (fixes.get(key(c))?.delta ?? 0), f.expected);
    if (doubted.length === 0 || corrected !== f.actual) return balances.some((b) => restoresBalance(f, b)) ? { ...restated(f, 'suspectCell', f.actual), severity: 'info' } : f;
    const why = doubted.every((c) => fixes.get(key(c))?.parts) ? 'suspectTotal' : 'suspectCell';
    return { ...restated(f, why, corrected), severity: 'info' };
  });
}

/**
 * Does the text's figure, in the table's stead, make a failing balance of table 三 hold? "答复政府信息公开申请403件"
 * against a （七）总计 of 406 whose column's 新收 + 上年结转 = 445 and 办结 + 结转下年度 = 448 (hunt33b's typo page, read
 * since red team 32 made an office's own name its body): the balance names no suspect (any of its four cells may
 * be the slip), but the text agrees with the other three; the cell is the likelier slip, which t3.balance already
 * flags. Only where every cell of the text's reading is one of the balance's, on one side of it (its cells are
 * 新收, 上年结转 | 办结, 结转下年度; its note's first two figures the two sides' sums).
 */
function restoresBalance(f: Finding, balance: Finding): boolean {
  const args = balance.note?.args;
  const lhs = args?.[0];
  const rhs = args?.[1];
  if (typeof lhs !== 'number' || typeof rhs !== 'number' || f.cells.length === 0) return false;
  const at = f.cells.map((c) => balance.cells.findIndex((b) => key(b) === key(c)));
  if (at.some((i) => i < 0)) return false;
  const left = at.every((i) => i < 2);
  if (!left && !at.every((i) => i >= 2)) return false;
  const delta = f.actual! - f.expected!;
  return left ? lhs + delta === rhs : rhs + delta === lhs;
}

/** A set of table figures by name, with the cell each stands in or the cells it adds up (report/figures.ts). */
export interface FiguresWithCells {
  figures: Readonly<Record<string, number | null>>;
  refs: Readonly<Record<string, CellRef>>;
  partRefs: Readonly<Record<string, readonly CellRef[]>>;
}

/**
 * The figures as the table rules would have them once every cell they doubt holds the value they
 * propose; null when no figure changes. "共受理54件" read as 新收 + 上年结转, where a typo made 上年结转
 * 3 and the rules propose 2 (its row total and the balance both say so): the text agrees with the
 * table as corrected, so a finding against the text would blame the sentence that is right, and say
 * of the wrong cell nothing the rules do not already say. A 合计 of other readings (本年新收 alone)
 * is compared as before (text-vs-table.ts compare). A table-四 总计 doubted against its parts is
 * left to againstDoubtedTotals, whose note says that the 总计 is the likelier slip; `withTotals`
 * applies those too, for the readings that note cannot reach (other-scope.ts: a 其中 part of a wider
 * whole, "被提起行政诉讼14件，其中区政府作为被告的2件", against a 诉讼 总计 the rules doubt).
 */
export function correctedFigures(set: FiguresWithCells, fixes: ReadonlyMap<string, Correction>, withTotals = false): Record<string, number | null> | null {
  if (fixes.size === 0) return null;
  let out: Record<string, number | null> | null = null;
  for (const name in set.figures) {
    const ref = set.refs[name];
    const cells = ref ? [ref] : set.partRefs[name] ?? [];
    let delta = 0;
    for (const c of cells) {
      const fix = fixes.get(key(c));
      if (fix && (withTotals || !fix.parts)) delta += fix.delta;
    }
    if (delta === 0) continue;
    out ??= { ...set.figures };
    out[name] = (set.figures[name] ?? 0) + delta;
  }
  return out;
}
