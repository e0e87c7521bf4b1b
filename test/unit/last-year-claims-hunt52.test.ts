/**
 * hunt52: real report sentences that state a change against last year of a count the cross-year check
 * reads (lib/narrative/last-year-claims.ts: the applications' new / newAndCarried, table 四's review /
 * suits, table 二's license / penalty / enforcement), and real count sentences of the same sections
 * with no change. Each runs through runProse with this year's figures set so that its count matches
 * the table, so that only the words decide what is kept. Sources: /tmp/p47/hunt52/excerpts.md.
 *
 * One defect found and fixed: a review body's or a court's own intake ("新受理行政复议案件151件，同比
 * 增长128.78%", "全市新收行政复议申请8745件", "新收一审行政诉讼案件3362件") was kept as table 四's count,
 * which would become a false warning against last year's table 四 (a 司法局's or a government's report
 * may state its review work beside its disclosure work). Its two misses (a change in a parenthesis after
 * the count, and a change said after other clauses: 静安) are kept since change54 (change-after-clauses.ts).
 */
import { describe, expect, it } from 'vitest';
import { runProse } from './narrative-tables.ts';
import type { LastYearClaim } from '../../lib/narrative/last-year-claims.ts';

type Figures = Record<string, number>;
const claimsOf = (sentence: string, year: number, figures: Figures): LastYearClaim[] =>
  runProse(`<p>${sentence}</p>`, { 't3.new.total': 999_991, ...figures }, year).lastYear ?? [];
const brief = (cs: LastYearClaim[]) => cs.map((c) => ({ readings: c.readings, value: c.value, amount: c.amount, pct: c.pct }));

describe('hunt52: real changes kept, each as a careful reader reads it', () => {
  it.each([
    // 荣成市行政审批服务局 2025 (http://www.rongcheng.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=12371082MB2843001W&fbtime=2025): 办理 with 0 carried is both readings
    ['2.依申请公开。2025年,荣成市行政审批服务局共办理政府信息公开申请6件,与去年相比减少3件,办结数5件,办结率83.3%。', 2025,
      { 't3.new.total': 6, 't3.carried.total': 0 }, { readings: ['new', 'newAndCarried'], value: 6, amount: -3, pct: null }],
    // the same where one was carried: 办理 6 is 新收 5 + 结转 1
    ['2.依申请公开。2025年,荣成市行政审批服务局共办理政府信息公开申请6件,与去年相比减少3件,办结数5件,办结率83.3%。', 2025,
      { 't3.new.total': 5, 't3.carried.total': 1 }, { readings: ['newAndCarried'], value: 6, amount: -3, pct: null }],
    // a province's 2018 report, news copy (http://z3721z.com/industry/2137.html); the copy is in 繁体 ("較上年增長")
    // throughout, which the reader simplifies before reading (lib/text/traditional.ts), as here
    ['2018年省受理政府信息公开申请数量大幅增长,全省全年受理申请11428件,较上年增长26.49%。', 2018,
      { 't3.new.total': 11428, 't3.carried.total': 40 }, { readings: ['new'], value: 11428, amount: null, pct: '26.49' }],
    // the same page: the province's own bodies, kept only where the report's table is of them (the count equals it)
    ['省政府及其部门受理政府信息公开申请1784件,比上年增长32.25%,在对申请答复的1677件中,属已主动公开的243件,属同意公开的318件,属同意部分公开的221件。', 2018,
      { 't3.new.total': 1784 }, { readings: ['new'], value: 1784, amount: null, pct: '32.25' }],
    ['市、县(市、区)政府及其部门和乡镇政府受理政府信息公开申请9644件,比上年增长25.47%,在对申请答复的9213件中,属已主动公开的2520件,属同意公开的2845件,属同意部分公开的792件。', 2018,
      { 't3.new.total': 9644 }, { readings: ['new'], value: 9644, amount: null, pct: '25.47' }],
    // 东台市文化广电和旅游局 2023 (https://www.dongtai.gov.cn/art/2024/1/9/art_7651_4132637.html): 16 → 15 is −6.25%
    ['2023年度,我局行政许可窗口共实施行政许可15件,较上年略有减少,减少1件,下降率为6.25%。', 2023,
      { 't2.license.decisions': 15 }, { readings: ['license'], value: 15, amount: -1, pct: '-6.25' }],
    // 天津市河东区人民政府 2024 (https://www.tjhd.gov.cn/zwgk/zfxxgk/zfxxgkqzf/qzf/zfxxgknb42/202503/t20250304_6873286.html)
    ['2024年,全区共接收政府信息公开申请633件,同比上升4.6%;上年结转23件。全年共办结606件,另有50件结转2025年度继续办理。', 2024,
      { 't3.new.total': 633, 't3.carried.total': 23 }, { readings: ['new'], value: 633, amount: null, pct: '4.6' }],
    // 南京市高淳区人民政府 2022 (https://www.nanjing.gov.cn/zzb/zfxxgk/zfxxgknb/gqzf_72697/gcqrmzf/202302/t20230220_3830939.html): 申请量 after the count received
    ['2、依申请公开情况。2022年,全区共收到政府信息公开申请130件,申请量同比增长103%。', 2022,
      { 't3.new.total': 130, 't3.carried.total': 2 }, { readings: ['new'], value: 130, amount: null, pct: '103' }],
    // 上海市住房和城乡建设管理委员会 2025 (https://zjw.sh.gov.cn/xxgknb/20260130/b758ee9612b14bb0b979c4d535f2e865.html): the change in
    // brackets right after the count (a miss of hunt52, kept since change54)
    ['(二)依申请公开。2025年,我委新收到政府信息公开申请1182件(同比增长0.4%,在全市各委办局中位列第三),办理1187件(含上年度结转申请57件,另有52件申请顺延到下年度答复)。', 2025,
      { 't3.new.total': 1182, 't3.carried.total': 57 }, { readings: ['new'], value: 1182, amount: null, pct: '0.4' }],
    // 上海市静安区人民政府 2023 (https://www.jingan.gov.cn/govxxgk/JA0/2024-02-20/c533e8dc-58b2-4782-aca9-585028cc87d2.html?type=2): the change
    // after a 含 parenthesis and a clause of what was asked, its clause naming 申请数量 again (a miss of hunt52, kept since change54);
    // 含…结转 makes the 2076 新收 + 上年结转 only
    ['2023年,全区各行政机关共收到政府信息公开申请2076件(含2022年结转67件),申请内容主要涉及国有土地上房屋征收、规划用地、房屋管理等方面,申请数量比去年明显增长,上升46.61%;作出答复2062件,结转至下一年再行办理81件。', 2023,
      { 't3.new.total': 2009, 't3.carried.total': 67 }, { readings: ['newAndCarried'], value: 2076, amount: null, pct: '46.61' }],
  ] as const)('%s (%i)', (sentence, year, figures, want) => {
    const got = claimsOf(sentence, year, figures);
    expect(brief(got)).toEqual([want]);
    expect(sentence).toContain(got[0]!.quote);
  });
});

