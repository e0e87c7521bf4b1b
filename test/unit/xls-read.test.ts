// @vitest-environment node
/**
 * A report's tables published as an Excel 97–2003 workbook (.xls), read by the batch checker
 * (lib/xls): the fixtures LibreOffice wrote from the .xlsx fixtures (test/fixtures/make-xls.mjs)
 * give the HTML their .xlsx twins give and read as the pages those came from; a page with its
 * tables in an .xls beside it reads as with the Word file; what cannot be read (damaged, cut short,
 * encrypted, Excel 5.0/95, a compound file that is no workbook) is said to be so and nothing else
 * is thrown; and the records (SST with CONTINUE, RK, MULRK) on small inputs built by hand.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkFile, decodeHtml, parsePage } from '../../cli/load-page.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { readCfb } from '../../lib/doc/cfb.ts';
import { xlsxToHtml } from '../../lib/xlsx/xlsx-html.ts';
import { readXlsx } from '../../lib/xlsx/unzip.ts';
import { parseXml } from '../../lib/docx/xml-parse.ts';
import { workbookHtml, xlsToHtml, XlsReadError } from '../../lib/xls/xls-html.ts';
import { records, rkNumber, sharedStrings, RT } from '../../lib/xls/biff.ts';

const FIXTURES = join(process.cwd(), 'test/fixtures');
const bytesOf = (dir: string, name: string) => new Uint8Array(readFileSync(join(FIXTURES, dir, name)));

/** What must read the same in a report's .xls and its source: the tables' findings and figures, cells named by their table's role. */
function told(a: ReportAnalysis) {
  const role = (t: number) => (['t2', 't3', 't4'] as const).find((k) => a.tables[k].includes(t)) ?? `other ${t}`;
  const at = (c: { table: number; row: number; col: number } | null) => (c ? { ...c, table: role(c.table) } : null);
  return {
    isReport: a.isReport, year: a.year, agency: a.agency, template: a.template, reason: a.reason, figures: a.figures,
    figureRefs: Object.fromEntries(Object.entries(a.figureRefs).map(([k, c]) => [k, at(c)])),
    findings: a.findings.map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual, suspect: at(f.suspect), cells: f.cells.map(at), quote: f.quote })),
    checks: a.checks,
  };
}

const pageAnalysis = (page: string) => analyzeDocument(parsePage(decodeHtml(readFileSync(join(FIXTURES, 'pages', page))).text), { url: 'https://example.gov.cn/a.html' });
const checked = (dir: string, name: string) => checkBytes(join(FIXTURES, dir, name), bytesOf(dir, name));

/** make-xls.mjs's note, and the one it replaces in wrong-cell-2021.xlsx */
const NOTE = '注：本表由办公室填报，数据截至12月31日。';
const LONG_NOTE = `注：${'本表数据由各承办科室按月报送、办公室汇总核对，统计口径为本年度一月一日至十二月三十一日收到和办结的申请。'.repeat(120)}`;

/** An .xls fixture's .xlsx twin as HTML: the .xlsx fixture (long-note: with its note made long, as make-xls.mjs does). */
function twinHtml(name: string): string {
  const source = name === 'wrong-cell-2021-long-note' ? 'wrong-cell-2021' : name;
  const parts = readXlsx(bytesOf('xlsx', `${source}.xlsx`))!;
  if (source !== name) parts.sharedStrings = parts.sharedStrings!.replace(NOTE, LONG_NOTE);
  return xlsxToHtml(parts, `${name}.xlsx`, parseXml);
}

// [the .xls, the page its .xlsx twin came from, the error and warning rules it raises]
const FILES: [string, string, string[]][] = [
  ['wrong-cell-2021', 'wrong-cell-2021.html', ['t3.results-total', 't3.row-total']],
  ['word-2021-consistent', 'word-2021-consistent.html', []],
  ['wrong-cell-2021-one-sheet', 'wrong-cell-2021.html', ['t3.results-total', 't3.row-total']],
  ['word-2021-consistent-one-sheet', 'word-2021-consistent.html', []],
  ['wrong-cell-2021-long-note', 'wrong-cell-2021.html', ['t3.results-total', 't3.row-total']],
];

