// @vitest-environment node
/**
 * Session 24's probes (npm run probe) of consistent reports: sentences a careful reader finds true of
 * the tables, as Word pastes them, and the mistakes beside them that must be flagged.
 * The tables are t2text-consistent-2023's: 新收 62 (自然人 56, 商业企业 3, 法律服务机构 2, 其他 1),
 * 上年结转 4, 办结 63 (予以公开 32, 部分公开 7, 不予公开 5, 无法提供 15, 不予处理 3, 其他处理 1),
 * 结转下年度 3; 复议 1 (维持 1), 诉讼 1 (未经复议, 尚未审结 1).
 */
import { describe, expect, it } from 'vitest';
import { word, flagged, runProse, type ProseResult } from './narrative-tables.ts';

const TABLES: Record<string, number> = {
  't3.new.natural': 56, 't3.new.commercial': 3, 't3.new.research': 0, 't3.new.social': 0, 't3.new.legal': 2, 't3.new.otherOrg': 1, 't3.new.total': 62,
  't3.carried.total': 4, 't3.granted.total': 32, 't3.partial.total': 7, 't3.denied.total': 5, 't3.unable.total': 15,
  't3.notProcessed.total': 3, 't3.other.total': 1, 't3.processed.total': 63, 't3.carriedForward.total': 3,
  't4.review.upheld': 1, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0, 't4.review.total': 1,
  't4.suitDirect.upheld': 0, 't4.suitDirect.corrected': 0, 't4.suitDirect.other': 0, 't4.suitDirect.pending': 1, 't4.suitDirect.total': 1,
  't4.suitAfterReview.upheld': 0, 't4.suitAfterReview.corrected': 0, 't4.suitAfterReview.other': 0, 't4.suitAfterReview.pending': 0, 't4.suitAfterReview.total': 0,
};
const run = (text: string): ProseResult => runProse(word(text), TABLES, 2023);
const fired = (r: ProseResult) => flagged(r).map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`);
const sums = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.parts-sum').map((c) => c.outcome);

/** Each sentence raises, among its findings, the one wanted ("rule:severity:expected:actual"). */
const eachFlags = (cases: [string, string][]): void => {
  it.each(cases)('%s is flagged', (text, want) => {
    expect(fired(run(text))).toContain(want);
  });
};
/** Each sentence raises nothing, and its sum checks end as `outcomes` (['pass'], ['skip'], [] for none). */
const eachSilent = (texts: string[], outcomes: string[], why = 'is no finding'): void => {
  it.each(texts)(`%s ${why}`, (text) => {
    const r = run(text);
    expect(fired(r)).toEqual([]);
    expect(sums(r)).toEqual(outcomes);
  });
};

describe('outcomes after a list of 复议 and 诉讼 counts are the list\'s, not its last count\'s', () => {
  it.each([
    '全年因政府信息公开被申请行政复议1件、被提起行政诉讼1件，行政复议维持1件，行政诉讼尚未审结1件。',
    '全年被申请行政复议1件、被提起行政诉讼1件，复议维持1件、诉讼未审结1件。',
    '全年被申请行政复议1件、被提起行政诉讼1件，结果为维持1件、尚未审结1件。',
    // an outcome named for the other kind of case is not one of this count's
    '全年被提起行政诉讼1件，行政复议维持1件，行政诉讼尚未审结1件。',
  ])('%s is no finding', (text) => {
    expect(fired(run(text))).toEqual([]);
  });

  it('outcomes of one count that do not add up are still flagged', () => {
    expect(fired(run('全年被提起行政诉讼1件，维持1件，尚未审结2件。'))).toContain('text.parts-sum:error:3:1');
  });
});

describe('a list under a head count ("在新收的62件申请中，…") that ends in 其他 is read, and claims the whole', () => {
  eachFlags([
    ['在新收的62件申请中，自然人56件，商业企业4件，法律服务机构2件，其他1件。', 'text.parts-sum:error:63:62'],
    ['在新收的62件申请中，网上申请50件，信函申请10件，其他方式1件。', 'text.parts-sum:error:61:62'],
  ]);

  eachSilent([
    '在新收的62件申请中，自然人56件，商业企业3件，法律服务机构2件，其他1件。',
    '在新收的62件申请中，网上申请50件，信函申请10件，其他方式2件。',
  ], ['pass'], 'holds');

  eachSilent([
    // 其他组织 is one of the applicants' columns (法律服务机构 2 is left out), not the rest of the list
    '在新收的62件申请中，自然人56件，商业企业3件，其他组织1件。',
    '全年新收申请62件，其中自然人56件，商业企业3件，其他组织1件。',
    // 其他处理 is table 三's sixth result, not the rest (不予公开, 无法提供, 不予处理 are left out)
    '全年办结申请63件，其中予以公开32件，部分公开7件，其他处理1件。',
  ], ['skip'], ', a list short of its whole with no rest item, is a skip');

  it('法人或其他组织 closes a list of applicants', () => {
    expect(fired(run('全年新收申请62件，其中自然人56件，法人或其他组织5件。'))).toContain('text.parts-sum:error:61:62');
  });
});

describe('"新收申请62件，加上年结转4件，共66件": a sum the text does itself', () => {
  eachFlags([
    ['本年度新收申请62件，加上年结转4件，共67件，办结63件，结转下年度3件。', 'text.parts-sum:error:66:67'],
    ['全年新收申请62件，加上上年结转的4件，全年共需办理申请65件。', 'text.parts-sum:error:66:65'],
  ]);

  eachSilent([
    '本年度新收申请62件，加上年结转4件，共66件，办结63件，结转下年度3件。',
    '全年新收申请62件，连同上年结转4件，合计66件。',
  ], ['pass'], 'holds');

  it('an added count of another unit, or none, is no sum', () => {
    expect(sums(run('主动公开信息412条，加上依申请公开的39件，共451件。'))).toEqual([]);
    expect(sums(run('全年新收申请62件，加强审核，共办结63件。'))).toEqual([]);
  });
});

describe('a multiple of another year than the last names that year in its message', () => {
  const message = (text: string) => run(text).findings.filter((f) => f.rule === 'text.change').map((f) => f.message);
  it('"是2020年（31件）的3倍" in a 2023 report: 2020年为31件, not 上年', () => {
    const [m] = message('全年新收申请62件，是2020年（31件）的3倍。');
    expect(m).toContain('2020年为31件');
    expect(m).not.toContain('上年');
  });
  it('"是上年（31件）的3倍" and "是2022年（31件）的3倍": 上年为31件', () => {
    expect(message('全年新收申请62件，是上年（31件）的3倍。')[0]).toContain('上年为31件');
    expect(message('全年新收申请62件，是2022年（31件）的3倍。')[0]).toContain('上年为31件');
  });
});

describe('"A、B分别为x、y，合计N": the total of a 分别 list', () => {
  eachFlags([
    ['通过政务微博、微信分别公开信息9689条、843条，合计10632条。', 'text.parts-sum:error:10532:10632'],
    ['在政务服务中心、档案馆、图书馆分别开设查阅点40个、8个、7个，共56个。', 'text.parts-sum:error:55:56'],
    ['本年新收、上年结转申请分别为62件、4件，共计67件。', 'text.parts-sum:error:66:67'],
  ]);

  eachSilent([
    '通过政务微博、微信分别公开信息9689条、843条，合计10532条。',
    '区政府本级和各镇分别收到申请20件、42件，合计62件。',
  ], ['pass'], 'holds');

  eachSilent([
    // the total says it holds more than the list: a note after it, a 其中, more names than figures
    '在政务服务中心、档案馆分别开设查阅点40个、8个，共55个（含图书馆7个）。',
    '在政务服务中心、档案馆分别开设查阅点40个、8个，共55个，其中图书馆7个。',
    '区政府本级、各部门和各镇分别收到申请20件、42件，合计70件。',
  ], [], 'is no sum');
});

describe('table 三\'s item rows in the text: "无法提供的15件中，本机关不掌握相关政府信息12件"', () => {
  const ITEMS: Record<string, number> = {
    ...TABLES,
    't3.denied.secret.total': 0, 't3.denied.threeSecurity.total': 1, 't3.denied.thirdParty.total': 2, 't3.denied.process.total': 1, 't3.denied.query.total': 1,
    't3.unable.noInfo.total': 12, 't3.unable.needCreate.total': 2, 't3.unable.unclear.total': 1,
    't3.notProcessed.petition.total': 2, 't3.notProcessed.repeat.total': 1,
  };
  const lead = '全年共收到政府信息公开申请62件。';
  const runItems = (text: string, figures = ITEMS): ProseResult => runProse(word(lead + text), figures, 2023);
  const vsTable = (r: ProseResult) => r.checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome}:${c.quote}`);

  it.each([
    ['无法提供的15件中，本机关不掌握相关政府信息13件，没有现成信息需要另行制作2件，补正后申请内容仍不明确1件。', 'text.vs-table:error:12:13'],
    ['不予公开的5件中，属于危及“三安全一稳定”的2件，涉及第三方合法权益的2件，属于过程性信息的1件。', 'text.vs-table:error:1:2'],
    ['不予公开5件，其中涉及第三方合法权益3件、过程性信息1件、三安全一稳定1件。', 'text.vs-table:error:2:3'],
    ['不予处理的3件中，信访举报投诉类申请1件，重复申请2件。', 'text.vs-table:error:1:2'],
  ])('%s is flagged on its row', (text, want) => {
    expect(fired(runItems(text))).toContain(want);
  });

  it.each([
    '无法提供的15件中，本机关不掌握相关政府信息12件，没有现成信息需要另行制作2件，补正后申请内容仍不明确1件。',
    '不予公开的5件中，属于危及“三安全一稳定”的1件，涉及第三方合法权益的2件，属于过程性信息的1件，属于行政查询事项的1件。',
    '不予处理的3件中，信访举报投诉类申请2件，重复申请1件。',
    // 无法提供 named by its main reason: its total fits
    '本机关不掌握相关政府信息15件。',
  ])('%s holds', (text) => {
    const r = runItems(text);
    expect(fired(r)).toEqual([]);
    expect(vsTable(r).filter((c) => c.startsWith('pass')).length).toBeGreaterThan(1);
  });

  it('repeated applications received, third parties consulted: no item row', () => {
    // "重复申请" among the applications received is no 不予处理 reason (qizhong-nested-2023)
    expect(fired(runItems('全年收到申请62件，其中首次申请55件，重复申请7件。'))).toEqual([]);
    expect(fired(runItems('全年征求第三方意见的申请3件。'))).toEqual([]);
  });

  it('a row the table does not give is a skip, never the group\'s total against it', () => {
    const { 't3.unable.noInfo.total': _, ...without } = ITEMS;
    const r = runItems('无法提供的15件中，本机关不掌握相关政府信息13件。', without);
    expect(fired(r)).toEqual([]);
    expect(vsTable(r)).toContain('skip:本机关不掌握相关政府信息13件');
  });
});

