// @vitest-environment node
/**
 * Blank totals on one line of a table are one finding (lib/rules/blank-total-groups.ts): a 总计
 * column left blank row after row is one gap the reader sees, said once with each row's parts' sum
 * and every blank cell in its cells; a blank total alone keeps its own message. Pages: the
 * consistent 2021 fixture (word-2021-consistent) with cells emptied.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { parseGrid } from '../../lib/grid/parse-grid.ts';
import { problemsOf } from '../../lib/report/verdict.ts';
import { blankTotalFindings, lineOf, type BlankTotal } from '../../lib/rules/blank-total-groups.ts';
import { RULES } from '../../lib/rules/registry.ts';
import type { Term } from '../../lib/rules/instances.ts';
import type { CellRef, Figure } from '../../lib/types.ts';

const page = (name: string) => decodeHtml(readFileSync(`test/fixtures/pages/${name}.html`)).text;
const HTML = page('word-2021-consistent');
const URL_ = { url: 'https://www.example.gov.cn/nb2021.html' };
const whole = analyzeDocument(parsePage(HTML), URL_);
const refOf = (k: string): CellRef => whole.figureRefs[k]!;

/** the page with the cells of these figures emptied */
function emptied(keys: readonly string[], html = HTML) {
  const refs = html === HTML ? whole.figureRefs : analyzeDocument(parsePage(html), URL_).figureRefs;
  const doc = parsePage(html);
  const tables = doc.querySelectorAll('table');
  for (const k of keys) {
    const ref = refs[k]!;
    const cell = parseGrid(tables[ref.table]!, ref.table).slots[ref.row]![ref.col]!.el;
    cell.textContent = '';
  }
  return analyzeDocument(doc, URL_);
}
const blanks = (a: ReturnType<typeof emptied>) => a.findings.filter((f) => f.rule === 'table.blank-total');
const key = (r: CellRef) => `${r.table}:${r.row}:${r.col}`;
const APPLICANTS = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg'];
/** every check still counted: a blank total is one that could not be done, not one fewer */
const CHECKS = whole.checks.passed + whole.checks.failed + whole.checks.skipped;