describe.each(FILES)('test/fixtures/xls/%s.xls', (name, page, rules) => {
  it('gives the HTML its .xlsx twin gives, and is checked as the twin is', () => {
    const bytes = bytesOf('xls', `${name}.xls`);
    expect(xlsToHtml(bytes, `${name}.xls`)).toBe(twinHtml(name));
    const xls = checked('xls', `${name}.xls`);
    expect(xls.error).toBeUndefined();
    const twin = analyzeDocument(parsePage(twinHtml(name)), { url: 'https://example.gov.cn/a.html' });
    expect(told(xls.analysis!)).toEqual(told(twin));
  });

  it(`reads as ${page}'s tables: the same findings on the same cells, the same figures`, () => {
    const xls = checked('xls', `${name}.xls`).analysis!;
    const source = pageAnalysis(page);
    const tables = (a: ReportAnalysis, cells: boolean) => {
      const t = told(a);
      // the workbook has no text: its text findings and checks are the page's alone; one sheet of three tables numbers its cells otherwise
      return { ...t, checks: undefined, figureRefs: cells ? t.figureRefs : undefined, findings: t.findings.filter((f) => f.quote === null).map((f) => (cells ? f : { ...f, suspect: undefined, cells: undefined })) };
    };
    const cells = !name.includes('one-sheet');
    expect(tables(xls, cells)).toEqual(tables(source, cells));
    expect(Object.keys(xls.figures).length).toBeGreaterThan(30);
    expect(xls.findings.filter((f) => f.severity !== 'info').map((f) => f.rule).sort()).toEqual(rules);
  });
});

/** A fixture's Workbook stream and its records. */
function workbookRecords(name: string) {
  const stream = readCfb(bytesOf('xls', name)).stream('Workbook')!;
  return { stream, list: [...records(stream)] };
}

