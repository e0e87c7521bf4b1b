/**
 * Red team rt41: session 41's new readings (the lead's results after a part's sentence and 代表 before a
 * government; hunt41's flows in loose words and "收到N件，其中上年结转a件"; hunt41b's ；-clause turns and
 * unitless numbers among kinds) probed with sentences true of the page in the other ways reports write
 * them, and with look-alikes that claim something else. Each false flag found is kept here as a
 * self-written sentence of its shape (another body, other numbers), with its twin, the same shape really
 * wrong, still flagged.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, flagged, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88 — 予以公开 42, 部分公开 11, 不予公开 6, 无法提供 20 —, 结转下年度 3). */
const onTables = (paras: string[]) => runProse(paras.map(word).join(''), BUREAU_TABLES, 2021, '青溪区卫生健康局');
const tableKeys = (...paras: string[]) => findingKeys(onTables(paras));
/** The flags on a sentence's results (予以公开…), leaving aside what the sentence before them says. */
const resultFlags = (...paras: string[]) => flagged(onTables(paras)).filter((f) => /予以公开|部分公开|不予公开|无法提供|不予处理/.test(f.quote ?? ''));

/** Prose alone (a pre-2019 page): 2016. */
const prose = (text: string) => runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府');
const keys = (text: string) => findingKeys(prose(text));
const sums = (text: string) => prose(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}|${c.detail}`);

describe('rt41 1: results opening a sentence after a count that fits none of the tables\' wholes (results-after-count.ts)', () => {
  it('silent: results after a channel, an applicant column, a topic or another unit named by its count', () => {
    for (const t of [
      '网上申请60件，办结60件。予以公开30件，部分公开8件；不予公开4件；无法提供18件。',
      '自然人提出申请70件，答复72件。予以公开35件，部分公开9件；不予公开5件。',
      '涉及疫情防控的申请18件，办结18件。予以公开11件，不予公开2件；无法提供5件。',
    ]) expect(tableKeys(t)).toEqual([]);
    // (the count of another unit before them is recall41's: only the results are asked about here)
    for (const t of [
      '区疾控中心收到申请12件，已全部答复。予以公开8件，不予公开4件。',
      '区人民医院收到申请7件。办理结果为：予以公开4件，无法提供3件。',
      '区妇幼保健院受理申请5件。“予以公开”3件，“无法提供”2件。',
      '区中医院收到申请8件，答复8件。予以公开5件，部分公开1件；无法提供2件。',
    ]) expect(resultFlags(t)).toEqual([]);
  });
  it('twins: after a count that fits a whole the results are still compared', () => {
    expect(tableKeys('我局共收到申请86件，办结88件。予以公开40件，部分公开11件；不予公开6件。')).toEqual(['text.vs-table:error:42:40']);
    expect(tableKeys('全年共办结政府信息公开申请88件。予以公开42件；部分公开11件；不予公开7件。')).toEqual(['text.vs-table:error:6:7']);
    expect(tableKeys('全年共收到申请86件，上年结转5件。予以公开42件，部分公开11件；不予公开6件，无法提供21件。')).toEqual(['text.vs-table:error:20:21']);
  });
});

describe('rt41 2: 代表 before a government, its clause not going on to 申请, is other work (paragraph-topic.ts OTHER_WORK)', () => {
  const before = '全年共收到政府信息公开申请86件，上年结转5件，办结88件，结转下年度3件。';
  it('silent: "我局代表区政府答复群众来信…", "…承办民生实事…" after a paragraph about applications', () => {
    for (const t of ['我局代表区政府答复群众来信30件，办结28件，结转下年度2件。', '我局代表区政府办理群众来信30件，办结28件，结转下年度2件。', '我局代表区政府承办民生实事30件，完成28件，结转下年度2件。']) {
      expect(tableKeys(before, t)).toEqual([]);
    }
  });
  it('twins: acting for the government on applications is still read', () => {
    expect(tableKeys(before, '我局代表区政府答复政府信息公开申请60件，结转下年度2件。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys('我局代表区政府受理政府信息公开申请86件，上年结转5件，办结88件，结转下年度2件。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys('我局代表区政府共受理政府信息公开申请86件，办结88件。予以公开40件，部分公开11件。')).toEqual(['text.vs-table:error:42:40']);
  });
});

describe('rt41 3: those carried in said closed in their own words (flow-balance.ts CARRIED_IN_CLOSED)', () => {
  it('silent: this year\'s alone balance; whether the 办结 holds the carried ones is not said', () => {
    for (const t of [
      '上年结转申请2件已于年内办结；全年收到申请48件，办结45件，结转下年度3件。',
      '2015年结转申请2件已于年内办结；全年收到申请48件，全年办结45件，结转2017年3件。',
      '上年结转的2件申请已全部办结；全年收到申请48件，办结45件，结转下年度3件。',
      '全年收到申请48件，办结45件，结转下年度3件；上年结转的2件已于年内办结。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t).map((x) => x.split('|')[0])).toEqual(['skip']);
    }
  });
  it('twins: balanced neither way, or with nothing said of the carried ones, still an error', () => {
    expect(keys('上年结转申请2件已于年内办结；全年收到申请48件，办结44件，结转下年度3件。')).toEqual(['text.parts-sum:error:50:47']);
    expect(keys('全年收到申请48件，2015年结转2件；全年办结45件，结转2017年3件。')).toEqual(['text.parts-sum:error:50:48']);
    expect(keys('上年结转申请2件；全年收到申请48件，办结45件，结转下年度3件。')).toEqual(['text.parts-sum:error:50:48']);
  });
});

describe('rt41 4: a number said 余 or after a label with digits among kinds (parts-readings.ts unitlessBetween)', () => {
  it('silent: "人事信息100余", "人事任免12批次120" in a list closed by 其他 and short of its whole', () => {
    for (const t of [
      '全年主动公开信息1200条，其中：政务动态500条、通知公告300条、人事信息100余、其他信息280条。',
      '全年主动公开信息1200条，其中：政务动态500条、通知公告300条、人事任免12批次120、其他信息280条。',
      '全年主动公开信息1200条，其中：政务动态500条、通知公告300条、人事信息120、其他信息280条。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t).map((x) => x.split('|')[0])).toEqual(['skip']);
    }
  });
  it('twins: a rate among the kinds, or the kinds all counted, still an error', () => {
    expect(keys('全年主动公开信息1200条，其中：政务动态500条、通知公告300条、更新率98、其他信息380条。')).toEqual(['text.parts-sum:error:1180:1200']);
    expect(keys('全年主动公开信息1200条，其中：政务动态500条、通知公告300条、人事信息120条、其他信息260条。')).toEqual(['text.parts-sum:error:1180:1200']);
  });
});

describe('rt41: shapes of the session\'s readings that were already right (kept as they are)', () => {
  it('loose-word flows named by their years, 其中上年结转 both ways, 全年 ending a list', () => {
    expect(sums('全年收到申请48件，2015年结转2件；全年办理47件，结转2017年3件。')).toEqual([expect.stringMatching(/^pass\|/)]);
    expect(keys('全年收到申请48件，2014年结转2件；全年办理47件，结转2017年3件。')).toEqual([]);
    expect(keys('全年收到申请48件，2015年结转2件；全年办理47件，结转2018年3件。')).toEqual([]);
    expect(sums('收到申请48件，其中上年结转2件，办结45件，结转下年度3件。')).toEqual([expect.stringMatching(/^pass\|/)]);
    expect(keys('收到申请50件，其中上年结转2件，办结40件，结转下年度3件。')).toEqual(['text.parts-sum:error:50:43']);
    expect(keys('全年办理行政许可1268件，其中上年结转12件，办结1200件，结转下年度80件。')).toEqual([]);
  });
  it('a later ；-clause on its own verb ends a 其中 list; twins flagged', () => {
    expect(sums('全年主动公开信息1200条，其中政务动态500条；通知公告300条；其他信息400条；开展政府开放日活动2次。')).toEqual([expect.stringMatching(/^pass\|/)]);
    expect(keys('全年主动公开信息1200条，其中政务动态500条；通知公告300条；其他信息380条；开展政府开放日活动2次。')).toEqual(['text.parts-sum:error:1180:1200']);
    expect(keys('全年主动公开信息1200条，其中发布政务动态500条；发布通知公告300条；发布其他信息380条。')).toEqual(['text.parts-sum:error:1180:1200']);
  });
});
