/**
 * rt78 (session 59): a red team of the text readings with paragraphs written as 2022–2025 reports of provincial
 * departments, municipal bureaus and street/township offices write their 总体情况 and 依申请公开 sections
 * (narrative-rt78-sentences.ts: long sentences with several 其中 levels, 万/亿 beside counts, 同比/环比/较2023年, rates with
 * and without their bases, the 12345 hotline's, 政务服务's, 行政许可's and 行政处罚's figures beside the applications',
 * 政策解读/新闻发布会/政务新媒体 counts, ranges, dates, phone numbers, document and article numbers). Every true paragraph
 * is silent with word-2021-consistent's tables and with none; each wrong twin is caught where a reading claims to catch it,
 * or kept as a miss with its reason. On main (10b3dee) one true paragraph raised errors (52: a service hall's 受理各类申请
 * 12.6万件, 办结12.5万件, 结转1000件 read against table 三) and two gave a skip whose words were not true of them (92, 108:
 * the applications' count past a ； summed into the hotline's 其中 list).
 */
import { describe, expect, it } from 'vitest';
import { checksOf, findingKeys } from './narrative-tables.ts';
import { RT78, RT78_MORE, rt78Page } from './narrative-rt78-sentences.ts';

describe('rt78: true paragraphs of provincial, municipal and street reports raise nothing', () => {
  it.each(RT78.map(([h, t], i) => [i, h, t] as const))('%i silent with the tables and without', (_i, h, t) => {
    expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
    expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
  });
  it('the fifth and sixth rounds too', () => {
    for (const [h, t] of RT78_MORE) {
      expect(findingKeys(rt78Page(h, t)), t).toEqual([]);
      expect(findingKeys(rt78Page(h, t, false)), t).toEqual([]);
    }
  });
});

