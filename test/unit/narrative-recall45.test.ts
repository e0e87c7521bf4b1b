/**
 * Session recall45: the false errors and misses session 43 left (docs/testing.md, "Left" of the session-43
 * paragraphs). Each sentence below is self-written: a real sentence's shape with another body and other
 * numbers. Each change passes where the text adds up, fires where it is surely wrong, and stays silent (a
 * skip, or nothing) where a careful reader could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88 — 予以公开 42, 部分公开 11, 不予公开 6, 无法提供 20, 不予处理 5, 其他处理 4 —, 结转下年度 3; 复议 3, 诉讼 1 + 1). */
const onTables = (heading: string, text: string) => runProse(`<p>${heading}</p>${word(text)}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
const tableKeys = (text: string) => findingKeys(onTables('（二）依申请公开情况', text));
const caseKeys = (text: string) => findingKeys(onTables('四、政府信息公开行政复议、行政诉讼情况', text));
const vsTable = (text: string, heading = '（二）依申请公开情况') => onTables(heading, text).checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome}|${c.detail}`);
const tableSums = (text: string) => onTables('（二）依申请公开情况', text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}|${c.detail}`);

/** Prose alone (a pre-2019 page): 2016. */
const prose = (text: string) => runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府');
const keys = (text: string) => findingKeys(prose(text));
const sums = (text: string) => prose(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}|${c.detail}`);
const outcomes = (xs: string[]) => xs.map((x) => x.split('|')[0]);

describe('recall45 1: "作为区政府的承办部门，应诉…" counts the government\'s cases (claim-scope.ts, case-result-claims.ts)', () => {
  it('the body\'s own cases beside them are read: a pass', () => {
    expect(vsTable('我局作为区政府的承办部门，应诉行政诉讼案件6件；我局被申请行政复议3件。', '四、政府信息公开行政复议、行政诉讼情况')).toEqual(['pass|3件 = 表四行政复议“总计” 3']);
  });
  it('twins: the body\'s own cases wrong, or 被提起 after the same words, still an error', () => {
    expect(caseKeys('我局作为区政府的承办部门，应诉行政诉讼案件6件；我局被申请行政复议5件。')).toEqual(['text.vs-table:error:3:5']);
    expect(caseKeys('我局作为区政府的承办部门，被申请行政复议5件。')).toEqual(['text.vs-table:error:3:5']);
    expect(caseKeys('我局作为区政府组成部门，被申请行政复议5件。')).toEqual(['text.vs-table:error:3:5']);
  });
  it('silent: the government\'s cases, and what became of them (an error on main)', () => {
    for (const t of [
      '我局作为区政府的承办部门，应诉行政诉讼案件6件。',
      '我局作为区政府的承办部门，应诉政府信息公开行政诉讼案件6件，均已审结。',
      '我局作为区人民政府的承办单位，办理行政复议案件7件。',
      '我局作为县政府的承办部门，答复行政复议案件7件。',
      '我局作为区政府行政应诉的承办部门，应诉行政诉讼案件6件。',
      '我局作为区政府的承办机构，处理政府信息公开行政复议案件4件、行政诉讼案件6件。',
      '我局作为区政府的承办部门，参与应诉行政诉讼案件6件，其中2件尚未审结。',
    ]) expect(caseKeys(t), t).toEqual([]);
  });
});

