/**
 * "行政复议、行政诉讼分别为3件和5件" (respectively.ts): names and figures paired in order, each
 * against table 四's total of its topic. Silent whenever the pairing is not one to one, or the
 * names are not the topics' totals. The bureau's table 四: 复议 3, 诉讼 1 + 1.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2023) => runProse(`<p>${text}</p>`, BUREAU_TABLES, year);
const t4Checks = (r: ProseResult) => r.checks.filter((c) => c.detail.includes('表四')).map((c) => c.outcome);
const fired = (text: string) => flagged(run(text)).map((f) => `${f.severity}:${f.expected}:${f.actual}`);

describe('分别 with two names and two figures', () => {
  it.each([
    ['全年发生行政复议、行政诉讼分别为3件和2件。', '全年发生行政复议、行政诉讼分别为3件和5件。', ['error:2:5']],
    ['因政府信息公开引起的行政复议、行政诉讼分别是3件、2件。', '因政府信息公开引起的行政复议、行政诉讼分别是2件、2件。', ['error:3:2']],
    ['涉及政府信息公开的行政复议及行政诉讼案件分别为3件和2件。', '涉及政府信息公开的行政复议及行政诉讼案件分别为4件和3件。', ['error:3:4', 'error:2:3']],
    ['被申请行政复议、被提起行政诉讼分别为3起和2起。', '被申请行政复议、被提起行政诉讼分别为3起和1起。', ['warning:2:1']],
    ['行政诉讼与行政复议分别为2件和3件。', '行政诉讼与行政复议分别为3件和2件。', ['error:2:3', 'error:3:2']],
    ['行政复议和诉讼案件分别为3件和2件。', '行政复议和诉讼案件分别为3件和9件。', ['error:2:9']],
    // in Chinese numerals (chinese-numerals.ts)
    ['行政复议、行政诉讼分别为三件和两件。', '行政复议、行政诉讼分别为三件和五件。', ['error:2:5']],
    ['行政复议、行政诉讼分别为三件、二件。', '行政复议、行政诉讼分别为一件、二件。', ['error:3:1']],
  ])('%s', (right, wrong, flags) => {
    const r = run(right);
    expect(flagged(r)).toEqual([]);
    expect(t4Checks(r)).toEqual(['pass', 'pass']);
    expect(fired(wrong)).toEqual(flags);
  });

  it('quotes the claim up to its figure', () => {
    const r = run('全年发生行政复议、行政诉讼分别为3件和5件。');
    expect(flagged(r).map((f) => f.quote)).toEqual(['全年发生行政复议、行政诉讼分别为3件和5件']);
  });
});

describe('分别 that pairs no names with figures one to one, or names no totals: silent', () => {
  it.each([
    '行政复议、行政诉讼分别为9件。', // one figure for two names
    '行政复议、行政诉讼分别为9件、8件和7件。', // three figures
    '行政复议、行政复议分别为9件和8件。', // the same topic twice
    '复议诉讼案件分别为9件和8件。', // one name, both topics
    '行政复议维持、纠正分别为9件和8件。', // results
    '直接起诉、复议后起诉分别为9件和8件。', // the groups of suits
    '2022年行政复议、行政诉讼分别为9件和8件。', // another year
    '与上年相比，行政复议、行政诉讼分别减少9件和8件。', // changes
    '区政府本级行政复议、行政诉讼分别为9件和8件。', // a part of the body
    '作为复议机关，受理的行政复议、行政诉讼分别为9件和8件。', // the body as reviewer
    '行政复议、行政诉讼案件分别为9件和8件，均不涉及政府信息公开。', // not about disclosure
    '行政复议、行政诉讼分别为9件左右和8件。', // not exact
    '行政复议、行政诉讼分别为九件。', // one figure for two names, in Chinese numerals
    '行政复议、行政诉讼分别为九件和八件以上。', // not exact
    '2022年行政复议、行政诉讼分别为九件和八件。', // another year
  ])('%s', (text) => {
    const r = run(text);
    expect(flagged(r)).toEqual([]);
    expect(t4Checks(r)).toEqual([]);
  });
});
