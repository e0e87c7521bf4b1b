/**
 * rt77 (session 58): a red team of txt74's two readings — "占比由上年的45.3%提高到50.8%" (share-from-to.ts) and a % growth
 * whose worked-out last year is 0 or less read as the count before the carried one (year-on-year.ts, baselessGrowth).
 * True paragraphs in real reports' wordings at their edges must raise nothing, with the tables and without; each wrong twin
 * is caught where the reading claims to catch it. Two false flags found and fixed (year-on-year.ts: intakeBase):
 * "新收62件，办结63件，上年结转4件，较上年增加8件，增长14.8%" was an error against 办结 (8 ÷ 55 = 14.5%), and "上年结转4件，同比
 * 增加4件，增长100%" (the carried count from nothing) an error against 新收 (4 ÷ 58 = 6.9%). 降至 / 升至 / 提高到了 now read too.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse, WORD_2021_TABLES, word } from './narrative-tables.ts';

/** Tables of a year with nothing carried in and no review (for the paragraphs saying 0 of them). */
const ZERO_TABLES = { ...WORD_2021_TABLES, 't3.carried.total': 0, 't4.review.upheld': 0, 't4.review.total': 0 };
const APPLY = '（二）依申请公开情况';

/** "^" in a paragraph: a Word span break inside the words ("占^比由上年^的"). */
const page = (head: string, t: string, tables: Record<string, number> | null) =>
  runProse(`<p>${head}</p>${t.split('|').map((p) => word(p).replace(/\^/g, '</span><span style="font-family:仿宋_GB2312">')).join('')}`, tables ?? {}, 2022, '东湖市云岭区卫生健康局');
const keys = (head: string, t: string, tables: Record<string, number> | null): string[] => findingKeys(page(head, t, tables));
const checks = (t: string, rule: string, tables: Record<string, number> | null = WORD_2021_TABLES): string[] =>
  page(APPLY, t, tables).checks.filter((k) => k.rule === rule).map((k) => `${k.outcome} ${k.detail}`);

