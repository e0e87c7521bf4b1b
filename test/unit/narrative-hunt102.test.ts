/**
 * Session 65's false-flag hunt on real prose of the older reports (hunt102): 47 excerpts of 2019–2022 reports
 * (narrative-hunt102-excerpts.ts, each with its address), read as a page of their paragraphs with the report's year and
 * body, with no table and with tables 二/三/四 (2019 or 2021 template) made to agree with what they state; then 49 of their
 * sentences with one figure made wrong (or a % off, or a word turned).
 * On main (269bb6df): no false flag of ours; two flags, both the reports' own (their lists do not add up, kept flagged):
 * 山阳县 2020's 6391 of 1105 + 2896 + 2004 (6005, its third item "…其他信息"), 遂宁经开区 2021's 977 of nine kinds
 * closed by 其他 (694). Misses fixed, each failing on main:
 * - accounts counted by platform ("目前共计6个，其中微信3个，微博2个，抖音1个") are no channels an item goes out on twice: over
 *   the whole is an error (parts-overlap.ts accountsByPlatform; a skip before, "各发布渠道的信息可能重复计数");
 * - 本年新收 and 上年结转 are the year's two sources of applications: a list of both under a whole of those taken in is closed,
 *   short of it an error ("累计处理…92件，其中，本年度新接收91件，2020年结转办理1件": parts-sources.ts; a skip before);
 * - "…272条，分布情况为：公示公告类103条，…" opens a list as 其中 does (list-marks.ts DISTRIBUTION; unread before).
 * And one false error of ours found on a guard written for these (no real page): "共受理申请70件，其中本年新收62件、上年结转4件，
 * 还有4件为咨询转办" summed the two alone against 70 (new-and-carried.ts): a count going on after them is a third part.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { withDocumentReader } from '../../lib/text/traditional.ts';
import { EXCERPTS, type Excerpt } from './narrative-hunt102-excerpts.ts';
import { checksOf, findingKeys, paras, runProse } from './narrative-tables.ts';

/** An excerpt's paragraphs as a page (a traditional one through the page's reader, as analyzeDocument reads it). */
function read(e: Excerpt, ps: readonly string[], figures: Record<string, number>) {
  if (!e.trad) return runProse(paras(...ps), figures, e.year, e.body);
  const { document } = parseHTML(`<!DOCTYPE html><html><head><title>${e.body}${e.year}年政府信息公開工作年度報告</title></head><body><div>${paras(...ps)}</div></body></html>`);
  return withDocumentReader(document as unknown as Document, () => checkNarrative({ container: document.body, exclude: [], figures, figureRefs: {}, year: e.year, agency: e.body }));
}
const byId = (id: string): Excerpt => EXCERPTS.find((e) => e.id === id)!;
const one = (text: string) => runProse(paras(text), {}, 2021, '某区人民政府');
const sums = (text: string) => checksOf(one(text), 'text.parts-sum');

describe('hunt102: accounts counted by platform do not overlap (parts-overlap.ts accountsByPlatform)', () => {
  // https://snjkq.suining.gov.cn/zwgk/show/721bf01c07804f6484043de4197af76a.html (遂宁经济技术开发区 2021)
  const real = '今年经开区新增政务新媒体1个，注销3个，目前共计6个，其中微信3个，微博2个，抖音1个。';
  it('the real sentence: a pass, as before', () => {
    expect(sums(real)).toEqual(['pass 3个+2个+1个 = 6个']);
  });
  it('TWINS: over the whole, an error (a skip before: the channels\' overlap)', () => {
    expect(findingKeys(one(real.replace('抖音1个', '抖音2个')))).toEqual(['text.parts-sum:error:7:6']);
    expect(findingKeys(one('共有政务新媒体账号6个，其中微信公众号3个、微博2个、抖音号2个。'))).toEqual(['text.parts-sum:error:7:6']);
  });
  it('guards: information on channels, something published between, an item that publishes — still a skip', () => {
    for (const text of [
      '全年通过政务新媒体发布信息600条，其中微信发布300条，微博发布200条，抖音发布150条。',
      '政务新媒体共发布信息6个，其中微信3个，微博2个，抖音2个。',
      '开设政务新媒体6个，其中微信公众号发布3个，微博2个，抖音2个。',
      '通过网站公开文件6个，其中网站3个，微信2个，微博2个。',
    ]) {
      expect(findingKeys(one(text)), text).toEqual([]);
      expect(sums(text)[0], text).toMatch(/^skip .*各发布渠道的信息可能重复计数/);
    }
  });
});

