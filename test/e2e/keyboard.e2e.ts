/**
 * The panel and the dashboard by keyboard alone, in real Chromium, in Chinese and in English (ux61): the Tab order
 * as the list of names a screen reader says (Chromium's own accessibility tree), in the order the controls stand
 * on the screen, each with its focus ring; Esc and × give the focus back to the page's element it came from; a
 * finding's jump by Enter or Space shows the cell and keeps the focus on the finding; the dashboard keeps the focus
 * on a control that is still there (back from a report, a delete cancelled). And the list's headings stand on one
 * line, wrapped or not (the sort arrow's empty box wrapped to a line of its own in English).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { closeSession, marked, openPopup, openSession, savedUrls, setSettings, waitIn, waitSaved, type Browser, type Session } from './harness.ts';

let session: Session;
let b: Browser;
let port: number;
const gov = (host: string, path: string) => `http://${host}.gov.cn:${port}${path}`;

/** The focused element, through open shadow roots: its accessible name and role as Chromium computes them, where it stands. */
interface Focused {
  name: string;
  role: string;
  inPanel: boolean;
  ring: boolean;
  x: number;
  y: number;
  h: number;
}

/**
 * One CDP session a page, for every look at its focus (focused): a session opened and detached at each look was two more
 * round trips to the browser at each Tab (~30 a test). What a look leaves in it, its handle on the element, is let go.
 */
const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = page.context().newCDPSession(page)));
  return cdp;
}

async function focused(page: Page): Promise<Focused | null> {
  const cdp = await cdpOf(page);
  try {
    const deep = 'let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; a';
    const { result } = await cdp.send('Runtime.evaluate', { expression: `(() => { ${deep}; return a === document.body ? null : a; })()`, objectGroup: 'focused' });
    if (!result.objectId) return null;
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
    const node = nodes[0] as { name?: { value?: string }; role?: { value?: string } } | undefined;
    const where = await page.evaluate(() => {
      let a = document.activeElement as HTMLElement;
      let inPanel = false;
      while (a.shadowRoot?.activeElement) {
        inPanel = true;
        a = a.shadowRoot.activeElement as HTMLElement;
      }
      const r = a.getBoundingClientRect();
      const st = getComputedStyle(a);
      // the ring the reader sees: the element's own outline, or its label's (the hidden file input's)
      const label = a.closest('label');
      const ring = (a.matches(':focus-visible') && st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0) || (!!label && getComputedStyle(label).outlineStyle !== 'none');
      // where it stands in its scrolled boxes' content (the findings' list scrolls as Tab goes down it: each place is
      // taken at its own focus, so the list's scroll is added back; the page's own scroll does not move the panel)
      let sx = 0;
      let sy = 0;
      const up = (e: Element): Element | null => e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null);
      for (let e = up(a); e && e !== document.documentElement && e !== document.body; e = up(e)) {
        sx += e.scrollLeft;
        sy += e.scrollTop;
      }
      return { inPanel, ring, x: Math.round(r.x + sx), y: Math.round(r.y + sy), h: Math.round(r.height) };
    });
    return { name: node?.name?.value ?? '', role: node?.role?.value ?? '', ...where };
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'focused' });
  }
}

/**
 * Tab until the focus is in the panel (the page's own links come first); the page's element it came from is
 * marked data-ux61="came-from", and returned.
 */
async function tabIntoPanel(page: Page): Promise<Focused | null> {
  let before: Focused | null = null;
  for (let i = 0; i < 300; i++) {
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-ux61]')) delete el.dataset.ux61;
      const a = document.activeElement as HTMLElement | null;
      if (a && a !== document.body && !a.shadowRoot) a.dataset.ux61 = 'came-from';
    });
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f?.inPanel) return before;
    before = f;
  }
  throw new Error('Tab never reached the panel');
}