describe('what the .xls fixtures hold', () => {
  it('a SUM formula with its cached value, a "0.0%" cell read as 61.4%, merges both ways, a hidden sheet not read', () => {
    const { list } = workbookRecords('wrong-cell-2021.xls');
    const formulas = list.filter((r) => r.type === RT.FORMULA);
    expect(formulas.length).toBeGreaterThan(0);
    const html = xlsToHtml(bytesOf('xls', 'wrong-cell-2021.xls'), 'a.xls');
    const body = parsePage(html).body!;
    const tds = Array.from(body.querySelectorAll('td'));
    expect(tds.map((td) => td.textContent)).toContain('61.4%');
    expect(tds.some((td) => Number(td.getAttribute('rowspan')) > 1)).toBe(true);
    expect(tds.some((td) => Number(td.getAttribute('colspan')) > 1)).toBe(true);
    // the hidden sheet: a BOUNDSHEET8 whose state is hidden, its junk (999, <script>) not in the page
    const states = list.filter((r) => r.type === RT.BOUNDSHEET8).map((r) => r.data[4]! & 3);
    expect(states).toContain(1);
    expect(body.textContent).not.toContain('999');
    expect(body.textContent).not.toContain('<script>');
    // a formula's cell holds the total its row sums to (the cached value, not the formula)
    const formulaCells = formulas.map((r) => [r.data[0]! | (r.data[1]! << 8), r.data[2]! | (r.data[3]! << 8)]);
    expect(formulaCells.length).toBeGreaterThan(0);
  });

  it('the long note runs over the SST record into a CONTINUE, and is read whole', () => {
    const { list } = workbookRecords('wrong-cell-2021-long-note.xls');
    const sst = list.findIndex((r) => r.type === RT.SST);
    expect(list[sst + 1]!.type).toBe(RT.CONTINUE);
    const body = parsePage(xlsToHtml(bytesOf('xls', 'wrong-cell-2021-long-note.xls'), 'a.xls')).body!;
    const ps = Array.from(body.querySelectorAll('p'), (p) => p.textContent);
    expect(ps).toContain(LONG_NOTE);
  });

  it('a page whose tables are the .xls beside it is checked with them, as with the Word file', async () => {
    const joined = await checkFile(join(FIXTURES, 'xls/wrong-cell-2021-text.html'));
    const withDocx = await checkFile(join(FIXTURES, 'docx/wrong-cell-2021-text.html'));
    expect(joined.analysis?.readFromFile).toBe(true);
    expect(joined.warnings).toContain('表格读自同一文件夹中的附件“wrong-cell-2021.xls”；附件的表格接在页面上的1个表格之后计数');
    const rules = (a: ReportAnalysis) => a.findings.map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual, quote: f.quote }));
    expect(rules(joined.analysis!)).toEqual(rules(withDocx.analysis!));
    expect(joined.analysis!.figures).toEqual(withDocx.analysis!.figures);
    expect(joined.analysis!.findings.some((f) => f.rule === 't3.row-total' && f.severity === 'error')).toBe(true);
  });

  it('so is a page whose tables are WPS 表格\'s .et beside it (the same workbook format), told by its bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-et-'));
    try {
      const text = readFileSync(join(FIXTURES, 'xls/wrong-cell-2021-text.html'), 'utf8').replaceAll('wrong-cell-2021.xls', 'wrong-cell-2021.et').replaceAll('统计表.xls', '统计表.et');
      writeFileSync(join(dir, 'nb.html'), text);
      writeFileSync(join(dir, 'wrong-cell-2021.et'), bytesOf('xls', 'wrong-cell-2021.xls'));
      const joined = await checkFile(join(dir, 'nb.html'));
      const asXls = await checkFile(join(FIXTURES, 'xls/wrong-cell-2021-text.html'));
      expect(joined.analysis?.readFromFile).toBe(true);
      expect(joined.warnings).toContain('表格读自同一文件夹中的附件“wrong-cell-2021.et”；附件的表格接在页面上的1个表格之后计数');
      const rules = (a: ReportAnalysis) => a.findings.map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual }));
      expect(rules(joined.analysis!)).toEqual(rules(asXls.analysis!));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---- what cannot be read ----

const why = (f: () => unknown): string => {
  try {
    f();
    return 'read';
  } catch (e) {
    return e instanceof XlsReadError ? e.why : `threw ${String(e)}`;
  }
};

/** Where a byte sequence is in the file. */
function find(bytes: Uint8Array, seq: number[], from = 0): number {
  outer: for (let i = from; i + seq.length <= bytes.length; i++) {
    for (let k = 0; k < seq.length; k++) if (bytes[i + k] !== seq[k]) continue outer;
    return i;
  }
  throw new Error(`no ${seq.join(',')}`);
}

/** BIFF8's globals BOF: 0809, length 16, version 0600, dt 0005. */
const GLOBALS_BOF = [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00];
const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);

