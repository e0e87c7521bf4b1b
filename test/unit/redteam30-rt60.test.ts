// @vitest-environment node
/**
 * rt60 (session 50; test/fixtures/redteam30-rt60, written by gen.mjs, EXPECT.md): consistent tables 三 in shapes red team
 * 30's set lacks, near rt59's changes — a 小计 column inside 法人或其他组织's span, three 法人 columns and their 小计,
 * two nested 其中 under 网络申请, a 其中 under the last channel, channels under 一 and 二 both, 二 all 0, channels
 * numbered (1), a label-only 其中 row, six sibling channels, 办结率(%), one channel row alone, short channel words, a
 * channel with one class in brackets, 合计 after 二, a nested 其中 under 二, "/" or nothing in the channels' applicant cells. c pages
 * are consistent: nothing may be raised; m pages change one figure, caught (on its cell where one can be told) or
 * missed where EXPECT.md says so.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectPage, redteamFolder } from './redteam-pages.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';
import { mapTable3 } from '../../lib/map/map-table3.ts';
import { judge } from '../../lib/rules/evaluate.ts';
import { RULES } from '../../lib/rules/registry.ts';
import { t3AddedInstances, t3AddedRowTotals } from '../../lib/rules/t3-added-instances.ts';
import type { Finding } from '../../lib/types.ts';

const { dir, expected, pages, analyze } = redteamFolder('redteam30-rt60');

/** The skip reasons of the channels' checks and the added rows' totals on a page's table 三 (its third table). */
function addedSkips(name: string): string[] {
  const doc = parsePage(decodeHtml(readFileSync(new URL(name, dir))).text);
  const t3 = mapTable3([parseGrid(doc.querySelectorAll('table')[2]!, 2)], [] as Finding[])!;
  const parts = t3.columns.filter((c) => c !== 'total' && c !== 'orgSubtotal');
  const xs = [...t3AddedInstances(RULES.find((r) => r.id === 't3.subtotal')!, t3), ...t3AddedRowTotals(RULES.find((r) => r.id === 't3.row-total')!, t3, parts)];
  return xs.map((x) => judge(x, t3.blankColumns)).filter((o) => o.kind === 'skip').map((o) => (o as { reason: string }).reason);
}

describe('redteam30-rt60: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page; 17 consistent pages and their twins', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
    expect(pages.filter((p) => p.startsWith('c'))).toHaveLength(17);
    expect(pages.filter((p) => p.startsWith('m'))).toHaveLength(17);
  });
  it.each(pages)('%s', (name) => {
    const a = analyze(name);
    expectPage(name, a, expected[name]!, !!process.env.RT30_PROBE);
    for (const k of ['t3.new.total', 't3.processed.total']) expect(a.figures[k], k).toBeTypeOf('number');
    // a consistent page: no error or warning of any rule
    if (name.startsWith('c')) expect(a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message ?? ''}`)).toEqual([]);
  });
  it.each(['c16-bj-ft-2024-channels-slash-cells.html', 'c17-fj-xm-2025-channels-total-column-empty-cells.html'])('%s: channels in the 总计 column alone are skipped with why (were 8 false errors each on main)', (name) => {
    const why = addedSkips(name);
    expect(why.filter((r) => /一行只在总计一列填了数/.test(r))).toHaveLength(4);
    expect(why.filter((r) => /只在总计一列填了数，.+一列未分渠道/.test(r)).length).toBeGreaterThanOrEqual(4);
  });
  it('a row with its applicants filled is still added up (page 09\'s channels: no skip)', () => {
    expect(addedSkips('c09-sd-yt-2024-six-channels.html')).toEqual([]);
  });
});
