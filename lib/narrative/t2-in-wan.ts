/**
 * The text against a table 二 count written in 万 (rule text.vs-table; red team 35 c19, a big city's "1.28万" 行政许可
 * 决定): the cell stands for the count its digits allow — 1.28万 is 12,750 to 12,900: half its last digit below, as a
 * rounded count, and a whole digit above, as a count cut short (12,890 written 1.28万: a false flag would cost more than
 * the miss) — and the text's figure is compared within that and its own rounding ("12800件", "12890件", "1.28万件",
 * "1.3万件" fit; "1.35万件", "12950件" do not). The figure stays what the page shows (1.28); only the comparison reads it in 万. Before (rt85's pin) the
 * cell was "为1.28，不是件数": a skip with the wrong reason.
 */
import type { CellRef } from '../types.ts';
import { decToNumber, equalWithinRounding, formatDec, toDec } from './decimal.ts';
import type { TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { labelPart, said } from './note-words.ts';
import type { VsTableInput } from './vs-table-compare.ts';
import type { Reading } from './measures.ts';

/** The decimals a cell's figure shows (its shortest form: "1.280万" reads 1.28, a wider tolerance, never a narrower). */
function decimalsOf(v: number): number {
  const t = String(v);
  const dot = t.indexOf('.');
  return dot < 0 || /e/i.test(t) ? 0 : Math.min(t.length - dot - 1, 4);
}

/**
 * The text's count against its measure's cell when that is written in 万 (a fraction above 0, named in input.inWan); null
 * for any other cell, which compare() or the skip of a cell that is no count reads.
 */
export function againstCountInWan(m: { strict: readonly Reading[] }, f: TextFigure, quote: string, input: VsTableInput): ClaimOutcome | null {
  const reading = m.strict[0];
  const name = reading?.names[0];
  if (!reading || !name || !input.inWan?.has(name)) return null;
  const cell = input.figures[name];
  if (typeof cell !== 'number' || cell <= 0 || Number.isInteger(cell)) return null;
  return compareInWan(f, quote, input, reading.label, name, cell);
}

/** The text's count against a cell written in 万 (`cell`, as the page shows it: 1.28). */
function compareInWan(f: TextFigure, quote: string, input: VsTableInput, label: string, name: string, cell: number): ClaimOutcome {
  const d = decimalsOf(cell);
  const count = toDec(cell, d, 4);
  const half = { n: 10n ** 4n, d };
  const range = `${formatDec({ n: count.n - half.n / 2n, d })}–${formatDec({ n: count.n + half.n, d })}`;
  const shown = `${cell}万`;
  // rounded (count ± half a digit) or cut short (count to count + a digit): the union of the two
  const cutShort = { n: count.n + half.n / 2n, d: count.d };
  if (equalWithinRounding(count, f.value, [f.ulp, half]) || equalWithinRounding(cutShort, f.value, [f.ulp, half])) {
    return { check: { rule: RULE.vsTable, outcome: 'pass', quote, detail: `${f.raw} = ${label} ${shown}（${range}）` } };
  }
  const cells: CellRef[] = input.figureRefs[name] ? [input.figureRefs[name] as CellRef] : [];
  // (in 万, as the cell: the finding's figures are the page's)
  const actual = decToNumber({ n: f.value.n, d: f.value.d + 4 });
  return {
    check: { rule: RULE.vsTable, outcome: 'fail', quote, detail: `${formatDec(f.value)}${f.unit} ≠ ${label} ${shown}（${range}）` },
    finding: textFinding(RULE.vsTable, 'error', said('vsTable', quote, labelPart(label), shown, ''), quote, cell, actual, cells),
  };
}
