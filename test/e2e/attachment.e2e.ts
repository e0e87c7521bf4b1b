/**
 * A report posted as its file (lib/detect/attachment.ts), in real Chromium: the loader's first look
 * (its XPath for the file) lets the lens load, and the panel says the report is that file, names
 * it, and calls nothing consistent; a page whose file is not its report stays without a panel.
 */
import { describe, expect, it } from 'vitest';
import { closePanel, oddSession, traces, verdict } from './odd-helpers.ts';

const s = oddSession();
const { open, gov } = s;

const panelText = (page: Parameters<typeof verdict>[0]) => page.locator('nianbao-lens').evaluate((host) => host.shadowRoot!.textContent ?? '');

describe('a report posted as its file', () => {
  for (const [name, file] of [
    ['fujian-pdf-2023', '云溪县交通运输局2023年政府信息公开工作年度报告.pdf'],
    ['fujian-viewer-2024', '6f1c2a8b.pdf'],
  ] as const) {
    it(`says the report is the file it offers, and checks nothing (${name})`, async () => {
      const { page, errors } = await open(gov(`/fixtures/${name}.html`));
      await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
      const text = await panelText(page);
      expect(text).toContain('报告在附件中，无法读取，格式无从判断');
      expect(text).toContain(`附件“${file}”`);
      // no cell or sentence marked
      expect(await page.locator('[data-nianbao-lens=flagged], [data-nianbao-lens=suspect], [data-nianbao-lens=quote]').count()).toBe(0);
      await closePanel(page);
      expect(await traces(page)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("shows nothing where the file is another year's report", async () => {
    const { page, errors } = await open(gov('/fixtures/fujian-other-year-2023.html'));
    // the loader's first look lets the lens look (a report title and a report's file), which turns it away
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(1500);
    expect(await page.locator('nianbao-lens').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
