/**
 * Red team rt39b: recall39b's new readings (flows in 完成答复 and in 项, channels in 宗, "主要类别包括：" in
 * the next sentence, "在主动公开的信息中" lists, results one a sentence, 依次为) and the lead's
 * parts-restated.ts restatedItem, probed with sentences true of the page in the other ways reports
 * write them, and with look-alikes that claim something else. Each false flag found is kept here as a
 * self-written sentence of its shape (another body, other numbers), with its twin, the same shape
 * really wrong, still flagged. The pages have no tables, as the pages these readings act on.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, word } from './narrative-tables.ts';

const run = (text: string, year: number | null = 2016) => runProse(text.startsWith('<') ? text : `<p>${text}</p>`, {}, year, '清水县人民政府');
const keys = (text: string, year?: number | null) => findingKeys(run(text, year));
const checks = (rule: string, text: string) => run(text).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);

describe('rt39b 1: results one a sentence, with another year\'s, another body\'s or a restated result among them (result-run.ts)', () => {
  const opening = '本局2016年共受理信息公开申请40件。在已经答复的40件申请中，“同意公开”的24件，占总数的60%。';
  const rest = '“同意部分公开”8件，占总数的20%。“不予公开”的4件，占总数的10%。“信息不存在”的4件，占总数的10%。';
  it('silent: a count of last year, of 2015, of a part of the body or of other bodies ends the run', () => {
    for (const aside of ['上年同意公开的20件。', '2015年同意公开17件。', '县本级同意公开14件。', '其他部门同意公开11件。', '各乡镇同意公开52件。']) {
      expect(keys(opening + aside + rest)).toEqual([]);
    }
  });
  it('silent: a result said again ends the run', () => {
    expect(keys(`${opening}“同意部分公开”8件，占总数的20%。“不予公开”的8件，占总数的20%。同意公开的24件。`)).toEqual([]);
    expect(keys('本局2016年共受理信息公开申请40件。在已经答复的40件申请中，“同意公开”的24件。“不予公开”的8件。不予公开的8件。“同意部分公开”8件。')).toEqual([]);
  });
  it('twins: the run of results alone, over the count answered, is still an error', () => {
    expect(keys(opening + rest)).toEqual([]);
    expect(checks('text.parts-sum', opening + rest)).toContain('pass|24件+8件+4件+4件 = 40件');
    expect(keys(`${opening}“同意部分公开”8件，占总数的20%。“不予公开”的4件，占总数的10%。“信息不存在”的5件，占总数的10%。`)).toContain('text.parts-sum:error:41:40');
  });
});

describe('rt39b 2: an item restated as the whole of its breakdown, said another way (parts-restated.ts)', () => {
  const r = (text: string) => runProse(word(text), {}, 2022, '清水县民政局');
  const sums = (text: string) => r(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);
  const list = (restated: string) => `全年共办结申请58件，其中予以公开30件，部分公开6件，不予公开4件，${restated}无法提供12件，不予处理5件，其他处理1件。`;
  it('silent: "在不予公开的4件中", "这4件中", "上述4件中", "该4件中", and the bracket after the item', () => {
    for (const t of ['在不予公开的4件中，3件属于国家秘密，', '这4件中3件属于国家秘密，', '上述4件中3件属于国家秘密，', '该4件中3件属于国家秘密，']) {
      expect(findingKeys(r(list(t)))).toEqual([]);
      expect(sums(list(t))).toContain('skip');
    }
    expect(findingKeys(r('全年共办结申请58件，其中予以公开30件，部分公开6件，不予公开4件（不予公开的4件中3件属于国家秘密），无法提供12件，不予处理5件，其他处理1件。'))).toEqual([]);
    expect(findingKeys(r('全年共办结申请58件，其中予以公开30件，部分公开6件，不予公开4件，无法提供12件，在无法提供的12件中，本机关不掌握9件，没有现成信息3件，不予处理5件，其他处理1件。'))).toEqual([]);
  });
  it('twins: a figure that restates no item, or a list wrong without one, is still an error', () => {
    expect(findingKeys(r(list('这5件中3件属于国家秘密，')))).toContain('text.parts-sum:error:66:58');
    expect(findingKeys(r(list('在不予公开的5件中，3件属于国家秘密，')))).toContain('text.parts-sum:error:66:58');
    expect(findingKeys(r('全年共办结申请58件，其中予以公开30件，部分公开6件，不予公开4件（不予公开的6件中3件属于国家秘密），无法提供12件，不予处理5件，其他处理1件。')))
      .toContain('text.parts-sum:error:9:4');
    expect(findingKeys(r('全年共办结申请58件，其中予以公开30件，部分公开6件，不予公开5件，无法提供12件，不予处理5件，其他处理1件。'))).toEqual(['text.parts-sum:error:59:58']);
  });
});

describe('rt39b 3: a 其中 list before "在主动公开的信息中" (info-among.ts, qizhong-ends.ts)', () => {
  it('silent: a channel under 其中, then the kinds "在主动公开的信息中"', () => {
    expect(keys('全年共主动公开政府信息90条，其中网站公开80条，在主动公开的信息中，工作动态信息40条，财政预决算信息35条，其他信息15条。')).toEqual([]);
    expect(keys('全年共主动公开政府信息90条，其中通过网站主动公开80条，在主动公开的信息中，工作动态信息40条，财政预决算信息35条，其他信息15条。')).toEqual([]);
  });
  it('twins: the kinds alone over their whole, in the sentence or after it, are still an error', () => {
    expect(keys('全年共主动公开政府信息90条，在主动公开的信息中，工作动态信息40条，财政预决算信息35条，其他信息16条。')).toEqual(['text.parts-sum:error:91:90']);
    expect(keys('全年共主动公开政府信息90条。在主动公开的信息中，工作动态信息40条，财政预决算信息35条，其他信息14条。')).toEqual(['text.parts-sum:error:89:90']);
    expect(keys('全年共主动公开政府信息90条，其中工作动态信息40条，财政预决算信息35条，其他信息16条。')).toEqual(['text.parts-sum:error:91:90']);
  });
});

describe('rt39b 4: applications counted in 项 and their channels, then 办理 (parts-sum.ts)', () => {
  it('a pass for both: the channels make the whole, the flow balances', () => {
    expect(checks('text.parts-sum', '全年共收到依申请公开25项，其中当面申请7项，网上申请18项，办理23项，结转下年度2项。'))
      .toEqual(['pass|7项+18项 = 25项', 'pass|25项 = 23项+2项（收支平衡，未写上年结转）']);
  });
  it('twins: channels over the whole, or a flow that does not balance, are still flagged', () => {
    expect(keys('全年共收到依申请公开25项，其中当面申请8项，网上申请18项，办理23项，结转下年度2项。')).toEqual(['text.parts-sum:error:26:25']);
    expect(keys('全年共收到依申请公开25项，其中当面申请7项，网上申请18项，办理22项，结转下年度2项。')).toEqual(['text.parts-sum:warning:25:24']);
  });
});

describe('rt39b 5: last year\'s count in 宗 after channels in 宗 under a whole in 件 (year-on-year.ts)', () => {
  it('silent: "与上年的N宗相比有所增加" is said of the whole', () => {
    expect(keys('本局全年共受理信息公开申请50件，其中当面申请8宗，网上申请42宗，与上年的45宗相比有所增加。')).toEqual([]);
    expect(checks('text.change', '本局全年共受理信息公开申请50件，其中当面申请8宗，网上申请42宗，与上年的45宗相比有所增加。')[0]).toMatch(/^pass\|50件/);
  });
  it('twins: a change neither the whole nor the item makes is still an error', () => {
    expect(keys('本局全年共受理信息公开申请50件，其中当面申请8宗，网上申请42宗，与上年的55宗相比有所增加。').filter((k) => k.startsWith('text.change:error'))).toHaveLength(1);
  });
});