/** From the panel's first control, every control Tab reaches before it leaves the panel. */
async function panelOrder(page: Page): Promise<Focused[]> {
  const seen: Focused[] = [(await focused(page))!];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f?.inPanel) return seen;
    seen.push(f);
  }
  throw new Error('Tab never left the panel');
}

/** Each control after the one before it on the screen: on its line (the two overlap) and to its right, or below it. */
const inReadingOrder = (seen: Focused[]) =>
  seen.every((f, i) => {
    const p = seen[i - 1];
    if (!p) return true;
    const sameLine = f.y < p.y + p.h && p.y < f.y + f.h;
    return sameLine ? f.x > p.x : f.y > p.y;
  });

const deepActive = (page: Page) =>
  page.evaluate(() => {
    let a = document.activeElement as HTMLElement;
    while (a.shadowRoot?.activeElement) a = a.shadowRoot.activeElement as HTMLElement;
    return { tag: a.tagName.toLowerCase(), cls: a.className, text: a.textContent ?? '', marker: a.dataset.ux61 ?? null };
  });

async function openReport(url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  await page.locator('nianbao-lens [data-verdict]').waitFor();
  // the marks (and the text's findings) are in once the page is marked
  await marked(page);
  return page;
}

beforeAll(async () => {
  ({ b, port } = session = await openSession());
});

afterAll(() => closeSession(session));

const PANEL_BAR = {
  zh_CN: ['已保存到收藏；点击则不再保存', '复制核对结果', '停靠到左侧', '收起为小图标', '关闭并移除所有标记'],
  en: ['Saved to the collection; click to forget it', 'Copy the results as text', 'Dock left', 'Collapse to a badge', 'Close and remove all marks'],
};
/** a finding's name: its severity, a colon, then (in English) its rule's name; the chip and the sentence ran together ("错误正文称…") */
// (the colon is out of the flow, visually hidden: Chromium sets it apart with spaces)
const FINDING_NAME = { zh_CN: /^(错误|警告) ?： ?[^\s：]/, en: /^(Error|Warning) ?: (Table [234]|Text)/ };

describe('the panel by keyboard', () => {
  for (const lang of ['zh_CN', 'en'] as const) {
    it(`on the bundled sample (fengze-2019), ${lang}: Tab goes through the bar, then the findings, each named and ringed; Esc gives the focus back`, async () => {
      await setSettings(b, { language: lang });
      const page = await openReport(gov('www.fengze', '/fixtures/fengze-2019.html'));
      const findings = await page.locator('nianbao-lens button.finding').count();
      expect(findings).toBe(3);
      // the page's element the keyboard came from (the report's last link)
      expect((await tabIntoPanel(page))?.inPanel).toBe(false);
      const order = await panelOrder(page);
      expect(order.slice(0, 5).map((f) => f.name)).toEqual(PANEL_BAR[lang]);
      expect(order.length).toBe(5 + findings);
      for (const f of order.slice(5)) {
        expect(f.role).toBe('button');
        expect(f.name).toMatch(FINDING_NAME[lang]);
      }
      expect(order.every((f) => f.role === 'button' && f.ring)).toBe(true);
      expect(inReadingOrder(order)).toBe(true);
      // into the panel again, two steps in it, then Esc: the panel collapses, the focus is where it came from
      await tabIntoPanel(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      await page.locator('nianbao-lens button.badge').waitFor();
      expect((await deepActive(page)).marker).toBe('came-from');
      // the badge is the next stop, and Enter opens the panel on its first control; Esc from there: the badge again
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ inPanel: true, role: 'button', name: expect.stringMatching(lang === 'en' ? /^Expand the Nianbao Lens panel: Inconsistencies found: 3$/ : /^展开年报透镜面板：发现 3 处不一致$/) });
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ inPanel: true, name: PANEL_BAR[lang][0] });
      await page.keyboard.press('Escape');
      expect((await deepActive(page)).cls).toContain('badge');
      await page.close();
    });
  }

  it('a finding jumped to by Enter or Space: the cell is shown, the focus stays on the finding; × gives the focus back to the page', async () => {
    await setSettings(b, { language: 'zh_CN' });
    const page = await openReport(gov('www.wrongcell', '/fixtures/wrong-cell-2021.html'));
    const suspect = page.locator('[data-nianbao-lens="suspect"]');
    const inView = () => suspect.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await tabIntoPanel(page);
    for (const key of ['Enter', ' ']) {
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await inView()).toBe(false);
      // Tab to a finding (from the bar, or from the first finding to the second)
      while (!(await deepActive(page)).cls.includes('finding')) await page.keyboard.press('Tab');
      if (key === ' ') await page.keyboard.press('Tab');
      const on = await deepActive(page);
      await page.keyboard.press(key);
      // the flash first: it lasts 1.8 s from the key, and the smooth scroll's wait below may take longer on a loaded machine
      await expect.poll(() => suspect.getAttribute('data-nianbao-lens-flash')).not.toBeNull();
      await expect.poll(inView).toBe(true);
      // the keyboard is where it was, in the panel, not on the page behind it
      expect(await deepActive(page)).toEqual(on);
    }
    // × (Shift+Tab back to it): the panel is gone, the focus on the page's element it came from, not on <body>
    while ((await focused(page))?.name !== '关闭并移除所有标记') await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('nianbao-lens').count()).toBe(0);
    expect((await deepActive(page)).marker).toBe('came-from');
    await page.close();
  });
});

