/**
 * rt60 (session 50): the false flags its red team of left59's readings found on word-2021-consistent's tables (新收 62,
 * 上年结转 4, 予以公开 32, 部分公开 7, 不予公开 5, 不予处理 3, 办结 63, 结转下年度 3), each now a skip that says why or no
 * claim, and its wrong twin (or the look-alike that must still read) still flagged:
 * - "累计收到…856份" with no 截至 and no year of its own (other-scope.ts: 累计 alone, or 以来/历年/近N年/至今) — was
 *   compared with 本年新收; "全年累计", "本年度累计", "2022年累计" are the year's and still compared;
 * - "受理申请62件、办结60件、不予处理3件" (text-vs-table.ts RESULT_BESIDE): a result 、-listed beside 办结 is counted
 *   apart from it — was read as 办理结果总计; "办结65件，其中不予处理3件" and "受理申请62件、办结65件" still errors;
 * - "从办理结果看，2021年予以公开28件；部分公开6件" (parts-by.ts scopedLaterItem): a ；-run's scope (another year, a
 *   part, 全区, 上年, 近三年) said in its first clause is its later items' too — they were compared with the table;
 * - "…办结18件，正在办理2件，另有上年结转1件已办结" (flow-words.ts): those carried in said closed apart, this year's
 *   own balancing, a skip (flow-balance.ts did so already; the loose words' flow did not).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys, onWord2021 } from './narrative-tables.ts';

const skips = (t: string, tables = true): string[] => onWord2021(t, tables).checks.filter((c) => c.outcome === 'skip').map((c) => c.detail ?? '');

describe('rt60: 累计 with no 截至', () => {
  it.each([
    '累计收到政府信息公开申请856份。', '我局累计收到政府信息公开申请856件。', '目前累计收到申请856件。', '累计办结政府信息公开申请850件。',
    '累计受理依申请公开856件，其中2022年62件。',
  ])('%s: a skip, not an error (was compared with 本年新收 or 办结)', (t) => {
    expect(findingKeys(onWord2021(t))).toEqual([]);
    expect(skips(t).some((d) => /“累计”的\d+件?份?未说是本年度的/.test(d))).toBe(true);
  });
  it.each(['自2008年以来，我局累计受理依申请公开856件。', '近五年累计收到政府信息公开申请300件。', '我局2019年起累计收到政府信息公开申请300件。'])('%s: silent (another period, read so before)', (t) => {
    expect(findingKeys(onWord2021(t))).toEqual([]);
  });
  it('the year\'s 累计 still compared: true passes, its twin an error', () => {
    for (const t of ['全年累计收到政府信息公开申请62件。', '2022年累计收到政府信息公开申请62件。', '本年度累计受理政府信息公开申请62件。', '截至2022年底，全年累计受理申请62件。']) {
      expect(findingKeys(onWord2021(t)), t).toEqual([]);
      expect(checksOf(onWord2021(t), 'text.vs-table')[0], t).toMatch(/^pass/);
      expect(findingKeys(onWord2021(t.replace('62件', '65件'))), t).toEqual(['text.vs-table:error:62:65']);
    }
    expect(findingKeys(onWord2021('2022年，我局累计收到政府信息公开申请65件。'))).toEqual(['text.vs-table:error:62:65']);
  });
  it('a figure of the year beside a span still compared ("2021年至2023年累计…，2022年收到…")', () => {
    expect(findingKeys(onWord2021('2019年至2022年累计收到申请186件，2022年收到政府信息公开申请65件。'))).toEqual(['text.vs-table:error:62:65']);
  });
});

describe('rt60: a result 、-listed beside 办结', () => {
  it.each([
    '受理申请62件、办结60件、不予处理3件，连同结转下年度的3件，合计66件。', '受理申请62件，办结60件、不予处理3件。',
    '受理申请62件、办结60件、另不予处理3件。', '受理申请62件、办结60件，另不予处理3件。',
  ])('%s: the 60 a skip (was an error against 办理结果总计 63)', (t) => {
    expect(findingKeys(onWord2021(t))).toEqual([]);
    expect(skips(t).some((d) => /并列的办理结果（不予处理）/.test(d))).toBe(true);
  });
  it('look-alikes still read: 其中 under 办结, results after it with ，, 办结 alone', () => {
    expect(findingKeys(onWord2021('全年办结申请65件，其中不予处理3件。'))).toEqual(['text.vs-table:error:63:65']);
    expect(findingKeys(onWord2021('受理申请62件、办结65件。'))).toEqual(['text.vs-table:error:63:65']);
    expect(findingKeys(onWord2021('受理申请62件、办结63件、不予处理3件。'))).toEqual([]);
    expect(checksOf(onWord2021('受理申请62件、办结63件、不予处理3件。'), 'text.vs-table')).toContain('pass 63件 = 表三“办理结果总计” 63');
  });
  it('the 连同 sum of left59 still an error when off', () => {
    expect(findingKeys(onWord2021('受理申请62件、办结63件，连同结转下年度的3件，合计67件。'))).not.toEqual([]);
  });
});

describe('rt60: a 从…看 run says its scope once', () => {
  it.each([
    '从办理结果看，2021年予以公开28件；部分公开6件。', '从办理结果看，区直部门予以公开20件；部分公开5件。',
    '从办理结果看，其中区政府本级予以公开20件；部分公开5件。', '从办理结果看，上年予以公开28件；部分公开6件；不予公开4件。',
    '从办理结果看，近三年予以公开90件；部分公开20件。', '从办理结果看，各街道予以公开10件；部分公开2件。', '从办理结果看，全区予以公开320件；部分公开70件。',
  ])('%s: the later items no claim on the table (were errors)', (t) => {
    expect(findingKeys(onWord2021(t))).toEqual([]);
  });
  it('TWINS: the body\'s own run (no scope, or this year) still compared item by item', () => {
    expect(findingKeys(onWord2021('从办理结果看，予以公开32件；部分公开8件。'))).toEqual(['text.vs-table:error:7:8']);
    expect(findingKeys(onWord2021('从办理结果看，2022年予以公开32件；部分公开8件。'))).toEqual(['text.vs-table:error:7:8']);
    expect(findingKeys(onWord2021('从办理结果看，予以公开32件；部分公开7件；不予公开6件。'))).toEqual(['text.vs-table:error:5:6']);
    expect(findingKeys(onWord2021('从办理结果看，2022年予以公开32件；部分公开7件。'))).toEqual([]);
  });
});

describe('rt60: a part\'s flow whose carried-in are said closed apart', () => {
  const t = '其中，下属医院收到申请20件，办结18件，正在办理2件，另有上年结转1件已办结。';
  it('a skip with tables and without (was a warning 21 ≠ 20)', () => {
    for (const tables of [true, false]) {
      expect(findingKeys(onWord2021(t, tables))).toEqual([]);
      expect(skips(t, tables).some((d) => /上年结转的1件另说已办结/.test(d))).toBe(true);
    }
  });
  it('TWINS: a 上年结转 in the flow still counted; this year\'s own off is still no balance to claim', () => {
    expect(findingKeys(onWord2021('其中，下属医院收到申请20件，上年结转1件，办结18件，正在办理2件。'))).not.toEqual([]);
    expect(findingKeys(onWord2021('其中，下属医院收到申请20件，上年结转1件，办结18件，正在办理3件。'))).toEqual([]);
  });
});
