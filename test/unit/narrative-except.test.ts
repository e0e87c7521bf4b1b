// @vitest-environment node
/**
 * "除X件…外，其余Y件": the text sets a part apart from the whole before it and names the rest
 * (lib/narrative/parts-except.ts): X + Y is the whole, both ways. Tables as in narrative-session24.
 */
import { describe, expect, it } from 'vitest';
import { word, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const TABLES: Record<string, number> = {
  't3.new.natural': 56, 't3.new.commercial': 3, 't3.new.research': 0, 't3.new.social': 0, 't3.new.legal': 2, 't3.new.otherOrg': 1, 't3.new.total': 62,
  't3.carried.total': 4, 't3.processed.total': 63, 't3.carriedForward.total': 3,
};
const run = (text: string): ProseResult => runProse(word(text), TABLES, 2023);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const sums = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);

describe('除…外，其余: the part set apart and the rest make the whole', () => {
  it.each([
    '全年共收到政府信息公开申请62件，除3件结转下年度办理外，其余59件均已办结。',
    '全年共收到政府信息公开申请62件，除3件因申请内容不明确告知补正外，其余59件均已按期答复。',
    '全年共收到政府信息公开申请62件，除去3件重复申请外，其余59件中予以公开32件。',
  ])('%s holds', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(sums(r)).toEqual(['pass']);
  });

  it.each([
    // …and the rest answered is 办理结果总计 less 上年结转 (63 − 4 = 59; red team 23, m35)
    ['全年共收到政府信息公开申请62件，除3件结转下年度办理外，其余58件均已办结。', ['text.parts-sum:error:61:62', 'text.vs-table:error:63:58']],
    ['全年共收到政府信息公开申请62件，除了3件结转下年度办理外，剩余60件均已办结。', ['text.parts-sum:error:63:62', 'text.vs-table:error:63:60']],
  ])('%s is flagged', (text, want) => {
    expect(fired(run(text))).toEqual(want);
  });

  it.each([
    // no count for the rest, or more than one count set apart
    '全年共收到政府信息公开申请62件，除3件外，其余均已办结。',
    '全年共收到政府信息公开申请62件，除3件（其中2件为重复申请）外，其余58件均已办结。',
    // the rest's clause does not follow 外 at once
    '全年共收到政府信息公开申请62件，除3件结转下年度外，均已办结，其余58件按期答复。',
  ])('%s is no sum', (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(sums(r)).toEqual([]);
  });
  it('the whole may be 新收 + 上年结转, which no figure of the text gives: no sum, but the rest answered is still 办结 (63, not 64: red team 23, m35)', () => {
    const r = run('全年共收到政府信息公开申请62件，上年结转4件，除结转下年度的3件外，其余64件均已办结。');
    expect(sums(r)).toEqual([]);
    expect(fired(r)).toEqual(['text.vs-table:error:63:64']);
    expect(fired(run('全年共收到政府信息公开申请62件，上年结转4件，除结转下年度的3件外，其余63件均已办结。'))).toEqual([]);
  });
});
