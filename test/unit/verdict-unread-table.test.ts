/**
 * A table of the template that the page holds but whose figures none could be read (its columns
 * not told by their labels) leaves the report partly checked: the verdict is partial, as for a
 * missing table, never "表格与正文一致" (lib/report/verdict.ts, lib/map/notes.ts unreadTable).
 * Found reading a PDF's tables rebuilt without the page's style (session 30): table 三 came in
 * pieces, unread, and the panel said the report's tables and text agree.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../lib/analyze.ts';
import { verdictOf } from '../../lib/report/verdict.ts';

const PAGE = join(import.meta.dirname, '../fixtures/pages/benji-only-table-2023.html');
const URL = 'https://www.example.gov.cn/xxgk/gknb/202401/t20240125_1.html';

/** The page, with its table 三's row "（一）予以公开" moved above its header (a CMS's thead). */
function withT3RowAbove(html: string): Document {
  const { document } = parseHTML(html);
  const t3 = Array.from(document.querySelectorAll('table')).find((t) => (t.textContent ?? '').includes('本年新收'))!;
  const row = Array.from(t3.querySelectorAll('tr')).find((tr) => (tr.textContent ?? '').includes('予以公开'))!;
  const head = document.createElement('thead');
  head.appendChild(row);
  t3.insertBefore(head, t3.firstChild);
  return document as unknown as Document;
}

describe('verdict: a table found but read in none of its figures', () => {
  const html = readFileSync(PAGE, 'utf8');

  it('the page as it is: every check held', () => {
    const a = analyzeDocument(parseHTML(html).document as unknown as Document, { url: URL });
    expect(a.findings.filter((f) => f.rule === 'map.unread-table')).toEqual([]);
    expect(verdictOf(a)).toBe('ok');
  });

  it('its table 三 unread: said so, and the verdict is partial, not ok', () => {
    const a = analyzeDocument(withT3RowAbove(html), { url: URL });
    expect(a.findings.filter((f) => f.rule === 'map.unread-table').map((f) => f.message)).toEqual(['表三的列无法按表头识别，表三未参与校验']);
    // what could be read held: no error, and no claim that the report adds up
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(verdictOf(a)).toBe('partial');
  });

  it('a row or a column left out of a table read otherwise keeps the verdict (map.unmapped)', () => {
    const a = analyzeDocument(parseHTML(html).document as unknown as Document, { url: URL });
    const note = { rule: 'map.unmapped', severity: 'info' as const, message: '表三未能识别的行「备注」，未参与校验', cells: [], suspect: null, quote: null };
    expect(verdictOf({ ...a, findings: [...a.findings, note] })).toBe('ok');
  });
});
