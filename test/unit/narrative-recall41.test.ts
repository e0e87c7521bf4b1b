/**
 * Session recall41: the false errors rt40 left and session 40's misses (docs/testing.md "Red team of session 40's
 * readings", "Misses of the hunts, session 40", "Real prose, session 40"). Each sentence below is
 * self-written: a real sentence's shape with another body and other numbers. Each change passes where
 * the text adds up, fires where it is surely wrong, and stays silent (a skip, or nothing) where a careful
 * reader could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

/** Prose alone (a pre-2019 page, or one whose tables are pictures): 2016 unless told. */
const run = (text: string, figures: Record<string, number> = {}, year: number | null = 2016, agency = '汾河县人民政府') =>
  runProse(text.startsWith('<') ? text : `<p>${text}</p>`, figures, year, agency);
const keys = (text: string) => findingKeys(run(text));
/** The checks of one rule, with their outcome: "pass|40条+18条 = 58条". */
const checks = (rule: string, text: string, figures?: Record<string, number>, year?: number | null, agency?: string) =>
  run(text, figures, year, agency).checks.filter((c) => c.rule === rule).map((c) => `${c.outcome}|${c.detail}`);
const sums = (text: string) => checks('text.parts-sum', text);
const outcomes = (xs: string[]) => xs.map((x) => x.split('|')[0]);
/** A 部门's report against the bureau's tables (2024: 新收 86, 予以公开 42, 部分公开 11, 办结 88, 结转下年度 3). */
const BUREAU = '东湖市青溪区卫生健康局';
/** (under the heading of applications, as a report writes it: a result's sentence alone names no topic) */
const inApplications = (text: string) => `<p>（二）依申请公开</p><p>${text}</p>`;
const bureauKeys = (text: string) => findingKeys(run(inApplications(text), BUREAU_TABLES, 2024, BUREAU));
const bureauVs = (text: string) => checks('text.vs-table', inApplications(text), BUREAU_TABLES, 2024, BUREAU);

describe('recall41 A1: another department named as the subject in a 部门\'s report (body-part.ts)', () => {
  it('silent: another bureau, centre or hospital, a higher level, a government', () => {
    for (const t of [
      '区财政局予以公开10件。',
      '区教育局予以公开10件，部分公开2件。',
      '区民政局同意公开10件。',
      '2024年，区财政局予以公开10件。',
      '区医保局予以公开10件，部分公开2件，不予公开1件。',
      '区疾控中心予以公开10件。',
      '区人民医院予以公开10件。',
      '区财政局收到申请20件，办结20件。',
      '县人力社保局共收到申请62件。',
      '区市场监管局予以公开10件。',
      '市卫生健康局收到申请120件。',
      '市卫生健康委予以公开10件。',
      '区人民政府予以公开10件。',
    ]) {
      expect(bureauKeys(t)).toEqual([]);
      expect(bureauVs(t)).toEqual([]);
    }
  });
  it('the body itself, by its name or a short form of it, is still compared', () => {
    expect(bureauVs('区卫生健康局予以公开42件。')).toEqual(['pass|42件 = 表三“予以公开” 42']);
    expect(bureauVs('2024年，区卫健局予以公开42件，部分公开11件。').map((x) => x.split('|')[0])).toEqual(['pass', 'pass']);
    expect(bureauKeys('区卫健局予以公开40件。')).toEqual(['text.vs-table:error:42:40']);
    expect(bureauKeys('青溪区卫生健康局同意公开40件。')).toEqual(['text.vs-table:error:42:40']);
    expect(bureauKeys('卫健局收到申请80件。')).toEqual(['text.vs-table:error:86:80']);
    expect(bureauKeys('2024 年度我局共收到申请80件。')).toEqual(['text.vs-table:error:86:80']);
    expect(bureauKeys('我局予以公开40件。')).toEqual(['text.vs-table:error:42:40']);
  });
});

