/**
 * The collection from the page (issue #5, "Proof"): a body's two years of reports visited on its
 * *.gov.cn host are saved by the extension by itself; on the second, whose 上年结转 differs from
 * the first's 结转下年度, the panel shows the carry-over in its 跨年度 group with both figures and
 * a link to last year's page, and the toolbar badge counts it; last year's page, visited again,
 * says the same from its side. Auto-save off: nothing is saved until the panel's 保存; a page the
 * user forgot (不再保存) is not saved again by auto-save until 保存.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeText, ROOT, setSettings, type Browser, closeSession, openReport, openSession, type Session, verdictLine } from './harness.ts';

let b: Browser;
let session: Session;
let port: number;
const url = (year: number, host = 'www.yunxi.gov.cn') => `http://${host}:${port}/e2e/collect-${year}.html`;

const verdict = verdictLine;
const stored = () =>
  b.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('report:')).sort());

const visit = (u: string): Promise<Page> => openReport(b, u);

beforeAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  ({ b, port } = session = await openSession());
});

afterAll(() => closeSession(session));

describe('collect: the panel across two years of one body', () => {
  it('saves 2020, then on 2021 shows the carry-over finding with both figures and a link to 2020', async () => {
    const p2020 = await visit(url(2020));
    await expect.poll(() => p2020.locator('nianbao-lens button.save').getAttribute('data-collect')).toBe('saved');
    await expect.poll(() => verdict(p2020).textContent()).toBe('表格与正文一致');
    expect(await p2020.locator('nianbao-lens [data-group="cross"]').count()).toBe(0);

    const p2021 = await visit(url(2021));
    const cross = p2021.locator('nianbao-lens [data-group="cross"] [data-rule="cross.carry-over"]');
    await expect.poll(() => cross.count()).toBe(2);
    expect(await p2021.locator('nianbao-lens [data-group="cross"] h3').textContent()).toBe('跨年度');
    const first = await cross.first().textContent();
    expect(first).toContain('上年结转（自然人）');
    expect(first).toContain('2021年报告“二、上年结转”为5');
    expect(first).toContain('2020年报告“四、结转下年度继续办理”为3');
    expect(await cross.first().locator('a').getAttribute('href')).toBe(url(2020));
    // the page's own tables hold; the verdict and the badge count the one break of 结转, its two columns listed under one line (dash98)
    await expect.poll(() => verdict(p2021).textContent()).toBe('发现 1 处不一致');
    await expect.poll(() => badgeText(b, p2021.url())).toBe('1');
    expect(await p2021.locator('nianbao-lens [data-group="cross"] li[data-break="2"] .cross-break').textContent()).toBe('与 2020 年度报告的结转不衔接，2 栏：');
    expect(await stored()).toEqual([`report:${url(2020)}`, `report:${url(2021)}`]);
    // each finding's 上年结转 cell is flagged on this page (never the suspect: which year is wrong is not known);
    // a click on the first flashes its cell
    await expect.poll(() => p2021.locator('[data-nianbao-lens="flagged"]').count()).toBe(2);
    expect(await p2021.locator('[data-nianbao-lens="suspect"]').count()).toBe(0);
    await cross.first().locator('button.go').click();
    const flashed = p2021.locator('[data-nianbao-lens="flagged"][data-nianbao-lens-flash]');
    await expect.poll(() => flashed.count()).toBe(1);
    expect((await flashed.textContent())?.trim()).toBe('5');
    // the flash is over before the screenshot (its own timer, late under load: not a fixed 1.8 s)
    await expect.poll(() => flashed.count()).toBe(0);
    await p2021.screenshot({ path: join(ROOT, 'test-results', 'collect-panel-2021.png') });

    // the link opens last year's page
    const [opened] = await Promise.all([b.context.waitForEvent('page'), cross.first().locator('a').click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(url(2020));
    await Promise.all([p2020.close(), p2021.close(), opened.close()]);
  });

  it("last year's page, visited again, finds next year's report: the carry-over from the older side", async () => {
    const p2020 = await visit(url(2020));
    const cross = p2020.locator('nianbao-lens [data-group="cross"] [data-rule="cross.carry-over"]');
    await expect.poll(() => cross.count()).toBe(2);
    const first = await cross.first().textContent();
    expect(first).toContain('2021年报告的上年结转（自然人）与本报告结转下年度不符');
    expect(first).toContain('2021年报告“二、上年结转”为5');
    expect(first).toContain('本报告（2020年）“四、结转下年度继续办理”为3');
    expect(await cross.first().locator('a').getAttribute('href')).toBe(url(2021));
    await expect.poll(() => verdict(p2020).textContent()).toBe('发现 1 处不一致');
    await p2020.close();
  });

  it('the same 2020 report on another site is another body: no cross-year finding there', async () => {
    const other2021 = await visit(url(2021, 'www.other-county.gov.cn'));
    await expect.poll(() => other2021.locator('nianbao-lens button.save').getAttribute('data-collect')).toBe('saved');
    await expect.poll(() => verdict(other2021).textContent()).toBe('表格与正文一致');
    expect(await other2021.locator('nianbao-lens [data-group="cross"]').count()).toBe(0);
    await other2021.close();
  });

  it('auto-save off: the page is not saved until 保存; 不再保存 forgets it', async () => {
    await setSettings(b, { language: 'zh_CN', autoSave: false });
    const host = 'www.autosave-off.gov.cn';
    const page = await visit(url(2021, host));
    const toggle = page.locator('nianbao-lens button.save');
    await expect.poll(() => toggle.getAttribute('data-collect')).toBe('not-saved');
    expect(await stored()).not.toContain(`report:${url(2021, host)}`);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('data-collect')).toBe('saved');
    expect(await stored()).toContain(`report:${url(2021, host)}`);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('data-collect')).toBe('not-saved');
    expect(await stored()).not.toContain(`report:${url(2021, host)}`);
    await page.close();
    await setSettings(b, { language: 'zh_CN' });
  });

  it('不再保存 with auto-save on: the next visit does not save the page again, until 保存', async () => {
    const host = 'www.forgotten.gov.cn';
    const page = await visit(url(2021, host));
    const toggle = page.locator('nianbao-lens button.save');
    await expect.poll(() => toggle.getAttribute('data-collect')).toBe('saved');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('data-collect')).toBe('not-saved');
    await page.reload();
    await expect.poll(() => verdict(page).count()).toBe(1);
    await expect.poll(() => toggle.getAttribute('data-collect')).toBe('not-saved');
    expect(await stored()).not.toContain(`report:${url(2021, host)}`);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('data-collect')).toBe('saved');
    await page.reload();
    await expect.poll(() => toggle.getAttribute('data-collect')).toBe('saved');
    expect(await stored()).toContain(`report:${url(2021, host)}`);
    await page.close();
  });
});
