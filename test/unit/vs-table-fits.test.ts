// perf58: fitsTables answers whether a claim fits the tables without wording its mismatch; it must agree with
// compare()'s pass, on the table's figures and on the parts' sums of a blank 总计 (vs-table-compare.ts).
import { describe, expect, it } from 'vitest';
import { toDec } from '../../lib/narrative/decimal.ts';
import { APPLY_MEASURES } from '../../lib/narrative/measures.ts';
import { labelPart, renderTextNote } from '../../lib/narrative/note-words.ts';
import { compare, fitsTables, type VsTableInput } from '../../lib/narrative/vs-table-compare.ts';

const received = APPLY_MEASURES.find((m) => m.id === 'received')!;
const claim = (n: number) => ({ raw: `${n}件`, value: toDec(n, 0), ulp: null });
const figures = { 't3.new.total': 62, 't3.carried.total': 4, 't3.processed.total': 60, 't3.carriedForward.total': 20 };
const input: VsTableInput = { figures, figureRefs: {} };
// the 新收 total left blank, its parts adding up to 62
const blank = { ...figures, 't3.new.total': null };
const filledInput: VsTableInput = { figures: blank, figureRefs: {}, filled: { of: blank, figures } };

describe('fitsTables', () => {
  it.each([
    ['新收', input, 62, true],
    ['新收 + 上年结转', input, 66, true],
    ['a loose reading only (办理结果总计 + 结转下年度)', input, 80, false],
    ['no reading', input, 70, false],
    ['the blank total read as its parts', filledInput, 62, true],
    ['the blank total, no reading', filledInput, 70, false],
    ['the blank total, nothing filled', { figures: blank, figureRefs: {} }, 62, false],
  ] as const)('%s: %s', (_, inp, n, fits) => {
    expect(fitsTables(received, claim(n), inp)).toBe(fits);
    expect(compare(received, claim(n), 'q', inp).check.outcome === 'pass').toBe(fits);
  });
});

describe('labelPart kept per label', () => {
  it('gives the same part again, its words the label', () => {
    for (const label of ['表三“本年新收”与“上年结转”之和', '表四行政复议“维持”', '某个没见过的说法']) {
      const a = labelPart(label);
      expect(labelPart(label)).toBe(a);
      expect('raw' in a ? a.raw : renderTextNote(a)).toBe(label);
    }
  });
});