describe('recall45 2: "上年结转5件，另1件因补正延期至2022年答复" is one part of 结转下年度 (another-after-carried-in.ts)', () => {
  it('the table\'s whole: a pass; less: a skip', () => {
    expect(vsTable('全年新收申请86件，上年结转5件，另3件因补正延期至2022年答复。')).toContain('pass|3件 = 表三“结转下年度继续办理” 3');
    expect(outcomes(vsTable('全年新收申请86件，上年结转5件，另1件因补正延期至2022年答复。'))).toEqual(['pass', 'pass', 'skip']);
  });
  it('twins: more than the whole, another count between, or no 另: still an error', () => {
    expect(tableKeys('全年新收申请86件，上年结转5件，另4件因补正延期至2022年答复。')).toEqual(['text.vs-table:error:3:4']);
    expect(tableKeys('全年新收申请86件，上年结转5件，办结88件，另1件因补正延期至2022年答复。')).toEqual(['text.vs-table:error:3:1']);
    expect(tableKeys('全年新收申请86件，上年结转5件，1件因补正延期至2022年答复。')).toEqual(['text.vs-table:error:3:1']);
  });
  it('silent: another one beside the carried-in count (an error on main)', () => {
    for (const t of [
      '全年新收申请86件，上年结转5件，另1件因补正延期至2022年答复。',
      '全年新收申请86件，上年结转5件，另有2件因征求第三方意见延期至2022年答复。',
      '全年新收申请86件，上年结转5件，还有1件因补正延期至2022年答复。',
      '全年新收申请86件，上年度结转5件，另1件因补正结转至2022年办理。',
      '全年新收申请86件，上年结转申请5件，另1件因补正延期至2022年答复。',
      '全年新收申请86件，上年结转5件；另1件因补正延期至2022年答复。',
      '全年新收申请86件，上年遗留5件，另1件因补正延期至2022年答复。',
    ]) expect(tableKeys(t), t).toEqual([]);
  });
});

describe('recall45 3: "上年结转的2件因需补正结转至2022年办理" is a part of 上年结转 (another-after-carried-in.ts)', () => {
  it('the table\'s whole: a pass; less: a skip', () => {
    expect(vsTable('全年新收申请86件。上年结转的5件因需补正结转至2022年办理。')).toContain('pass|5件 = 表三“上年结转” 5');
    expect(vsTable('全年新收申请86件。上年结转的2件因需补正结转至2022年办理。').map((x) => x.split('|')[0])).toContain('skip');
  });
  it('twins: more than the whole, said closed, or the next count carried on: still an error', () => {
    expect(tableKeys('全年新收申请86件。上年结转的6件因需补正结转至2022年办理。')).toEqual(['text.vs-table:error:5:6']);
    expect(tableKeys('全年新收申请86件。上年结转的2件已全部办结。')).toEqual(['text.vs-table:error:5:2']);
    expect(tableKeys('全年新收申请86件，上年结转2件，因需补正结转下年度3件。')).toEqual(['text.vs-table:error:5:2']);
  });
  it('silent: some of the carried-in carried on again (an error on main)', () => {
    for (const t of [
      '全年新收申请86件。上年结转的2件因需补正结转至2022年办理。',
      '全年新收申请86件。上年结转的2件申请仍在办理中。',
      '全年新收申请86件。上年度结转的3件因需补正顺延至2022年答复。',
      '全年新收申请86件。上年结转的2件继续结转至下年度办理。',
      '全年新收申请86件。上年结转的2件，因需补正结转至2022年办理。',
      '全年新收申请86件。上年结转的2件，由于涉及第三方延期至2022年答复。',
    ]) expect(tableKeys(t), t).toEqual([]);
  });
});

describe('recall45 4: a bare way of applying past the ； is one more item (channel-past-semicolon.ts)', () => {
  it('the three ways adding up: a pass', () => {
    expect(tableSums('全年共收到政府信息公开申请86件，其中网上申请50件，当面申请26件；信函申请10件。')).toEqual(['pass|50件+26件+10件 = 86件']);
  });
  it('twins: the list adding up before the ；, the third past it: an error now', () => {
    expect(tableKeys('全年共收到政府信息公开申请86件，其中网上申请50件，当面申请36件；信函申请10件。')).toEqual(['text.parts-sum:error:96:86']);
    expect(tableKeys('全年共收到政府信息公开申请86件，其中通过网络申请60件，当面申请26件；通过信函申请4件。')).toEqual(['text.parts-sum:error:90:86']);
  });
  it('silent: something else past the ；', () => {
    for (const t of [
      '全年共收到政府信息公开申请86件，其中网上申请50件，当面申请36件；信函咨询10件。',
      '全年共收到政府信息公开申请86件，其中网上申请50件，当面申请36件；网上申请中通过网站提交30件。',
      '全年共收到政府信息公开申请86件，其中网上申请50件，当面申请36件；另有信函申请10件不予受理。',
      '全年共收到政府信息公开申请86件，其中网上申请50件，当面申请36件；全年信函申请10件。',
      '全年共收到政府信息公开申请86件，其中网上申请50件，当面申请36件；信函申请10件为重复申请。',
      '全年共收到政府信息公开申请86件，其中网上申请50件，当面申请36件；当面申请中予以公开10件。',
      '全年共收到政府信息公开申请86件，其中网上申请50件，当面申请36件；2020年信函申请10件。',
    ]) expect(tableKeys(t), t).toEqual([]);
    expect(keys('全年主动公开信息1200条，其中文字信息800条，图片信息400条；视频信息30条。')).toEqual([]);
  });
});