describe('an .xls that cannot be read', () => {
  const good = bytesOf('xls', 'wrong-cell-2021.xls');
  const bof = find(good, GLOBALS_BOF);

  it('says so by its reason, and the batch checker says it cannot read it', () => {
    // encrypted: the record after the globals' BOF made a FILEPASS (where Excel writes it)
    const encrypted = good.slice();
    encrypted.set([0x2f, 0x00], bof + 20);
    // Excel 5.0/95: BIFF5's version in the BOF, or its stream named Book
    const old = good.slice();
    old.set([0x00, 0x05], bof + 4);
    const book = good.slice();
    const entry = find(book, utf16('Workbook'));
    book.set([...utf16('Book'), 0, 0, 0, 0, 0, 0, 0, 0], entry);
    book.set([10, 0], entry + 0x40);
    const cut = good.slice(0, 9000);
    const noBof = good.slice();
    noBof.set([0x00, 0x00], bof);
    const doc = bytesOf('doc', 'wrong-cell-2021.doc');
    const page = new TextEncoder().encode('<html>not an xls</html>');
    expect([encrypted, old, book, cut, noBof, doc, page].map((b) => why(() => xlsToHtml(b, 'a.xls')))).toEqual(['encrypted', 'old-excel', 'old-excel', 'corrupt', 'corrupt', 'not-excel', 'not-cfb']);
    expect(checkBytes('a.xls', encrypted).error).toBe('Excel 文件（.xls）已加密（设有打开密码），无法检查');
    expect(checkBytes('a.xls', old).error).toMatch(/^Excel 5\.0\/95 格式的旧工作簿：暂不能检查/);
    expect(checkBytes('a.xls', book).error).toMatch(/^Excel 5\.0\/95 格式的旧工作簿：暂不能检查/);
    expect(checkBytes('a.xls', noBof).error).toBe('Excel 文件（.xls）已损坏或不完整，无法读取');
    // a file cut before its directory has no streams to tell it by: its name says which it was meant to be
    expect(checkBytes('a.xls', cut).error).toBe('Excel 文件（.xls）已损坏或不完整，无法读取');
    // WPS 表格's .et is the same workbook format, and is named as what it is
    expect(checkBytes('统计表.et', cut).error).toBe('WPS 表格文件（.et）已损坏或不完整，无法读取');
    expect(checkBytes('统计表.et', encrypted).error).toBe('WPS 表格文件（.et）已加密（设有打开密码），无法检查');
    // a .doc stays a Word document (doc31's reader), whatever its name
    expect(checkBytes('a.xls', doc).analysis?.isReport).toBe(true);
  });

  it('fuzz: random truncations and byte flips never throw anything but XlsReadError, and finish fast', () => {
    let seed = 31;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const outcomes = new Map<string, number>();
    const started = Date.now();
    let slowest = 0;
    for (let i = 0; i < 400; i++) {
      let b: Uint8Array;
      if (i % 4 === 0) b = good.slice(0, Math.floor(random() * good.length));
      else {
        b = good.slice();
        // flips where they hurt most: the container's header, the globals' records, anywhere
        for (let k = 0; k < 1 + (i % 3); k++) {
          const at = i % 4 === 1 ? Math.floor(random() * 512) : i % 4 === 2 ? bof + Math.floor(random() * 2048) : Math.floor(random() * b.length);
          b[at] = Math.floor(random() * 256);
        }
      }
      const t = Date.now();
      const outcome = why(() => xlsToHtml(b, 'a.xls'));
      slowest = Math.max(slowest, Date.now() - t);
      expect(outcome).not.toMatch(/^threw/);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (i % 20 === 0) expect(checkBytes('a.xls', b).error ?? 'read').not.toMatch(/^无法读取 Excel|分析时出错/);
    }
    expect(slowest).toBeLessThan(2000);
    expect(Date.now() - started).toBeLessThan(30000);
    expect(outcomes.get('read')).toBeGreaterThan(0);
    expect(outcomes.get('corrupt')).toBeGreaterThan(0);
  });
});

// ---- the records, on inputs built by hand ----

const le16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
const le32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
const record = (type: number, data: number[]) => [...le16(type), ...le16(data.length), ...data];
const latin = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** An RK value: an integer (bit 1), times 100 when asked (bit 0). */
const rkInt = (n: number, x100 = false) => ((n << 2) | 2 | (x100 ? 1 : 0)) >>> 0;

