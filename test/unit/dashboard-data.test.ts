// @vitest-environment happy-dom
// The dashboard's pure parts: CSV export, the list's search/filters/sort, the chart data, the
// tables 二/三/四 layout of a stored report, and the windowing arithmetic.
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_FIXED_COLUMNS, csvText, figureColumns, reportsToCsv } from '../../lib/collect/csv.ts';
import { carryOverFlags, DEFAULT_SORT, facets, filterRows, NO_FILTER, sortRows, toRow } from '../../lib/collect/list-query.ts';
import { bodyHistory, bodyGroupOf, niceAxis, ruleSpread } from '../../lib/collect/chart-data.ts';
import { looseFigures, splitFigureName, tableLayouts } from '../../lib/collect/figure-layout.ts';
import { visibleRange } from '../../components/dashboard/report-table.tsx';
import { carryTags } from '../../components/dashboard/carry-tag.tsx';
import { describe as describeChart, fitLabel } from '../../components/dashboard/charts.tsx';
import { makeRecord, recordOf } from './dashboard-fake.ts';
import type { FindingOut } from '../../lib/report/schema.ts';
import { summarize } from '../../lib/collect/record.ts';

const finding = (rule: string, severity: FindingOut['severity'] = 'error'): FindingOut => ({ rule, severity, message: rule, cells: [], suspect: null, quote: null });

