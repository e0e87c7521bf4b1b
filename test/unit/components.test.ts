// The overlay's pure parts: grouping and verdict, key figures, locale files, settings, and the
// quote search/wrap that must leave the page's text nodes exactly as they were.
import { missingTable, tableIsPicture, TABLES_ARE_PICTURES } from '../../lib/map/notes.ts';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { readFileSync } from 'node:fs';
import { reportView, groupOf } from '../../components/findings-view.ts';
import { formatShare, keyFigures } from '../../components/key-figures.ts';
import { browserLocale, formatMessage, uiLang, type MessageEntry } from '../../components/i18n.ts';
import { autoRunOff, readSettings, DEFAULT_SETTINGS } from '../../components/settings-read.ts';
import { createTranslations, languageReady } from '../../entrypoints/content/lens-translate.ts';
import { lensTable } from '../../components/build/lens-messages.ts';
import { findQuote, wrapRanges } from '../../components/quote-ranges.ts';
import type { FindingOut, ReportAnalysis } from '../../lib/report/schema.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const finding = (p: Partial<FindingOut>): FindingOut => ({ rule: 't3.balance', severity: 'error', message: 'm', cells: [], suspect: null, quote: null, ...p });

function report(p: Partial<ReportAnalysis>): ReportAnalysis {
  return {
    schemaVersion: 1, isReport: true, reason: '', title: null, year: 2023, agency: 'x', template: '2021',
    tables: { t2: [1], t3: [2], t4: [3] }, figures: {}, figureRefs: {}, findings: [],
    checks: { passed: 10, failed: 0, skipped: 0, passedWithBlanks: 0 },
    narrative: { checked: 0, passed: 0, failed: 0, skipped: 0, summary: '' },
    timings: { detectMs: 0, gridMs: 0, mapMs: 0, rulesMs: 0, narrativeMs: 0, totalMs: 0 },
    ...p,
  };
}