describe('RK numbers', () => {
  it('decodes integers, hundredths and the high bits of a double', () => {
    expect(rkNumber(rkInt(56))).toBe(56);
    expect(rkNumber(rkInt(-3))).toBe(-3);
    expect(rkNumber(rkInt(4680, true))).toBe(46.8);
    // 1.5 as a double: 3FF8000000000000, its high 32 bits with bits 0-1 clear
    expect(rkNumber(0x3ff80000)).toBe(1.5);
    // 0.25 as a double divided by 100 (bit 0): 0.0025
    expect(rkNumber(0x3fd00000 | 1)).toBe(0.0025);
  });
});

describe('shared strings (SST) across CONTINUE records', () => {
  const header = (n: number) => [...le32(n), ...le32(n)];

  it('a string whose characters break at a record end, the next record restating their width', () => {
    // "申请人情况": 16-bit, 3 characters in the SST, then a CONTINUE with the flag byte (1) and 2 more
    const chars = utf16('申请人情况');
    const sst = new Uint8Array([...header(2), ...le16(5), 0x01, ...chars.slice(0, 6)]);
    // the rest, then a second string: 8-bit "62"
    const cont = new Uint8Array([0x01, ...chars.slice(6), ...le16(2), 0x00, ...latin('62')]);
    expect(sharedStrings([sst, cont])).toEqual(['申请人情况', '62']);
  });

  it('the width may change at the break: 8-bit characters going on as 16-bit ones', () => {
    const sst = new Uint8Array([...header(1), ...le16(4), 0x00, ...latin('ab')]);
    const cont = new Uint8Array([0x01, ...utf16('合计')]);
    expect(sharedStrings([sst, cont])).toEqual(['ab合计']);
  });

  it('rich-text runs and a phonetic block are skipped, across a break too; a string starting a CONTINUE has no flag byte before its header', () => {
    // "法人" with 2 runs (8 bytes) and a phonetic block of 6 bytes, split inside the runs
    const first = [...le16(2), 0x0d, ...le16(2), ...le32(6), ...utf16('法人'), 1, 2, 3];
    const rest = [4, 5, 6, 7, 8, 9, 9, 9, 9, 9, 9];
    const sst = new Uint8Array([...header(2), ...first]);
    const cont = new Uint8Array([...rest, ...le16(2), 0x00, ...latin('ok')]);
    expect(sharedStrings([sst, cont])).toEqual(['法人', 'ok']);
    // the next string at a record's start: its own header, no width byte
    expect(sharedStrings([new Uint8Array([...header(2), ...le16(1), 0x00, 0x41]), new Uint8Array([...le16(1), 0x00, 0x42])])).toEqual(['A', 'B']);
  });

  it('a table cut short, or one that claims more strings than its bytes hold, is corrupt', () => {
    expect(why(() => sharedStrings([new Uint8Array([...header(1), ...le16(5), 0x00, 0x41])]))).toBe('corrupt');
    expect(why(() => sharedStrings([new Uint8Array([...header(100000), 0, 0, 0])]))).toBe('corrupt');
  });
});

