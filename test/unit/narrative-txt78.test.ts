/**
 * txt78 (session 60): what sessions 58–59 left of shares and their wholes. The tables are word-2021-consistent's
 * (新收62 · 上年结转4 · 办结63 · 结转3), the report's year 2024 (narrative-rt78-sentences.ts rt78Page); each paragraph runs
 * with the tables and without, as Word pastes it (digits in spans, an <o:p>).
 * Read now: (1) rt80's bracketed wholes — a part with a 含/其中/包括 bracket of its own before the bracketed whole, a second
 * bracketed share of the same part, a change past a bracketed-whole share (share-bracket-whole.ts partBefore,
 * change-past-share.ts); (2) rt79's and rt80's approximate wholes, "约1.2万条，其中…", "（1200余件）", "（近1300件）", judged within
 * what the words allow (share-approx.ts): a warning only where no value of that range gives the share, else a skip saying so.
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys } from './narrative-tables.ts';
import { rt78Page, type Head } from './narrative-rt78-sentences.ts';
import { approxRange } from '../../lib/narrative/share-approx.ts';
import { findFigures } from '../../lib/narrative/figures-in-text.ts';

/** [heading, true paragraph, wrong twin, the twin's findings (with the tables and without alike)]. */
const READ: readonly (readonly [Head, string, string, readonly string[]])[] = [
  // a part with its own bracket before the bracketed whole (rt80 1, 2)
  ['b', '全年共办结申请63件（含上年结转4件），占全年应办理申请总数（66件）的95.5%。', '全年共办结申请63件（含上年结转4件），占全年应办理申请总数（66件）的85.5%。', ['text.share:error:95.5:85.5']],
  ['b', '全年新收申请62件（其中网上申请48件、信函申请14件），占全省申请总数（1268件）的4.9%。', '全年新收申请62件（其中网上申请48件、信函申请14件），占全省申请总数（1268件）的5.9%。', ['text.share:error:4.9:5.9']],
  ['b', '全年共办结申请63件（包括上年结转4件），占全年应办理申请总数（共66件）的比例为95.5%。', '全年共办结申请63件（包括上年结转4件），占全年应办理申请总数（共66件）的比例为59.5%。', ['text.share:error:95.5:59.5']],
  // a second bracketed share of the same count (rt80 45)
  ['b', '全年新收申请62件，占全省申请总数（1268件）的4.9%，占全市（512件）的12.1%。', '全年新收申请62件，占全省申请总数（1268件）的4.9%，占全市（512件）的21.1%。', ['text.share:error:12.1:21.1']],
  // a change past a bracketed-whole share (rt80 39)
  ['b', '全年新收申请62件，占全省申请总数（1268件）的4.9%，较上年（54件）增加8件，增长14.8%。', '全年新收申请62件，占全省申请总数（1268件）的4.9%，较上年（54件）增加8件，增长18.4%。', ['text.change:error:14.8:18.4']],
  ['b', '全年新收申请62件，占全省申请总数（1268件）的4.9%，较2023年增加8件，增长14.8%。', '全年新收申请62件，占全省申请总数（1268件）的4.9%，较2023年增加8件，增长41.8%。', ['text.change:error:14.8:41.8']],
  ['b', '全年新收申请62件，占全省申请总数（近1300件）的4.9%，较2023年增加8件，增长14.8%。', '全年新收申请62件，占全省申请总数（近1300件）的4.9%，较2023年增加8件，增长41.8%。', ['text.change:error:14.8:41.8']],
  // approximate wholes in a bracket (rt80 3, 4) and after a 其中 (rt79 1, 2, 3, 5)
  ['b', '全年新收申请62件，占全省申请总数（1200余件）的5.1%。', '全年新收申请62件，占全省申请总数（1200余件）的8.1%。', ['text.share:warning:5.2:8.1']],
  ['b', '全年新收申请62件，占全省申请总数（近1300件）的4.9%。', '全年新收申请62件，占全省申请总数（近1300件）的14.9%。', ['text.share:warning:5.2:14.9']],
  ['b', '全年新收申请62件，占全省申请总数（约1300件）的4.8%。', '全年新收申请62件，占全省申请总数（约1300件）的6.8%。', ['text.share:warning:5.2:6.8']],
  ['b', '全年收到政府信息公开申请62件，其中网上申请48件，占全省网上申请总数（约900件）的5.3%。', '全年收到政府信息公开申请62件，其中网上申请48件，占全省网上申请总数（约900件）的15.3%。', ['text.share:warning:6:15.3']],
  ['a', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占12.5%。', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占22.5%。', ['text.share:warning:13.6:22.5']],
  ['a', '全年主动公开政府信息约１.２万条，其中政策文件１５００条，占１２.５%。', '全年主动公开政府信息约１.２万条，其中政策文件１５００条，占２２.５%。', ['text.share:warning:13.6:22.5']],
  ['a', '全年主动公开政府信息3400余条，其中政策文件1500条，占44.1%。', '全年主动公开政府信息3400余条，其中政策文件1500条，占54.1%。', ['text.share:warning:44.1:54.1']],
  ['a', '全年主动公开政府信息近1.3万条，其中政策文件1500条，占11.9%。', '全年主动公开政府信息近1.3万条，其中政策文件1500条，占21.9%。', ['text.share:warning:12.5:21.9']],
  ['a', '全年主动公开政府信息1万多条，其中政策文件1500条，占12.8%。', '全年主动公开政府信息1万多条，其中政策文件1500条，占5.8%。', ['text.share:warning:7.5:5.8']],
  ['a', '全年主动公开政府信息1.26万余条，其中政策文件1260条，占10%。', '全年主动公开政府信息1.26万余条，其中政策文件1260条，占20%。', ['text.share:warning:10:20']],
  // a fraction in words (rt74 75: tenths.ts, 66.7% ± 2.5 and 5 points of a loose word's past it)
  ['a', '全年发布政策解读45篇，较上年增加15篇，其中图文解读30篇，占三分之二。', '全年发布政策解读45篇，较上年增加15篇，其中图文解读30篇，占四分之三。', ['text.share:error:66.7:75']],
  ['b', '全年新收申请62件，其中网上申请31件，占比二分之一。', '全年新收申请62件，其中网上申请31件，占比三分之一。', ['text.share:error:50:33.3']],
  // 占比由上年的X%提高为Y% (txt74 left "为": share-from-to.ts MOVED_TO)
  ['b', '全年办结申请63件，其中予以公开32件，占比由上年的45.3%提高为50.8%。', '全年办结申请63件，其中予以公开32件，占比由上年的45.3%提高为55.8%。', ['text.share:error:50.8:55.8']],
  ['b', '全年办结申请63件，其中予以公开32件，占比由2023年的55.3%下降为50.8%。', '全年办结申请63件，其中予以公开32件，占比由2023年的55.3%下降为58.0%。', ['text.share:error:50.8:58']],
];