describe('hunt52: real changes not kept', () => {
  it.each([
    // 防城区 2024 行政复议工作情况 (https://www.fangcheng.gov.cn/2025/01-03/837272.html): the review body's own intake (the defect fixed)
    ['a review body\'s intake', '2024年新受理行政复议案件151件,同比增长128.78%,其中上年未结转。', 2024, { 't4.review.total': 151, 't3.new.total': 151 }],
    ['a review body\'s cases to handle', '2023总共需办理复议案件66件,2024年总共需办理复议案件151件,同比增长128.78%,其中2024年已办结案件135件。', 2024, { 't4.review.total': 151 }],
    // 温州市 2024 行政复议工作报告 (https://wzrd.wenzhou.gov.cn/art/2025/8/20/art_1382198_58931631.html): a city's reviews and its courts' suits (the defect fixed)
    ['a city\'s reviews and its courts\' first-instance suits', '(一)收案情况。2024年,全市新收行政复议申请8745件,同比增长75.7%,新收一审行政诉讼案件3362件,同比下降3.9%,复议诉讼比值达2.6,同比增长76.5%。', 2024,
      { 't4.review.total': 8745, 't4.suitDirect.total': 3000, 't4.suitAfterReview.total': 362, 't3.new.total': 8745 }],
    ['last year\'s count said in brackets', '市本级新收行政复议申请3326件(2023年为867件),同比增长283.6%,复议诉讼比值达9.1。', 2024, { 't4.review.total': 3326 }],
    // 上海普陀 2022年上半年 (http://www.shpt.gov.cn/shpt/tjsj-tjsjzhzwqfbzfwj2021/20220725/847939.html): a half year's figures
    ['a half year against the same half', '2022年上半年,全区各行政机关共受理政府信息公开申请267件,答复263件,申请量比2021年同期上升1.52%。', 2022, { 't3.new.total': 267 }],
    // 荣成市信访局 2025 (http://www.rongcheng.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11371082004230911E&fbtime=2025): no change in count said
    ['the same as last year, no change said', '2025年,荣成市信访局因政府信息公开工作被申请行政复议0件,与去年相同。', 2025, { 't4.review.total': 0, 't3.new.total': 0 }],
    // 东台市文化广电和旅游局 2023 (as above): 持平 with no amount
    ['持平, no amount', '行政处罚事项为655项,较上年持平,实施行政处罚6件,较上年持平,没有其他主动公开事项。', 2023, { 't2.penalty.decisions': 6 }],
    // 平度市公安局 2023 (http://www.pingdu.gov.cn/bmxxgkml_15/pdsgaj_15/xxgkml_15/ndgzbg_15/202401/t20240116_7794358.shtml): 起, and last year's count said
    ['起 as the unit, last year\'s count said', '2023年度,我局共收到信息公开申请22起,比2022年(31起)下降29%,答复22起。', 2023, { 't3.new.total': 22 }],
  ] as const)('%s: %s', (_why, sentence, year, figures) => {
    expect(claimsOf(sentence, year, figures)).toEqual([]);
  });
});

