// @vitest-environment node
/**
 * Session detect35's hunt on the body (the reporting agency) of real report pages (stored copies of
 * public pages: ~140 reports of 2009–2025, 街道, 乡镇, 苏木, 局, 委, 厅, 开发区 and 管委会, 地区 and 盟,
 * joint bodies, and hijacked mirrors of real reports on gambling and streaming sites). The real
 * text is not kept here: each page below is self-written, the real page's shape with another body
 * and other numbers.
 * - FIXED: a hijacked mirror's name where the body's stood ("…娱乐城办公厅2022年…", "365xx(中国)官方
 *   网站 2024年…", a spam <title> over a heading that names no body) was given as the body. A spam
 *   name is no body (title.ts isSpamName); the body is then the one the report's own text names
 *   (body-in-text.ts: its title in the opening sentence, "本报告由…编制", the 落款, the contact line),
 *   or none.
 * - FIXED: a joint body's name lost its closing bracket ("黔南州人民政府(州政府办公室"); a 地区's and a
 *   盟's government is its 行政公署, not a 人民政府; a 乡's name alone over a title Word broke in two.
 * - FIXED: a report stating its figures in brackets ("发布政务信息（1386）条") or its staff ("配备2名")
 *   had too few figures for a report without tables, and was taken for a notice.
 * - Each has its twin that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { isGovernmentBody, isSpamName, matchReportTitle, normalizeAgency } from '../../lib/detect/title.ts';
import { doc, P, PERIOD, SECTIONS } from './detect-pages.ts';

/** detectReport, and the content script's first look, which must let every report through. */
function both(d: Document) {
  const detection = detectReport(d);
  if (detection.isReport) expect(firstLook(d)).toEqual({ maybe: true, reason: '' });
  return detection;
}

