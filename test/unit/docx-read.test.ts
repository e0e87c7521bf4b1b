/**
 * The extension's reading of a Word attachment (components/docx-read.ts): the browser's XML parser
 * gives the page the batch checker's gives, and only a .docx on the page's own site is offered.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseXmlWithDom, readAttachmentFile } from '../../components/docx-read.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { docToHtml } from '../../lib/doc/doc-html.ts';
import { FileReadError, readableAttachment, readFailure } from '../../components/file-read.ts';
import { docxToHtml } from '../../lib/docx/docx-html.ts';
import { parseXml } from '../../lib/docx/xml-parse.ts';
import { readDocx } from '../../lib/docx/unzip.ts';
import { xlsxToHtml } from '../../lib/xlsx/xlsx-html.ts';
import { xlsToHtml } from '../../lib/xls/xls-html.ts';
import { readXlsx } from '../../lib/xlsx/unzip.ts';
import { ofdToHtml } from '../../lib/ofd/ofd-html.ts';

// happy-dom's import.meta.url is no file: URL; vitest runs from the project's root
const dir = join(process.cwd(), 'test/fixtures/docx');
const xlsxDir = join(process.cwd(), 'test/fixtures/xlsx');

describe('parseXmlWithDom', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.docx')))('reads %s as htmlparser2 does', (name) => {
    const parts = readDocx(readFileSync(join(dir, name)))!;
    expect(docxToHtml(parts, name, parseXmlWithDom)).toBe(docxToHtml(parts, name, parseXml));
  });

  it.each(readdirSync(xlsxDir).filter((f) => f.endsWith('.xlsx')))('reads the workbook %s as htmlparser2 does', (name) => {
    const parts = readXlsx(readFileSync(join(xlsxDir, name)))!;
    expect(xlsxToHtml(parts, name, parseXmlWithDom)).toBe(xlsxToHtml(parts, name, parseXml));
  });

  it('refuses XML that does not parse', () => {
    expect(() => parseXmlWithDom('<w:document><w:body>')).toThrow();
  });
});

describe('readAttachmentFile on a Word 97–2003 file (.doc)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (bytes: Uint8Array) => vi.stubGlobal('fetch', async () => new Response(new Blob([bytes.slice().buffer as ArrayBuffer]), { status: 200 }));

  it('reads it, told by its first bytes, as the page the batch checker reads', async () => {
    const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/doc/wrong-cell-2021.doc')));
    serve(bytes);
    const doc = await readAttachmentFile('https://www.example.gov.cn/download.jsp?id=9', 'P0202401.doc');
    const a = analyzeDocument(doc, { url: 'https://www.example.gov.cn/download.jsp?id=9' });
    expect(a.isReport).toBe(true);
    expect(doc.title).toBe('东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告');
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
    expect(doc.body.innerHTML.replace(/\s/g, '')).toBe(new DOMParser().parseFromString(docToHtml(bytes, 'P0202401.doc'), 'text/html').body.innerHTML.replace(/\s/g, ''));
  });

  it('a damaged, cut or encrypted .doc, or an old Excel file, is not-word', async () => {
    const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/doc/wrong-cell-2021.doc')));
    serve(bytes.slice(0, 9000));
    await expect(readAttachmentFile('https://www.example.gov.cn/a.doc', 'a.doc')).rejects.toMatchObject({ why: 'not-word' });
  });
});

describe('readAttachmentFile on an Excel 97–2003 workbook (.xls)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (bytes: Uint8Array) => vi.stubGlobal('fetch', async () => new Response(new Blob([bytes.slice().buffer as ArrayBuffer]), { status: 200 }));
  const xls = () => new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/xls/wrong-cell-2021.xls')));

  it('reads it, told by its first bytes and its Workbook stream, as the page the batch checker reads', async () => {
    const bytes = xls();
    serve(bytes);
    const doc = await readAttachmentFile('https://www.example.gov.cn/download.jsp?id=7', 'P0202401.xls');
    const a = analyzeDocument(doc, { url: 'https://www.example.gov.cn/download.jsp?id=7' });
    expect(a.isReport).toBe(true);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
    expect(doc.body.innerHTML.replace(/\s/g, '')).toBe(new DOMParser().parseFromString(xlsToHtml(bytes, 'P0202401.xls'), 'text/html').body.innerHTML.replace(/\s/g, ''));
  });

  it('a cut or encrypted .xls is not-word, as a file that is no Word or Excel one', async () => {
    const bytes = xls();
    serve(bytes.slice(0, 9000));
    await expect(readAttachmentFile('https://www.example.gov.cn/a.xls', 'a.xls')).rejects.toMatchObject({ why: 'not-word' });
    const encrypted = bytes.slice();
    // the record after the globals' BOF (09 08 10 00 00 06 05 00) made a FILEPASS
    const bof = encrypted.findIndex((_, i) => [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00].every((v, k) => encrypted[i + k] === v));
    encrypted.set([0x2f, 0x00], bof + 20);
    serve(encrypted);
    await expect(readAttachmentFile('https://www.example.gov.cn/a.xls', 'a.xls')).rejects.toMatchObject({ why: 'not-word' });
  });
});

describe('readableAttachment', () => {
  const page = 'https://www.example.gov.cn/xxgk/gknb/202401/t1.html';
  const a = (kind: string, name: string, href: string | null) => ({ kind, name, href });
  it('offers a .docx on the page\'s own site', () => {
    expect(readableAttachment(a('Word', '年报.docx', 'https://www.example.gov.cn/up/a.docx'), page)).toBe(true);
    // a download address, the file named by the link
    expect(readableAttachment(a('Word', '年报.docx', 'https://www.example.gov.cn/download?id=3'), page)).toBe(true);
  });
  it('offers an .xlsx or an Excel 97–2003 .xls (lib/xls) on the page\'s own site', () => {
    expect(readableAttachment(a('Excel', '统计表.xlsx', 'https://www.example.gov.cn/up/a.xlsx'), page)).toBe(true);
    expect(readableAttachment(a('Excel', '统计表.xls', 'https://www.example.gov.cn/up/a.xls'), page)).toBe(true);
    expect(readableAttachment(a('Excel', '统计表.XLS', 'https://www.example.gov.cn/download.jsp?id=7'), page)).toBe(true);
    expect(readableAttachment(a('Excel', '统计表.xls', 'https://cdn.example.com/up/a.xls'), page)).toBe(false);
    // an Excel file named .docx is no Word file the kind says
    expect(readableAttachment(a('Excel', '统计表.docx', 'https://www.example.gov.cn/up/a.docx'), page)).toBe(false);
  });
  it('offers a PDF on the page\'s own site (components/pdf-read.ts), by its address or its name', () => {
    expect(readableAttachment(a('PDF', '年报.pdf', 'https://www.example.gov.cn/up/P0202401.pdf'), page)).toBe(true);
    expect(readableAttachment(a('PDF', '年报.PDF', 'https://www.example.gov.cn/download.jsp?id=88'), page)).toBe(true);
    // another site's PDF (a CDN, a viewer's host): its cookies and its answer are not the page's
    expect(readableAttachment(a('PDF', '年报.pdf', 'https://cdn.example.com/up/a.pdf'), page)).toBe(false);
    // an OFD is read (lib/ofd)
    expect(readableAttachment(a('OFD', '年报.ofd', 'https://www.example.gov.cn/up/a.ofd'), page)).toBe(true);
  });
  it('offers WPS\'s own .wps and .et (a Word 97 document and an Excel 97 workbook, told by their bytes when read)', () => {
    expect(readableAttachment(a('WPS', '年报.wps', 'https://www.example.gov.cn/up/a.wps'), page)).toBe(true);
    expect(readableAttachment(a('WPS', '统计表.ET', 'https://www.example.gov.cn/download.jsp?id=5'), page)).toBe(true);
    expect(readableAttachment(a('WPS', '年报.wps', 'https://cdn.example.com/up/a.wps'), page)).toBe(false);
    // a PowerPoint-like WPS 演示 (.dps) is no kind the lens reads
    expect(readableAttachment(a('WPS', '年报.dps', 'https://www.example.gov.cn/up/a.dps'), page)).toBe(false);
  });
  it('offers a file on another *.gov.cn host (a portal\'s file server: the background fetches it, components/file-relay.ts)', () => {
    expect(readableAttachment(a('Word', '年报.docx', 'https://file.example.gov.cn/up/a.docx'), page)).toBe(true);
    expect(readableAttachment(a('PDF', '年报.pdf', 'http://xxgk.example.gov.cn:8080/P0202401.pdf'), page)).toBe(true);
    // from a page checked on request elsewhere (a mirror) too
    expect(readableAttachment(a('Excel', '统计表.xlsx', 'https://www.other.gov.cn/a.xlsx'), 'https://mirror.example.com/nb.html')).toBe(true);
    // a host that only looks like one, or another scheme
    expect(readableAttachment(a('Word', '年报.docx', 'https://file.example.gov.cn.evil.com/a.docx'), page)).toBe(false);
    expect(readableAttachment(a('Word', '年报.docx', 'https://examplegov.cn/a.docx'), page)).toBe(false);
    expect(readableAttachment(a('Word', '年报.docx', 'ftp://file.example.gov.cn/a.docx'), page)).toBe(false);
  });
  it('offers a Word 97–2003 .doc on the page\'s own site (lib/doc), not an Excel file named .doc', () => {
    expect(readableAttachment(a('Word', '年报.doc', 'https://www.example.gov.cn/up/a.doc'), page)).toBe(true);
    expect(readableAttachment(a('Word', '统计表.DOC', 'https://www.example.gov.cn/download.jsp?id=9'), page)).toBe(true);
    expect(readableAttachment(a('Excel', '统计表.doc', 'https://www.example.gov.cn/up/a.doc'), page)).toBe(false);
  });
  it('not another site\'s file, or one with no address', () => {
    expect(readableAttachment(a('Word', '年报.docx', 'https://cdn.example.com/up/a.docx'), page)).toBe(false);
    expect(readableAttachment(a('Word', '年报.docx', null), page)).toBe(false);
    expect(readableAttachment(undefined, page)).toBe(false);
  });
});

describe('the file reader apart from the lens', () => {
  it('tells why a reading failed by the error\'s why, whichever copy of the class made it', () => {
    expect(readFailure(new FileReadError('too-large'))).toBe('too-large');
    // the reader's own bundle has its own FileReadError: instanceof fails across the two
    class OtherCopy extends Error {
      constructor(readonly why: string) {
        super(why);
      }
    }
    expect(readFailure(new OtherCopy('network'))).toBe('network');
    expect(readFailure(new OtherCopy('not-word'))).toBe('not-word');
    expect(readFailure(new OtherCopy('pdf-no-text'))).toBe('pdf-no-text');
    expect(readFailure(new OtherCopy('pdf-broken'))).toBe('pdf-broken');
    expect(readFailure(new OtherCopy('disk full'))).toBeNull();
    expect(readFailure(new Error('network'))).toBeNull();
    expect(readFailure(null)).toBeNull();
    expect(readFailure('network')).toBeNull();
  });
});

describe('readAttachmentFile on an OFD file', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (bytes: Uint8Array) => vi.stubGlobal('fetch', async () => new Response(new Blob([bytes.slice().buffer as ArrayBuffer]), { status: 200 }));
  const ofd = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/ofd', name)));

  it('reads it, told by its parts, as the page the batch checker reads (the browser\'s XML parser)', async () => {
    const bytes = ofd('wrong-cell-2021-template.ofd');
    serve(bytes);
    const doc = await readAttachmentFile('https://www.example.gov.cn/download.jsp?id=9', 'P0202401.ofd');
    const a = analyzeDocument(doc, { url: 'https://www.example.gov.cn/download.jsp?id=9' });
    expect(a.isReport).toBe(true);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['t3.results-total', 't3.row-total']);
    expect(ofdToHtml(bytes, 'P0202401.ofd', parseXmlWithDom)).toBe(ofdToHtml(bytes, 'P0202401.ofd', parseXml));
  });

  it('a cut OFD is not-word; one whose text is glyph numbers only is ofd-no-text', async () => {
    serve(ofd('wrong-cell-2021-cut.ofd'));
    await expect(readAttachmentFile('https://www.example.gov.cn/a.ofd', 'a.ofd')).rejects.toMatchObject({ why: 'not-word' });
    serve(ofd('wrong-cell-2021-glyphs.ofd'));
    const e = await readAttachmentFile('https://www.example.gov.cn/a.ofd', 'a.ofd').catch((x: unknown) => x);
    expect(readFailure(e)).toBe('ofd-no-text');
  });

  it('is offered when linked as .ofd on the page\'s site', () => {
    const page = 'https://www.example.gov.cn/art/2024/1/1/art_1.html';
    expect(readableAttachment({ kind: 'OFD', name: '2023年报.ofd', href: 'https://www.example.gov.cn/up/P0202401.ofd' }, page)).toBe(true);
    expect(readableAttachment({ kind: 'OFD', name: '2023年报.ofd', href: 'https://www.example.com/up/P0202401.ofd' }, page)).toBe(false);
    // an OFD link named as something else is not offered as one
    expect(readableAttachment({ kind: 'OFD', name: '2023年报', href: 'https://www.example.gov.cn/up/P0202401.zip' }, page)).toBe(false);
  });
});
