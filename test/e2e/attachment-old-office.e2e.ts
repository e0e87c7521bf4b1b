/**
 * A report's Word 97–2003 (.doc, WPS's .wps), Excel 97–2003 (.xls, WPS's .et) or OFD (GB/T 33190)
 * file read when the reader asks, in real Chromium: the old binary formats (lib/doc, lib/xls) told
 * by their first bytes, an OFD by its parts (a zip with OFD.xml; lib/ofd with the browser's
 * DOMParser, its tables rebuilt from their borders as a PDF's are), all in the same reader script as
 * .docx and .xlsx (content-files.js), shown on the page with their cells marked, as a .docx is
 * (attachment.e2e.ts); a damaged one said to be unreadable and offered again.
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

describe('a report posted as its Word 97–2003 (.doc) file, as WPS 文字\'s own (.wps), or as an OFD', () => {
  it.each([
    ['doc', 'doc/wrong-cell-2021.doc'],
    // WPS writes the Word 97 format with a stream of its own beside (test/fixtures/make-doc.mjs)
    ['wps', 'doc/wps-wrong-cell-2021.wps'],
    // its tables in the OFD's template layer (test/fixtures/make-ofd.mjs)
    ['ofd', 'ofd/wrong-cell-2021-template.ofd'],
  ])("offers to read a .%s, then shows the file's findings, and the file on the page with its suspect cell marked", async (ext, fixture) => {
    const name = `东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.${ext}`;
    const { page, errors } = await open('about:blank');
    const html = readFileSync(join(ROOT, 'test/e2e/pages/fujian-docx.html'), 'utf8').replace('href="/docx/wrong-cell-2021.docx">东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.docx', `href="/up/P020240122.${ext}">${name}`);
    expect(html).toContain(name);
    await routed(page, `/e2e/fujian-${ext}.html`, html, `/up/P020240122.${ext}`, readFileSync(join(ROOT, 'test/fixtures', fixture)));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
    const button = page.locator('nianbao-lens button.read-file');
    await expect.poll(() => button.textContent()).toBe(`读取并检查附件“${name}”`);
    await button.click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    const text = await panelText(page);
    expect(text).toContain(`以下结果读自附件“${name}”`);
    expect(text).toContain(`最可能出错的单元格现为 ${want.findings[0]!.actual}，应为 ${want.findings[0]!.expected}`);
    const box = page.locator('nianbao-lens-file');
    // an OFD's tables are rebuilt from their borders, as a PDF's (and counted as its pages break them), a Word file's read as written
    if (ext === 'ofd') expect(text).toContain('报告读自 OFD：表格按其边框重建');
    else expect(await box.locator('table').count()).toBe(3);
    await expect.poll(() => box.locator('[data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    expect((await box.locator('[data-nianbao-lens=suspect]').allTextContents()).map((x) => x.trim())).toContain(String(want.findings[0]!.actual));
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    // the compound file's signature and header, the rest cut off (a download broken off)
    ['doc', () => readFileSync(join(ROOT, 'test/fixtures/doc/wrong-cell-2021.doc')).subarray(0, 2048)],
    // an OFD cut before its directory (test/fixtures/make-ofd.mjs)
    ['ofd', () => readFileSync(join(ROOT, 'test/fixtures/ofd/wrong-cell-2021-cut.ofd'))],
  ] as const)('says a damaged .%s cannot be read, and offers it again', async (ext, cut) => {
    const name = `东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.${ext}`;
    const { page, errors } = await open('about:blank');
    const html = readFileSync(join(ROOT, 'test/e2e/pages/fujian-docx.html'), 'utf8').replace('href="/docx/wrong-cell-2021.docx">东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.docx', `href="/up/P020240123.${ext}">${name}`);
    await routed(page, `/e2e/fujian-${ext}-cut.html`, html, `/up/P020240123.${ext}`, cut());
    await page.locator('nianbao-lens button.read-file').click();
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('附件不是可读取的 Word（.doc、.docx）、Excel（.xls、.xlsx）、WPS（.wps、.et）、PDF 或 OFD 文件，或已损坏、加密');
    expect(await page.locator('nianbao-lens button.read-file').count()).toBe(1);
    expect(await verdict(page).textContent()).toBe('未能核对：没有读到可核对的表格');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a report whose tables are an old Word or Excel file, or an OFD, it attaches, read with the page's text", () => {
  for (const [what, folder, file, ext] of [
    ['a Word 97–2003 file (.doc)', 'doc', 'wrong-cell-2021-tables.doc', 'doc'],
    ['an Excel 97–2003 workbook (.xls)', 'xls', 'wrong-cell-2021.xls', 'xls'],
    // WPS 表格's .et: the Excel 97 workbook format (the .xls fixture, linked as WPS names it)
    ['a WPS 表格 workbook (.et)', 'xls', 'wrong-cell-2021.xls', 'et'],
    // an OFD of the tables alone (test/fixtures/make-ofd.mjs), its tables rebuilt
    ['an OFD (GB/T 33190)', 'ofd', 'wrong-cell-2021-tables.ofd', 'ofd'],
  ] as const) {
    it(`checks the page's text against the tables of ${what} as the whole report`, async () => {
      const name = `东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.${ext}`;
      const { page, errors } = await open('about:blank');
      const source = readFileSync(join(ROOT, `test/fixtures/${folder}/wrong-cell-2021-text.html`), 'utf8');
      const linked = file.replace(/\.[a-z]+$/, `.${ext}`);
      const html = source.replaceAll(`href="${file}">${name.replace(/\.et$/, '.xls')}`, `href="${linked}">${name}`);
      expect(html).toContain(`href="${linked}">${name}`);
      await routed(page, `/${folder}/wrong-cell-2021-text-${ext}.html`, html, `/${folder}/${linked}`, readFileSync(join(ROOT, `test/fixtures/${folder}/${file}`)));
      const button = page.locator('nianbao-lens button.read-file');
      await expect.poll(() => button.textContent(), { timeout: 10_000 }).toBe(`读取附件“${name}”中的表格，与正文一并核对`);
      await button.click();
      await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
      expect(await panelText(page)).toContain(`以下结果中，表格读自附件“${name}”，正文读自本页`);
      // the suspect cell is marked in the file's tables shown on the page
      await expect.poll(() => page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
      await closePanel(page);
      expect(await traces(page)).toBe(0);
      // the routed page's own stylesheets and pictures, refused by Private Network Access: the page's lines, not ours
      expect(errors.filter((e) => !/blocked by CORS policy|Failed to load resource/.test(e))).toEqual([]);
      await page.close();
    });
  }
});