describe('blank totals on one line of a table: one finding', () => {
  it('the page as published has every total and raises nothing', () => {
    expect(whole.findings).toEqual([]);
    expect(whole.checks.skipped).toBe(0);
  });

  it('a 总计 column left blank in five rows: one warning naming the rows and their sums, every cell in it', () => {
    const rows = ['granted', 'partial', 'denied.threeSecurity', 'denied.thirdParty', 'unable.noInfo'];
    const a = emptied(rows.map((r) => `t3.${r}.total`));
    const b = blanks(a);
    expect(b).toHaveLength(1);
    expect(b[0]!.severity).toBe('warning');
    expect(b[0]!.suspect).toBeNull();
    expect(b[0]!.message).toBe(
      '表三「总计」一列有5处空白：「（一）予以公开」、「（二）部分公开」、「（三）不予公开3.危及“三安全一稳定”」等5处' +
        '（各行分项之和分别为32、7、1等）：合计缺失，不是算术错误，但这些合计未填写',
    );
    // the blank totals first (where the panel scrolls to), then each row's parts, each once
    const cells = b[0]!.cells.map(key);
    expect(cells.slice(0, 5)).toEqual(rows.map((r) => key(refOf(`t3.${r}.total`))));
    expect(new Set(cells.slice(5))).toEqual(new Set(rows.flatMap((r) => APPLICANTS.map((c) => key(refOf(`t3.${r}.${c}`))))));
    expect(cells).toHaveLength(5 + 5 * 6);
    // one problem for the badge and the collection, and every blank total still one skipped check
    expect(problemsOf(b)).toBe(1);
    expect(a.checks.skipped).toBeGreaterThanOrEqual(5);
    expect(a.checks.passed + a.checks.failed + a.checks.skipped).toBe(CHECKS);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(a.figures['t3.granted.total']).toBeNull();
  });

  it('lists every row, without 等, when there are no more than four', () => {
    const b = blanks(emptied(['t3.granted.total', 't3.unable.noInfo.total']));
    expect(b).toHaveLength(1);
    expect(b[0]!.message).toBe(
      '表三「总计」一列有2处空白：「（一）予以公开」、「（四）无法提供1.本机关不掌握相关政府信息」（各行分项之和分别为32、12）：合计缺失，不是算术错误，但这些合计未填写',
    );
  });

  it('one blank total: its own finding, as before', () => {
    const b = blanks(emptied(['t3.granted.total']));
    expect(b).toHaveLength(1);
    expect(b[0]!.message).toBe('「（一）予以公开」总计为空：合计缺失，其分项之和为32（不是算术错误，但该合计未填写）');
    expect(b[0]!.cells.map(key)).toEqual(['total', ...APPLICANTS].map((c) => key(refOf(`t3.granted.${c}`))));
  });

  it('a blank 总计 column and a blank （七）总计 row: two findings, one a column, one a row', () => {
    const column = ['granted', 'partial', 'denied.thirdParty'].map((r) => `t3.${r}.total`);
    const row = APPLICANTS.map((c) => `t3.processed.${c}`);
    const a = emptied([...column, ...row]);
    const b = blanks(a);
    // 科研机构 and 社会公益组织 have no application: their blank （七）总计 misses nothing
    expect(b.map((f) => f.message.replace(/：.*/, ''))).toEqual(['表三「（七）总计」一行有4处空白', '表三「总计」一列有3处空白']);
    expect(b[0]!.message).toMatch(/^表三「（七）总计」一行有4处空白：「自然人」、「商业企业」、「法律服务机构」、「其他（法人或其他组织）」（各列分项之和分别为57、3、2、1）：合计缺失/);
    expect(b[1]!.message).toMatch(/：「（一）予以公开」、「（二）部分公开」、「（三）不予公开4\.保护第三方合法权益」（各行分项之和分别为32、7、2）：合计缺失/);
    const missing = row.filter((k) => !/research|social/.test(k));
    expect(b[0]!.cells.slice(0, 4).map(key)).toEqual(missing.map((k) => key(refOf(k))));
    expect(b[1]!.cells.slice(0, 3).map(key)).toEqual(column.map((k) => key(refOf(k))));
    expect(problemsOf(b)).toBe(2);
    expect(a.checks.passed + a.checks.failed + a.checks.skipped).toBe(CHECKS);
  });

  it('a table 三 on its side: the 总计 the format has as a column is a row of the page, and is said so', () => {
    const html = page('t3-transposed-2022');
    const a = emptied(['t3.granted.total', 't3.partial.total'], html);
    const b = blanks(a);
    expect(b).toHaveLength(1);
    expect(b[0]!.message).toMatch(/^表三「总计」一行有2处空白：「（一）予以公开」、「（二）部分公开」（各列分项之和分别为\d+、\d+）：合计缺失/);
    const rows = new Set(b[0]!.cells.slice(0, 2).map((c) => c.row));
    expect(rows.size).toBe(1);
  });

  it('table 四\'s group totals lie on no common line: each blank one stays its own finding', () => {
    const b = blanks(emptied(['t4.review.total', 't4.suitDirect.total']));
    const f = whole.figures;
    const sum = (g: string) => ['upheld', 'corrected', 'other', 'pending'].reduce((s, i) => s + (f[`t4.${g}.${i}`] ?? 0), 0);
    expect(sum('review')).toBeGreaterThan(0);
    expect(sum('suitDirect')).toBeGreaterThan(0);
    expect(b.map((x) => x.message)).toEqual([
      `行政复议「总计」为空：合计缺失，其分项之和为${sum('review')}（不是算术错误，但该合计未填写）`,
      `行政诉讼（未经复议直接起诉）「总计」为空：合计缺失，其分项之和为${sum('suitDirect')}（不是算术错误，但该合计未填写）`,
    ]);
  });
});