describe('the keyboard\'s way to the panel (ux62)', () => {
  /** the page's first link focused, marked as where the keyboard came from */
  const onPageLink = async (page: Page): Promise<void> => {
    await page.locator('a[href]').first().focus();
    await page.evaluate(() => ((document.activeElement as HTMLElement).dataset.ux61 = 'came-from'));
  };

  /**
   * The command's shortcut pressed: what the background then sends the tab (background.ts, requestTab). A key pressed
   * through CDP reaches the page, never the browser's own shortcuts, so the key itself cannot be pressed here.
   */
  const command = async (page: Page): Promise<void> => {
    await page.bringToFront();
    await b.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'nianbao-lens/focus-panel' }, { frameId: 0 });
    });
  };

  it('the command (Alt+Shift+L) shows the panel and puts the focus on its first control, open, collapsed or closed; Esc gives it back', async () => {
    await setSettings(b, { language: 'zh_CN' });
    // the manifest's command, with its suggested shortcut taken (no other shortcut of the browser's has it)
    const commands = await b.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'focus-panel')).toMatchObject({ shortcut: 'Alt+Shift+L', description: 'Show the Nianbao Lens panel and move the keyboard focus into it' }); // in the browser's language (Debian's Chromium: en-US)
    const page = await openReport(gov('www.fengze', '/fixtures/fengze-2019.html'));
    // open: from the page's link into the panel; Esc: the panel collapses, the focus back on the link
    await onPageLink(page);
    await command(page);
    await expect.poll(async () => (await focused(page))?.name).toBe(PANEL_BAR.zh_CN[0]);
    expect(await focused(page)).toMatchObject({ inPanel: true, ring: true });
    await page.keyboard.press('Escape');
    await page.locator('nianbao-lens button.badge').waitFor();
    expect((await deepActive(page)).marker).toBe('came-from');
    // collapsed to its badge: expanded, the focus on its first control; Esc: back on the page's link again
    await command(page);
    await expect.poll(async () => (await focused(page))?.name).toBe(PANEL_BAR.zh_CN[0]);
    await page.keyboard.press('Escape');
    await page.locator('nianbao-lens button.badge').waitFor();
    expect((await deepActive(page)).marker).toBe('came-from');
    // closed (×): the page checked again, its panel shown and focused
    await command(page);
    await expect.poll(async () => (await focused(page))?.inPanel).toBe(true);
    while ((await focused(page))?.name !== '关闭并移除所有标记') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('nianbao-lens').count()).toBe(0);
    await command(page);
    await expect.poll(async () => (await focused(page))?.name).toBe(PANEL_BAR.zh_CN[0]);
    expect(await page.locator('nianbao-lens button.finding').count()).toBe(3);
    await page.close();
  });

  for (const lang of ['zh_CN', 'en'] as const) {
    it(`the popup's 显示面板 shows the panel with the focus in it, and goes; the popup names the shortcut; ${lang}`, async () => {
      await setSettings(b, { language: lang });
      const page = await openReport(gov('www.fengze', '/fixtures/fengze-2019.html'));
      await page.locator('nianbao-lens button.tool').last().click();
      await expect.poll(() => page.locator('nianbao-lens').count()).toBe(0);
      const popup = await openPopup(b, page);
      try {
        const hint = await waitIn<string>(popup, 'document.querySelector("#shortcut")?.textContent');
        expect(hint).toBe(lang === 'en' ? 'Shortcut Alt+Shift+L: show the panel on the page and move the focus into it' : '快捷键 Alt+Shift+L：在页面上显示面板并把焦点移到面板上');
        expect(await waitIn<string>(popup, 'document.querySelector("#toggle")?.textContent')).toBe(lang === 'en' ? 'Show panel' : '显示面板');
        await popup.evaluate('document.querySelector("#toggle").click()');
        await expect.poll(async () => (await focused(page))?.name, { timeout: 15_000 }).toBe(PANEL_BAR[lang][0]);
        // the popup closed itself: the keyboard is on the page, in the panel
        const { targetInfos } = await b.cdp.send('Target.getTargets');
        expect(targetInfos.some((t) => t.url.endsWith('/popup.html'))).toBe(false);
        expect(await page.evaluate(() => document.hasFocus())).toBe(true);
      } finally {
        await popup.detach();
      }
      await page.close();
    });
  }
});

