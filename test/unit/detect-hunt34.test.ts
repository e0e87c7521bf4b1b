// @vitest-environment node
/**
 * Session detect34's hunt on real pages around the reports (stored copies of public pages: pre-2019
 * department and county reports titled "…信息公开工作年度报告" without 政府, 高校 and research
 * institutes' reports, 2024 reports of 西北, 东北 and 西南 bodies, 乡镇, 街道, 开发区, and pages that
 * are not reports). The real text is not kept here: each page below is self-written, the real
 * page's shape with another body and other numbers.
 * - FIXED: a department's or a county's "…局2016年信息公开工作年度报告" (no 政府) in prose was no
 *   report: such a title counted only on a page with the 国办 tables or format. It now counts also
 *   when the title names a body of government and the text is a 条例 report (three section
 *   headings; two of: the 条例 cited, a section on 政府信息, on 收费/减免, on 行政复议/诉讼).
 * - FIXED: the statistics period written "统计时限为…", "统计时段为…", "统计数据时间范围为…",
 *   "统计期限是从…", "统计数据从…" was no opening, and gave no year to a title without one.
 * - Each has its twin that must keep its answer: a university's, a company's, a hospital's report,
 *   a 通知, a 解读, a publication date in the opening.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook, hasOpening } from '../../lib/detect/first-look.ts';
import { isGovernmentBody, matchReportTitle, matchZhengwuTitle } from '../../lib/detect/title.ts';
import { yearFromText } from '../../lib/detect/text-year.ts';
import { isReportOpening } from '../../lib/detect/container.ts';

function doc(title: string, content: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body><div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a></div>
<div class="article">${content}</div><div class="footer"><p>主办：澄江县人民政府办公室</p></div></body></html>`).document as unknown as Document;
}

const P = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

/** A pre-2019 department report in prose, its six sections as the 2008 条例 asked (art. 32). */
const OLD_REPORT = (body: string, year: number) => P([
  `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，现将${body}${year}年度政府信息公开工作情况报告如下。本报告所列数据统计时限为${year}年1月1日至${year}年12月31日。`,
  '一、概述',
  `${year}年，我局成立了以局长为组长的政府信息公开工作领导小组，明确办公室具体承办。`,
  '二、主动公开政府信息情况',
  `全年通过县政府门户网站主动公开政府信息64条，其中工作动态41条、规范性文件3件。`,
  '三、依申请公开政府信息情况',
  '本年度我局受理政府信息公开申请2件，均已按期答复。',
  '四、政府信息公开的收费及减免情况',
  '我局办理依申请公开未收取任何费用。',
  '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
  '本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。',
  '六、存在的主要问题及改进措施',
  '信息更新不够及时，下一步将加强培训。',
]);

/** detectReport, and the content script's first look, which must let every report through. */
function both(d: Document) {
  const detection = detectReport(d);
  const look = firstLook(d);
  if (detection.isReport) expect(look).toEqual({ maybe: true, reason: '' });
  return detection;
}