describe('lineOf and blankTotalFindings on instances', () => {
  const rule = RULES.find((r) => r.id === 't2.block-total')!;
  const fig = (row: number, col: number, value: number | null): Figure => ({ value, blank: value === null, decimals: 0, raw: value === null ? '' : String(value), ref: { table: 0, row, col } });
  const term = (name: string, figure: Figure, isTotal: boolean, place?: { row: string; col: string }): Term => ({ name, figure, isTotal, ...(place ? { place } : {}) });
  /** a blank cell of table 二's 合计 row (row `at`) under items in the two rows above it, per column */
  const t2Blank = (col: number, colName: string, a: number, b: number, at = 5): BlankTotal => {
    const total = term(`表二「合计」的${colName}`, fig(at, col, null), true, { row: '合计', col: colName });
    return {
      term: total,
      instance: {
        rule, scope: `表二「合计」（${colName}）`, where: ['page', `表二「合计」（${colName}）`], table: 0, lhs: [total],
        rhs: [term('a', fig(at - 2, col, a), false, { row: '规章', col: colName }), term('b', fig(at - 1, col, b), false, { row: '规范性文件', col: colName })],
      },
    };
  };

  it('a 合计 row of table 二 left blank in two columns: one finding for the row', () => {
    const b = [t2Blank(1, '本年制发件数', 2, 5), t2Blank(2, '本年废止件数', 0, 1)];
    expect(lineOf(b[0]!)).toMatchObject({ label: '表二「合计」', item: '本年制发件数', word: '一行' });
    const out = blankTotalFindings(b);
    expect(out.map((o) => o.first)).toEqual([0]);
    expect(out[0]!.finding.message).toBe('表二「合计」一行有2处空白：「本年制发件数」、「本年废止件数」（各列分项之和分别为7、1）：合计缺失，不是算术错误，但这些合计未填写');
    expect(out[0]!.finding.cells.slice(0, 2)).toEqual([{ table: 0, row: 5, col: 1 }, { table: 0, row: 5, col: 2 }]);
  });

  it('a total with no place, or parts that run neither along its row nor down its column, stands alone', () => {
    const bare = t2Blank(1, '本年制发件数', 2, 5);
    const noPlace: BlankTotal = { ...bare, term: { ...bare.term, place: undefined } as Term };
    expect(lineOf(noPlace)).toBeNull();
    const scattered = t2Blank(2, '本年废止件数', 0, 1);
    scattered.instance.rhs[1]!.figure = fig(4, 7, 1);
    expect(lineOf(scattered)).toBeNull();
    const out = blankTotalFindings([noPlace, scattered, t2Blank(3, '现行有效件数', 4, 4)]);
    expect(out.map((o) => [o.first, o.finding.message.slice(0, 14)])).toEqual([
      [0, '表二「合计」的本年制发件数为'],
      [1, '表二「合计」的本年废止件数为'],
      [2, '表二「合计」的现行有效件数为'],
    ]);
  });

  it('two 合计 rows of table 二 (two blocks) are two lines', () => {
    const out = blankTotalFindings([t2Blank(1, '本年制发件数', 2, 5), t2Blank(2, '本年废止件数', 0, 1), t2Blank(1, '本年制发件数', 1, 1, 9), t2Blank(2, '本年废止件数', 3, 0, 9)]);
    expect(out.map((o) => o.first)).toEqual([0, 2]);
    expect(out.map((o) => o.finding.message)).toEqual([
      '表二「合计」一行有2处空白：「本年制发件数」、「本年废止件数」（各列分项之和分别为7、1）：合计缺失，不是算术错误，但这些合计未填写',
      '表二「合计」一行有2处空白：「本年制发件数」、「本年废止件数」（各列分项之和分别为2、3）：合计缺失，不是算术错误，但这些合计未填写',
    ]);
    expect(out[1]!.finding.cells.slice(0, 2).map((c) => c.row)).toEqual([9, 9]);
  });
  it('a 总计 column blank in both parts of a table 三 split at a page break (续表): one finding over both', () => {
    const html = page('split-table3-2021');
    const split = analyzeDocument(parsePage(html), URL_);
    expect(split.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const refs = split.figureRefs;
    // one row from each part: the parts are two <table> elements
    const rows = ['granted', 'partial', 'unable.noInfo'];
    const tablesOf = rows.map((r) => refs[`t3.${r}.total`]!.table);
    expect(new Set(tablesOf).size).toBe(2);
    const a = emptied(rows.map((r) => `t3.${r}.total`), html);
    const b = blanks(a);
    expect(b).toHaveLength(1);
    expect(b[0]!.message).toMatch(/^表三「总计」一列有3处空白：/);
    const cellKeys = new Set(b[0]!.cells.map(key));
    for (const r of rows) expect(cellKeys.has(key(refs[`t3.${r}.total`]!))).toBe(true);
    expect(a.checks.passed + a.checks.failed + a.checks.skipped).toBe(split.checks.passed + split.checks.failed + split.checks.skipped);
  });

  it('another table 三 on the page (本级 beside 全区) with its 总计 column blank: named once, "第N个表格（另一张表三）：「总计」…"', () => {
    const html = page('two-t3-benji-first-2023');
    const doc = parsePage(html);
    const before = analyzeDocument(parsePage(html), URL_);
    expect(before.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const own = before.figureRefs['t3.granted.total']!.table;
    // the other table 三: the one before the report's whose rows name the results
    const tables = [...doc.querySelectorAll('table')];
    const otherIndex = tables.findIndex((t, i) => i !== own && /予以公开/.test(t.textContent ?? '') && /本年新收/.test(t.textContent ?? ''));
    expect(otherIndex).toBeGreaterThanOrEqual(0);
    const grid = parseGrid(tables[otherIndex]!, otherIndex);
    const text = (r: number, c: number) => (grid.slots[r]?.[c]?.el.textContent ?? '').replace(/\s+/g, '');
    const width = Math.max(...grid.slots.map((row) => row.length));
    const headerRow = grid.slots.findIndex((row, r) => row.some((_s, c) => text(r, c) === '总计'));
    const totalCol = grid.slots[headerRow]!.findIndex((_s, c) => text(headerRow, c) === '总计');
    const emptiedRows = grid.slots
      .map((row, r) => (/（一）予以公开|（二）部分公开|本年新收/.test(row.slice(0, Math.min(3, width)).map((_s, c) => text(r, c)).join('')) ? r : -1))
      .filter((r) => r > headerRow);
    expect(emptiedRows).toHaveLength(3);
    for (const r of emptiedRows) grid.slots[r]![totalCol]!.el.textContent = '';
    const a = analyzeDocument(doc, URL_);
    const b = blanks(a);
    expect(b).toHaveLength(1);
    expect(b[0]!.message).toMatch(new RegExp(`^第${otherIndex + 1}个表格（另一张表三）：「总计」一列有3处空白：`));
    expect(b[0]!.message).not.toMatch(/表三）：表三/);
    // the report's own table is untouched: its figures and checks hold
    expect(a.figures['t3.granted.total']).toBe(before.figures['t3.granted.total']);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
