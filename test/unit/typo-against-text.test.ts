// @vitest-environment node
/**
 * A typo in a table cell the text restates is the table's mistake, not the text's (session mut14's
 * mutation probe: one cell of table 三 +1 or two digits swapped, on every consistent fixture and
 * red-team page). The table rules flag the cell and name it; the text, which says what the cell
 * should say, must not be flagged as well:
 *  - a typo in an item of a result group with no subtotal row (「（三）不予公开 2.其他法律行政法规
 *    禁止公开」总计 0 → 1, the text "不予公开5件"): the group's figure is the items' sum, which stood in
 *    no cell, so the text's finding pointed at no cell and the rules' correction was not seen (5,234
 *    false text errors on 269 pages);
 *  - a typo in 上年结转 (or 新收) where the text's "共受理54件" is 新收 + 上年结转: only its other
 *    readings were left to compare (≈60 false warnings and errors);
 *  - a typo in the page's other table 三 (本级 beside 全区) whose figures the text restates: it was
 *    then compared with the report's 全区 table (≈58 false errors on two pages).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';
import { tableResolver } from '../../lib/grid/aria-tables.ts';
import { correctedFigures, corrections } from '../../lib/narrative/table-suspects.ts';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { parseHTML } from 'linkedom';
import type { CellRef, Finding } from '../../lib/types.ts';

const at = (table: number, row: number, col: number): CellRef => ({ table, row, col });
const ruleFinding = (suspect: CellRef | null, expected: number, actual: number, rule = 't3.row-total', cells: CellRef[] = []): Finding => ({
  rule, severity: 'error', message: '', cells, suspect, quote: null, expected, actual,
});

describe('correctedFigures: the figures as the table rules would correct the cells they doubt', () => {
  const set = {
    figures: { 't3.carried.total': 3, 't3.new.total': 52, 't3.denied.total': 6 },
    refs: { 't3.carried.total': at(1, 4, 9), 't3.new.total': at(1, 3, 9) },
    partRefs: { 't3.denied.total': [at(1, 7, 9), at(1, 8, 9), at(1, 9, 9)] },
  };
  it.each([
    ['a suspect cell takes its proposed value', [ruleFinding(at(1, 4, 9), 2, 3)], { ...set.figures, 't3.carried.total': 2 }],
    ['a group with no cell of its own changes with its doubted item', [ruleFinding(at(1, 8, 9), 0, 1)], { ...set.figures, 't3.denied.total': 5 }],
    ['a cell no figure stands in changes nothing', [ruleFinding(at(1, 20, 9), 0, 1)], null],
    ['no doubted cell, nothing to correct', [], null],
    // t4.group-total names no suspect: its 总计 is doubted against its parts, said by againstDoubtedTotals
    ['a 总计 doubted against its parts is not corrected here', [ruleFinding(null, 2, 3, 't4.group-total', [at(1, 4, 9)])], null],
    // two rules proposing two values: which is right is not known
    ['two proposals for one cell leave it as printed', [ruleFinding(at(1, 4, 9), 2, 3), ruleFinding(at(1, 4, 9), 1, 3, 't3.balance')], null],
  ])('%s', (_, findings, want) => {
    expect(correctedFigures(set, corrections(findings))).toEqual(want);
  });
});

describe('the text against tables whose cells the rules doubt', () => {
  const figures = { 't3.new.total': 52, 't3.carried.total': 3, 't3.processed.total': 51, 't3.carriedForward.total': 3 };
  const run = (text: string, corrected: Record<string, number> | null) => {
    const { document } = parseHTML(`<!DOCTYPE html><html><body><div><p>${text}</p></div></body></html>`);
    return checkNarrative({
      container: document.body, exclude: [], figures, figureRefs: { 't3.carried.total': at(1, 4, 9), 't3.new.total': at(1, 3, 9) }, year: 2022,
      correctedFigures: corrected,
    }).findings.filter((f) => f.rule === 'text.vs-table').map((f) => `${f.severity} ${f.expected}/${f.actual}`);
  };
  const fixed = { ...figures, 't3.carried.total': 2 };
  it('54 = 新收 52 + 上年结转 2, where the table says 3 and the rules 2: a note, not a warning against the text', () => {
    expect(run('2022年，全县共受理政府信息公开申请54件。', null)).toEqual(['warning 52/54']);
    expect(run('2022年，全县共受理政府信息公开申请54件。', fixed)).toEqual(['info 55/54']);
  });
  it('a text that fits neither the table nor its correction is still flagged', () => {
    expect(run('2022年，全县共受理政府信息公开申请57件。', fixed)).toEqual(['error 52/57']);
  });
});

/** One cell of a fixture page changed in place, its markup kept, and the page analysed. */
function withTypo(file: string, ref: CellRef, to: string) {
  const doc = parsePage(decodeHtml(readFileSync(new URL(`../fixtures/${file}`, import.meta.url))).text);
  const url = `https://www.example.gov.cn/${file.split('/').pop()}`;
  const cell = parseGrid(tableResolver(doc)(ref.table)!, ref.table).slots[ref.row]![ref.col]!.el;
  const walker = doc.createTreeWalker(cell, 4 /* SHOW_TEXT */);
  let node = walker.nextNode() as Text | null;
  while (node && !/\d/.test(node.data)) node = walker.nextNode() as Text | null;
  const before = analyzeDocument(doc, { url }).findings;
  const was = node!.data;
  node!.data = was.replace(/\d+/, to);
  return { before, after: analyzeDocument(doc, { url }).findings, was: was.trim() };
}
const flagged = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');
const same = (a: CellRef | null, b: CellRef) => !!a && a.table === b.table && a.row === b.row && a.col === b.col;

describe('a typo in a table cell the text restates: the table is flagged, the text is not', () => {
  it.each([
    // 「（三）不予公开 2.其他法律行政法规禁止公开」总计 0 → 1; the text: 不予公开5件 (no subtotal row)
    ['redteam11/34-js-nt-2024-zengzhang.html', at(4, 8, 9), '1', '0'],
    // 上年结转 总计 2 → 3; the text: 全县共受理政府信息公开申请54件，含上年结转2件
    ['pages/qizhong-results-2022.html', at(1, 4, 9), '3', '2'],
    // the 本级 table 三 (the page's other one): 本年新收 总计 112 → 113; the text: 共新收政府信息公开申请112件
    ['pages/two-t3-benji-prose-2024.html', at(4, 3, 9), '113', '112'],
  ])('%s %j → %s', (file, ref, to, was) => {
    const { before, after, was: printed } = withTypo(file, ref, to);
    expect(printed).toBe(was);
    expect(flagged(before)).toEqual([]);
    const errors = flagged(after);
    expect(errors.length).toBeGreaterThan(0);
    // every finding is the table's, names the changed cell, and proposes what was printed
    for (const f of errors) {
      expect(f.rule).toMatch(/^t3\./);
      expect(same(f.suspect, ref)).toBe(true);
      expect(f.expected).toBe(Number(was));
    }
  });

  it('the sentence is kept as a note that says the table is the likelier slip, pointing at the group\'s cells', () => {
    const { after } = withTypo('redteam11/34-js-nt-2024-zengzhang.html', at(4, 8, 9), '1');
    const notes = after.filter((f) => f.rule === 'text.vs-table');
    expect(notes.map((f) => `${f.severity} ${f.quote} ${f.expected}/${f.actual}`)).toEqual(['info 不予公开5件 6/5']);
    expect(notes[0]!.message).toContain('出错的更可能是表格');
    expect(notes[0]!.cells.some((c) => same(c, at(4, 8, 9)))).toBe(true);
  });
});
