// @vitest-environment node
/**
 * tb90 (session 62): table 三's applicant columns that session 61's red teams left said unread or
 * noted wrongly (test/fixtures/redteam35 c17, redteam36 c01 and c04; EXPECT.md there). Two columns
 * headed 其他, one under 法人或其他组织 and one beside it, are told apart by their labels; 其他 beside a
 * form's own 法人 columns is a summand of the rows' 总计; a 其中 column is said for what it is. Each
 * page's twins are built here from the red teams' Word-pasted pages, one cell or one label changed:
 * consistent twins silent, a planted figure caught on its own cell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const page = (folder: string, name: string): string =>
  decodeHtml(readFileSync(new URL(`../fixtures/${folder}/${name}`, import.meta.url))).text;
const C17 = page('redteam35', 'c17-fj-pt-2025-county-other-column-outside-org.html');
const C04 = page('redteam36', 'c04-ha-sq-2025-county-own-org-other-applicants-beside.html');
const C01 = page('redteam36', 'c01-ha-xx-2024-county-own-org-with-of-which.html');
const C10 = page('redteam35', 'c10-gd-zj-2024-county-one-table-per-row.html');
const M10 = page('redteam35', 'm10-gd-zj-2024-county-one-table-per-row.html');

/** The page read after `edit` changed its document (a cell's figure, a header's label). */
function analyzeEdited(html: string, edit: (doc: Document) => void): ReportAnalysis {
  const doc = parsePage(html);
  edit(doc);
  return analyzeDocument(doc, { url: 'https://www.example.gov.cn/tb90.html' });
}

/** The <td>s of table 三's row whose label is `label` (the first such row of the page). */
function rowCells(doc: Document, label: string): HTMLTableCellElement[] {
  // the row's own cells (a layout table around the report holds every table's cells too)
  const own = (r: Element) => [...r.children].filter((x) => x.tagName === 'TD') as HTMLTableCellElement[];
  const tr = [...doc.querySelectorAll('tr')].find((r) => own(r).some((td) => td.textContent?.trim() === label));
  if (!tr) throw new Error(`no row ${label}`);
  return own(tr);
}

/** Sets a cell's text, keeping its Word <p>/<span> wrapping. */
function setText(td: Element, text: string): void {
  const inner = td.querySelector('span') ?? td.querySelector('p') ?? td;
  inner.textContent = text;
}

/** The header cell labelled `label` that spans two rows (a column of its own beside 法人或其他组织). */
function besideHeader(doc: Document, label: string): Element {
  const td = [...doc.querySelectorAll('td')].find((x) => x.getAttribute('rowspan') === '2' && x.textContent?.trim() === label);
  if (!td) throw new Error(`no header ${label}`);
  return td;
}

const raised = (a: ReportAnalysis) => a.findings.filter((f) => f.severity !== 'info');
const errorsAt = (a: ReportAnalysis) => raised(a).map((f) => [f.rule, f.severity, f.suspect?.row, f.suspect?.col]).sort();

describe('tb90: two columns headed 其他 (redteam35 c17: table 三 said unread before)', () => {
  it('the consistent page reads both and checks every row through them', () => {
    const a = analyzeEdited(C17, () => {});
    expect(a.findings.filter((f) => f.rule === 'map.unread-table' || f.rule === 'map.unmapped')).toEqual([]);
    expect(raised(a)).toEqual([]);
    expect([a.checks.failed, a.checks.skipped]).toEqual([0, 0]);
    expect(a.figures['t3.processed.otherApplicant']).toBe(3);
  });
  it('a figure planted in the column beside 法人 is caught on its cell (予以公开, the 7th figure column)', () => {
    const a = analyzeEdited(C17, (doc) => {
      const tds = rowCells(doc, '（一）予以公开');
      setText(tds[tds.length - 2]!, '3');
    });
    expect(errorsAt(a)).toEqual([['t3.results-total', 'error', 5, 9], ['t3.row-total', 'error', 5, 9]]);
  });
  it('the column beside 法人 headed "其他（委托代理人等）" is the same column (main: its header not told, 4 false row-total errors)', () => {
    const a = analyzeEdited(C17, (doc) => setText(besideHeader(doc, '其他'), '其他（委托代理人等）'));
    expect(raised(a)).toEqual([]);
    expect([a.checks.failed, a.checks.skipped]).toEqual([0, 0]);
    expect(a.figures['t3.granted.otherApplicant']).toBe(2);
  });
  it('a label that names 法人 or another year beside the group is not taken for it', () => {
    const a = analyzeEdited(C17, (doc) => setText(besideHeader(doc, '其他'), '2024年其他'));
    expect(a.figures['t3.granted.otherApplicant']).toBeUndefined();
  });
});

