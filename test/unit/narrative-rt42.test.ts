/**
 * Red team rt42: recall41's readings (a change said only by its direction, shares of results with no
 * counts, channels right after the count received, results after "办理结果为：" written figure first,
 * 结转 in Chinese numerals, nesting items of information and another body's subject) and rt41's
 * results after a count that fits no whole, probed with sentences true of the page in the other ways
 * reports write them, and with look-alikes that claim something else. Each false flag found is kept
 * here as a self-written sentence of its shape (another body, other numbers), with its twin, the same
 * shape really wrong, still flagged.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88 — 予以公开 42, 部分公开 11, 不予公开 6, 无法提供 20 —, 结转下年度 3). */
const onTables = (paras: string[]) => runProse(paras.map(word).join(''), BUREAU_TABLES, 2021, '青溪区卫生健康局');
const tableKeys = (...paras: string[]) => findingKeys(onTables(paras));

/** Prose alone (a pre-2019 page): 2016. */
const prose = (text: string) => runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府');
const keys = (text: string) => findingKeys(prose(text));
const outcomesOf = (text: string, rule: string) => prose(text).checks.filter((c) => c.rule === rule).map((c) => c.outcome);

describe('rt42 1: shares with no counts totalling 100% (share-totals.ts)', () => {
  it('silent: an item of another year beside this year\'s, or words after the list saying the items overlap', () => {
    for (const t of [
      '本年度网上申请占70%，上年网上申请占60%，其他渠道占30%。',
      '网上申请占65%，去年网上申请占55%，其他渠道占35%。',
      '网上申请占70%，当面申请占25%，其他渠道占15%，部分申请通过多种渠道重复提交。',
      '网上申请占70%，当面申请占25%，其他渠道占15%，同一申请人以不同方式重复提交的均已计入。',
    ]) expect(keys(t)).toEqual([]);
  });
  it('twins: a closed list of one year short of 100% with nothing said of overlap, still an error', () => {
    expect(keys('从申请渠道看，网上申请占70%，当面申请占20%，其他渠道占5%。')).toEqual(['text.share:error:100:95']);
    expect(keys('网上申请占70%，当面申请占25%，其他渠道占15%。')).toEqual(['text.share:error:100:110']);
    expect(keys('予以公开占比60%，部分公开占比20%，其他占比15%。')).toEqual(['text.share:error:100:95']);
  });
});

describe('rt42 2: channels right after the count received (channels-after-whole.ts)', () => {
  it('silent: channels of another year, consultations and handling, ways of the internet beside it, 书面 beside 当面', () => {
    for (const t of [
      '全年共收到申请86件，上年网上申请50件，当面申请40件。',
      '2021年共收到申请86件，2020年网上申请50件，当面申请40件。',
      '全年共收到申请86件，网上申请50件，当面申请36件，上年同期网上申请35件，当面申请30件。',
      '全年共收到申请86件，网上申请60件，网上咨询30件。',
      '全年共收到申请86件，网上申请50件，当面申请36件，现场接待咨询30件。',
      '全年共收到申请86件，网上申请50件，当面申请36件，网上留言咨询30件。',
      '全年共受理申请86件，网上办理60件，当面办理30件。',
      '全年共收到申请86件，网络申请60件，电子邮件申请20件，信函申请10件。',
      '全年共收到申请86件，网上申请50件，当面申请26件，书面申请30件。',
      '全年共收到申请86件，网上申请60件，当面申请20件，信函申请10件，有4件为同一申请人以不同方式提交。',
    ]) expect(tableKeys(t)).toEqual([]);
  });
  it('twins: this year\'s channels over the whole, the whole named 政府信息公开申请 too, still an error', () => {
    expect(tableKeys('全年共收到申请86件，网上申请60件，当面申请30件，上年同期网上申请35件。')).toEqual(['text.parts-sum:error:90:86']);
    expect(tableKeys('全年共收到政府信息公开申请86件，网上申请60件，当面申请20件，信函申请10件。')).toEqual(['text.parts-sum:error:90:86']);
    expect(tableKeys('全年共收到申请86件，网上申请60件，邮寄申请20件，当面申请10件。')).toEqual(['text.parts-sum:error:90:86']);
    expect(tableKeys('全年共收到申请86件，当面申请26件，网上申请65件，其中电子邮件10件。')).toEqual(['text.parts-sum:error:91:86']);
    // (items that may hold one another, but an excess past the items counted twice)
    expect(tableKeys('全年共收到申请86件，网上申请60件，当面申请20件，书面申请30件。')).toEqual(['text.parts-sum:error:110:86']);
    expect(tableKeys('全年共收到申请86件，网络申请60件，电子邮件申请5件，信函申请30件。')).toEqual(['text.parts-sum:error:95:86']);
  });
});

