/**
 * "予以公开和部分公开的共53件" (joined-results.ts): two or more of table 三's results named
 * together, one figure, their sum; and "其中予以公开、部分公开分别为42件、11件" after 办结
 * (respectively.ts): the results of all those answered. The bureau's table 三: 予以公开 42,
 * 部分公开 11, 不予公开 6, 无法提供 20, 不予处理 5, 其他处理 4, 办结 88.
 */
import { describe, expect, it } from 'vitest';
import { joinedResults } from '../../lib/narrative/joined-results.ts';
import { BUREAU_TABLES, flagged, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>${text}</p>`, BUREAU_TABLES, 2023);
const fired = (text: string) => flagged(run(text)).map((f) => `${f.severity}:${f.expected}:${f.actual}`);
const sums = (text: string) => run(text).checks.filter((c) => c.detail.includes('之和')).map((c) => c.outcome);

describe('results named together: their sum', () => {
  it.each([
    ['在已办结的88件申请中，予以公开和部分公开的共53件，占60.2%。', '在已办结的88件申请中，予以公开和部分公开的共50件，占56.8%。', ['error:53:50']],
    ['全年办结政府信息公开申请88件。予以公开与部分公开合计53件。', '全年办结政府信息公开申请88件。予以公开与部分公开合计35件。', ['error:53:35']],
    // quoted names: before session 12 the figure was compared with 部分公开 alone, a false error
    ['全年办结政府信息公开申请88件，对申请人“予以公开”、“部分公开”的合计53件。', '全年办结政府信息公开申请88件，对申请人“予以公开”、“部分公开”的合计50件。', ['error:53:50']],
    ['全年办结政府信息公开申请88件。无法提供、不予处理和其他处理的共29件。', '全年办结政府信息公开申请88件。无法提供、不予处理和其他处理的共30件。', ['error:29:30']],
  ])('%s', (right, wrong, flags) => {
    expect(flagged(run(right))).toEqual([]);
    expect(sums(right)).toEqual(['pass']);
    expect(fired(wrong)).toEqual(flags);
  });

  it.each([
    '全年办结88件。予以公开和部分公开分别为42件和12件。', // 分别: respectively.ts pairs them
    '全年收到申请86件，予以公开和部分公开的申请中，30件为网上申请。', // a part of them
    '全年办结88件。予以公开和同意公开的共50件。', // one row named twice
    '全年办结88件。予以公开和部分公开的占60.2%，较上年增加12件。', // a change, not the sum
    '全年办结88件。对予以公开和部分公开的，均在规定时限内答复，共50件。', // another clause's figure
  ])('no sum read: %s', (text) => {
    expect(flagged(run(text))).toEqual([]);
    expect(sums(text)).toEqual([]);
  });

  it('reads the sum only from a clause of names and filler words', () => {
    expect(joinedResults('予以公开和部分公开的共')?.strict[0]).toEqual({ names: ['t3.granted.total', 't3.partial.total'], label: '表三“予以公开”与“部分公开”之和' });
    expect(joinedResults('对申请人同意公开、部分公开的合计')?.strict[0]?.names).toEqual(['t3.granted.total', 't3.partial.total']);
    expect(joinedResults('予以公开和部分公开分别为')).toBeUndefined();
    expect(joinedResults('予以公开和部分公开的申请中，网上申请')).toBeUndefined();
    expect(joinedResults('予以公开')).toBeNull();
  });
});

describe('其中 opening the results of those answered, names before 分别', () => {
  it.each([
    ['全年新收申请86件，办结88件。其中予以公开、部分公开分别为42件、11件。', '全年新收申请86件，办结88件。其中予以公开、部分公开分别为42件、12件。', ['error:11:12']],
    ['全年办结政府信息公开申请88件，其中予以公开、部分公开分别为42件和11件。', '全年办结政府信息公开申请88件，其中予以公开、部分公开分别为41件和11件。', ['error:42:41']],
  ])('%s', (right, wrong, flags) => {
    expect(flagged(run(right))).toEqual([]);
    expect(fired(wrong)).toEqual(flags);
  });

  it.each([
    '全年新收政府信息公开申请86件，其中予以公开、部分公开分别为40件、12件。', // of those received, not answered
    '全年办结政府信息公开申请88件，其中网上申请的予以公开、部分公开分别为30件、9件。', // a part
  ])('silent: %s', (text) => {
    expect(flagged(run(text))).toEqual([]);
  });
});
