/**
 * The extension's reading of a Word attachment (components/docx-read.ts): the browser's XML parser
 * gives the page the batch checker's gives, and only a .docx on the page's own site is offered.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXmlWithDom, readableAttachment } from '../../components/docx-read.ts';
import { docxToHtml } from '../../lib/docx/docx-html.ts';
import { parseXml } from '../../lib/docx/xml-parse.ts';
import { readDocx } from '../../lib/docx/unzip.ts';

// happy-dom's import.meta.url is no file: URL; vitest runs from the project's root
const dir = join(process.cwd(), 'test/fixtures/docx');

describe('parseXmlWithDom', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.docx')))('reads %s as htmlparser2 does', (name) => {
    const parts = readDocx(readFileSync(join(dir, name)))!;
    expect(docxToHtml(parts, name, parseXmlWithDom)).toBe(docxToHtml(parts, name, parseXml));
  });

  it('refuses XML that does not parse', () => {
    expect(() => parseXmlWithDom('<w:document><w:body>')).toThrow();
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
  it('not an old .doc, a PDF, another site\'s file, or one with no address', () => {
    expect(readableAttachment(a('Word', '年报.doc', 'https://www.example.gov.cn/up/a.doc'), page)).toBe(false);
    expect(readableAttachment(a('PDF', '年报.pdf', 'https://www.example.gov.cn/up/a.pdf'), page)).toBe(false);
    expect(readableAttachment(a('Word', '年报.docx', 'https://file.example.gov.cn/up/a.docx'), page)).toBe(false);
    expect(readableAttachment(a('Word', '年报.docx', null), page)).toBe(false);
    expect(readableAttachment(undefined, page)).toBe(false);
  });
});
