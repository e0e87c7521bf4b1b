// @vitest-environment node
/**
 * rt58: a red team of tables57's hidden copies (lib/map/page-copies.ts: a display:none table is not read where
 * the page shows a table of its kind). 16 pages (test/fixtures/redteam28-copies/gen.py, from word-2021-consistent):
 * tabs whose shown tab is last year's and this year's hidden (by inline style, by class, by `hidden`), another
 * body's 附表 or a summary of the sub-units shown with the report's own hidden, a cut-down table shown with the
 * whole one hidden, an accordion hiding table 四 only, an article collapsed behind 展开全文, copies differing
 * in one figure either way, a hidden table 二 copy, a phone copy hidden by a class, a hidden copy whose figures carry 件.
 * On main five pages (h01, h03, h04, h05, h15) raised 3 false errors each (the text's 62, 63, 32 against the
 * shown 57, 58, 27) and no page said a hidden copy went unread. Now: no error but h09's own slip (on the shown
 * table's cell), and every hidden copy that differs from the shown one is said (map.unmapped), its figures
 * kept from the text's errors (a claim that fits it is a skip with its reason).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/redteam28-copies/', import.meta.url);
const analyze = (name: string) => analyzeDocument(parsePage(decodeHtml(readFileSync(new URL(name, dir))).text), { url: `https://www.example.gov.cn/${name}` });
const HIDDEN_NOTE = /在页面上是隐藏的，与页面显示的表([二三四])不同，未读取|是(\d{4})年的表，不是本报告年度/;

/** Per page: the table 三 read (its 本年新收), the hidden kinds said, and the errors (rule@cell) a careful reader expects. */
const WANT: Record<string, { new: number; said: string[]; errors?: string[] }> = {
  // last year's tab shown, this year's hidden, each pane labelled with its year (tabs59): the one labelled with the
  // report's year (2022) read, hidden or not; last year's left aside and said ('2021')
  'h01-tab-last-year-shown-this-year-inline-none.html': { new: 62, said: ['2021'] },
  // hidden by a class the core cannot read: the year's label tells which is the report's; the other said
  'h02-tab-last-year-shown-this-year-class-hidden.html': { new: 62, said: ['2021'] },
  'h03-tab-last-year-shown-this-year-hidden-attr.html': { new: 62, said: ['2021'] },
  'h04-other-body-annex-shown-own-hidden.html': { new: 57, said: ['三'] },
  'h05-sub-units-summary-shown-own-in-collapsed-block.html': { new: 57, said: ['三'] },
  // the shown table has 总计 only: read; the hidden whole one said
  'h06-cut-down-shown-whole-hidden.html': { new: 62, said: ['三'] },
  // table 四 hidden alone: none shown, the hidden one read
  'h07-accordion-hides-table4-only.html': { new: 62, said: [] },
  // a stale hidden copy with a slip: the shown one read, the copy said, its slip not the report's
  'h08-stale-hidden-copy-one-figure-off.html': { new: 62, said: ['三'] },
  // the shown table has the slip, the hidden copy is right: the shown one's mistake on its cell
  'h09-shown-slip-hidden-copy-right.html': { new: 62, said: ['三'], errors: ['t3.results-total@2:5:3', 't3.row-total@2:5:3'] },
  'h10-this-year-shown-last-year-hidden-tab.html': { new: 62, said: ['2021'] },
  'h11-both-years-shown.html': { new: 62, said: [] },
  'h12-hidden-table2-copy-differs.html': { new: 62, said: ['二'] },
  // the tables behind 展开全文: no table shown, the hidden ones read
  'h13-collapsed-article-tables-hidden.html': { new: 62, said: [] },
  // a phone copy with the same figures: checked once, nothing to say
  'h14-phone-copy-class-same-figures.html': { new: 62, said: [] },
  'h15-tab-this-year-first-hidden-by-inline-style.html': { new: 62, said: ['2021'] },
  // a hidden copy whose figures carry 件: the same figures, a copy — nothing to say
  'h16-hidden-copy-same-figures-with-jian.html': { new: 62, said: [] },
};

describe('redteam28-copies: hidden copies of the tables', () => {
  it('every page has its expectation', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.html')).sort()).toEqual(Object.keys(WANT).sort());
  });
  it.each(Object.keys(WANT))('%s', (name) => {
    const a = analyze(name);
    const want = WANT[name]!;
    expect(a.figures['t3.new.total']).toBe(want.new);
    expect(a.figures['t4.review.total']).toBe(1);
    const flagged = a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.suspect ? `${f.suspect.table}:${f.suspect.row}:${f.suspect.col}` : '-'}`);
    expect(flagged.sort()).toEqual(want.errors ?? []);
    const said = a.findings.filter((f) => f.rule.startsWith('map.')).map((f) => { const m = HIDDEN_NOTE.exec(f.message); return m ? m[1] ?? m[2]! : f.message; });
    expect(said).toEqual(want.said);
  });
  it('the report\'s table read by its year: the text\'s 62, 63, 32 pass on h01 (no skip), and h10 skips none', () => {
    // tabs59: h01's hidden 2022 table is now read as the report's: the text's 62, 63, 32 pass against it
    const h01 = analyze('h01-tab-last-year-shown-this-year-inline-none.html');
    expect([h01.narrative.failed, h01.narrative.skipped]).toEqual([0, 0]);
    expect(analyze('h10-this-year-shown-last-year-hidden-tab.html').narrative.skipped).toBe(0);
  });
});