describe('sums the text does itself stay silent where their total is more than their items', () => {
  eachSilent([
    // 共处理, 共办理: those answered (63), not the two added
    '全年新收申请62件，加上年结转4件，共处理63件，结转下年度3件。',
    '全年新收申请62件，加上年结转4件，共办理63件，结转下年度3件。',
    // the total holds an item said after it
    '网上申请、信函申请分别为40件、20件，共62件，另有当面申请2件。',
    '通过网上、信函分别收到申请40件、20件，共计62件，此外当面申请2件。',
  ], [], 'is no finding');
});

describe('a result word under a negation is not that result', () => {
  it.each([
    // 不予以公开 is 不予公开 (5), not 予以公开
    ['依法不予以公开5件。', 'pass'],
    ['不予以公开的申请6件。', 'fail'],
  ])('%s is read as 不予公开 (%s)', (text, outcome) => {
    const r = run(`全年共收到政府信息公开申请62件。${text}`);
    const mine = r.checks.filter((c) => c.rule === 'text.vs-table' && text.includes(c.quote ?? '\u0000'));
    expect(mine.map((c) => c.outcome)).toEqual([outcome]);
    if (outcome === 'fail') expect(fired(r)).toEqual(['text.vs-table:error:5:6']);
  });

  it.each([
    '经征求意见，第三方不同意公开的申请2件。',
    '不同意公开的申请3件。',
    '不再予以公开的1件。',
    '不予受理的申请2件。',
    '逾期未答复的申请0件。',
  ])('%s is compared with no row of table 三', (text) => {
    const r = run(`全年共收到政府信息公开申请62件。${text}`);
    expect(fired(r)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.vs-table' && text.includes(c.quote ?? '\u0000'))).toEqual([]);
  });
});

describe('table 四\'s words under a negation', () => {
  it.each([
    // 复议 1 (维持 1): 不予受理 is among 其他结果 (0), 未予维持 among 纠正 (0), neither the total
    '全年因政府信息公开被申请行政复议1件，复议机关不予受理0件。',
    '全年因政府信息公开被申请行政复议1件，复议机关未予维持的0件。',
  ])('%s is no finding', (text) => {
    expect(fired(run(text))).toEqual([]);
  });
  it('a 维持 the table does not have is still flagged', () => {
    expect(fired(run('全年因政府信息公开被申请行政复议1件，结果维持0件。'))).toEqual(['text.vs-table:error:1:0']);
  });
});

describe('a fee of 0万元 is none, not a sum rounded off', () => {
  const FEES = { ...TABLES, 't2.fees.feeAmount': 12.35 };
  it('"全年行政事业性收费0万元" against 12.35 is flagged', () => {
    const r = runProse(word('全年行政事业性收费0万元。'), FEES, 2023);
    expect(flagged(r).map((f) => `${f.rule}:${f.severity}`)).toEqual(['text.vs-table:error']);
  });
  it('"全年行政事业性收费12.35万元" and a rounded "约12万元" hold', () => {
    for (const text of ['全年行政事业性收费12.35万元。', '全年行政事业性收费12.4万元。']) {
      const r = runProse(word(text), FEES, 2023);
      expect(flagged(r)).toEqual([]);
      expect(r.checks.map((c) => c.outcome)).toEqual(['pass']);
    }
  });
});