describe('a worksheet built by hand', () => {
  /** A Workbook stream: globals (BOF, one style bordered, one "0.0%", the sheets, an SST) and the sheets' records. */
  function stream(sheets: { state?: number; records: number[] }[], strings: string[] = []): Uint8Array {
    const bof = (dt: number) => record(RT.BOF, [...le16(0x0600), ...le16(dt), ...new Array(12).fill(0)]);
    const xf = (format: number, border: number) => record(RT.XF, [...le16(0), ...le16(format), ...new Array(6).fill(0), ...le16(border), ...new Array(8).fill(0)]);
    const format = record(RT.FORMAT, [...le16(164), ...le16(4), 0x00, ...latin('0.0%')]);
    const sst = record(RT.SST, [...le32(strings.length), ...le32(strings.length), ...strings.flatMap((s) => [...le16(s.length), 0x01, ...utf16(s)])]);
    const bound = (i: number, offset: number) => record(RT.BOUNDSHEET8, [...le32(offset), sheets[i]!.state ?? 0, 0, 1, 0x00, 0x41 + i]);
    const globalsLength = (offsets: number[]) => [bof(5), format, xf(0, 0), xf(0, 0x1111), xf(164, 0x1111), ...sheets.map((_, i) => bound(i, offsets[i] ?? 0)), sst, record(RT.EOF, [])].reduce((n, r) => n + r.length, 0);
    const start = globalsLength([]);
    const bodies = sheets.map((s) => [...bof(0x10), ...s.records, ...record(RT.EOF, [])]);
    const offsets: number[] = [];
    let at = start;
    for (const b of bodies) {
      offsets.push(at);
      at += b.length;
    }
    const globals = [...bof(5), ...format, ...xf(0, 0), ...xf(0, 0x1111), ...xf(164, 0x1111), ...sheets.flatMap((_, i) => bound(i, offsets[i]!)), ...sst, ...record(RT.EOF, [])];
    return new Uint8Array([...globals, ...bodies.flat()]);
  }
  const cellHead = (row: number, col: number, xf: number) => [...le16(row), ...le16(col), ...le16(xf)];
  const tds = (html: string) => Array.from(parsePage(`<html><body>${html}</body></html>`).body!.querySelectorAll('td'), (td) => td.textContent);

  it('MULRK: a row of RK numbers from one column on, each with its style; LABELSST, NUMBER, a hidden sheet skipped', () => {
    const mulrk = record(RT.MULRK, [...le16(1), ...le16(0), ...le16(1), ...le32(rkInt(56)), ...le16(1), ...le32(rkInt(3)), ...le16(2), ...le32(rkInt(614, true) /* 6.14 */), ...le16(2)]);
    const html = workbookHtml(
      stream(
        [
          { state: 1, records: record(RT.LABELSST, [...cellHead(0, 0, 1), ...le32(1)]) },
          {
            records: [
              ...record(RT.LABELSST, [...cellHead(0, 0, 1), ...le32(0)]),
              ...record(RT.LABEL, [...cellHead(0, 1, 1), ...le16(2), 0x00, ...latin('ab')]),
              ...record(RT.NUMBER, [...cellHead(0, 2, 1), ...Array.from(new Uint8Array(new Float64Array([0.1 + 0.2]).buffer))]),
              ...mulrk,
            ],
          },
        ],
        ['申请人', '999'],
      ),
    );
    expect(tds(html)).toEqual(['申请人', 'ab', '0.3', '56', '3', '614.0%']);
  });

  it('FORMULA results: a number, a string in the STRING after it, a boolean, an error, an empty string; BOOLERR; MERGECELLS', () => {
    const formula = (col: number, value: number[]) => record(RT.FORMULA, [...cellHead(0, col, 1), ...value, 0, 0, 0, 0, ...le16(0), ...le16(0)]);
    const special = (kind: number, v = 0) => [kind, 0, v, 0, 0, 0, 0xff, 0xff];
    const html = workbookHtml(
      stream([
        {
          records: [
            ...formula(0, Array.from(new Uint8Array(new Float64Array([232]).buffer))),
            ...formula(1, special(0)),
            ...record(RT.STRING, [...le16(2), 0x01, ...utf16('合计')]),
            ...formula(2, special(1, 1)),
            ...formula(3, special(2, 0x07)),
            ...formula(4, special(3)),
            ...record(RT.BOOLERR, [...cellHead(0, 5, 1), 0x2a, 1]),
            ...record(RT.LABEL, [...cellHead(1, 0, 1), ...le16(1), 0x00, ...latin('x')]),
            ...record(RT.BLANK, [...cellHead(1, 1, 1)]),
            ...record(RT.MERGECELLS, [...le16(1), ...le16(1), ...le16(1), ...le16(0), ...le16(5)]),
          ],
        },
      ]),
    );
    expect(tds(html)).toEqual(['232', '合计', 'TRUE', '#DIV/0!', '', '#N/A', 'x']);
    expect(html).toContain('colspan="6"');
  });
});
