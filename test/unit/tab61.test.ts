// @vitest-environment node
/**
 * tab61 (session 51; test/fixtures/tab61, gen.mjs and gen_tabs.py, EXPECT.md): table 三 layouts red team
 * 30 left unread — 自然人 alone or with some 法人 columns and no 总计, a 法人 column headed 企业, a 申请总数
 * row (一 + 二, or 一 alone), 网上申请（含电子邮件） among the channels — each with its wrong twin (m) and
 * near-misses (n, or c pages of a shape that must stay silent); and tables 二 and 四 in tabs per year
 * (w pages), the report's year's read as table 三's is (lib/map/year-tables.ts).
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const { expected, pages, analyze } = redteamFolder('tab61');
const t3Pages = pages.filter((p) => !p.startsWith('w'));
const mapNotes = (name: string) => analyze(name).findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message);
const NO_TOTAL = '表三没有“总计”列：各行的总计（各类申请人之和）无法核对，只核对了各列的勾稽关系';
const UNREAD = '表三的列无法按表头识别，表三未参与校验';

describe('tab61: table 三 layouts read where certain, left unread where not', () => {
  it('every page has its expectation', () => {
    expect(Object.keys(expected).sort()).toEqual(t3Pages);
  });
  it.each(t3Pages)('%s', (name) => {
    const a = analyze(name);
    expectPage(name, a, expected[name]!, !!process.env.TAB61_PROBE);
    // a c page raises nothing but infos; its text never fails
    if (name.startsWith('c')) expect(a.narrative.failed).toBe(0);
  });
  it('自然人 alone (spans in its label, full-width digits) and 自然人 with four 法人 columns are read, their row totals said unchecked', () => {
    for (const n of ['c01-natural-only-word-fullwidth.html', 'c03-four-org-columns-no-total-dashes.html']) {
      expect(mapNotes(n)).toEqual([NO_TOTAL]);
      const a = analyze(n);
      expect(a.figures['t3.new.natural']).toBeTypeOf('number');
      expect(a.figures['t3.new.total']).toBeUndefined();
      expect(a.checks.failed).toBe(0);
      expect(a.checks.skipped).toBeGreaterThan(0);
    }
    expect(analyze('c03-four-org-columns-no-total-dashes.html').figures['t3.new.research']).toBeUndefined();
  });
  it('one column headed 自然人及法人或其他组织合计, or 法人 columns without their group heading: not read, said; the twin missed', () => {
    for (const n of ['c02-one-column-headed-heji.html', 'n02-one-column-headed-heji.html', 'c04-org-columns-without-group-heading.html', 'n04-org-columns-without-group-heading.html']) {
      expect(mapNotes(n)).toEqual([UNREAD]);
      expect(analyze(n).figures['t3.new.natural']).toBeUndefined();
    }
  });
  it('企业 under 法人或其他组织 is 商业企业', () => {
    const a = analyze('c05-org-column-headed-qiye.html');
    expect(mapNotes('c05-org-column-headed-qiye.html')).toEqual([]);
    expect(a.figures['t3.new.commercial']).toBeTypeOf('number');
  });
  it('申请总数 is checked as 一 + 二, or as 一 alone', () => {
    for (const n of ['c06-shenqing-zongshu-fullwidth.html', 'c07-shenqing-zongshu-only-new.html']) {
      const a = analyze(n);
      expect(mapNotes(n)).toEqual([]);
      expect(a.checks.failed).toBe(0);
    }
  });
  it('网上申请（含电子邮件） is a channel; beside a row of e-mail the two are not added up; （含政府网站、电子邮件） stays unread', () => {
    expect(mapNotes('c08-channel-online-with-email.html')).toEqual([]);
    expect(analyze('c08-channel-online-with-email.html').checks.skipped).toBe(0);
    expect(mapNotes('c09-channel-with-email-and-email-row.html')).toEqual([]);
    expect(analyze('c09-channel-with-email-and-email-row.html').checks.skipped).toBe(7);
    expect(mapNotes('c10-channel-with-two-named.html')).toEqual(['表三未能识别的行「网络申请(含政府网站、电子邮件)」，未参与校验']);
  });
});

