/**
 * A share whose whole is named but not given ("予以公开42件，占办结总数的47.7%", shares.ts
 * namedWholeBefore): the one count before it, back to the paragraph before, whose words hold the
 * name (from the paragraph before, only a count table 三 holds too). Silent when several counts answer the name, or the name names no particular whole.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse } from './narrative-tables.ts';

const FLOW = '（二）依申请公开。2023年，共新收政府信息公开申请86件，上年结转5件，办结88件，结转下年度继续办理3件。从办理结果看，予以公开42件，部分公开11件。';
const run = (...paras: string[]) => runProse(paras.map((p) => `<p>${p}</p>`).join(''), BUREAU_TABLES, 2023);
const shares = (...paras: string[]) => run(...paras).checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);
const fired = (...paras: string[]) => flagged(run(...paras)).map((f) => `${f.rule}:${f.expected}:${f.actual}`);

describe('占办结总数的X%: the whole named, not given', () => {
  it('is checked against the count that the name names', () => {
    expect(shares(FLOW, '予以公开42件，占办结总数的47.7%。')).toEqual(['pass']);
    expect(fired(FLOW, '予以公开42件，占办结总数的52.8%。')).toEqual(['text.share:47.7:52.8']);
  });
  it('a share of the nearest total, as a careless writer divides, still passes', () => {
    // 42 ÷ 86 (新收) = 48.8%: the guess the check made before; not flagged
    expect(shares(FLOW, '予以公开42件，占办结总数的48.8%。')).toEqual(['pass']);
  });
  it('says nothing when several counts answer the name, or the name names none', () => {
    const two = '2023年，共新收政府信息公开申请86件，办结88件，其中按时办结80件。';
    expect(fired(two, '予以公开42件，占办结总数的52.8%。')).toEqual([]);
    expect(fired(FLOW, '予以公开42件，占总数的52.8%。')).toEqual([]);
    // from the paragraph before, a count table 三 does not hold (办结 80, the table's 88): not read
    expect(fired(FLOW.replace('办结88件', '办结80件'), '予以公开42件，占办结总数的60.0%。')).not.toContain('text.share:52.5:60');
    expect(run(FLOW.replace('办结88件', '办结80件'), '予以公开42件，占办结总数的60.0%。').checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome)).not.toContain('fail');
    // in the share's own paragraph, the name is enough
    expect(fired(FLOW.replace('办结88件', '办结80件') + '予以公开42件，占办结总数的60.0%。')).toContain('text.share:52.5:60');
    // two paragraphs back: too far to be read
    expect(fired(FLOW, '全年公开政府信息3120条。', '予以公开42件，占办结总数的52.8%。')).toEqual([]);
  });
});
