/**
 * Red team rt46: the readings merged in session 44 (rt45's partOnly of text-vs-table.ts, closedAfter's result and
 * in-time words, carried-after.ts's siblings, 转结 after its figure; hunt44's 主动公开率 of verb-rate.ts and list
 * lead of share-lead.ts), probed with sentences true of the tables in other shapes and look-alikes that claim
 * something else. Each false flag found is kept here as a self-written sentence of its shape (another body, other
 * numbers), with its twin, the same shape really wrong, still flagged.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88, 结转下年度 3). */
const onTables = (paras: string[]) => runProse(`<p>（二）依申请公开情况</p>${paras.map(word).join('')}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
const tableKeys = (...paras: string[]) => findingKeys(onTables(paras));

/** Prose alone (a pre-2019 page): 2016. */
const keys = (text: string) => findingKeys(runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府'));
const outcomesOf = (text: string): string[] => runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府').checks.map((c) => `${c.rule}:${c.outcome}`);

/** Prose of a 2021 镇 report with no tables, one paragraph each. */
const run21 = (...paras: string[]) => runProse(paras.map((t) => `<p>${t}</p>`).join(''), {}, 2021, '某某县东岗镇人民政府');
const keys21 = (...paras: string[]) => findingKeys(run21(...paras));
const shares21 = (...paras: string[]) => run21(...paras).checks.filter((c) => c.rule === 'text.share').map((c) => c.outcome);

describe('rt46 1: a carried count beside another still open (carried-after.ts)', () => {
  it('silent: 转结 before 另 is a carrying verb too (the 1 was compared alone with table 三\'s 3)', () => {
    expect(tableKeys('全年办结88件，2件转结下年度，另有1件正在办理中。')).toEqual([]);
    expect(tableKeys('全年办结88件，1件申请结转至2022年办理，另2件转结下年度。')).toEqual([]);
  });
  it('silent: a verb-first carried count before 另 across ；, or closing the sentence before it (both were errors)', () => {
    expect(tableKeys('全年办结88件，结转下年度2件；另有1件正在办理中。')).toEqual([]);
    expect(tableKeys('全年办结88件，结转下年度2件。另有1件申请正在办理中。')).toEqual([]);
    expect(tableKeys('全年办结88件，2件申请结转至2022年办理。另有1件申请正在办理中。')).toEqual([]);
  });
  it('twins: a part alone more than the table, or a 另 count that is not carried, still flagged', () => {
    expect(tableKeys('全年办结88件，4件转结下年度，另有1件正在办理中。')).toEqual(['text.vs-table:error:3:4']);
    expect(tableKeys('全年办结88件，结转下年度4件；另有1件正在办理中。')).toEqual(['text.vs-table:error:3:4']);
    expect(tableKeys('全年办结88件，结转下年度4件。另有1件申请正在办理中。')).toEqual(['text.vs-table:error:3:4']);
    expect(tableKeys('全年办结88件，结转下年度2件。另有1件申请人撤回。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys('全年办结88件，结转下年度2件。另有1件咨询件正在办理中。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys('全年办结88件，结转下年度2件。另有1件申请正在办理中的已于年底答复。')).toEqual(['text.vs-table:error:3:2']);
  });
});

describe('rt46 2: the set time without 内 (flow-balance.ts closedAfter)', () => {
  it('silent: "已按照规定时间答复" is answered in time; the rest may have been answered late (a warning before)', () => {
    expect(keys('全年共收到依申请公开30件，27件已按照规定时间答复，1件结转下年。')).toEqual([]);
    expect(outcomesOf('全年共收到依申请公开30件，29件已按照规定时间答复，1件结转下年。')).toEqual(['text.parts-sum:pass']);
  });
  it('twin: "已按照规定答复" (by the rules, no time) is a plain closed count, still flagged', () => {
    expect(keys('全年共收到依申请公开30件，27件已按照规定答复，1件结转下年。')).toEqual(['text.parts-sum:warning:30:28']);
  });
});

describe('rt46 3: a 主动公开率 over the files made only (verb-rate.ts)', () => {
  it('silent: a whole of files received may be another base than the rate\'s (an error before)', () => {
    expect(keys21('全年共收到公文120件，主动公开96件，主动公开率85%。')).toEqual([]);
    expect(keys21('全年共办理文件120件，主动公开96件，主动公开率85%。')).toEqual([]);
  });
  it('twins: files made (印发, 制发各类公文) still read', () => {
    expect(keys21('全年共印发文件120件，主动公开96件，主动公开率85%。')).toEqual(['text.share:error:80:85']);
    expect(keys21('全年区政府共制发各类公文120件，主动公开96件，主动公开率85%。')).toEqual(['text.share:error:80:85']);
    expect(shares21('全年共印发文件120件，主动公开96件，主动公开率80%。')).toEqual(['pass']);
  });
});

describe('rt46 4: a list item naming a scope holds the items after it (parts-judge.ts)', () => {
  it('silent: "其中属于主动公开范围的100件，主动公开96件" under 120 (an error of 196 before)', () => {
    expect(keys21('全年共制发公文120件，其中属于主动公开范围的100件，主动公开96件，主动公开率96%。')).toEqual([]);
    expect(keys21('全年共制发公文120件，其中应主动公开100件，已主动公开96件。')).toEqual([]);
  });
  it('twin: the scope and what falls outside it divide the whole, still flagged', () => {
    expect(keys21('全年共制发公文120件，其中属于主动公开范围的100件，不属于主动公开范围的30件。')).toEqual(['text.parts-sum:error:130:120']);
  });
});

describe('rt46 5: a list lead over items numbered in turn, its words naming kinds (share-lead.ts)', () => {
  const lead = '2021年度，主动公开政府信息12条。历年累计主动公开政府信息610条。主动公开的12条信息中，主要类别如下：';
  const items = ['1.机构设置：新增信息3条，占25%。', '2.政策落实：新增信息6条，占50%。'];
  it('silent: items after a section heading are another list (errors before)', () => {
    expect(keys21(lead, ...items, '（二）依申请公开情况', '1.本年度收到申请4条，占10%。')).toEqual([]);
    expect(keys21(lead, items[0]!, '二、政策解读情况', '1.本年度发布解读信息6条，占40%。')).toEqual([]);
  });
  it('silent: a lead naming a body or another scope, not kinds (errors before)', () => {
    expect(keys21('在全县各单位报送的120条信息中，本单位情况如下：', '1.机构设置：新增信息3条，占25%。')).toEqual([]);
    expect(keys21('主动公开的12条信息中，其他部门的信息如下：', '1.县住建局：发布信息6条，占30%。')).toEqual([]);
  });
  it('silent: items out of turn or in another style are not read', () => {
    expect(keys21('主动公开的12条信息中，主要类别如下：', '2.机构设置：新增信息3条，占35%。')).toEqual([]);
    expect(keys21('主动公开的12条信息中，主要类别如下：', items[0]!, '（2）政策落实：新增信息6条，占60%。')).toEqual([]);
  });
  it('twins: items in turn in each style, and leads of kinds in other words, still read', () => {
    expect(keys21(lead, items[0]!, '2.政策落实：新增信息6条，占60%。')).toEqual(['text.share:error:50:60']);
    expect(keys21(lead, '（一）机构设置：新增信息3条，占25%。', '（二）政策落实：新增信息6条，占60%。')).toEqual(['text.share:error:50:60']);
    expect(keys21(lead, '一、机构设置：新增信息3条，占25%。', '二、政策落实：新增信息6条，占60%。')).toEqual(['text.share:error:50:60']);
    expect(keys21('主动公开的12条信息中，主要分类情况如下：', '1.机构设置：新增信息3条，占35%。')).toEqual(['text.share:error:25:35']);
    expect(keys21('主动公开的12条信息中，按类别分布如下：', '1.机构设置：新增信息3条，占35%。')).toEqual(['text.share:error:25:35']);
    expect(shares21(lead, ...items)).toEqual(['pass', 'pass']);
  });
});

describe('rt46 6: a count of another year in a bracket after an item is not the share\'s subject (shares.ts shareSubject)', () => {
  it('silent: "6条（上年为4条），占50%" is the 6\'s share (the 4 was read as the part: an error, under a lead or 其中)', () => {
    expect(keys21('主动公开的12条信息中，主要类别如下：', '1.政务动态：6条（2020年为4条），占50%。')).toEqual([]);
    expect(keys21('全年主动公开信息12条，其中政务动态6条（上年为4条），占50%。')).toEqual([]);
    expect(shares21('全年主动公开信息12条，其中政务动态6条（上年为4条），占50%。')).toEqual(['pass']);
  });
  it('twins: the 6\'s share wrong, still flagged', () => {
    expect(keys21('全年主动公开信息12条，其中政务动态6条（上年为4条），占60%。')).toEqual(['text.share:error:50:60']);
    expect(keys21('主动公开的12条信息中，主要类别如下：', '1.政务动态：6条，占60%（2020年为4条）。')).toEqual(['text.share:error:50:60']);
  });
});

describe('rt46 7: a 主动公开率 over a base with files taken out (verb-rate.ts)', () => {
  it('silent: "除涉密文件外主动公开96件", "（剔除涉密件）" after the rate (errors before)', () => {
    expect(keys21('全年共制发公文120件，除涉密文件外主动公开96件，主动公开率96%。')).toEqual([]);
    expect(keys21('全年共制发公文120件，主动公开96件，平均主动公开率为96%（剔除涉密件）。')).toEqual([]);
  });
  it('twins: words after the rate that take nothing out, still flagged', () => {
    expect(keys21('全年共制发公文120件，主动公开96件，主动公开率96%，位居全市前列。')).toEqual(['text.share:error:80:96']);
    expect(keys21('全年共制发公文120件，主动公开96件，主动公开率96%（位居全市前列）。')).toEqual(['text.share:error:80:96']);
  });
});

describe('rt46 8: a 主动公开率 over the files in its scope (verb-rate.ts; the true error rt46 4 and 3 had left silent)', () => {
  it('twin: "其中属于主动公开范围的100件，主动公开96件，主动公开率90%" is wrong over either whole: flagged', () => {
    expect(keys21('全年共制发公文120件，其中属于主动公开范围的100件，主动公开96件，主动公开率90%。')).toEqual(['text.share:error:96:90']);
  });
  it('true: over the scope\'s count it passes', () => {
    expect(shares21('全年共制发公文120件，其中属于主动公开范围的100件，主动公开96件，主动公开率96%。')).toEqual(['pass']);
  });
});
