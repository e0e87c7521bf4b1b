// @vitest-environment happy-dom
/**
 * A tab that shows a PDF (components/pdf-tab.ts): the popup says the lens cannot read it, instead of
 * "not a report" or "a browser page". The real Chromium viewer is exercised in test/e2e/loader.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { cannotRunKey, isPdfDocument, isPdfUrl } from '../../components/pdf-tab.ts';

describe('isPdfUrl', () => {
  it.each([
    'http://www.hongze.gov.cn/zwgk/ndbg/202401/P020240122123456.pdf',
    'https://www.huaian.gov.cn/uploadfiles/2025/01/2024年政府信息公开工作年度报告.PDF',
    'http://x.gov.cn/a/b.pdf?v=2',
    'http://x.gov.cn/a/b.pdf#page=3',
  ])('%s is a PDF file', (url) => expect(isPdfUrl(url)).toBe(true));

  it.each([
    'http://x.gov.cn/zwgk/ndbg/t20240122_123.html',
    'http://x.gov.cn/download?file=report.pdf.html',
    'http://x.gov.cn/viewer.html?file=/a/report.pdf', // a page (a viewer of the site's own): our scripts run there
    'http://x.gov.cn/pdf/',
    '',
    null,
    undefined,
  ])('%s is not', (url) => expect(isPdfUrl(url)).toBe(false));
});

describe('isPdfDocument', () => {
  it("is Chromium's viewer document, not an HTML page", () => {
    expect(isPdfDocument({ contentType: 'application/pdf' })).toBe(true);
    expect(isPdfDocument({ contentType: 'text/html' })).toBe(false);
    expect(isPdfDocument(document)).toBe(false);
  });
});

describe('cannotRunKey: why the popup could not check a tab', () => {
  it.each([
    ['file:///home/u/年报/2023年政府信息公开工作年度报告.pdf', 'pdfPage'],
    ['file:///C:/Users/u/Downloads/t20240122_1.html', 'popupLocalFile'],
    ['file:///home/u/saved/report.mhtml', 'popupLocalFile'],
    ['chrome://extensions/', 'popupCannotRun'],
    ['https://chromewebstore.google.com/detail/x', 'popupCannotRun'],
    [null, 'popupCannotRun'],
  ])('%s: %s', (url, key) => expect(cannotRunKey(url)).toBe(key));
});