describe('hunt102: the year\'s new and carried in, a closed list (parts-sources.ts)', () => {
  // http://hntrmy.com/col/13649_176277/art/16436448/1645147752038KaoNWX9a.html (淮安市清江浦区 2021)
  const real = '今年以来，全区累计处理政府信息依申请公开92件，其中，本年度新接收91件，2020年结转办理1件。除4件转结2022年办理以外，均依法依规完成答复。';
  it('the real sentence: a pass, as before', () => {
    expect(sums(real)).toEqual(['pass 91件+1件 = 92件']);
  });
  it('TWINS: short of the whole an error (a skip before), over it too (silent before)', () => {
    expect(findingKeys(one(real.replace('新接收91件', '新接收90件')))).toEqual(['text.parts-sum:error:91:92']);
    expect(findingKeys(one(real.replace('结转办理1件', '结转办理2件')))).toEqual(['text.parts-sum:error:93:92']);
    expect(findingKeys(one('共受理申请92件，其中本年新收90件，上年结转1件。'))).toEqual(['text.parts-sum:error:91:92']);
    expect(sums('共受理申请92件，其中本年新收91件，上年结转1件。')).toEqual(['pass 91件+1件 = 92件']);
  });
  it('guards: a whole of those closed, no applications named, a way in, one carried on, a year that may be this one — no error', () => {
    for (const text of [
      '全年办结63件，其中上年结转4件，本年新收58件。',
      '累计办理事项92件，其中本年度新接收90件，上年结转1件。',
      '共受理申请92件，其中本年度新接收90件，网上申请1件。',
      '累计处理政府信息依申请公开92件，其中本年度新接收90件，结转下年度1件。',
      '共受理申请92件，其中本年新收90件，2021年结转1件。',
      '截至2021年底，累计受理申请500件，其中本年新收62件，上年结转4件。',
      '累计受理申请500件，其中本年新收62件，上年结转4件。',
      '全年受理申请80件（含转办件），其中本年新收62件、上年结转4件。',
      '全年共受理依申请公开和咨询事项70件，其中本年新收62件，上年结转4件。',
    ]) expect(findingKeys(one(text)), text).toEqual([]);
    expect(findingKeys(one('2021年累计受理申请92件，其中本年新收90件，上年结转1件。'))).toEqual(['text.parts-sum:error:91:92']);
  });
  it('a count going on after the two is a third part: a pass, no error (a false error 66:70 on main, new-and-carried.ts)', () => {
    for (const text of ['共受理申请70件，其中本年新收62件、上年结转4件，还有4件为咨询转办。', '共受理申请70件，其中本年新收62件，上年结转4件，另有4件为其他部门转来。']) {
      expect(findingKeys(one(text)), text).toEqual([]);
      expect(sums(text), text).toEqual(['pass 62件+4件+4件 = 70件']);
    }
    // (its twin over the whole is caught; one short is a skip, a list that may leave a kind out)
    expect(findingKeys(one('共受理申请70件，其中本年新收62件、上年结转4件，还有5件为咨询转办。'))).toEqual(['text.parts-sum:error:71:70']);
  });
});

