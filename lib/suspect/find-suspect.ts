/**
 * When one wrong cell breaks several identities at once (its row total and its column's total,
 * say), name that cell and the value that would satisfy all of them. Say nothing when the
 * violations do not single one cell out: a wrong guess would be shown as the report's mistake.
 */
import type { CellRef } from '../types.ts';
import type { Judged } from '../rules/evaluate.ts';

export interface Suspect {
  ref: CellRef;
  /** the cell as messages name it (its term's name): 「（一）予以公开」自然人 */
  name: string;
  /** the cell as a finding's note names it (lib/rules/note-refs.ts) */
  named?: readonly (string | number)[];
  expected: number;
  actual: number;
  /** the failed instances it explains */
  explains: Set<Judged>;
}

const key = (r: CellRef) => `${r.table}:${r.row}:${r.col}`;

export function findSuspects(judged: readonly Judged[]): Suspect[] {
  const failed = judged.filter((j) => j.outcome.kind === 'fail');
  if (failed.length < 2) return [];
  // cells in an identity that holds cannot change without breaking it
  const holding = new Set<string>();
  for (const j of judged) {
    if (j.outcome.kind !== 'pass') continue;
    for (const t of [...j.instance.lhs, ...j.instance.rhs]) if (t.figure) holding.add(key(t.figure.ref));
  }
  interface Cand { ref: CellRef; name: string; named?: readonly (string | number)[]; actual: number; fix: number | null; explains: Set<Judged>; consistent: boolean }
  const cands = new Map<string, Cand>();
  for (const j of failed) {
    if (j.outcome.kind !== 'fail') continue;
    const diff = j.outcome.lhs - j.outcome.rhs;
    const seen = new Map<string, number>();
    const sides: [number, typeof j.instance.lhs][] = [[1, j.instance.lhs], [-1, j.instance.rhs]];
    for (const [sign, terms] of sides) {
      for (const t of terms) {
        if (!t.figure) continue;
        const k = key(t.figure.ref);
        seen.set(k, (seen.get(k) ?? 0) + sign);
      }
    }
    for (const [sign, terms] of sides) {
      for (const t of terms) {
        const f = t.figure!;
        const k = key(f.ref);
        if (holding.has(k) || seen.get(k) !== sign) continue; // a cell on both sides cannot be solved for
        const actual = f.value ?? 0;
        const fix = Math.round((actual - sign * diff) * 1e6) / 1e6;
        let c = cands.get(k);
        if (!c) cands.set(k, (c = { ref: f.ref, name: t.name, named: t.ref, actual, fix, explains: new Set(), consistent: true }));
        if (c.explains.has(j)) continue;
        if (c.fix !== fix) c.consistent = false;
        c.explains.add(j);
      }
    }
  }
  const viable = [...cands.values()].filter((c) => c.consistent && c.explains.size >= 2 && c.fix !== null && c.fix >= 0);
  // A candidate is named only when no other candidate explains any of the same failures as well
  // as it does: independent wrong cells are each named, competing explanations none.
  const out: Suspect[] = [];
  for (const c of viable) {
    const rival = viable.some((d) => d !== c && d.explains.size >= c.explains.size && [...d.explains].some((j) => c.explains.has(j)));
    if (!rival) out.push({ ref: c.ref, name: c.name, ...(c.named ? { named: c.named } : {}), expected: c.fix!, actual: c.actual, explains: c.explains });
  }
  return out;
}
