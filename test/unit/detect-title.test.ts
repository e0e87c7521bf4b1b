// @vitest-environment node
/**
 * The detector's helpers, table-driven (lib/detect/title.ts, lib/detect/template.ts): a report's
 * title, year and body, a zhengwu title, and the template its labels tell. (Whole pages: detect.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { matchReportTitle, normalizeAgency, parseYear } from '../../lib/detect/title.ts';
import { yearFromText } from '../../lib/detect/text-year.ts';
import { detectTemplate } from '../../lib/detect/template.ts';

// --- helpers of title.ts and template.ts, table-driven ---------------------------------------------

describe('matchReportTitle + normalizeAgency', () => {
  const noSite = { siteName: null, siteHeadings: [] };
  const cases: Array<[string, number | null, string | null]> = [
    ['泉州市丰泽区2019年政府信息公开工作年度报告', 2019, '泉州市丰泽区人民政府'],
    ['沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局', 2023, '沭阳县发展和改革局'],
    ['益阳市人民政府2018年政府信息公开工作年度报告', 2018, '益阳市人民政府'],
    ['泸县统计局2020年度政府信息公开工作年度报告', 2020, '泸县统计局'],
    ['政府信息公开工作年度报告（2021年）', 2021, null],
    ['泸州市2014年政府信息公开工作年度报告', 2014, '泸州市人民政府'],
    ['泸州市2012年政府信息公开工作报告', 2012, '泸州市人民政府'],
    ['泸县嘉明镇人民政府2020年政府信息公开工作年度报告', 2020, '泸县嘉明镇人民政府'],
    ['二〇一九年广东省政府信息公开工作年度报告', 2019, '广东省人民政府'],
    ['广东省二〇一九年政府信息公开工作年度报告', 2019, '广东省人民政府'],
    ['泉州市丰泽区东海街道2023年政府信息公开工作年度报告', 2023, '泉州市丰泽区东海街道办事处'],
    ['福州高新区2023年政府信息公开工作年度报告', 2023, '福州高新区'],
    ['2019年市政府政府信息公开工作年度报告', 2019, null], // "市政府" and no site name: never a guess
    ['标题：沭阳县发展和改革局2023年政府信息公开年度报告', 2023, '沭阳县发展和改革局'],
    ['沭阳县 发展和改革局 2023 年 政府信息 公开年度报告', 2023, '沭阳县发展和改革局'],
    // the 2008–2018 reports' other titles (red team 15)
    ['上海市政府信息公开2009年度报告', 2009, '上海市人民政府'],
    ['潍坊市政府信息公开工作2016年度报告', 2016, '潍坊市人民政府'],
    ['关于潍坊市2016年政府信息公开工作情况的报告', 2016, '潍坊市人民政府'],
    ['潍坊市人民政府办公室关于2016年度政府信息公开工作的报告', 2016, '潍坊市人民政府办公室'],
    // a 公众号's or news app's column tag before the title is no part of the body's name (red team 25)…
    ['【2024政务公开】南阳市宛城区人民政府2023年政府信息公开工作年度报告', 2023, '南阳市宛城区人民政府'],
    ['【权威发布】佛山市南海区卫生健康局2024年政府信息公开工作年度报告', 2024, '佛山市南海区卫生健康局'],
    // …but a tag that is the only name is the body's
    ['【宛城区】2023年政府信息公开工作年度报告', 2023, '宛城区人民政府'],
  ];
  it.each(cases)('%s', (title, year, agency) => {
    const m = matchReportTitle(title);
    expect(m).not.toBeNull();
    expect(m?.year).toBe(year);
    expect(normalizeAgency(m?.agencyRaw ?? null, noSite)).toBe(agency);
  });

  it.each([
    '2019年政务公开工作年度报告',
    '泸州市人民政府关于2023年法治政府建设情况的报告',
    '2024年沭阳县人民政府工作报告',
    '政府信息公开指南',
    '泸州市政府信息公开工作报告', // the old wording is taken only with a year before it
    '关于政府信息公开工作情况的报告',
    '潍坊市政府信息公开2016年度报告编制工作方案', // a document about the reports
  ])('not a report title: %s', (title) => {
    expect(matchReportTitle(title)).toBeNull();
  });

  it('resolves 市政府 / 区政府 / 本机关 from the site name only when it names a body of that level', () => {
    const raw = (t: string) => matchReportTitle(t)?.agencyRaw ?? null;
    const luzhou = { siteName: '泸州市人民政府', siteHeadings: [] };
    expect(normalizeAgency(raw('2019年市政府政府信息公开工作年度报告'), luzhou)).toBe('泸州市人民政府');
    expect(normalizeAgency(raw('2019年区政府政府信息公开工作年度报告'), luzhou)).toBeNull();
    expect(normalizeAgency(raw('2019年区政府政府信息公开工作年度报告'), { siteName: '泉州市丰泽区人民政府门户网站', siteHeadings: [] }))
      .toBe('泉州市丰泽区人民政府');
    expect(normalizeAgency(raw('2019年市政府政府信息公开工作年度报告'), { siteName: null, siteHeadings: ['泸州市人民政府'] }))
      .toBe('泸州市人民政府');
    expect(normalizeAgency(raw('本机关2020年政府信息公开工作年度报告'), { siteName: '泸县统计局', siteHeadings: [] })).toBe('泸县统计局');
  });

  it('reads years in digits and in Chinese numerals, and only plausible ones', () => {
    expect(parseYear('2019')).toBe(2019);
    expect(parseYear('二〇二一')).toBe(2021);
    expect(parseYear('1999')).toBeNull();
    // the zero as editors type it: 〇, ○ (U+25CB), the letter O, the digit 0
    for (const y of ['二〇二三', '二○二三', '二O二三', '二0二三']) {
      expect(matchReportTitle(`某局${y}年度政府信息公开工作年度报告`)).toMatchObject({ year: 2023, agencyRaw: '某局' });
    }
    expect(matchReportTitle('OOOO年政府信息公开工作年度报告')?.year).toBeNull();
  });

  it('a document about the report (its rules, a compiling notice) is not titled as one', () => {
    expect(matchReportTitle('东湖市政府信息公开工作年度报告制度')).toBeNull();
    expect(matchReportTitle('关于做好2023年政府信息公开工作年度报告编制发布工作的通知')).toBeNull();
    expect(matchReportTitle('政府信息公开工作年度报告（2021年）')?.year).toBe(2021);
  });

  it('takes the year reported on from the text, never the publication date', () => {
    expect(yearFromText(['发布时间：2020-01-10', '本年报中所列数据的统计期限自2019年1月1日起至2019年12月31日止。'])).toBe(2019);
    // seeds lost characters in copying: "201911日" for 2019年1月1日
    expect(yearFromText(['报告中所列数据统计期为201911日至20191231日。'])).toBe(2019);
    expect(yearFromText(['2024年1月17日', '2023年，县发展和改革局认真贯彻……'])).toBe(2023);
    expect(yearFromText(['发布时间：2024-01-17'])).toBeNull();
  });
});

describe('detectTemplate', () => {
  const cases: Array<[string, string, number | null, string]> = [
    ['2021 table 二', '信息内容本年制发件数本年废止件数现行有效件数规章00', 2023, '2021'],
    ['2019 table 二', '信息内容本年新制作数量本年新公开数量对外公开总数量', 2019, '2019'],
    ['2021 table 二 with a 2019-style table 三', '本年制发件数本年废止件数(六)其他处理本年新收政府信息公开申请数量', 2021, '2021'],
    ['seed 004: local 第(五)项 columns, 2019 table 二', '信息内容本年项目数量处理决定数量行政许可对外公开总数量', 2019, '2019'],
    ['2019 row 其他对外管理服务事项', '行政许可0其他对外管理服务事项0', 2020, '2019'],
    ['the 条例 quoted in a narrative is no marker', '办理行政许可和其他对外管理服务事项的依据', 2017, 'pre2019'],
    ['narrative, 2014', '一、概述二、主动公开政府信息情况', 2014, 'pre2019'],
    ['table 三 but no table 二 markers, 2018', '本年新收政府信息公开申请数量结转下年度继续办理', 2018, 'unknown'],
    ['nothing, 2020', '一、总体情况', 2020, 'unknown'],
    ['nothing, no year', '一、总体情况', null, 'unknown'],
  ];
  it.each(cases)('%s', (_name, key, year, expected) => {
    expect(detectTemplate(key, year)).toBe(expected);
  });
});
