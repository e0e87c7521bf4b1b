// @vitest-environment node
/**
 * Reading a page a portal's 繁體 switch shows in traditional characters (lib/text/traditional.ts):
 * each character in simplified form at its own offset, only on a page that is in traditional
 * characters, with the tables generated from OpenCC's data kept current. The whole reports are in
 * test/unit/invariance.test.ts (every fixture report in traditional characters reads the same)
 * and the fixtures fanti-*.html and qianxian-simplified-2022.html.
 */
import { describe, expect, it, vi } from 'vitest';
import * as OpenCC from 'opencc-js';
import { looksTraditional, pageSample, readerFor, readText, readTitle, textReader, toSimplified, withDocumentReader, withTextReader } from '../../lib/text/traditional.ts';
import { firstLook, fromTraditional } from '../../lib/detect/first-look.ts';
import { FIRST_LOOK_SIMPLIFIED, FIRST_LOOK_TRADITIONAL } from '../../lib/detect/first-look-traditional.ts';
import { SIMPLIFIED, TRADITIONAL } from '../../lib/text/traditional-table.ts';
import { parsePage } from '../../cli/load-page.ts';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLookSource, tableSource } from '../../scripts/gen-traditional.mjs';
import { readFileSync } from 'node:fs';

const page = (title: string, body: string) => parsePage(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);
const toT = OpenCC.Converter({ from: 'cn', to: 't' });
const toHK = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** The vocabulary of a report: labels of tables 二–四, its headings and sentences. */
const REPORT_TEXT = [
  '东湖市云岭区人民政府2023年政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
  '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开', '3.危及“三安全一稳定”', '（四）无法提供', '（五）不予处理', '（六）其他处理', '（七）总计', '四、结转下年度继续办理',
  '商业企业', '科研机构', '社会公益组织', '法律服务机构', '自然人', '维持', '纠正', '尚未审结', '未经复议直接起诉', '复议后起诉',
  '本年制发件数', '本年废止件数', '现行有效件数', '行政许可', '行政处罚', '行政强制', '行政事业性收费', '本年收费金额（单位：万元）',
  '全年共收到申请56件，办结57件，依法予以答复，同比增长12.5%，结转下年度继续办理1件。', '发生行政复议3件，行政诉讼2件。',
];

describe('toSimplified', () => {
  it('reads a report written in traditional characters, mainland or Hong Kong forms, as it was written', () => {
    for (const s of REPORT_TEXT) {
      expect(toSimplified(toT(s))).toBe(s);
      expect(toSimplified(toHK(s))).toBe(s);
    }
  });

  it('keeps every character at its offset', () => {
    const t = toT(REPORT_TEXT.join('\n'));
    expect(toSimplified(t).length).toBe(t.length);
    // OpenCC's words: 答覆 (覆 is a simplified character too) and Taiwan's 資訊
    expect(toSimplified('依法予以答覆，政府資訊公開')).toBe('依法予以答复，政府信息公开');
    expect(toSimplified('衞生健康局')).toBe('卫生健康局');
  });

  it('leaves simplified text, figures and punctuation as they are (the same string)', () => {
    const s = '（一）予以公开 35件，占61.4%；１２３';
    expect(toSimplified(s)).toBe(s);
  });
});

describe('looksTraditional', () => {
  it('knows a page a 繁體 switch rewrote from its opening', () => {
    const body = `<div class="nav">首页 政务公开 办事服务 互动交流</div><h1>${REPORT_TEXT[0]}</h1><p>${REPORT_TEXT.slice(-2).join('')}</p>`;
    expect(looksTraditional(toT(body))).toBe(true);
    expect(looksTraditional(body)).toBe(false);
  });

  it('reads a simplified page as written though it holds a few traditional characters: the switch, a place name', () => {
    const d = page('咸阳市乾县2023年政府信息公开工作年度报告', `<div class="top"><a>繁體</a><a>無障礙</a></div><h1>咸阳市乾县2023年政府信息公开工作年度报告</h1><p>${REPORT_TEXT.at(-2)}</p>`);
    expect(looksTraditional(pageSample(d))).toBe(false);
    expect(readerFor(d)).toBeNull();
  });

  it('decides by the title and the opening of the body, scripts and styles left out', () => {
    const script = `<script>var s = "${toT('政府信息公开工作年度报告').repeat(20)}";</script>`;
    const d = page('某县政府信息公开工作年度报告', `${script}<p>${REPORT_TEXT.at(-2)}</p>`);
    expect(pageSample(d)).not.toContain('var s');
    expect(readerFor(d)).toBeNull();
    expect(readerFor(page(toT('某县政府信息公开工作年度报告'), `<p>${toT(REPORT_TEXT.at(-2)!)}</p>`))).toBe(toSimplified);
  });
  it('answers alike by searching the table (a fresh page world) and from its arrays (a batch run, later)', async () => {
    vi.resetModules();
    const fresh = await import('../../lib/text/traditional.ts');
    const samples = [
      ...REPORT_TEXT, ...REPORT_TEXT.map((s) => toT(s)), ...REPORT_TEXT.map((s) => toHK(s)),
      REPORT_TEXT.join(''), toT(REPORT_TEXT.join('')), `繁體 無障礙 ${REPORT_TEXT.slice(0, 3).join('')}`,
      `${toT(REPORT_TEXT.slice(0, 2).join(''))}${REPORT_TEXT.slice(2, 12).join('')}`, '乾县 臺灣 後來 發現',
    ];
    // the first answers come from searching the strings; TRADITIONAL and SIMPLIFIED hold 2577 each
    const searched = samples.map((s) => fresh.looksTraditional(s));
    const quoted = samples.map((s) => fresh.hasTraditional(s));
    // enough questions, and the arrays answer the rest
    for (let i = 0; i < 100; i++) for (const s of samples) fresh.looksTraditional(s + s);
    expect(samples.map((s) => fresh.looksTraditional(s))).toEqual(searched);
    expect(samples.map((s) => fresh.hasTraditional(s))).toEqual(quoted);
    expect(searched).toEqual(samples.map((s) => looksTraditional(s)));
    expect(searched.filter(Boolean).length).toBeGreaterThan(20);
    expect(searched.filter((x) => !x).length).toBeGreaterThan(REPORT_TEXT.length);
    expect(quoted.slice(0, REPORT_TEXT.length).every((x) => !x)).toBe(true);
  });
});