describe('a department\'s "…局2016年信息公开工作年度报告" without 政府 (seen: county bureaus and a 乡 of 2013–2016)', () => {
  const title = '澄江县农业农村局2016年信息公开工作年度报告';

  it('is a report: the title names a body of government, the text is the 条例\'s report', () => {
    const d = both(doc(title, `<h1>${title}</h1><p>发布时间：2017-01-20</p>${OLD_REPORT('我局', 2016)}`));
    expect(d).toMatchObject({ isReport: true, year: 2016, agency: '澄江县农业农村局', template: 'pre2019' });
  });

  it('so with the title in the <title> only, a 乡 (its 人民政府) or a 街道 (its 办事处)', () => {
    expect(both(doc(`${title}-澄江县人民政府`, `<p>　</p>${OLD_REPORT('我局', 2016)}`))).toMatchObject({ isReport: true, year: 2016, agency: '澄江县农业农村局' });
    const xiang = '澄江县白塔乡2015年信息公开工作年度报告';
    expect(both(doc('澄江县人民政府', `<p align="center"><b>${xiang}</b></p>${OLD_REPORT('我乡', 2015)}`))).toMatchObject({ isReport: true, year: 2015, agency: '澄江县白塔乡人民政府' });
    const jiedao = '澄江县云湖街道2017年度信息公开工作年度报告';
    expect(both(doc('澄江县人民政府', `<h2>${jiedao}</h2>${OLD_REPORT('我街道', 2017)}`))).toMatchObject({ isReport: true, year: 2017, agency: '澄江县云湖街道办事处' });
  });

  it('and the older titles "…2013年度信息公开工作报告", "…信息公开工作2014年度报告"', () => {
    expect(matchZhengwuTitle('澄江县文化局2013年度信息公开工作报告')).toMatchObject({ year: 2013, agencyRaw: '澄江县文化局' });
    expect(matchZhengwuTitle('澄江县审计局信息公开工作2014年度报告')).toMatchObject({ year: 2014, agencyRaw: '澄江县审计局' });
    // no year: no such title (a column's name, a 通知's subject)
    expect(matchZhengwuTitle('澄江县文化局信息公开工作报告')).toBeNull();
    const old = '澄江县文化局2013年度信息公开工作报告';
    expect(both(doc(old, `<h1>${old}</h1>${OLD_REPORT('我局', 2013)}`))).toMatchObject({ isReport: true, year: 2013, agency: '澄江县文化局' });
  });

  it('a university\'s, a company\'s, a hospital\'s or an institute\'s report of the same shape is not this report', () => {
    for (const [body, we] of [['澄江师范学院', '我校'], ['澄江大学', '我校'], ['澄江县供水有限公司', '公司'], ['澄江县人民医院', '我院'], ['澄江县中医院', '我院'], ['澄江湖泊研究所', '我所']] as const) {
      const t = `${body}2016年信息公开工作年度报告`;
      const d = both(doc(t, `<h1>${t}</h1>${OLD_REPORT(we, 2016)}`));
      expect({ body, isReport: d.isReport }).toEqual({ body, isReport: false });
    }
    expect(isGovernmentBody('澄江县农业农村局')).toBe(true);
    expect(isGovernmentBody('澄江县白塔乡人民政府')).toBe(true);
    expect(isGovernmentBody('澄江经济开发区管委会')).toBe(true);
    expect(isGovernmentBody('澄江职业技术学院')).toBe(false);
    expect(isGovernmentBody('澄江县教育局')).toBe(true);
    expect(isGovernmentBody(null)).toBe(false);
  });

  it('a 高校-shaped text under a department\'s title (no 条例, no section on 政府信息, 收费 or 行政复议) is not enough', () => {
    const loose = P([
      '一、概述', '2016年，我局进一步完善信息公开工作机制。',
      '二、主动公开情况', '全年主动公开信息64条，其中工作动态41条。',
      '三、依申请公开情况', '全年受理信息公开申请2件。',
      '四、存在的主要问题和改进措施', '公开内容还不够丰富。',
    ]);
    expect(both(doc(title, `<h1>${title}</h1>${loose}`)).isReport).toBe(false);
  });

  it('a 通知 to send in the reports, or a 解读 of one, is not a report', () => {
    const notice = '澄江县人民政府办公室关于报送2016年度信息公开工作年度报告的通知';
    const d = both(doc(notice, `<h1>${notice}</h1><p>各乡镇、县直各部门：</p>${OLD_REPORT('各单位', 2016)}`));
    expect(d.isReport).toBe(false);
    const jiedao = `${title}解读`;
    expect(both(doc(jiedao, `<h1>${jiedao}</h1>${OLD_REPORT('我局', 2016)}`)).isReport).toBe(false);
  });

  it('a report that never writes "政府信息公开" (the first look asks for it on every page) stays out, as before', () => {
    const bare = P([
      '一、主动公开政府信息的情况', '2013年度主动公开信息的有9条。',
      '二、依申请公开信息的情况', '2013年度没有依申请公开信息的情况。',
      '三、信息公开的收费及减免情况', '2013年度没有收费。',
      '四、因信息公开申请行政复议、提起行政诉讼的情况', '2013年没有发生行政复议、行政诉讼的情况。',
    ]);
    const t = '澄江县文广局2013年度信息公开工作年度报告';
    const page = doc(t, `<h1>${t}</h1>${bare}`);
    expect(detectReport(page).isReport).toBe(false);
    expect(firstLook(page).maybe).toBe(false);
  });

  it('a 政务公开…年度报告 in prose is still not this report', () => {
    const t = '澄江县2016年政务公开工作年度报告';
    expect(detectReport(doc(t, `<h1>${t}</h1>${OLD_REPORT('我县', 2016)}`)).isReport).toBe(false);
  });
});

