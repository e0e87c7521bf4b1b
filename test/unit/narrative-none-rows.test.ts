// @vitest-environment node
/**
 * A zero claim against a row that says none (zero-claims.ts noneAsZero): 无 or — in every cell is
 * the report's own 0, and "未收到政府信息公开申请" holds; a row left empty, or one with an empty
 * cell among its 无, says nothing, and the claim stays unknown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const page = (name: string) => decodeHtml(readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url))).text;
const analyze = (html: string) => analyzeDocument(parsePage(html), { url: 'https://www.example.gov.cn/a.html' });

/** A cell of the page as Word wrote it, holding `text`. */
const CELL = (text: string) => `宋体'>${text}<span lang=EN-US>`;

describe('zero claims against rows of 无', () => {
  const base = page('xiang-allwu-2021.html');

  it('hold when every cell of the row says none', () => {
    const r = analyze(base);
    expect(r.narrative).toMatchObject({ checked: 2, passed: 2, skipped: 0 });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('hold with dashes as with 无', () => {
    const dashes = base.replaceAll(CELL('无'), CELL('—'));
    expect(dashes).not.toBe(base);
    expect(analyze(dashes).narrative).toMatchObject({ checked: 2, passed: 2, skipped: 0 });
  });

  it('stay unknown when the tables are left empty', () => {
    const empty = base.replaceAll(CELL('无'), CELL('&nbsp;'));
    expect(empty).not.toBe(base);
    const r = analyze(empty);
    expect(r.narrative).toMatchObject({ checked: 2, passed: 0, failed: 0, skipped: 2 });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('stay unknown when one cell of the row is empty among its 无', () => {
    const at = base.indexOf('一、本年新收政府信息公开申请数量');
    const cell = base.indexOf(CELL('无'), at);
    const mixed = base.slice(0, cell) + CELL('&nbsp;') + base.slice(cell + CELL('无').length);
    const r = analyze(mixed);
    expect(r.figures['t3.new.total']).toBeNull();
    expect(r.narrative).toMatchObject({ checked: 2, passed: 1, skipped: 1 });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('fire when the row counts an application', () => {
    const r = analyze(page('xiang-allwu-wrong-2021.html'));
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual])).toEqual([['text.vs-table', 1, 0]]);
  });
});