describe('the body on a hijacked mirror (seen: mirrors of a 省政府办公厅\'s, a 市\'s, a 交通运输局\'s, a 体育局\'s reports)', () => {
  it('a spam <title> over a heading that names no body: the body the opening sentence names', () => {
    const d = both(doc('澳门金沙娱乐官网_2023年政府信息公开工作年度报告', `<h1>2023年政府信息公开工作年度报告</h1>${P([
      `根据《中华人民共和国政府信息公开条例》要求，现公布青溪市云湖区2023年政府信息公开工作年度报告。${PERIOD}`,
    ])}${SECTIONS}`));
    expect(d).toMatchObject({ isReport: true, year: 2023, agency: '青溪市云湖区人民政府' });
    // the same page on the body's own site: the same body (it was null: the heading names none)
    expect(both(doc('青溪市云湖区人民政府', `<h1>2023年政府信息公开工作年度报告</h1>${P([
      `现发布《青溪市云湖区2023年政府信息公开工作年度报告》。${PERIOD}`,
    ])}${SECTIONS}`))).toMatchObject({ agency: '青溪市云湖区人民政府' });
  });

  it('"…委编制了…委员会2022年…年度报告" names it; another year\'s report or another body\'s the text mentions does not', () => {
    const head = '<h1>2022年政府信息公开工作年度报告</h1>';
    const period = '报告中所列数据的统计时限为2022年1月1日起至2022年12月31日止。';
    expect(both(doc('首页', `${head}${P([`根据《中华人民共和国政府信息公开条例》的规定，青溪市卫生健康委编制了青溪市卫生健康委员会2022年政府信息公开工作年度报告。${period}`])}${SECTIONS.replace(/2023/g, '2022')}`)))
      .toMatchObject({ isReport: true, year: 2022, agency: '青溪市卫生健康委员会' });
    const mentions = P([period, '一、总体情况', '2022年，按时发布了《澄江县交通运输局2021年政府信息公开工作年度报告》，主动公开政府信息86条，收到申请3件，办结3件。']);
    expect(both(doc('首页', `${head}${mentions}${SECTIONS.replace(/2023/g, '2022')}`))).toMatchObject({ isReport: true, year: 2022, agency: null });
  });

  it('a spam name in the heading and the text, and nothing else: no body, never the spam name', () => {
    for (const spam of ['金沙娱乐城办公厅', '澄江博彩网址交通运输局', 'bet888(中国)官方网站', 'yinhe体育', '彩票开奖直播局']) {
      const t = `${spam}2022年政府信息公开工作年度报告`;
      const d = both(doc(t, `<h1>${t}</h1>${P([`根据《中华人民共和国政府信息公开条例》规定，现公布${spam}2022年政府信息公开工作年度报告。本报告所列数据统计期限为2022年1月1日至2022年12月31日。`])}${SECTIONS.replace(/2023/g, '2022')}`));
      expect({ spam, isReport: d.isReport, year: d.year, agency: d.agency }).toEqual({ spam, isReport: true, year: 2022, agency: null });
    }
  });

  it('a spam heading, the body in the 落款 or the 编制 line: that body', () => {
    const signed = P(['五、存在的主要问题及改进情况', '下一步将加强培训。', '澄江县白塔镇人民政府', '2024年1月18日']);
    expect(both(doc('bet365 casino', `<h1>yinhe2023年政府信息公开工作年度报告</h1>${P([PERIOD])}${SECTIONS}${signed}`)))
      .toMatchObject({ isReport: true, year: 2023, agency: '澄江县白塔镇人民政府' });
    expect(both(doc('开元棋牌官网', `<h1>开元棋牌官网2023年政府信息公开工作年度报告</h1>${P([`本报告由澄江县统计局根据《中华人民共和国政府信息公开条例》编制。${PERIOD}`])}${SECTIONS}`)))
      .toMatchObject({ isReport: true, year: 2023, agency: '澄江县统计局' });
  });

  it('a contact line names the body through its office; a spam address, a government\'s office or a 政务公开 office names none', () => {
    const page = (contact: string) => doc('2023年政府信息公开工作年度报告-开云体育官方网站', `<h1>2023年政府信息公开工作年度报告</h1>${P([`${PERIOD}如对本报告有任何疑问，请与${contact}联系（电话：0000-1234567）。`])}${SECTIONS}`);
    expect(both(page('澄江县统计局办公室')).agency).toBe('澄江县统计局');
    expect(both(page('澄江县云湖街道办事处')).agency).toBe('澄江县云湖街道办事处');
    for (const none of ['www.88-xx.com办公室', '澄江县人民政府办公室', '澄江市政务公开办公室', '澄江市信息公开办公室']) {
      expect({ none, agency: both(page(none)).agency }).toEqual({ none, agency: null });
    }
    // "本报告由澄江县人民政府办公室编制": the 县's report or its 办公室's own, the text does not tell
    expect(both(doc('首页', `<h1>2023年政府信息公开工作年度报告</h1>${P([`本报告由澄江县人民政府办公室根据《中华人民共和国政府信息公开条例》编制。${PERIOD}`])}${SECTIONS}`)).agency).toBeNull();
  });

  it('a title that names its body keeps it, whatever the text\'s office lines say', () => {
    const t = '澄江县人民政府2023年政府信息公开工作年度报告';
    const d = both(doc(t, `<h1>${t}</h1>${P([`本报告由澄江县统计局汇总编制。${PERIOD}如有疑问，请与澄江县统计局联系。`])}${SECTIONS}`));
    expect(d).toMatchObject({ isReport: true, year: 2023, agency: '澄江县人民政府' });
    // a company's report keeps its own name (not a government's, but no spam)
    const c = '澄江城市投资发展集团有限公司2023年政府信息公开工作年度报告';
    expect(both(doc(c, `<h1>${c}</h1>${P([PERIOD])}${SECTIONS}`)).agency).toBe('澄江城市投资发展集团有限公司');
  });

  it('a spam name is no body; a body of government is never spam', () => {
    for (const s of ['金沙娱乐城办公厅', '澳門賭場交通局', 'www.365-xx.com办公室', '开云体育官方网站', '彩票网', 'bet365']) expect({ s, spam: isSpamName(s) }).toEqual({ s, spam: true });
    for (const s of ['澄江县文化广电体育和旅游局', '澄江市体育局', '青溪市云湖区人民政府', '澄江县人民政府办公室(澄江县政务服务管理局)', '澄江自治区人民政府办公厅', '兴安盟行政公署']) {
      expect({ s, spam: isSpamName(s) }).toEqual({ s, spam: false });
    }
    expect(isSpamName(null)).toBe(false);
  });
});