describe('reportView', () => {
  it('groups findings by table and text, counts only errors and warnings', () => {
    const v = reportView(report({
      findings: [
        finding({ rule: 'text.vs-table', quote: 'q' }),
        finding({ cells: [{ table: 3, row: 1, col: 1 }] }),
        finding({ suspect: { table: 2, row: 5, col: 3 } }),
        finding({ rule: 'map.unmapped', severity: 'info', cells: [{ table: 2, row: 9, col: 0 }] }),
      ],
    }));
    expect(v.verdict).toEqual({ kind: 'problems', count: 3 });
    expect(v.groups.map((g) => g.key)).toEqual(['t3', 't4', 'text']);
    expect(v.unread.notes.map((n) => n.rule)).toEqual(['map.unmapped']);
  });

  it('never calls "consistent" a report where nothing could be checked', () => {
    const v = reportView(report({ checks: { passed: 0, failed: 0, skipped: 4, passedWithBlanks: 0 }, tables: { t2: [], t3: [], t4: [] } }));
    expect(v.verdict.kind).toBe('unchecked');
    expect(v.unread).toMatchObject({ skippedChecks: 4 });
    expect(reportView(report({})).verdict.kind).toBe('ok');
  });

  it('lists the tables the core said were missing, in the UI language, and not again among the notes', () => {
    const v = reportView(report({ findings: [missingTable('t3'), finding({ rule: 'map.unmapped', severity: 'info' })], tables: { t2: [1], t3: [], t4: [] } }));
    expect(v.unread.missingTables).toEqual(['t3']);
    expect(v.unread.missingReason).toBeNull();
    // a note that says why (the tables are pictures) is the same missing table, and the reason is kept
    const why = reportView(report({ findings: [missingTable('t3', '报告的表格是图片')], tables: { t2: [1], t3: [], t4: [] } }));
    expect([why.unread.missingTables, why.unread.missingReason, why.unread.notes]).toEqual([['t3'], '报告的表格是图片', []]);
    // one reason a table (red team 25: 表三 a picture, 表四 simply not found; then both pictures): each said once
    const each = reportView(report({ findings: [missingTable('t3', tableIsPicture('t3')), missingTable('t4')], tables: { t2: [1], t3: [], t4: [] } }));
    expect([each.unread.missingTables, each.unread.missingReason]).toEqual([['t3', 't4'], '表三在页面上是图片，无法读取其中的数字']);
    const both = reportView(report({ findings: [missingTable('t3', tableIsPicture('t3')), missingTable('t4', tableIsPicture('t4'))], tables: { t2: [1], t3: [], t4: [] } }));
    expect(both.unread.missingReason).toBe('表三在页面上是图片，无法读取其中的数字；表四在页面上是图片，无法读取其中的数字');
    // what was read holds, but table 三 was not read: never the plain "tables and text agree"
    expect(v.verdict.kind).toBe('partial');
    expect(v.unread.notes.map((n) => n.rule)).toEqual(['map.unmapped']);
    // a pre-2019 report has no tables and the core says nothing: nothing is listed as missing
    const pre2019 = reportView(report({ tables: { t2: [], t3: [], t4: [] } }));
    expect(pre2019.unread.missingTables).toEqual([]);
    expect(pre2019.verdict.kind).toBe('ok');
    // a problem found outweighs a missing table
    expect(reportView(report({ findings: [missingTable('t3'), finding({})] })).verdict.kind).toBe('problems');
  });

  it('says the tables are pictures only when the core\'s missing-table notes give that reason', () => {
    const none = { t2: [], t3: [], t4: [] };
    const pictures = (['t2', 't3', 't4'] as const).map((k) => missingTable(k, TABLES_ARE_PICTURES));
    expect(reportView(report({ template: 'unknown', tables: none, findings: pictures })).tablesArePictures).toBe(true);
    // a table not found for no said reason, or for another, is no picture
    expect(reportView(report({ template: 'unknown', tables: none, findings: [missingTable('t3')] })).tablesArePictures).toBe(false);
    expect(reportView(report({ template: 'unknown', tables: none, findings: [missingTable('t3', '表格位于附件')] })).tablesArePictures).toBe(false);
  });

  it('groups a finding on a table holding tables 三 and 四 (one Excel sheet) by its rule', () => {
    const sheet = report({ tables: { t2: [1], t3: [2], t4: [2] } });
    expect(groupOf(finding({ rule: 't4.group-total', cells: [{ table: 2, row: 33, col: 4 }] }), sheet)).toBe('t4');
    expect(groupOf(finding({ rule: 't3.row-total', cells: [{ table: 2, row: 5, col: 9 }] }), sheet)).toBe('t3');
  });

  it('puts a finding on an unknown table in "other"', () => {
    expect(groupOf(finding({ cells: [{ table: 7, row: 0, col: 0 }] }), report({}))).toBe('other');
  });

  // one Excel sheet in the order 三, 四, 二 (excel-onesheet-order-2020): table 三's figures in rows
  // 3–25, table 四's in row 29, table 二's in rows 32–47, all of <table> 1
  const sheet = report({
    tables: { t2: [1], t3: [1], t4: [1] },
    figureRefs: {
      't3.new.natural': { table: 1, row: 3, col: 3 }, 't3.carriedForward.total': { table: 1, row: 25, col: 9 },
      't4.review.upheld': { table: 1, row: 29, col: 0 }, 't4.suitAfterReview.total': { table: 1, row: 29, col: 14 },
      't2.regulations.newMade': { table: 1, row: 32, col: 1 }, 't2.procurement.procurementAmount': { table: 1, row: 47, col: 2 },
    },
  });
  const blank = (row: number, cols: number[]) => finding({ rule: 'table.blank-total', severity: 'warning', cells: cols.map((col) => ({ table: 1, row, col })) });

  it('puts a blank total on a one-sheet table under the section its cells stand in', () => {
    expect(groupOf(blank(29, [9, 5, 6, 7, 8]), sheet)).toBe('t4');
    expect(groupOf(blank(10, [9, 3, 4, 5, 6, 7, 8]), sheet)).toBe('t3');
    expect(groupOf(blank(40, [1, 2]), sheet)).toBe('t2');
    const v = reportView({ ...sheet, findings: [blank(29, [9, 5]), blank(40, [1])] });
    expect(v.groups.map((g) => [g.key, g.findings.length])).toEqual([['t4', 1], ['t2', 1]]);
  });

  it('puts a finding on a one-sheet table that stands in no section, or in two, under the general heading', () => {
    // row 0 is above every section's figures; cells in rows of two sections belong to neither
    expect(groupOf(blank(0, [0]), sheet)).toBe('general');
    expect(groupOf(finding({ rule: 'table.blank-total', severity: 'warning', cells: [{ table: 1, row: 10, col: 9 }, { table: 1, row: 40, col: 1 }] }), sheet)).toBe('general');
    // a finding with no cell is no table's (it was "other tables")
    expect(groupOf(finding({ rule: 'table.blank-total', severity: 'warning' }), sheet)).toBe('general');
  });

  it('shows the blank 行政诉讼 total of a one-sheet page (三, 四, 二) under table 四, not table 三', () => {
    const page = readFileSync('test/fixtures/pages/excel-onesheet-order-blank-2020.html');
    const analysis = analyzeDocument(parsePage(decodeHtml(page).text), { url: 'https://example.gov.cn/excel-onesheet-order-blank-2020.html' });
    expect(analysis.tables).toEqual({ t2: [1], t3: [1], t4: [1] });
    const v = reportView(analysis);
    expect(v.groups.map((g) => [g.key, g.findings.map((f) => f.rule)])).toEqual([['t4', ['table.blank-total']]]);
  });

  it('groups a blank total on a table of its own by that table, wherever its figures are', () => {
    // tables 二, 三 and 四 as three <table>s: the table says it, the rows are not looked at
    const apart = report({ figureRefs: { 't3.new.total': { table: 2, row: 50, col: 9 } } });
    expect(groupOf(blank(29, [9]), { ...apart, tables: { t2: [0], t3: [2], t4: [1] } })).toBe('t4');
    expect(groupOf(finding({ rule: 'table.blank-total', severity: 'warning', cells: [{ table: 2, row: 3, col: 9 }] }), apart)).toBe('t3');
  });
});

