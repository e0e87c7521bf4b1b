/**
 * A reader who once pressed the portal's 繁體 switch sees every report of the portal in traditional
 * characters (the switch remembers it in a cookie). In real Chromium: such a report gets the same
 * panel and the same marks as in simplified characters, its claims quoted as the page shows them, whether the page came
 * saved in 繁體 (test/fixtures/pages/fanti-*.html), was switched by its own script before document
 * idle, or is switched while the panel is open (test/e2e/pages/fanti-switch.html, whose script
 * rewrites every text node in place, as portals' switches do). Pages: test/fixtures/make-fanti.mjs.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness.ts';
import { toSimplified } from '../../lib/text/traditional.ts';
import { clickScrollsThenCloses, closePanel, marked, oddSession, suspectIn, traces, verdict } from './odd-helpers.ts';

const s = oddSession();
const { open, gov } = s;

const expectedOf = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages', `${name}.expected.json`), 'utf8')) as {
    agency: string;
    findings: { severity: string; actual?: number; quote?: string }[];
  };

/** The zero claim xiang-liulin-2023's text makes, as the core quotes it (simplified). */
const QUOTE = expectedOf('xiang-liulin-2023').findings[0]!.quote!;
/** The marked sentence as the page shows it in 繁體 (复议 is 復議 or, by OpenCC's phrases, 複議): QUOTE, read simplified. */
const inFanti = (text: string) => ({ traditional: text.startsWith('我鄉未發生'), read: toSimplified(text) });
const QUOTE_FANTI = { traditional: true, read: QUOTE };

const quoted = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('[data-nianbao-lens="quote"]'), (e) => e.textContent).join(''));
const heading = (page: Page) => page.locator('nianbao-lens .who').first().textContent();

describe('a report saved in traditional characters', () => {
  it('gets the verdict, the agency and the suspect cell it has in simplified ones', async () => {
    const want = expectedOf('fanti-wrong-cell-2021');
    const { page, errors } = await open(gov('/fixtures/fanti-wrong-cell-2021.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    await marked(page);
    expect(await heading(page)).toBe(want.agency);
    expect(await suspectIn(page)).toEqual({ count: 1, text: String(want.findings[0]!.actual), outline: 'solid 3px' });
    await clickScrollsThenCloses(page, errors);
  });

  it("marks the text's sentence where the page shows it in traditional characters", async () => {
    const { page, errors } = await open(gov('/fixtures/fanti-xiang-liulin-2023.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('发现 1 处不一致');
    await marked(page);
    expect(inFanti(await quoted(page))).toEqual(QUOTE_FANTI);
    // the panel quotes it as the page shows it, character for character
    expect(await page.locator('nianbao-lens .finding').first().textContent()).toContain(await quoted(page));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a portal's own 简/繁 switch", () => {
  it('switched before idle (the cookie of an earlier visit): the same panel and quote', async () => {
    await s.b().context.addCookies([{ name: 'zh_choose', value: 't', url: gov('/') }]);
    try {
      const { page, errors } = await open(gov('/e2e/fanti-switch.html'));
      await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('发现 1 处不一致');
      await marked(page);
      expect(await page.title()).toContain('公開');
      expect(inFanti(await quoted(page))).toEqual(QUOTE_FANTI);
      await closePanel(page);
      expect(await traces(page)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await s.b().context.clearCookies();
    }
  });

  it('switched while the panel is open: the marks stay on the rewritten text, and closing leaves the page whole', async () => {
    const { page, errors } = await open(gov('/e2e/fanti-switch.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('发现 1 处不一致');
    await marked(page);
    expect(await quoted(page)).toBe(QUOTE);
    const before = await page.evaluate(() => document.body.innerText.length);
    await page.locator('.jft').click();
    await expect.poll(() => page.locator('.jft').textContent()).toBe('简体');
    // the switch rewrote the text nodes in place: the sentence is still marked, now in 繁體
    expect(inFanti(await quoted(page))).toEqual(QUOTE_FANTI);
    expect(await verdict(page).textContent()).toBe('发现 1 处不一致');
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    // nothing of the page lost: its text as long as before, and the switch still works both ways
    expect(await page.evaluate(() => document.body.innerText.length)).toBe(before);
    await page.locator('.jft').click();
    await expect.poll(() => page.evaluate(() => document.body.textContent!.includes('我乡未发生因政府信息公开引起的行政复议'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