describe('recall45 5: an item named by last year\'s document is this year\'s (other-year.ts documentOfYear)', () => {
  it('counted in: a pass', () => {
    expect(sums('2016年新增主动公开政府信息40条，其中2015年政府信息公开工作年度报告1条，机构职能2条，工作动态37条。')).toEqual(['pass|1条+2条+37条 = 40条']);
    expect(sums('2016年新增主动公开政府信息40条，具体包括2015年信息公开年报1条，机构职能2条，工作动态37条。')).toEqual(['pass|1条+2条+37条 = 40条']);
  });
  it('twins: over the whole either way: an error', () => {
    expect(keys('2016年新增主动公开政府信息40条，其中2015年政府信息公开工作年度报告1条，机构职能4条，工作动态37条。')).toEqual(['text.parts-sum:error:42:40']);
  });
  it('silent: a figure of last year, or the list adding up without the document', () => {
    for (const t of [
      '2016年新增主动公开政府信息40条，其中机构职能2条，工作动态38条，2015年信息公开年报1条。',
      '2016年新增主动公开政府信息40条，其中机构职能2条，工作动态38条，2015年年报显示为25条。',
      '2016年新增主动公开政府信息40条，其中2015年主动公开信息5条，机构职能2条，工作动态37条。',
      '2016年新增主动公开政府信息40条，其中机构职能2条，工作动态38条（2015年为25条）。',
      '2016年新增主动公开政府信息40条，包括2015年12月补发的信息2条，工作动态20条。',
    ]) expect(keys(t), t).toEqual([]);
  });
});

describe('recall45 6: results after the last channel, over the count received too (results-over-channel.ts)', () => {
  it('a skip: results may count applications carried in (an error on main, against the last channel)', () => {
    expect(outcomes(sums('全年共收到政府信息公开申请20件，网上申请15件，当面申请5件，其中予以公开10件，部分公开4件，不予公开5件，无法提供3件。'))).toEqual(['skip', 'pass']);
  });
  it('twins: the paragraph says none was carried in, or no count received before: still an error', () => {
    expect(keys('上年无结转申请。全年共收到政府信息公开申请20件，网上申请15件，当面申请5件，其中予以公开10件，部分公开4件，不予公开5件，无法提供3件。')).toEqual(['text.parts-sum:error:22:5']);
    expect(keys('全年网上申请15件，当面申请5件，其中予以公开10件，部分公开4件，不予公开5件，无法提供3件。')).toEqual(['text.parts-sum:error:22:5']);
  });
});

describe('recall45 7: a closed count written figure first after the flow (closed-first.ts)', () => {
  it('against table 三\'s 办理结果总计: a pass', () => {
    expect(vsTable('全年新收申请86件，上年结转5件，88件已全部办结，3件结转下年度。')).toContain('pass|88件 = 表三“办理结果总计” 88');
  });
  it('twins: off the table: an error', () => {
    expect(tableKeys('全年新收申请86件，上年结转5件，85件已全部办结，3件结转下年度。')).toEqual(['text.vs-table:error:88:85']);
    expect(tableKeys('全年新收申请86件，上年结转5件，90件均已办结。')).toEqual(['text.vs-table:error:88:90']);
  });
  it('silent: a part, the carried ones, or no 上年结转 before it', () => {
    for (const t of [
      '全年新收申请86件，上年结转5件，其中80件已办结，3件结转下年度。',
      '全年新收申请86件，80件已全部办结，3件结转下年度。',
      '全年新收申请86件，上年结转5件，5件已办结，3件正在办理。',
      '全年新收申请86件，上年结转5件，80件已按期办结，8件延期办结。',
      '全年新收申请86件，上年结转5件，网上申请的40件已办结。',
      '全年新收申请86件，上年结转5件，截至目前，90件已办结。',
      '全年新收申请86件，上年结转5件，83件已办结，3件结转下年度。',
    ]) expect(tableKeys(t), t).toEqual([]);
  });
});