/** index → the twin's findings (with the tables; [with, without] where they differ), or why the miss is kept. */
const CAUGHT: Record<number, readonly string[] | readonly [readonly string[], readonly string[]] | string> = {
  0: ["text.change:error:13.8:31.8"],
  1: [["text.vs-table:error:63:64"], []],
  2: ["text.share:error:22.6:32.6"],
  3: [["text.vs-table:error:3:5"], ["text.parts-sum:error:66:68"]],
  4: [["text.vs-table:error:62:72"], []],
  5: "\"较上年增长41.8%\" with no base and no count of last year: nothing to compute it from",
  6: ["text.share:error:50.8:58"],
  7: ["text.change:error:14.8:18.4"],
  8: [["text.share:warning:61.9:69.1"], []], // (read since txt78: the counts before the 公开率 are table 三's totals, disclosure-rate-alone.ts onlyTableTotals)
  9: ["text.share:error:33.3:43.3"],
  10: "two 其中 levels (traced, txt75): the second (\"其中政策文件326件\" of 8563) ends the first list, so the channel past the ； is not summed; read as one list (\"其中通过门户网站公开8563条，通过政务新媒体发布4437条\"), channels over their whole are a skip by design (\"各发布渠道的信息可能重复计数\")",
  11: ["text.change:error:7.1:9.1"],
  12: "the 个 items (视频解读8个, 动漫解读20个) are of another counter than the whole's 篇 and left out of the sum (traced, txt75): 6+32 = 38 short of 56, a skip (\"列举可能不完整\"); who and how besides, two dimensions whose sum is no claim",
  13: "\"A、B，合计N\" whose parts fall short: a trailing total may be the year's whole with an item left out (parts-other-shapes.ts, a skip by design)",
  14: ["text.change:error:18.6:28.6"],
  15: ["text.change:error:33.3:43.3"],
  16: "the whole in 条, the part in 件 (\"信息1860条，其中政策文件128件\"): no whole of the part's counter",
  17: ["text.share:error:28.5:38.5"],
  18: "the change names its subject again (\"发布会数量较2023年增加3场，增长43.3%\", traced, txt75): only comparison words may stand between a count and its change, so 12场 is not its count; \"召开新闻发布会12场，较2023年增加3场，增长43.3%\" is caught",
  19: ["text.parts-sum:error:270:260"],
  20: [["text.parts-sum:error:64:63", "text.vs-table:error:3:4"], ["text.parts-sum:error:64:63"]],
  21: ["text.parts-sum:error:64:62"],
  22: ["text.share:error:23.8:32.8"],
  23: ["text.share:error:95.5:98.5"],
  24: [["text.share:warning:61.9:69.1"], []], // (as 8, its bracket dropped from the rate's words: rateWords)
  25: [["text.vs-table:error:63:36"], []],
  26: ["text.share:error:25.8:35.8"],
  27: ["text.share:error:9.7:7.9"],
  28: [["text.vs-table:error:15:16"], []],
  29: ["text.share:error:56.5:65.5"],
  30: "last year's count given twice (\"较2023年的54件\", then \"2022年、2023年分别为45件、64件\", traced, txt75): no reading compares a 分别 run of other years' counts with a base said before; the change itself (62 − 54, 14.8%) passes",
  31: [["text.share:error:50.8:69.1"], []],
  32: "quarters listed after the year's count with no 其中 are not read as its parts (traced, txt75); with \"其中第一季度12件、…第四季度28件\" the twin is caught (parts-sum 72 ≠ 62)",
  33: [["text.vs-table:error:62:72"], []],
  34: [["text.vs-table:error:62:72"], []],
  35: "a share after the part's change with its base in a parenthesis (\"比2023年（40件）增长20%，占…\"): the bracketed base stands between",
  36: [["text.vs-table:error:7:8"], []],
  37: [["text.vs-table:error:3:6"], ["text.parts-sum:error:66:69"]],
  38: ["text.share:error:50:60"],
  39: "a bare \"结转5件\" after 办结, no 下年度 or 至2025年, with 上年结转 named in the bracket just before (traced, txt75): 上年结转 or 结转下年度 is unsure, not read by design",
  40: "a 纠错率 after a count of those upheld (\"维持1件，纠错率100%\"): the corrected count is not said",
  41: [["text.vs-table:error:1:2"], []],
  42: [["text.vs-table:error:1:2"], []],
  43: [['text.vs-table:error:1:2'], []], // (read since txt77: claim-scope.ts asReviewerAt — the suits' own ；-clause is not the 复议机关's)
  44: "as 40 (no count of those corrected)",
  45: "results under a 其中 after \"已全部办结\" of the 3 received: results may include applications carried in (a skip that says so)",
  46: ["text.parts-sum:error:6:5"],
  47: "\"未收到\" is no figure (traced, txt75): 0 less 2 is not read",
  48: ["text.parts-sum:error:5:4"],
  49: ["text.change:error:33.3:43.3"],
  50: ["text.parts-sum:error:16:15"],
  51: [["text.vs-table:error:3:5"], []],
  52: [["text.vs-table:error:63:65"], []],
  53: [["text.vs-table:error:63:65"], []],
  54: "other work only (the hotline's tickets): silent by design",
  55: "the second share's count is in 个 (视频解读8个) under a whole in 篇 (traced, txt75): no whole of its counter, a skip (\"找不到占比所对应的总数\")",
  56: ["text.share:error:77.4:87.4"],
  57: [["text.vs-table:error:4:6"], []],
  58: "(no twin: no figure a reading can check — 延期答复 counts and ranges only)",
  59: ["text.parts-sum:error:72:62"],
  60: [["text.vs-table:error:63:73"], []],
  61: [['text.vs-table:error:3:5'], []], // (read since txt77: carried-after.ts, the reason without 因 and "已结转至2025年")
  62: [["text.vs-table:error:3:4"], ["text.parts-sum:error:66:67"]],
  63: ["text.change:error:24:26"],
  64: ["text.change:error:20:30"],
  65: ["text.change:error:14.8:41.8"],
  66: ["text.share:error:10.5:15.5"],
  67: [["text.share:warning:95.5:96.5"], []],
  68: ["text.change:error:14.8:18.4"],
  69: ["text.share:error:77.42:74.42"],
  70: "the third numbered paragraph (\"3.结转情况。结转至2025年继续办理的4件\") names no 申请, and the section's heading is not the line right before it (traced, txt75: paragraph-topic.ts reads a paragraph's own words and a heading just before it); right under the heading it is caught",
  71: ["text.parts-sum:error:13:12"], // (hunt102: accounts counted by platform do not overlap as information on channels may — parts-overlap.ts accountsByPlatform; was a skip)
  72: [["text.vs-table:error:3:5"], []],
  73: "\"A，B，合计N\" with ，-separated items is not read as a list (traced, txt75: \"征收项目申请12件，其他申请50件，合计72件\" is unread too), and a sum short of a trailing 合计 would be a skip by design (as 13)",
  74: [["text.share:warning:61.9:69.1"], []], // (as 8)
  75: ["text.change:error:16:18"],
  76: ["text.share:error:3.2:5.2"],
  77: [['text.share:warning:95.5:93.5'], []], // (read since txt77: period.ts CHANGE_CLAUSE, "环比2023年增长14.8%" is a change's base, not the rate's period)
  78: "\"提速18.3%\" of a 缩短 in days: not a change the readings know",
  79: "the share stands in a bracket that opens with its own 其中 right after the whole (\"62件（其中网上申请48件，占77.4%；信函申请14件，占32.6%）\", traced, txt75): the bracket's 其中 is not taken as that whole's, the whole is guessed nearby and a wrong share is a skip (\"总数是就近推定的\"); outside a bracket the twin is caught",
  80: "按期答复率 is an on-time rate (completion-rate.ts OTHER_RATE, traced, txt75) and table 三 has no on-time column: \"在法定期限内答复62件\" of 63 beside \"按期答复率100%\" is not read",
  81: [["text.vs-table:error:1:2"], []],
  82: "a 分别 run of changes against a 、-run of last year's counts in a 与…相比 frame (\"与2023年的3件、2件相比分别减少2件、2件\", traced, txt75): no reading pairs the two runs",
  83: "(no twin: other work's figures only)",
  84: ["text.parts-sum:error:4:3"],
  85: ["text.parts-sum:error:64:62"],
  86: ["text.share:error:77.4:74.4"],
  87: "as 5",
  88: "as 5 (traced, txt75): the 分别 run gives 62件 no base for \"同比增长41.8%\"",
  89: "\"占新收申请的61.6%\" with no 新收 count in the sentence: share-named-new.ts reads it only beside one",
  90: ["text.share:error:6.5:8.5"],
  91: "a 分别 run over a year range (\"2022—2024年分别收到申请45件、54件、62件\", traced, txt75): its counts are not paired with their years, so \"2024年较2023年增长18.4%\" has neither count",
  92: [["text.vs-table:error:62:52"], []],
  93: [["text.parts-sum:error:64:63", "text.vs-table:error:1:2"], ["text.parts-sum:error:64:63"]],
  94: ["text.change:error:3.2:2.2"],
  95: ["text.share:error:60:50"],
  96: ["text.change:error:27.3:37.3"],
  97: "as 39 (traced, txt75): \"结转3件\" → 5 with no 下年度, the clause naming 上年结转 first",
  98: [["text.vs-table:error:62:72"], []],
  99: ["text.change:error:14.81:18.41"],
  100: "the change stands before the count it is of (\"申请数量较2023年（54件）增加9件，全年新收62件\", traced, txt75): a change is read against a count before it; \"全年新收申请62件，较2023年（54件）增加9件\" is caught",
  101: "a month's base (\"环比增长43.3%（11月份6件）\", traced, txt75): a month against the month before is not read (a part of the year, not the report's figure)",
  102: "(no twin: one 其中 item claims nothing)",
  103: "as 40 (the rate with no count of those corrected; its base spelled in a parenthesis)",
  104: [["text.vs-table:error:62:72"], []],
  105: ["text.share:error:33.9:43.9"],
  106: ["text.share:error:37.1:27.1"],
  107: ["text.share:error:33.3:43.3"],
  108: "\"予以公开2件\" of \"政府信息公开申请1件\" with no 其中 (traced, txt75): a single result claims no sum, and results may include applications carried in (as 45); a street's report, read without tables",
  109: "as 45",
  110: "\"是2023年的1.25倍\" with no base: nothing to compute it from",
  111: "as 5 (an increase in 件 with no base)",
  112: "as 88",
  113: ["text.share:error:77.4:87.4"],
  114: [["text.vs-table:error:3:5"], []],
  115: ["text.share:error:95.5:97.5"],
  116: "as 100, across a ； (traced, txt75): \"与2023年相比，申请量增加8件，增幅18.4%…；全年新收62件\" — the change stands before its count",
  117: ["text.share:error:11.1:17.1"],
  118: ["text.share:error:22.6:32.6"],
  119: ["text.change:error:100:50"],
  120: [["text.vs-table:error:63:64"], []],
  121: "as 111",
  122: ["text.change:error:33.3:43.3"],
  123: "\"余5件正在办理中\" names no 结转下年度 (traced, txt75): not compared with table 三's row, and 已办理完毕63件 + 余5件 against 66 is no list a reading sums",
  124: ["text.parts-sum:error:13000:12000"],
  125: [["text.vs-table:error:62:63"], []],
  126: ["text.share:error:24.2:25.2"],
  127: "\"降幅分别为33.3%、50%\" after \"分别减少2件、1件\" (traced, txt75): a 分别 run of rates of decrease, their bases (this year's + the decrease) unsaid, is not read",
  128: [["text.vs-table:error:63:72"], []],
  129: "the counts come after their changes (\"同比增长14.8%，达到62件\", \"其中网上申请同比增长26.3%，达到68件\", traced, txt75): the change between 其中 and its count leaves the item unread as a part; \"全年新收申请达到62件，其中网上申请达到68件\" is caught",
  130: "(no twin: other work's figures only)",
  131: ["text.change:error:14.8:18.4"], // (txt79: the second of two comparisons, read of the first's count; only the first before)
  132: ["text.share:error:4.9:5.9"],
  133: ["text.share:error:9.5:19.5"],
  134: "a list inside a parenthesis over its whole: items by content may overlap (a skip)",
  135: [["text.vs-table:error:3:5"], []],
};

