// @vitest-environment node
/**
 * Red team 30 (session 50, rt59; test/fixtures/redteam30, written by gen.mjs, EXPECT.md): tables58's
 * checks attacked by someone who did not write them — table 三 without its 总计 in other shapes
 * (自然人 alone, 法人 in three or four columns, two merged, a 其他 column, a 小计 outside the 法人
 * group, the columns split over two tables), the unit's own rows (a nested channel, a channel row that
 * is itself a subtotal, channels in the 总计 column alone, short without 其他, under 二, numbered
 * （一）…, a 申请数量合计 before 一, the channels' own 合计, rate rows) and a tab showing last year's
 * table. c pages are consistent: nothing may be raised; m pages change one figure, caught on its cell
 * where one cell can be told, or missed where the table is not read (EXPECT.md says which).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expectPage, redteamFolder } from './redteam-pages.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';
import { mapTable3 } from '../../lib/map/map-table3.ts';
import { judge } from '../../lib/rules/evaluate.ts';
import { RULES } from '../../lib/rules/registry.ts';
import { t3AddedInstances } from '../../lib/rules/t3-added-instances.ts';
import type { Finding } from '../../lib/types.ts';

const { dir, expected, pages, analyze } = redteamFolder('redteam30');

/** The skip reasons of the channels' and 合计's checks on a page's table 三 (its third table). */
function addedSkips(name: string): string[] {
  const doc = parsePage(decodeHtml(readFileSync(new URL(name, dir))).text);
  const t3 = mapTable3([parseGrid(doc.querySelectorAll('table')[2]!, 2)], [] as Finding[])!;
  const rule = RULES.find((r) => r.id === 't3.subtotal')!;
  return t3AddedInstances(rule, t3).map((x) => judge(x, t3.blankColumns)).filter((o) => o.kind === 'skip').map((o) => (o as { reason: string }).reason);
}
const UNREAD = '表三的列无法按表头识别，表三未参与校验';

/** Pages whose table 三 is not read (said), and so whose planted change is missed (c01, c04, c08 read since tab61). */
const NOT_READ = /^[cm]07-/;
/** Pages read without a 总计 column (tab61: 自然人 alone; four 法人 columns): said so, each row's total skipped. */
const NO_TOTAL = /^[cm]0[14]-/;
/** Pages whose checks are skipped by design, and how many. */
const SKIPPED: Readonly<Record<string, number>> = {
  'c05-gd-dg-2024-other-column-beside-org.html': 25, // 其他 beside 法人或其他组织: the row totals' parts not told
  'c09-gd-sz-ft-2024-nested-channel.html': 7, // 其中：电子邮件申请 under 网络申请: the channels not added up
  'c11-sd-jn-2024-channel-row-itself-subtotal.html': 6, // 网络申请（含…） unread among them: less than 一 not a mistake
  'c12-js-nt-2024-channels-short-no-other.html': 5, // no 其他: less than 一 not a mistake
  'c14-sc-ms-2024-channels-own-heji.html': 2, // the channels' 合计 is 一 alone: which reading, not told
  'c20-sd-wf-2025-carried-dashes-channels.html': 1, // 二 all "—": its 总计 "—" over "—" parts
};

describe('redteam30: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    const a = analyze(name);
    expectPage(name, a, expected[name]!, !!process.env.RT30_PROBE);
    const notes = a.findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message);
    if (NOT_READ.test(name)) {
      expect(notes).toEqual([UNREAD]);
      expect(a.figures['t3.new.natural']).toBeUndefined();
      return;
    }
    if (NO_TOTAL.test(name)) {
      expect(notes).toEqual(['表三没有“总计”列：各行的总计（各类申请人之和）无法核对，只核对了各列的勾稽关系']);
      expect(a.figures['t3.new.natural']).toBeTypeOf('number');
      expect(a.figures['t3.new.total']).toBeUndefined();
      return;
    }
    for (const k of ['t3.new.total', 't3.processed.total']) expect(a.figures[k], k).toBeTypeOf('number');
    if (name.startsWith('c')) expect(a.checks.skipped, 'checks skipped').toBe(SKIPPED[name] ?? 0);
  });
});

describe('redteam30: the unit\'s rows', () => {
  it('a channel nested under another (其中 partway down the list) is not added up, and says why', () => {
    const a = analyze('c09-gd-sz-ft-2024-nested-channel.html');
    expect(a.findings.filter((f) => f.rule === 't3.subtotal')).toEqual([]);
    const why = addedSkips('c09-gd-sz-ft-2024-nested-channel.html');
    expect(why).toHaveLength(7);
    expect(new Set(why)).toEqual(new Set(['表三「一、本年新收」下所列渠道（1.当面申请、2.网络申请、电子邮件申请、3.信函申请、4.其他）中有“其中”项，是上一项的一部分，其和无从核对']));
  });
  it('a row among the channels that is not read makes less than 一 no mistake; the list still may not hold more', () => {
    const a = analyze('c11-sd-jn-2024-channel-row-itself-subtotal.html');
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(a.findings.map((f) => f.message)).toContain('表三未能识别的行「其中 网络申请(含政府网站、电子邮件)」，未参与校验');
    const why = addedSkips('c11-sd-jn-2024-channel-row-itself-subtotal.html');
    expect(why).toHaveLength(6);
    for (const w of why) expect(w).toMatch(/^表三「一、本年新收」下还有未能识别的行，所列渠道（.+）可能不全：其和小于本年新收不能断定有误$/);
  });
  it('channels under 二、上年结转 are read and checked against 二 (m17 caught on its cell)', () => {
    const c = analyze('c17-sc-lz-2024-channels-under-carried.html');
    expect(c.findings.filter((f) => f.rule.startsWith('map.'))).toEqual([]);
    const m = analyze('m17-sc-lz-2024-channels-under-carried.html').findings.find((f) => f.rule === 't3.subtotal')!;
    expect(m.message).toContain('二、上年结转');
  });
  it('channels numbered （一）…（五） are read as channels; a rate row labelled 率（单位：%） is said as a rate', () => {
    expect(analyze('c18-gd-jm-2024-channels-phone-other.html').findings.filter((f) => f.rule.startsWith('map.'))).toEqual([]);
    expect(analyze('c16-hn-zz-2025-rate-row-unit-label.html').findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message))
      .toEqual(['表三「五、按时办结率(单位:%)」一行是比率，不是件数，未参与校验']);
  });
});

describe('redteam30: a tab showing last year\'s table 三, this year\'s hidden', () => {
  it.each(['c21-hn-cz-2024-tab-last-year-shown-inline.html', 'c22-hn-cz-2024-tab-last-year-shown-attr.html'])('%s: this year\'s (labelled 2024, hidden) is read, last year\'s shown one left aside and said (tabs59)', (name) => {
    const a = analyze(name);
    expect(a.findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message)).toEqual([
      '第3个表格（表三）是2023年的表，不是本报告年度（2024年）的，未读取；已读取标明2024年的表三；正文中与它相合的数字不作为错误',
    ]);
  });
});
