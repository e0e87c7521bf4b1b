/**
 * Session hunt51's false-flag hunt on real 主动公开 prose (the part of a report that restates table 二 and
 * counts what was published): 64 excerpts of 2022–2025 reports of every level — 省/市 governments and their
 * offices (上海, 广东, 广州, 长春, 漳州, 温州, 辽阳, 丽水…), 区/县 governments, 局 (审批, 文广旅, 生态环境, 统计,
 * 审计, 市场监管…), 乡镇, 街道 and 开发区 — read as pages of their paragraphs with no table, and ~330 sentences
 * probed on word-2021-consistent (and copies of it with other table-二 figures): the real ones as published,
 * their table-二 figures put to the page's own, and look-alikes. No false flag was found; one miss FIXED:
 * - "共实施行政许可15件，较上年略有减少，减少1件，下降率为6.25%" (东台市文化广电和旅游局 2023): a rate named
 *   增长率/下降率 is the change's percentage (figures-in-text.ts readChangeVerb); it was read as no change.
 * And a sample of the real sentences that passed or stayed silent, as they should, beside table 二.
 */
import { describe, expect, it } from 'vitest';
import { BUREAU_T2_2021, findingKeys, runProse, paras, checksOf } from './narrative-tables.ts';

const p = paras;
const checks = checksOf;
const BUREAU = '某某区卫生健康局';

describe('hunt51: "减少1件，下降率为6.25%" is the change and its rate (figures-in-text.ts)', () => {
  // 东台市文化广电和旅游局 2023 (https://www.dongtai.gov.cn/art/2024/1/9/art_7651_4132637.html)
  const real = p('2023年度,我局行政许可窗口共实施行政许可15件,较上年略有减少,减少1件,下降率为6.25%。行政处罚事项为655项,较上年持平,实施行政处罚6件,较上年持平,没有其他主动公开事项。');
  it('the real sentence: 1 ÷ 16 = 6.25%, a pass, no finding', () => {
    const r = runProse(real, {}, 2023, '东台市文化广电和旅游局');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.change')).toEqual(['pass (15件 − 16件) ÷ 16件 = -6.25%，正文 下降率6.25%']);
  });
  it('TWIN: "下降率为6.5%": an error', () => {
    const r = runProse(real.replace('下降率为6.25%', '下降率为6.5%'), {}, 2023, '东台市文化广电和旅游局');
    expect(flaggedRules(r)).toEqual(['text.change:error']);
  });
  it('TWIN: "减少2件" with the same rate: an error (15 against 17 is 11.76%)', () => {
    const r = runProse(real.replace('减少1件', '减少2件'), {}, 2023, '东台市文化广电和旅游局');
    expect(flaggedRules(r)).toEqual(['text.change:error']);
  });
  it('"增长率为15.7%" after "较上年增加56条" passes; 17.5% is an error', () => {
    const ok = runProse(p('全年主动公开政府信息412条,较上年增加56条,增长率为15.7%。'), {}, 2022, BUREAU);
    expect(findingKeys(ok)).toEqual([]);
    expect(checks(ok, 'text.change')).toEqual(['pass (412条 − 356条) ÷ 356条 = 15.73%，正文 增长率15.7%']);
    expect(flaggedRules(runProse(p('全年主动公开政府信息412条,较上年增加56条,增长率为17.5%。'), {}, 2022, BUREAU))).toEqual(['text.change:error']);
  });
  it('a 增长率 with nothing to compare with records nothing', () => {
    const r = runProse(p('全年主动公开政府信息412条,信息增长率为8.4%。'), {}, 2022, BUREAU);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.change')).toEqual([]);
  });
});

/** The errors and warnings as "rule:severity". */
function flaggedRules(r: ReturnType<typeof runProse>): string[] {
  return findingKeys(r).map((k) => k.split(':').slice(0, 2).join(':'));
}