describe('names of bodies as titles write them (seen: a 州政府 and its office, 大兴安岭地区, 兴安盟, 苏木, a 乡 over its title)', () => {
  it('a joint body keeps its bracketed second name', () => {
    expect(matchReportTitle('澄江县人民政府办公室（澄江县政务服务管理局）2023年政府信息公开工作年度报告')).toMatchObject({ year: 2023, agencyRaw: '澄江县人民政府办公室(澄江县政务服务管理局)' });
    expect(isGovernmentBody('澄江县人民政府办公室(澄江县政务服务管理局)')).toBe(true);
    // brackets around the whole name still go
    expect(matchReportTitle('（澄江县统计局）2023年政府信息公开工作年度报告')).toMatchObject({ agencyRaw: '澄江县统计局' });
    expect(matchReportTitle('【澄江县】2023年政府信息公开工作年度报告')).toMatchObject({ agencyRaw: '澄江县' });
    const t = '青溪州人民政府（州政府办公室）2023年政府信息公开工作年度报告';
    expect(both(doc(t, `<h1>${t}</h1>${P([PERIOD])}${SECTIONS}`)).agency).toBe('青溪州人民政府(州政府办公室)');
  });

  it('a 地区\'s and a 盟\'s government is its 行政公署; a 苏木\'s its 人民政府', () => {
    const ctx = { siteName: null, siteHeadings: [] };
    expect(normalizeAgency('青岭地区', ctx)).toBe('青岭地区行政公署');
    expect(normalizeAgency('澄江盟', ctx)).toBe('澄江盟行政公署');
    expect(normalizeAgency('澄江旗白塔苏木', ctx)).toBe('澄江旗白塔苏木人民政府');
    // unchanged: a county, a 盟's office, a 管理区
    expect(normalizeAgency('澄江县', ctx)).toBe('澄江县人民政府');
    expect(normalizeAgency('澄江盟行政公署办公室', ctx)).toBe('澄江盟行政公署办公室');
    expect(normalizeAgency('澄江湖风景名胜区', ctx)).toBe('澄江湖风景名胜区');
  });

  it('a 乡\'s name alone over a title Word broke in two names the body; the site\'s name elsewhere does not', () => {
    const body = `${P([PERIOD])}${SECTIONS}`;
    const two = `<p align="center"><b>澄江县白塔乡</b></p><p align="center"><b>2023年政府信息公开工作年度报告</b></p>${body}`;
    expect(both(doc('澄江县人民政府', two))).toMatchObject({ isReport: true, year: 2023, agency: '澄江县白塔乡人民政府' });
    const site = `<div class="logo"><p>澄江县白塔乡</p></div><div class="main"><h1>2023年政府信息公开工作年度报告</h1>${body}</div>`;
    expect(both(doc('澄江县人民政府', site))).toMatchObject({ isReport: true, agency: null });
  });
});

describe('figures a report without tables states (seen: a 高新区\'s 2022 report, a 林草局\'s 2023 report cut before its tables)', () => {
  const t = '澄江高新区2022年政府信息公开工作年度报告';
  it('"发布政务信息（1386）条": a figure in brackets is a figure', () => {
    const text = P([
      '根据《中华人民共和国政府信息公开条例》，特编制并向社会公布本年度报告。',
      '一、总体情况', '通过门户网站发布政务信息（1275）条，其中概况类信息（31）条、政务动态信息（1244）条。',
      '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    ]);
    expect(both(doc(t, `<h1>${t}</h1>${text}`))).toMatchObject({ isReport: true, year: 2022, agency: '澄江高新区' });
  });

  it('"配备2名兼职人员" counts with "公开…11条次" and "收到…1件"', () => {
    const l = '澄江市林业和草原局2023年政府信息公开工作年度报告';
    const text = P([
      `根据《中华人民共和国政府信息公开条例》要求，现公布${l}。所列数据统计时限为2023年1月1日至2023年12月31日。`,
      '一、总体情况', '（一）主动公开情况。公开局预算、决算信息等13条次。', '（二）依申请公开情况。收到政府信息公开申请2件。',
      '（三）政府信息管理情况。配备3名兼职人员负责日常工作。',
    ]);
    expect(both(doc(l, `<h1>${l}</h1>${text}`))).toMatchObject({ isReport: true, year: 2023, agency: '澄江市林业和草原局' });
  });

  it('a notice listing the headings, its enumerators in brackets, states no figure', () => {
    const n = '澄江市人民政府办公室关于公布2022年政府信息公开工作年度报告的通知';
    const text = P([
      '各乡镇人民政府，市直各部门：', '现将澄江市2022年政府信息公开工作年度报告公布如下，报告包括：',
      '一、总体情况', '（1）项目公开情况', '（2）件办理情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    ]);
    expect(both(doc(n, `<h1>${n}</h1>${text}`)).isReport).toBe(false);
  });
});
