/**
 * 法人或其他组织 in one column against five, across the carry-over (spec/report-format.md, "Across
 * reports"). A 2019-template table kept one 法人或其他组织 column (t3.*.orgSubtotal, the 国办 2019
 * format's 小计 column on its own); the 2021 template splits it into 商业企业, 科研机构, 社会公益组织,
 * 法律服务机构 and 其他. The one column stands for the five's sum: last year's 结转下年度 法人或其他组织
 * must equal this year's 上年结转 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他, and the other
 * way round. Compared only when the one side has the one column and none of the five, the other all
 * five, and every figure is written: a blank among the five leaves the sum unknown (a cell left
 * empty is not known to be 0), and that is said, never guessed.
 */
import type { CrossYearFinding } from './record.ts';
import type { CrossYearSubject } from './neighbour.ts';
import { crossNote, type CrossNoted } from './cross-note-words.ts';

/** The five columns of 法人或其他组织 (2021 template), in the table's order. */
export const ORG_PARTS = ['commercial', 'research', 'social', 'legal', 'otherOrg'] as const;

/** One report's side of the pair: its one column, or its five. */
type Side = { kind: 'one'; value: number | null; figure: string } | { kind: 'five'; values: (number | null)[] };

/** How the one column against the five came out; null when the two tables are not one against five. */
export type OrgSumOutcome = { kind: 'pass' } | { kind: 'fail'; finding: CrossYearFinding } | ({ kind: 'skip' } & CrossNoted);

function sideOf(r: CrossYearSubject, row: 'carried' | 'carriedForward'): Side | null {
  const has = ORG_PARTS.map((c) => r.figures[`t3.${row}.${c}`] !== undefined);
  const one = `t3.${row}.orgSubtotal`;
  if (has.every(Boolean)) return { kind: 'five', values: ORG_PARTS.map((c) => r.figures[`t3.${row}.${c}`] ?? null) };
  if (!has.some(Boolean) && r.figures[one] !== undefined) return { kind: 'one', value: r.figures[one] ?? null, figure: one };
  return null;
}

const isCount = (v: number | null): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * The carry-over of 法人或其他组织 between `now` and the year before ('last': now's 上年结转 against its
 * 结转下年度) or after ('next'), when one of them has it in one column and the other in five. The
 * finding's figure is now's one column when now has it (the five have no one cell); `actual` is
 * now's figure or sum, `expected` the other report's.
 */
export function orgSumCarryOver(now: CrossYearSubject, other: CrossYearSubject, direction: 'last' | 'next'): OrgSumOutcome | null {
  const [mine, theirs] = direction === 'last' ? (['carried', 'carriedForward'] as const) : (['carriedForward', 'carried'] as const);
  const a = sideOf(now, mine);
  const b = sideOf(other, theirs);
  if (!a || !b || a.kind === b.kind) return null;
  const five = a.kind === 'five' ? a : (b as Extract<Side, { kind: 'five' }>);
  const one = a.kind === 'one' ? a : (b as Extract<Side, { kind: 'one' }>);
  const oneYear = one === a ? now.year : other.year;
  const fiveYear = five === a ? now.year : other.year;
  const blanks = ORG_PARTS.filter((_, i) => !isCount(five.values[i]!));
  if (blanks.length > 0 || !isCount(one.value)) {
    return {
      kind: 'skip',
      ...(blanks.length > 0 ? crossNote('orgFiveBlank', other.year!, direction, fiveYear!, ...blanks) : crossNote('orgOneBlank', other.year!, direction, oneYear!)),
    };
  }
  const values = five.values as number[];
  const sum = values.reduce((x, y) => x + y, 0);
  if (sum === one.value) return { kind: 'pass' };
  const actual = a.kind === 'one' ? one.value : sum;
  const expected = a.kind === 'one' ? sum : one.value;
  const [v1, v2, v3, v4, v5] = values as [number, number, number, number, number];
  return {
    kind: 'fail',
    finding: {
      rule: 'cross.carry-over',
      severity: 'error',
      ...crossNote(direction === 'last' ? 'orgCarryLast' : 'orgCarryNext', now.year!, other.year!, a.kind === 'one' ? 1 : 0, one.value, v1, v2, v3, v4, v5),
      figure: a.kind === 'one' ? a.figure : null,
      expected,
      actual,
      otherId: other.id,
      otherUrl: other.url,
      otherYear: other.year,
    },
  };
}
