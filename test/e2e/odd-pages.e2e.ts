/**
 * Red team 17: the extension on odd pages that real *.gov.cn portals serve, in real Chromium. One
 * report (test/fixtures/pages/wrong-total-cell-2019.html: one wrong cell, three findings) dressed
 * by test/e2e/pages/gen-odd.mjs as a hardened portal with a strict CSP header, a TRS frameset, a
 * mobile template with a fixed header and tables in scrolling boxes, quirks mode and XHTML; and
 * printed. On each: the panel with the right verdict, the wrong cell marked, a click on the
 * finding brings the cell into view, nothing in the page's console, nothing left after close.
 * The page scripts that act on the page around the lens: odd-scripts.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { clickScrollsThenCloses, closePanel, marked, oddSession, panelLook, STYLED, SUSPECT_TEXT, suspectIn, suspectSeen, traces, VERDICT, verdict } from './odd-helpers.ts';

const s = oddSession();
const { open, gov } = s;

describe('a hardened portal with a strict Content-Security-Policy header', () => {
  for (const headers of ['csp-style', 'csp-script']) {
    it(`shows a styled panel, visible marks and scrolls to the cell (${headers})`, async () => {
      const { page, errors } = await open(gov(`/e2e/odd-csp.html?headers=${headers}`));
      await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(VERDICT);
      await marked(page);
      expect(await panelLook(page)).toEqual(STYLED);
      expect(await suspectIn(page)).toEqual({ count: 1, text: SUSPECT_TEXT, outline: 'solid 3px' });
      await clickScrollsThenCloses(page, errors);
    });
  }
});

describe('a TRS frameset page (no <body>), the report in a frame', () => {
  it('shows the panel on top of the frames and marks the cell in the frame', async () => {
    const { page, errors } = await open(gov('/e2e/odd-frameset.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(VERDICT);
    await marked(page);
    expect(await panelLook(page)).toEqual(STYLED);
    const frame = page.frames().find((f) => f.url().endsWith('/odd-frame-report.html'))!;
    expect(await suspectIn(frame)).toEqual({ count: 1, text: SUSPECT_TEXT, outline: 'solid 3px' });
    await page.locator('nianbao-lens .finding').first().click();
    await expect.poll(() => frame.evaluate(() => {
      const r = document.querySelector('[data-nianbao-lens="suspect"]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);
    await closePanel(page);
    expect(await traces(page)).toBe(0);
    expect(await traces(frame)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a mobile template: a fixed header 120 px tall, tables in 600 px wide scrolling boxes', () => {
  it('brings the cell into view: not under the header, not off to the side', async () => {
    const { page, errors } = await open(gov('/e2e/odd-scroll-fixed.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(VERDICT);
    await marked(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await suspectSeen(page, 120)).not.toBe('seen');
    await page.locator('nianbao-lens .finding').first().click();
    await expect.poll(() => suspectSeen(page, 120)).toBe('seen');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('printing', () => {
  it('prints the report without the panel over it, nor the marks', async () => {
    const { page, errors } = await open(gov('/e2e/odd-csp.html'));
    await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(VERDICT);
    await marked(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nianbao-lens').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect((await suspectIn(page)).outline).toMatch(/^none /);
    await page.emulateMedia({ media: 'screen' });
    expect(await panelLook(page)).toEqual(STYLED);
    expect((await suspectIn(page)).outline).toBe('solid 3px');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('old markup', () => {
  for (const name of ['odd-quirks.html', 'odd-xhtml.xhtml']) {
    it(`reads, marks and cleans up a page in ${name.includes('quirks') ? 'quirks mode' : 'XHTML (application/xhtml+xml)'}`, async () => {
      const { page, errors } = await open(gov(`/e2e/${name}`));
      expect(await page.evaluate(() => [document.compatMode, document.contentType])).toEqual(
        name.includes('quirks') ? ['BackCompat', 'text/html'] : ['CSS1Compat', 'application/xhtml+xml'],
      );
      await expect.poll(() => verdict(page).textContent(), { timeout: 10_000 }).toBe(VERDICT);
      await marked(page);
      expect(await panelLook(page)).toEqual(STYLED);
      expect(await suspectIn(page)).toEqual({ count: 1, text: SUSPECT_TEXT, outline: 'solid 3px' });
      await clickScrollsThenCloses(page, errors);
    });
  }
});
