/**
 * Misses and false errors hunt44 and rt45 left (recall46). Each shape is kept as self-written sentences (other
 * bodies, other numbers): the sentences a careful reader finds true or claiming nothing stay silent (15 look-alikes
 * at least for each reading), and their twins, the same shape really wrong, are flagged.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88, 结转下年度 3; 予以公开 42, 部分公开 11). */
const onTables = (text: string) => runProse(`<p>（二）依申请公开情况</p>${word(text)}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
/** Prose alone (a pre-2019 page): 2016. */
const prose = (text: string) => runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府');
const run = (mode: 'T' | 'P', text: string) => (mode === 'T' ? onTables(text) : prose(text));
const keys = (mode: 'T' | 'P', text: string) => findingKeys(run(mode, text));
const outcomes = (mode: 'T' | 'P', text: string, rule: string) => run(mode, text).checks.filter((c) => c.rule === rule).map((c) => c.outcome);

describe('recall46 A: 另收到 beside the year\'s whole: a count added on, no row of table 三 (text-vs-table.ts ADDED_BESIDE)', () => {
  // (on main: 3件申请结转至2022年办理，另收到1件2022年的申请… was compared with 新收 86)
  it('silent: true sentences and look-alikes that claim nothing wrong', () => {
    for (const [mode, t] of [
      ['T', '3件申请结转至2022年办理，另收到1件2022年的申请，延期至2022年答复。'],
      ['T', '全年收到申请86件，另收到1件咨询，已转交相关部门。'],
      ['T', '全年新收申请86件，另收到2件信访件，已转信访部门办理。'],
      ['T', '3件申请结转至2022年办理，另外收到1件申请，延期至2022年答复。'],
      ['T', '全年新收申请86件，另受理1件跨年申请，延期至2022年答复。'],
      ['T', '全年新收申请86件，此外收到2件建议，已按程序办理。'],
      ['T', '本年度共收到申请86件，另收到匿名来信3件。'],
      ['T', '全年收到申请86件，另收到2022年1月的申请4件。'],
      ['T', '全年新收申请86件，还收到5件咨询。'],
      ['T', '全年新收申请86件，另接收转办件2件。'],
      ['T', '全年新收申请86件，另外接到4件电话咨询。'],
      ['T', '另收到1件申请，因申请人补正材料，延期至2022年答复。'],
      ['T', '全年共收到申请86件，另收到撤回申请2件。'],
      ['T', '全年新收申请86件，另又收到1件申请，延期至2022年答复。'],
      ['T', '全年收到申请86件，上年结转5件，另收到1件重复申请。'],
      ['T', '全年收到申请86件，另收到1件咨询，已转交相关部门。'],
      ['T', '全年新收申请86件，上年结转5件，另收到1件咨询。'],
    ] as const) expect(keys(mode, t), t).toEqual([]);
  });
  it('twins: the same shape really wrong, flagged', () => {
    for (const [mode, t, k] of [
      ['T', '全年收到申请87件，另收到1件咨询，已转交相关部门。', ['text.vs-table:error:86:87']],
      ['T', '全年收到申请80件，另收到6件申请，延期至2022年答复。', ['text.vs-table:error:86:80']],
      ['T', '全年新收申请84件，上年结转5件，另收到1件咨询。', ['text.vs-table:error:86:84']],
    ] as const) expect(keys(mode, t), t).toEqual(k);
  });
  it('the reading: its outcomes', () => {
    expect(outcomes('T', '全年收到申请86件，另收到1件咨询，已转交相关部门。', 'text.vs-table')).toEqual(['pass']);
    expect(outcomes('T', '全年新收申请86件，上年结转5件，另收到1件咨询。', 'text.vs-table')).toEqual(['pass', 'pass']);
  });
});

describe('recall46 B: a change after a list\'s last item, the list led by 具体为/分别为/包括/主要为: read of the list\'s whole too (year-on-year.ts listWholeOf)', () => {
  // (on main: …土地出让类3件，比上年的7件增加2件 was read of the 3)
  it('silent: true sentences and look-alikes that claim nothing wrong', () => {
    for (const [mode, t] of [
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，比上年的7件增加2件。'],
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，较上年的12件减少3件。'],
      ['P', '共受理依申请公开申请9件，分别为土地征收类6件，土地出让类3件，比上年的7件增加2件。'],
      ['P', '共受理依申请公开申请9件，包括土地征收类6件，土地出让类3件，比上年的7件增加2件。'],
      ['P', '共受理依申请公开申请9件，主要为土地征收类6件，土地出让类3件，比上年的7件增加2件。'],
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，比上年的2件增加1件。'],
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，同比增加2件。'],
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，涉及申请人12人。'],
      ['P', '共受理依申请公开申请12件，具体为土地征收类8件，房屋征收类4件，比上年的10件增加2件。'],
      ['P', '共受理依申请公开申请12件，具体为土地征收类8件，房屋征收类4件，比上年的5件减少1件。'],
      ['P', '共受理依申请公开申请12件，具体为土地征收类8件，房屋征收类4件，比上年的15件减少3件。'],
      ['P', '共受理依申请公开申请20件，具体为土地征收类12件，房屋征收类5件，其他3件，比上年的18件增加2件。'],
      ['P', '共受理依申请公开申请20件，具体为土地征收类12件、房屋征收类5件、其他3件，比上年的18件增加2件。'],
      ['P', '共受理依申请公开申请9件，具体为：土地征收类6件，土地出让类3件，比上年的7件增加2件。'],
      ['P', '共受理依申请公开申请9件，其中土地征收类6件，土地出让类3件，比上年的7件增加2件。'],
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，比上年的7件增长28.6%。'],
    ] as const) expect(keys(mode, t), t).toEqual([]);
  });
  it('twins: the same shape really wrong, flagged', () => {
    for (const [mode, t, k] of [
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，比上年的7件增加5件。', ['text.change:error:4:5']],
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，比上年的7件减少2件。', ['text.change:error:2:2']],
      ['P', '共受理依申请公开申请12件，具体为土地征收类8件，房屋征收类4件，比上年的10件增加4件。', ['text.change:error:6:4']],
      ['P', '共受理依申请公开申请9件，分别为土地征收类6件，土地出让类3件，比上年的7件增加3件。', ['text.change:error:4:3']],
      ['P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，比上年的7件增长50%。', ['text.change:error:57:50']],
      ['P', '共受理依申请公开申请9件，比上年的7件增加3件。', ['text.change:error:2:3']],
    ] as const) expect(keys(mode, t), t).toEqual(k);
  });
  it('the reading: its outcomes', () => {
    expect(outcomes('P', '共受理依申请公开申请9件，具体为土地征收类6件，土地出让类3件，比上年的7件增加2件。', 'text.change')).toEqual(['pass']);
    expect(outcomes('P', '共受理依申请公开申请12件，具体为土地征收类8件，房屋征收类4件，比上年的15件减少3件。', 'text.change')).toEqual(['pass']);
  });
});

describe('recall46 C: 截至发稿时 before a verb-first carried count: open when the report was written (carried-after.ts writtenLater)', () => {
  // (on main: 截至发稿时，结转下年度4件… was compared with table 三's 3)
  it('silent: true sentences and look-alikes that claim nothing wrong', () => {
    for (const [mode, t] of [
      ['T', '截至发稿时，结转下年度4件，另有1件正在办理中。'],
      ['T', '截至目前，结转下年度4件，另有1件正在办理中。'],
      ['T', '截至发稿时，结转下年度的申请4件，另有1件正在办理中。'],
      ['T', '截至发稿时，结转下年度2件。'],
      ['T', '截至报告编制时，结转下年度1件。'],
      ['T', '截至目前，结转至2022年办理的申请还有2件。'],
      ['T', '截至发稿时，结转下年度4件。'],
      ['T', '截至12月31日，结转下年度3件。'],
      ['T', '截至2021年12月31日，结转下年度3件。'],
      ['T', '结转下年度2件，另有1件正在办理中。'],
      ['T', '截至目前，结转下年度3件。'],
      ['T', '截至发稿时，结转下年度5件，均在办理中。'],
      ['T', '截至本报告发布时，结转下年度4件。'],
      ['T', '截止发稿，结转下年度4件，另有1件正在办理中。'],
      ['T', '截至发稿时，结转至下一年度4件。'],
      ['T', '截至报告编制时，结转下年度继续办理4件。'],
      ['T', '目前结转下年度4件。'],
      ['T', '截至发稿时，全年结转下年度4件。'],
    ] as const) expect(keys(mode, t), t).toEqual([]);
  });
  it('twins: the same shape really wrong, flagged', () => {
    for (const [mode, t, k] of [
      ['T', '截至2021年12月31日，结转下年度4件。', ['text.vs-table:error:3:4']],
      ['T', '截至年底，结转下年度4件。', ['text.vs-table:error:3:4']],
      ['T', '全年办结88件，结转下年度4件。', ['text.vs-table:error:3:4']],
      ['T', '结转下年度4件，另有1件正在办理中。', ['text.vs-table:error:3:4']],
    ] as const) expect(keys(mode, t), t).toEqual(k);
  });
  it('the reading: its outcomes', () => {
    expect(outcomes('T', '截至2021年12月31日，结转下年度3件。', 'text.vs-table')).toEqual(['pass']);
    expect(outcomes('T', '截至发稿时，结转下年度4件。', 'text.vs-table')).toEqual([]);
  });
});

describe('recall46 D: 另 after any clause naming 结转下年度 (a change, another counter, 继续办理): the count after it one part of those carried (carried-after.ts CARRIED_BEFORE_VERB_FIRST)', () => {
  // (on main: 结转下年度同比减少4件，另有1件正在办理中: the 1 was compared alone with table 三's 3)
  it('silent: true sentences and look-alikes that claim nothing wrong', () => {
    for (const [mode, t] of [
      ['T', '全年办结88件，结转下年度同比减少4件，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度4人次，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度同比增加2件，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度比上年减少4件，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度较上年少2件，另有2件正在办理中。'],
      ['T', '全年办结88件，结转下年度申请人4人，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度2人次，另有1件尚在办理期限内。'],
      ['T', '全年办结88件，结转下年度同比减少4件，另有2件正在办理中。'],
      ['T', '全年办结88件，结转下年度同比持平，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度占3.3%，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度同比下降50%，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度继续办理2件，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度涉及申请人4人，另有3件正在办理中。'],
      ['T', '全年办结88件，结转下年度同比减少4件，另有3件正在办理中。'],
      ['T', '全年办结88件，结转下年度与上年持平，另有1件正在办理中。'],
      ['T', '全年办结88件，结转下年度占比3.3%，另有2件尚在办理期限内。'],
    ] as const) expect(keys(mode, t), t).toEqual([]);
  });
  it('twins: the same shape really wrong, flagged', () => {
    for (const [mode, t, k] of [
      ['T', '全年办结88件，另有1件正在办理中。', ['text.vs-table:error:3:1']],
      // (recall49: twins with 另有5件正在办理中 / 另有4件正在办理中 here are silent now — a count only said to be still open
      // beside one carried is never read, as recall48 left "结转下年度2件，另有2件正在办理中": 正在办理中 is said when the
      // report is written and may count applications that came in after the year's end; the same shape carried is still read)
      ['T', '全年办结88件，结转下年度同比减少4件，另有5件延期至次年答复。', ['text.vs-table:error:3:5']],
      ['T', '全年办结88件，结转下年度4人次，另有4件延期至次年答复。', ['text.vs-table:error:3:4']],
    ] as const) expect(keys(mode, t), t).toEqual(k);
    expect(keys('T', '全年办结88件，结转下年度同比减少4件，另有5件正在办理中。')).toEqual([]);
    expect(keys('T', '全年办结88件，结转下年度4人次，另有4件正在办理中。')).toEqual([]);
  });
  it('the reading: its outcomes', () => {
    expect(outcomes('T', '全年办结88件，结转下年度同比减少4件，另有1件正在办理中。', 'text.vs-table')).toEqual([]);
    expect(outcomes('T', '全年办结88件，结转下年度同比减少4件，另有5件延期至次年答复。', 'text.vs-table')).toEqual(['fail']);
    expect(outcomes('T', '全年办结88件，结转下年度同比减少4件，另有5件正在办理中。', 'text.vs-table')).toEqual([]);
  });
});

describe('recall46 E: 顺延答复 under 办结: answered after the time was extended, one of those closed (parts-sum.ts ANSWERED_LATE, qizhong-carried.ts)', () => {
  // (on main: 全年办结88件，其中按期答复80件，顺延答复9件 (89 against 88) was a skip: the bare 顺延 ended the list)
  it('silent: true sentences and look-alikes that claim nothing wrong', () => {
    for (const [mode, t] of [
      ['P', '全年办结60件，其中按期答复50件，顺延答复9件。'],
      ['P', '全年办结60件，其中按期答复50件，顺延答复10件。'],
      ['P', '全年办结60件，其中按期答复51件，顺延答复9件。'],
      ['P', '全年办结60件，其中按期答复50件，顺延答复10件，另有3件结转下年度。'],
      ['P', '全年办结60件，其中按期答复57件，顺延至下一年度答复3件。'],
      ['P', '全年办结60件，其中按期答复57件，顺延至2017年答复3件。'],
      ['P', '全年办结60件，其中按期答复50件，顺延答复10件，顺延至下一年度3件。'],
      ['P', '全年办结60件，其中按期答复57件，顺延3件。'],
      ['P', '全年办结60件，其中按期答复57件，顺延办理3件。'],
      ['P', '全年办结60件，其中予以公开50件，不予公开7件，顺延下年答复3件。'],
      ['P', '全年办结60件，其中按期答复50件，经批准顺延答复10件。'],
      ['P', '全年办结60件，其中按期答复50件，依法延期答复10件。'],
      ['P', '全年办结60件，其中按期答复50件，顺延答复10件（均在延长期限内）。'],
      ['P', '全年受理63件，办结60件，其中按期答复50件，顺延答复10件，结转下年度3件。'],
      ['P', '全年办结60件，其中按期答复57件，顺延答复3件结转至下一年度。'],
      ['P', '全年办结60件，其中按期答复57件，3件顺延答复至2017年。'],
    ] as const) expect(keys(mode, t), t).toEqual([]);
  });
  it('twins: the same shape really wrong, flagged', () => {
    for (const [mode, t, k] of [
      ['T', '全年办结88件，其中按期答复80件，顺延答复9件。', ['text.parts-sum:error:89:88']],
      ['T', '全年办结88件，其中按期答复80件，顺延答复9件，另有3件结转下年度。', ['text.parts-sum:error:89:88']],
      ['P', '全年办结60件，其中按期答复50件，顺延答复11件。', ['text.parts-sum:error:61:60']],
      ['P', '全年办结60件，其中按时答复50件，延期答复11件。', ['text.parts-sum:error:61:60']],
      ['P', '全年办结60件，其中按期答复50件，依法顺延答复11件。', ['text.parts-sum:error:61:60']],
    ] as const) expect(keys(mode, t), t).toEqual(k);
  });
  it('the reading: its outcomes', () => {
    expect(outcomes('P', '全年办结60件，其中按期答复50件，顺延答复10件。', 'text.parts-sum')).toEqual(['pass']);
  });
});

describe('recall46 F: 公开率 after 予以公开或部分公开 named as one count (disclosure-rate.ts GRANTED_JOINED; hunt44 left it)', () => {
  // (on main: 其中同意公开或部分公开共81件，公开率为30.80% was not read)
  it('silent: true sentences and look-alikes that claim nothing wrong', () => {
    for (const [mode, t] of [
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为60.23%。'],
      ['T', '全年办结88件，其中同意公开或部分公开共53件，公开率为60.23%。'],
      ['T', '全年办结88件，其中予以公开和部分公开53件，公开率60.2%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为61.63%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为58.24%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为67.09%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为60%。'],
      ['T', '全年办结88件，其中予以公开42件，公开率为60.23%。'],
      ['T', '全年办结88件，其中予以公开42件，公开率为47.73%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，占60.23%。'],
      ['T', '全年办结88件，其中予以公开及部分公开的申请共53件，公开率为60.23%。'],
      ['T', '全年办结88件，予以公开和部分公开53件，公开率为60.23%。'],
      ['T', '全年收到86件，其中予以公开或部分公开共53件，公开率为61.63%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为60.23%，同比提高5个百分点。'],
      ['T', '全年办结88件，其中不予公开或部分公开共17件，公开率为60.23%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件；公开率为60.23%。'],
      ['P', '全年办结60件，其中予以公开或部分公开共30件，公开率为50%。'],
      ['P', '全年办结60件，其中予以公开或部分公开共30件，公开率为55%。'],
      ['P', '全年办结60件，其中予以公开或部分公开共30件，公开率为50.00%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为100%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为89.83%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为67.09%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为63.86%。'],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为84.13%。'],
    ] as const) expect(keys(mode, t), t).toEqual([]);
  });
  it('twins: the same shape really wrong, flagged', () => {
    for (const [mode, t, k] of [
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为62.23%。', ['text.share:error:60.23:62.23']],
      ['T', '全年办结88件，其中同意公开或部分公开共53件，公开率为70.23%。', ['text.share:error:60.23:70.23']],
      ['T', '全年办结88件，其中予以公开和部分公开53件，公开率65%。', ['text.share:error:60:65']],
      ['T', '全年办结88件，其中予以公开或部分公开共53件，公开率为91.38%。', ['text.share:error:60.23:91.38']],
    ] as const) expect(keys(mode, t), t).toEqual(k);
  });
  it('the reading: its outcomes', () => {
    expect(outcomes('T', '全年办结88件，其中予以公开或部分公开共53件，公开率为60.23%。', 'text.share')).toEqual(['pass']);
    expect(outcomes('T', '全年办结88件，其中予以公开或部分公开共53件，公开率为100%。', 'text.share')).toEqual(['skip']);
  });
});

describe('recall46 G: a number printed without its unit between a count and a share: the share is not the count\'s (shares.ts shareSubject)', () => {
  // (on main: 予以公开900件，部分公开67，占4.61% was flagged as 900 ÷ 1453)
  it('silent: true sentences and look-alikes that claim nothing wrong', () => {
    for (const [mode, t] of [
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67，占4.61%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67,占4.61%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67，占4.6%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67，占5%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67，占比4.61%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67，约占4.61%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67，占总数的4.61%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67，占4.61%，不予公开81件。'],
      ['P', '全年共收到申请200件，其中网络申请150件，信函申请30，占15%。'],
      ['P', '全年共收到申请200件，其中网络申请150件，信函申请30，占25%。'],
      ['P', '全年主动公开信息500条，其中政策文件300条，政策解读50，占10%。'],
      ['P', '全年主动公开信息500条，其中政策文件300条，政策解读50，占20%。'],
      ['P', '全年共收到申请200件，其中网络申请150件，信函申请30，占15%，当面申请20件，占10%。'],
      ['P', '全年共收到申请200件，其中自然人申请150件，法人或其他组织50，占25%。'],
      ['P', '全年共收到申请200件，其中自然人申请150件，法人或其他组织50，占30%。'],
      ['P', '全年共收到申请200件，网络申请150件，信函申请30，占15%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，部分公开67，占全部申请的4.61%。'],
      ['P', '全年共收到申请1453件，其中予以公开900件，占61.94%，部分公开67件，占4.61%。'],
      ['P', '全年共收到申请200件，其中网络申请150件，占75%，信函申请30件，占15%。'],
    ] as const) expect(keys(mode, t), t).toEqual([]);
  });
  it('twins: the same shape really wrong, flagged', () => {
    for (const [mode, t, k] of [
      ['P', '全年共收到申请1453件，其中予以公开900件，占61.94%，部分公开67件，占5.61%。', ['text.share:error:4.61:5.61']],
      ['P', '全年共收到申请200件，其中网络申请150件，占70%，信函申请30件，占15%。', ['text.share:error:75:70']],
      ['P', '全年共收到申请200件，其中网络申请150件，信函申请30件，占25%。', ['text.share:error:15:25']],
      ['P', '全年主动公开信息500条，其中政策文件300条，政策解读50条，占20%。', ['text.share:error:10:20']],
    ] as const) expect(keys(mode, t), t).toEqual(k);
  });
  it('the reading: its outcomes', () => {
    expect(outcomes('P', '全年共收到申请1453件，其中予以公开900件，占61.94%，部分公开67件，占4.61%。', 'text.share')).toEqual(['pass', 'pass']);
    expect(outcomes('P', '全年共收到申请1453件，其中予以公开900件，部分公开67，占4.61%。', 'text.share')).toEqual([]);
  });
});

describe('recall46 H: a list the text says repeats itself (部分信息多渠道重复发布): a sum over the whole is no error (parts-judge.ts SAYS_REPEATED)', () => {
  // (on main: …1600条，微信发布300条，其他200条（部分信息多渠道重复发布） of 2000 was an error)
  it('silent: true sentences and look-alikes that claim nothing wrong', () => {
    for (const [mode, t] of [
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条（部分信息多渠道重复发布）。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条，部分信息重复发布。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600余条，微信发布300条，其他200条，部分信息多渠道重复发布。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条，存在重复统计。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条（同一信息多渠道发布）。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，微博发布200条，部分信息重复计算。'],
      ['P', '全年主动公开信息2000条，其中网站发布1500条，微信发布300条，其他200条，部分信息重复发布。'],
      ['P', '全年主动公开信息2000条，其中网站发布1500条，微信发布300条，其他200条。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600余条，微信发布300条，其他200条。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600余条，微信发布300条，其他100条。'],
      ['P', '全年主动公开信息66551条，其中，市本级公开政府信息31339余条，县区公开政府信息35212条。'],
      ['P', '全年主动公开政府信息22000余条，其中，通过门户网站公开7600余条，通过政务微博公开4500余条，通过政务微信公开1600余条，通过APP公开8500余条。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条，部分信息交叉发布。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条，部分信息重复公开。'],
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条，部分信息多渠道同步发布。'],
    ] as const) expect(keys(mode, t), t).toEqual([]);
  });
  it('twins: the same shape really wrong, flagged', () => {
    for (const [mode, t, k] of [
      ['P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条，均未重复。', ['text.parts-sum:error:2100:2000']],
      ['P', '全年共收到申请200件，其中网上申请150件，信函申请40件，当面申请20件。', ['text.parts-sum:error:210:200']],
      ['P', '全年主动公开信息2000条，其中政策文件1600条，政策解读300条，其他200条，均已及时发布。', ['text.parts-sum:error:2100:2000']],
    ] as const) expect(keys(mode, t), t).toEqual(k);
  });
  it('the reading: its outcomes', () => {
    expect(outcomes('P', '全年主动公开信息2000条，其中网站发布1600条，微信发布300条，其他200条，部分信息重复发布。', 'text.parts-sum')).toEqual(['skip']);
    expect(outcomes('P', '全年主动公开信息2000条，其中网站发布1500条，微信发布300条，其他200条，部分信息重复发布。', 'text.parts-sum')).toEqual(['pass']);
  });
});