describe('the <title> in traditional characters', () => {
  it('that names another document dismisses the page before its body is read', () => {
    const d = page(toT('泸州市人民政府关于2023年法治政府建设情况的报告'), '<p>正文</p>');
    Object.defineProperty(d, 'body', { get: () => { throw new Error('body was read'); } });
    expect(detectReport(d)).toMatchObject({ isReport: false, reason: expect.stringContaining('法治政府建设') });
  });

  it('is read by how it looks until the body decides, and then as the body is read', () => {
    const d = page(toT(REPORT_TEXT[0]!), `<p>${REPORT_TEXT.at(-2)}</p>`);
    const body = d.body;
    Object.defineProperty(d, 'body', { configurable: true, get: () => { throw new Error('body was read'); } });
    expect(withDocumentReader(d, () => readTitle(d.title))).toBe(REPORT_TEXT[0]);
    expect(withDocumentReader(d, () => readTitle('政府信息公开工作年度报告（繁體）'))).toBe('政府信息公开工作年度报告（繁體）');
    // the body in simplified characters: the page is read as written, its title too
    Object.defineProperty(d, 'body', { configurable: true, get: () => body });
    expect(withDocumentReader(d, () => [textReader(), readTitle('總計')])).toEqual([null, '總計']);
  });
});

describe('the first look', () => {
  it('lets a report title in traditional characters through, split by spaces and zero-width characters as Word splits it', () => {
    const title = toT('东湖市2023年政府信息公开工作年度报告');
    const split = title.replace('公開', '公 \u200b開');
    // a body without 公開 anywhere else
    const body = toT('<p>一、总体情况</p><p>本年度受理申请15件，办结15件。</p><p>二、行政复议、行政诉讼情况</p>');
    expect(firstLook(page('首頁', `<h1>${split}</h1>${body}`))).toEqual({ maybe: true, reason: '' });
    expect(firstLook(page('首頁', `<h1>${title}</h1>${body}`))).toEqual({ maybe: true, reason: '' });
    expect(firstLook(page('首頁', `<h1>${toT('东湖市2023年法治政府建设情况')}</h1>${body}`)).maybe).toBe(false);
  });
});

describe('the reader in force', () => {
  it('is none outside an analysis, and set back after one, even when it throws', () => {
    expect(textReader()).toBeNull();
    expect(withTextReader(toSimplified, () => readText('總計'))).toBe('总计');
    expect(() => withTextReader(toSimplified, () => {
      throw new Error('x');
    })).toThrow('x');
    expect(textReader()).toBeNull();
    expect(readText('總計')).toBe('總計');
  });
});

describe('the tables generated from OpenCC (scripts/gen-traditional.mjs)', () => {
  it('are current', async () => {
    expect(readFileSync(new URL('../../lib/text/traditional-table.ts', import.meta.url), 'utf8')).toBe(await tableSource());
    expect(readFileSync(new URL('../../lib/detect/first-look-traditional.ts', import.meta.url), 'utf8')).toBe(await firstLookSource());
  });

  it('map one character to one, never a character to itself, and the first look agrees with the core', () => {
    expect(TRADITIONAL.length).toBe(SIMPLIFIED.length);
    expect(new Set(TRADITIONAL).size).toBe(TRADITIONAL.length);
    for (let i = 0; i < TRADITIONAL.length; i++) expect(TRADITIONAL[i]).not.toBe(SIMPLIFIED[i]);
    for (let i = 0; i < FIRST_LOOK_TRADITIONAL.length; i++) expect(toSimplified(FIRST_LOOK_TRADITIONAL[i]!)).toBe(FIRST_LOOK_SIMPLIFIED[i]);
    const text = toT(REPORT_TEXT.join('\n'));
    // the first look's cut of the table reads every character it looks for as the core's table
    // does (the core's words, 答覆 → 答复, hold none of the words the first look looks for)
    const wanted = new Set(readFileSync(new URL('../../lib/detect/first-look.ts', import.meta.url), 'utf8').match(/[\u4e00-\u9fff]/g));
    const core = toSimplified(text);
    const cut = fromTraditional(text);
    let compared = 0;
    for (let i = 0; i < text.length; i++) {
      if (!wanted.has(core[i]!) || !TRADITIONAL.includes(text[i]!)) continue;
      expect(cut[i]).toBe(core[i]);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