describe('keyFigures', () => {
  it('reads the figures by name, with 予以公开 share and 纠正 rates', () => {
    const k = keyFigures({
      figures: {
        't3.new.total': 56, 't3.processed.total': 57, 't3.granted.total': 35, 't3.carriedForward.total': 1,
        't4.review.total': 4, 't4.review.corrected': 1, 't4.suitDirect.total': 2, 't4.suitDirect.corrected': 0, 't4.suitAfterReview.total': null,
      },
    });
    const by = Object.fromEntries(k.map((f) => [f.key, f]));
    expect(by.granted).toMatchObject({ value: 35, share: { part: 35, whole: 57 } });
    expect(formatShare(by.granted!.share!)).toBe('61.4%');
    expect(by.review!.share).toEqual({ part: 1, whole: 4 });
    expect(by.suit).toMatchObject({ value: 2, share: { part: 0, whole: 2 } });
  });

  it('shows a blank or missing figure as null and no share over 0', () => {
    const by = Object.fromEntries(keyFigures({ figures: { 't3.processed.total': 0, 't3.granted.total': 0 } }).map((f) => [f.key, f]));
    expect(by.new!.value).toBeNull();
    expect(by.granted!.share).toBeNull();
  });
});

describe('locale files', () => {
  const read = (l: string) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, MessageEntry>;
  const zh = read('zh_CN');
  const en = read('en');
  it('have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh)) expect(Object.keys(en[k]!.placeholders ?? {}), k).toEqual(Object.keys(zh[k]!.placeholders ?? {}));
  });
  it('fill placeholders as browser.i18n does', () => {
    expect(formatMessage(zh.verdictProblems, ['2'])).toBe('发现 2 处不一致');
    expect(formatMessage(en.suspectLine, ['31', '30'])).toBe('Likely wrong cell: 31, should be 30');
  });
  it('are picked for "follow the browser" as browser.i18n picks them: en for an English browser, else the default zh_CN', () => {
    // the lens reads its own copy of the file (entrypoints/content/lens.tsx): no getMessage IPC
    const ui = vi.spyOn(browser.i18n, 'getUILanguage');
    try {
      const cases: [string, 'en' | 'zh_CN'][] = [['en-US', 'en'], ['en', 'en'], ['EN-GB', 'en'], ['zh-CN', 'zh_CN'], ['zh-TW', 'zh_CN'], ['fr', 'zh_CN'], ['', 'zh_CN']];
      for (const [locale, file] of cases) {
        ui.mockReturnValue(locale);
        expect(browserLocale(), locale).toBe(file);
        expect(uiLang('auto'), locale).toBe(file === 'en' ? 'en' : 'zh-CN');
      }
      ui.mockImplementation(() => {
        throw new Error('torn down');
      });
      expect(browserLocale()).toBe('zh_CN');
    } finally {
      ui.mockRestore();
    }
  });
  it("speak in the lens the settings' language: Chinese from its own texts, English once its texts' script is here", async () => {
    // the lens carries the Chinese texts; the English are a script of their own (entrypoints/content-lens-en.ts) that
    // leaves them on the global object: languageReady awaits them (an import that fails here, as in a torn-down tab,
    // still resolves), and a Translate asked before they came (browser.i18n's) is not kept once they are here
    const ui = vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const scope = globalThis as { __nianbaoLensEn?: Record<string, string> };
    try {
      const get = createTranslations();
      const forcedZh = { ...DEFAULT_SETTINGS, language: 'zh_CN' as const };
      expect(get(forcedZh)('verdictOk')).toBe(zh.verdictOk!.message);
      await languageReady({ ...DEFAULT_SETTINGS, language: 'auto' });
      expect(get({ ...DEFAULT_SETTINGS, language: 'auto' })('verdictOk')).not.toBe(en.verdictOk!.message);
      scope.__nianbaoLensEn = lensTable(en);
      await languageReady({ ...DEFAULT_SETTINGS, language: 'en' });
      expect(get({ ...DEFAULT_SETTINGS, language: 'en' })('verdictProblems', 3)).toBe('Inconsistencies found: 3');
      expect(get({ ...DEFAULT_SETTINGS, language: 'auto' })('verdictOk')).toBe(en.verdictOk!.message);
      expect(get(forcedZh)('verdictOk')).toBe(zh.verdictOk!.message);
    } finally {
      delete scope.__nianbaoLensEn;
      ui.mockRestore();
    }
  });
});

