/**
 * Session hunt53's false-flag hunt on the prose of the old reports (2009–2018: no tables 二–四, the text's own
 * arithmetic only): 42 excerpts (83 paragraphs) of 镇/乡, 街道, 区/县/市 governments and 局/办/委 of 北京, 上海, 浙江,
 * 福建, 广东, 四川, 重庆, 海南, 吉林, 湖南, 江苏, 河南 — five in traditional characters — each read as a page of its
 * paragraphs with its year and body and no table; then 65 sentences in the old reports' shapes ("在已经答复的N件申请中，
 * “同意公开”的…件，占总数的…%", "同意公开答复…条，…否决公开答复…条", "已答复…件，待答复…件", 咨询 by channel, 复议 with
 * its outcomes) probed on word-2021-consistent with its own figures, and 15 without a table. The real excerpts
 * raised no false flag: their 6 errors are the reports' own (kept below). Two false errors came from the old
 * words on a page with tables, each FIXED and kept with its TWIN (the same shape, really wrong) still flagged:
 * - "同意公开和同意部分公开的共39件": both results named, the old word for 部分公开 read alone (joined-results.ts);
 * - "已答复63件（含上年结转4件），待答复3件": 待答复 is still open, 结转下年度, not 答复 (measures.ts CARRIED_FORWARD).
 * One miss closed: a 其中 sentence after its whole's with an item said of each of two names ("…各2条") counts it
 * once per name, as within one sentence (parts-qizhong.ts findLeadingReference; each-items.ts).
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_TABLES, checksOf, findingKeys, paras, runProse } from './narrative-tables.ts';

const run = (html: string, year: number, agency: string, figures: Record<string, number> = {}) => runProse(html, figures, year, agency);
const BUREAU = '某某区卫生健康局';

describe('hunt53: "同意公开和同意部分公开的共N件" is the two rows\' sum (joined-results.ts)', () => {
  // The pre-2019 reports' words, "同意公开" and "同意部分公开" (the 2009–2018 forms' 同意公开答复数, 同意部分公开答复数),
  // named together: read as 部分公开 alone, its last words, and an error against that row
  const text = paras('2022年共受理政府信息公开申请86件，上年结转5件。在已答复的88件申请中，同意公开和同意部分公开的共53件，占60.2%。');
  it('against 予以公开 + 部分公开 (42 + 11): a pass, no finding', () => {
    const r = run(text, 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checksOf(r, 'text.vs-table').some((c) => c.startsWith('pass') && c.includes('53'))).toBe(true);
  });
  it('TWIN: 54 against their sum 53: an error', () => {
    expect(findingKeys(run(text.replace('共53件', '共54件'), 2022, BUREAU, BUREAU_TABLES))).toContain('text.vs-table:error:53:54');
  });
  it('"部分同意公开" beside 予以公开 is the same sum', () => {
    expect(findingKeys(run(paras('全年共收到政府信息公开申请86件，办结88件，其中予以公开和部分同意公开的共53件。'), 2022, BUREAU, BUREAU_TABLES))).toEqual([]);
    expect(findingKeys(run(paras('全年共收到政府信息公开申请86件，办结88件，其中予以公开和部分同意公开的共50件。'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:53:50']);
  });
  it('"同意部分公开11件" alone is still 部分公开', () => {
    expect(findingKeys(run(paras('全年共收到政府信息公开申请86件，办结88件，其中同意公开42件，同意部分公开12件。'), 2022, BUREAU, BUREAU_TABLES))).toContain('text.vs-table:error:11:12');
  });
});

describe('hunt53: "待答复N件" is still open, 结转下年度 (measures.ts)', () => {
  // The 2009 forms' "已答复件数、待答复件数" (莆田市人民政府办公室关于做好2009年度政府信息公开工作年度报告有关事项的通知,
  // http://www.kleyou.com/html/text/lar/171558/17155898_2.html): 待答复 was read as 答复, against 办理结果总计
  const text = paras('2022年，收到申请86件，已答复88件（含上年结转5件），待答复3件。');
  it('compared with 结转下年度继续办理: a pass, no finding', () => {
    const r = run(text, 2022, BUREAU, BUREAU_TABLES);
    expect(findingKeys(r)).toEqual([]);
    expect(checksOf(r, 'text.vs-table')).toContain('pass 3件 = 表三“结转下年度继续办理” 3');
  });
  it('TWIN: "待答复4件": an error against 结转下年度继续办理', () => {
    expect(findingKeys(run(text.replace('待答复3件', '待答复4件'), 2022, BUREAU, BUREAU_TABLES))).toEqual(['text.vs-table:error:3:4']);
  });
  it('"已答复88件" is still 答复', () => {
    expect(findingKeys(run(text.replace('已答复88件', '已答复87件'), 2022, BUREAU, BUREAU_TABLES))).toContain('text.vs-table:error:88:87');
  });
});

describe('hunt53: "。其中，…A、B各N条" counts N for each name (parts-qizhong.ts)', () => {
  // 舒兰市经济局 2013 (http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqjjj/ndbg/201708/t20170810_258381.html): 10 + 8 +
  // 2 × 2 (or × 3) is not 20; it passed as 10 + 8 + 2
  const real = paras('我局2013年主动公开信息20条。其中，规范性文件信息10条，规划计划和完成情况类信息8条，公共资金使用信息、机构调整和人员变动类信息各2条。');
  it('the real list, no longer a pass: a skip (the names 和 joins may be one kind or two), no finding', () => {
    const r = run(real, 2013, '舒兰市经济局');
    expect(findingKeys(r)).toEqual([]);
    expect(checksOf(r, 'text.parts-sum').some((c) => c.startsWith('pass'))).toBe(false);
  });
  it('two plain names: 22 against 20, an error', () => {
    const twin = paras('我局2013年主动公开信息20条。其中，规范性文件信息10条，规划计划信息8条，公共资金使用信息、人员变动类信息各2条。');
    expect(findingKeys(run(twin, 2013, '某某县经济局'))).toEqual(['text.parts-sum:error:22:20']);
  });
  it('adding up once for each name: a pass', () => {
    const r = run(paras('我局2013年主动公开信息22条。其中，规范性文件信息10条，规划计划信息8条，公共资金使用信息、人员变动类信息各2条。'), 2013, '某某县经济局');
    expect(findingKeys(r)).toEqual([]);
    expect(checksOf(r, 'text.parts-sum')).toEqual(['pass 10条+8条+2条+2条 = 22条']);
  });
});

describe('hunt53: the reports\' own errors, still flagged', () => {
  it('武隆县人民政府 2011: four kinds, 1862 against 2361', () => {
    // https://zjtcn.com/baike/wlxrmzf2011nzfxxgkndbg6766122
    const text = paras('截止2011年12月31日，我县通过政府门户网站向社会公开政府信息2361条。其中，政务信息426条、政府文件482条、便民服务和投资类信息429条，其他信息525条，所有的行政许可项目与政府采购公告的相关信息全部通过政府门户网站发布，做到阳光和透明；县长信箱收件758件，均已按规定办结回复，取得全市40个区县同类栏目办理前10位的成绩。');
    expect(findingKeys(run(text, 2011, '武隆县人民政府'))).toEqual(['text.parts-sum:error:1862:2361']);
  });
  it('北京市大兴区发展和改革委员会 2013: three shares of 303 that fit it nowhere', () => {
    // https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfxxgk/dxqzf69/735786/735787/733953/index.html
    const text = paras('2013年主动公开政府信息数303条。其中，机构职能类信息107条，占总数的38.8%；规划计划类信息17条，占总数的4.8%；业务动态类信息114条，占总数的37.9%。重点领域公开政府信息数61条，占总数的17.2%。');
    expect(findingKeys(run(text, 2013, '北京市大兴区发展和改革委员会'))).toEqual(['text.share:error:35.3:38.8', 'text.share:error:5.6:4.8', 'text.share:error:37.6:37.9']);
  });
  it('乐山市交通运输委员会 2010: 2 of 1500 said to be 0.01%', () => {
    // https://aizhengw.cn/shenghuo/970565.html
    const text = paras('全年通过部门入口网站、乐山市政府网站政府信息公开专栏，主动公开政府信息1500条，其中概况信息876条，占58.4%，计画54条，占3.6%，法规公文信息26条，占1.7%，工作动态信息365条占24.3%、人事任免信息2条，占0.01%，其他信息177条占11.8%。');
    expect(findingKeys(run(text, 2010, '乐山市交通运输委员会'))).toEqual(['text.share:error:0.13:0.01']);
  });
});

describe('hunt53: a sample of the real old prose that passes', () => {
  const cases: [string, number, string, string, string[]][] = [
    // https://www.yj.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2015&area=001008003014021
    ['永嘉县统计局', 2015, '根据《条例》要求，本单位对应主动公开的政府信息进行了梳理和编目，2015年度共主动公开政府信息339条。其中，政务动态类信息112条，占33.04%；统计信息146条，占43.07%；其它类信息81条，占23.89%。', 'text.parts-sum', ['pass 112条+146条+81条 = 339条']],
    // https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2017nb/dcqjd2017/201802/t20180210_2995390.html
    ['北京市东城区东直门街道办事处', 2017, '本街道2017年共收到申请2件，均按时办结，其中申请公开信息不存在1件，不属于本行政机关公开1件。依申请公开收费为0。', 'text.parts-sum', ['pass 1件+1件 = 2件']],
    // https://www.szpsq.gov.cn/zwgk/zfxxgknb/qgbmxxgknb/content/post_4183376.html
    ['坪山区坪山街道办事处', 2017, '2017年，坪山区坪山街道办事处通过政府网站向外发布信息共895条，其中工作动态603条；通知公告132条；执法监督103条；政策法规23条；机构职能30条；规划计划1条；资金信息2条；“三公”经费1条。', 'text.parts-sum', ['pass 603条+132条+103条+23条+30条+1条+2条+1条 = 895条']],
    // http://www.huli.gov.cn/zwgk/zfxxgkzl/zfxxyjxndbg/201901/t20190111_182924.htm
    ['厦门市湖里区人民政府', 2018, '2018年，共制作政府信息3021条，其中主动公开信息1027条，依申请公开信息459条，不予公开信息1535条。', 'text.parts-sum', ['pass 1027条+459条+1535条 = 3021条']],
    // https://xfb.beijing.gov.cn/zwgkyxxgks/zfxxgknew/zfxxgknb/2014n/202001/t20200119_1617797.html
    ['北京市信访办', 2014, '在主动公开的信息中，业务动态类信息19条，占总体比例的95%，机构职能类信息数1条，占总体比例的5%。', 'text.share', []],
    // https://amr.hainan.gov.cn/himpa/xxgk/0200/0204/201501/t20150128_2510919.html (a 其中 of the 8 added, not of the 16: a skip)
    ['海南省某局', 2014, '2014年，我局对官网进行了全面改版。功能版块由原来的8个增加到现在的16个。其中，新增政务信息类栏目4个，服务类栏目2个，公众互动类栏目2个。', 'text.parts-sum', ['skip 所列各项之和8个小于总数16个，列举可能不完整']],
  ];
  for (const [agency, year, text, rule, want] of cases) {
    it(`${agency} ${year}: no finding`, () => {
      const r = run(paras(text), year, agency);
      expect(findingKeys(r)).toEqual([]);
      if (want.length > 0) expect(checksOf(r, rule)).toEqual(want);
    });
  }
});
