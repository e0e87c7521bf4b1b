/**
 * A report posted as its PDF, read in real Chromium when the reader asks (components/pdf-read.ts,
 * entrypoints/content-pdf.ts): the PDF is a fixture page printed by this Chromium (its tables drawn
 * with borders, as Word and WPS export them), served beside a page that offers it. The panel then
 * shows the findings of the page the PDF prints, the file's tables on the page with the wrong cell
 * marked, and says the tables were rebuilt from a PDF; pdf.js comes only with the click. A PDF
 * without text and a damaged one are said to be so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badgeText, openPopup, ROOT, waitIn } from './harness.ts';
import { closePanel, oddSession, traces, verdict } from './odd-helpers.ts';
import { withOcrLayer } from '../unit/ocr-layer.ts';

const s = oddSession();
const { open, gov } = s;

const NAME = '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.pdf';
const want = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages/wrong-cell-2021.expected.json'), 'utf8')) as { findings: { actual: number; expected: number }[] };
/** the page that offers the report's PDF, as a county's portal posts it */
const offering = (href: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告_东湖市云岭区人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">政府信息公开</a> <a href="/xxgk/gknb/">政府信息公开年报</a></div>
<div class="article"><h1 class="article-title">东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告</h1>
<div class="article-info">发布时间：2024-01-22　来源：区市场监管局</div>
<div class="content" id="zoom"><p class="MsoNormal">附件：<a href="${href}" target="_blank"><span style="font-family:仿宋_GB2312">${NAME}</span></a></p></div></div>
<div class="footer">主办：东湖市云岭区人民政府办公室</div></body></html>`;

/** PDFs printed by this Chromium, on a host the lens does not run on by itself */
let printed: Buffer;
let tablesOnly: Buffer;
let blank: Buffer;
beforeAll(async () => {
  const tab = await s.b().context.newPage();
  await tab.goto(`http://127.0.0.1:${s.port()}/fixtures/wrong-cell-2021.html`);
  printed = await tab.pdf({ format: 'A4' });
  // the report's tables alone, each under its title line (a 统计表.pdf beside a page of text), as
  // make-docx.mjs writes the Word file of wrong-cell-2021-text.html
  await tab.evaluate(() => {
    const zoom = document.querySelector('#zoom')!;
    const kept: Element[] = [];
    let title: Element | null = null;
    const visit = (el: Element): void => {
      if (el.tagName === 'TABLE') {
        if (title) kept.push(title);
        kept.push(el);
        title = null;
        return;
      }
      if (/^(P|H[1-4]|LI)$/.test(el.tagName)) {
        const text = (el.textContent ?? '').replace(/\s+/g, '');
        if (text) title = text.length <= 40 && !/[。；]/.test(text) ? el : null;
        return;
      }
      for (const c of Array.from(el.children)) visit(c);
    };
    visit(zoom);
    // in the article, where the page's style draws them (their borders are what the reader reads)
    zoom.replaceChildren(...kept);
    for (const el of Array.from(document.body.children)) if (!el.contains(zoom)) el.remove();
  });
  tablesOnly = await tab.pdf({ format: 'A4' });
  // a "scan": a page that prints only a drawn box, no text
  await tab.setContent('<div style="width:300px;height:400px;background:#333"></div>');
  blank = await tab.pdf({ format: 'A4' });
  await tab.close();
});

/** Serves the offering page and its PDF (both routed: a routed page may not fetch a private address). */
async function serve(page: Page, pdf: Buffer | string, path = '/e2e/pdf-offer.html'): Promise<void> {
  await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: offering('/uploadfiles/2024/01/P020240122.pdf') }));
  await page.route('**/uploadfiles/2024/01/P020240122.pdf', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: pdf }));
}

const panelText = (page: Page) => page.locator('nianbao-lens').evaluate((host) => host.shadowRoot!.textContent ?? '');