describe('readSettings', () => {
  it('falls back to defaults field by field', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ version: 1, autoRun: false, language: 'fr', dock: 'left' })).toEqual({ version: 1, autoRun: false, language: 'auto', dock: 'left', autoSave: true });
    expect(readSettings({ version: 1, autoSave: false }).autoSave).toBe(false);
    expect(readSettings({ version: 2, autoRun: false })).toEqual(DEFAULT_SETTINGS);
  });

  it('reads automatic runs as off exactly where the loader does (autoRunOff)', () => {
    const stored = [
      undefined, null, 'x', 1, [], {}, { version: 1 }, { version: 1, autoRun: false }, { version: 1, autoRun: true },
      { version: 1, autoRun: 'false' }, { version: 1, autoRun: 0 }, { version: 2, autoRun: false }, { autoRun: false },
    ];
    for (const s of stored) expect(autoRunOff(s), JSON.stringify(s)).toBe(!readSettings(s).autoRun);
  });
});

describe('findQuote and wrapRanges', () => {
  it('finds a quote across spans and collapsed whitespace, wraps it, and unwraps to the same DOM', () => {
    document.body.innerHTML = '<p>全年共收到申请<span>45</span>件，\n  其中本级<b>17</b>件。</p><table><tr><td>收到申请45件</td></tr></table>';
    const before = document.body.innerHTML;
    const table = document.querySelector('table')!;
    const ranges = findQuote(document.body, '收到申请45件， 其中本级17件', [table])!;
    expect(ranges.map((r) => r.node.data.slice(r.start, r.end))).toEqual(['收到申请', '45', '件，\n  其中本级', '17', '件']);
    const { elements, unwrap } = wrapRanges(document, [ranges], (el) => el.setAttribute('data-nianbao-lens', 'quote'));
    expect(elements[0]!.map((e) => e.textContent).join('')).toBe('收到申请45件，\n  其中本级17件');
    expect(document.body.textContent).toContain('全年共收到申请45件');
    unwrap();
    expect(document.body.innerHTML).toBe(before);
  });

  it('skips the data tables and answers null for a quote not on the page', () => {
    document.body.innerHTML = '<p>无关</p><table><tr><td>收到申请45件</td></tr></table>';
    expect(findQuote(document.body, '收到申请45件', [document.querySelector('table')!])).toBeNull();
  });

  it('shares pieces between overlapping quotes', () => {
    document.body.innerHTML = '<p>abcdef</p>';
    const p = document.querySelector('p')!;
    const a = findQuote(p, 'abcd')!;
    const b = findQuote(p, 'cdef')!;
    const { elements, unwrap } = wrapRanges(document, [a, b], () => {});
    expect(elements.map((els) => els.map((e) => e.textContent).join(''))).toEqual(['abcd', 'cdef']);
    unwrap();
    expect(p.innerHTML).toBe('abcdef');
    expect(p.childNodes.length).toBe(1);
  });
});
