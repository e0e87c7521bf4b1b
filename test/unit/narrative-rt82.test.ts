/**
 * rt82 (session 60): red team of txt77's readings, false flags first (narrative-rt82-sentences.ts). 103 true paragraphs aimed
 * at them — a count of 2023 with its change against 2022 after it, 与…持平, last year's 办结率 with 同比/较, 结转至2025年 of other
 * work and 结转至2024年 of last year's, the 复议机关's clauses before other bodies' cases, 行政应诉 of every kind and the
 * reviewer's own name as 被申请人, 其中 picking out the disclosure cases with every case's outcomes after them, nested brackets —
 * 35 with a wrong twin. On main (f98b413) 10 true paragraphs raised findings: 5 from txt77's asReviewerAt (the body's own
 * cases of every kind, another body's cases past the 复议机关's ；), 4 older (every case's outcomes in the ；-clause after a 其中
 * disclosure part), 1 older 办结率 (a 2023 办结 over this year's 新收); now none. Twins caught with the tables 29 → 35 of 35
 * (3 without, as on main).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys } from './narrative-tables.ts';
import { rt78Page } from './narrative-rt78-sentences.ts';
import { RT82, RT82_LEFT } from './narrative-rt82-sentences.ts';

describe('rt82: true paragraphs raise nothing, with the tables and without', () => {
  it('every one', () => {
    for (const [h, t] of RT82) {
      expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
      expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
    }
  });
});

const rate = (want: string, got: string, error = true): readonly [readonly string[], readonly string[]] => [[`text.share:${error ? 'error' : 'warning'}:${want}:${got}`], error ? [`text.share:error:${want}:${got}`] : []];
const table = (want: number, got: number): readonly string[] => [`text.vs-table:error:${want}:${got}`];

/** index → the twin's findings [with the tables, without them]; a bare list: with the tables, none without. */
const CAUGHT: Record<number, readonly string[] | readonly [readonly string[], readonly string[]]> = {
  0: table(63, 65), 1: rate('92.6', '96.2'), 10: table(63, 68),
  12: table(63, 65), 15: rate('95.5', '93.5', false), 16: rate('95.5', '93.5', false), 19: rate('95.5', '93.5', false),
  20: rate('95.5', '97.5', false), 21: rate('95.5', '93.5', false), 22: rate('95.5', '96.5'), 23: table(3, 5), 28: rate('92.6', '96.2'),
  29: table(3, 5), 35: table(3, 6), 36: table(3, 5), 38: table(3, 5), 48: table(3, 5), 49: table(3, 5),
  // (the applications named before 尚有, rt82)
  50: table(3, 5), 51: table(3, 5), 52: table(3, 5),
  // (the 复议机关's sentences: the body's own named, its disclosure cases named — read; 72 by the reviewer's name said again)
  68: table(1, 3), 69: table(1, 2), 70: table(1, 2), 71: table(1, 2), 72: table(1, 2), 73: table(1, 2), 74: table(1, 2), 75: table(1, 2),
  77: table(1, 2), 84: table(1, 2), 85: table(1, 2), 92: table(1, 2), 99: table(1, 2), // (98's twin lost by design, rt84: RT82_LEFT)
};

describe('rt82: wrong twins caught', () => {
  it('every one', () => {
    for (const [i, [h, , w]] of RT82.entries()) {
      if (!w) continue;
      const c = CAUGHT[i];
      if (c === undefined) throw new Error(`twin ${i} has no expectation`);
      const [withT, without] = (Array.isArray(c[0]) ? c : [c, []]) as [readonly string[], readonly string[]];
      expect(findingKeys(rt78Page(h, w)), w).toEqual(withT);
      expect(findingKeys(rt78Page(h, w, false)), w).toEqual(without);
    }
  });
  it('every expectation has its twin', () => expect(Object.keys(CAUGHT).map(Number).filter((i) => !RT82[i]?.[2])).toEqual([]));
});

describe('rt82: misses kept, each with its reason (narrative-rt82-sentences.ts RT82_LEFT)', () => {
  it('stay silent', () => {
    for (const [h, w, why] of RT82_LEFT) {
      expect(why.length, w).toBeGreaterThan(40);
      expect(findingKeys(rt78Page(h, w)), w).toEqual([]);
      expect(findingKeys(rt78Page(h, w, false)), w).toEqual([]);
    }
  });
});