describe('hunt51: real 主动公开 sentences restating table 二, with the bureau\'s own figures (规范性文件 12/3/85, 许可 1234, 处罚 56)', () => {
  const run = (text: string) => runProse(p(text), BUREAU_T2_2021, 2022, BUREAU);
  // 德州市生态环境局 2023 (https://cloud1.dezhoudaily.com/zfgk/2023ssthjj/files/basic-html/page4.html):
  // "全年制发规范性文件0件，废止0件，现行有效1件" — its shape with the bureau's figures
  const dezhou = '加大规范性文件主动公开,全年制发规范性文件12件,废止3件,现行有效85件。政府信息公开保密审查制度,依规对政府信息进行审查。';
  it('德州: 制发, 废止 and 现行有效 each pass', () => {
    const r = run(dezhou);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(expect.arrayContaining([
      'pass 12件 = 表二“规范性文件”的“本年制发件数” 12', 'pass 3件 = 表二“规范性文件”的“本年废止件数” 3', 'pass 85件 = 表二“规范性文件”的“现行有效件数” 85',
    ]));
  });
  it('TWIN: 现行有效86件: an error', () => {
    expect(findingKeys(run(dezhou.replace('现行有效85件', '现行有效86件')))).toEqual(['text.vs-table:error:85:86']);
  });
  it('德州 as published, with its own table (0/0/1): no finding', () => {
    const own = { 't2.regulations.newMade': 0, 't2.regulations.abolished': 0, 't2.regulations.inForce': 0, 't2.normativeDocs.newMade': 0, 't2.normativeDocs.abolished': 0, 't2.normativeDocs.inForce': 1 };
    const r = runProse(p('加大规范性文件主动公开,全年制发规范性文件0件,废止0件,现行有效1件。'), own, 2023, '德州市生态环境局');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toContain('pass 1件 = 表二“规范性文件”的“现行有效件数” 1');
  });
  // 荆门市行政审批局 2023 (https://jingmen.gov.cn/art/2024/1/25/art_27336_1057233.html): "办理行政许可事项1883件、行政处罚1件"
  const jingmen = '全年通过市行政审批局网站发布各类政府信息379条,通过微信公众号推送信息113条;办理行政许可事项1234件、行政处罚56件,已全部向社会公开。';
  it('荆门: 许可 and 处罚 pass; the 条 of the website and the 公众号 are not table 二\'s', () => {
    const r = run(jingmen);
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.vs-table')).toEqual(expect.arrayContaining([
      'pass 1234件 = 表二“行政许可”的“本年处理决定数量” 1234', 'pass 56件 = 表二“行政处罚”的“本年处理决定数量” 56',
    ]));
  });
  it('TWIN: 行政处罚57件: an error', () => {
    expect(findingKeys(run(jingmen.replace('行政处罚56件', '行政处罚57件')))).toEqual(['text.vs-table:error:56:57']);
  });
  it('other documents and counts beside the item words are no claim on table 二', () => {
    for (const text of [
      // 广东省发展和改革委员会 2024 (http://drc.gd.gov.cn/gkmlpt/content/4/4662/post_4662348.html): documents marked abolished, of every kind
      '(三)提升公开质量,做好政府信息管理。制发规范性文件12个,标注废止文件200个。',
      // 龙游县人民政府办公室 2023 (https://www.longyou.gov.cn/art/2024/1/30/art_1229114055_89890.html): readings, not documents
      '坚持政策性文件与解读材料同步部署、同步发布,今年同步配套行政规范性政策解读17篇,实现县政府重要政策文件100%解读,方便企业和群众获取了解政策信息。',
      // 温州市人民政府办公室 2022 (http://www.wenzhou.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003015001&fbtime=2022): the departments' documents
      '2022年通过市政府门户网站主动发布市政府文件9条,市政府办公室文件14条,市政府、市政府办公室行政规范性文件34条,部门行政规范性文件68条,地方性法规3条;编辑出版政府公报12期。',
      // 昭通市 2022 (copy at brianwinch.com …/t20230310_256081.html): entries of the list updated
      '三是强化规范抓效能。及时做好行政规范性文件动态更新,今年市政府门户网站更新规范性文件目录8条,为社会公众提供权威政策文件下载版式。',
      // 交口县人民政府 2023 (http://www.jiaokou.gov.cn/zwgk/zfxxgk/xxgknb/xinxinianbao/202403/t20240308_1847723.shtml): 政策性文件 are not 规范性文件
      '全年,我县政府门户网站更新政务动态信息1841条,信息公开目录信息2875条,发布政策性文件36件,政策解读36条。',
      // 荣成市行政审批服务局 2025 (http://www.rongcheng.gov.cn/…fbtime=2025): entries published, not decisions
      '2022年,政府网站共计发布信息492条,通过政务服务网、信用中国(山东荣成)等途径发布行政许可结果等各类信息3万余条。',
      // a 市场监管局 2024 (copy at www.996bkk.com …/t20250126_59961.html): no fee for disclosure, not 行政事业性收费
      '本局2022年度收到4件针对本部门有关政府信息公开事务的申请,本局2022年度及历年政府信息公开均未收取任何费用。',
    ]) {
      const r = run(text);
      expect(findingKeys(r), text).toEqual([]);
      // 制发规范性文件12个 is read (and passes); nothing else here is compared with table 二
      const made = text.includes('制发规范性文件12个') ? ['pass 12个 = 表二“规范性文件”的“本年制发件数” 12'] : [];
      expect(checks(r, 'text.vs-table').filter((c) => c.includes('表二')), text).toEqual(made);
    }
  });
});

