// @vitest-environment node
/**
 * Red team 32 (session 53, rt63; test/fixtures/redteam32, written by gen.mjs, EXPECT.md): the big
 * bodies — provincial governments and their 办公厅, 国务院部门, big cities and their 区 — of 2023–2025.
 * Figures of four to six digits (12,345 in cells and prose, １２，３４５, a six-digit cell wrapped by a
 * <br> or a space, "1.2万余件", "逾万件"), every applicant column used, long 其中 lists (channels,
 * topics, subordinate bodies), shares to two decimals, changes in %, table 四 in the dozens, and the
 * 全省/全市 figures beside a table that is only the body's own (or the reverse). c pages are
 * consistent: nothing may be raised; m pages change one figure, caught on its cell or its words.
 */
import { describe, expect, it } from 'vitest';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const { expected, pages, analyze } = redteamFolder('redteam32');

describe('redteam32: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT32_PROBE);
  });
});

/** Pages whose planted change is missed today, kept so (EXPECT.md says why). */
const MISSED_KEPT = ['m03-zj-hz-2025-city-channels-city-wide-wan.html'];

describe('redteam32: the big bodies\' prose read', () => {
  it('every c page\'s claims pass or skip, none fails', () => {
    let checked = 0;
    for (const name of pages.filter((n) => n.startsWith('c'))) {
      const n = analyze(name).narrative;
      expect(n.failed, name).toBe(0);
      checked += n.checked;
    }
    // 175 on main before red team 32's fixes: the 办公厅's own figures unread (c01, c06, c12), the split across a paragraph (c02)
    expect(checked).toBeGreaterThanOrEqual(194);
  });
  it('the 办公厅 named by itself is the body; the 全省 clause after a ； the province\'s', () => {
    expect(analyze('c01-gd-2024-province-office-own-table-province-lead.html').narrative).toMatchObject({ checked: 14, failed: 0, skipped: 1 });
    expect(analyze('c12-zj-2025-province-whole-and-own-one-sentence-word.html').narrative).toMatchObject({ passed: 6, failed: 0 });
  });
  it.each(MISSED_KEPT)('%s: missed (kept), its channels\' sum said skipped', (name) => {
    const n = analyze(name).narrative;
    expect(n).toMatchObject({ failed: 0, skipped: 1 });
    expect(expected[name]!.findings).toEqual([]);
  });
});
