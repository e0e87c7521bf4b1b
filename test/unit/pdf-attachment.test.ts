/**
 * The extension's PDF attachment reader's own decisions (the reading itself is lib/pdf's, tested
 * on real PDFs in pdf-corpus.test.ts, and in Chromium in test/e2e/attachment-pdf.e2e.ts): what is a
 * PDF by its bytes, and where the reader's script may be imported rather than injected.
 */
import { describe, expect, it } from 'vitest';
import { isPdfBytes } from '../../components/pdf-read.ts';
import { webAccessibleHere } from '../../components/files-module.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('isPdfBytes', () => {
  it('a PDF by its header, also after junk a server put before it', () => {
    expect(isPdfBytes(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(true);
    expect(isPdfBytes(bytes('\ufeff\r\n%PDF-1.4\n'))).toBe(true);
  });
  it('not a login page, a Word file or an empty answer served under a .pdf address', () => {
    expect(isPdfBytes(bytes('<!DOCTYPE html><html><body>请先登录</body></html>'))).toBe(false);
    expect(isPdfBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe(false);
    expect(isPdfBytes(new Uint8Array(0))).toBe(false);
    // the header beyond the first KB is no PDF a viewer opens
    expect(isPdfBytes(bytes(`${' '.repeat(1100)}%PDF-1.7`))).toBe(false);
  });
});

describe('webAccessibleHere', () => {
  it('*.gov.cn hosts import the reader; others have it injected', () => {
    expect(webAccessibleHere('www.yunling.gov.cn')).toBe(true);
    expect(webAccessibleHere('WWW.BEIJING.GOV.CN')).toBe(true);
    expect(webAccessibleHere('gov.cn')).toBe(true);
    expect(webAccessibleHere('www.gd.gov.cn.')).toBe(true);
    expect(webAccessibleHere('127.0.0.1')).toBe(false);
    expect(webAccessibleHere('xxgk.example.com')).toBe(false);
    expect(webAccessibleHere('notgov.cn')).toBe(false);
    expect(webAccessibleHere('gov.cn.evil.com')).toBe(false);
  });
});

describe('the committed Chromium print of wrong-cell-2021 (test/e2e/pages/wrong-cell-2021.pdf), read as its page', () => {
  it('the same body, year, template and findings as the page it prints', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { readPdfPages } = await import('../../cli/pdf-read.ts');
    const { pdfToHtml } = await import('../../lib/pdf/pdf-html.ts');
    const { parsePage } = await import('../../cli/load-page.ts');
    const { analyzeDocument } = await import('../../lib/analyze.ts');
    const root = join(import.meta.dirname, '../..');
    const url = 'https://www.yunling.gov.cn/xxgk/gknb/t20240122_11.html';
    const page = analyzeDocument(parsePage(readFileSync(join(root, 'test/fixtures/pages/wrong-cell-2021.html'), 'utf8')), { url });
    const html = pdfToHtml(await readPdfPages(new Uint8Array(readFileSync(join(root, 'test/e2e/pages/wrong-cell-2021.pdf')))), 'wrong-cell-2021.pdf');
    const read = analyzeDocument(parsePage(html), { url });
    // the portal's metadata line "名　称东湖市…年度报告" printed on the page is not the body's name
    expect([read.agency, read.year, read.template]).toEqual([page.agency, page.year, page.template]);
    const raised = (a: typeof page) => a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.message}`);
    expect(raised(read)).toEqual(raised(page));
    expect(raised(read).length).toBeGreaterThan(0);
  });
});