/**
 * 公开率 after counts that are table 三's own totals (rt78 8, 24, 74; disclosure-rate-alone.ts onlyTableTotals, rateWords):
 * read against table 三 only, a warning as any 公开率 alone; without the tables nothing. [heading, true, twin, twin with the tables].
 */
const RATES: readonly (readonly [Head, string, string, readonly string[]])[] = [
  ['o', '全年受理信访事项268件，办结率98.5%，同比下降3.2%；政府信息公开申请62件，同比增长14.8%，公开率（含部分公开）61.9%。', '全年受理信访事项268件，办结率98.5%，同比下降3.2%；政府信息公开申请62件，同比增长14.8%，公开率（含部分公开）69.1%。', ['text.share:warning:61.9:69.1']],
  ['b', '全年办结政府信息公开申请63件，按时办结率100%，未出现逾期答复情况；公开率（予以公开和部分公开之和占办结总数的比例）为61.9%，较上年提高3.2个百分点。', '全年办结政府信息公开申请63件，按时办结率100%，未出现逾期答复情况；公开率（予以公开和部分公开之和占办结总数的比例）为69.1%，较上年提高3.2个百分点。', ['text.share:warning:61.9:69.1']],
  ['b', '全年新收政府信息公开申请62件，同比增长14.8%，办结率（办结数/新收与上年结转之和）95.5%，按时办结率100%，公开率61.9%。', '全年新收政府信息公开申请62件，同比增长14.8%，办结率（办结数/新收与上年结转之和）95.5%，按时办结率100%，公开率69.1%。', ['text.share:warning:61.9:69.1']],
  ['b', '全年新收申请62件，上年结转4件，办结63件，结转下年度3件，公开率50.8%。', '全年新收申请62件，上年结转4件，办结63件，结转下年度3件，公开率71.9%。', ['text.share:warning:61.9:71.9']],
];

