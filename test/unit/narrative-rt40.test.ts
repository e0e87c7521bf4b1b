/**
 * Red team rt40: session 40's new readings (recall40: 由…上升为, 结转N件至YYYY年办理, 收到N件（含上年度结转M件）,
 * 办理结果为：/如下：, results one a sentence after the count answered, 依次/分别 lists under a total naming what
 * it counts, 总数N条：/具体为： lists, a total opening the next sentence, one error per list) probed with
 * sentences true of the page in the other ways reports write them, and with look-alikes that claim
 * something else. Each false flag found is kept here as a self-written sentence of its shape (another
 * body, other numbers), with its twin, the same shape really wrong, still flagged.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse } from './narrative-tables.ts';

/** Prose alone (a pre-2019 page, or one whose tables are pictures): 2016 unless told. */
const run = (text: string, figures: Record<string, number> = {}, year: number | null = 2016) =>
  runProse(`<p>${text}</p>`, figures, year, '青石县人民政府');
const keys = (text: string, figures?: Record<string, number>, year?: number | null) => findingKeys(run(text, figures, year));
const sums = (text: string) => run(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}|${c.detail}`);
const outcomes = (xs: string[]) => xs.map((x) => x.split('|')[0]);
/** Against the bureau's tables (2024: 新收 86, 上年结转 5, 办结 88, 结转下年度 3). */
const tableKeys = (text: string) => keys(text, BUREAU_TABLES, 2024);

describe('rt40 1: a 分别/依次 list under a total whose verb counts something else (parts-other-shapes.ts)', () => {
  it('silent: channels under 共计办结/答复 (those answered of those received), results under 共计公开', () => {
    for (const t of [
      '网上申请、当面申请分别为36件、16件，共计办结50件，2件结转下年度办理。',
      '网上申请、当面申请、信函申请分别为36件、16件、8件，共计答复57件，其余3件正在办理。',
      '网上申请、当面申请、信函申请分别收到36件、16件、8件，共计办结56件。',
      '同意公开、部分公开、不予公开分别为40件、6件、4件，共计公开46件。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
  });
  it('twins: the total that fits the names is still read, both ways', () => {
    expect(keys('网上申请、当面申请、信函申请依次为36件、16件、8件，共计受理57件。')).toEqual(['text.parts-sum:error:60:57']);
    expect(keys('同意公开、部分公开、不予公开、信息不存在分别为40件、6件、4件、10件，共计办结58件。')).toEqual(['text.parts-sum:error:60:58']);
    expect(sums('同意公开、部分公开、不予公开分别为40件、6件、4件，共计处理50件。')).toEqual(['pass|40件+6件+4件 = 50件']);
  });
});

describe('rt40 2: a total after its items that says they overlap or leave some out (info-kinds.ts TOTAL_CAVEAT)', () => {
  it('silent: "部分信息在多个栏目同时发布", "重复申请3件未计入", "另有…" in a 总数 list', () => {
    for (const t of [
      '本年度发布工作动态500条、通知公告200条、政策解读60条。共计发布信息720条，部分信息在多个栏目同时发布。',
      '网上申请36件，当面申请16件，信函申请8件。合计受理申请57件，重复申请3件未计入。',
      '网上申请、当面申请、信函申请分别为36件、16件、8件，共计受理申请57件，重复申请3件未计入。',
      '全年主动公开信息总数760条：工作动态500条、通知公告200条、政策解读60条、人事信息25条，部分信息同时在多个栏目发布。',
      '全年主动公开信息总数760条：工作动态500条、通知公告200条、政策解读60条，另有图片新闻40条。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
  });
  it('twins: the same lists with no such words are still an error', () => {
    expect(keys('本年度发布工作动态500条、通知公告200条、政策解读60条。共计发布信息720条。')).toEqual(['text.parts-sum:error:760:720']);
    expect(keys('网上申请36件，当面申请16件，信函申请8件。合计受理申请57件。')).toEqual(['text.parts-sum:error:60:57']);
    expect(keys('全年主动公开信息总数760条：工作动态500条、通知公告200条、政策解读60条、人事信息25条。')).toEqual(['text.parts-sum:error:785:760']);
  });
});

describe('rt40 3: a next-sentence total said with another verb than its items (total-next.ts)', () => {
  it('silent: "全年收到…。合计受理…" (some received may not have been accepted)', () => {
    const t = '全年收到网上申请36件，当面申请16件，信函申请8件。合计受理申请57件。';
    expect(keys(t)).toEqual([]);
    expect(sums(t)).toEqual([]);
  });
  it('twins: the same verb, or none, is still read', () => {
    expect(keys('全年受理网上申请36件，当面申请16件，信函申请8件。合计受理申请57件。')).toEqual(['text.parts-sum:error:60:57']);
    expect(sums('全年收到网上申请36件，当面申请16件，信函申请8件。合计收到申请60件。')).toEqual(['pass|36件+16件+8件 = 60件']);
  });
});

describe('rt40 4: a run of results one a sentence ends at a part, another body, or those still open (result-run.ts)', () => {
  const run4 = '全年共答复申请60件。同意公开40件。部分公开6件。不予公开4件。信息不存在10件。';
  it('silent after the run: "同意公开的申请中网上申请…", "县财政局同意公开…", "正在办理…"', () => {
    for (const tail of ['同意公开的申请中网上申请25件。', '县财政局同意公开12件。', '正在办理3件。']) {
      expect(keys(run4 + tail)).toEqual([]);
      expect(sums(run4 + tail)).toEqual(['pass|40件+6件+4件+10件 = 60件']);
    }
    // (the run opened by "在…N件申请中，" too)
    expect(keys('在已经答复的60件申请中，同意公开40件。部分公开6件。不予公开4件。信息不存在10件。县财政局同意公开12件。')).toEqual([]);
  });
  it('twins: a wrong result in the run is still an error', () => {
    expect(keys(run4.replace('信息不存在10件', '信息不存在11件') + '正在办理3件。')).toEqual(['text.parts-sum:error:61:60']);
    expect(keys(run4.replace('同意公开40件', '同意公开41件') + '县财政局同意公开12件。')).toEqual(['text.parts-sum:error:61:60']);
  });
});

describe('rt40 5: "不予公开的申请中，结转1件至…" heads a part (part-of-applications.ts)', () => {
  it('silent: a part of those carried forward, said as the year or as 下年度', () => {
    for (const t of ['不予公开的申请中，结转1件至2025年办理。', '不予公开的申请中，结转1件至下年度办理。', '在部分公开的申请中，结转2件至2025年继续办理。']) {
      expect(tableKeys(t)).toEqual([]);
    }
  });
  it('twins: the count carried forward of all applications is still compared', () => {
    expect(tableKeys('全年共收到政府信息公开申请86件，上年结转5件，办结88件，结转4件至2025年办理。')).toEqual(['text.vs-table:error:3:4']);
    expect(tableKeys('全年共收到政府信息公开申请86件，上年结转5件，办结88件，结转4件至下年度办理。')).toEqual(['text.vs-table:error:3:4']);
  });
});

describe('rt40 6: a flow with one application withdrawn, said figure first after it (flow-balance.ts)', () => {
  it('silent: "…，结转下年度3件，1件申请人自行撤回"', () => {
    for (const t of [
      '全年共收到申请64件（含上年度结转4件），办结60件，结转下年度3件，1件申请人自行撤回。',
      '全年共受理申请64件（含上年度结转4件），办结60件，结转下年度3件，1件申请人自行撤回。',
      '全年新收申请60件，上年结转4件，办结60件，结转下年度3件，1件申请人主动撤回。',
    ]) {
      expect(keys(t)).toEqual([]);
      expect(sums(t)).toEqual([]);
    }
  });
  it('twins: the flow alone, or with a figure-first part that is no outcome, is still an error', () => {
    expect(keys('全年共收到申请64件（含上年度结转4件），办结60件，结转下年度3件。')).toEqual(['text.parts-sum:error:64:63']);
    expect(keys('全年新收申请60件，上年结转4件，办结60件，结转下年度3件，1件已办结。')).toEqual(['text.parts-sum:error:64:63']);
  });
});

describe('rt40 7: kinds of information that begin on the same word under 总数 (info-kinds.ts sharedKindWord)', () => {
  it('silent: "财政信息" and "财政预决算" (the one may hold the other)', () => {
    const t = '全年主动公开信息总数760条：政务动态500条、人事信息200条、财政信息60条、财政预决算20条。';
    expect(keys(t)).toEqual([]);
    expect(sums(t)).toEqual([]);
  });
  it('twin: kinds of their own words over the total are still an error', () => {
    expect(keys('全年主动公开信息总数760条：政务动态500条、人事信息200条、财政信息60条、规划计划20条。')).toEqual(['text.parts-sum:error:780:760']);
  });
});