describe('hunt52: the fix keeps what names the disclosure or the body as respondent (wrong twins of the review body\'s intake)', () => {
  it.each([
    ['全年因政府信息公开被申请行政复议151件,同比增长128.78%。', { readings: ['review'], value: 151, amount: null, pct: '128.78' }],
    ['新受理涉及政府信息公开的行政复议案件151件,同比增长128.78%。', { readings: ['review'], value: 151, amount: null, pct: '128.78' }],
    ['因政府信息公开被提起行政诉讼3362件,同比下降3.9%。', { readings: ['suits'], value: 3362, amount: null, pct: '-3.9' }],
    ['本机关作为被告的一审行政诉讼案件3362件,同比下降3.9%。', { readings: ['suits'], value: 3362, amount: null, pct: '-3.9' }],
  ] as const)('%s', (sentence, want) => {
    const got = claimsOf(sentence, 2024, { 't4.review.total': 151, 't4.suitDirect.total': 3000, 't4.suitAfterReview.total': 362 });
    expect(brief(got)).toEqual([want]);
  });
});

describe('hunt52: real counts of the same sections with no change: nothing kept, nor read as the applications', () => {
  it.each([
    // 丽水市 2024 (http://www.lishui.gov.cn/art/2025/3/7/art_1229850027_100030.html)
    ['全年因政府信息公开申请引起的行政复议93件,行政诉讼19件。', 2024, { 't4.review.total': 93, 't3.new.total': 93 }],
    // 长春市人民政府办公厅 2024 (http://js.changchun.gov.cn/szf_3410/ndbg/202501/t20250127_3378533.html)
    ['因政府信息公开引起的行政复议2件、行政诉讼1件,所有案件均按照法定程序办理,较好地保障了人民群众获取政府信息的权利。', 2024, { 't4.review.total': 2, 't3.new.total': 2 }],
    // 余杭区 2021, copy (http://credit.xhgjzx.net/art/2022/2/18/art_1229621536_4017555.html)
    ['2021年全区共受理政府信息公开申请件1156件,1132件已按规定在法定期限内予以答复,24件结转下年答复。因政府信息公开引起的行政复议22件;行政诉讼案件18件。', 2021, { 't3.new.total': 1156, 't4.review.total': 22 }],
    // 嘉兴市人民政府办公室 2023 (https://www.jiaxing.gov.cn/art/2024/1/17/art_1229779129_5251843.html)
    ['因信息公开引发行政争议11件,其中,行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,结果维持2件,尚未审结2件。', 2023, { 't4.review.total': 7, 't3.new.total': 11 }],
    // 建平县人民政府 2025 (https://www.lnjp.gov.cn/html/JPXZF/202602/0177068507628231.html)
    ['二是依申请公开情况。全年共收到政府信息依申请公开89件次,已经答复88件,1件结转下年度继续办理;产生行政复议13件和行政诉讼1件。', 2025, { 't3.new.total': 89, 't4.review.total': 13 }],
    // 辽阳市 2023 (http://www.liaoyang.gov.cn/govxxgk/LY/2024-03-05/cfa9849a-3f74-4747-82de-a497ee246555.html?deptcode=033)
    ['2023年,通过现场、邮寄、传真和平台申请等方式,共受理政府信息依申请公开385件,其中6件结转下一年度办理,其余全部按时办结;处理涉及政府信息公开行政复议3件,行政诉讼14件。', 2023, { 't3.new.total': 385, 't4.review.total': 3 }],
    // 平湖市某局 2024 (http://www.pinghu.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=002562728&fbtime=2024)
    ['2024年,我局共收到政府信息公开申请5件,均在规定时限内完成答复;政府信息公开行政复议1件(申请人撤回结案)、行政诉讼0件。', 2024, { 't3.new.total': 5, 't4.review.total': 1 }],
    // 瓯海区审计局 2024 (http://www.ouhai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003012020&fbtime=2024)
    ['(二)依申请公开。2024年,我局未收到政府信息公开申请。办理因2023年度政府信息公开申请引发行政复议1件、引发行政诉讼2件,均维持结果。', 2024, { 't3.new.total': 0, 't4.review.total': 1 }],
    // 重庆市大渡口区人民政府 2023 (http://www.ddk.gov.cn/zwgk_271/zfxxgk/zfxxgknb/qzfxxgknb/202403/t20240307_13013405.html)
    ['全年涉及行政复议案件6件,结果维持4件,结果纠正2件。涉及行政诉讼8件,未经复议直接起诉6件,复议后起诉2件。', 2023, { 't4.review.total': 6, 't4.suitDirect.total': 6, 't4.suitAfterReview.total': 2 }],
    // 上饶市 2022, copy (http://yxjlzs.com/zgsr/gknb/202303/dd0388a1859443998847bb4daaf4b9b0.shtml)
    ['2022年全市共收到政府信息申请公开件658件,因政府信息公开引起的行政复议22件、行政诉讼案件1件。', 2022, { 't3.new.total': 658, 't4.review.total': 22 }],
    // 上海普陀 2022年上半年 (as above)
    ['2022年上半年,全区共发生涉及政府信息公开的行政诉讼案件2件,被纠错0件。', 2022, { 't4.suitDirect.total': 2, 't4.suitAfterReview.total': 0 }],
    // 天津市河东区人民政府 2024 (as above)
    ['全区政府信息公开行政复议70件、行政诉讼21件。', 2024, { 't4.review.total': 70, 't3.new.total': 70 }],
    // 武昌区行政审批局 2025 (https://www.wuchang.gov.cn/xxgk/xzspj/zfxxgknb/202601/t20260109_2709257.html)
    ['2.本年度我局收到行政许可申请114738件,受理114730件,准予许可114397件,不予许可146件,撤销许可187件。', 2025, { 't2.license.decisions': 114397, 't3.new.total': 114738 }],
    // 东宝区 2024 (http://www.jmdbq.gov.cn/art/2025/2/8/art_28090_1130982.html)
    ['2024年全区共收到依申请公开件30件,上年度结转办理件1件,共办结24件,结转到2025年办理7件。', 2024, { 't3.new.total': 30, 't3.carried.total': 1 }],
    // 荣成市行政审批服务局 2025 (as above): 主动公开's 3万余条
    ['1.主动公开。2025年,政府网站共计发布信息492条,通过政务服务网、信用中国(山东荣成)等途径发布行政许可结果等各类信息3万余条。', 2025, { 't2.license.decisions': 30000 }],
    // 湛江市地方志办公室 2023 (https://www.zhanjiang.gov.cn/zjsfw/bmdh/dfz/zwgk/xxgkndbg/content/post_1871569.html)
    ['2023年,我办全年未收到行政许可申请;全年未接到信息公开申请;各栏目共刊发文稿、通知、公告、公示等44篇。', 2023, { 't3.new.total': 0, 't2.license.decisions': 0 }],
    // 防城区 2024 (as above): the review body's own closing figures
    ['全年共审结行政复议申请135件(含上年度结转),其中纠错(含撤销、确认违法)29件,纠错率约19.2%,纠错案件责任单位全部在法定期限内执行到位。', 2024, { 't4.review.total': 135 }],
  ] as const)('%s', (sentence, year, figures) => {
    expect(claimsOf(sentence, year, figures)).toEqual([]);
  });
});
