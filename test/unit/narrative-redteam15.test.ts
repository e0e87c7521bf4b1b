/**
 * Red team 15 (test/fixtures/redteam15): the reports before 2019, prose only. Year on year over
 * 万/亿 figures: a change no value of the rounded figures gives fires, one some value gives is a skip;
 * a 答复率 beside its sentence's own 办结率 is another rate.
 */
import { describe, expect, it } from 'vitest';
import { growthCanFit, differenceCanFit } from '../../lib/narrative/rounded-change.ts';
import { toDec } from '../../lib/narrative/decimal.ts';
import { flagged, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2013) => runProse(`<p>${text}</p>`, {}, year);
const rules = (text: string) => flagged(run(text)).map((f) => `${f.rule}/${f.severity}~${f.quote}`);
const details = (text: string) => run(text).checks.map((c) => `${c.rule}:${c.outcome}:${c.detail}`);

describe('growth over 万/亿 figures (text.change)', () => {
  it('a growth no value of the rounded figures gives is an error; one some value gives is a skip', () => {
    // 2.09万 over 2.05万: 1.95% … 2.45% with the figures as printed, ±1 in their last digit: 1.46% … 2.46%
    expect(rules('全年累计主动公开政府信息2.09万条，比上年（2.05万条）增长7.0%。')).toEqual([
      'text.change/error~全年累计主动公开政府信息2.09万条，比上年（2.05万条）增长7.0%',
    ]);
    expect(rules('全年累计主动公开政府信息2.09万条，比上年（2.05万条）增长2.0%。')).toEqual([]);
    // 2.4% is not 2.09/2.05 − 1 = 1.95% as printed, but 2.095/2.045 − 1 = 2.44%: the figures allow it
    expect(rules('全年累计主动公开政府信息2.09万条，比上年（2.05万条）增长2.4%。')).toEqual([]);
    expect(details('全年累计主动公开政府信息2.09万条，比上年（2.05万条）增长2.4%。').join()).toContain('万、亿数是约数，不作判断');
    // a fall said as one, wrong and right
    expect(rules('主动公开政府信息1.85万条，较上年（2.10万条）下降20.0%。')).toEqual(['text.change/error~主动公开政府信息1.85万条，较上年（2.10万条）下降20.0%']);
    expect(rules('主动公开政府信息1.85万条，较上年（2.10万条）下降11.9%。')).toEqual([]);
  });

  it('a difference in 万 the rounded figures cannot give is an error', () => {
    expect(rules('主动公开政府信息2.35万条，比上年（2.09万条）增加0.56万条。')).toEqual(['text.change/error~主动公开政府信息2.35万条，比上年（2.09万条）增加0.56万条']);
    expect(rules('主动公开政府信息2.35万条，比上年（2.09万条）增加0.27万条。')).toEqual([]);
  });

  it('with last year\'s figure derived from a rounded change, no judgement', () => {
    expect(rules('主动公开政府信息2.35万条，比上年增加0.26万条，增长30%。')).toEqual([]);
  });

  it('the intervals, directly', () => {
    const d = (v: number, k: number, s = 0) => toDec(v, k, s);
    expect(growthCanFit(d(2.09, 2, 4), d(0.01, 2, 4), d(2.05, 2, 4), d(0.01, 2, 4), d(2.4, 1), 1)).toBe(true);
    expect(growthCanFit(d(2.09, 2, 4), d(0.01, 2, 4), d(2.05, 2, 4), d(0.01, 2, 4), d(7, 1), 1)).toBe(false);
    expect(growthCanFit(d(2.09, 2, 4), d(0.01, 2, 4), d(2.05, 2, 4), d(0.01, 2, 4), d(2, 1), -1)).toBe(false);
    expect(growthCanFit(d(0.02, 2, 4), d(0.01, 2, 4), d(0.01, 2, 4), d(0.01, 2, 4), d(100, 0), 1)).toBeNull();
    expect(differenceCanFit(d(2.35, 2, 4), d(0.01, 2, 4), d(2.09, 2, 4), d(0.01, 2, 4), d(0.28, 2, 4), d(0.01, 2, 4), 1)).toBe(true);
    expect(differenceCanFit(d(2.35, 2, 4), d(0.01, 2, 4), d(2.09, 2, 4), d(0.01, 2, 4), d(0.26, 2, 4), d(0.01, 2, 4), -1)).toBe(false);
  });
});

describe('a 答复率 beside the sentence\'s own 办结率 (text.share)', () => {
  it('is another rate: a skip with its reason, while the 办结率 is checked', () => {
    const both = '全年共收到申请86件，办结84件，办结率97.7%，答复率100%。';
    expect(rules(both)).toEqual([]);
    expect(details(both)).toContain('text.share:pass:办结84件 ÷ 全年共收到申请86件 = 97.7%，正文办结率97.7%');
    expect(details(both).join()).toContain('同句另有办结率');
    // the 办结率 wrong: still flagged
    expect(rules('全年共收到申请86件，办结84件，办结率100%，答复率100%。')).toEqual(['text.share/error~全年共收到申请86件，办结84件，办结率100%']);
    // alone, a 答复率 is read as 办结 ÷ 收到, as before
    expect(rules('全年共收到申请86件，办结84件，答复率90%。')).toEqual(['text.share/error~全年共收到申请86件，办结84件，答复率90%']);
  });
});