describe('the dashboard by keyboard', () => {
  const dashboard = async (lang: 'zh_CN' | 'en', width: number): Promise<Page> => {
    await setSettings(b, { language: lang });
    const page = await b.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await page.locator('tr.row').first().waitFor({ timeout: 15_000 });
    await page.locator('#refreshing').waitFor({ state: 'detached', timeout: 15_000 });
    return page;
  };

  beforeAll(async () => {
    // the reports above, and two more, one with a long body name: each in the collection before the list is read, so that
    // no save lands while a test goes through the rows. A tab of the tests above closed before its save landed (under
    // load) is visited again; a report's tab here stays open until its save lands (harness.ts waitSaved)
    const reports = [['www.fengze', '/fixtures/fengze-2019.html'], ['www.wrongcell', '/fixtures/wrong-cell-2021.html'], ['www.hzsc', '/redteam28/c53-zj-hz-sc-2024-hidden-tab-last-year-first.html'], ['www.bjhd', '/redteam30/c08-bj-hd-2024-columns-split-two-tables.html']];
    for (const [host, path] of reports) {
      const url = gov(host!, path!);
      if ((await savedUrls(b)).includes(url)) continue;
      const page = await b.context.newPage();
      await page.goto(url);
      await waitSaved(b, url);
      await page.close();
    }
  });

  const HEAD = {
    zh_CN: ['年报透镜 · 数据看板', '搜索单位、标题或网址', '年度', '格式', '问题数', '地区', '单位', '地区', '年度', '格式', '结论', '问题数', '新收申请', '办结', '予以公开占比', '结转下年度', '行政复议', '行政诉讼', '最近查看'],
    en: ['Nianbao Lens · Dashboard', 'Search body, title or URL', 'Year', 'Template', 'Findings', 'Region', 'Body', 'Region', 'Year', 'Template', 'Verdict', 'Findings', 'New requests', 'Completed', 'Granted share', 'Carried forward', 'Reviews', 'Lawsuits', 'Last seen'],
  };
  const ROW = { zh_CN: ['打开原页', '删除 '], en: ['Open page', 'Delete '] };
  const TOOLS = { zh_CN: ['导出 CSV（当前列表）', '导出 JSON（全部）', '导入 JSON…'], en: ['Export CSV (the list as filtered)', 'Export JSON (everything)', 'Import JSON…'] };

  for (const lang of ['zh_CN', 'en'] as const) {
    it(`Tab goes from the title through the filters, the headings, each row and the data tools, each named and ringed; ${lang}`, async () => {
      const page = await dashboard(lang, 1280);
      const rows = await page.locator('tr.row').count();
      expect(rows).toBeGreaterThanOrEqual(3);
      const seen: Focused[] = [];
      for (let i = 0; i < 19 + rows * 3 + 3; i++) {
        await page.keyboard.press('Tab');
        seen.push((await focused(page))!);
      }
      const names = seen.map((f) => f.name);
      expect(names.slice(0, 19)).toEqual(HEAD[lang]);
      const bodies = await page.locator('tr.row td.body button').allTextContents();
      expect(names.slice(19, 19 + rows * 3)).toEqual(bodies.flatMap((body) => [body, ROW[lang][0], `${ROW[lang][1]}${body}`]));
      expect(names.slice(19 + rows * 3)).toEqual(TOOLS[lang]);
      expect(seen.filter((f) => !f.ring).map((f) => f.name)).toEqual([]);
      expect(inReadingOrder(seen)).toBe(true);
      await page.close();
    });
  }

  it('back from a report, the focus is on its row again; a delete cancelled, on the row\'s delete button', async () => {
    const page = await dashboard('zh_CN', 1280);
    const link = page.locator('tr.row').nth(2).locator('td.body button');
    const body = await link.textContent();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => deepActive(page).then((a) => a.tag)).toBe('h2');
    await page.keyboard.press('Shift+Tab');
    // its arrow is not read out ("left arrow 返回列表")
    expect((await focused(page))?.name).toBe('返回列表');
    await page.keyboard.press('Enter');
    await expect.poll(() => deepActive(page).then((a) => a.tag)).toBe('button');
    expect(await deepActive(page)).toMatchObject({ cls: 'link', text: body });
    // delete, then Cancel (the confirm's safe choice has the focus), then Esc: each time back on 删除
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.name).toBe(`删除 ${body}`);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.name).toBe('取消');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.name).toBe(`删除 ${body}`);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.name).toBe('取消');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page))?.name).toBe(`删除 ${body}`);
    await page.close();
  });

  for (const width of [1280, 1024]) {
    it(`the headings of the English list stand on the row's bottom line, wrapped or not, at ${width} px`, async () => {
      const page = await dashboard('en', width);
      const heads = await page.locator('.reports thead th button.sort').evaluateAll((buttons) =>
        buttons.map((button) => {
          const range = document.createRange();
          range.selectNodeContents(button.firstChild!);
          const lines = range.getClientRects();
          return { name: button.firstChild!.textContent, bottom: Math.round(range.getBoundingClientRect().bottom), lines: new Set(Array.from(lines, (r) => Math.round(r.top))).size };
        }),
      );
      // at 1024 px some wrap ("New / requests"; at 1280 px none need to since ux62's narrower cells), and all end on the same line
      expect(heads.some((h) => h.lines > 1)).toBe(width === 1024);
      expect(heads.filter((h) => h.bottom !== heads[0]!.bottom)).toEqual([]);
      // sorted by a figure: its arrow beside its last word, not on a line of its own
      await page.locator('button[data-sort="problems"]').click();
      const sorted = await page.locator('button[data-sort="problems"]').evaluate((button) => {
        const text = document.createRange();
        text.selectNodeContents(button.firstChild!);
        const arrow = button.querySelector('.arrow')!.getBoundingClientRect();
        return { arrow: arrow.width > 0, sameLine: Math.abs(arrow.bottom - text.getBoundingClientRect().bottom) < 4 };
      });
      expect(sorted).toEqual({ arrow: true, sameLine: true });
      await page.close();
    });
  }
});