/** RFC 4180 reader, to check what a spreadsheet would see (quotes, commas and newlines in fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('reportsToCsv', () => {
  const a = makeRecord({
    id: 'https://a.gov.cn/1', url: 'https://a.gov.cn/1', body: '云溪区人民政府', year: 2021, title: '年报, "2021" 版\n第二行',
    figures: { 't3.new.total': 56, 't2.regulations.change': -3, 't3.carried.total': null },
  });
  const b = makeRecord({ id: 'https://b.gov.cn/2', url: 'https://b.gov.cn/2', body: '=HYPERLINK("http://evil")', year: 2020, figures: { 't4.review.total': 2, 't3.new.total': 7 } });
  const csv = reportsToCsv([a, b]);
  const rows = parseCsv(csv.slice(1));

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(4); // header, two rows, and the last CRLF
    expect(csv.slice(1, 3)).toBe('id');
  });

  it('has the descriptive columns first, then the union of figure names in the template order', () => {
    expect(rows[0]!.slice(0, CSV_FIXED_COLUMNS.length)).toEqual([...CSV_FIXED_COLUMNS]);
    expect(rows[0]!.slice(CSV_FIXED_COLUMNS.length)).toEqual(['t2.regulations.change', 't3.new.total', 't3.carried.total', 't4.review.total']);
    expect(figureColumns([b, a])).toEqual(figureColumns([a, b]));
  });

  it('quotes commas, quotes and newlines so the title stays one field', () => {
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows).toHaveLength(3);
    expect(rows[1]![col('title')]).toBe('年报, "2021" 版\n第二行');
    expect(rows[1]![col('t3.new.total')]).toBe('56');
    expect(rows[1]![col('t3.carried.total')]).toBe(''); // blank cell
    expect(rows[1]![col('t4.review.total')]).toBe(''); // figure this report does not have
    expect(rows[2]![col('year')]).toBe('2020');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not negative numbers', () => {
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows[2]![col('body')]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[1]![col('t2.regulations.change')]).toBe('-3');
    for (const s of ['+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvText(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvText('云溪区')).toBe('云溪区');
  });

  it('writes a header only for an empty collection', () => {
    expect(reportsToCsv([])).toBe(CSV_BOM + CSV_FIXED_COLUMNS.join(',') + '\r\n');
  });
});

describe('the list: rows, search, filters, sort', () => {
  const records = [
    makeRecord({ id: 'u1', url: 'https://www.yunxi.gov.cn/a', body: '广州市云溪区人民政府', region: '广州市云溪区', year: 2021, problems: 2, verdict: 'problems', lastSeen: '2026-03-01T00:00:00Z', figures: { 't3.new.total': 56, 't3.processed.total': 57, 't3.granted.total': 35, 't4.suitDirect.total': 1, 't4.suitAfterReview.total': 2 } }),
    makeRecord({ id: 'u2', url: 'https://www.yunxi.gov.cn/b', body: '广州市云溪区人民政府', region: '广州市云溪区', year: 2020, template: '2019', lastSeen: '2026-02-01T00:00:00Z', figures: { 't3.new.total': 50, 't3.processed.total': 0, 't3.granted.total': 0 } }),
    makeRecord({ id: 'u3', url: 'https://zj.gov.cn/c', body: '浙江省财政厅', title: '浙江省财政厅2021年政府信息公开工作年度报告', region: '浙江省', year: 2021, lastSeen: '2026-01-01T00:00:00Z', figures: { 't3.new.total': 3 } }),
    makeRecord({ id: 'u4', url: 'https://x.gov.cn/d', body: null, title: null, year: null, template: null, verdict: 'unchecked', lastSeen: '2026-04-01T00:00:00Z' }),
  ];
  const rows = records.map(summarize).map(toRow);

  it('derives the key figures: 予以公开 share of 办结, 诉讼 = both groups', () => {
    expect(rows[0]).toMatchObject({ newTotal: 56, processed: 57, suit: 3, review: null, problems: 2 });
    expect(rows[0]!.grantedShare).toBeCloseTo(35 / 57);
    expect(rows[1]!.grantedShare).toBeNull(); // 办结 0: no share
    expect(rows[2]).toMatchObject({ processed: null, suit: null });
  });

  it('searches body, title and URL, every word', () => {
    const ids = (q: string) => filterRows(rows, { ...NO_FILTER, query: q }).map((r) => r.id);
    expect(ids('云溪')).toEqual(['u1', 'u2']);
    expect(ids('ZJ.GOV')).toEqual(['u3']);
    expect(ids('年度报告 浙江')).toEqual(['u3']);
    expect(ids('云溪 浙江')).toEqual([]);
    expect(ids('  ')).toHaveLength(4);
  });

  it('filters by year, template, findings and region', () => {
    const ids = (f: Partial<typeof NO_FILTER>) => filterRows(rows, { ...NO_FILTER, ...f }).map((r) => r.id);
    expect(ids({ year: 2021 })).toEqual(['u1', 'u3']);
    expect(ids({ template: '2019' })).toEqual(['u2']);
    expect(ids({ findings: 'with' })).toEqual(['u1']);
    expect(ids({ findings: 'without' })).toEqual(['u2', 'u3', 'u4']);
    expect(ids({ region: '浙江省', year: 2021 })).toEqual(['u3']);
  });

  it('sorts by any column, blanks last either way, newest first on ties', () => {
    const ids = (key: Parameters<typeof sortRows>[1]['key'], dir: 'asc' | 'desc') => sortRows(rows, { key, dir }).map((r) => r.id);
    expect(ids('newTotal', 'desc')).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(ids('newTotal', 'asc')).toEqual(['u3', 'u2', 'u1', 'u4']);
    expect(ids('year', 'asc')).toEqual(['u2', 'u1', 'u3', 'u4']); // u1 and u3 tie: newer u1 first
    expect(ids('verdict', 'asc')).toEqual(['u1', 'u4', 'u2', 'u3']); // problems, unchecked, ok
    expect(ids('body', 'asc')[0]).toBe('u1'); // 广 (guang) before 浙 (zhe) in pinyin
    expect(ids('body', 'asc').at(-1)).toBe('u4');
    expect(sortRows(rows, DEFAULT_SORT).map((r) => r.id)).toEqual(['u4', 'u1', 'u2', 'u3']);
  });

  it("sorted by body or region, one body's reports by year, newest first, not by the day each was opened (ux86)", () => {
    // opened in the order 2019, 2021, 2023, 2020, 2022 (as a reader collecting the odd years first would)
    const seen = [2019, 2021, 2023, 2020, 2022].map((year, i) =>
      toRow(summarize(makeRecord({ id: `b${year}`, url: `https://czj.gov.cn/${year}`, body: '北碚区财政局', region: '北碚区', year, lastSeen: `2026-11-0${i + 1}T00:00:00.000Z` }))));
    const other = toRow(summarize(makeRecord({ id: 'a', url: 'https://a.gov.cn/', body: '安岳县人民政府', region: '安岳县', year: 2024 })));
    const blank = toRow(summarize(makeRecord({ id: 'bn', url: 'https://czj.gov.cn/x', body: '北碚区财政局', region: '北碚区', year: null, lastSeen: '2026-12-01T00:00:00.000Z' })));
    for (const key of ['body', 'region'] as const) {
      expect(sortRows([...seen, blank, other], { key, dir: 'asc' }).map((r) => r.id)).toEqual(['a', 'b2023', 'b2022', 'b2021', 'b2020', 'b2019', 'bn']);
      expect(sortRows([other, blank, ...seen], { key, dir: 'desc' }).map((r) => r.id)).toEqual(['b2023', 'b2022', 'b2021', 'b2020', 'b2019', 'bn', 'a']);
    }
    // other columns keep the last seen first on ties
    expect(sortRows(seen, { key: 'verdict', dir: 'asc' }).map((r) => r.id)).toEqual(['b2022', 'b2020', 'b2023', 'b2021', 'b2019']);
  });

  it('offers the years, templates and regions present', () => {
    expect(facets(rows)).toEqual({ years: [2021, 2020], templates: ['2019', '2021'], regions: ['广州市云溪区', '浙江省'] });
  });

  it('filters and sorts 5,000 rows', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      toRow(summarize(makeRecord({ id: `r${i}`, url: `https://s${i % 50}.gov.cn/${i}`, body: `单位${i % 700}`, year: 2019 + (i % 6), problems: i % 3, figures: { 't3.new.total': (i * 7919) % 1000 } }))),
    );
    const out = sortRows(filterRows(many, { ...NO_FILTER, query: '单位1', findings: 'with' }), { key: 'newTotal', dir: 'desc' });
    expect(out.length).toBeGreaterThan(100);
    expect(out.every((r, i) => i === 0 || (out[i - 1]!.newTotal ?? 0) >= (r.newTotal ?? 0))).toBe(true);
    expect(out.every((r) => r.problems > 0 && r.haystack.includes('单位1'))).toBe(true);
  });
});

describe('carryOverFlags', () => {
  const s = (id: string, year: number | null, figures: Record<string, number | null>, extra: Partial<Parameters<typeof makeRecord>[0]> = {}) =>
    summarize(makeRecord({ id, year, bodyKey: 'k@yunxi.gov.cn', figures, ...extra }));
  it("marks a report whose 上年结转 total is not last year's 结转下年度 total of the same body", () => {
    const flags = carryOverFlags([
      s('a2020', 2020, { 't3.carriedForward.total': 4 }),
      s('a2021', 2021, { 't3.carried.total': 6, 't3.carriedForward.total': 5 }),
      s('a2022', 2022, { 't3.carried.total': 5 }), // follows on: silent
      s('b2022', 2022, { 't3.carried.total': 9 }, { bodyKey: 'other' }), // no 2021 of its body: silent
      s('a2019', 2019, { 't3.carriedForward.total': null }),
      s('x2020', 2020, { 't3.carried.total': null }, { bodyKey: 'x' }), // blank: says nothing (its own body: beside a2020 it would be a second 2020 report)
    ]);
    expect([...flags]).toEqual([['a2021', { otherId: 'a2020', otherYear: 2020, expected: 4, actual: 6 }]]);
  });
  it('follows the user\'s correction of the body, and the newest sighting of last year', () => {
    // one report of 2020 reached from two addresses (same content): the newer sighting is last year's
    const flags = carryOverFlags([
      s('old', 2020, { 't3.carriedForward.total': 4 }, { lastSeen: '2026-01-01T00:00:00Z', fingerprint: 'fp-2020' }),
      s('new', 2020, { 't3.carriedForward.total': 4 }, { lastSeen: '2026-02-01T00:00:00Z', fingerprint: 'fp-2020' }),
      s('now', 2021, { 't3.carried.total': 6 }),
      s('moved', 2021, { 't3.carried.total': 1 }, { bodyKeyOverride: 'elsewhere' }),
    ]);
    expect(flags.get('now')).toMatchObject({ otherId: 'new', expected: 4 });
    expect(flags.has('moved')).toBe(false);
  });

  // The detail view compares nothing where a year holds two different reports of the body
  // (crossYearSkips says so); the list's mark, counted in 上年结转不衔接, must not say otherwise.
  // Before, the newest of two different 2020 reports was taken as last year's and 'now' was marked.
  it('marks nothing where last year or this year holds two different reports of the body', () => {
    const twoLast = carryOverFlags([
      s('report', 2020, { 't3.carriedForward.total': 6 }, { lastSeen: '2026-01-01T00:00:00Z' }),
      s('correction', 2020, { 't3.carriedForward.total': 4 }, { lastSeen: '2026-02-01T00:00:00Z' }),
      s('now', 2021, { 't3.carried.total': 6 }),
    ]);
    expect(twoLast.size).toBe(0);
    const twoNow = carryOverFlags([
      s('last', 2020, { 't3.carriedForward.total': 4 }),
      s('now', 2021, { 't3.carried.total': 6 }),
      s('office', 2021, { 't3.carried.total': 4 }),
    ]);
    expect(twoNow.size).toBe(0);
    // a copy of this year's report (same content) is no second report
    const copy = carryOverFlags([
      s('last', 2020, { 't3.carriedForward.total': 4 }),
      s('now', 2021, { 't3.carried.total': 6 }, { fingerprint: 'fp-2021' }),
      s('now-copy', 2021, { 't3.carried.total': 6 }, { fingerprint: 'fp-2021' }),
    ]);
    expect([...copy.keys()].sort()).toEqual(['now', 'now-copy']);
  });

  // ux69: the list's tag marks both years of a pair, as the counts do; a year that follows on has none
  it('tags both years of a pair, a year between two mismatches once with both, a year that follows on not at all', () => {
    const tags = carryTags(carryOverFlags([
      s('a2020', 2020, { 't3.carriedForward.total': 4 }),
      s('a2021', 2021, { 't3.carried.total': 6, 't3.carriedForward.total': 5 }),
      s('a2022', 2022, { 't3.carried.total': 7, 't3.carriedForward.total': 3 }),
      s('a2023', 2023, { 't3.carried.total': 3 }), // follows on: untagged
    ]));
    expect([...tags.keys()].sort()).toEqual(['a2020', 'a2021', 'a2022']);
    expect(tags.get('a2020')).toEqual([{ otherId: 'a2021', otherYear: 2021, expected: 6, actual: 4, direction: 'next' }]);
    expect(tags.get('a2021')).toEqual([
      { otherId: 'a2020', otherYear: 2020, expected: 4, actual: 6, direction: 'last' },
      { otherId: 'a2022', otherYear: 2022, expected: 7, actual: 5, direction: 'next' },
    ]);
    expect(tags.get('a2022')).toEqual([{ otherId: 'a2021', otherYear: 2021, expected: 5, actual: 7, direction: 'last' }]);
    // two copies of next year's report: one mismatch on last year's tag
    const copies = carryTags(carryOverFlags([
      s('last', 2020, { 't3.carriedForward.total': 4 }),
      s('now', 2021, { 't3.carried.total': 6 }, { fingerprint: 'fp-2021' }),
      s('now-copy', 2021, { 't3.carried.total': 6 }, { fingerprint: 'fp-2021' }),
    ]));
    expect(copies.get('last')).toHaveLength(1);
  });

  it('marks nothing between two regions\' or two subsites\' bodies that share a key', () => {
    const gangu = s('gangu', 2020, { 't3.carriedForward.total': 4 }, { region: '甘谷县', site: 'gangu.tianshui.gov.cn' });
    expect(carryOverFlags([gangu, s('qinan', 2021, { 't3.carried.total': 6 }, { region: '秦安县' })]).size).toBe(0);
    // the subsites alone tell them apart too
    expect(carryOverFlags([gangu, s('qinan', 2021, { 't3.carried.total': 6 }, { site: 'qinan.tianshui.gov.cn' })]).size).toBe(0);
    // and the same body on its own host is marked
    expect([...carryOverFlags([gangu, s('gangu21', 2021, { 't3.carried.total': 6 }, { region: '天水市甘谷县', site: 'gangu.tianshui.gov.cn' })]).keys()]).toEqual(['gangu21']);
  });
});

describe('chart data', () => {
  const y = (year: number, figures: Record<string, number | null>, extra: object = {}) =>
    makeRecord({ id: `y${year}${JSON.stringify(extra)}`, year, bodyKey: '云溪区@yunxi.gov.cn', figures, ...extra });

  it("gives a body's figures year by year, oldest first, the latest sighting for a year collected twice", () => {
    const points = bodyHistory(
      ([
        y(2021, { 't3.new.total': 56, 't3.processed.total': 50, 't3.granted.total': 25, 't4.review.total': 4, 't4.review.corrected': 1 }),
        y(2020, { 't3.new.total': 40 }),
        y(2020, { 't3.new.total': 41 }, { lastSeen: '2026-05-01T00:00:00Z' }),
        y(2019, { 't3.new.total': 9 }, { bodyKeyOverride: 'another' }),
        makeRecord({ id: 'other', year: 2019, bodyKey: 'x@y', figures: { 't3.new.total': 1 } }),
      ]).map(summarize),
      '云溪区@yunxi.gov.cn',
    );
    expect(points.map((p) => [p.year, p.newTotal])).toEqual([[2020, 41], [2021, 56]]);
    expect(points[1]).toMatchObject({ grantedShare: 50, reviewCorrectedRate: 25, suit: null, suitCorrectedRate: null });
  });

  it('groups a record without a body key on its own', () => {
    expect(bodyGroupOf(summarize(makeRecord({ id: 'a' })))).toBe('id:a');
    expect(bodyGroupOf(summarize(makeRecord({ id: 'a', bodyKey: 'k', bodyKeyOverride: 'o' })))).toBe('o');
  });

  it('counts findings per rule, leaving info out, most frequent first', () => {
    const spread = ruleSpread(
      [
        makeRecord({ id: 'a', findings: [finding('t3.balance'), finding('t3.balance'), finding('text.vs-table', 'warning'), finding('table.blanks-as-zero', 'info')] }),
        makeRecord({ id: 'b', findings: [finding('t3.balance')] }),
        makeRecord({ id: 'c' }),
      ].map(summarize),
    );
    expect(spread).toEqual([
      { rule: 't3.balance', findings: 3, reports: 2 },
      { rule: 'text.vs-table', findings: 1, reports: 1 },
    ]);
  });

  it('makes round axes', () => {
    expect(niceAxis(57)).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
    expect(niceAxis(100)).toEqual({ max: 100, ticks: [0, 50, 100] });
    expect(niceAxis(0.8).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceAxis(3, 4, true).ticks).toEqual([0, 1, 2, 3]);
    expect(niceAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('reads its numbers out for a screen reader', () => {
    expect(describeChart(['2020', '2021'], [{ key: 'n', label: '新收', values: [50, null] }])).toBe('2020：新收 50；2021：新收 —');
  });
});

describe('tables 二/三/四 from a stored report', () => {
  it('lays out a real page (collect-2021) as the template orders it', () => {
    const r = recordOf('test/e2e/pages/collect-2021.html', 'http://www.yunxi.gov.cn/2021.html');
    const layouts = tableLayouts(r.figures);
    expect(layouts.map((l) => l.table)).toEqual(['t2', 't3', 't4']);
    const t3 = layouts[1]!;
    expect(t3.columns).toEqual(['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total']);
    const keys = t3.rows.map((row) => row.key);
    expect(keys[0]).toBe('new');
    expect(keys.at(-1)).toBe('carriedForward');
    expect(keys.indexOf('denied')).toBeLessThan(keys.indexOf('denied.secret'));
    expect(keys.indexOf('denied.query')).toBeLessThan(keys.indexOf('unable'));
    expect(t3.rows.find((row) => row.key === 'denied.secret')!.depth).toBe(1);
    const newRow = t3.rows.find((row) => row.key === 'new')!;
    expect(newRow.cells.at(-1)).toBe(r.figures['t3.new.total']);
    const t4 = layouts[2]!;
    expect(t4.rows.map((row) => row.key)).toEqual(['review', 'suitDirect', 'suitAfterReview']);
    expect(t4.columns).toEqual(['upheld', 'corrected', 'other', 'pending', 'total']);
  });

  it('tells a blank cell (null) from a cell the page does not have (undefined)', () => {
    const [t2] = tableLayouts({ 't2.regulations.newMade': null, 't2.license.decisions': 4 });
    expect(t2!.columns).toEqual(['newMade', 'decisions']);
    expect(t2!.rows.map((r) => r.cells)).toEqual([[null, undefined], [undefined, 4]]);
  });

  it('keeps names of no table aside, and splits names', () => {
    expect(looseFigures({ 'x.y': 1, 't3.new.total': 2 })).toEqual([['x.y', 1]]);
    expect(splitFigureName('t3.denied.secret.total')).toEqual({ table: 't3', row: 'denied.secret', col: 'total' });
    expect(splitFigureName('t5.a.b')).toBeNull();
  });
});

describe('visibleRange', () => {
  it('renders the rows in view plus the overscan, never past the ends', () => {
    expect(visibleRange(0, 400, 40, 5000, 8)).toEqual({ start: 0, end: 19 });
    expect(visibleRange(40 * 1000, 400, 40, 5000, 8)).toEqual({ start: 992, end: 1019 });
    expect(visibleRange(40 * 4990, 400, 40, 5000, 8)).toEqual({ start: 4982, end: 5000 });
    expect(visibleRange(0, 400, 40, 3, 8)).toEqual({ start: 0, end: 3 });
  });
});

describe('fitLabel (a bar\'s label in the rules chart)', () => {
  it('cuts by width, not by characters: an English rule name is not cut to eleven letters', () => {
    // before: "Table 3 res…", "Text agains…" (the English dashboard's screenshot)
    expect(fitLabel('Table 3 results total')).toBe('Table 3 results total');
    expect(fitLabel('Identical figures across years')).toBe('Identical figures across years');
    expect(fitLabel("Text change against last year's report")).toBe("Text change against last year'…");
    expect(fitLabel('正文较上年增减与上年报告')).toBe('正文较上年增减与上年报告');
    expect(fitLabel('广州市云溪区人民政府办公室政务公开领导小组')).toBe('广州市云溪区人民政府办公室政务…');
  });
});