/**
 * Near neighbours: [heading, true paragraph, a twin with the share or rate changed, why both stay silent].
 * Another body's or year's whole, a rate of other work, words of no range, a bracket of last year's count.
 */
const SILENT: readonly (readonly [Head, string, string, string])[] = [
  ['a', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占全省同类信息的5.5%。', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占全省同类信息的25.5%。', 'a wider body\'s whole named: shareNotThatWhole'],
  ['a', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占上年的15.5%。', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占上年的35.5%。', 'last year\'s whole named: shareNotThatWhole'],
  ['a', '全年主动公开政府信息约1.2万条，其中通过门户网站公开8563条，政策文件1260条，占门户网站公开信息的14.7%。', '全年主动公开政府信息约1.2万条，其中通过门户网站公开8563条，政策文件1260条，占门户网站公开信息的24.7%。', 'the share of another count of the sentence: no whole read'],
  ['o', '全年受理12345热线工单约2.3万件，其中涉及我厅职能的诉求1260件，占全市工单总量的1.5%；新收政府信息公开申请62件。', '全年受理12345热线工单约2.3万件，其中涉及我厅职能的诉求1260件，占全市工单总量的11.5%；新收政府信息公开申请62件。', 'the city\'s whole named'],
  ['o', '全年受理12345热线工单约2.3万件，其中涉及我厅职能的诉求1260件，按时办结率99.6%；新收政府信息公开申请62件。', '全年受理12345热线工单约2.3万件，其中涉及我厅职能的诉求1260件，按时办结率89.6%；新收政府信息公开申请62件。', 'a rate of other work, no share'],
  ['a', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占比约12%。', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占比约22%。', 'a share said 约 itself: not read'],
  ['a', '全年主动公开政府信息近1.3万条，较上年增长12%，其中政策文件1500条，占11.9%。', '全年主动公开政府信息近1.3万条，较上年增长12%，其中政策文件1500条，占21.9%。', 'a change between the approximate whole and its 其中: not read (shareNoWhole)'],
  ['a', '政务新媒体发布信息3400余条，阅读量达1.5亿人次，其中原创信息1500条，占44.1%。', '政务新媒体发布信息3400余条，阅读量达1.5亿人次，其中原创信息1500条，占54.1%。', 'another counter between the whole and its 其中: not read'],
  ['b', '全年新收申请62件，占全省申请总数（上万件）的0.5%。', '全年新收申请62件，占全省申请总数（上万件）的5.5%。', '"上万件" is no figure: no share read'],
  ['b', '全年新收申请62件（上年为54件），占全省申请总数（1268件）的4.9%。', '全年新收申请62件（上年为54件），占全省申请总数（1268件）的5.9%。', 'a bracket of last year\'s count before the whole\'s: not read (no 含/其中/包括)'],
  ['b', '全年新收申请62件，其中自然人申请40件，约占三分之二。', '全年新收申请62件，其中自然人申请38件，约占三分之二。', 'a fraction within its bounds (64.5%) or within 5 points past them (61.3%): a pass, a skip (fractionLoose)'],
  ['b', '全年新收申请62件，其中网上申请45件，超过三分之二。', '全年新收申请62件，其中网上申请40件，超过三分之二。', 'a bound beside a fraction ("超过三分之二"): not read, as 七成半\'s'],
  ['b', '全年新收申请62件，三分之二以上的申请通过网上提交。', '全年新收申请62件，四分之三以上的申请通过网上提交。', 'no count before the fraction: not read'],
  ['b', '区政府本级办结20件，公开率60%。', '区政府本级办结20件，公开率70%。', 'a count before the 公开率 that is no total of table 三: its whole, not read'],
  ['o', '全年受理信访事项268件，公开率61.9%。', '全年受理信访事项268件，公开率71.9%。', 'other work\'s count in the rate\'s clause: not read'],
  ['b', '全年收到申请62件，其中涉及征收类申请20件，公开率45%。', '全年收到申请62件，其中涉及征收类申请20件，公开率75%。', 'a count of a part before the rate: not read'],
  ['b', '全年收到申请62件，公开率（不含不予处理的申请）71.9%。', '全年收到申请62件，公开率（不含不予处理的申请）81.9%。', 'a base of its own in the bracket: a skip'],
  ['b', '全年新收申请62件，占全省申请总数（2023年为1100件）的4.9%。', '全年新收申请62件，占全省申请总数（2023年为1100件）的8.9%。', 'another year\'s whole in the bracket: not read'],
];

