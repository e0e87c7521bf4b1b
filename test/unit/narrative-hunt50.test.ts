/**
 * Session hunt50's false-flag hunt on the newest real report prose: 66 excerpts of the 2025 reports (published January–
 * March 2026; a few of 2024) of every level — 省政府办公厅, 市/县/区 governments and their offices, 厅/局/委, 乡镇 and 街道,
 * 开发区 — read as pages of their paragraphs with no table, their application sentences probed on a consistent 2025 page
 * (word-2021-consistent with its years moved to 2025) as published and with the page's own figures put in their shapes.
 * Three false errors, each FIXED and kept below with its real source and its TWINS (the same shape, really wrong) still
 * flagged:
 * - "经查,2023年收到,结转至2024年作出答复的政府…" (国家卫健委): 结转至 the report's year, then 作出答复 — those carried in
 *   (上年结转), not all answered (measures.ts CARRIED_FORWARD, carried-from-year.ts: 作出答复 as 答复);
 * - "信息公开行政复议案件3件,维持1件,纠正1件,撤销复议申请1件" (抚宁区政府办): the applicant's withdrawal, 其他结果, not
 *   the review body's 撤销 (结果纠正) (measures.ts T4_COLS);
 * - "2025年办理挖掘(占用)城市道路申请件77件" (咸安区城乡建设局): a permit application, not a disclosure one; 申请件 is
 *   read as 申请 is (measures.ts countsApplications).
 * And a sample of the real sentences that passed, two of them on a 2025 page with its carried years.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, findingKeys, runProse, paras, checksOf } from './narrative-tables.ts';

const run = (html: string, year: number, agency: string, figures: Record<string, number> = {}) => runProse(html, figures, year, agency);
const p = paras;
const checks = checksOf;
const BUREAU = '某某区卫生健康局';

describe('hunt50: "结转至<the report\'s year>作出答复的…N件" is carried in (measures.ts, carried-from-year.ts)', () => {
  // 国家卫生健康委员会 2024 (https://nmgyyxh.org.cn/doc/2025/01/24/367869.shtml, a copy of the report; the stored excerpt ends
  // at "经查,2023年收到,结转至2024年作出答复的政府"): with a table, 作出答复 was read as 办理结果总计 (4 against 63 on the probe page)
  const carriedIn = p('2025年,共收到政府信息公开申请86件。经查,2024年收到,结转至2025年作出答复的政府信息公开申请5件。');
  it('compared with 上年结转: a pass, no finding', () => {
    const r = run(carriedIn, 2025, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(['pass 86件 = 表三“本年新收” 86', 'pass 5件 = 表三“上年结转” 5']);
  });
  it('TWIN: one more than 上年结转: an error against it', () => {
    expect(findingKeys(run(carriedIn.replace('申请5件', '申请6件'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:5:6']);
  });
  it('"2024年结转至2025年作出答复的申请5件" is carried in too; its twin an error', () => {
    const text = p('2024年结转至2025年作出答复的申请5件。');
    expect(checks(run(text, 2025, BUREAU, BUREAU_TABLES), 'text.vs-table')).toEqual(['pass 5件 = 表三“上年结转” 5']);
    expect(findingKeys(run(text.replace('5件', '6件'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:5:6']);
  });
  it('into the next year ("结转至2026年作出答复") it is carried on: 结转下年度; its twin an error', () => {
    const text = p('经查,2025年收到,结转至2026年作出答复的政府信息公开申请3件。');
    expect(checks(run(text, 2025, BUREAU, BUREAU_TABLES), 'text.vs-table')).toEqual(['pass 3件 = 表三“结转下年度继续办理” 3']);
    expect(findingKeys(run(text.replace('3件', '4件'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:3:4']);
  });
  it('"2025年收到并作出答复的…83件" stays this year\'s answered (办理结果总计 less 上年结转), its twin an error', () => {
    const text = p('经查,2025年收到并作出答复的政府信息公开申请83件。');
    expect(findingKeys(run(text, 2025, BUREAU, BUREAU_TABLES))).toEqual([]);
    expect(findingKeys(run(text.replace('83件', '84件'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:88:84']);
  });
});

describe('hunt50: "撤销复议申请N件" is the applicant\'s, 其他结果 (measures.ts T4_COLS)', () => {
  // 秦皇岛市抚宁区人民政府办公室 2025 (https://www.chinafuning.gov.cn/single/283/72295.html)
  const real = p('(二)依申请公开方面。注重与申请人的事前主动沟通、事中动态跟踪和事后及时反馈,努力提升答复的精准性和规范性。2025年,区政府共收到依申请公开20件,大部分通过信函或在线申请,19件已按照规定时限和程序依法依规进行了答复,1件结转下年。信息公开行政复议案件3件,维持1件,纠正1件,撤销复议申请1件。');
  const review = (upheld: number, corrected: number, other: number) => ({
    ...BUREAU_TABLES, 't4.review.upheld': upheld, 't4.review.corrected': corrected, 't4.review.other': other, 't4.review.pending': 0, 't4.review.total': upheld + corrected + other,
  });
  it('the real paragraph with its table\'s own review columns (1, 1, 1): compared with 其他结果, no finding', () => {
    const own = { ...review(1, 1, 1), 't3.new.total': 20, 't3.carried.total': 0, 't3.processed.total': 19, 't3.carriedForward.total': 1 };
    const r = run(real, 2025, '秦皇岛市抚宁区人民政府办公室', own);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(expect.arrayContaining(['pass 1件 = 表四行政复议“结果纠正” 1', 'pass 1件 = 表四行政复议“其他结果” 1']));
  });
  it('where 结果纠正 is 0 and 其他结果 2: no finding (it was an error against 结果纠正)', () => {
    expect(findingKeys(run(p('信息公开行政复议案件3件,维持1件,撤销复议申请2件。'), 2025, BUREAU, review(1, 0, 2)))).toEqual([]);
  });
  it('TWIN: more than 其他结果: an error against it', () => {
    expect(findingKeys(run(p('信息公开行政复议案件3件,维持1件,撤销复议申请2件。'), 2025, BUREAU, review(1, 1, 1)))).toEqual(['text.vs-table:error:1:2']);
  });
  it('"撤销2件" alone is still the body\'s, among 结果纠正', () => {
    expect(findingKeys(run(p('信息公开行政复议案件3件,维持1件,撤销2件。'), 2025, BUREAU, review(1, 0, 2)))).toEqual(['text.vs-table:error:0:2']);
  });
});

describe('hunt50: "办理挖掘(占用)城市道路申请件77件" is no disclosure application (measures.ts countsApplications)', () => {
  // 咸宁市咸安区城乡建设局 2025 (http://xncz.gov.cn/info/4565/208695.htm): its table 三 has 12 new, 12 answered; the 77 was
  // read as 办理 and compared with 办理结果总计
  const real = p('2025年,区城乡建设局聚焦中心工作和重点领域,积极推进决策、执行、管理、服务和结果全过程公开。截至2025年12月底,通过区政府门户网站主动公开信息74条,内容涵盖政务公开、工作动态、网上办事、工作业务、公众互动等综合信息。共受理依申请公开12件,已邮件回复。2025年办理挖掘(占用)城市道路申请件77件,并对现场进行安全文明施工情况进行检查,共计检查140余次。全年无信息公开收费的事项,也无因信息公开导致行政复议以及行政诉讼的情况。');
  const own = { 't3.new.total': 12, 't3.carried.total': 0, 't3.processed.total': 12, 't3.carriedForward.total': 0, 't3.granted.total': 0, 't3.unable.total': 12, 't4.review.total': 0, 't4.suitDirect.total': 0, 't4.suitAfterReview.total': 0 };
  it('the real paragraph with its own table: the 12 read, the 77 not', () => {
    const r = run(real, 2025, '咸宁市咸安区城乡建设局', own);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('pass 12件 = 表三“本年新收” 12');
    expect(checks(r, 'text.vs-table').some((c) => c.includes('77'))).toBe(false);
  });
  it('TWIN: the disclosure count one more is still an error', () => {
    expect(findingKeys(run(real.replace('依申请公开12件', '依申请公开13件'), 2025, '咸宁市咸安区城乡建设局', own))).toEqual(['text.vs-table:error:12:13']);
  });
  it('TWIN: "办理政府信息公开申请件77件" is still read, an error', () => {
    expect(findingKeys(run(p('2025年办理政府信息公开申请件77件。'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:88:77']);
  });
  it('"共收到依申请件86件" (广汉市政府办 2025\'s words) is still read: a pass, its twin an error', () => {
    // https://www.guanghan.gov.cn/gk/xxgk/zfxxgknb/2025/fjbm/1689730.htm: "2025年,共收到依申请件35件,其中自然人34件,企业1件,办结32件,结转下年办理3件。"
    const text = p('2025年,共收到依申请件86件,其中自然人80件,企业6件,办结83件,结转下年办理3件。');
    expect(findingKeys(run(text, 2025, BUREAU, BUREAU_TABLES))).toEqual([]);
    expect(checks(run(text, 2025, BUREAU, BUREAU_TABLES), 'text.vs-table')).toContain('pass 86件 = 表三“本年新收” 86');
    expect(findingKeys(run(text.replace('依申请件86件', '依申请件87件'), 2025, BUREAU, BUREAU_TABLES))).toContain('text.vs-table:error:86:87');
  });
});

describe('hunt50: a 2025 page reads its carried years', () => {
  it('"2024年结转", "结转至2026年办理" on a 2025 page: 上年结转 and 结转下年度, passes', () => {
    const r = run(p('2025年共收到政府信息公开申请86件,2024年结转5件;办结88件,结转至2026年办理3件。'), 2025, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(expect.arrayContaining(['pass 5件 = 表三“上年结转” 5', 'pass 3件 = 表三“结转下年度继续办理” 3']));
  });
  it('朝阳市龙城区 2025\'s "1件结转至2026年答复" in a sentence of its own: 结转下年度; its twin an error', () => {
    // https://www.cylc.gov.cn/html/LCQZF/202601/0176887581923976.html: "全年共接收群众、企业申请公开12件,11件已按时限进行答复,
    // 未产生行政复议及行政诉讼。1件结转至2026年答复。"
    const text = p('全年共接收群众、企业申请公开86件,83件已按时限进行答复。3件结转至2026年答复。');
    expect(findingKeys(run(text, 2025, BUREAU, BUREAU_TABLES))).toEqual([]);
    expect(findingKeys(run(text.replace('3件结转', '4件结转'), 2025, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:3:4']);
  });
  it('北京市东城区住建委 2025\'s "2024年结转…申请0件" against a table with 5 carried in: an error', () => {
    // https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2025nb/dcqzfbm2025/202601/t20260120_4449946.html
    const r = run(p('2025年我委新受理政府信息公开申请86件,2024年结转政府信息公开申请0件,共计86件。'), 2025, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual(['text.vs-table:error:5:0']);
  });
});

describe('hunt50: real sentences of the 2025 reports that passed, with no table', () => {
  const cases: [string[], number, string, string[]][] = [
    // 万源市人民政府 2025 (http://www.wanyuan.gov.cn/xxgk-show-111548.html)
    [['(一)主动公开。一是依托市政府门户网站,持续深化主动公开。2025年,市政府门户网站主动公开各类政府信息6259条,其中新闻动态类信息3077条,法定主动公开类信息1194条,公示公告类信息840条,预算决算、机关职能、招考录用等其他信息1148条;二是积极回应群众关切,解决群众急难愁盼,2025年市长信箱办理群众来件197件,办结率100%,公开答复19件,开展征集调查12期,受理承办12345政务服务便民热线(市长热线)诉求共计22050件,已办结22050件,按时办结率100%,较2024年增加3722件,增长20.31%,综合满意率满意率99.8%;三是强化政民互动,丰富信息公开形式。', '(二)依申请公开。2025年,我市共受理群众政府信息公开申请54件,按时办结54件,办理上年结转2件。其中予以公开45件,部分公开4件,属于国家秘密1件,其他法律行政法规禁止公开2件,属于行政执法案卷1件,本机关不掌握相关政府信息2件,结转下年度办理1件,因政府信息公开引发行政复议2件。', '(三)政府信息管理。做好行政规范性文件发布、解读、清理工作,完善政策文件的索引号、公文种类、发布机构、成文日期、发布日期、有效性等公开要素。2025年,制发行政规范性文件6个,清理失效文件4个,现行有效行政规范性文件18个;加强政务新媒体,政府门户网站信息管理。'], 2025, '万源市人民政府',
      ['pass 3077条+1194条+840条+1148条 = 6259条']],
    // 荣成市信访局 2025 (http://www.rongcheng.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11371082004230911E&fbtime=2025)
    [['荣成市信访局认真落实2025年政务公开工作要求,着力加强重点领域信息公开工作,截止2025年12月31日,在市政府官网主动公开政府信息共计22条,其中:1.政策性文件1条;2.工作动态类信息12条;3.信息公开信息1条;4.公告公示5条;5.财政预决算信息3条。', '2025年,荣成市信访局共受理政府信息公开申请4件。', '2025年,荣成市信访局因政府信息公开工作被申请行政复议0件,与去年相同。'], 2025, '荣成市信访局',
      ['pass 1条+12条+1条+5条+3条 = 22条']],
    // 乐山市五通桥区人民政府 2025 (http://wtq.gov.cn/wtqq/qzfxxgk2023hk/202601/7d9f7dd06a24417b90ae442020c4513a.shtml)
    [['一是围绕高质量发展深化公开。及时发布政策文件及成效信息26条、政策解读6条。二是围绕重点民生领域深化公开。发布文体教育、医疗卫生、民生信息、乡村振兴等重点民生领域信息2200余条,主动接受社会监督,回应社会关切。三是重要会议、重大活动信息权威发布。及时转载国省市重要信息,发布区委常委会、区政府常委会、区政府全体会等会议相关信息80余条,区内要闻340余条、部门信息260余条。', '2025年全区共收到政府信息公开申请42件,共办理完成42件,结转下年办理0件;发生行政复议8件。'], 2025, '乐山市五通桥区人民政府',
      ['pass 42件 = 42件+0件（收支平衡，未写上年结转）']],
    // 梅州市梅县区人民政府办公室 2025 (http://www.gdmx.gov.cn/zfxxgkml/mxrmzf/zfxxgkgzndbg/content/post_2865225.html)
    [['(一)主动公开情况。我办重点围绕区委、区政府中心工作,聚焦公众关切和重点领域,不断拓展和细化主动公开内容,依法、及时、准确发布政府信息。全年,通过区政府门户网站等主要渠道,共计发布各类政府信息11125条,其中区政府及其部门规范性文件11条、其他文件13条、政务动态类信息1966条、各类规划和重点领域信息1149条、其他信息7986条。', '(二)依申请公开情况。我办严格依据《中华人民共和国政府信息公开条例》及《广东省政府信息公开申请办理答复规范》,畅通申请渠道,规范办理流程,确保办理程序严谨、答复依据充分。2025年,共收到政府信息公开申请6件,上年结转1件,全年实际处理申请共计7件,均按时规范办结7件,办结率为100%。其中:予以公开2件,占29%;因本机关不掌握相关信息而无法提供2件,占29%;其他处理3件,占42%。未发生因政府信息公开引发的行政复议案和行政诉讼案件。'], 2025, '梅州市梅县区人民政府办公室',
      ['pass 11条+13条+1966条+1149条+7986条 = 11125条', 'pass 2件+2件+3件 = 7件', 'pass 2件 ÷ 7件 = 28.57%，正文 29%', 'pass 2件 ÷ 7件 = 28.57%，正文 29%', 'pass 3件 ÷ 7件 = 42.86%，正文 42%', 'pass 均按时规范办结7件 ÷ …处理申请共计7件 = 100%，正文办结率100%']],
    // 南京市溧水区人民政府办公室 2025 (http://www.njls.gov.cn/lsqrmzf/xxgkzl/zfxxgkndbg/202601/t20260116_5771208.html)
    [['2025年,我办持续完善政府信息主动公开,聚焦区委、区政府中心工作,及时公开各类政府信息109条。', '按照依申请公开办理要求,持续做好办理程序和时限的管理,做好答复内容质量审核工作。2025年共办理政府信息公开申请34件,其中,予以公开的7件,部分公开的5件,本机关不掌握的22件,并向申请人说明了不予公开的理由和依据。', '持续优化政府网站信息公开专栏设置,使栏目更加合理,方便公众查询信息。持续提升领导信箱信件办理的质效,2025年区政府网站共受理领导信箱337件,均按期办结,平均办理时间1.47个工作日。'], 2025, '南京市溧水区人民政府办公室',
      ['pass 7件+5件+22件 = 34件']],
    // 禄丰市卫生健康局 2025 (https://ynlf.gov.cn/info/1362/198554.htm)
    [['禄丰市卫生健康局政府信息公开内容主要包括机构职能、卫生健康业务工作、政府信息公开等方面,方便群众对卫生健康局进行了解和监督。2025年,禄丰市卫生健康局全年共发布各类信息171条,其中新闻动态8条,政策问答7条,法定主动公开内容63条,重大民生及公益事业建设信息7条,双随机、一公开信息9条,行政执法信息41条,疫情防控信息3条,部门信息5条,公共企事业单位信息28条。', '2025年,我局全年未收到依申请公开事项。'], 2025, '禄丰市卫生健康局',
      ['pass 8条+7条+63条+7条+9条+41条+3条+5条+28条 = 171条']],
    // 青岛西海岸新区自然资源局 2025 (https://www.xihaian.gov.cn/zwgk/bmgk/zrzy/gzbg/202601/t20260116_10472114.shtml)
    [['2025年,我局共收到政府信息公开申请315件,均通过政务网渠道提交。其中298件按时办结,17件结转下年度办理。全年涉及政府信息公开的行政复议13件,行政诉讼1件,无相关投诉事项。'], 2025, '青岛西海岸新区自然资源局',
      ['pass 298件+17件 = 315件']],
    // 环县人民政府 2025 (https://www.huanxian.gov.cn/zwgk/gknb/2025n/zf311/wyll311)
    [['(一)主动公开方面。严格对标国家及省、市政务公开工作部署要求,以保障群众知情权、参与权、监督权为核心,持续深化政府信息主动公开。2025年全县主动公开各类政府信息60931条(中央及省市主流媒体、网站、新媒体平台13635条;县政府网站12365条;县内各类政务新媒体32526条;电视、公开栏、电子显示屏等其他渠道公开2405条),通过领导信箱、12345政务热线、政民互动等平台回应群众各类关切问题22752件。'], 2025, '环县人民政府',
      ['pass 13635条+12365条+32526条+2405条 = 60931条']],
    // 闽侯县人民政府办公室 2025 (https://www.minhou.gov.cn/xjwz/zwgk/zfxxgkzl/xzfjqzcbm/xzfb/ndbg/202601/t20260116_5272155.htm)
    [['2025年,聚焦县委、县政府中心工作,精准把握公开重点,全面提升公开质量和实效。一是规范信息发布。全年主动公开县本级政府及政府办信息222条,向县档案馆报送主动公开文件222件,“闽侯发布”政务微博发布信息241条;二是强化政策文件公开。发布政策文件征求意见稿、听证会公告、征求意见结果等相关信息46篇,政策解读30篇,并通过政务新媒体强化政策文件的二次传播;三是重大会议公开。全年发布常务会议相关信息42篇,全体会议相关信息10篇,其他会议52篇。四是增强回应关切。全年开展在线访谈8期,意见征集16期,网上调查14期。', '本年度共收到依申请公开政府信息72件,已答复71件,结转至下一年答复1件。'], 2025, '闽侯县人民政府办公室',
      ['pass 72件 = 71件+1件（收支平衡，未写上年结转）']],
    // 衡山县人民政府办公室 2025 (https://www.hengshan.gov.cn/xzfgzbm/xzfb/zfxxgknb/20260115/i3849993.html)
    [['2025年,我办共主动公开机构概况2件,规划计划3件、财政信息2件、政策文件13件(县政府文件5件,县政府办文件2件,规范性文件6件)、政府工作报告及落实1件、县政府全体会议2件、县政府常务会议4件、重点民生实事落实3件、建议提案办理10件(代表建议6件,委员提案4件)、人事任免4件、县政府公报12件、金融风险防范1件。', '县政府办认真贯彻落实《政府信息公开条例》的要求,全面规范政府信息公开申请各环节,畅通受理渠道。2025年度,我办收到政府信息公开申请2件,已按程序办理,未发生行政复议、行政诉讼案件或出现申诉情况。'], 2025, '衡山县人民政府办公室',
      ['pass 5件+2件+6件 = 13件', 'pass 6件+4件 = 10件']],
    // 上海市宝山区人力资源和社会保障局 2025 (https://xxgk.shbsq.gov.cn/article.html?infoid=d9d7456a-e99a-4d08-beab-fa4ed9bbe8d4)
    [['全年通过门户网站主动公开各类政府信息共406条,其中公文类政府信息7件(含规范性文件2件)、就业补贴类信息135条、工伤认定及劳动能力鉴定类信息63条、财务预决算信息9条、劳动保障违法行为社会公布179条、政策解读1条、区级建议提案结果公开5条、其他类7条。', '依法受理并规范办理政府信息公开申请。2025年持续优化工作机制,规范答复全流程管理,强化与申请人的主动沟通与反馈,着力提升办理效率与服务水平,切实保障人民群众、法人和其他组织依法获取政府信息的权利。全年共作出政府信息公开申请答复19件,所有申请均严格按照法律法规和相关规定进行办理,均在法定期限内办结,无结转至下一年度办理的申请。2025年我局未发生政府信息公开案由的行政复议和行政诉讼。'], 2025, '上海市宝山区人力资源和社会保障局',
      ['pass 7件+135条+63条+9条+179条+1条+5条+7条 = 406条']],
    // 亳州市谯城区住房和城乡建设局 2025 (https://www.bzqc.gov.cn/XxgkAnnualReport/show/6378.html)
    [['按照市、区政务公开工作相关部署,本年度,我单位严格对照政府信息主动公开目录,全面梳理公开内容,及时更新发布相关信息。2025年上级下达的政务公开重点工作任务全部完成,我局主动公开政府信息 700余条,其中基础栏目 600余条,涵盖决策部署、规划计划、行政权力、建议提案办理等栏目;重点领域30余条,聚焦群众关切的重点领域,全面深化信息公开。基层两化领域信息160余条,涵盖保障性住房和农村危房改造栏目,及时发布公租房租赁补贴、租金收取和农村危房改造认定结果等相关信息。', '2025年区住建局共收到政府信息依申请公开事项52件,其中办结51件,转结下年度继续办理1件,所有事项均严格按照法定时限和程序办理,并依法依规做好相关解释说明工作。涉及行政诉讼案件2件,均经审理依法驳回原告诉讼请求。'], 2025, '亳州市谯城区住房和城乡建设局',
      ['pass 51件+1件 = 52件']],
  ];
  for (const [texts, year, agency, expected] of cases) {
    it(`${agency} ${year}`, () => {
      const r = run(p(...texts), year, agency);
      expect(findingKeys(r)).toEqual([]);
      expect([...checks(r, 'text.parts-sum'), ...checks(r, 'text.share')]).toEqual(expect.arrayContaining(expected));
    });
  }
});

describe('hunt50: real sentences of the 2025 reports that are a skip, with no table (a list short of its whole, a rate beside carried ones)', () => {
  const cases: [string[], number, string, string[]][] = [
    // 甘南州卫生健康委员会 2025 (http://wsjk.gnzrmzf.gov.cn/info/1179/11129.htm)
    [['一是通过门户网站规范公开各类政府信息。2025年甘南州卫生健康委网站全年累计发布网站信息发布信息共971条,其中工作动态68条、通知公告20条、机构概况9条、政策文件及解读35条、人事信息4条、财政信息2条、健康促进29条、专题专栏36条。通过报刊、微信公众号等媒体公开信息344条。'], 2025, '甘南州卫生健康委员会',
      ['skip 所列各项之和203条小于总数971条，列举可能不完整']],
    // 忠县人民政府办公室 2025 (http://www.zhongxian.gov.cn/zwgk_156/zfxxgknb/xzfbgs/202601/t20260129_15366254.html)
    [['(一)主动公开。忠县人民政府办公室围绕全县中心工作,持续推进各类政府信息公开。2025年,积极在忠县人民政府门户网站转载国办信息881条,发布概况类信息227条,政务动态信息4921条,行政规范性文件9件,其他文件24件,文字解读18篇、图文解读22篇、音视频解读1篇、新闻发布会9篇,政府公开信箱信件办理办结312件,通过忠县人民政府网微信公众号推送政务信息712条。', '(二)依申请公开。严格落实《中华人民共和国政府信息公开条例》,规范依申请公开工作,进一步保障政府信息依申请公开的合法性和规范性,持续提升政府信息公开申请办理水平与办理效率。2025年,县政府办公室累计收到政府信息公开申请27件,上年结转5件,17件结转下年办理,政府信息公开申请答复率达100%。'], 2025, '忠县人民政府办公室',
      ['skip (…信息公开申请27件 − 17件) ÷ …信息公开申请27件 = 37%，正文答复率100%；句中另有未办结、结转下年度的申请，“答复率100%”或指到期的均已办结，不作判断']],
    // 张掖市甘州区北街街道办事处 2025 (http://www.gsgz.gov.cn/gzzfxxgk/zfxxgknb/2025n/bmnb2025/202601/t20260123_1501783.html)
    [['我街道坚持以公开促规范、优服务,主动公开政府信息涵盖政策法规、工作动态、财政预算决算、民生保障等多个领域。2025年度,通过政府门户网站累计发布工作动态信息165条,其中重点聚焦甘州乡镇街道动态102条;发布法定主动公开内容1条,包括机构概况1条,以及“三公”经费及预算/决算信息2条,切实保障公众知情权和监督权。', '政府信息公开平台建设中街道政府信息公开60条,其中社会保险12条、房屋征收及住房保障12条、公共法律服务12条、其他法定信息12条、社区事务公开12条。'], 2025, '张掖市甘州区北街街道办事处',
      ['skip 所列各项之和103条小于总数165条，列举可能不完整', 'skip 所列各项之和3条大于总数1条，但“以及”之前的1条恰为总数，“以及”之后的可能是另列的信息，不作判断']],
  ];
  for (const [texts, year, agency, expected] of cases) {
    it(`${agency} ${year}`, () => {
      const r = run(p(...texts), year, agency);
      expect(findingKeys(r)).toEqual([]);
      expect([...checks(r, 'text.parts-sum'), ...checks(r, 'text.share')]).toEqual(expect.arrayContaining(expected));
    });
  }
});