/** [heading, true paragraph, its wrong twin or '' where no reading claims one, the twin's finding; tables (ZERO_TABLES for 0 counts)]. */
type Case = readonly [string, string, string, string, Record<string, number>?];
const SHARES: readonly Case[] = [
  ['（一）主动公开情况', '全年主动公开政府信息1250条，其中政策文件320条，占比由上年的22.5%提高到25.6%。', '全年主动公开政府信息1250条，其中政策文件320条，占比由上年的22.5%提高到26.5%。', 'text.share:error:25.6:26.5'],
  ['（一）主动公开情况', '全年主动公开政府信息1250条，较上年增加250条，增长25%，其中政策文件320条，占比由2021年的22.5%提高到25.6%。', '全年主动公开政府信息1250条，较上年增加250条，增长25%，其中政策文件320条，占比由2021年的22.5%提高到52.6%。', 'text.share:error:25.6:52.6'],
  ['（三）政务新媒体', '政务微博粉丝数达到8000人，其中本地用户6000人，占比由上年的70.2%上升至75.0%。', '政务微博粉丝数达到8000人，其中本地用户6000人，占比由上年的70.2%上升至57.0%。', 'text.share:error:75:57'],
  ['（三）政务新媒体', '政务微博发布信息2000条，粉丝数8000人，较上年增加1000人，增长14.3%，其中本地用户6000人，占比由上年的70.2%上升到75%。', '政务微博发布信息2000条，粉丝数8000人，较上年增加1000人，增长14.3%，其中本地用户6000人，占比由上年的70.2%上升到73%。', 'text.share:error:75:73'],
  [APPLY, '全年新收政府信息公开申请62件，其中通过网络申请48件，网上申请占比由上年的60.5%提高到77.4%。', '全年新收政府信息公开申请62件，其中通过网络申请48件，网上申请占比由上年的60.5%提高到74.7%。', 'text.share:error:77.4:74.7'],
  [APPLY, '全年新收政府信息公开申请62件，较上年增加8件，增长14.8%，其中通过互联网申请48件，占比由上年的55.6%提高到77.4%。', '全年新收政府信息公开申请62件，较上年增加8件，增长14.8%，其中通过互联网申请48件，占比由上年的55.6%提高到74.4%。', 'text.share:error:77.4:74.4'],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%提高到50.8%，不予公开5件，占比由上年的10.2%下降到7.9%。', '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%提高到50.8%，不予公开5件，占比由上年的10.2%下降到9.7%。', 'text.share:error:7.9:9.7'],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年同期的45.3%提升至50.8%。', '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年同期的45.3%提升至55.8%。', 'text.share:error:50.8:55.8'],
  [APPLY, '全年办结政府信息公开申请63件，其中不予公开5件，占比由上一年度的10.2%回落至7.9%。', '全年办结政府信息公开申请63件，其中不予公开5件，占比由上一年度的10.2%回落至6.9%。', 'text.share:error:7.9:6.9'],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占^比由上年^的45.3%提^高到50.8%。', '全年办结政府信息公开申请63件，其中予以公开32件，占^比由上年^的45.3%提^高到58.0%。', 'text.share:error:50.8:58'],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占比由2021年度的45.3%提高到50.8%，占全部办结件数的一半以上。', '全年办结政府信息公开申请63件，其中予以公开32件，占比由2021年度的45.3%提高到55.8%，占全部办结件数的一半以上。', 'text.share:error:50.8:55.8'],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%提高到50.8%，较上年增加3件。', '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%提高到55.8%，较上年增加3件。', 'text.share:error:50.8:55.8'],
  [APPLY, '全年新收政府信息公开申请62件，办结63件，其中予以公开32件，部分公开7件，分别占比50.8%、11.1%，予以公开占比由上年的45.3%提高到50.8%。', '', ''],
  // (rt77: 降至 / 升至 / 提高到了 — were a share skip naming 由上年 as the whole)
  [APPLY, '全年办结政府信息公开申请63件，其中不予公开5件，占比由上年的10.2%降至7.9%。', '全年办结政府信息公开申请63件，其中不予公开5件，占比由上年的10.2%降至9.7%。', 'text.share:error:7.9:9.7'],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%升至50.8%。', '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%升至58.0%。', 'text.share:error:50.8:58'],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%提高到了50.8%。', '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%提高到了58.0%。', 'text.share:error:50.8:58'],
  // silent, with no twin: a rate or a share whose whole is named before 由 is not this reading's
  [APPLY, '全年办结政府信息公开申请63件，按期答复62件，按期答复率由上年的95.5%提高到98.4%。', '', ''],
  [APPLY, '全年办结政府信息公开申请63件，按时办结63件，办结率由2021年的90%提升至100%。', '', ''],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，部分公开7件，公开率由上年的50.2%提高到61.9%。', '', ''],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占比由上年的45.3%提高到50.8%，提高5.5个百分点。', '', ''],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，占办结总数的比例由上年的45.3%提高到50.8%。', '', ''],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，所占比重由上年的45.3%提高到50.8%。', '', ''],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，比例由上年的45.3%提高到50.8%。', '', ''],
  [APPLY, '全年办结政府信息公开申请63件，其中予以公开32件，较上年增加3件，占比由上年的45.3%提高到50.8%。', '', ''],
  ['（四）行政复议情况', '全年发生行政复议案件1件，被纠错0件，复议纠错率由上年的20%下降到0。', '', ''],
];
const GROWTHS: readonly Case[] = [
  [APPLY, '全年共受理政府信息公开申请62件，上年结转4件，较上年增加8件，增长14.8%。', '全年共受理政府信息公开申请62件，上年结转4件，较上年增加8件，增长24.8%。', 'text.change:error:14.8:24.8'],
  [APPLY, '本年度政府信息公开申请62件，上年结转4件，较上年增加8件，增长14.8%。', '本年度政府信息公开申请62件，上年结转4件，较上年增加8件，增长18.4%。', 'text.change:error:14.8:18.4'],
  [APPLY, '全年新收政府信息公开申请62件，上年结转4件，结转下年度3件，较上年同期增加8件，增长14.8%。', '全年新收政府信息公开申请62件，上年结转4件，结转下年度3件，较上年同期增加8件，增长41.8%。', 'text.change:error:14.8:41.8'],
  [APPLY, '全年新收政府信息公开申请62件，结转下年度3件，较上年增加8件，增长14.8%。', '全年新收政府信息公开申请62件，结转下年度3件，较上年增加8件，增长18.4%。', 'text.change:error:14.8:18.4'],
  [APPLY, '全年新收政府信息公开申请62件，较上年同期（54件）增加8件，同比增长14.8%，上年结转4件。', '全年新收政府信息公开申请62件，较上年同期（54件）增加8件，同比增长18.4%，上年结转4件。', 'text.change:error:14.8:18.4'],
  [APPLY, '全年新收政府信息公开申请62件，上年同期54件，同比增长14.8%。上年结转4件，结转下年度3件。', '全年新收政府信息公开申请62件，上年同期54件，同比增长18.4%。上年结转4件，结转下年度3件。', 'text.change:error:14.8:18.4'],
  [APPLY, '全年新收政府信息公开申请62件，上年结转4件，结转下年度3件，较上年增加1件，增长50%。', '全年新收政府信息公开申请62件，上年结转4件，结转下年度3件，较上年增加1件，增长30%。', 'text.change:error:50:30'],
  // (these two twins are told of 新收's reading, which misses by less than the carried count's — txt70's missBy; left)
  [APPLY, '全年新收政府信息公开申请62件，结转下年度3件，较上年减少5件，下降62.5%。', '全年新收政府信息公开申请62件，结转下年度3件，较上年减少5件，下降26.5%。', 'text.change:error:7.5:26.5'],
  [APPLY, '全年新收政府信息公开申请62件，上年结转4件，较上年增加2件，增长100%。', '全年新收政府信息公开申请62件，上年结转4件，较上年增加2件，增长50%。', 'text.change:error:3:50'],
  [APPLY, '本年度收到政府信息公开申请66件（含上年结转4件），较上年增加8件，增长13.8%。', '本年度收到政府信息公开申请66件（含上年结转4件），较上年增加8件，增长31.8%。', 'text.change:error:13.8:31.8'],
  [APPLY, '全年办结政府信息公开申请63件，上年结转4件，较上年增加8件，增长14.5%。', '', ''],
  [APPLY, '全年新收政府信息公开申请62件，上年结转0件，较上年增加8件，增长14.8%。', '全年新收政府信息公开申请62件，上年结转0件，较上年增加8件，增长41.8%。', 'text.change:error:14.8:41.8', ZERO_TABLES],
  ['（四）行政复议情况', '本年度发生行政复议0件，较上年减少2件，下降100%。', '本年度发生行政复议0件，较上年减少2件，下降50%。', 'text.change:error:100:50', ZERO_TABLES],
  ['（四）行政复议情况', '本年度发生行政复议1件，行政诉讼1件，较上年增加1件，增长100%。', '', ''],
  // (rt77's two false flags: skips now)
  [APPLY, '全年新收政府信息公开申请62件，办结63件，上年结转4件，较上年增加8件，增长14.8%。', '', ''],
  [APPLY, '全年新收政府信息公开申请62件，上年结转4件，同比增加4件，增长100%。', '', ''],
];

