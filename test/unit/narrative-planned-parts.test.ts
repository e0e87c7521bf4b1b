/**
 * Parts of a whole that are plans ("拟修改2件"): not a part of what was done, so a list reads
 * without them first; with them too, for "待办理5件" may be a part. Each case keeps a firing
 * variant: a list that adds up under no reading is still flagged.
 */
import { describe, expect, it } from 'vitest';
import { flagged, outcomes, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(text, {});
const fired = (text: string) => flagged(run(text)).map((f) => `${f.rule}:${f.expected}:${f.actual}`);

describe('text.parts-sum: planned parts', () => {
  it.each([
    '<p>对现行有效的规范性文件进行了清理，共清理56件，其中继续有效45件，修改8件，废止3件，拟修改2件。</p>',
    '<p>全年共清理规范性文件56件，其中继续有效45件、修改8件、废止3件，计划修改2件。</p>',
    '<p>共梳理行政权力事项120项，其中保留100项，调整15项，取消5项，将于2024年下放3项。</p>',
  ])('%s passes: the plan is not a part', (text) => {
    const r = run(text);
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toContain('text.parts-sum:pass');
  });

  it.each([
    // the plan word after its figure, as the label form above
    ['<p>共清理规范性文件10件，其中保留5件，修改2件，废止3件，2件拟修改。</p>', '5件+2件+3件 = 10件'],
    ['<p>共清理规范性文件10件，其中保留5件，修改2件，废止3件，2件拟废止。</p>', '5件+2件+3件 = 10件'],
    ['<p>共清理规范性文件10件，其中保留5件，修改2件，废止3件，另有2件拟废止。</p>', '5件+2件+3件 = 10件'],
    ['<p>对现行有效的规范性文件进行了清理，共清理56件，其中继续有效45件，修改8件，废止3件，2件将于明年修订。</p>', '45件+8件+3件 = 56件'],
  ])('%s passes: a plan named after its figure is not a part either', (text, detail) => {
    const r = run(text);
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => [c.outcome, c.detail])).toEqual([['pass', detail]]);
  });

  it('the same list whose named parts add up only with the plan passes too (read both ways)', () => {
    const r = run('<p>共清理规范性文件10件，其中保留5件，废止3件，2件拟修改。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toContain('text.parts-sum:pass');
  });

  it('a plan after its figure does not hide a list that adds up under no reading', () => {
    // 5 + 2 + 4 = 11, 12 with the 1 to be abolished: neither is 10
    expect(fired('<p>共清理规范性文件10件，其中保留5件，修改2件，废止4件，1件拟废止。</p>')).toEqual(['text.parts-sum:11:10']);
    // and a complete list without any plan still fires
    expect(fired('<p>共清理规范性文件10件，其中保留5件，修改2件，废止4件。</p>')).toEqual(['text.parts-sum:11:10']);
  });

  it('words after a figure with a name of its own do not make it a plan', () => {
    // "修改2件" is done; the "拟" of the next clause is not its
    expect(fired('<p>共清理规范性文件10件，其中保留5件，修改2件拟报批，废止4件。</p>')).toEqual(['text.parts-sum:11:10']);
  });

  it('a pending part that is one of the whole still counts ("待办理")', () => {
    const r = run('<p>全年共收到政府信息公开申请50件，其中已办结45件，待办理5件。</p>');
    expect(flagged(r)).toEqual([]);
    expect(outcomes(r)).toContain('text.parts-sum:pass');
  });

  it('计划生育 is a subject, not a plan', () => {
    expect(fired('<p>全年主动公开政府信息100条，其中卫生健康类60条，计划生育类30条，其他类10条。</p>')).toEqual([]);
    expect(fired('<p>全年主动公开政府信息100条，其中卫生健康类60条，计划生育类30条，其他类12条。</p>')).toEqual(['text.parts-sum:102:100']);
  });

  it('a list that adds up neither with nor without its plan is still flagged', () => {
    // 45 + 8 + 4 = 57, and 59 with the 2 to be changed: neither is 56
    expect(fired('<p>对现行有效的规范性文件进行了清理，共清理56件，其中继续有效45件，修改8件，废止4件，拟修改2件。</p>')).toEqual(['text.parts-sum:57:56']);
  });
});
