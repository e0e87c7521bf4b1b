/**
 * Session hunt48's false-flag hunt on real report prose: 65 excerpts of the 2023–2025 reports of provincial and
 * large-city departments and bureaus (公安, 人社, 自然资源, 住建, 市场监管, 税务, 卫健, 教育, 生态环境…) and of 广东,
 * 浙江, 山东, 四川, 湖南, 湖北, 河南, 安徽, 福建, each read as a page of its paragraphs with no table (two errors, both
 * the reports' own), then their 56 application paragraphs probed on a consistent page as published and, in 44
 * sentences, with the page's own figures put in their shapes: four false errors there, each FIXED and kept below
 * with its real source and its TWINS (the same shape, really wrong) still flagged:
 * - "上年结转办理1件" / "上年结转答复1件": those carried in, not 办理 or 答复 (measures.ts);
 * - "部分予以公开1件": 部分公开, not 予以公开 (measures.ts);
 * - "公民个人提出申请1030件": the 自然人 among them, not all received (qizhong-readings.ts SUBSET).
 * And hunt47's leftovers: results "在已答复的信件中" after "其中本年度答复59件", and a flow split over two sentences
 * (answered-among.ts, flow-two-sentences.ts).
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, paras, checksOf } from './narrative-tables.ts';

const run = (html: string, year: number, agency: string, figures: Record<string, number> = {}) => runProse(html, figures, year, agency);
const p = paras;
const checks = checksOf;
const BUREAU = '某某区卫生健康局';

describe('hunt48: "上年结转办理N件", "上年结转答复N件" are those carried in (measures.ts)', () => {
  // 江苏省公安厅 2023 (http://gat.jiangsu.gov.cn/art/2024/1/29/art_6384_11140330.html): "共接到社会公众依申请公开
  // 184件,上年结转办理1件,…" — with a bureau's figures the 5 was read as 办理 and compared with 办理结果总计 88
  const handled = p('(二)依申请公开情况。进一步完善制度机制,规范依申请公开工作流程,共接到社会公众依申请公开86件,上年结转办理5件,均依照《中华人民共和国政府信息公开条例》相关规定进行规范答复办理。年内共办结88件,结转下年度继续办理3件。');
  it('compared with 上年结转: a pass, no finding', () => {
    const r = run(handled, 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('pass 5件 = 表三“上年结转” 5');
  });
  it('fewer than 上年结转 (some may be carried on again): a skip', () => {
    expect(checks(run(handled.replace('上年结转办理5件', '上年结转办理4件'), 2022, BUREAU, BUREAU_TABLES), 'text.vs-table')).toContain('skip 4件可能只是表三“上年结转”的一项（表三“上年结转” 5）');
  });
  it('TWIN: more than 上年结转: an error against it', () => {
    expect(findingKeys(run(handled.replace('上年结转办理5件', '上年结转办理6件'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:5:6']);
  });
  // 福州高新区 2023 (https://fzgxq.fuzhou.gov.cn/zfxxgkzl/ndbg/202401/t20240110_4754276.htm): "已答复13件,其中,上年结转
  // 答复1件,结转下一年答复1件" — the 5 was read as 答复 and compared with 办理结果总计
  const answered = p('2022年,我局共收到依申请公开政府信息86件,已答复88件,其中,上年结转答复5件,结转下一年答复3件。网上申请50件,信函申请36件。');
  it('"上年结转答复5件" under those answered: compared with 上年结转, a pass', () => {
    const r = run(answered, 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('pass 5件 = 表三“上年结转” 5');
  });
  it('TWIN: "上年结转答复6件": an error against 上年结转', () => {
    expect(findingKeys(run(answered.replace('上年结转答复5件', '上年结转答复6件'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:5:6']);
  });
  it('the real sentences, with no table: their flows balance', () => {
    const js = run(p('(二)依申请公开情况。进一步完善制度机制,规范依申请公开工作流程,共接到社会公众依申请公开184件,上年结转办理1件,均依照《中华人民共和国政府信息公开条例》相关规定进行规范答复办理。年内共办结182件,结转下年度继续办理3件。'), 2023, '江苏省公安厅');
    expect(findingKeys(js)).toEqual([]);
    expect(checks(js, 'text.parts-sum')).toEqual(['pass 184件+1件 = 182件+3件 = 185件（收支平衡）']);
    const fz = run(p('2023年,我区共收到依申请公开政府信息13件,已答复13件,其中,上年结转答复1件,结转下一年答复1件。网上申请5件,信函申请8件。'), 2023, '福州高新技术产业开发区管理委员会');
    expect(findingKeys(fz)).toEqual([]);
  });
});

describe('hunt48: "部分予以公开" is 部分公开 (measures.ts)', () => {
  // 安阳县住房和城乡建设局 2025 (https://www.ayx.gov.cn/2026/01-30/3619745.html): "予以公开35件;部分予以公开1件;…"
  // — with a bureau's figures the 11 was compared with 予以公开 42
  const text = p('2022年我局依申请信息公开办理有91件,均为自然人申请。办理结果如下:予以公开42件;部分予以公开11件;不予公开6件,其中2件因涉及第三方合法权益,1件属于政府内部事务信息;由于本机关不掌握相关政府信息而无法提供20件;不予处理5件;其他处理4件;结转下年度继续办理3件。');
  it('compared with 部分公开: a pass, no finding', () => {
    const r = run(text, 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('pass 11件 = 表三“部分公开” 11');
  });
  it('TWIN: "部分予以公开10件": an error against 部分公开', () => {
    expect(findingKeys(run(text.replace('部分予以公开11件', '部分予以公开10件'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:11:10']);
  });
  it('the real paragraph, with no table: its lists add up', () => {
    const r = run(p('(二)依申请公开:2025年安阳县住建局依申请信息公开办理有69件,均为自然人申请。办理结果如下:予以公开35件;部分予以公开1件;不予公开2件,其中1件因涉及第三方合法权益,1件属于政府内部事务信息;由于本机关不掌握相关政府信息而无法提供29件;不属于政府信息1件;结转下年度继续办理1件。2025年因政府信息公开问题被申请行政复议有3件,其中,1件被复议机关撤销答复书中部分答复内容,2件正在复议机关审理中,尚未审结。'), 2025, '安阳县住房和城乡建设局');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toEqual(['pass 1件+1件 = 2件', 'pass 1件+2件 = 3件']);
  });
});

describe('hunt48: "公民个人提出申请" is the 自然人 among those received (qizhong-readings.ts SUBSET)', () => {
  // 国家卫生健康委 2024 (a copy at https://nmgyyxh.org.cn/doc/2025/01/24/367869.shtml): "公民个人提出申请1030件,
  // 占比98.5%;法人或其他组织提出申请16件,占比1.5%" — with a bureau's figures the 80 was compared with 本年新收 86
  const text = p('2022年,共收到政府信息公开申请86件。其中,通过官方网站提交申请表的50件,占比58.1%;通过信函提交申请的36件,占比41.9%。公民个人提出申请80件,占比93%;法人或其他组织提出申请6件,占比7%。');
  it('not compared with 本年新收: no finding', () => {
    expect(findingKeys(run(text, 2022, BUREAU, BUREAU_TABLES))).toEqual([]);
  });
  it('TWIN: in one sentence with the count received, against table 三\'s 自然人 column: still an error', () => {
    const tables = { ...BUREAU_TABLES, 't3.new.natural': 80, 't3.carried.natural': 5 };
    expect(findingKeys(run(p('2022年,共收到政府信息公开申请86件,公民个人提出申请79件,法人或其他组织提出申请7件。'), 2022, BUREAU, tables))).toEqual(['text.vs-table:error:80:79', 'text.vs-table:error:6:7']);
  });
  it('the real paragraph, with no table: every share passes but one, a rounding tail', () => {
    const r = run(p('2024年,共收到政府信息公开申请1046件。其中,通过委官方网站提交申请表的862件,占比82.4%;通过信函提交申请的171件,占比16.3%;当面提交13件,占比1.3%。公民个人提出申请1030件,占比98.5%;法人或其他组织提出申请16件,占比1.5%。'), 2024, '国家卫生健康委员会');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.share').filter((c) => c.startsWith('pass'))).toHaveLength(4);
  });
});

describe('hunt48: results "在已答复的信件中" after "其中本年度答复N件" (answered-among.ts; hunt47 left it)', () => {
  // 六盘水市人民政府办公室 2023 (https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/zfxxgknb_5751035/zfb2023n/): the results are
  // those of the 21 answered, this year's own
  const real = p('(二)依申请公开。2023年市人民政府办公室收到政府信息公开申请信件22件,其中本年度答复21件,结转下年度办理1件。在已答复的信件中,予以公开7件,部分公开6件,无法提供8件(均属于本机关不掌握的信息)。申请内容主要集中在征地拆迁、规划批复等方面内容。');
  it('the real paragraph: the results add up to the count answered, a pass', () => {
    const r = run(real, 2023, '六盘水市人民政府办公室');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toContain('pass 7件+6件+8件 = 21件');
  });
  it('TWIN: results that run over the count answered: an error', () => {
    expect(findingKeys(run(real.replace('部分公开6件', '部分公开7件'), 2023, '六盘水市人民政府办公室'))).toEqual(['text.parts-sum:error:22:21']);
  });
  // the shape with a bureau's figures: 83 answered of the 86 received is 88 closed less the 5 carried in
  const own = p('2022年我局收到政府信息公开申请信件86件,其中本年度答复83件,结转下年度办理3件。在已答复的信件中,予以公开40件,部分公开11件,不予公开6件,无法提供18件,不予处理4件,其他处理4件。');
  it('results of this year\'s own, up to 上年结转 fewer than their rows: skips, no finding (they were errors)', () => {
    const r = run(own, 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('skip 83件是本年新收的申请中已答复的，表三此行还含上年结转的5件（40 ≠ 表三“予以公开” 42）');
    expect(checks(r, 'text.parts-sum')).toContain('pass 40件+11件+6件+18件+4件+4件 = 83件');
  });
  it('TWIN: a result more than its row: still an error', () => {
    expect(findingKeys(run(own.replace('予以公开40件', '予以公开43件').replace('无法提供18件', '无法提供15件'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:42:43']);
  });
  it('TWIN: a result fewer than its row by more than 上年结转: still an error', () => {
    expect(findingKeys(run(own.replace('予以公开40件', '予以公开36件').replace('无法提供18件', '无法提供22件'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:42:36', 'text.vs-table:error:20:22']);
  });
  it('TWIN: the count answered is all closed (88): the results are table 三\'s rows, compared as before', () => {
    const all = p('2022年我局收到政府信息公开申请信件86件,上年结转5件,本年度答复88件,结转下年度办理3件。在已答复的信件中,予以公开40件,部分公开11件,不予公开6件,无法提供20件,不予处理5件,其他处理4件,另2件予以公开。');
    expect(findingKeys(run(all, 2022, BUREAU, BUREAU_TABLES))).toContain('text.vs-table:error:42:40');
  });
});

describe('hunt48: a flow split over two sentences, with no table (flow-two-sentences.ts; hunt47 left it)', () => {
  // 黔东南州人民政府办公室 2024 (https://www.qdn.gov.cn/zwgk_5871642/zfxxgk_5871649/zfxxgknb_5871697/2023n_5975415/202501/t20250123_86671682.html)
  const qdn = p('(二)依申请公开。2024年共收到公众向州政府或州政府办公室提交的政府信息公开申请42件,申请公开政府信息内容主要集中在征地拆迁、项目建设、国民经济统计数据、政策文件等方面。依法办结35件,结转下年度办理7件。2024年发生因政府信息公开引起的行政复议2件和复议后提起行政诉讼1件。');
  it('received in one sentence, closed and carried on opening the next: a pass', () => {
    expect(checks(run(qdn, 2024, '黔东南州人民政府办公室'), 'text.parts-sum')).toEqual(['pass 42件 = 35件+7件（收支平衡，未写上年结转）']);
  });
  it('TWIN: fewer went out than came in: flagged (a warning, no 上年结转 named)', () => {
    expect(findingKeys(run(qdn.replace('依法办结35件', '依法办结34件'), 2024, '黔东南州人民政府办公室'))).toEqual(['text.parts-sum:warning:42:41']);
  });
  it('TWIN: with 上年结转 named in the first (江苏省公安厅 2023\'s shape), the sums differ: an error', () => {
    const r = run(p('共接到社会公众依申请公开184件,上年结转办理1件,均依照相关规定进行规范答复办理。年内共办结181件,结转下年度继续办理3件。'), 2023, '江苏省公安厅');
    expect(findingKeys(r)).toEqual(['text.parts-sum:error:185:184']);
  });
  it('a second sentence with a subject of its own (a part of the body) is not read', () => {
    expect(checks(run(p('2024年,全区共收到政府信息公开申请62件,上年结转4件。区政府办公室办结20件,结转下年度1件。'), 2024, '某区人民政府'), 'text.parts-sum')).toEqual([]);
  });
  it('a second sentence with another outcome (撤回) is not read', () => {
    expect(checks(run(p('2024年,全区共收到政府信息公开申请62件,上年结转4件。办结60件,结转下年度3件,1件申请人撤回。'), 2024, '某区人民政府'), 'text.parts-sum')).toEqual([]);
  });
  it('with table 三, the flow is the table\'s to check: not read', () => {
    expect(checks(run(p('2022年共收到政府信息公开申请86件,申请内容主要集中在医疗卫生方面。依法办结83件,结转下年度办理3件。'), 2022, BUREAU, BUREAU_TABLES), 'text.parts-sum')).toEqual([]);
  });
});

describe('hunt48: real sentences that pass, text only', () => {
  it('a flow of 收/结转上年度/办结/剩余…结转 and a 其中 list (武汉市公安局 2024, https://gaj.wuhan.gov.cn/zwgk_12/zfxxgknb/202502/t20250218_2534939.html)', () => {
    const r = run(p('全年主动公开信息2240条,其中,政务动态信息2014条、信息公开目录信息165条、概况类信息61条,组织在线访谈24场,征求公众意见2次,发布解读信息2条,政府信息公开广度及质效明显提升。'), 2024, '武汉市公安局');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toEqual(['pass 2014条+165条+61条 = 2240条']);
  });
  it('received with its bracket, answered, results and the rest carried on (深圳市市场监督管理局龙华监管局 2023, https://www.szlhq.gov.cn/bmxxgk/sschzljgwlhj/xxgkgz_124575/xxgkndbg_124577/content/post_11099495.html)', () => {
    const r = run(p('(二)依申请公开政府信息情况。2023年共受理政府信息依申请公开121件(其中本年度新收申请数112件,上年结转申请数9件),已答复119件,属于同意公开的60件,部分公开13件,不同意公开的6件,无法提供的26件,不予处理3件,其他处理11件,另2件结转下一年处理。', '(三)申请行政复议和提起行政诉讼情况。2023年我局因政府信息公开被行政复议7件,其中结果维持6件、结果纠正0件、其他结果0件、尚未审结1件。'), 2023, '深圳市市场监督管理局龙华监管局');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toEqual(['pass 112件+9件 = 121件', 'pass 6件+0件+0件+1件 = 7件', 'pass 121件 = 119件+2件 = 121件（收支平衡）']);
  });
  it('received by channel, closed by result (东阳市自然资源和规划局 2023, http://www.dongyang.gov.cn/art/2024/1/18/art_1229304276_4130107.html)', () => {
    const r = run(p('收到依申请公开件176件,其中,当面申请的72件,来信申请的69件,网上申请的35件。办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,部分公开51件,不予公开4件,信息无法提供30件、不予处理3件,其他处理29件。'), 2023, '东阳市自然资源和规划局');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toEqual(['pass 72件+69件+35件 = 176件', 'pass 60件+51件+4件+30件+3件+29件 = 177件']);
  });
  it('a flow across ；, and shares of another whole left alone (四川省自然资源厅 2023, a copy at https://m.pouringspot.com/dnr/scdnr/scxxgknb/2024/1/31/99b6d529ce3b4dec9816906447e7258c.shtml)', () => {
    const r = run(p('(二)切实做好依申请公开办理。2023年度新收政府信息公开申请1852件、上年度结转101件;年度办结1799件、结转下一年度154件。从类型来看,大部分为涉及征地类信息,占比93.8%;从涉及市(州)来看,申请数量占比前三的为成都591件(占31.91%)、眉山132件(占7.13%)、宜宾124件(占6.70%)。'), 2023, '四川省自然资源厅');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toEqual(['pass 1852件+101件 = 1799件+154件 = 1953件（收支平衡）']);
  });
  it('results with a carried count in their list (祁阳市 2024, https://www.qy.gov.cn/qy/gknb/202502/a651e50c070e4d478ca8d226956a034b.shtml)', () => {
    const r = run(p('全年共受理依申请公开事项133件,均按照规定程序和时限进行了妥善处理。其中,予以公开46件,部分公开22件,不予公开15件,无法提供27件,不予处理0件,逾期未补正2件,其他处理5件,结转下年度继续办理16件。'), 2024, '祁阳市人民政府');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toEqual(['pass 46件+22件+15件+27件+0件+2件+5件+16件 = 133件']);
  });
  it('a change from last year\'s count in brackets, and results in 起 (平度市公安局 2023, http://www.pingdu.gov.cn/bmxxgkml_15/pdsgaj_15/xxgkml_15/ndgzbg_15/202401/t20240116_7794358.shtml)', () => {
    const r = run(p('2023年度,我局共收到信息公开申请22起,比2022年(31起)下降29%,答复22起。其中公开1起,不属于政府信息4起,告知其他途径3起,不存在9起,属于行政执法案卷5起。'), 2023, '平度市公安局');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.change')).toEqual(['pass (22起 − 31起) ÷ 31起 = -29.03%，正文 下降29%']);
  });
  it('shares printed cut, not rounded (冠县人力资源和社会保障局 2023, http://www.guanxian.gov.cn/site_gxgxrlzyhshbzjl/channel_x_5407_8066/doc_659f4fe78c92fdc5d29ee8d7.html)', () => {
    const r = run(p('2.信息发布数量。冠县人力资源和社会保障局2023年通过冠县人民政府网站主动公开发布政府信息349条,主要包括会议公开2条,占比0.5%;政策文件22条,占比6.3%;政策解读3条,占比0.8%;管理和服务公开11条,占比3.2%;财政信息4条,占比1%;公共资源配置领域信息2条,占比0.5%;行政执法公示20条,占比5%。'), 2023, '冠县人力资源和社会保障局');
    expect(findingKeys(r)).toEqual([]);
  });
});

describe('hunt48: real sentences whose own arithmetic is wrong, flagged (true flags)', () => {
  it('a closed list of kinds over its whole (泉州市人民政府 2023, https://www.quanzhou.gov.cn/zfb/xxgk/zfxxgkzl/zfxxgkndbg/sndbg/202401/t20240124_2997826.htm)', () => {
    const r = run(p('2023年是全面贯彻党的二十大精神的开局之年,全市主动公开政府信息22753条。其中,机构职能类信息1467条,政策、规范性类文件信息653条,规划、计划类信息825条,行政许可类信息3208条,重大建设类信息943条,为民办实事信息998条,民政扶贫救灾社会保障就业类信息2109条,国土资源城乡建设环保能源类信息1624条,科教文体卫生类信息1501条,安全生产、应急管理类信息1193条,其他类信息8173条。'), 2023, '泉州市人民政府');
    expect(findingKeys(r)).toEqual(['text.parts-sum:error:22694:22753']);
  });
  it('three kinds of 解读 one more than their whole (福州市人民政府 2023, a copy at http://www.jnnjee.com/zfxxgkzl/szfbmjxsqxxgk/szfbmxxgk/fzsrmzf/zfxxgkndbg/202403/t20240301_4785120.htm)', () => {
    const r = run(p('2023年政府网站发布政策解读205篇,其中文字解读144篇,图片解读61篇,视频解读1篇。'), 2023, '福州市人民政府');
    expect(findingKeys(r)).toEqual(['text.parts-sum:error:206:205']);
  });
});
