/**
 * Session recall42: the false errors session 41's helpers left (README "Red team of session 41's readings",
 * "Misses of the hunts, session 41", "Real prose, session 41"), then their misses. Each sentence below is
 * self-written: a real sentence's shape with another body and other numbers. Each change passes where the
 * text adds up, fires where it is surely wrong, and stays silent (a skip, or nothing) where a careful reader
 * could take it otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, word } from './narrative-tables.ts';

/** Against the bureau's tables (2021: 新收 86, 上年结转 5, 办结 88 — 予以公开 42, 部分公开 11, 不予公开 6, 无法提供 20 —, 结转下年度 3; 复议 3, 诉讼 1 + 1). */
const onTables = (...paras: string[]) => runProse(`<p>（二）依申请公开情况</p>${paras.map(word).join('')}`, BUREAU_TABLES, 2021, '青溪区卫生健康局');
const tableKeys = (...paras: string[]) => findingKeys(onTables(...paras));
const vsTable = (...paras: string[]) => onTables(...paras).checks.filter((c) => c.rule === 'text.vs-table').map((c) => `${c.outcome}|${c.detail}`);

/** Prose alone (a pre-2019 page): 2016. */
const prose = (text: string) => runProse(`<p>${text}</p>`, {}, 2016, '青石县人民政府');
const keys = (text: string) => findingKeys(prose(text));
const sums = (text: string) => prose(text).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}|${c.detail}`);
const outcomes = (xs: string[]) => xs.map((x) => x.split('|')[0]);

describe('recall42 A1: work delegated to the body or by it is a part, not table 三\'s whole (body-part.ts DELEGATED)', () => {
  it('silent: 受…委托, 委托…办理, 受托, a 委托 clause before 我局', () => {
    for (const t of [
      '受县政府委托，我局代为办理的政府信息公开申请7件，均已按时答复。',
      '我局受委托办理的申请7件，全部按期答复。',
      '县政府委托我局办理的申请7件，均在法定期限内答复。',
      '此外，受县政府委托办理政府信息公开申请7件。',
      '委托街道办理的申请7件，均已答复。',
      '我局委托下属事业单位办理的申请4件，已全部办结。',
      '经县政府委托，我局办理申请7件。',
      '受托办理的申请7件，均已答复。',
      '申请人委托律师提出申请4件。',
      '受县政府委托办理的申请7件，其中予以公开4件，不予公开3件。',
      '受县政府委托办理的申请7件，办结7件，结转下年度0件。',
    ]) expect(tableKeys(t), t).toEqual([]);
    // (the body's own count beside it is still compared, and passes)
    expect(vsTable('全年办结政府信息公开申请88件，另受县政府委托办理的申请7件。')).toEqual(['pass|88件 = 表三“办理结果总计” 88']);
  });
  it('twins: the body\'s own counts, 委托 only in a bracket or another clause, still an error', () => {
    expect(tableKeys('我局共收到政府信息公开申请80件（含委托代理申请4件）。')).toEqual(['text.vs-table:error:86:80']);
    expect(tableKeys('我局办理政府信息公开申请80件，受理委托事项7件。')).toEqual(['text.vs-table:error:88:80']);
    expect(tableKeys('全年共收到政府信息公开申请80件，其中委托代理人提出4件。')).toEqual(['text.vs-table:error:86:80']);
  });
});

describe('recall42 A4: letters answered are no applications (claim-scope.ts NOT_APPLICATION 来信)', () => {
  it('silent: 群众来信 and their 结转下年度', () => {
    for (const t of [
      '我局答复群众来信25件，办结23件，结转下年度2件。',
      '我局办理群众来信25件，结转下年度2件。',
      '全年收到人民来信25件，已办结23件，结转下年度2件。',
      '全年受理领导信箱来信25件，办结23件，结转下年度2件。',
      '全年答复群众来信25件。结转下年度2件。',
    ]) expect(tableKeys(t), t).toEqual([]);
    expect(tableKeys('全年共收到政府信息公开申请86件。', '我局答复群众来信25件，办结23件，结转下年度2件。')).toEqual([]);
  });
  it('twins: applications said so, 信函 a channel of them', () => {
    expect(tableKeys('全年共收到政府信息公开申请86件（含信函申请5件），办结88件，结转下年度2件。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys('我局受理政府信息公开申请86件，办结88件，结转下年度2件。')).toEqual(['text.vs-table:error:3:2']);
  });
});

describe('recall42 A5: cases handled for the government are not those against the body (claim-scope.ts FOR_GOVERNMENT_CASES, AS_REVIEWER)', () => {
  it('silent: 代表/代理/受…委托 the government, 作为…复议机构', () => {
    for (const t of [
      '我局代表县政府处理行政复议案件9件，办结9件。',
      '我局代表县人民政府处理行政复议案件9件，办结8件，尚未审结1件。',
      '我局代县政府应诉行政诉讼案件4件，均已审结。',
      '全年代理县政府行政复议案件9件，行政诉讼案件4件。',
      '受县政府委托，代为处理行政复议案件9件，办结9件。',
      '我局作为县政府行政复议机构，共受理行政复议案件9件。',
      '代表县政府处理政府信息公开行政复议案件5件。',
    ]) expect(tableKeys(t), t).toEqual([]);
  });
  it('twins: the body applied against', () => {
    expect(tableKeys('我局被申请行政复议5件，被提起行政诉讼2件。')).toEqual(['text.vs-table:error:3:5']);
    expect(tableKeys('全年发生政府信息公开行政复议案件5件。')).toEqual(['text.vs-table:error:3:5']);
  });
});

describe('recall42 A2/A3: a period label or an addition after the list with no counter (parts-readings.ts)', () => {
  it('silent: "第3季度120", "上半年120" among kinds closed by 其他, a skip', () => {
    for (const t of [
      '全年主动公开信息900条，其中：政务动态400条、通知公告200条、第3季度90、其他信息210条。',
      '全年主动公开信息900条，其中：政务动态400条、通知公告200条、2016年第二季度90、其他信息210条。',
      '全年主动公开信息900条，其中：政务动态400条、通知公告200条、上半年90、其他信息210条。',
      '全年主动公开信息900条，其中：政务动态400条、通知公告200条、11月份90、其他信息210条。',
    ]) {
      expect(keys(t), t).toEqual([]);
      expect(outcomes(sums(t))).toEqual(['skip']);
    }
  });
  it('silent: "，另新增90" making the whole with the list, a skip', () => {
    for (const t of [
      '全年主动公开信息900条，其中：政务动态400条、通知公告200条、其他信息210条，另新增90。',
      '全年主动公开信息900条，其中政务动态400条，通知公告200条，其他信息210条；另政府公报新增90。',
      '全年主动公开信息900条，其中政务动态400条，通知公告200条，其他信息210条，此外新增90。',
    ]) {
      expect(keys(t), t).toEqual([]);
      expect(outcomes(sums(t))).toEqual(['skip']);
    }
  });
  it('twins: a rate, a change, a counted item, an addition that does not make the whole or is in another counter', () => {
    expect(keys('全年主动公开信息900条，其中：政务动态400条、通知公告200条、同比增长90、其他信息210条。')).toEqual(['text.parts-sum:error:810:900']);
    expect(keys('全年主动公开信息900条，其中：政务动态400条、通知公告200条、第3季度90条、其他信息200条。')).toEqual(['text.parts-sum:error:890:900']);
    // (a number with no counter that does not make up the shortfall: wrong with it or without it)
    expect(keys('全年主动公开信息900条，其中：政务动态400条、通知公告200条、第3季度90、其他信息210条、规划信息40条。')).toEqual(['text.parts-sum:error:850:900']);
    expect(keys('全年主动公开信息900条，其中：政务动态400条、通知公告200条、其他信息210条，另新增80。')).toEqual(['text.parts-sum:error:810:900']);
    expect(keys('全年主动公开信息900条，其中：政务动态400条、通知公告200条、其他信息210条，另新增90次。')).toEqual(['text.parts-sum:error:810:900']);
  });
});

describe('recall42 A6: a 其中 under one channel running into the next channel (qizhong-ends.ts peerChannelTurn)', () => {
  it('the sub-channels add up to their channel: a pass', () => {
    for (const t of [
      '网上申请24件，其中政务网站15件，政务邮箱9件，当面申请10件。',
      '全年共收到申请34件，其中网上申请24件，其中政务网站15件，政务邮箱9件，当面申请10件。',
      '网络申请24件，其中门户网站15件，电子邮件9件，信函申请6件。',
    ]) {
      expect(keys(t), t).toEqual([]);
      expect(outcomes(sums(t))).toContain('pass');
    }
  });
  it('twins: the sub-channels over their channel', () => {
    expect(keys('网上申请24件，其中政务网站15件，政务邮箱10件，当面申请10件。')).toEqual(['text.parts-sum:error:25:24']);
    expect(keys('网上申请24件，其中政务网站15件，政务邮箱10件。')).toEqual(['text.parts-sum:error:25:24']);
  });
});

describe('recall42 B7: an item said 各 of several names counts once for each (each-items.ts)', () => {
  it('a pass where each name counted adds up, after 其中 and with no 其中', () => {
    expect(sums('全年主动公开信息98条，其中政策文件、工作动态各21条，通知公告、人事信息、规划计划各12条，其他信息20条。')).toEqual(['pass|21条+21条+12条+12条+12条+20条 = 98条']);
    expect(sums('全年主动公开信息98条，政策文件21条，工作动态21条，通知公告、人事信息、规划计划、其他信息各14条。')).toEqual(['pass|21条+21条+14条+14条+14条+14条 = 98条']);
    expect(sums('全年收到申请18件，其中网上申请、信函申请各7件，当面申请4件。')).toEqual(['pass|7件+7件+4件 = 18件']);
  });
  it('silent: names that cannot be counted (等, a kind of body that is many)', () => {
    for (const t of [
      '全年主动公开信息180条，其中市本级、县区各40条，其他信息100条。',
      '全年主动公开信息98条，其中政策文件等各21条，其他信息56条。',
    ]) {
      expect(keys(t), t).toEqual([]);
      expect(outcomes(sums(t))).toEqual(['skip']);
    }
  });
  it('twins: counted once for each name and still wrong', () => {
    expect(keys('全年主动公开信息98条，其中政策文件、工作动态各21条，其他信息60条。')).toEqual(['text.parts-sum:error:102:98']);
    expect(keys('全年主动公开信息98条，政策文件21条，工作动态21条，通知公告、人事信息、规划计划、其他信息各15条。')).toEqual(['text.parts-sum:error:102:98']);
    expect(keys('全年收到申请18件，其中网上申请、信函申请各7件，当面申请5件。')).toEqual(['text.parts-sum:error:19:18']);
  });
});

describe('recall42 B8: "结转两件至今年", "三件顺延至下一年度办理" as 结转下年度 (carried-after.ts, chinese-numerals.ts)', () => {
  it('compared with table 三', () => {
    expect(vsTable('全年共收到政府信息公开申请86件，办结88件，结转三件至今年。')).toContain('pass|三件 = 表三“结转下年度继续办理” 3');
    expect(vsTable('全年共收到政府信息公开申请86件，办结88件，结转3件至今年继续办理。')).toContain('pass|3件 = 表三“结转下年度继续办理” 3');
    expect(vsTable('全年共收到政府信息公开申请86件，办结88件，三件顺延至下一年度办理。')).toContain('pass|三件 = 表三“结转下年度继续办理” 3');
    expect(vsTable('全年共收到政府信息公开申请86件，办结88件，另有三件转入下一年度办理。')).toContain('pass|三件 = 表三“结转下年度继续办理” 3');
  });
  it('twins: the wrong count', () => {
    expect(tableKeys('全年共收到政府信息公开申请86件，办结88件，结转两件至今年。')).toEqual(['text.vs-table:error:3:2']);
    expect(tableKeys('全年共收到政府信息公开申请86件，办结88件，两件顺延至下一年度办理。')).toEqual(['text.vs-table:error:3:2']);
  });
  it('on a page of prose alone the flow reads them too', () => {
    expect(outcomes(sums('全年收到申请40件，上年结转2件，办结39件，三件顺延至下一年度办理。'))).toEqual(['pass']);
    expect(keys('全年收到申请40件，上年结转2件，办结39件，结转两件至今年。')).toEqual(['text.parts-sum:error:42:41']);
  });
  it('silent: into a month of this year, carried in, an ordinal, not yet counted, another subject', () => {
    for (const t of [
      '全年共收到政府信息公开申请86件，办结88件，结转两件至今年3月办结。',
      '全年共收到政府信息公开申请86件，办结88件，往年结转两件至今年。',
      '全年共收到政府信息公开申请86件，办结88件，第三件顺延至下一年度办理。',
      '全年共收到政府信息公开申请86件，办结88件，截至发稿时两件顺延至下一年度办理。',
      '全年答复群众来信25件，结转两件至今年。',
      // (another work's carried on: an older false error, in Arabic digits too)
      '全年受理行政许可25件，两件顺延至下一年度办理。',
      '全年受理行政许可25件，2件顺延至下一年度办理。',
      '全年受理行政许可25件，另有2件结转下年度。',
    ]) expect(tableKeys(t), t).toEqual([]);
    // (carried in, never 结转下年度: since txt61 "去年结转" is read as 上年结转, as "上年结转两件至今年" was, so its 2 is
    // compared with 上年结转's 5 — no more silent, and not against 结转下年度's 3)
    expect(tableKeys('去年结转两件至今年，全年共收到政府信息公开申请86件，办结88件。')).toEqual(['text.vs-table:error:5:2']);
    expect(tableKeys('去年结转五件至今年，全年共收到政府信息公开申请86件，办结88件。')).toEqual([]);
  });
});

describe('recall42 B9: a 其中 list over ；-clauses, a total of outlets closing its sentence (qizhong-ends.ts, closing-totals.ts)', () => {
  it('a list run on over its ；: judged whole', () => {
    expect(sums('全年主动公开信息900条，其中政务动态400条，通知公告200条；规划计划100条，其他信息200条。')).toEqual(['pass|400条+200条+100条+200条 = 900条']);
    expect(keys('全年主动公开信息900条，其中政务动态400条，通知公告200条；规划计划100条，其他信息150条。')).toEqual(['text.parts-sum:error:850:900']);
    expect(keys('全年共收到申请24件，其中网上申请17件，信函申请4件；当面申请4件。')).toEqual(['text.parts-sum:error:25:24']);
    expect(keys('全年共收到申请24件，其中网上申请17件，信函申请3件；当面申请2件，其他渠道1件。')).toEqual(['text.parts-sum:error:23:24']);
  });
  it('silent: a list closed before its ；, or a heading of its own past it', () => {
    const t = '全年主动公开各类政府信息400条，其中政府网站200条、微信公众号120条、其他渠道80条；按类别划分，政务信息类100条、法定主动公开内容40条、其他信息60条。';
    expect(keys(t)).toEqual([]);
    expect(keys('全年共收到申请24件，其中网上申请17件，信函申请4件；上年结转申请2件，已全部办结。')).toEqual([]);
  });
  it('outlets before "共主动公开政府信息N条": a pass where they add up, no claim where not (one item may go out on two)', () => {
    expect(sums('通过政府网站公开1500条，通过政务微博公开700条，通过政务微信公开650条，共主动公开政府信息2850条。')).toEqual(['pass|1500条+700条+650条 = 2850条']);
    expect(sums('通过政府网站公开1500条，通过政务微博公开700条，通过政务微信公开650条，共主动公开政府信息2000条。')).toEqual([]);
    expect(keys('政府网站发布信息1500条，政务微博发布700条，政务微信发布650条，共计发布信息2950条。')).toEqual([]);
  });
});