describe('recall41 A2: bodies under a count of information that may overlap (parts-nested.ts)', () => {
  it('silent: 本级 (or the 县级) beside its 部门/单位, over by no more than the units', () => {
    for (const t of [
      '主动公开信息总数1300条，其中本级800条、乡镇300条、部门300条。',
      '主动公开信息总数1300条，其中县本级800条、各乡镇300条、各部门300条。',
      '全县主动公开信息1300条，其中县本级800条，乡镇300条，县直单位250条。',
      '全县主动公开信息1300条，其中县级800条，乡镇300条，县直部门200条，村（社区）100条。',
    ]) expect(keys(t)).toEqual([]);
    expect(outcomes(sums('主动公开信息总数1300条，其中本级800条、乡镇300条、部门300条。'))).toEqual(['skip']);
  });
  it('twins: levels alone, no level beside the units, a closing 合计, an excess past the units, applications', () => {
    expect(keys('全县主动公开信息1300条，其中县级800条，乡镇级300条，村级300条。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('全县主动公开信息1300条，其中乡镇800条，县直部门300条，村（社区）300条。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('全县共主动公开信息1300条，其中县本级800条、乡镇（街道）300条、县直部门300条，合计1400条。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('全县主动公开信息1300条，其中县本级900条，乡镇300条，县直部门200条，村级300条。')).toEqual(['text.parts-sum:error:1700:1300']);
    // (the government by name beside its departments divides the whole, as hunt40 pins)
    expect(keys('全县主动公开信息1300条，其中县政府800条，乡镇300条，县直部门300条。')).toEqual(['text.parts-sum:error:1400:1300']);
    // (of applications 本级 is the government's own office: seed 004's shape stays an error)
    expect(keys('全区共收到申请45件，其中区政府本级17件，各街道办事处、区直各单位共38件。')).toEqual(['text.parts-sum:error:55:45']);
    expect(sums('全县主动公开信息1300条，其中县本级800条，乡镇300条，县直部门200条。')).toEqual(['pass|800条+300条+200条 = 1300条']);
  });
});

describe('recall41 A3: kinds of information that may hold one another with no shared word (parts-nested.ts)', () => {
  it('silent: the excess within the narrower kind', () => {
    for (const t of [
      '主动公开信息1300条，其中政策文件300条、规范性文件100条、工作动态1000条。',
      '主动公开信息1300条，其中政府文件300条、规范性文件100条、工作动态1000条。',
      '主动公开信息1300条，其中财政信息300条、预决算100条、工作动态1000条。',
      '主动公开信息1300条，其中财政预决算300条、三公经费100条、工作动态1000条。',
      '主动公开信息1300条，其中财政信息300条、部门预算100条、工作动态1000条。',
      '主动公开信息1300条，其中人事信息300条、招录信息100条、工作动态1000条。',
      '主动公开信息1300条，其中人事信息300条、公务员招考100条、工作动态950条。',
      '主动公开信息1300条，其中民生信息300条、教育信息100条、工作动态1000条。',
      '主动公开信息1300条，其中公示公告300条、招标信息100条、工作动态1000条。',
    ]) expect(keys(t)).toEqual([]);
  });
  it('twins: past the narrower kind, kinds that do not nest, closed by 合计, results and decisions', () => {
    expect(keys('主动公开信息1300条，其中政策文件300条、规范性文件100条、工作动态1050条。')).toEqual(['text.parts-sum:error:1450:1300']);
    expect(keys('主动公开信息1300条，其中财政信息300条、预决算100条、工作动态1100条。')).toEqual(['text.parts-sum:error:1500:1300']);
    expect(keys('主动公开信息1300条，其中规划计划300条、统计信息100条、工作动态1000条。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('主动公开信息1300条，其中机构职能300条、统计信息100条、工作动态1000条。')).toEqual(['text.parts-sum:error:1400:1300']);
    // (kinds that only share a word, 重点领域 over the rest, 执法/权力 over table 二's rows: lists that divide, as before)
    expect(keys('主动公开信息1300条，其中通知公告300条、公示公告100条、工作动态1000条。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('主动公开信息1300条，其中政策文件300条、政策解读100条、工作动态1000条。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('主动公开信息1300条，其中重点领域信息300条、教育信息100条、工作动态1000条。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('主动公开信息1300条，其中政策文件300条、规范性文件100条、工作动态1000条，合计1400条。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('全年办理行政决定1300件，其中行政许可1000件，行政处罚300件，行政强制100件。')).toEqual(['text.parts-sum:error:1400:1300']);
    expect(keys('全年答复申请48件，其中予以公开32件，部分公开5件，不予公开3件，信息不存在10件。')).toEqual(['text.parts-sum:error:50:48']);
    expect(sums('主动公开信息1300条，其中政策文件300条、规范性文件100条、工作动态900条。')).toEqual(['pass|300条+100条+900条 = 1300条']);
  });
});

describe('recall41 B4: 结转 with a Chinese count before 至YYYY年 (chinese-numerals.ts)', () => {
  it('pass, fire, silent', () => {
    expect(bureauVs('全年共收到申请86件，办结88件，结转三件至2025年办理。')).toContain('pass|三件 = 表三“结转下年度继续办理” 3');
    expect(bureauKeys('全年共收到申请86件，办结88件，结转两件至2025年办理。')).toEqual(['text.vs-table:error:3:2']);
    expect(bureauKeys('全年共收到申请86件，办结88件，结转两件至下年度继续办理。')).toEqual(['text.vs-table:error:3:2']);
    // into another year, or of proposals: no claim on table 三
    expect(bureauKeys('全年共收到申请86件，办结88件，结转两件至2026年办理。')).toEqual([]);
    expect(bureauKeys('全年共收到建议提案20件，办结18件，结转两件至2025年办理。')).toEqual([]);
    expect(bureauKeys('区财政局收到申请20件，办结20件，结转两件至2025年办理。')).toEqual([]);
  });
});

describe('recall41 B5: 受理申请合计N件 read as 共受理 is (already so; pinned)', () => {
  it('against table 三, in a list, in a flow', () => {
    expect(bureauVs('受理申请合计86件。')).toEqual(['pass|86件 = 表三“本年新收” 86']);
    expect(bureauKeys('受理申请合计80件。')).toEqual(['text.vs-table:error:86:80']);
    expect(keys('受理申请合计48件，其中网上申请30件、当面申请12件、信函申请8件。')).toEqual(['text.parts-sum:error:50:48']);
    expect(keys('全年受理申请合计50件，办结45件，结转下年度3件。')).toHaveLength(1);
    expect(keys('全年受理申请合计50件，办结47件，结转下年度3件。')).toEqual([]);
    // (a next-sentence total with another verb stays unread, rt40)
    expect(keys('全年收到网上申请36件，当面申请16件，信函申请8件。合计受理申请57件。')).toEqual([]);
  });
});

describe('recall41 B6: results after 办理结果为： written figure first or in quotes (results-after-whole.ts)', () => {
  it('pass where they add up, an error where they run over', () => {
    expect(sums('全年答复48件，办理结果为：32件予以公开，5件部分公开，3件不予公开，8件信息不存在。')).toEqual(['pass|32件+5件+3件+8件 = 48件']);
    expect(keys('全年答复48件，办理结果为：32件予以公开，5件部分公开，3件不予公开，10件信息不存在。')).toEqual(['text.parts-sum:error:50:48']);
    expect(keys('全年答复48件，办理结果为：32件予以公开、5件部分公开、3件不予公开、10件信息不存在。')).toEqual(['text.parts-sum:error:50:48']);
    expect(keys('全年共办结申请48件，办理结果如下：32件同意公开；5件部分公开；3件不予公开；10件信息不存在。')).toEqual(['text.parts-sum:error:50:48']);
    expect(keys('全年答复48件，办理结果为：“同意公开”32件，“部分公开”5件，“不予公开”3件，“信息不存在”10件。')).toEqual(['text.parts-sum:error:50:48']);
    expect(sums('全年答复48件，办理结果为：32件“予以公开”，5件“部分公开”，3件“不予公开”，8件“信息不存在”。')).toEqual(['pass|32件+5件+3件+8件 = 48件']);
  });
  it('silent: short, under a count received, another year, other work, several results for one application, a reason under its class', () => {
    for (const t of [
      '全年答复48件，办理结果为：30件予以公开，5件部分公开，3件不予公开。',
      '全年收到申请48件，办理结果为：32件予以公开，5件部分公开，3件不予公开，10件信息不存在。',
      '2015年答复45件，办理结果为：32件予以公开，5件部分公开，3件不予公开，10件信息不存在。',
      '全年共办理建议提案20件，办理结果为：12件已解决，10件正在解决。',
      '全年答复48件，办理结果为：32件予以公开，20件通过邮寄方式答复。',
      '全年答复48件，办理结果为：32件予以公开，10件部分公开，3件不予公开，8件信息不存在，部分申请涉及多种处理结果。',
      '全年答复48件，予以公开32件，部分公开10件，不予公开3件，信息不存在8件，部分申请涉及多种处理结果。',
      '全年答复48件，办理结果为：32件予以公开，5件部分公开，3件不予公开，8件非本机关掌握，2件信息不存在。',
      '全年答复48件，办理结果为：32件次予以公开，5件次部分公开，3件次不予公开，10件次信息不存在。',
    ]) expect(keys(t)).toEqual([]);
  });
});

describe('recall41 B7: a change said only by its verb, against its two figures (year-on-year.ts)', () => {
  it('pass, fire', () => {
    expect(checks('text.change', '全年受理申请由上年的45件下降为40件。')).toEqual(['pass|40件 − 45件 = -5件，正文 下降']);
    expect(keys('全年受理申请由上年的45件上升为40件。')[0]).toMatch(/^text\.change:error/);
    expect(keys('主动公开信息由上年的900条降至1200条。')[0]).toMatch(/^text\.change:error/);
    expect(keys('全年受理申请由上年的45件增长至45件。')[0]).toMatch(/^text\.change:error/);
    expect(keys('网站访问量由上年的5000次上升为4000次。')[0]).toMatch(/^text\.change:error/);
  });
  it('silent: a rank, a place, a time, a rate, another year, a round figure', () => {
    for (const t of [
      '全县政务公开考评排名由上年的第5名上升为第3名。',
      '全县政务公开考评排名由上年的12位上升为8位。',
      '政务公开考核名次由上年的15名提高到9名。',
      '政务公开考核等级由上年的3级上升为1级。',
      '办理时限由上年的15个工作日提高为10个工作日。',
      '差错率由上年的3个上升为1个。',
      '网上申请占比由上年的45%上升为40%。',
      '全年受理申请由2014年的45件上升为40件。',
      '全年受理申请由上年的45件上升为2017年的40件。',
      '全年受理申请由上年的45件上升为40件左右。',
      '全年受理申请由上年的45余件上升为40余件。',
    ]) expect(keys(t)).toEqual([]);
  });
});

describe('recall41 B8: shares of results with no counts, against 100% where the list is closed (share-totals.ts)', () => {
  it('pass where they may total 100%, an error where a closed list does not', () => {
    expect(outcomes(checks('text.share', '已全部答复，其中予以公开占60%，部分公开占25%，不予公开占15%。'))).toEqual(['pass']);
    expect(outcomes(checks('text.share', '办理结果中，予以公开占50.0%，部分公开占10.1%，不予公开占5.2%，无法提供占24.9%，不予处理占7.9%，其他处理占1.9%。'))).toEqual(['pass']);
    expect(keys('已全部答复，其中同意公开占66.7%，部分公开占10.4%，不予公开占6.2%，其他占20.7%。')).toEqual(['text.share:error:100:104']);
    expect(keys('办理结果中，予以公开占50%，部分公开占10%，不予公开占5%，无法提供占20%，不予处理占8%，其他处理占2%。')).toEqual(['text.share:error:100:95']);
  });
  it('silent: a list not closed, a breakdown after 其中, a named base, 约/左右, another year', () => {
    for (const t of [
      '已全部答复，其中同意公开占66.7%，部分公开占10.4%，不予公开占6.3%，信息不存在占20.7%。',
      '其中予以公开占60%，部分公开占25%，不予公开占10%。',
      '办理结果中，予以公开占50%，部分公开占10%，不予公开占5%，无法提供占25%，其中信息不存在占20%，不予处理占8%，其他处理占2%。',
      '办理结果中，予以公开占受理总数的50%，部分公开占10%，不予公开占5%，无法提供占20%，不予处理占8%，其他处理占2%。',
      '予以公开约占60%，部分公开约占25%，其他约占10%。',
      '网上申请约占60%，当面申请约占25%，其他渠道约占10%。',
      '予以公开占60%左右，部分公开占25%，其他占10%。',
      '2015年予以公开占60%，部分公开占25%，其他占5%。',
      '行政复议维持占60%，纠正占25%，其他占10%。',
    ]) expect(keys(t)).toEqual([]);
  });
});

describe('recall41 B9: channels right after the count received, with no 其中 (channels-after-whole.ts)', () => {
  it('pass, over an error, short and closed by 其他 an error', () => {
    expect(sums('全年共受理申请48件，网上申请30件，当面申请12件，信函申请6件。')).toEqual(['pass|30件+12件+6件 = 48件']);
    expect(keys('全年共受理申请48件，网上申请30件，当面申请12件，信函申请8件。')).toEqual(['text.parts-sum:error:50:48']);
    expect(keys('全年合计受理申请48件，网上申请30件，当面申请12件，信函申请8件。')).toEqual(['text.parts-sum:error:50:48']);
    expect(keys('全年共收到申请48件，通过网络申请30件，当面提交12件，其他方式4件。')).toEqual(['text.parts-sum:error:46:48']);
    expect(keys('全年共受理申请48件，网上申请30件，当面申请20件，办结48件。')).toEqual(['text.parts-sum:error:50:48']);
  });
  it('silent: short, carried in, 分别, answers, another year, other work, counted in 件次, overlapping', () => {
    for (const t of [
      '全年共受理申请48件，网上申请30件，当面申请12件。',
      '全年共受理申请48件，上年结转2件，网上申请30件，当面申请12件，信函申请8件。',
      '全年共受理申请48件（不含上年结转2件），网上申请30件，当面申请12件，信函申请8件。',
      '全年新收申请48件，上年度结转2件，网上申请30件，当面申请12件，信函申请8件。',
      '全年共受理申请48件，网上申请、当面申请、信函申请分别为30件、12件、8件。',
      '全年共受理申请48件，网上答复30件，当面答复12件，邮寄答复8件。',
      '全年共受理申请48件，办结46件，网上申请30件，当面申请12件，信函申请8件。',
      '2015年共受理申请48件，网上申请30件，当面申请12件，信函申请8件。',
      '全年共受理申请48件，网上申请30件次，当面申请12件次，信函申请8件次。',
      '全年共受理行政复议48件，网上申请30件，当面申请12件，信函申请8件。',
      '全年共受理建议提案48件，网上提交30件，当面提交12件，信函提交8件。',
      '全年共受理申请48件；网上申请30件，当面申请12件，信函申请8件，均已按期答复。',
      '全年共受理申请48件，网上申请30件，当面申请12件，信函申请8件，部分申请通过多种渠道重复提交。',
      '全年共受理申请48件，网上申请30件，当面申请12件，信函申请8件，其中2件同时通过网上和信函提交。',
      '全年共受理申请48件，自然人申请40件，法人申请10件。',
    ]) expect(keys(t)).toEqual([]);
  });
});