describe('txt78: bracketed and approximate wholes read', () => {
  it.each(READ.map(([h, t, w, f], i) => [i, h, t, w, f] as const))('%i true silent, twin caught, with the tables and without', (_i, h, t, w, f) => {
    expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
    expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
    expect(findingKeys(rt78Page(h, w)), w).toEqual(f);
    expect(findingKeys(rt78Page(h, w, false)), w).toEqual(f);
  });

  it('a share some value of the approximate whole gives is a skip saying so, never a pass', () => {
    expect(checksOf(rt78Page('b', '全年新收申请62件，占全省申请总数（近1300件）的4.9%。'), 'text.share')).toEqual(['skip 62件 ÷ 近1300件 约为4.8%–5.2%，正文 4.9%；总数是约数，不作判断']);
    expect(checksOf(rt78Page('a', '全年主动公开政府信息约1.2万条，其中政策文件1500条，占12.5%。', false), 'text.share')).toEqual(['skip 1500条 ÷ 约1.2万条 约为11.5%–13.6%，正文 12.5%；总数是约数，不作判断']);
    expect(checksOf(rt78Page('b', '全年新收申请62件，占全省申请总数（近1300件）的4.9%。', false), 'text.share')).toEqual(['skip 62件 ÷ 近1300件 约为4.8%–5.2%，正文 4.9%；总数是约数，不作判断']);
  });

  it('a fraction within 5 points past its bounds is a skip saying so (fractionLoose)', () => {
    expect(checksOf(rt78Page('b', '全年新收申请62件，其中自然人申请38件，约占三分之二。'), 'text.share')).toContain('skip 38件 ÷ 62件 = 61.3%，正文“占三分之二”；分数是约数，差距在五个百分点内，不作判断');
    expect(checksOf(rt78Page('b', '全年新收申请62件，其中自然人申请40件，约占三分之二。'), 'text.share')).toContain('pass 40件 ÷ 62件 = 64.5%，正文“占三分之二”');
  });

  it('the ranges the words allow', () => {
    const range = (t: string) => approxRange(findFigures(t)[0]!);
    expect(range('1200余件')).toEqual([1200, 1300]);
    expect(range('近1300件')).toEqual([1200, 1300]);
    expect(range('约1300件')).toEqual([1200, 1400]);
    expect(range('约1.2万条')).toEqual([11000, 13000]);
    expect(range('12.6万余条')).toEqual([126000, 127000]);
    expect(range('1万多条')).toEqual([10000, 20000]);
    expect(range('逾500件')).toEqual([500, Infinity]); // (rt83: one bound only)
    expect(range('不足60件')).toEqual([0, 60]);
    expect(range('60件左右')).toEqual([50, 70]);
    expect(range('近1200余件')).toBeNull();
    expect(range('1268件')).toBeNull();
  });
});

describe('txt78: a 公开率 after table 三\'s own totals', () => {
  it.each(RATES.map(([h, t, w, f], i) => [i, h, t, w, f] as const))('%i true silent, twin a warning with the tables, nothing without', (_i, h, t, w, f) => {
    expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
    expect(checksOf(rt78Page(h, t), 'text.share').filter((c) => c.startsWith('pass 予以公开')), t).toHaveLength(1);
    expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
    expect(findingKeys(rt78Page(h, w)), w).toEqual(f);
    expect(findingKeys(rt78Page(h, w, false)), w).toEqual([]);
  });
});

describe('txt78: near neighbours stay silent', () => {
  it.each(SILENT.map(([h, t, w, why], i) => [i, h, t, w, why] as const))('%i %s', (_i, h, t, w, why) => {
    for (const p of [t, w]) {
      expect(findingKeys(rt78Page(h, p)), `${p} (${why})`).toEqual([]);
      expect(findingKeys(rt78Page(h, p, false)), `${p} (${why})`).toEqual([]);
    }
  });
});
