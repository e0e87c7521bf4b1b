/**
 * A report's OFD file (GB/T 33190) read when the reader asks, in real Chromium: told by its parts
 * (a zip with OFD.xml), read by lib/ofd in the Word/Excel reader's script (content-files.js) with
 * the browser's DOMParser, its tables rebuilt as a PDF's are, and shown on the page with the
 * suspect cell marked; a damaged one is said to be unreadable and offered again.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.ts';
import { closePanel, oddSession, traces, verdict } from './odd-helpers.ts';

const s = oddSession();
const { open, gov } = s;
const panelText = (page: Parameters<typeof verdict>[0]) => page.locator('nianbao-lens').evaluate((host) => host.shadowRoot!.textContent ?? '');
const want = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages/wrong-cell-2021.expected.json'), 'utf8')) as { findings: { actual: number; expected: number }[] };

/** Serves a page and its file by the route (a routed page may not fetch a private address: Private Network Access). */
async function routed(page: Parameters<typeof verdict>[0], path: string, html: string, filePath: string, file: Buffer): Promise<void> {
  await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.route(`**${filePath}`, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: file }));
  await page.goto(gov(path));
}

const name = '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.ofd';
const pageWith = (href: string) => readFileSync(join(ROOT, 'test/e2e/pages/fujian-docx.html'), 'utf8').replace('href="/docx/wrong-cell-2021.docx">东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.docx', `href="${href}">${name}`);

describe('a report posted as its OFD file', () => {
  it("offers to read it, then shows the file's findings, and the file on the page with its suspect cell marked", async () => {
    const { page, errors } = await open('about:blank');
    const html = pageWith('/up/P020240122.ofd');
    expect(html).toContain(name);
    await routed(page, '/e2e/fujian-ofd.html', html, '/up/P020240122.ofd', readFileSync(join(ROOT, 'test/fixtures/ofd/wrong-cell-2021-template.ofd')));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
    const button = page.locator('nianbao-lens button.read-file');
    await expect.poll(() => button.textContent()).toBe(`读取并检查附件“${name}”`);
    await button.click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    const text = await panelText(page);
    expect(text).toContain(`以下结果读自附件“${name}”`);
    expect(text).toContain('报告读自 OFD：表格按其边框重建');
    expect(text).toContain(`最可能出错的单元格现为 ${want.findings[0]!.actual}，应为 ${want.findings[0]!.expected}`);
    const box = page.locator('nianbao-lens-file');
    await expect.poll(() => box.locator('[data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    expect((await box.locator('[data-nianbao-lens=suspect]').allTextContents()).map((x) => x.trim())).toContain(String(want.findings[0]!.actual));
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says a damaged OFD cannot be read, and offers it again', async () => {
    const { page, errors } = await open('about:blank');
    await routed(page, '/e2e/fujian-ofd-cut.html', pageWith('/up/P020240123.ofd'), '/up/P020240123.ofd', readFileSync(join(ROOT, 'test/fixtures/ofd/wrong-cell-2021-cut.ofd')));
    await page.locator('nianbao-lens button.read-file').click();
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('附件不是可读取的 Word（.doc、.docx）、Excel（.xls、.xlsx）、WPS（.wps、.et）、PDF 或 OFD 文件，或已损坏、加密');
    expect(await page.locator('nianbao-lens button.read-file').count()).toBe(1);
    expect(await verdict(page).textContent()).toBe('未能核对：没有读到可核对的表格');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("checks a page's text against the tables of the OFD it attaches as the whole report", async () => {
    const tables = '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.ofd';
    const { page, errors } = await open('about:blank');
    const html = readFileSync(join(ROOT, 'test/fixtures/ofd/wrong-cell-2021-text.html'), 'utf8');
    expect(html).toContain(`href="wrong-cell-2021-tables.ofd">${tables}`);
    await routed(page, '/ofd/wrong-cell-2021-text.html', html, '/ofd/wrong-cell-2021-tables.ofd', readFileSync(join(ROOT, 'test/fixtures/ofd/wrong-cell-2021-tables.ofd')));
    const button = page.locator('nianbao-lens button.read-file');
    await expect.poll(() => button.textContent(), { timeout: 10_000 }).toBe(`读取附件“${tables}”中的表格，与正文一并核对`);
    await button.click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    expect(await panelText(page)).toContain(`以下结果中，表格读自附件“${tables}”，正文读自本页`);
    await expect.poll(() => page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    // the routed page's own stylesheets and pictures, refused by Private Network Access: the page's lines, not ours
    expect(errors.filter((e) => !/blocked by CORS policy|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });
});
