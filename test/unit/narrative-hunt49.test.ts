/**
 * Session hunt49's false-flag hunt on real report prose of the four municipalities: 73 excerpts of the 2022–2025
 * reports of 北京, 上海, 天津 and 重庆 — 区 governments and their offices, 区 委/局/办, 街道办事处 and 镇, municipal
 * commissions (上海市住建委, 天津市住建委, 天津市城市管理委…) — read as pages of their paragraphs with no table, their
 * application paragraphs probed on a consistent page as published and, in 30 sentences, with the page's own figures
 * put in their shapes. Three false errors, each FIXED and kept below with its real source and its TWINS (the same
 * shape, really wrong) still flagged:
 * - "结转至下一年再行办理81件": carried on, not 办理 (measures.ts CARRIED_FORWARD, 再行 as 继续);
 * - "…申请17件,予以公开13件,…;上年结转办理1件,予以公开1件": the new ones' results and the carried ones' are each a
 *   part of table 三's rows, read by their sum (result-after.ts ofCarriedIn);
 * - "共受理…50件,其中结转2023年3件,2024年申请47件,正在办理6件,申请人主动撤销件6件,其余38件…": where they came from,
 *   then what became of them — no one division of the 50 (parts-judge.ts overlappingParts).
 * And a sample of the real sentences that passed.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, paras, checksOf } from './narrative-tables.ts';

const run = (html: string, year: number, agency: string, figures: Record<string, number> = {}) => runProse(html, figures, year, agency);
const p = paras;
const checks = checksOf;
const BUREAU = '某某区卫生健康局';

describe('hunt49: "结转至下一年再行办理N件" is carried on (measures.ts)', () => {
  // 上海市静安区人民政府 2023 (https://www.jingan.gov.cn/govxxgk/JA0/2024-02-20/c533e8dc-58b2-4782-aca9-585028cc87d2.html?type=2):
  // "…作出答复2062件,结转至下一年再行办理81件" — with a bureau's figures the 3 was read as 办理 and compared with 办理结果总计 88
  const text = p('2022年,全区各行政机关共收到政府信息公开申请91件(含2021年结转5件),申请内容主要涉及国有土地上房屋征收、规划用地、房屋管理等方面,申请数量比去年明显增长,上升46.61%;作出答复88件,结转至下一年再行办理3件。');
  it('compared with 结转下年度继续办理: a pass, no finding', () => {
    const r = run(text, 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('pass 3件 = 表三“结转下年度继续办理” 3');
  });
  it('TWIN: "再行办理4件": an error against 结转下年度继续办理', () => {
    expect(findingKeys(run(text.replace('再行办理3件', '再行办理4件'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:3:4']);
  });
  it('"对上年结转的5件再行办理" stays no carried-on count', () => {
    const r = run(p('2022年,共收到政府信息公开申请86件,对上年结转的5件再行办理,全年共办结88件。'), 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table').some((c) => c.includes('结转下年度'))).toBe(false);
  });
  it('the real sentence, with no table: no finding', () => {
    const r = run(p('2023年,全区各行政机关共收到政府信息公开申请2076件(含2022年结转67件),申请内容主要涉及国有土地上房屋征收、规划用地、房屋管理等方面,申请数量比去年明显增长,上升46.61%;作出答复2062件,结转至下一年再行办理81件。'), 2023, '上海市静安区人民政府');
    expect(findingKeys(r)).toEqual([]);
  });
});

describe('hunt49: results of those carried in, in a ；-clause after the new ones\' (result-after.ts)', () => {
  // 天津港保税区 2023 (http://tjbh.gov.cn/bsq/contents/10832/280287.html): "2023年共新收到和处理政府信息依申请公开申请17件,
  // 予以公开13件,不予公开2件,无法提供2件;上年结转办理1件,予以公开1件。" — each 予以公开 was compared alone with the row
  const text = p('2022年共新收到和处理政府信息依申请公开申请86件,予以公开38件,部分公开11件,不予公开6件,无法提供20件,不予处理5件,其他处理3件,结转下年度3件;上年结转办理5件,予以公开4件,其他处理1件。');
  it('each row read by the sum of its two parts: passes, no finding', () => {
    const r = run(text, 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(expect.arrayContaining(['pass 38件 + 其后另有上年结转的4件，与表三此行相符', 'pass 3件 + 其后另有上年结转的1件，与表三此行相符']));
    expect(checks(r, 'text.vs-table').filter((c) => c.startsWith('skip 此数只是上年结转申请的办理结果'))).toHaveLength(2);
  });
  it('TWIN: the carried ones\' 予以公开 one more (38 + 5 against 42): an error on the 38', () => {
    expect(findingKeys(run(text.replace('上年结转办理5件,予以公开4件', '上年结转办理5件,予以公开5件'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:42:38']);
  });
  it('TWIN: a carried one\'s result over its row is still an error', () => {
    expect(findingKeys(run(p('2022年共收到政府信息公开申请86件;上年结转办理5件,予以公开50件。'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:42:50']);
  });
  it('the real sentence, with its own table\'s rows (予以公开 14): no finding', () => {
    const real = p('(二)不断规范依申请公开。积极做好依申请公开办理,对接收、登记、补正、拟办、审核、答复、送达等环节进一步加强管理,持续规范办理程序,提升公开质量,提升公众获得感。2023年共新收到和处理政府信息依申请公开申请17件,予以公开13件,不予公开2件,无法提供2件;上年结转办理1件,予以公开1件。');
    const own = { 't3.new.total': 17, 't3.carried.total': 1, 't3.granted.total': 14, 't3.partial.total': 0, 't3.denied.total': 2, 't3.unable.total': 2, 't3.notProcessed.total': 0, 't3.other.total': 0, 't3.processed.total': 18, 't3.carriedForward.total': 0 };
    const r = run(real, 2023, '天津港保税区管理委员会', own);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('pass 13件 + 其后另有上年结转的1件，与表三此行相符');
  });
});

describe('hunt49: a 其中 list of where applications came from, then what became of them (parts-judge.ts)', () => {
  // 天津市红桥区人民政府办公室 2024 (http://www.tjhq.gov.cn/zwgk/zfxxgkqjjg/qzfbgs/zfxxgknb3/202502/t20250212_6855393.html)
  const real = p('(二)依申请公开方面。及时、规范、有效地回应申请人核心诉求,充分便民指引,依法保障申请人合理获取信息的需求,持续提高办理质量和服务实效。2024年共受理信息公开申请50件,其中结转2023年3件,2024年申请47件,正在办理6件,申请人主动撤销件6件,其余38件全部按时答复。');
  it('no sum of 47 and 6 against 50: a skip, no finding', () => {
    const r = run(real, 2024, '天津市红桥区人民政府办公室');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toEqual(['skip 所列各项之和53件大于总数50件，但所列各项是同一批申请的受理与办理，不是总数的组成部分']);
  });
  it('TWIN: the whole one more than table 三\'s: an error', () => {
    const text = p('2022年共受理信息公开申请92件,其中结转2021年5件,2022年申请86件,正在办理3件,申请人主动撤销件2件,其余86件全部按时答复。');
    expect(findingKeys(run(text.replace('92件', '91件'), 2022, BUREAU, BUREAU_TABLES))).toEqual([]);
    expect(findingKeys(run(text, 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:86:92']);
  });
  it('a list of origins alone over its whole stays an error', () => {
    expect(findingKeys(run(p('2022年共受理信息公开申请91件,其中2022年申请86件,上年结转6件。'), 2022, BUREAU))).toEqual(['text.parts-sum:error:92:91']);
  });
  it('results with a withdrawn one, no origin item, over their whole stay an error', () => {
    expect(findingKeys(run(p('2022年共办结申请88件,其中予以公开42件,部分公开11件,不予公开6件,无法提供20件,不予处理5件,申请人撤回5件。'), 2022, BUREAU))).toEqual(['text.parts-sum:error:89:88']);
  });
});

describe('hunt49: real sentences of the four municipalities that passed, with no table', () => {
  const cases: [string, number, string, string[]][] = [
    // 上海市住房和城乡建设管理委员会 2025 (https://zjw.sh.gov.cn/xxgknb/20260130/b758ee9612b14bb0b979c4d535f2e865.html)
    ['(二)依申请公开。2025年,我委新收到政府信息公开申请1182件(同比增长0.4%,在全市各委办局中位列第三),办理1187件(含上年度结转申请57件,另有52件申请顺延到下年度答复)。其中,予以公开及部分公开101件,占9%;不予公开12件,占1%;因本机关不掌握等原因无法提供846件,占71%;属于信访投诉举报、重复申请等情形不予处理24件,占2%;其他处理204件,占17%,主要为申请人逾期不补正我委不再继续办理,或申请人自行撤销等。', 2025, '上海市住房和城乡建设管理委员会',
      ['pass 101件+12件+846件+24件+204件 = 1187件', 'pass 101件 ÷ 1187件 = 8.51%，正文 9%', 'pass 204件 ÷ 1187件 = 17.19%，正文 17%']],
    // 天津市河东区人民政府 2024 (https://www.tjhd.gov.cn/zwgk/zfxxgk/zfxxgkqzf/qzf/zfxxgknb42/202503/t20250304_6873286.html)
    ['2024年,全区共接收政府信息公开申请633件,同比上升4.6%;上年结转23件。全年共办结606件,另有50件结转2025年度继续办理。全区政府信息公开行政复议70件、行政诉讼21件。', 2024, '天津市河东区人民政府',
      ['pass 633件+23件 = 606件+50件 = 656件（收支平衡）']],
    // 重庆市大渡口区人民政府 2023 (http://www.ddk.gov.cn/zwgk_271/zfxxgk/zfxxgknb/qzfxxgknb/202403/t20240307_13013405.html)
    ['(二)依申请公开情况。全年收到政府信息公开申请81件(含重复申请事项),上年结转政府信息公开申请2件,办结80件,结转下年度继续办理3件,办结率96.4%。全年涉及行政复议案件6件,结果维持4件,结果纠正2件。涉及行政诉讼8件,未经复议直接起诉6件,复议后起诉2件。', 2023, '重庆市大渡口区人民政府',
      ['pass 81件+2件 = 80件+3件 = 83件（收支平衡）', 'pass 4件+2件 = 6件']],
    // 重庆市涪陵区规划和自然资源局 2024 (http://ghzrzyj.cq.gov.cn/zz/flq/zwgk/zfxxgknb/202501/t20250124_14211015.html)
    ['2024年我局受理依申请政府信息公开64件,承办上年度结转1件,已办理62件,结转至下年度办理3件。', 2024, '重庆市涪陵区规划和自然资源局',
      ['pass 64件+1件 = 62件+3件 = 65件（收支平衡）']],
    // 上海市长宁区住房保障和房屋管理局 2023 (https://zwgk.shcn.gov.cn/xxgk/gknb-hglzfxxgk/2024/11/71423.html)
    ['本年度累计受理政府信息公开申请145件,上年结转4件,从申请的信息内容看,房屋征收(拆迁)和物业管理、加梯类信息申请占比较大。本年度累计已完成答复申请135件,其中:予以公开36件,不予公开6件,无法提供87件,不予处理4件,其他处理2件。结转下年度继续办理14件。', 2023, '上海市长宁区住房保障和房屋管理局',
      ['pass 36件+6件+87件+4件+2件 = 135件']],
    // 天津市城市管理委员会 2024 (https://csgl.tj.gov.cn/zwgk_57/zfxxgk01/zfxxgknb/202501/t20250123_6843345.html)
    ['(一)主动公开情况。一是加大主动公开力度。全年通过门户网站、官方微博、微信公众号等渠道公开各类信息2354条,其中,政府网站发布信息1139条次,官方微博“美丽天津”微博发布信息120条次,微信公众号“天津城市管理”推送各类信息1095条。', 2024, '天津市城市管理委员会',
      ['pass 1139条+120条+1095条 = 2354条']],
  ];
  for (const [text, year, agency, expected] of cases) {
    it(`${agency} ${year}`, () => {
      const r = run(p(text), year, agency);
      expect(findingKeys(r)).toEqual([]);
      const all = [...checks(r, 'text.parts-sum'), ...checks(r, 'text.share')];
      expect(all).toEqual(expect.arrayContaining(expected));
    });
  }
  it('重庆市开州区大进镇 2024: the report\'s own list, 184 + 35 + 1 + 1 against 213, is still an error', () => {
    // http://www.cqkz.gov.cn/qzfjz_238/hfjdbsc_81980/zwgk_73112/zfxxgknb_73130/202501/t20250124_14207491.html
    const r = run(p('2024年度,通过政府门户主动公开信息213条,其中,工作动态184条;法定主动公开35条(其中政策文件6条、乡村振兴4条、教育6条、社会保障3条、社会救助5条、预决算公开2条、涉农补贴5条、集体土地征收2条、宅基地使用情况审核2条);政府信息公开年度报告1条;政府信息公开指南1条。'), 2024, '重庆市开州区大进镇人民政府');
    expect(findingKeys(r)).toEqual(['text.parts-sum:error:221:213']);
  });
});