describe('titles of notices and of a 厅\'s report (seen: a 市政府办公室\'s notice, a 2025 审计厅 report)', () => {
  it('"关于做好…年度报告" (a notice\'s heading broken before "编制和发布工作的通知") is no report title', () => {
    expect(matchReportTitle('关于做好2025年政府信息公开工作年度报告')).toBeNull();
    expect(matchReportTitle('澄江县人民政府办公室关于报送2024年政府信息公开工作年度报告')).toBeNull();
    // the old report's own "关于…的报告" title is one
    expect(matchReportTitle('澄江县人民政府关于2016年度政府信息公开工作情况的报告')).toMatchObject({ year: 2016, agencyRaw: '澄江县人民政府' });
  });

  it('"…政务信息公开工作开展年度报告" is taken when the page holds the 国办 tables', () => {
    expect(matchZhengwuTitle('澄江自治区统计厅2025年政务信息公开工作开展年度报告')).toMatchObject({ year: 2025, agencyRaw: '澄江自治区统计厅' });
    const t = '澄江自治区统计厅2025年政务信息公开工作开展年度报告';
    const t3 = '<table border="1"><tr><td>本年新收政府信息公开申请数量</td><td>3</td></tr><tr><td>结转下年度继续办理</td><td>0</td></tr></table>';
    const t4 = '<table border="1"><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>结果维持</td><td>未经复议直接起诉</td></tr><tr><td>0</td><td>0</td></tr></table>';
    const body = P(['一、总体情况', '2025年，我厅主动公开政府信息112条。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
    expect(both(doc('澄江自治区统计厅', `<h2>${t}</h2>${body}${t3}${t4}`))).toMatchObject({ isReport: true, year: 2025, agency: '澄江自治区统计厅' });
  });
});

describe('the statistics period, however it is worded (seen: 2024–2025 reports of 新疆, 甘肃, 山西, 重庆, 贵州, 湖北)', () => {
  it('is a report\'s opening', () => {
    for (const s of [
      '本报告中所列数据的统计时限为2024年1月1日至2024年12月31日。',
      '所列数据统计时段为2024年1月1日至2024年12月31日。',
      '所列统计数据时间范围为2024年1月1日至2024年12月31日。',
      '本报告统计数据从2024年1月1日至12月31日。',
      '统计时间为2024年1月1日至2024年12月31日。',
      '报告中所列数据的统计时间从2025年1月1日起至2025年12月31日止。',
      '各项数据统计起止时间为202511日至1231日。',
      '本报告中所统计的数据时限为2023年1月1日至2023年12月31日。',
      '统计期限是从2016年1月1日起至2016年12月31日止。',
    ]) {
      expect({ s, opening: isReportOpening(labelKeyOf(s)), look: hasOpening(labelKeyOf(s)) }).toEqual({ s, opening: true, look: true });
    }
    // "据统计" before a year opens no report
    expect(isReportOpening('据统计2024年全县接待游客120万人次')).toBe(false);
    expect(hasOpening('据统计2024年全县接待游客120万人次')).toBe(false);
  });

  it('the first look\'s string search finds what the pattern finds, in every combination of its words', () => {
    const differ: string[] = [];
    for (const lead of ['', '的', '数据', '的数据', '数据的', '的数据的', '数', '据']) {
      for (const period of ['', '期限', '期间', '期', '时限', '时间范围', '时间', '时段', '日期', '区间', '周期', '范围', '起止时间', '起止日期', '时', '期限期']) {
        for (const joint of ['', '为', '是', '自', '从', '是从', '为自', '至', '从为']) {
          for (const digits of ['2024', '202', '２０２４']) {
            const key = labelKeyOf(`本报告统计${lead}${period}${joint}${digits}年`);
            if (hasOpening(key) !== isReportOpening(key)) differ.push(key);
          }
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('gives the year to a title without one; never a publication date', () => {
    expect(yearFromText(['统计时限为2023年1月1日至2023年12月31日。'])).toBe(2023);
    expect(yearFromText(['所列数据统计时段为2024年1月1日至2024年12月31日'])).toBe(2024);
    expect(yearFromText(['本报告统计数据从2016年1月1日至12月31日止'])).toBe(2016);
    expect(yearFromText(['各项数据统计起止时间为202511日至1231日。'])).toBe(2025);
    expect(yearFromText(['统计期限为2022年度'])).toBe(2022);
    expect(yearFromText(['内容涵盖我局2024年1月1日起至12月31日期间的政府信息公开工作情况。'])).toBe(2024);
    // the day it was counted or published: no year reported on
    expect(yearFromText(['统计时间为2025年1月10日'])).toBeNull();
    expect(yearFromText(['统计日期：2025年1月15日', '发布时间：2025-01-20'])).toBeNull();
    // a span that is not one year's
    expect(yearFromText(['统计时间为2016年9月1日至2017年8月31日'])).toBeNull();
  });

  it('on a page whose title has no year', () => {
    const t = '澄江县统计局政府信息公开工作年度报告';
    const body = P([
      '发布时间：2025年1月16日',
      '本报告根据《中华人民共和国政府信息公开条例》编制。所列数据统计时段为2024年1月1日至2024年12月31日。',
      '一、总体情况', '本年度主动公开政府信息86条，受理申请3件，办结3件。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    ]);
    expect(both(doc(t, `<h1>${t}</h1>${body}`))).toMatchObject({ isReport: true, year: 2024, agency: '澄江县统计局' });
  });

  it('opens a report whose sections are not numbered, for the detector and the first look alike', () => {
    const t = '澄江县云湖镇2024年政府信息公开工作年度报告';
    const body = P(['各项数据统计时限为2024年1月1日至2024年12月31日。', '总体情况', '本年度主动公开政府信息75条，收到申请2件，办结2件。']);
    const d = both(doc('澄江县人民政府', `<h1>${t}</h1>${body}`));
    expect(d).toMatchObject({ isReport: true, year: 2024, agency: '澄江县云湖镇人民政府' });
    expect(firstLook(doc('澄江县人民政府', `<h1>${t}</h1>${body}`)).maybe).toBe(true);
  });
});

function labelKeyOf(s: string): string {
  return s.replace(/[\s\u3000]+/g, '').normalize('NFKC');
}

describe('a title broken in two, the body\'s name above the year (seen: a 县政府办公室, a 统计局, a 街道办事处, a 民政局, a 自治区人民政府)', () => {
  const body = P([
    '本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2024年1月1日至12月31日。',
    '一、总体情况', '2024年主动公开政府信息132条，受理申请4件，办结4件。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  ]);
  const title = '2024年政府信息公开工作年度报告';

  it('two centred lines, or one line broken by <br>: the first names the body', () => {
    const two = `<p align="center"><b>澄江县人民政府办公室</b></p><p align="center"><b>${title}</b></p>${body}`;
    expect(both(doc('澄江县人民政府', two))).toMatchObject({ isReport: true, year: 2024, agency: '澄江县人民政府办公室' });
    const br = `<h1>澄江市云湖区统计局<br>${title}</h1>${body}`;
    expect(both(doc('澄江县人民政府', br))).toMatchObject({ isReport: true, year: 2024, agency: '澄江市云湖区统计局' });
  });

  it('the site\'s name above the heading, a 文号, a sentence or a breadcrumb is not the body', () => {
    const site = `<div class="logo"><p>澄江县人民政府</p></div><div class="main"><h1>${title}</h1>${body}</div>`;
    expect(both(doc('澄江县人民政府', site))).toMatchObject({ isReport: true, year: 2024, agency: null });
    const wenhao = `<p align="center">澄统发〔2025〕2号</p><p align="center">${title}</p>${body}`;
    expect(both(doc('首页', wenhao))).toMatchObject({ isReport: true, agency: null });
    const sentence = `<p align="center">现将报告公布如下，请澄江县统计局</p><p align="center">${title}</p>${body}`;
    expect(both(doc('首页', sentence))).toMatchObject({ isReport: true, agency: null });
  });

  it('a title that names its body keeps it', () => {
    const two = `<p align="center"><b>澄江县人民政府办公室</b></p><p align="center"><b>澄江县统计局${title}</b></p>${body}`;
    expect(both(doc('首页', two))).toMatchObject({ isReport: true, agency: '澄江县统计局' });
  });
});
