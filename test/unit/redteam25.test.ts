// @vitest-environment node
/**
 * Red team 25 (test/fixtures/redteam25, written by gen.mjs): the report as it reaches readers
 * through copies, not as the portal publishes it: 微信公众号 articles (saved complete and "HTML
 * only", 135编辑器/秀米 markup, <span leaf>, a <p> per line of a cell, the <title> the account's name
 * or empty, a headline for a title, tables as pictures or as <section> grids, a 原文链接, a repost),
 * 今日头条/澎湃号/网易号 copies, the portal's print view, 手机版 and 政务服务 app H5 pages,
 * web.archive.org (old and new toolbar, addresses rewritten), archive.today, 百度快照, SingleFile and
 * Save Page WE saves, Chrome's "仅HTML" save of an article a script loads, 无障碍 toolbars (a span a
 * character, screen-reader copies), 适老化 zoom, 繁體, full-width digits, letter-spaced prose.
 * c pages are consistent: no error or warning may be raised; the year and body are the report's
 * (expected.json's agency, never the account's or the archive's); tables 三 and 四 must be read and
 * the prose too (a page silent only because its text went unread would pass). m pages carry one
 * planted mistake (予以公开 自然人 +1), caught on its cell.
 * KNOWN_MISS: pages the checker does not read right yet, each run as a test that must fail.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const KNOWN_MISS: Readonly<Record<string, string>> = {};

/** Pages whose tables 三 (and 四) are no <table> (pictures, a 秀米 <section> grid, lines of text): said missing, never flagged. */
const NO_TABLES: Readonly<Record<string, string[]>> = {
  'c05-wx-gd-fs-2024-tables-as-images.html': ['表三', '表四'],
  'c27-wx-section-grid-t3-zj-wz-2024.html': ['表三'],
  'c34-toutiao-t3-as-lines-sd-lin-2024.html': ['表三'],
};

/** …of which tables 三 and 四 stand as pictures in their sections: said so. */
const PICTURED = new Set(['c05-wx-gd-fs-2024-tables-as-images.html']);

/** 公众号 articles saved "HTML only": the article hidden until WeChat's script shows it; read, and said. */
const VEILED = new Set(['c02-wx-js-ha-qjp-2024-html-only-hidden.html', 'm02-wx-js-ha-qjp-2024-html-only-hidden.html', 'c30-wayback-wx-html-only-sc-ls-2024.html']);

const { expected, pages, analyze } = redteamFolder('redteam25');

function check(name: string): void {
  const a = analyze(name);
  const want = expected[name]! as (typeof expected)[string] & { agency: string | null };
  expectPage(name, a, want, !!process.env.RT25_PROBE);
  if (!a.isReport) {
    // a saved page that holds only the report's frame and title says why it is no report to check
    expect(a.reason).toMatch(/没有报告正文/);
    return;
  }
  expect(a.agency).toBe(want.agency);
  const veil = a.findings.filter((f) => f.rule === 'page.script-veil');
  expect(veil.length, 'the note on an article hidden until its script runs').toBe(VEILED.has(name) ? 1 : 0);
  if (name in NO_TABLES) {
    const missing = a.findings.filter((f) => f.rule === 'map.missing-table').map((f) => f.message);
    for (const t of NO_TABLES[name]!) expect(missing.some((m) => m.includes(`未找到${t}`)), t).toBe(true);
    // where a picture stands in the table's section, the note says the table is one
    expect(missing.every((m) => m.includes('图片')), 'said to be pictures').toBe(PICTURED.has(name));
    return;
  }
  for (const k of ['t3.new.total', 't3.processed.total', 't4.review.total']) expect(a.figures[k], k).toBeTypeOf('number');
  if (name.startsWith('c')) {
    expect(a.checks.skipped, 'checks skipped').toBe(0);
    expect(a.findings.filter((f) => f.rule.startsWith('map.')).map((f) => f.message)).toEqual([]);
    // the prose was read: its 依申请公开 paragraph holds a dozen figures the tables hold
    expect(a.narrative.checked, 'figures checked in the text').toBeGreaterThan(5);
  }
}

describe('redteam25: every copy of a report says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages.filter((p) => !(p in KNOWN_MISS)))('%s', check);
  const known = pages.filter((p) => p in KNOWN_MISS);
  if (known.length > 0) it.fails.each(known)('%s (known miss: catching it turns this red; take it off KNOWN_MISS)', check);
});