describe('a report posted as its PDF, read when the reader asks', () => {
  it("reads the PDF, shows the printed page's findings and the file's tables with the wrong cell marked; pdf.js comes with the click", async () => {
    const { page, errors } = await open('about:blank');
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\/content-(lens|files|pdf)\.js$/.test(r.url())) fetched.push(r.url().replace(/.*\//, ''));
    });
    await serve(page, printed);
    await page.goto(gov('/e2e/pdf-offer.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
    const button = page.locator('nianbao-lens button.read-file');
    await expect.poll(() => button.textContent()).toBe(`读取并检查附件“${NAME}”`);
    expect(fetched).toEqual(['content-lens.js']);
    await button.click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 15_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    expect(fetched).toEqual(['content-lens.js', 'content-pdf.js']);
    const text = await panelText(page);
    expect(text).toContain(`以下结果读自附件“${NAME}”。附件的内容已显示在页面上`);
    expect(text).toContain('报告读自 PDF：表格按其边框重建');
    expect(text).toContain(`最可能出错的单元格现为 ${want.findings[0]!.actual}，应为 ${want.findings[0]!.expected}`);
    expect(text).toContain('2021 年新版格式');
    // the rebuilt tables, shown in the lens's box, the suspect cell marked with the figure the panel names
    const box = page.locator('nianbao-lens-file');
    expect(await box.count()).toBe(1);
    expect(await box.locator('table').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => box.locator('[data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    expect((await box.locator('[data-nianbao-lens=suspect]').allTextContents()).map((x) => x.trim())).toContain(String(want.findings[0]!.actual));
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads the PDF on a page checked on request outside *.gov.cn: the background injects the PDF reader', async () => {
    const { page, errors } = await open('about:blank');
    const host = `http://127.0.0.1:${s.port()}`;
    await serve(page, printed, '/e2e/pdf-offer-local.html');
    await page.goto(`${host}/e2e/pdf-offer-local.html`);
    const popup = await openPopup(s.b(), page);
    try {
      expect(await waitIn<string>(popup, 'document.querySelector("[role=status]")?.textContent')).toBe('此页尚未检查');
      expect(await page.locator('nianbao-lens').count()).toBe(0); // none of ours answered: nothing ran unasked
      await popup.evaluate('document.querySelector("#check").click()');
      await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
    } finally {
      await popup.detach();
    }
    await page.locator('nianbao-lens button.read-file').click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 15_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    await expect.poll(() => page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [what, bytes, says] of [
    ['a PDF without text (a scan)', () => blank, 'PDF 中没有文字（可能是扫描件），无法检查'],
    // the committed print with its text drawn invisibly, as a scan's OCR layer lies over its pictures
    ['a scan whose text is its OCR layer', () => withOcrLayer(readFileSync(join(ROOT, 'test/e2e/pages/wrong-cell-2021.pdf'))), 'PDF 是扫描件，其中的文字是看不见的识别（OCR）层'],
    ['a damaged PDF', () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF\n'), 'PDF 文件无法打开（已损坏或已加密）'],
    ['a file named .pdf that is a web page (a login wall)', () => '<html><body>请登录</body></html>', '附件不是可读取的 Word（.doc、.docx）、Excel（.xls、.xlsx）、WPS（.wps、.et）、PDF 或 OFD 文件，或已损坏、加密'],
  ] as const) {
    it(`says why when the file is ${what}, checks nothing, and offers it again`, async () => {
      const { page, errors } = await open('about:blank');
      await serve(page, bytes());
      await page.goto(gov('/e2e/pdf-offer.html'));
      await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
      await page.locator('nianbao-lens button.read-file').click();
      await expect.poll(() => panelText(page), { timeout: 15_000 }).toContain(says);
      expect(await page.locator('nianbao-lens button.read-file').count()).toBe(1);
      expect(await verdict(page).textContent()).toBe('未能核对：没有读到可核对的表格');
      expect(await page.locator('nianbao-lens-file').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe("a report whose tables are a PDF it attaches (统计表.pdf), read with the page's text when the reader asks", () => {
  it("checks the page's text against the PDF's tables as the whole report, the cells marked in the tables shown", async () => {
    const name = '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.pdf';
    const { page, errors } = await open('about:blank');
    const html = readFileSync(join(ROOT, 'test/fixtures/docx/wrong-cell-2021-text.html'), 'utf8')
      .replace('href="wrong-cell-2021-tables.docx">东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.docx', `href="wrong-cell-2021-tables.pdf">${name}`);
    expect(html).toContain(name);
    await page.route('**/docx/wrong-cell-2021-text-pdf.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.route('**/docx/wrong-cell-2021-tables.pdf', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: tablesOnly }));
    await page.goto(gov('/docx/wrong-cell-2021-text-pdf.html'));
    const button = page.locator('nianbao-lens button.read-file');
    await expect.poll(() => button.textContent(), { timeout: 10_000 }).toBe(`读取附件“${name}”中的表格，与正文一并核对`);
    await button.click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 15_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    const text = await panelText(page);
    expect(text).toContain(`以下结果中，表格读自附件“${name}”，正文读自本页。`);
    expect(text).toContain('报告读自 PDF：表格按其边框重建');
    expect(text).toContain('2021 年新版格式');
    await expect.poll(() => page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    expect((await page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').allTextContents()).map((x) => x.trim())).toContain(String(want.findings[0]!.actual));
    // the page's text agrees with the tables: no sentence marked
    expect(await page.locator('[data-nianbao-lens=quote]').count()).toBe(0);
    await closePanel(page);
    // the routed page's styles and scripts, which Chromium keeps it from fetching from a private address
    expect(errors.filter((e) => !/blocked by CORS policy|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });
});

describe('a PDF opened in its own tab (Chromium\'s viewer), read when the reader asks', () => {
  it('"检查此页" reads the file: the popup and the panel over the viewer give its findings, and it is counted on the badge', async () => {
    const { page, errors } = await open('about:blank');
    await page.route('**/uploadfiles/2024/01/P020240122.pdf', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: printed }));
    const url = gov('/uploadfiles/2024/01/P020240122.pdf');
    await page.goto(url);
    expect(await page.evaluate(() => document.contentType)).toBe('application/pdf');
    const popup = await openPopup(s.b(), page);
    try {
      expect(await waitIn<string>(popup, 'document.querySelector("[role=status]:not([aria-busy])")?.textContent')).toBe('这是 PDF 文件：点击“检查此页”读取并检查其中的报告');
      // nothing runs by itself on a PDF (most of a portal's PDFs are no reports): no lens answered the popup
      expect(await page.locator('nianbao-lens').count()).toBe(0);
      await popup.evaluate('document.querySelector("#check").click()');
      expect(await waitIn<string>(popup, 'document.querySelector("[data-status=report]")?.textContent', 15_000)).toContain(`发现 ${want.findings.length} 处不一致`);
    } finally {
      await popup.detach();
    }
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    const text = await panelText(page);
    expect(text).toContain('以下结果读自此 PDF 文件：浏览器的 PDF 阅读器中无法标出单元格和句子');
    expect(text).toContain('报告读自 PDF：表格按其边框重建');
    expect(text).toContain(`最可能出错的单元格现为 ${want.findings[0]!.actual}，应为 ${want.findings[0]!.expected}`);
    // the panel is seen over the viewer: its middle is the panel's, not the viewer's
    expect(await page.evaluate(() => {
      const host = document.querySelector('nianbao-lens')!;
      const panel = host.shadowRoot!.querySelector('[role=status]')!.getBoundingClientRect();
      return document.elementFromPoint(panel.left + panel.width / 2, panel.top + panel.height / 2) === host;
    })).toBe(true);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'pdf-tab-panel.png') });
    await expect.poll(() => badgeText(s.b(), url)).toBe(String(want.findings.length));
    // nothing of the page is marked: the viewer's text is not the document's
    expect(await page.locator('[data-nianbao-lens=flagged], [data-nianbao-lens=suspect], [data-nianbao-lens=quote]').count()).toBe(0);
    await closePanel(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a PDF without text: the popup says so after the check, and no panel covers the viewer', async () => {
    const { page, errors } = await open('about:blank');
    await page.route('**/uploadfiles/2024/01/scan.pdf', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: blank }));
    await page.goto(gov('/uploadfiles/2024/01/scan.pdf'));
    const popup = await openPopup(s.b(), page);
    try {
      expect(await waitIn<string>(popup, 'document.querySelector("[role=status]:not([aria-busy])")?.textContent')).toBe('这是 PDF 文件：点击“检查此页”读取并检查其中的报告');
      await popup.evaluate('document.querySelector("#check").click()');
      expect(await waitIn<boolean>(popup, 'document.querySelector("[role=status]")?.textContent === "PDF 中没有文字（可能是扫描件），无法检查"', 15_000)).toBe(true);
    } finally {
      await popup.detach();
    }
    expect(await page.locator('nianbao-lens').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
