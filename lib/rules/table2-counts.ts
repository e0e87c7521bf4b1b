/**
 * Table 二's soft check (spec/report-format.md "Table 二"): counts are non-negative integers;
 * 本年增/减 may be negative; money (收费金额, 采购总金额) may be decimal. A warning, never an error:
 * a decimal in a count column is as likely a mis-mapped column as a wrong report.
 */
import type { Figure, Finding } from '../types.ts';
import type { MappedTable2 } from '../map/mapped.ts';
import { T2_MONEY_COLUMNS, T2_SIGNED_COLUMNS } from '../map/labels.ts';
import { labelKey } from '../text/normalize.ts';
import { t2CountNote } from './note-words.ts';
import { RULES } from './registry.ts';

const RULE = RULES.find((r) => r.scope === 't2-figure')!;

/**
 * A count written in 万 ("1.28万", "0.32万件": a big city's 行政许可 and 行政处罚, red team 35 c19): the
 * figure is the count in ten thousands, rounded to what its digits show — 12,800 — not a count of
 * 1.28; a fraction there is no slip. Four decimals or fewer (more would be a fraction of one).
 */
const IN_WAN = /^[+\-]?[\d,]+\.(\d{1,4})万(?:件|项|个|次|宗)?$/;

/** Is a cell's figure a count written in 万 ("1.28万")? The text's figures are compared with what it stands for (narrative/t2-in-wan.ts). */
export function countInWan(f: Pick<Figure, 'decimals' | 'raw' | 'value'>): boolean {
  return f.decimals > 0 && f.value !== null && f.raw.includes('万') && IN_WAN.test(labelKey(f.raw));
}

/**
 * A cell name's item and column, split once per name: the names are mapTable2's dotted names of
 * labels.ts's keys, a vocabulary of ~100.
 */
const partsCache = new Map<string, [string, string]>();

function parts(name: string): [string, string] {
  let p = partsCache.get(name);
  if (!p) {
    p = name.split('.') as [string, string];
    if (partsCache.size < 1000) partsCache.set(name, p);
  }
  return p;
}

export function checkTable2Counts(t2: MappedTable2): { findings: Finding[]; passed: number } {
  const findings: Finding[] = [];
  let passed = 0;
  for (const [name, f] of t2.cells) {
    if (f.value === null) continue;
    const [item, col] = parts(name);
    if (T2_MONEY_COLUMNS.has(col)) continue;
    const fraction = f.decimals > 0 && f.value !== Math.trunc(f.value) && !countInWan(f);
    if (!fraction && !(f.value < 0 && !T2_SIGNED_COLUMNS.has(col))) {
      passed++;
      continue;
    }
    const n = t2CountNote(fraction, item, col, f.raw);
    // the cell itself is what is wrong, so it is the suspect; no value would be 'expected'
    findings.push({ rule: RULE.id, severity: RULE.severity, message: n.message, cells: [f.ref], suspect: f.ref, quote: null, actual: f.value, note: { code: n.code, args: n.args } });
  }
  return { findings, passed };
}
