/**
 * Red team 14 (test/fixtures/redteam14): table 四 and table 二 restated in prose. Each reading the
 * red team needed fires on a sentence that disagrees with its tables and stays silent on one that
 * agrees, and the traps beside it (another period, another kind of case, no count) stay silent.
 * BUREAU_TABLES: 复议 维持2 纠正1 其他0 尚未审结0 总计3; 直接起诉 维持1 总计1; 复议后起诉 尚未审结1 总计1.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse } from './narrative-tables.ts';

const run = (text: string, figures: Record<string, number> = BUREAU_TABLES, year: number | null = 2023) => runProse(`<p>${text}</p>`, figures, year);
const rules = (text: string, figures?: Record<string, number>) => flagged(run(text, figures)).map((f) => `${f.rule}/${f.severity}~${f.quote}`);

describe('table 四 by group of suits (text.vs-table)', () => {
  it('未经复议直接起诉 and 复议后起诉 are their groups\' 总计', () => {
    expect(rules('被提起行政诉讼2件，其中未经复议直接起诉1件、复议后起诉1件。')).toEqual([]);
    expect(rules('被提起行政诉讼2件，其中未经复议直接起诉2件、复议后起诉1件。')).toEqual([
      'text.parts-sum/error~被提起行政诉讼2件，其中未经复议直接起诉2件、复议后起诉1件',
      'text.vs-table/error~其中未经复议直接起诉2件',
    ]);
  });

  it('a result after one group is that group\'s; after a total of both, both groups\'', () => {
    expect(rules('被提起行政诉讼2件，其中未经复议直接起诉1件，结果维持1件；复议后起诉1件，结果维持0件。')).toEqual([]);
    expect(rules('被提起行政诉讼2件，其中未经复议直接起诉1件，结果维持0件；复议后起诉1件，结果维持0件。')).toEqual(['text.vs-table/error~结果维持0件']);
    // 2 is both groups' total: its 维持 is theirs (1), not the 复议后起诉 group's (0) that 0 happens to fit
    expect(rules('被提起行政诉讼2件，其中结果维持0件。')).toEqual(['text.vs-table/error~其中结果维持0件']);
    // with no total, 维持 may be one group's: a warning, as before
    expect(flagged(run('行政诉讼方面，结果维持0件。')).map((f) => f.severity)).toEqual(['warning']);
  });
});
