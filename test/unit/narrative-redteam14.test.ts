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
const details = (text: string, figures?: Record<string, number>) => run(text, figures).checks.map((c) => `${c.rule}:${c.outcome}:${c.detail}`);

describe('纠正率 against its own sentence (text.share)', () => {
  it('fits 纠正 ÷ the cases it names: silent; otherwise an error', () => {
    expect(rules('行政复议3件中，结果纠正1件，纠正率为33.3%。')).toEqual([]);
    expect(details('行政复议3件中，结果纠正1件，纠正率为33.3%。')).toContain('text.share:pass:1件 ÷ 3件 = 33.33%，正文 33.3%');
    expect(rules('行政复议3件中，结果纠正1件，纠正率为43.3%。')).toEqual(['text.share/error~行政复议3件中，结果纠正1件，纠正率为43.3%']);
    expect(rules('行政诉讼5件中，被法院判决纠正1件，纠错率20%。', {})).toEqual([]);
    expect(rules('行政诉讼5件中，被法院判决纠正1件，纠错率30%。', {})).toEqual(['text.share/error~行政诉讼5件中，被法院判决纠正1件，纠错率30%']);
  });

  it('a 纠正率 with no count of cases, or not after the corrected ones, is no claim', () => {
    for (const text of ['全市行政复议纠错率为12.5%。', '被申请行政复议3件，纠正率较上年下降5个百分点。', '受理申请40件，其中纠正1件，纠正率为50%。', '行政复议3件，结果纠正1件，维持2件，纠正率为50%。']) {
      expect(run(text).checks.filter((c) => c.rule === 'text.share')).toEqual([]);
    }
  });
});
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
