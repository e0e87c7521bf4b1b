// @vitest-environment node
/**
 * Red team 29 (session 49, tables58; test/fixtures/redteam29, written by gen.mjs, EXPECT.md): what red
 * team 28 left — table 三 without its 总计 column (read: each column's balance and results total
 * checked, every row total skipped with its reason, the text compared with the applicants' sum), the
 * unit's own rows (channels under 一, a 申请数量合计, a rate row), a "—" written in a 总计 beside
 * figures — and 2024–2025 table shapes red team 28 did not have. c pages are consistent: nothing may be
 * raised; m pages change one figure, caught on its cell where one cell can be told.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';
import { analyzeTables } from '../../lib/analyze-tables.ts';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { readFileSync } from 'node:fs';
import { reportView } from '../../components/findings-view.ts';
import { unreadItems } from '../../components/results-text.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { translator } from '../../components/i18n.ts';
import { LOCALE_TABLES } from '../../components/locale-tables.ts';
import type { CellRef } from '../../lib/types.ts';

const { dir, expected, pages, analyze } = redteamFolder('redteam29');
const NO_TOTAL_NOTE = '表三没有“总计”列：各行的总计（各类申请人之和）无法核对，只核对了各列的勾稽关系';

/** Pages without a 总计 column in table 三 (read since tables58). */
const NO_TOTAL = /^[cm]0[1-4]-/;
/** Pages whose checks are skipped by design, and how many. */
const SKIPPED: Readonly<Record<string, number>> = {
  'c07-ha-xc-2024-one-channel-part.html': 5, // 其中：网上申请 short of 一 in five columns: the list may be partial
  'c08-sd-yt-2025-channels-overlapping.html': 7, // 网络申请 beside 政府网站申请: one channel twice, not added up
  'c10-js-yc-2024-intake-total-new-alone.html': 2, // the 合计 is 一 alone where 二 > 0: which reading, not told
};

/** The narrative's checks of a page, with their reasons (as the lens runs them after the tables). */
function narrativeChecks(name: string) {
  const stage = analyzeTables(parsePage(decodeHtml(readFileSync(new URL(name, dir))).text), { url: `https://www.example.gov.cn/${name}` });
  return checkNarrative(stage.prose!.input!).checks;
}

describe('redteam29: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    const a = analyze(name);
    expectPage(name, a, expected[name]!, !!process.env.RT29_PROBE);
    const notes = a.findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message);
    if (NO_TOTAL.test(name)) {
      expect(notes).toEqual([NO_TOTAL_NOTE]);
      expect(a.figures['t3.new.total'], 'no 总计 is made up for the key figures').toBeUndefined();
      expect(a.figures['t3.new.natural']).toBeTypeOf('number');
      expect(a.checks.skipped, 'each of the 25 rows: its total cannot be checked').toBe(25);
      return;
    }
    if (name.startsWith('c05-')) {
      // a column headed 数量 may be the 总计: the table is not read, and says so
      expect(a.findings.filter((f) => f.rule === 'map.unread-table').map((f) => f.message)).toEqual(['表三的列无法按表头识别，表三未参与校验']);
      return;
    }
    for (const k of ['t3.new.total', 't3.processed.total']) expect(a.figures[k], k).toBeTypeOf('number');
    if (/^[cm]11-/.test(name)) expect(notes).toEqual(['表三「五、按期办结率(%)」一行是比率，不是件数，未参与校验']);
    else expect(notes, 'the unit\'s rows are read, not said').toEqual([]);
    if (name.startsWith('c')) expect(a.checks.skipped, 'checks skipped').toBe(SKIPPED[name] ?? 0);
  });
});

describe('redteam29: table 三 without its 总计 column', () => {
  it('compares the text with the applicants\' sum, and a text one more is a warning saying so', () => {
    const c = narrativeChecks('c02-js-ha-2024-no-total-text-against-sum.html');
    expect(c.filter((x) => x.rule === 'text.vs-table' && x.outcome !== 'pass')).toEqual([]);
    expect(c.find((x) => x.quote?.startsWith('共新收'))?.detail).toContain('（表三没有总计列，按各类申请人相加）');
    const m = analyze('m02-js-ha-2024-no-total-text-against-sum.html').findings.find((f) => f.rule === 'text.vs-table')!;
    expect(m.message).toMatch(/^正文称共新收政府信息公开申请\d+件，与表三“本年新收”不符：表三没有总计列，按各类申请人相加为\d+件。$/);
  });

  it('says why the text is not compared where a column fails (the sum is then not taken)', () => {
    const skips = narrativeChecks('m01-hn-xt-2025-no-total-ueditor-th.html').filter((x) => x.rule === 'text.vs-table' && x.outcome === 'skip');
    expect(skips.length).toBeGreaterThan(5);
    for (const s of skips) expect(s.detail).toMatch(/^表三没有“总计”列，无法与表三“.+”比较$/);
  });

  it('the panel lists the note and the 25 checks not made, and shows no 总计 figure', () => {
    const t = translator(LOCALE_TABLES.zh_CN);
    const a = analyze('c01-hn-xt-2025-no-total-ueditor-th.html');
    const items = unreadItems(t, reportView(a));
    expect(items).toContain(NO_TOTAL_NOTE);
    expect(items.some((s) => s.startsWith('25 项表格校验无法进行'))).toBe(true);
    const shown = keyFigures(a).find((k) => k.key === 'new')!;
    expect(shown.value).toBeNull();
    expect(keyFigures(a).find((k) => k.key === 'review')!.value).toBeTypeOf('number');
  });
});

describe('redteam29: a 总计 written "—" beside figures', () => {
  it('says the cell holds "—" while its parts add up to more, and points at that cell first', () => {
    const name = 'm13-ha-ny-2024-dash-total-beside-figures.html';
    const f = analyze(name).findings.find((x) => x.rule === 'table.blank-total')!;
    expect(f.message).toMatch(/^「.+」总计填的是“—”，但其分项之和为\d+：合计缺失（不是算术错误，但该合计未按分项填写）$/);
    const want = (expected[name]!.findings[0] as { firstCell?: CellRef }).firstCell!;
    expect(f.cells[0]).toEqual(want);
    const t4 = analyze('m14-sd-zb-2024-t4-dash-total.html').findings.find((x) => x.rule === 'table.blank-total')!;
    expect(t4.message).toMatch(/^行政复议「总计」填的是“—”，但其分项之和为\d+：/);
  });
});
