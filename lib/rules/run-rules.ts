/**
 * Runs every rule over the mapped tables and turns outcomes into findings. A rule that throws
 * becomes a core.internal finding naming it; the rest of the report still stands (STYLE.md).
 */
import type { Finding } from '../types.ts';
import type { MappedTables } from '../map/mapped.ts';
import { buildInstances, type Instance } from './instances.ts';
import { judge, refsOf, type Judged } from './evaluate.ts';
import { blanksAsZeroNote, failNote } from './note-words.ts';
import { checkTable2Counts } from './table2-counts.ts';
import { findSuspects } from '../suspect/find-suspect.ts';
import { explainBlankTotals } from './blank-total-explained.ts';
import { blankTotalFindings, type BlankTotal } from './blank-total-groups.ts';

export interface RulesResult {
  findings: Finding[];
  checks: { passed: number; failed: number; skipped: number; passedWithBlanks: number };
  /** what could not be checked, and why: never shown as "OK" */
  skipped: { rule: string; scope: string; reason: string }[];
}

const refKey = (r: { table: number; row: number; col: number }) => `${r.table}:${r.row}:${r.col}`;

export function runRules(tables: MappedTables): RulesResult {
  const checks = { passed: 0, failed: 0, skipped: 0, passedWithBlanks: 0 };
  const findings: Finding[] = [];
  const skipped: RulesResult['skipped'] = [];
  let instances: Instance[] = [];
  try {
    instances = buildInstances(tables);
  } catch (e) {
    findings.push(internal('rules', e));
  }
  const blankColumns = tables.t3?.blankColumns ?? new Set<string>();
  let judged: Judged[] = [];
  for (const instance of instances) {
    try {
      judged.push({ instance, outcome: judge(instance, blankColumns) });
    } catch (e) {
      findings.push(internal(instance.rule.id, e));
    }
  }
  try {
    judged = explainBlankTotals(judged, blankColumns);
  } catch (e) {
    findings.push(internal('table.blank-total', e));
  }
  const suspects = findSuspects(judged);
  const blankTotalsSeen = new Map<string, number>();
  // the blank totals, said after the loop (one finding per line of them), each where it stood
  const blankTotals: BlankTotal[] = [];
  const blankTotalsAt: number[] = [];
  const blanksByTable = new Map<number, number>();
  for (const j of judged) {
    const o = j.outcome;
    if (o.kind === 'pass') {
      checks.passed++;
      if (o.blanks.length > 0) {
        checks.passedWithBlanks++;
        blanksByTable.set(j.instance.table, (blanksByTable.get(j.instance.table) ?? 0) + 1);
      }
    } else if (o.kind === 'skip') {
      checks.skipped++;
      skipped.push({ rule: j.instance.rule.id, scope: j.instance.scope, reason: o.reason });
      if (o.blankTotal?.figure) {
        const k = refKey(o.blankTotal.figure.ref);
        const at = blankTotalsSeen.get(k);
        if (at === undefined) {
          blankTotalsSeen.set(k, blankTotals.length);
          blankTotalsAt.push(findings.length);
          blankTotals.push({ term: o.blankTotal, instance: j.instance });
        } else if (blankAmongParts(blankTotals[at]!) && !blankAmongParts({ term: o.blankTotal, instance: j.instance })) {
          // a total blank in two sums (rt103t c13: 「（七）总计」's 总计 with the 续表's 总计 column blank): said with the
          // sum whose parts are all written — the column's, its blank parts read as 0, said 34 where the row's say 50
          blankTotals[at] = { term: o.blankTotal, instance: j.instance };
        }
      }
    } else {
      checks.failed++;
      const s = suspects.find((x) => x.explains.has(j));
      // the suspect named by its note's name, or (a cell with none) as the core words it
      const n = failNote(j.instance.rule.id, j.instance.where, o.lhs, o.rhs, o.blanks.length,
        s ? { cell: s.named ?? ['page', s.name], actual: s.actual, expected: s.expected, explains: s.explains.size } : null);
      const f: Finding = {
        rule: j.instance.rule.id,
        severity: j.instance.rule.severity,
        message: n.message,
        cells: refsOf(j.instance),
        suspect: s ? s.ref : null,
        quote: null,
      };
      if (!s || s.named) f.note = { code: n.code, args: n.args };
      if (s) {
        f.expected = s.expected;
        f.actual = s.actual;
      } else if (j.instance.lhs.length === 1 && j.instance.lhs[0]!.isTotal) {
        // "total = Σ parts" with no suspect: the parts' sum is what the total should read
        f.expected = o.rhs;
        f.actual = o.lhs;
      }
      findings.push(f);
    }
  }
  try {
    // from the last place back, so that each insertion leaves the earlier places where they were
    const said = blankTotalFindings(blankTotals);
    for (let i = said.length - 1; i >= 0; i--) findings.splice(blankTotalsAt[said[i]!.first]!, 0, said[i]!.finding);
  } catch (e) {
    findings.push(internal('table.blank-total', e));
  }
  for (const [table, n] of blanksByTable) {
    const note = blanksAsZeroNote(n);
    findings.push({
      rule: 'table.blanks-as-zero',
      severity: 'info',
      message: note.message,
      cells: [],
      suspect: null,
      quote: null,
      note: { code: note.code, args: note.args },
    });
    void table;
  }
  if (tables.t2) {
    try {
      const t2 = checkTable2Counts(tables.t2);
      findings.push(...t2.findings);
      checks.passed += t2.passed;
      checks.failed += t2.findings.length;
    } catch (e) {
      findings.push(internal('t2.count', e));
    }
  }
  return { findings, checks, skipped };
}

function internal(rule: string, e: unknown): Finding {
  const error = e instanceof Error ? e.message : String(e);
  return {
    rule: 'core.internal',
    severity: 'info',
    message: `校验规则 ${rule} 运行出错，已跳过：${error}`,
    cells: [],
    suspect: null,
    quote: null,
    // (the rule and the error as caught, worded in the UI's language: components/finding-words.tsx)
    note: { code: 'ruleThrew', args: [rule, error] },
  };
}

/** a blank total's other side holds a blank too (its sum then reads those as 0) */
function blankAmongParts(b: BlankTotal): boolean {
  return [...b.instance.lhs, ...b.instance.rhs].some((t) => t !== b.term && !!t.figure?.blank);
}
