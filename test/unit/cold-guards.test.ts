// @vitest-environment node
/**
 * perf63: a regex that most pages never match is tested only after a cheap look for what it cannot match without (a
 * word, a character), so that on a page without it the regex is never run and never compiled (the core's cold first
 * run). The look must let through everything the regex reads: the shapes at its edges here (letters in any case for
 * an /i regex, the longer of two endings).
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/load-page.ts';
import { visibleText } from '../../lib/dom/hidden.ts';
import { levelOfficeOf, LEVEL_OFFICE, matchReportTitle, normalizeAgency } from '../../lib/detect/title.ts';
import { eachNames } from '../../lib/narrative/each-items.ts';
import { applicantOf } from '../../lib/map/t3-columns.ts';
import { crossYear } from '../../lib/narrative/cross-year.ts';

const cell = (inner: string): Element => parsePage(`<table><tr><td id="c">${inner}</td></tr></table>`).getElementById('c') as unknown as Element;
const ctx = { siteName: null, siteHeadings: [], footerGovernments: [] };

describe('the screen-reader classes, in any letter case', () => {
  it.each(['Visually-Hidden', 'VisuallyHidden', 'Screen-Reader-Text', 'ELEMENT-INVISIBLE', 'nav Sr-Only'])('class %s still hides its copy', (cls) => {
    expect(visibleText(cell(`62<span class="${cls}">62</span>`))).toBe('62');
  });
  it.each(['visually', 'sr-onlyx', 'article-content', 'MsoNormal'])('class %s is still read', (cls) => {
    expect(visibleText(cell(`62<span class="${cls}">7</span>`))).toBe('627');
  });
});

describe('an office named by its level, looked for by its last character', () => {
  it.each([['街道党政办', '街道'], ['区政府办公室', '区'], ['本县人民政府办', '县'], ['苏木综合办公室', '苏木']])('%s', (raw, level) => {
    expect(levelOfficeOf(raw)).toBe(level);
    expect(LEVEL_OFFICE.exec(raw)?.[1]).toBe(level);
    expect(normalizeAgency(raw, ctx as never)).toBeNull();
  });
  it.each(['区政府办公室主任', '街道党政办 ', '泉州市丰泽区'])('%s is none', (raw) => {
    expect(levelOfficeOf(raw)).toBeNull();
    expect(LEVEL_OFFICE.test(raw)).toBe(false);
  });
});

/*
 * perf65: more such guards (title.ts' cleanAgency and titleAround, each-items, t3-columns, cross-year among them): the
 * edges of each, read as main reads them (every value below is main's before the guards).
 */
describe('a title around its phrase: a column tag, 关于, an ending 的 or 关于, a 签发人, a year after it', () => {
  it.each([
    ['【2024政务公开】南阳市宛城区人民政府2023年政府信息公开工作年度报告', { phrase: '政府信息公开工作年度报告', year: 2023, agencyRaw: '南阳市宛城区人民政府' }],
    ['【宛城区】2023年政府信息公开工作年度报告', { phrase: '政府信息公开工作年度报告', year: 2023, agencyRaw: '宛城区' }],
    ['潍坊市人民政府办公室关于2016年度政府信息公开工作年度报告', { phrase: '政府信息公开工作年度报告', year: 2016, agencyRaw: '潍坊市人民政府办公室' }],
    ['关于公布某某县人民政府2023年政府信息公开工作年度报告', null],
    ['某某县的2023年政府信息公开工作年度报告', null],
    ['某某县关于的2023年政府信息公开工作年度报告', null],
    ['〔2015〕3号签发人:张某2014年政府信息公开工作年度报告', { phrase: '政府信息公开工作年度报告', year: 2014, agencyRaw: null }],
    ['政府信息公开工作年度报告（2021年）', { phrase: '政府信息公开工作年度报告', year: 2021, agencyRaw: null }],
    ['政府信息公开工作年度报告(二〇二一年度)', { phrase: '政府信息公开工作年度报告', year: 2021, agencyRaw: null }],
    ['我局发布2024年政府信息公开工作年度报告', { phrase: '政府信息公开工作年度报告', year: 2024, agencyRaw: '我局' }],
    ['某办公室关于发布2025年政府信息公开工作年度报告', { phrase: '政府信息公开工作年度报告', year: 2025, agencyRaw: '某办公室' }],
    ['“某某县”2023年政府信息公开工作年度报告', null],
    ['政府信息公开工作2021年度报告-某某县人民政府网', { phrase: '政府信息公开工作2021年度报告', year: 2021, agencyRaw: null }],
  ] as [string, unknown][])('%s', (t, want) => expect(matchReportTitle(t)).toEqual(want));
});
describe('the names before 各, no 各 read without the regexes', () => {
  it.each([
    ['市、县各', null],
    ['甲乙各不少于', null],
    ['甲乙', ['甲乙']],
    ['各', ['各']],
    ['区、镇各自为', null],
    ['', ['']],
  ] as [string, unknown][])('%s', (l, want) => expect(eachNames(l)).toEqual(want));
});
describe("table 三's applicant columns by their labels (法人… at the start, …总数 at the end)", () => {
  it.each([
    [['法人或其他组织-商业企业'], 'commercial'],
    [['法人或其他组织'], 'orgSubtotal'],
    [['法人和其他组织(小计)'], 'orgSubtotal'],
    [['申请总数'], 'total'],
    [['总数'], 'total'],
    [['法人或其他组织', '总数'], 'orgSubtotal'], // the group's own sum (tb97, session 64; null before)
    [['自然人', '总数'], null],
    [['自然人'], 'natural'],
    [['法人'], null],
  ] as [string[], unknown][])('%j', (p, want) => expect(applicantOf(p)).toBe(want));
});
describe('跨年 before a count', () => {
  it.each([
    ['跨年度', '', 'none'],
    ['跨年继续', '办理', 'none'],
    ['结转', '', null],
    ['', '', null],
  ] as [string, string, unknown][])('%s|%s', (b, u, want) => expect(crossYear(b, u)).toBe(want));
});