describe('hunt102: "分布情况为：" opens a list (list-marks.ts DISTRIBUTION)', () => {
  // http://www.hzsc.gov.cn/art/2021/1/25/art_1229232619_3937963.html (杭州市江干区市场监督管理局 2020)
  it('the real paragraph: a pass of eleven kinds (unread before)', () => {
    const e = byId('jianggansj20');
    expect(checksOf(read(e, e.paras, {}), 'text.parts-sum')).toEqual(['pass 103条+1条+2条+1条+2条+12条+2条+120条+4条+1条+24条 = 272条']);
  });
  it('TWINS: over, an error; one short with no 其他, a skip (the writer may have left a kind out)', () => {
    const list = '在江干区政府门户网站主动公开政府信息272条，分布情况为：公示公告类103条，信息公开指南1条，信息公开年报2条，政策文件类1条，规划计划类2条，统计分析类12条，财政信息类2条，工作信息120条，依申请公开统计4条，行政执法公开类1条，重点领域信息公开24条。';
    expect(findingKeys(one(list.replace('工作信息120条', '工作信息121条')))).toEqual(['text.parts-sum:error:273:272']);
    expect(sums(list.replace('工作信息120条', '工作信息119条'))[0]).toMatch(/^skip /);
    expect(findingKeys(one('全年公开信息272条，分布情况为：公示公告类103条，工作信息169条，其他1条。'))).toEqual(['text.parts-sum:error:273:272']);
  });
  it('guards: 分布在… is no list head; a count needed before it', () => {
    expect(sums('全年公开信息272条，分布在网站、微信等平台，其中网站200条，微信72条。')).toEqual(['pass 200条+72条 = 272条']);
    expect(sums('信息分布情况为：公示公告类103条，工作信息169条。')).toEqual([]);
  });
});

/** The reports' own errors: their lists do not add up, and stay flagged (with the tables too, where there are any). */
const OWN: Record<string, string[]> = {
  // http://www.shangluo.gov.cn/info/1677/56001.htm: 1105 + 2896 + 2004 = 6005 of 6391, the third item "…民众关心的其他信息"
  shanyang20: ['text.parts-sum:error:6005:6391'],
  // https://snjkq.suining.gov.cn/zwgk/show/721bf01c07804f6484043de4197af76a.html: nine kinds closed by 其他信息145条, 694 of 977
  jingkai21: ['text.parts-sum:error:694:977'],
};

describe('hunt102: the 47 real excerpts, with no table and with tables made to agree: no finding but the reports\' own', () => {
  for (const e of EXCERPTS) {
    it(`${e.id} ${e.body} ${e.year}`, () => {
      expect(findingKeys(read(e, e.paras, {}) as never)).toEqual(OWN[e.id] ?? []);
      if (Object.keys(e.figs).length > 0) expect(findingKeys(read(e, e.paras, e.figs) as never)).toEqual(OWN[e.id] ?? []);
    });
  }
  it('what they give, counted (no table: 29 pass, 3 skip, 2 flagged; with the tables: 56 pass, 2 skip, 1 flagged)', () => {
    const count = (withTables: boolean) => {
      const n = { pass: 0, skip: 0, other: 0 };
      for (const e of EXCERPTS) {
        if (withTables && Object.keys(e.figs).length === 0) continue;
        for (const c of read(e, e.paras, withTables ? e.figs : {}).checks) {
          if (c.outcome === 'pass') n.pass++; else if (c.outcome === 'skip') n.skip++; else n.other++;
        }
      }
      return n;
    };
    expect(EXCERPTS.length).toBe(47);
    expect(count(false)).toEqual({ pass: 29, skip: 3, other: 2 });
    expect(count(true)).toEqual({ pass: 56, skip: 2, other: 1 });
  });
});