describe('rt78: each wrong twin is caught, or its miss kept with a reason', () => {
  it.each(RT78.map(([h, , w], i) => [i, h, w] as const))('%i', (i, h, w) => {
    const want = CAUGHT[i] ?? [`twin ${i} has no entry`];
    const [withT, without] = typeof want === 'string' ? [[], []] : Array.isArray(want[0]) ? (want as readonly [readonly string[], readonly string[]]) : [want as readonly string[], want as readonly string[]];
    if (!w) return;
    expect(findingKeys(rt78Page(h, w)), w).toEqual(withT);
    expect(findingKeys(rt78Page(h, w, false)), w).toEqual(without);
  });
});

describe('rt78 fixes, each at its cause', () => {
  it('a service hall\'s own intake is not table 三\'s (claim-scope.ts SERVICE_HALL; were three errors)', () => {
    const t = '全年政务服务中心受理各类申请12.6万件，办结12.5万件，结转下年度1000件；受理政府信息公开申请62件，上年结转4件，办结63件。';
    expect(checksOf(rt78Page('o', t), 'text.vs-table')).toEqual(['pass 62件 = 表三“本年新收” 62', 'pass 4件 = 表三“上年结转” 4', 'pass 63件 = 表三“办理结果总计” 63']);
    expect(checksOf(rt78Page('o', '全年区政务服务大厅共受理申请1260件，办结1250件。'), 'text.vs-table')).toEqual([]);
    // a hall one applies through, or one whose words name disclosure, is still read
    expect(checksOf(rt78Page('b', '全年通过政务服务中心窗口收到申请62件。'), 'text.vs-table')).toEqual(['pass 62件 = 表三“本年新收” 62']);
    expect(findingKeys(rt78Page('b', '全年政务服务中心受理政府信息公开申请72件。'))).toEqual(['text.vs-table:error:62:72']);
    expect(findingKeys(rt78Page('b', '本局政务服务中心全年受理依申请公开72件。'))).toEqual(['text.vs-table:error:62:72']);
  });

  it('a 其中 list under the hotline\'s whole ends at the ； turning to applications (qizhong-topic-end.ts; was a skip summing them in)', () => {
    for (const t of ['全年受理12345工单2.3万件，其中涉及我厅政府信息公开的诉求23件，同比增长15%；新收政府信息公开申请62件。', '本街道全年共受理群众诉求2356件，其中12345热线转办1890件，办结率100%；政府信息公开申请1件，予以公开1件。']) {
      expect(checksOf(rt78Page('b', t), 'text.parts-sum'), t).toEqual([]);
    }
    // a list of the applications' own past a ； still runs on ("其中：予以公开32件；部分公开7件；…")
    expect(findingKeys(rt78Page('b', '全年受理12345工单2.3万件，其中政务公开类36件、其他类22964件；受理政府信息公开申请62件。'))).toEqual([]);
    expect(findingKeys(rt78Page('b', '全年受理12345工单2.3万件，其中政务公开类36件、其他类32964件；受理政府信息公开申请62件。'))).toEqual(['text.parts-sum:error:33000:23000']);
    // the cases decided as the 复议机关, then those against the body past the ；
    expect(checksOf(rt78Page('r', '2024年，我厅作为行政复议机关办理行政复议案件268件，其中政府信息公开类12件；本厅被申请行政复议1件，维持1件。'), 'text.parts-sum')).toEqual([]);
    expect(findingKeys(rt78Page('r', '2024年，我厅作为行政复议机关办理行政复议案件268件，其中维持200件、纠错78件；本厅被申请行政复议1件，维持1件。'))).toEqual(['text.parts-sum:error:278:268']);
  });

  it('a 公开率 after 予以公开 and 部分公开 listed (disclosure-rate.ts partialListed; the twin was unread)', () => {
    const t = (r: string) => `全年新收政府信息公开申请62件，上年结转4件，办结63件，其中予以公开32件、部分公开7件，公开率${r}；无法提供15件。`;
    expect(checksOf(rt78Page('b', t('61.9%')), 'text.share')).toEqual(['pass 32件+部分公开7件 ÷ 63件 = 61.9%，正文 61.9%']);
    expect(checksOf(rt78Page('b', t('50.8%')), 'text.share')).toEqual(['pass 32件 ÷ 63件 = 50.79%，正文 50.8%']);
    expect(findingKeys(rt78Page('b', t('69.1%')))).toEqual(['text.share:error:50.8:69.1']);
    // 100% is said of 应公开尽公开: not read
    expect(checksOf(rt78Page('b', t('100%')), 'text.share')).toEqual([]);
  });

  it('a share after its count\'s change said twice, "较2023年增加10件，增长26.3%" (share-past-change.ts; was unread)', () => {
    const t = (r: string) => `全年新收申请62件，其中网上申请48件，较2023年增加10件，增长26.3%，占比${r}。`;
    expect(checksOf(rt78Page('b', t('77.4%')), 'text.share')).toEqual([expect.stringMatching(/^pass 48件 ÷ 62件/)]);
    expect(findingKeys(rt78Page('b', t('87.4%')))).toEqual(['text.share:error:77.4:87.4']);
  });

  it('a share of 万/亿 figures no rounding of them can give (share-rounded.ts; was a skip, "万、亿数是约数")', () => {
    expect(findingKeys(rt78Page('a', '全年主动公开政府信息1.2万条，其中政府文件1260条，占15.5%。'))).toEqual(['text.share:error:10.5:15.5']);
    expect(findingKeys(rt78Page('a', '门户网站访问量356.2万人次，其中移动端访问213.7万人次，占50%。'))).toEqual(['text.share:error:60:50']);
    // one reading of the rounding fits (1260 ÷ 1.15万 = 10.96%; 1.25万 → 10.08%): the skip stays
    for (const t of ['全年主动公开政府信息1.2万条，其中政府文件1260条，占10.9%。', '全年主动公开政府信息1.2万条，其中政府文件1260条，占10.1%。']) {
      expect(checksOf(rt78Page('a', t), 'text.share'), t).toEqual([expect.stringMatching(/^skip .*万、亿数是约数/)]);
    }
  });
});