describe('rt77: true paragraphs at the edges of txt74\'s readings raise nothing; their twins are caught', () => {
  const cases = [...SHARES, ...GROWTHS].map(([head, t, twin, key, tables]) => ({ head, t, twin, key, tables: tables ?? WORD_2021_TABLES }));
  it.each(cases)('$head $t', ({ head, t, twin, key, tables }) => {
    for (const tabled of [tables, null]) {
      expect(keys(head, t, tabled)).toEqual([]);
      if (twin) expect(keys(head, twin, tabled)).toEqual([key]);
    }
  });
});

describe('rt77: a baseless growth goes to the count before the carried one only when that is the intake', () => {
  it('办结 before 上年结转: no growth of 办结 (was an error, 8 ÷ 55 = 14.5%), a skip saying last year would be −4', () => {
    for (const tables of [WORD_2021_TABLES, null]) {
      expect(checks('全年新收政府信息公开申请62件，办结63件，上年结转4件，较上年增加8件，增长14.8%。', 'text.change', tables))
        .toEqual(['skip 按上年结转4件增加8件推算，上年为-4件，增幅不是该数的，或正文有误，不作判断']);
    }
  });

  it('a carried count grown from nothing (last year 0): "上年数为0" (was an error against 新收, 4 ÷ 58 = 6.9%)', () => {
    expect(checks('全年新收政府信息公开申请62件，上年结转4件，同比增加4件，增长100%。', 'text.change')).toEqual(['skip 上年数为0，无法计算增幅']);
  });

  it('a reading that holds is still taken from a count that is not the intake', () => {
    expect(checks('全年办结政府信息公开申请63件，上年结转4件，较上年增加8件，增长14.5%。', 'text.change')).toEqual(['pass (63件 − 55件) ÷ 55件 = 14.55%，正文 增长14.5%']);
  });
});