describe('tb90: 其他 beside a form\'s own 法人 columns (redteam36 c04: the row totals unchecked, unsaid, before)', () => {
  it('the consistent page checks its rows through 其他, silent', () => {
    const a = analyzeEdited(C04, () => {});
    expect(raised(a)).toEqual([]);
    expect([a.checks.passed, a.checks.failed, a.checks.skipped]).toEqual([47, 0, 0]);
  });
  it('a figure planted in 其他 is caught on its cell (was: one column sum, no cell)', () => {
    const a = analyzeEdited(C04, (doc) => {
      const tds = rowCells(doc, '（一）予以公开');
      const cell = tds[tds.length - 2]!;
      setText(cell, String(Number(cell.textContent!.trim()) + 1));
    });
    const granted = raised(a).map((f) => f.suspect?.row);
    expect(errorsAt(a).map(([rule, , , col]) => [rule, col])).toEqual([['t3.results-total', 6], ['t3.row-total', 6]]);
    expect(new Set(granted).size).toBe(1);
  });
});

describe('tb90: a 其中 column under a form\'s own 法人 columns (redteam36 c01)', () => {
  it('is said as the part it is, not as a header not told ("表头无法识别" before)', () => {
    const a = analyzeEdited(C01, () => {});
    const notes = a.findings.filter((f) => f.rule === 'map.unmapped');
    expect(notes.map((f) => f.note?.code)).toEqual(['t3ColumnOfWhich']);
    expect(notes[0]!.message).toBe('表三「其中:国有企业」一列是前一列「企业」中的一部分，不计入各行总计，未单独核对');
  });
  it('its figures stay out of the rows\' sums: one changed raises nothing, and is not checked (as the note says)', () => {
    const a = analyzeEdited(C01, (doc) => {
      const tds = rowCells(doc, '（一）予以公开');
      setText(tds[tds.length - 4]!, '99');
    });
    expect(raised(a)).toEqual([]);
    expect(a.findings.filter((f) => f.note?.code === 't3ColumnOfWhich')).toHaveLength(1);
  });
});

describe('tb90: table 三 as one <table> a row (redteam35 c10: not found, said, before)', () => {
  const missing = (a: ReportAnalysis) => a.findings.filter((f) => f.rule === 'map.missing-table');
  it('the rows are stitched into one table 三 and every identity holds, silent', () => {
    const a = analyzeEdited(C10, () => {});
    expect(missing(a)).toEqual([]);
    expect(raised(a)).toEqual([]);
    expect([a.checks.failed, a.checks.skipped]).toEqual([0, 0]);
    // the five 法人 labels stand under 法人或其他组织, not against the right edge
    expect(['natural', 'commercial', 'otherOrg', 'total'].map((c) => a.figures[`t3.granted.${c}`])).toEqual([58, 11, 2, 75]);
  });
  it('the planted figure is caught on its own cell, in its own one-row table', () => {
    const a = analyzeEdited(M10, () => {});
    expect(errorsAt(a)).toEqual([['t3.results-total', 'error', 0, 2], ['t3.row-total', 'error', 0, 2]]);
    expect(new Set(raised(a).map((f) => f.suspect?.table))).toEqual(new Set([17]));
  });
  it('a run broken by a paragraph between two of its tables is not stitched: table 三 still said missing, nothing raised', () => {
    const a = analyzeEdited(M10, (doc) => {
      const t = [...doc.querySelectorAll('table')].find((x) => x.textContent?.includes('（二）部分公开'))!;
      const p = doc.createElement('p');
      p.textContent = '注：以下为办理结果。';
      t.parentNode!.insertBefore(p, t);
    });
    expect(missing(a).length).toBeGreaterThan(0);
    expect(raised(a)).toEqual([]);
  });
});