describe('rt42 3: results after their whole, words after them saying one application has several (results-after-whole.ts SEVERAL_RESULTS)', () => {
  const list = '全年共办结申请50件，办理结果为：30件同意公开，8件部分公开，10件不予公开，4件不予处理';
  it('silent: the caveat in other words, or opening the next sentence', () => {
    for (const t of [
      `${list}（部分申请涉及多项答复）。`,
      `${list}，有2件申请分项作出答复。`,
      `${list}，其中2件申请同时作出两种答复。`,
      `${list}，个别申请含多个事项，按事项分别答复。`,
      `${list}，一件申请可能对应多种答复。`,
      `${list}，按答复事项统计。`,
      `${list}，有的申请一并作出多项答复。`,
      `${list}，2件申请既部分公开又不予处理。`,
      `${list}（以上按答复件次统计）。`,
      `${list}。部分申请涉及多种处理结果。`,
    ]) {
      expect(keys(t)).toEqual([]);
      expect(outcomesOf(t, 'text.parts-sum')).toEqual(['skip']);
    }
  });
  it('twins: nothing said, a reason of one result, or another year after it, still an error', () => {
    expect(keys(`${list}。`)).toEqual(['text.parts-sum:error:52:50']);
    expect(keys(`${list}，其中重复申请4件。`)).toEqual(['text.parts-sum:error:52:50']);
    expect(keys(`${list}，上年为40件。`)).toEqual(['text.parts-sum:error:52:50']);
    expect(keys(`${list}。全年未收取信息处理费。`)).toEqual(['text.parts-sum:error:52:50']);
  });
});

