/**
 * A blank total is "missing" (table.blank-total) only when nothing explains its parts better.
 * A stray figure typed into a row or column the unit otherwise left blank (or —) makes the blank
 * total's parts non-zero, and also breaks the identity across it (the row's 总计 leaves it out).
 * Read the blank total as 0: when every OTHER identity it takes part in then holds, and one
 * non-blank cell breaks two identities that single it out (the suspect stage names it), that
 * cell is the suspect and the blank total says nothing. Otherwise the total stays missing.
 */
import type { CellRef } from '../types.ts';
import { findSuspects } from '../suspect/find-suspect.ts';
import { countsBlank, judge, type Judged, type Outcome } from './evaluate.ts';

const key = (r: CellRef) => `${r.table}:${r.row}:${r.col}`;

export function explainBlankTotals(judged: readonly Judged[], blankColumns: ReadonlySet<string>): Judged[] {
  // the blank totals reported missing, each with the instance whose total it is
  const owners = new Map<string, Judged>();
  for (const j of judged) {
    const o = j.outcome;
    if (o.kind === 'skip' && o.blankTotal?.figure) owners.set(key(o.blankTotal.figure.ref), j);
  }
  if (owners.size === 0) return [...judged];
  // the instances each of them takes part in; one with two of them singles neither out
  const touching = new Map<string, Judged[]>();
  const touches = new Map<Judged, Set<string>>();
  const excluded = new Set<string>();
  for (const j of judged) {
    const ks = new Set<string>();
    for (const t of [...j.instance.lhs, ...j.instance.rhs]) {
      if (!t.figure || !t.isTotal || !countsBlank(t, blankColumns)) continue;
      const k = key(t.figure.ref);
      if (owners.has(k)) ks.add(k);
    }
    if (ks.size === 0) continue;
    touches.set(j, ks);
    for (const k of ks) {
      let list = touching.get(k);
      if (!list) touching.set(k, (list = []));
      list.push(j);
      if (ks.size > 1) excluded.add(k);
    }
  }
  const asZero = new Map<Judged, Outcome>();
  const zeroOutcome = (j: Judged): Outcome => {
    let o = asZero.get(j);
    if (!o) asZero.set(j, (o = judge(j.instance, blankColumns, true)));
    return o;
  };
  let candidates = new Set<string>();
  for (const [k, owner] of owners) {
    if (excluded.has(k) || zeroOutcome(owner).kind !== 'fail') continue;
    if (touching.get(k)!.every((j) => j === owner || zeroOutcome(j).kind === 'pass')) candidates.add(k);
  }
  const reading = (ks: ReadonlySet<string>): Judged[] =>
    judged.map((j) => ([...(touches.get(j) ?? [])].some((k) => ks.has(k)) ? { instance: j.instance, outcome: zeroOutcome(j) } : j));
  // keep only the blank totals whose owner's failure a suspect other than the total explains
  for (;;) {
    if (candidates.size === 0) return [...judged];
    const list = reading(candidates);
    const suspects = findSuspects(list);
    const confirmed = new Set<string>();
    for (const k of candidates) {
      const owner = list[judged.indexOf(owners.get(k)!)]!;
      if (suspects.some((s) => key(s.ref) !== k && s.explains.has(owner))) confirmed.add(k);
    }
    if (confirmed.size === candidates.size) return list;
    candidates = confirmed;
  }
}
