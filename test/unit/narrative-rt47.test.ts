/**
 * Red team rt47: the readings recall45 and recall46 merged in session 44 that raise errors (closed-first.ts, parts-sum.ts
 * ANSWERED_LATE, channel-past-semicolon.ts, disclosure-rate.ts GRANTED_JOINED, year-on-year.ts listWholeOf), probed with
 * sentences true of the tables in other shapes and look-alikes that claim something else. Each false flag found is kept
 * here as a self-written sentence of its shape (another body, other numbers), with its twin, the same shape really
 * wrong, still flagged.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88, 结转下年度 3; 予以公开 42, 部分公开 11). */
const onTables = (paras: string[]) => runProse(`<p>（二）依申请公开情况</p>${paras.map(word).join('')}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
const tableKeys = (...paras: string[]) => findingKeys(onTables(paras));
const tableOutcomes = (text: string, rule: string): string[] => onTables([text]).checks.filter((c) => c.rule === rule).map((c) => c.outcome);

/** Prose alone (a pre-2019 page): 2016. */
const keys = (text: string) => findingKeys(runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府'));

describe('rt47 1: a figure-first closed count beside other outcomes (closed-first.ts)', () => {
  it('silent: other counts after the carried one, in its sentence or opening the next with 另 (all were errors: 80 against 88)', () => {
    expect(tableKeys('全年共收到申请86件，上年结转5件，合计91件，80件已全部办结，3件结转下年度，8件因补正中止。')).toEqual([]);
    expect(tableKeys('全年共收到申请86件，上年结转5件，80件已全部办结，3件结转下年度，另有8件申请人撤回。')).toEqual([]);
    expect(tableKeys('全年共收到申请86件，上年结转5件，80件已全部办结，3件结转下年度；8件因申请人逾期未补正视为放弃。')).toEqual([]);
    expect(tableKeys('全年共收到申请86件，上年结转5件，80件已全部办结，3件结转下年度。另有8件申请人撤回。')).toEqual([]);
    expect(tableKeys('全年共收到申请86件，上年结转5件，50件已全部办结，3件结转下年度，38件正在补正中。')).toEqual([]);
  });
  it('twins: the closed count alone, or with its carried one only, still held to 办理结果总计', () => {
    expect(tableKeys('全年共收到政府信息公开申请86件，上年结转5件，80件已全部办结，3件结转下年度。')).toEqual(['text.vs-table:error:88:80']);
    expect(tableKeys('全年共收到申请86件，上年结转5件，63件申请已全部办结，3件结转下年度。')).toEqual(['text.vs-table:error:88:63']);
    expect(tableKeys('全年共收到申请86件，上年结转5件，80件已全部办结，3件结转下年度。相关工作运行平稳。')).toEqual(['text.vs-table:error:88:80']);
    expect(tableOutcomes('全年共收到政府信息公开申请86件，上年结转5件，88件已全部办结，3件结转下年度。', 'text.vs-table')).toEqual(['pass', 'pass', 'pass', 'pass']);
  });
  it('silent: parts, other years and bodies, 件次, 咨询 and 来信 (held before, kept)', () => {
    for (const text of [
      '全年收到网上申请60件，上年结转5件，63件已全部办结，2件结转下年度。',
      '全年新收申请86件，上年结转5件，新收申请中83件已全部办结，3件结转下年度。',
      '2020年共收到申请70件，上年结转2件，67件已全部办结，5件结转下年度。',
      '全区卫生健康系统共收到申请300件，上年结转10件，305件已全部办结，5件结转下年度。',
      '全年共收到申请86件次，上年结转5件次，100件次已全部办结，3件次结转下年度。',
      '全年收到来信申请86件，上年结转5件，100件已全部办结。',
      '全年接受咨询200人次，收到申请86件，上年结转5件，150件已全部办结。',
      '全年共收到申请86件，上年结转5件，截至目前91件已全部办结。',
    ]) expect(tableKeys(text), text).toEqual([]);
  });
});

describe('rt47 2: 顺延答复 beside results, saying an item again, or read as 办结 (answered-late.ts, qizhong-readings.ts)', () => {
  it('silent: after a list of results it is another cut of them, the list ends before it (an error: 91 of 88)', () => {
    expect(tableKeys('全年办结88件，其中予以公开42件，部分公开11件，不予公开6件，无法提供20件，不予处理5件，其他处理4件，顺延答复3件。')).toEqual([]);
  });
  it('silent: saying the 延期 item again (即…, in brackets: errors, 96 of 88)', () => {
    expect(tableKeys('全年办结88件，其中按期答复80件，延期答复8件，即顺延答复8件。')).toEqual([]);
    expect(tableKeys('全年办结88件，其中按期答复80件，延期答复8件（顺延答复8件）。')).toEqual([]);
  });
  it('silent: 顺延答复 under 其中 is a part of those closed, not table 三\'s 办结 (an error: 3 against 88)', () => {
    expect(tableKeys('全年受理申请91件，办结88件，其中按期答复85件，顺延答复3件。')).toEqual([]);
    expect(tableKeys('全年受理申请91件，办结88件，其中按期答复85件，顺延答复3件，3件结转下年度。')).toEqual([]);
  });
  it('twins: beside items of when they were answered, still an item of the list', () => {
    expect(tableKeys('全年办结88件，其中按期答复80件，顺延答复9件。')).toEqual(['text.parts-sum:error:89:88']);
    expect(tableKeys('全年办结88件，其中按期答复80件，延期答复5件，顺延答复5件。')).toEqual(['text.parts-sum:error:90:88']);
    expect(keys('全年办结申请40件，其中按时答复35件，顺延答复6件。')).toEqual(['text.parts-sum:error:41:40']);
    expect(tableOutcomes('全年办结88件，其中按期答复80件，延期答复5件，顺延答复3件。', 'text.parts-sum')).toEqual(['pass']);
    expect(keys('全年办结申请40件，其中予以公开20件，部分公开5件，不予公开5件，无法提供8件，其他处理2件，顺延答复3件。')).toEqual([]);
    expect(keys('全年办结申请40件，其中予以公开20件，部分公开5件，不予公开5件，无法提供8件，其他处理4件，顺延答复3件。')).toEqual(['text.parts-sum:error:42:40']);
  });
});

describe('rt47 3: a way of applying past ； that says one before it again (channel-past-semicolon.ts)', () => {
  it('silent: 书面 after 当面 or 信函, 电子邮件 after 网上 (errors: 122, 98 of 86)', () => {
    expect(tableKeys('全年共收到申请86件，其中网上申请50件，当面申请36件；书面申请36件。')).toEqual([]);
    expect(tableKeys('全年共收到申请86件，其中网上申请50件，信函申请36件；书面申请36件。')).toEqual([]);
    expect(tableKeys('全年共收到申请86件，其中网上申请50件，当面申请36件；电子邮件申请12件。')).toEqual([]);
    expect(keys('全年共收到申请20件，其中网上申请10件，当面申请10件；书面申请10件。')).toEqual([]);
  });
  it('silent: a clause after it saying something else of them (an error: 96 of 86)', () => {
    expect(tableKeys('全年共收到申请86件，其中网上申请50件，当面申请36件；信函申请10件，已转交相关部门办理。')).toEqual([]);
  });
  it('twins: another way, bare or answered, still one more item', () => {
    expect(tableKeys('全年共收到申请86件，其中网上申请50件，当面申请36件；信函申请10件。')).toEqual(['text.parts-sum:error:96:86']);
    expect(tableKeys('全年共收到申请86件，其中网上申请50件，当面申请36件；信函申请10件，均已按时答复。')).toEqual(['text.parts-sum:error:96:86']);
    expect(tableKeys('全年共收到申请86件，其中网上申请50件，当面申请36件；传真申请10件。')).toEqual(['text.parts-sum:error:96:86']);
    expect(keys('全年共收到申请20件，其中网上申请10件，当面申请10件；信函申请4件。')).toEqual(['text.parts-sum:error:24:20']);
  });
});

describe('rt47 4: a joined 公开率 that is table 三\'s 予以公开 alone (disclosure-rate.ts)', () => {
  it('silent: 42 ÷ 88 beside "予以公开和部分公开53件" may be the rate of those granted in full (an error: 60.23 against 47.73)', () => {
    expect(tableKeys('全年办结申请88件，其中予以公开和部分公开53件，公开率47.73%。')).toEqual([]);
    expect(tableOutcomes('全年办结申请88件，其中予以公开和部分公开53件，公开率47.73%。', 'text.share')).toEqual(['skip']);
  });
  it('twins: a rate no base gives still flagged; the joined rate still a pass', () => {
    expect(tableKeys('全年办结申请88件，其中予以公开和部分公开53件，公开率70%。')).toEqual(['text.share:error:60:70']);
    expect(tableKeys('全年办结申请88件，其中予以公开和部分公开53件，公开率62.5%。')).toEqual(['text.share:error:60.2:62.5']);
    expect(tableOutcomes('全年办结申请88件，其中予以公开和部分公开53件，公开率60.23%。', 'text.share')).toEqual(['pass']);
  });
});

describe('rt47 5: a change after a 具体为 list (year-on-year.ts listWholeOf), held', () => {
  it('silent: the last item\'s own, other units, rates, respective changes', () => {
    for (const text of [
      '共受理依申请公开申请20件，具体为土地征收类12件，房屋征收类8件，其中3件比上年减少1件。',
      '共受理依申请公开申请20件，具体为土地征收类12件，房屋征收类8件，涉及申请人30人，比上年增加7人。',
      '共受理依申请公开申请20件，具体为土地征收类12件，房屋征收类8件，分别比上年增加2件、减少1件。',
      '全年主动公开信息300条，具体为政策文件120条，工作动态180条，其中图片信息60条，比上年减少10条。',
    ]) expect(keys(text), text).toEqual([]);
  });
  it('twins: wrong of the whole and of the last item', () => {
    expect(keys('共受理依申请公开申请20件，具体为土地征收类12件，房屋征收类8件；较上年的15件增加9件。')).toEqual(['text.change:error:7:9']);
  });
});
