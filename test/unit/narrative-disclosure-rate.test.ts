/**
 * A 公开率 after the applications granted (disclosure-rate.ts, red team 12 page 51): "全年办结申请
 * 186件，其中予以公开98件，公开率62.7%". Every way a report computes the rate is a reading; only a
 * rate none fits is flagged. Tables: 新收 86, 上年结转 5, 办结 88 (予以公开 42, 部分公开 11,
 * 不予处理 5, 其他处理 4).
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, flagged, runProse } from './narrative-tables.ts';

const run = (text: string, tables: Record<string, number> = BUREAU_TABLES) => runProse(`<p>${text}</p>`, tables, 2023);
const rates = (text: string, tables?: Record<string, number>) =>
  run(text, tables).checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);
const fired = (text: string) => flagged(run(text)).map((f) => `${f.rule}:${f.expected}:${f.actual}`);

describe('公开率 after 其中予以公开', () => {
  it.each([
    ['全年办结申请88件，其中予以公开42件，公开率47.7%。'], // 42 ÷ 88
    ['全年办结申请88件，其中予以公开42件，公开率60.2%。'], // with 部分公开: 53 ÷ 88
    ['全年办结申请88件，其中予以公开42件，公开率48.8%。'], // over 新收 86
    ['全年办结申请88件，其中予以公开42件，公开率46.2%。'], // over 新收 + 上年结转 91
    ['全年办结申请88件，其中予以公开42件，公开率67.1%。'], // 53 over 88 less 不予处理 and 其他处理
    ['全年办结申请88件，其中予以公开42件，依申请公开率达47.7%。'],
  ])('%s: a reading fits, a pass', (text) => {
    expect(fired(text)).toEqual([]);
    expect(rates(text)).toEqual(['pass']);
  });

  it('no reading fits: an error, told against the 办结 the sentence names', () => {
    expect(fired('全年办结申请88件，其中予以公开42件，公开率57.7%。')).toEqual(['text.share:47.7:57.7']);
    expect(fired('全年办结申请88件，其中予以公开42件，公开率52%。')).toEqual(['text.share:48:52']);
  });

  it('without table 三\'s 部分公开 the readings are not all known: a skip', () => {
    const { 't3.partial.total': _, ...tables } = BUREAU_TABLES;
    expect(rates('全年办结申请88件，其中予以公开42件，公开率57.7%。', tables)).toEqual(['skip']);
  });

  it('予以公开和部分公开 named as one count (recall46): its rate read of that count, wrong under every base', () => {
    expect(fired('全年办结申请88件，予以公开和部分公开的共53件，公开率57.7%。')).toEqual(['text.share:60.2:57.7']);
  });

  it.each([
    // a 公开率 of something else
    ['全年主动公开政府信息1256条，公开率100%。'],
    ['全年办结申请88件，其中予以公开42件；政务公开率57.7%。'],
  ])('%s: not read', (text) => {
    expect(rates(text)).toEqual([]);
  });
});
