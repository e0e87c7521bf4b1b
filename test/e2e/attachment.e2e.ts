/**
 * A report posted as its file (lib/detect/attachment.ts), in real Chromium: the loader's first look
 * (its XPath for the file) lets the lens load, and the panel says the report is that file, names
 * it, and calls nothing consistent; a page whose file is not its report stays without a panel.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import { badgeText, openPopup, ROOT, tabStatus, waitIn } from './harness.ts';
import { closePanel, oddSession, traces, verdict } from './odd-helpers.ts';

const s = oddSession();
const { open, gov } = s;

/** The report records the extension keeps (the store's `report:<id>` keys, each its JSON text). */
const stored = () =>
  s.b().worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('report:'))
      .map(([, v]) => JSON.parse(v as string) as { url: string; year: number | null; verdict: string });
  });

/**
 * The suspect cell of a file's tables shown on the page (components/file-tables-shown.ts), in their
 * shadow root: 'seen' when it is in the viewport and the panel does not lie over its middle.
 */
const shownSuspect = (page: Parameters<typeof verdict>[0]) =>
  page.evaluate(() => {
    const root = document.querySelector('nianbao-lens-file')?.shadowRoot;
    const el = root?.querySelector('[data-nianbao-lens="suspect"]');
    if (!root || !el) return 'no suspect';
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) return 'off screen';
    const hit = root.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)[0];
    return el.contains(hit ?? null) ? 'seen' : `covered by ${hit?.tagName ?? 'nothing'}`;
  });

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
    // the loader's first look lets the lens look (a report title and a report's file), which turns it away: it says so
    await expect.poll(() => tabStatus(s.b(), page)).toBe('not-report');
    expect(await page.locator('nianbao-lens').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a report posted as its Word file, read when the reader asks", () => {
  const want = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages/wrong-cell-2021.expected.json'), 'utf8')) as { findings: { actual: number; expected: number }[] };

  it("offers to read the file, then shows the file's findings and figures, and the file on the page with its cells marked", async () => {
    const { page, errors } = await open(gov('/e2e/fujian-docx.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
    const button = page.locator('nianbao-lens button.read-file');
    await expect.poll(() => button.textContent()).toBe('读取并检查附件“东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.docx”');
    await button.click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    const text = await panelText(page);
    expect(text).toContain('以下结果读自附件“东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.docx”。附件的内容已显示在页面上');
    expect(text).toContain(`最可能出错的单元格现为 ${want.findings[0]!.actual}，应为 ${want.findings[0]!.expected}`);
    expect(text).toContain('2021 年新版格式');
    // the file's tables, in the lens's box after the line that offers the file, under its caption
    const box = page.locator('nianbao-lens-file');
    expect(await box.count()).toBe(1);
    expect(await box.locator('.caption').textContent()).toContain('年报透镜：以下内容读自附件“东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告.docx”');
    expect(await box.locator('table').count()).toBe(3);
    // the first finding's suspect cell is marked there, with the figure the panel names; a click brings it into view
    await expect.poll(() => box.locator('[data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    expect((await box.locator('[data-nianbao-lens=suspect]').allTextContents()).map((x) => x.trim())).toContain(String(want.findings[0]!.actual));
    expect(await page.locator('nianbao-lens .finding').first().getAttribute('aria-disabled')).toBeNull();
    await page.locator('nianbao-lens .finding').first().click();
    await expect.poll(() => shownSuspect(page)).toBe('seen');
    // the whole file is shown, its text too (which agrees with its tables: no sentence marked)
    expect(await box.locator('.file').textContent()).toContain('被申请行政复议3件');
    expect(await page.locator('[data-nianbao-lens=quote]').count()).toBe(0);
    // the file's report is the page's: counted on the badge, collected under the page's address
    const url = gov('/e2e/fujian-docx.html');
    await expect.poll(() => badgeText(s.b(), url)).toBe(String(want.findings.length));
    await expect.poll(async () => (await stored()).find((r) => r.url === url)?.verdict, { timeout: 15_000 }).toBe('problems');
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    // seen again, unread: the file's figures stay in the collection (the page's own analysis has none)
    const again = await open(url);
    await expect.poll(() => verdict(again.page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
    // an automatic run saves a report without tables 15 s after its panel's marks (its watch for late
    // tables, lens.tsx WATCH_MS): wait that long on the page's own clock after the lens's last entry, so
    // that a slow machine cannot end the wait before a wrong save would have come
    await again.page.waitForFunction(
      () => {
        const ends = performance.getEntries().filter((e) => e.name.startsWith('nianbao-lens:')).map((e) => e.startTime + e.duration);
        return ends.length > 0 && performance.now() > Math.max(...ends) + 16_000;
      },
      undefined,
      { timeout: 40_000, polling: 500 },
    );
    expect((await stored()).filter((r) => r.url === url).map((r) => [r.verdict, r.year])).toEqual([['problems', 2023]]);
    await again.page.close();
  }, 100_000);

  it("marks the file's own sentence in the file shown, where its text disagrees with its tables", async () => {
    const { page, errors } = await open('about:blank');
    // the file's text says 4 reconsiderations where its table 四 has 3 (the figure is a run of its own)
    const zip = unzipSync(readFileSync(join(ROOT, 'test/fixtures/docx/wrong-cell-2021.docx')));
    const xml = strFromU8(zip['word/document.xml']!);
    const changed = xml.replace(/(申请行政复议<\/w:t><\/w:r><w:r>(?:(?!<w:t).)*<w:t xml:space="preserve">)3(<\/w:t>)/, '$14$2');
    expect(changed).not.toBe(xml);
    const docx = zipSync({ ...zip, 'word/document.xml': strToU8(changed) });
    // both served by the route (a routed page may not fetch a private address: Private Network Access)
    const html = readFileSync(join(ROOT, 'test/e2e/pages/fujian-docx.html'), 'utf8');
    await page.route('**/e2e/fujian-docx-text.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.route('**/docx/wrong-cell-2021.docx', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(docx) }));
    await page.goto(gov('/e2e/fujian-docx-text.html'));
    await page.locator('nianbao-lens button.read-file').click();
    const quote = page.locator('nianbao-lens-file [data-nianbao-lens=quote]');
    await expect.poll(() => quote.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await quote.allTextContents()).join('')).toContain('被申请行政复议4件');
    // its finding is a link to the sentence in the box
    const finding = page.locator('nianbao-lens .finding', { hasText: '行政复议' }).first();
    expect(await finding.getAttribute('aria-disabled')).toBeNull();
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    expect(errors.filter((e) => !/blocked by CORS policy|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  it('reads the file on a page checked on request outside *.gov.cn, the file reader injected with the lens', async () => {
    // the lens imports the file reader (content-files.js) only when asked, and on *.gov.cn only (it is
    // web-accessible there); on another site the popup's 检查此页 injects it before the lens
    const { page, errors } = await open(`http://127.0.0.1:${s.port()}/e2e/fujian-docx.html`);
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
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toMatch(/^发现 \d+ 处不一致$/);
    expect(await page.locator('nianbao-lens-file table').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the file reader only when the file is read, not with the lens', async () => {
    const { page } = await open('about:blank');
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\/content-(lens|files)\.js$/.test(r.url())) fetched.push(r.url().replace(/.*\//, ''));
    });
    await page.goto(gov('/e2e/fujian-docx.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
    expect(fetched).toEqual(['content-lens.js']);
    await page.locator('nianbao-lens button.read-file').click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toMatch(/^发现 \d+ 处不一致$/);
    expect(fetched).toEqual(['content-lens.js', 'content-files.js']);
    await page.close();
  });

  it('says why when the file cannot be fetched, and offers it again', async () => {
    const { page, errors } = await open('about:blank');
    // the site answers the file's address with a 404
    await page.route('**/docx/wrong-cell-2021.docx', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(gov('/e2e/fujian-docx.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
    await page.locator('nianbao-lens button.read-file').click();
    await expect.poll(() => panelText(page)).toContain('未能下载附件：网络出错或网站拒绝了请求');
    expect(await page.locator('nianbao-lens button.read-file').count()).toBe(1);
    expect(await verdict(page).textContent()).toBe('未能核对：没有读到可核对的表格');
    // the 404 is the page's console's own network line, not an exception of ours
    expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });
});

describe("a report's file on another *.gov.cn host than its page (a portal's file server)", () => {
  /** test/e2e/pages/fujian-docx-file-host.html: its file on file.nianbao-test.gov.cn (the page server too); file: another name than the server has */
  const onFileHost = async (page: Parameters<typeof verdict>[0], missing = false) => {
    if (missing) {
      const html = readFileSync(join(ROOT, 'test/e2e/pages/fujian-docx-file-host.html'), 'utf8').replaceAll('__PORT__', String(s.port())).replace('/docx/wrong-cell-2021.docx', '/docx/no-such-file.docx');
      await page.route('**/e2e/fujian-docx-file-host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    }
    await page.goto(gov('/e2e/fujian-docx-file-host.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe('未能核对：没有读到可核对的表格');
  };

  it('reads it through the background (the page itself may not: no CORS header) and marks its cells', async () => {
    const { page, errors } = await open('about:blank');
    const fromPage: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/docx/')) fromPage.push(r.url());
    });
    await onFileHost(page);
    await page.locator('nianbao-lens button.read-file').click();
    const want = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages/wrong-cell-2021.expected.json'), 'utf8')) as { findings: { actual: number }[] };
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    const box = page.locator('nianbao-lens-file');
    expect(await box.locator('table').count()).toBe(3);
    expect((await box.locator('[data-nianbao-lens=suspect]').allTextContents()).map((x) => x.trim())).toContain(String(want.findings[0]!.actual));
    // the page made no request for the file: the background fetched it
    expect(fromPage).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says why when the file server refuses it, and offers it again', async () => {
    const { page, errors } = await open('about:blank');
    await onFileHost(page, true);
    await page.locator('nianbao-lens button.read-file').click();
    await expect.poll(() => panelText(page)).toContain('未能下载附件：网络出错或网站拒绝了请求');
    expect(await page.locator('nianbao-lens button.read-file').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a report whose tables are a Word file it attaches, read with its text when the reader asks', () => {
  const want = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/pages/wrong-cell-2021.expected.json'), 'utf8')) as { findings: unknown[] };
  const name = '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.docx';

  it("names the file, then checks the page's text against the file's tables as the whole report", async () => {
    const url = gov('/docx/wrong-cell-2021-text.html');
    const { page, errors } = await open(url);
    const button = page.locator('nianbao-lens button.read-file');
    await expect.poll(() => button.textContent(), { timeout: 10_000 }).toBe(`读取附件“${name}”中的表格，与正文一并核对`);
    expect(await panelText(page)).toContain('表格在附件中，未读取，格式无从判断');
    await button.click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    const text = await panelText(page);
    expect(text).toContain(`以下结果中，表格读自附件“${name}”，正文读自本页。附件的表格已显示在页面上`);
    expect(text).toContain('2021 年新版格式');
    // the cells are marked in the file's tables shown on the page, none in the page's own
    await expect.poll(() => page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-nianbao-lens=flagged], [data-nianbao-lens=suspect]').count()).toBe(await page.locator('nianbao-lens-file [data-nianbao-lens]').count());
    await expect.poll(() => badgeText(s.b(), url)).toBe(String(want.findings.length));
    await expect.poll(async () => (await stored()).find((r) => r.url === url)?.verdict, { timeout: 15_000 }).toBe('problems');
    await closePanel(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads the file when clicked while the text is still checked (its findings come during the read)', async () => {
    const url = gov('/docx/wrong-cell-2021-text.html');
    const { page, errors } = await open('about:blank');
    // the reader's quickest click: as soon as the button is in the panel, before the narrative stage has come
    // (under load, a test's click came then too, and the file's findings never showed: lens.tsx pageReading)
    await page.addInitScript(() => {
      const w = window as unknown as { clickedWhile?: string };
      const look = (): boolean => {
        const root = document.querySelector('nianbao-lens')?.shadowRoot;
        const button = root?.querySelector<HTMLButtonElement>('button.read-file');
        if (!root || !button) return false;
        w.clickedWhile = root.querySelector('[role=status]')?.hasAttribute('aria-busy') ? 'checking' : 'done';
        button.click();
        return true;
      };
      const seen = new MutationObserver(() => {
        const root = document.querySelector('nianbao-lens')?.shadowRoot;
        if (!root) return;
        seen.disconnect();
        if (look()) return;
        const inside = new MutationObserver(() => look() && inside.disconnect());
        inside.observe(root, { childList: true, subtree: true });
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => (window as unknown as { clickedWhile?: string }).clickedWhile)).toBe('checking');
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    expect(await panelText(page)).toContain(`以下结果中，表格读自附件“${name}”，正文读自本页。`);
    await expect.poll(() => page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    await closePanel(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks the text's claims on the page, where they stand, and the file's cells in its tables shown there", async () => {
    const url = gov('/docx/wrong-cell-2021-text.html');
    const { page, errors } = await open('about:blank');
    // the text says 4 reconsiderations where the file's table 四 has 3
    const html = readFileSync(join(ROOT, 'test/fixtures/docx/wrong-cell-2021-text.html'), 'utf8').replace(/(被申请行政复议<\/span><span [^>]*>)3</, '$14<');
    expect(html).toMatch(/被申请行政复议<\/span><span [^>]*>4</);
    await page.route('**/docx/wrong-cell-2021-text.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    // served by the route too: a page the route served is of no private address, and Chromium
    // keeps it from fetching one (Private Network Access)
    const docx = readFileSync(join(ROOT, 'test/fixtures/docx/wrong-cell-2021-tables.docx'));
    await page.route('**/docx/wrong-cell-2021-tables.docx', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: docx }));
    await page.goto(url);
    await page.locator('nianbao-lens button.read-file').click();
    await expect.poll(() => page.locator('[data-nianbao-lens=quote]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // the sentence's text nodes, each wrapped where it stands (the page's Word spans)
    expect((await page.locator('[data-nianbao-lens=quote]').allTextContents()).join('')).toContain('被申请行政复议4件');
    // the text's finding is a link to its sentence, and the tables' to their cells in the box
    const textFinding = page.locator('nianbao-lens .finding', { hasText: '行政复议' }).first();
    expect(await textFinding.getAttribute('aria-disabled')).toBeNull();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('nianbao-lens .finding').first().click();
    await expect.poll(() => shownSuspect(page)).toBe('seen');
    // the flash is over (its own timer, late under load: not a fixed 1.8 s); the cells are in the box's shadow root
    await expect.poll(() => page.locator('nianbao-lens-file [data-nianbao-lens-flash]').count()).toBe(0);
    await page.screenshot({ path: join(ROOT, 'test-results', 'panel-tables-attachment.png') });
    // a hover on the marked cell (in the box's shadow root) names the identity it breaks in the panel's tooltip
    await page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').first().dispatchEvent('mouseover');
    await expect.poll(() => page.locator('nianbao-lens [role=tooltip]').textContent()).toContain('应为');
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    // the routed page's own stylesheets and pictures, refused by Private Network Access: the page's lines, not ours
    expect(errors.filter((e) => !/blocked by CORS policy|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  it("reads an Excel file's tables the same way", async () => {
    const xlsxName = '东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告统计表.xlsx';
    const url = gov('/docx/wrong-cell-2021-text-xlsx.html');
    const { page, errors } = await open('about:blank');
    const html = readFileSync(join(ROOT, 'test/fixtures/docx/wrong-cell-2021-text.html'), 'utf8')
      .replace(/href="wrong-cell-2021-tables.docx">[^<]*/, `href="tables.xlsx">${xlsxName}`);
    const xlsx = readFileSync(join(ROOT, 'test/fixtures/xlsx/wrong-cell-2021.xlsx'));
    // both served by the route (a routed page may not fetch a private address: Private Network Access)
    await page.route('**/docx/wrong-cell-2021-text-xlsx.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.route('**/docx/tables.xlsx', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: xlsx }));
    await page.goto(url);
    const button = page.locator('nianbao-lens button.read-file');
    await expect.poll(() => button.textContent(), { timeout: 10_000 }).toBe(`读取附件“${xlsxName}”中的表格，与正文一并核对`);
    await button.click();
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(`发现 ${want.findings.length} 处不一致`);
    expect(await panelText(page)).toContain(`以下结果中，表格读自附件“${xlsxName}”，正文读自本页`);
    await expect.poll(() => page.locator('nianbao-lens-file [data-nianbao-lens=suspect]').count()).toBeGreaterThan(0);
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    expect(errors.filter((e) => !/blocked by CORS policy|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });
});

