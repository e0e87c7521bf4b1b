// @vitest-environment node
/**
 * The rules det60 added to detection, each with the text it must refuse and a twin it must keep
 * (the pages they were found on: test/fixtures/detect60/, detect-red60.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isTaskingNotice, isTitleLikeKey, matchReportTitle, normalizeAgency } from '../../lib/detect/title.ts';
import { reportedYear } from '../../lib/detect/published-year.ts';
import type { Line } from '../../lib/detect/lines.ts';
import { labelKey } from '../../lib/text/normalize.ts';

const ctx = { siteName: '青溪市东湖区人民政府', siteHeadings: [] };

describe('a format\'s blanks in a title name no report', () => {
  it('XX, （行政机关名称）, （单位名称）, 20XX年, 某某: no title', () => {
    for (const t of ['XX（行政机关名称）2025年政府信息公开工作年度报告', '（单位名称）2025年政府信息公开工作年度报告', 'XXX人民政府2025年政府信息公开工作年度报告（参考模板）',
      '东湖区××局2025年政府信息公开工作年度报告', '某某县20XX年政府信息公开工作年度报告', '青溪市XX局政府信息公开工作2025年度报告']) {
      expect(matchReportTitle(t), t).toBeNull();
    }
  });
  it('twins: a body\'s name, and a hijacked mirror\'s Latin letters, keep the title', () => {
    expect(matchReportTitle('青溪市东湖区2025年政府信息公开工作年度报告')).toMatchObject({ year: 2025, agencyRaw: '青溪市东湖区' });
    expect(matchReportTitle('www.365xx.com2024年政府信息公开工作年度报告')).toMatchObject({ year: 2024 });
    expect(matchReportTitle('XX娱乐城2024年政府信息公开工作年度报告')).toBeNull();
  });
});

describe('a notice about the reports\' data names no report', () => {
  it('"…年度报告数据填报情况的通报", "…年度报告质量检查…": no title; the 2016 report "关于…情况的报告" is one', () => {
    expect(matchReportTitle('关于2024年政府信息公开工作年度报告数据填报情况的通报')).toBeNull();
    expect(matchReportTitle('2024年度政府信息公开工作年度报告质量检查情况')).toBeNull();
    expect(matchReportTitle('关于2016年度政府信息公开工作情况的报告')).toMatchObject({ year: 2016 });
    // a table of every body's figures; twin: a page of the reports themselves, one after another (red team 17)
    expect(matchReportTitle('2024年度全市政府信息公开工作年度报告统计汇总表')).toBeNull();
    expect(matchReportTitle('青溪市2024年政府信息公开工作年度报告数据汇总')).toBeNull();
    expect(matchReportTitle('2023年度各部门政府信息公开工作年度报告汇总')).toMatchObject({ year: 2023, agencyRaw: '各部门' });
  });
  it('a tasking notice\'s heading is told; a report\'s own title and a 公布 notice are not', () => {
    expect(isTaskingNotice('关于做好2025年度政府信息公开工作年度报告编制发布工作的通知')).toBe(true);
    expect(isTaskingNotice('关于报送2025年政府信息公开工作年度报告的通知')).toBe(true);
    expect(isTaskingNotice('关于公布青溪市2024年政府信息公开工作年度报告的公告')).toBe(false);
    expect(isTaskingNotice('青溪市2024年政府信息公开工作年度报告')).toBe(false);
  });
});

describe('a quoted report name with words after it is a reference, not a title', () => {
  it('a search page\'s count line; twin: the title itself', () => {
    expect(isTitleLikeKey(labelKey('找到约 236 条与“政府信息公开工作年度报告”相关的结果'))).toBe(false);
    expect(isTitleLikeKey(labelKey('青溪市东湖区2024年政府信息公开工作年度报告'))).toBe(true);
  });
});

describe('an office named by its level alone is no body', () => {
  it('街道党政办, 区政府办, 镇党政综合办公室: null; twins with their place keep their name', () => {
    for (const n of ['街道党政办', '区政府办', '镇党政综合办公室', '县人民政府办公室', '我街道办']) expect(normalizeAgency(n, ctx), n).toBeNull();
    expect(normalizeAgency('东湖区人民政府办公室', ctx)).toBe('东湖区人民政府办公室');
    expect(normalizeAgency('白沙街道党政办', ctx)).toBe('白沙街道党政办');
  });
});

describe('a title naming its year of publication (published-year.ts)', () => {
  const page = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const lines = (texts: string[]): Line[] => {
    const d = page('');
    return texts.map((t) => ({ text: t, key: labelKey(t), el: d.body, isLink: false, inTable: false }));
  };
  it('published in the title\'s year, the text on the year before: the text\'s year', () => {
    expect(reportedYear(2025, () => 2024, lines(['成文日期：', '2025-01-15']))).toBe(2024);
    expect(reportedYear(2025, () => 2024, lines(['青溪市应急管理局', '2025年1月20日']))).toBe(2024);
  });
  it('twins: published the year after, no date, a date later in the year, or the text\'s year not the one before: the title\'s', () => {
    expect(reportedYear(2025, () => 2024, lines(['发布时间：2026-01-15 09:30']))).toBe(2025);
    expect(reportedYear(2025, () => 2024, lines(['正文']))).toBe(2025);
    expect(reportedYear(2025, () => 2024, lines(['发布日期：2025-09-15']))).toBe(2025);
    expect(reportedYear(2025, () => 2023, lines(['发布日期：2025-01-15']))).toBe(2025);
    expect(reportedYear(2025, () => null, lines(['发布日期：2025-01-15']))).toBe(2025);
    // two dates at odds: the title's
    expect(reportedYear(2025, () => 2024, lines(['发布日期：2025-01-15', '发布时间：2026-01-20']))).toBe(2025);
  });
});