describe('rt42 4: a carried count that is one reason\'s part (carried-after.ts ANOTHER_CARRIED, CARRIED_BEFORE)', () => {
  it('silent: "2件因…结转至2022年办理，另1件因补正结转", in Arabic or Chinese numerals', () => {
    for (const t of [
      '全年办结申请88件，2件申请因征求第三方意见结转至2022年办理，另1件因补正结转。',
      '全年办结申请88件，两件申请因征求第三方意见结转至2022年办理，另一件因补正结转。',
      '全年办结申请88件，两件申请因征求第三方意见结转至2022年办理，一件因需补正结转至2022年办理。',
      '全年办结申请88件，2件申请因征求第三方意见结转至2022年办理，另1件因补正延期至2022年1月答复。',
    ]) expect(tableKeys(t)).toEqual([]);
  });
  it('twins: the carried count alone, or beside another that is no carried one, still compared', () => {
    expect(tableKeys('全年办结申请88件，另有两件申请结转至2022年继续办理。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys('全年办结申请88件，另有2件申请结转至2022年继续办理，另有1件申请人撤回。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys('全年办结申请88件，结转两件至2022年办理。')).toEqual(['text.vs-table:error:3:2']);
  });
});

describe('rt42 5: a 所 or 大队 of the body\'s trade named as subject (body-part.ts NAMED_DEPARTMENT)', () => {
  const before = '全年共收到政府信息公开申请86件，上年结转5件，办结88件，结转下年度3件。';
  it('silent: "区卫生监督所…", "区卫生健康执法大队…" in a 卫生健康局\'s report', () => {
    for (const t of ['区卫生监督所收到申请10件，予以公开6件，无法提供4件。', '区卫生健康执法大队予以公开10件。', '区卫生监督所予以公开6件，不予公开2件。']) {
      expect(tableKeys(before, t)).toEqual([]);
    }
  });
  it('twins: the body by a short name, or 我局, still compared', () => {
    expect(tableKeys(before, '区卫健局予以公开40件。')).toEqual(['text.vs-table:error:42:40']);
    expect(tableKeys(before, '我局予以公开40件。')).toEqual(['text.vs-table:error:42:40']);
  });
});

describe('rt42 6: items that may nest, the other way (parts-nested.ts)', () => {
  it('twins: a narrower item larger than its broader one, or 本级 smaller than the excess, an error again', () => {
    expect(keys('全县主动公开信息1200条，其中人事任免100条、人事信息50条、工作动态1080条。')).toEqual(['text.parts-sum:error:1230:1200']);
    expect(keys('全县主动公开信息1200条，其中规范性文件100条、政策文件50条、工作动态1080条。')).toEqual(['text.parts-sum:error:1230:1200']);
    expect(keys('全县主动公开信息1200条，其中本级50条、县直部门900条、乡镇350条。')).toEqual(['text.parts-sum:error:1300:1200']);
  });
  it('silent as before: the excess within both', () => {
    for (const t of ['全县主动公开信息1200条，其中本级150条、县直部门900条、乡镇250条。', '全县主动公开信息1200条，其中政策文件300条、规范性文件30条、工作动态880条。']) {
      expect(keys(t)).toEqual([]);
      expect(outcomesOf(t, 'text.parts-sum')).toEqual(['skip']);
    }
  });
});

describe('rt42 7: results opening a later ；-clause after counts that fit no whole (results-after-count.ts resultsOfAnotherCountAt)', () => {
  it('silent: "区疾控中心收到申请12件，办结12件；予以公开8件，无法提供4件"', () => {
    for (const t of ['区疾控中心收到申请12件，办结12件；予以公开8件，无法提供4件。', '网上申请60件，办结60件；予以公开30件，部分公开8件，无法提供22件。']) {
      expect(tableKeys(t)).toEqual([]);
    }
  });
  it('twins: after a count that fits a whole, or a sentence opening on results, still compared', () => {
    expect(tableKeys('全年收到申请86件；予以公开40件，部分公开11件。')).toEqual(['text.vs-table:error:42:40']);
    expect(tableKeys('全年共收到申请86件，办结88件；予以公开40件，部分公开11件。')).toEqual(['text.vs-table:error:42:40']);
    expect(tableKeys('全年共收到申请86件。予以公开42件，部分公开11件；不予公开7件。')).toEqual(['text.vs-table:error:6:7']);
  });
});

describe('rt42: shapes of the readings that were already right (kept as they are)', () => {
  it('a change by its direction: ranks, grades, times, frequencies, rates, other years not read; twins flagged', () => {
    for (const t of [
      '我局在全区政务公开考核中由第5名上升为第3名。',
      '考核等次由3等上升为1等。',
      '答复速度由平均15天提高到平均8天。',
      '办理时效由15日提高至10日。',
      '信息更新频率由每月1次提高至每周1次。',
      '例会由每季度1次提高为每月1次。',
      '按时办结率由95%上升为100%。',
      '行政复议由2019年的5件下降为2020年的3件。',
      '申请量在全市排名由第5位下降为第8位，申请数量由上年的45件上升为62件。',
    ]) expect(tableKeys(t)).toEqual([]);
    expect(tableKeys('收到申请由上年的45件增加为86件，退回件由5件上升为3件。')).toEqual(['text.change:error:-2:undefined']);
  });
  it('shares of results: 其他处理 is a result, 其他组织 an applicant — neither closes a list', () => {
    for (const t of ['予以公开占50%，部分公开占20%，不予公开占10%，其他处理占10%。', '从申请人看，公民占80%，其他组织占15%。', '行政复议结果中，维持占60%，纠正占20%，其他结果占10%。']) {
      expect(keys(t)).toEqual([]);
    }
  });
  it('a typo\'d whole before results with no subject is itself flagged', () => {
    expect(tableKeys('全年新收申请68件。予以公开40件，部分公开11件，不予公开6件。')).toEqual(['text.vs-table:error:86:68']);
  });
});