type Twin = [id: string, from: string, to: string, bare: string[], tabled: string[]];
const own = (id: string, ...more: string[]): string[] => [...(OWN[id] ?? []), ...more];
/** One figure of a real excerpt made wrong (or a word turned): caught, with no table and with the excerpt's tables. */
const CAUGHT: Twin[] = [
  ['xijie19', '本单位网站公开政府信息数52条', '本单位网站公开政府信息数53条', ['text.parts-sum:error:374:373'], ['text.parts-sum:error:374:373']],
  ['dongcheng19', '占61.54%', '占60.54%', ['text.share:error:61.54:60.54'], ['text.share:error:61.54:60.54']],
  ['dongcheng19', '民生事项32条', '民生事项33条', ['text.parts-sum:error:53:52', 'text.share:error:63.46:61.54'], ['text.parts-sum:error:53:52', 'text.share:error:63.46:61.54']],
  ['guihua19', '收到1份', '收到2份', [], ['text.vs-table:error:1:2']],
  ['tangcun20', '工作动态50条', '工作动态51条', ['text.parts-sum:error:82:81'], ['text.parts-sum:error:82:81']],
  ['qingjiangpu21', '本年度新接收91件', '本年度新接收90件', ['text.parts-sum:error:91:92'], ['text.parts-sum:error:91:92']],
  ['qingjiangpu21', '2020年结转办理1件', '2020年结转办理2件', ['text.parts-sum:error:93:92'], ['text.parts-sum:error:93:92', 'text.vs-table:error:1:2']],
  ['dongbao21', '其他3215条', '其他3216条', ['text.parts-sum:error:8660:8659'], []],
  ['tianmen21', '政府會議25條', '政府會議24條', ['text.parts-sum:error:120:121'], ['text.parts-sum:error:120:121']],
  ['tianmen21', '共制發行政規範性文件16個', '共制發行政規範性文件17個', [], ['text.vs-table:error:16:17']],
  ['yingbinlu21', '行政复议1起', '行政复议2起', [], ['text.vs-table:error:1:2']],
  ['donglin21', '办事指南74条', '办事指南75条', ['text.parts-sum:error:209:208'], []],
  ['dongchengjie21', '部门工作59条', '部门工作60条', ['text.parts-sum:error:65:64'], ['text.parts-sum:error:65:64']],
  ['qingxin22', '其他信息397条', '其他信息396条', ['text.parts-sum:error:642:643'], ['text.parts-sum:error:642:643']],
  ['tongzi22', '共收到政府信息公开申请21件', '共收到政府信息公开申请22件', [], ['text.vs-table:error:21:22']],
  ['tongzi22', '行政诉讼案件1件', '行政诉讼案件2件', [], ['text.vs-table:error:1:2']],
  ['dazuwb22', '占41%', '占45%', ['text.share:error:42:45'], ['text.share:error:42:45']],
  // (a warning: the other shares are all of 12, so 6 of 12 against 41% is likelier the share's slip than the count's)
  ['dazuwb22', '其他公文5条', '其他公文6条', ['text.share:warning:50:41'], ['text.share:warning:50:41']],
  ['datong21', '结转下年3件', '结转下年4件', ['text.parts-sum:error:309:310'], ['text.vs-table:error:3:4']],
  ['hejiang22', '办结17件', '办结16件', ['text.parts-sum:error:17:16'], ['text.vs-table:error:17:16']],
  ['qingyuan22', '其他信息2840条', '其他信息2841条', ['text.parts-sum:error:2874:2873'], ['text.parts-sum:error:2874:2873']],
  ['putuo22', '平均主动公开率为95.19%', '平均主动公开率为96.19%', ['text.share:error:95.19:96.19'], []],
  // (11 is neither the 9 received nor 9 + 1 with the carried: wrong either way)
  ['huaihuaxian22', '信函申請數5件', '信函申請數6件', ['text.parts-sum:error:11:9'], ['text.parts-sum:error:11:9']],
  ['jingkai21', '抖音1个', '抖音2个', own('jingkai21', 'text.parts-sum:error:7:6'), own('jingkai21', 'text.parts-sum:error:7:6')],
  ['jingkai21', '环境保护46条', '环境保护47条', own('jingkai21', 'text.parts-sum:error:219:218'), own('jingkai21', 'text.parts-sum:error:219:218')],
];
/** Missed, each with its reason: [id, from, to, why]. */
const MISSED: [string, string, string, string][] = [
  ['guihua19', '民生事项信息16条', '民生事项信息15条', 'one short with no 其他 item: a skip by design (the writer may have left a kind out)'],
  ['chongli20', '工作动态31条', '工作动态30条', 'as guihua19'],
  ['jianggansj20', '工作信息120条', '工作信息119条', 'as guihua19'],
  ['jianggansj20', '工作信息120条', '工作信息121条', 'over, but the sentence before holds the channels\' whole (2425 of 网站, 微博, 微信…), whose reading (channels may overlap) leaves the list a skip; the same list alone is caught (above)'],
  ['yingbinlu21', '政府信息公开申请5件', '政府信息公开申请6件', '"向市政府及市政府办公室提出的…申请": applications to another body (claim-scope), by design'],
  ['qingxin22', '申请人自行撤销2件', '申请人自行撤销3件', '"共收到26份…依申请公开件，其中…撤销2件，…答复处理24件": a whole in 份 over items in 件 is no list read, nor is 26份 of 依申请公开件 set against table 三'],
  ['qingxin22', '共收到26份', '共收到27份', 'as the one before'],
  ['datong21', '予以答复306件', '予以答复305件', '"法定期限内予以答复": those answered in time may be fewer than those answered (no flow, a subset against 办理结果总计)'],
  ['datong21', '县区公开政府信息35212条', '县区公开政府信息35213条', 'its other item is round ("31339余条"): no closed sum'],
  ['hejiang22', '县政府部门和镇（街道）共公开各类政府信息14542条', '县政府部门和镇（街道）共公开各类政府信息14543条', 'the parts (7055, 14542) in the sentence after the whole, with no 其中: no list'],
  ['putuo22', '公开率为30.80%', '公开率为31.80%', '81 of 263 answered or of 267 received: two bases, the share not read'],
  ['putuo22', '上升1.52%', '下降1.52%', '增加 for 减少: last year\'s count is nowhere in the text (the only 2019–2022 comparison the search gave: none named both years\' figures)'],
  ['luoyang21', '政务微信公开政府信息数635条', '政务微信公开政府信息数636条', 'the channels (65, 635) in the sentence after the whole\'s 其中 (a one-item 其中 of 规范性文件0条): no list'],
  ['dawuli20', '微信公众号公开92条', '微信公众号公开93条', 'the 其中 in the sentence after the whole\'s, naming the channels first ("形式和渠道主要包括…等，其中，…"): no list'],
  ['pufang20', '公开规范性文件8个', '公开规范性文件9个', 'the 2019 template\'s 本年新公开数量 is not set against "通过网站公开规范性文件8个" (公开 on the site may be fewer)'],
  ['chengkou20', '新制定行政规范性文件15件', '新制定行政规范性文件16件', 'the 2019 template\'s 本年新制作数量 is not set against "新制定" under a count of information'],
  ['zhongjiang22', '全年依法办结41件', '全年依法办结40件', '"全县共收到…42件": the county\'s, not the office\'s table (scope), by design'],
  ['laifeng21', '办理事项1件', '办理事项2件', '"收到政府信息依申请公开办理事项1件": 办理事项 as the applications received is not read'],
  ['huaqiaolu21', '办理依申请公开件2件', '办理依申请公开件3件', '"办理依申请公开件2件": 依申请公开件 before its count is not read (and 办理 may count the carried)'],
  ['xingdong21', '受理依申請公開件9件', '受理依申請公開件8件', 'as huaqiaolu21 (受理依申请公开件9件)'],
  ['tongling21', '主动公开规范性文件20份', '主动公开规范性文件21份', '主动公开 is not 制发: not set against table 二, by design'],
  ['shanghai22', '含新制定5件', '含新制定6件', '"规章13件（含新制定5件，修改4件，废止4件）": a 含 list in a bracket is a subset, not read as parts'],
  ['dafeng20', '通过微博微信公开信息8226条', '通过微博微信公开信息9226条', 'channels under a round whole (1.53万条): 15062 against 1.53万 is a skip (channels may overlap)'],
];

describe('hunt102: 48 twins of the real excerpts', () => {
  for (const [id, from, to, bare, tabled] of CAUGHT) {
    it(`caught — ${id}: ${to}`, () => {
      const e = byId(id);
      const ps = e.paras.map((p) => p.replace(from, to));
      expect(ps).not.toEqual(e.paras);
      expect(findingKeys(read(e, ps, {}) as never)).toEqual(bare);
      if (Object.keys(e.figs).length > 0) expect(findingKeys(read(e, ps, e.figs) as never)).toEqual(tabled);
    });
  }
  for (const [id, from, to, why] of MISSED) {
    it(`missed — ${id}: ${to} (${why.slice(0, 40)}…)`, () => {
      const e = byId(id);
      const ps = e.paras.map((p) => p.replace(from, to));
      expect(ps).not.toEqual(e.paras);
      expect(findingKeys(read(e, ps, {}) as never)).toEqual(OWN[id] ?? []);
      if (Object.keys(e.figs).length > 0) expect(findingKeys(read(e, ps, e.figs) as never)).toEqual(OWN[id] ?? []);
    });
  }
  it('counted: 25 caught, 23 missed with their reasons', () => {
    expect([CAUGHT.length, MISSED.length]).toEqual([25, 23]);
  });
});