describe('hunt51: real 主动公开 sums and their lists, read with no table', () => {
  const run = (text: string, year: number, agency: string) => runProse(p(text), {}, year, agency);
  it('complete lists pass: 广东省政府办公厅, 辽阳市, 丽水市 (条 and 件 together), 瓯海区审计局 (a nested one)', () => {
    const cases: [string, number, string, string[]][] = [
      // 广东省人民政府办公厅 2023 (copy at http://ztkycw.com/xinxigongkai/4791.html)
      ['2023年,通过省政府门户网站、《广东省人民政府公报》及官方微博微信等主动公开政府信息345条,其中规章11条、行政规范性文件8条、其他文件102条;省政府工作报告2条(中英文各1条)、人大代表建议及政协提案办理信息1条、财政预决算信息4条、政务动态类信息213条、其他信息2条、政府信息公开工作年度报告2条。', 2023, '广东省人民政府办公厅',
        ['pass 11条+8条+102条+2条+1条+4条+213条+2条+2条 = 345条']],
      // 辽阳市 2023 (http://www.liaoyang.gov.cn/govxxgk/LY/2024-03-05/cfa9849a-3f74-4747-82de-a497ee246555.html?deptcode=033)
      ['一是我市全年各级行政机关主动公开政府信息53393条,其中市政府门户网站5200条,各县(市、区)政府门户网站14541条,各部门政府网站14650条,政务新媒体主动公开政府信息19002条。', 2023, '辽阳市人民政府',
        ['pass 5200条+14541条+14650条+19002条 = 53393条']],
      // 丽水市 2024 (http://www.lishui.gov.cn/art/2025/3/7/art_1229850027_100030.html)
      ['通过政府门户网站信息公开平台共发布政府信息79603条,其中:会议信息220条,政策文件3302件,意见征集799件,建议提案2768件,其他信息72514条。', 2024, '丽水市人民政府',
        ['pass 220条+3302件+799件+2768件+72514条 = 79603条']],
      // 温州市瓯海区审计局 2024 (http://www.ouhai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003012020&fbtime=2024)
      ['(一)主动公开。2024年,我局在瓯海区政府门户网站主动公开各类政府信息22条,其中发布人事信息2条,动态信息2条,部门财务信息2条(其中部门预算1条、部门决算1条),计划总结5条,审计计划1条,审计结果4条,审计整改1条,其他信息5条。', 2024, '温州市瓯海区审计局',
        ['pass 2条+2条+2条+5条+1条+4条+1条+5条 = 22条', 'pass 1条+1条 = 2条']],
    ];
    for (const [text, year, agency, expected] of cases) {
      const r = run(text, year, agency);
      expect(findingKeys(r), agency).toEqual([]);
      expect(checks(r, 'text.parts-sum'), agency).toEqual(expected);
    }
  });
  it('TWIN: 瓯海\'s 其他信息 one more (23 against 22): an error', () => {
    const r = run('(一)主动公开。2024年,我局在瓯海区政府门户网站主动公开各类政府信息22条,其中发布人事信息2条,动态信息2条,部门财务信息2条(其中部门预算1条、部门决算1条),计划总结5条,审计计划1条,审计结果4条,审计整改1条,其他信息6条。', 2024, '温州市瓯海区审计局');
    expect(flaggedRules(r)).toEqual(['text.parts-sum:error']);
  });
  it('辽阳\'s channels one more than the whole are a skip (the same item may go out on two channels)', () => {
    const r = run('一是我市全年各级行政机关主动公开政府信息53393条,其中市政府门户网站5200条,各县(市、区)政府门户网站14541条,各部门政府网站14650条,政务新媒体主动公开政府信息19003条。', 2023, '辽阳市人民政府');
    expect(findingKeys(r)).toEqual([]);
    expect(checks(r, 'text.parts-sum')).toEqual(['skip 所列各项之和53394条大于总数53393条，但各发布渠道的信息可能重复计数']);
  });
  it('lists short of their whole are a skip, never an error: 长春市政府办公厅, 长河街道, 合水镇', () => {
    const cases: [string, number, string, string][] = [
      // 长春市人民政府办公厅 2024 (http://js.changchun.gov.cn/szf_3410/ndbg/202501/t20250127_3378533.html): a few kinds of the 1464
      ['2024年,通过长春市人民政府网站平台发布政府动态类信息1464条,其中文件15条,政策解读10条,市政府工作报告1条,人大代表建议及政协提案办理信息5条,财政预决算信息2条;发布29场新闻发布会信息,围绕经济社会发展重点领域工作,发布权威信息、解读政策内容。', 2024, '长春市人民政府办公厅',
        'skip 所列各项之和33条小于总数1464条，列举可能不完整'],
      // 杭州市滨江区长河街道 2023 (copy at https://luchovivas.com/art/2024/1/19/art_1229230631_4234065.html): the 年报 is listed with no count
      ['2023年,本街道在政府官网上主动公开街道信息423条,其中工作总结1条,组织机构信息3条,部门文件3条,财政信息2条,“河长制”专栏2条,重点领域信息85条,基层治理与服务信息312条,发布政府信息公开年报。此外,还通过长河发布微信公众号,发布信息977条。', 2023, '杭州市滨江区长河街道办事处',
        'skip 所列各项之和408条小于总数423条，列举可能不完整'],
      // 和平县合水镇 2024 (http://heping.gov.cn/hyhphsz/gkmlpt/content/0/638/post_638777.html)
      ['在2024年,合水镇主动公开政府信息21条,其中,规章文件4条,规范计划5条,其他文件4条,政务(工作)动态信息0条,政府信息公开工作年度报告1条;按照依申请公开的受理、审查、处理、答复程序,累计办理依申请公开信息0条。', 2024, '和平县合水镇人民政府',
        'skip 所列各项之和14条小于总数21条，但“其他文件”与前项“规章文件”同分文件，不是总数中的其余各项，列举可能不完整，不作判断'],
    ];
    for (const [text, year, agency, expected] of cases) {
      const r = run(text, year, agency);
      expect(findingKeys(r), agency).toEqual([]);
      expect(checks(r, 'text.parts-sum'), agency).toEqual([expected]);
    }
  });
});
