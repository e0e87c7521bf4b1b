/**
 * The one evaluator: judges each instance Σ lhs = Σ rhs with exact arithmetic, and gives one of
 * three outcomes (STYLE.md): pass, fail, or cannot check — with the reason. Blanks count as 0 in a
 * sum, and an instance that holds only because of that says so; a blank total is "missing", not an
 * arithmetic error (spec/report-format.md "Blank and odd cells").
 */
import type { CellRef, Figure, Finding } from '../types.ts';
import { exactSum, sameFigure } from '../text/parse-figure.ts';
import type { Instance, Term } from './instances.ts';
import { blankTotalNote, failNote } from './note-words.ts';

export type Outcome =
  | { kind: 'pass'; blanks: Term[] }
  | { kind: 'fail'; lhs: number; rhs: number; blanks: Term[] }
  | { kind: 'skip'; reason: string; blankTotal?: Term };

export interface Judged {
  instance: Instance;
  outcome: Outcome;
}

/** A term's figure, as the sums read it (blank = 0). */
const termFigure = (t: Term): Figure | null => t.figure;

/**
 * `blankTotalsAsZero` reads a blank total as 0, like any other blank: the reading under which a
 * stray figure in an otherwise blank row or column is tested (see explainBlankTotals).
 */
export function judge(instance: Instance, blankColumns: ReadonlySet<string>, blankTotalsAsZero = false): Outcome {
  const { lhs: left, rhs: right } = instance;
  if (instance.unclear) return { kind: 'skip', reason: instance.unclear };
  const missing = firstMissing(left) ?? firstMissing(right);
  if (missing) return { kind: 'skip', reason: `${missing.name}无法读取` };
  const blankTotal = blankTotalsAsZero ? undefined : firstBlankTotal(left, blankColumns) ?? firstBlankTotal(right, blankColumns);
  if (blankTotal) {
    if (allZero(left, blankTotal) && allZero(right, blankTotal)) return { kind: 'pass', blanks: [] };
    // Only the instance whose total the blank cell is reports it (see findingsFrom).
    const own = instance.lhs.length === 1 && instance.lhs[0] === blankTotal ? blankTotal : undefined;
    return { kind: 'skip', reason: `${blankTotal.name}为空，合计缺失`, blankTotal: own };
  }
  const lhs = exactSum(left, termFigure);
  const rhs = exactSum(right, termFigure);
  // blanks in a column the unit left entirely empty are not worth a word
  const blanks: Term[] = [];
  for (const t of left) if (countsBlank(t, blankColumns)) blanks.push(t);
  for (const t of right) if (countsBlank(t, blankColumns)) blanks.push(t);
  if (sameFigure(lhs, rhs) || withinRounding(lhs.value - rhs.value, left, right)) return { kind: 'pass', blanks };
  const other = instance.readings?.find((r) => !firstMissing(r.terms) && holds(lhs, r.terms, left));
  if (other) return { kind: 'skip', reason: `${instance.scope}与其各分项之和不符，但等于${other.name}：无法判断它合计的是什么` };
  if (instance.partialParts && lhs.value > rhs.value) return { kind: 'skip', reason: instance.partialParts };
  return { kind: 'fail', lhs: lhs.value, rhs: rhs.value, blanks };
}

function holds(lhs: { value: number; decimals: number }, terms: readonly Term[], left: readonly Term[]): boolean {
  const rhs = exactSum(terms, termFigure);
  return sameFigure(lhs, rhs) || withinRounding(lhs.value - rhs.value, left, terms);
}

/**
 * Tolerance from the digits shown (STYLE.md): a rounded figure printed with d decimals stands
 * for ±half a unit of its last digit, so a sum of rounded figures holds when the two sides differ
 * by no more than their half-units together. Counts are exact: no term of theirs is rounded.
 */
function withinRounding(diff: number, left: readonly Term[], right: readonly Term[]): boolean {
  let d = 0;
  let any = false;
  for (const t of [...left, ...right]) {
    if (!t.rounded || !t.figure || t.figure.value === null) continue;
    any = true;
    if (t.figure.decimals > d) d = t.figure.decimals;
  }
  if (!any) return false;
  // in units of half the smallest last digit, so that every bound is an integer
  const scale = 2 * 10 ** d;
  let slack = 0;
  for (const t of [...left, ...right]) {
    if (t.rounded && t.figure && t.figure.value !== null) slack += 10 ** (d - t.figure.decimals);
  }
  return Math.abs(Math.round(diff * scale)) <= slack;
}

/*
 * judge's tests as loops over the terms, not closures made per instance (~600 a report). Every
 * term has its figure once firstMissing found none missing.
 */
function firstMissing(terms: readonly Term[]): Term | undefined {
  for (const t of terms) if (!t.figure) return t;
  return undefined;
}

/** a blank in a column the unit left entirely empty reads as zero, not as a missing figure */
export function countsBlank(t: Term, blankColumns: ReadonlySet<string>): boolean {
  return t.figure!.blank && !(t.column && blankColumns.has(t.column));
}

export function firstBlankTotal(terms: readonly Term[], blankColumns: ReadonlySet<string>): Term | undefined {
  for (const t of terms) if (t.isTotal && countsBlank(t, blankColumns)) return t;
  return undefined;
}

function allZero(terms: readonly Term[], blankTotal: Term): boolean {
  for (const t of terms) if (!(t === blankTotal || t.figure!.blank || t.figure!.value === 0)) return false;
  return true;
}

export function refsOf(instance: Instance): CellRef[] {
  return [...instance.lhs, ...instance.rhs].map((t) => t.figure?.ref).filter((r): r is CellRef => !!r);
}

/** The message of a failed instance, in Chinese, with the numbers (note-words.ts failNote builds it with its note). */
export function failMessage(instance: Instance, lhs: number, rhs: number, blanks: number): string {
  return failNote(instance.rule.id, instance.where, lhs, rhs, blanks, null).message;
}

export function blankTotalFinding(term: Term, instance: Instance): Finding {
  const parts = exactSum(instance.rhs, termFigure);
  // a total written as none ("—", 无, /) beside parts that are not: said as the page shows it, not
  // "为空" (red team 28 m19: its 复议后起诉 总计 "—" beside a 尚未审结 of 1)
  const n = blankTotalNote(term.ref ?? ['page', term.name], noneMark(term), parts.value);
  return {
    rule: 'table.blank-total',
    severity: 'warning',
    message: n.message,
    cells: refsOf(instance),
    suspect: null,
    quote: null,
    ...(term.ref ? { note: { code: n.code, args: n.args } } : {}),
  };
}

/** The none-mark a blank figure is written as ("—", "无", "/"), or null when its cell is empty. */
export function noneMark(term: Pick<Term, 'figure'>): string | null {
  const raw = term.figure?.raw.replace(/[\s\u00a0]+/g, '') ?? '';
  return raw === '' ? null : raw;
}
