/**
 * A base year in brackets in 个百分点 and 倍 claims (base-year.ts, shared with year-on-year.ts):
 * "较上年（2022年：50.7%）提高3.4个百分点", "提高3.4个百分点（2022年为50.7%）", "是上年（2022年13件）
 * 的2倍", "是上年的2倍（2022年为13件）", "较上年（2022年25件）增长1.2倍". Checked when that year is
 * the one compared with (上年: the report's year less one); a base of another year is a skip that
 * says why, never read as 上年's.
 */
import { describe, expect, it } from 'vitest';
import { flagged, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2023) => runProse(`<p>${text}</p>`, {}, year);
const changes = (text: string, year: number | null = 2023) =>
  run(text, year).checks.filter((c) => c.rule === 'text.change');
const fired = (text: string, year: number | null = 2023) => flagged(run(text, year)).map((f) => `${f.expected}:${f.actual}`);

describe('个百分点 with a base year in brackets', () => {
  it.each([
    ['依申请公开率为54.1%，较上年（2022年50.7%）提高4.4个百分点。', '依申请公开率为54.1%，较上年（2022年50.7%）提高4.4个百分点'],
    ['依申请公开率为54.1%，较上年（2022年：50.7%）提高4.4个百分点。', '依申请公开率为54.1%，较上年（2022年：50.7%）提高4.4个百分点'],
    ['依申请公开率为54.1%，较上年提高4.4个百分点（2022年为50.7%）。', '依申请公开率为54.1%，较上年提高4.4个百分点（2022年为50.7%）'],
  ])('%s: last year\'s, checked', (text, quote) => {
    expect(fired(text)).toEqual(['3.4:4.4']);
    expect(changes(text).map((c) => [c.outcome, c.quote])).toEqual([['fail', quote]]);
    const right = text.replace('4.4个', '3.4个');
    expect(fired(right)).toEqual([]);
    expect(changes(right).map((c) => c.outcome)).toEqual(['pass']);
  });

  it.each([
    '依申请公开率为54.1%，较上年（2021年50.7%）提高4.4个百分点。',
    '依申请公开率为54.1%，较上年提高4.4个百分点（2021年为50.7%）。',
  ])('%s: another year\'s base, a skip that says why', (text) => {
    expect(fired(text)).toEqual([]);
    const c = changes(text);
    expect(c.map((x) => x.outcome)).toEqual(['skip']);
    expect(c[0]!.detail).toMatch(/2021年.*不作判断/);
  });

  it('without the report\'s year, the bracketed rate is read as before', () => {
    expect(fired('依申请公开率为54.1%，较上年（2021年50.7%）提高4.4个百分点。', null)).toEqual(['3.4:4.4']);
  });
});

describe('倍 with a base year in brackets', () => {
  it.each([
    ['新收申请26件，是上年（2022年13件）的3倍。', '新收申请26件，是上年（2022年13件）的3倍'],
    ['新收申请26件，是上年的3倍（2022年为13件）。', '新收申请26件，是上年的3倍（2022年为13件）'],
    ['新收申请26件，较上年（2022年13件）翻了两番。', '新收申请26件，较上年（2022年13件）翻了两番'],
  ])('%s: last year\'s, checked', (text, quote) => {
    expect(fired(text).length).toBe(1);
    expect(changes(text).map((c) => [c.outcome, c.quote])).toEqual([['fail', quote]]);
    const right = text.replace('3倍', '2倍').replace('翻了两番', '翻了一番');
    expect(fired(right)).toEqual([]);
    expect(changes(right).map((c) => c.outcome)).toEqual(['pass']);
  });

  it.each([
    '新收申请26件，是上年（2021年13件）的3倍。',
    '新收申请26件，是上年的3倍（2021年为13件）。',
    '新收申请26件，为2022年（2021年13件）的3倍。',
  ])('%s: another year\'s base, a skip that says why', (text) => {
    expect(fired(text)).toEqual([]);
    const c = changes(text);
    expect(c.map((x) => x.outcome)).toEqual(['skip']);
    expect(c[0]!.detail).toMatch(/2021年.*不作判断/);
  });

  it('翻番 of another year\'s base: skipped, by the multiples reader as by year on year', () => {
    const text = '新收申请26件，较上年（2021年13件）翻了两番。';
    expect(fired(text)).toEqual([]);
    const c = changes(text);
    expect(c.length).toBe(2);
    expect(c.every((x) => x.outcome === 'skip' && /2021年.*不作判断/.test(x.detail ?? ''))).toBe(true);
    expect(c.map((x) => x.quote)).toContain('新收申请26件，较上年（2021年13件）翻了两番');
  });

  it('a growth multiple of another year\'s base is skipped for the year, by both readers', () => {
    const c = changes('新收申请55件，较上年（2021年25件）增长3.2倍。');
    expect(c.map((x) => x.outcome)).toEqual(['skip', 'skip']);
    expect(c.every((x) => /2021年.*不作判断/.test(x.detail ?? ''))).toBe(true);
  });

  it('without the report\'s year, the bracketed count is read as before', () => {
    expect(fired('新收申请26件，是上年（2021年13件）的3倍。', null).length).toBe(1);
  });
});

describe('增长K倍 with last year\'s figure in brackets after it', () => {
  it.each([
    ['本年新收申请55件，同比增长1.2倍（2022年为20件）。', '本年新收申请55件，同比增长1.2倍（2022年为20件）'],
    ['本年新收申请55件，较上年增长1.2倍（2022年：20件）。', '本年新收申请55件，较上年增长1.2倍（2022年：20件）'],
  ])('%s: checked, the quote closing the bracket', (text, quote) => {
    // 55 ÷ 20 = 2.75: neither 1 + 1.2 nor 1.2 times
    expect(fired(text)).toHaveLength(1);
    expect(changes(text).map((c) => [c.outcome, c.quote])).toEqual([['fail', quote]]);
    // 25 × 2.2 = 55: holds
    const right = text.replace('20件', '25件');
    expect(fired(right)).toEqual([]);
    expect(changes(right).map((c) => c.outcome)).toEqual(['pass']);
  });

  it.each([
    // another year's base: a skip that says why
    ['本年新收申请55件，同比增长1.2倍（2021年为20件）。', 'skip'],
    // "增长1.2倍" meant as × 1.2 (55 = 45.8 × 1.2 would not be a count; 54 = 45 × 1.2): not flagged, not passed
    ['本年新收申请54件，同比增长1.2倍（2022年为45件）。', 'skip'],
  ])('%s: %s', (text, outcome) => {
    expect(fired(text)).toEqual([]);
    expect(changes(text).map((c) => c.outcome)).toEqual([outcome]);
  });

  it.each([
    '本年新收申请55件，同比增长1.2倍（2022年为20人次）。', // another unit
    '本年新收申请55件，同比增长近1.2倍（2022年为20件）。', // approximate
    '本年新收申请55件，同比增长1.2倍（详见附表，2022年为20件）。', // not a base's bracket
    '本年新收申请55件，增长1.2倍（2022年为20件）。', // no comparison named
  ])('%s: no claim read', (text) => {
    expect(fired(text)).toEqual([]);
    expect(changes(text)).toEqual([]);
  });
});
