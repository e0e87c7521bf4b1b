/**
 * Year on year with the base's year in a parenthesis (year-on-year.ts): "较上年（2022年）增加6件",
 * "较上年（2022年：80件）增加6件", "同比增长7.5%（2022年为80件）". Checked when that year is the one
 * compared with (上年: the report's year less one; "较2021年": 2021); a base of another year is a
 * skip that says why, never read as 上年's. The quote is the claim's exact words, its parenthesis
 * closed.
 */
import { describe, expect, it } from 'vitest';
import { flagged, runProse } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2023) => runProse(`<p>${text}</p>`, {}, year);
const changes = (text: string, year: number | null = 2023) =>
  run(text, year).checks.filter((c) => c.rule === 'text.change');
const fired = (text: string, year: number | null = 2023) => flagged(run(text, year)).map((f) => `${f.expected}:${f.actual}`);

describe('a base year in brackets', () => {
  it.each([
    ['新收申请86件，较上年（2022年）增加6件，增长8.5%。', ['7.5:8.5']],
    ['新收申请86件，较上年（2022年80件）增加7件。', ['6:7']],
    ['新收申请86件，较上年（2022年：80件）增加7件。', ['6:7']],
    ['新收申请86件，同比增长8.5%（2022年为80件）。', ['7.5:8.5']],
    ['新收申请86件，较2021年（2021年）增加6件，增长8.5%。', ['7.5:8.5']],
  ])('%s: the year compared with, checked', (text, flags) => {
    expect(fired(text)).toEqual(flags);
    // the same with the right change passes
    const right = text.replace('8.5%', '7.5%').replace('增加7件', '增加6件');
    expect(fired(right)).toEqual([]);
    expect(changes(right).map((c) => c.outcome)).toContain('pass');
  });

  it.each([
    '新收申请86件，较上年（2021年）增加6件，增长8.5%。',
    '新收申请86件，较上年（2021年为80件）增加7件。',
    '新收申请86件，同比增长8.5%（2021年为80件）。',
    '新收申请86件，较2021年（2020年）增加6件，增长8.5%。',
  ])('%s: another year\'s base, a skip that says why', (text) => {
    expect(fired(text)).toEqual([]);
    const c = changes(text);
    expect(c.map((x) => x.outcome)).toEqual(['skip']);
    expect(c[0]!.detail).toMatch(/不作判断/);
    expect(c[0]!.detail).toMatch(/2021年|2020年/);
  });

  it('without the report\'s year, a bracketed year is no reason to skip (the arithmetic is read as before)', () => {
    expect(fired('新收申请86件，较上年（2021年）增加6件，增长8.5%。', null)).toEqual(['7.5:8.5']);
  });

  it('the quote is the exact claim, its parenthesis closed', () => {
    const q = changes('新收申请86件，同比增长8.5%（2022年为80件）。')[0]!.quote;
    expect(q).toBe('新收申请86件，同比增长8.5%（2022年为80件）');
    expect(changes('新收申请86件，较上年增加6件（2022年为80件），增长7.5%。')[0]!.quote).toBe('新收申请86件，较上年增加6件（2022年为80件），增长7.5%');
    // a figure that stands in no parenthesis ends the quote
    expect(changes('新收申请86件，较上年（2022年）增加6件，增长7.5%。')[0]!.quote).toBe('新收申请86件，较上年（2022年）增加6件，增长7.5%');
  });

  it('a base named by its year in the message, not as 上年', () => {
    expect(run('新收申请86件，较2021年增加6件，增长8.5%。').findings.find((f) => f.rule === 'text.change')?.message).toMatch(/按2021年80件计算/);
  });
});
