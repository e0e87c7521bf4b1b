// @vitest-environment node
/**
 * A report published as a Word 97–2003 file (.doc), read by the batch checker (lib/doc): the
 * fixtures LibreOffice wrote from Word files and pages (test/fixtures/make-doc.mjs) read as the
 * pages they came from; what cannot be read (damaged, cut short, encrypted, Word 6/95, a compound
 * file that is no Word document) is said to be so, and nothing else is ever thrown; and the parts
 * of the format (sprms, the row's definition, the piece table) on small inputs built by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkFile, decodeHtml, parsePage } from '../../cli/load-page.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { blocksHtml, docTableHtml, docToHtml, DocReadError, type DocRow } from '../../lib/doc/doc-html.ts';
import { defTable, paraTable, sprms, type Tap } from '../../lib/doc/sprm.ts';
import { readWordDocument } from '../../lib/doc/word-text.ts';
import { utf8 } from '../../lib/doc/summary-title.ts';
import { readCfb } from '../../lib/doc/cfb.ts';
import { u32 } from '../../lib/doc/doc-error.ts';
// @ts-expect-error: a fixture writer in plain JavaScript, without types
import { compoundFile as writeCompoundFile } from '../fixtures/doc-writer.mjs';

const FIXTURES = join(process.cwd(), 'test/fixtures');
const docBytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'doc', name)));

/** What must read the same in a report's page and its .doc: a cell named by its table's role (as docx.test.ts). */
function told(a: ReportAnalysis) {
  const role = (t: number) => (['t2', 't3', 't4'] as const).find((k) => a.tables[k].includes(t)) ?? `other ${t}`;
  const at = (c: { table: number; row: number; col: number } | null) => (c ? { ...c, table: role(c.table) } : null);
  return {
    isReport: a.isReport, year: a.year, agency: a.agency, template: a.template, figures: a.figures,
    findings: a.findings.map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual, suspect: at(f.suspect), cells: f.cells.map(at), quote: f.quote })),
    checks: a.checks,
    narrative: [a.narrative.checked, a.narrative.passed, a.narrative.failed, a.narrative.skipped],
  };
}

const pageAnalysis = (page: string) => analyzeDocument(parsePage(decodeHtml(readFileSync(join(FIXTURES, 'pages', page))).text), { url: 'https://example.gov.cn/a.html' });

// [the .doc, the page it reads as, the error and warning rules the page raises]
const PAIRS: [string, string, string[]][] = [
  ['wrong-cell-2021.doc', 'wrong-cell-2021.html', ['t3.results-total', 't3.row-total']],
  // written by hand (test/fixtures/doc-writer.mjs): Word 97's merges, a fast save's pieces, huge PAPXs
  ['word97-wrong-cell-2021.doc', 'wrong-cell-2021.html', ['t3.results-total', 't3.row-total']],
  // WPS 文字's own .wps: the same Word 97 document, with a stream of WPS's beside the Word streams
  ['wps-wrong-cell-2021.wps', 'wrong-cell-2021.html', ['t3.results-total', 't3.row-total']],
  ['word-2021-consistent.doc', 'word-2021-consistent.html', []],
  ['word-2021-quirks.doc', 'word-2021-consistent.html', []],
  ['fengze-2019.doc', 'fengze-2019.html', ['text.parts-sum', 'text.vs-table', 'text.vs-table']],
  ['split3-table3-wrong-2023.doc', 'split3-table3-wrong-2023.html', ['t3.balance', 't3.results-total', 't3.row-total']],
];

describe.each(PAIRS)('test/fixtures/doc/%s', (doc, page, rules) => {
  it(`reads as ${page}: the same kind, year, body, template, figures and findings on the same cells`, async () => {
    const expected = pageAnalysis(page);
    const read = await checkFile(join(FIXTURES, 'doc', doc));
    expect(read.error).toBeUndefined();
    expect(told(read.analysis!)).toEqual(told(expected));
    // the pair is no pair of empty readings: the page's tables and text are read, and flag what they flag
    expect(expected.tables.t3.length).toBeGreaterThan(0);
    expect(expected.narrative.checked).toBeGreaterThan(3);
    expect(read.analysis!.findings.filter((f) => f.severity !== 'info').map((f) => f.rule).sort()).toEqual(rules);
  });
});

describe('what the .doc fixtures hold', () => {
  it('a wrong cell of table 三 is flagged on the cell its page flags', async () => {
    const read = await checkFile(join(FIXTURES, 'doc/wrong-cell-2021.doc'));
    const page = pageAnalysis('wrong-cell-2021.html');
    const suspects = (a: ReportAnalysis) => a.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.suspect?.row, f.suspect?.col, f.expected, f.actual]);
    expect(suspects(read.analysis!)).toEqual(suspects(page));
    expect(suspects(page).length).toBeGreaterThan(0);
  });

  it('keeps a field\'s result and leaves out its code (a figure inside a formula field, a HYPERLINK), and reads a line break in a label', () => {
    const html = docToHtml(docBytes('word-2021-quirks.doc'), 'word-2021-quirks.doc');
    const body = parsePage(html).body!;
    const texts = Array.from(body.querySelectorAll('p'), (p) => p.textContent ?? '');
    expect(texts.some((t) => t.includes('共收到政府信息公开申请62件，上年结转4件'))).toBe(true);
    expect(texts.some((t) => /60 \+ 2|HYPERLINK|MERGEFORMAT|FORMTEXT|PAGE/.test(t))).toBe(false);
    expect(html).toContain('<td colspan="3"><p>一、本年新收政府信息公开申请<br>数量</p>');
    // the field is there to be left out: the file holds its code
    const raw = Buffer.from(docBytes('word-2021-quirks.doc')).toString('utf16le');
    expect(raw).toContain('\x13 =60 + 2');
  });

  it('lays table 三\'s header merged both ways out as the page does (rowspan and colspan from the row\'s cell edges and merges)', () => {
    const body = parsePage(docToHtml(docBytes('word-2021-consistent.doc'), 'a.doc')).body!;
    const t3 = Array.from(body.querySelectorAll('table')).find((t) => t.textContent!.includes('申请人情况'))!;
    const spans = (text: string) => {
      const td = Array.from(t3.querySelectorAll('td')).find((c) => c.textContent!.trim().startsWith(text))!;
      return [td.getAttribute('rowspan'), td.getAttribute('colspan')];
    };
    expect(spans('（本列数据的勾稽关系')).toEqual(['3', '3']);
    expect(spans('申请人情况')).toEqual([null, '7']);
    expect(spans('自然人')).toEqual(['2', null]);
    expect(spans('法人或其他组织')).toEqual([null, '5']);
  });

  it('takes the title property when the file\'s name names no report', () => {
    expect(parsePage(docToHtml(docBytes('wrong-cell-2021.doc'), 'P020240126384117502431.doc')).title).toBe('东湖市云岭区市场监督管理局2023年政府信息公开工作年度报告');
    expect(parsePage(docToHtml(docBytes('wrong-cell-2021.doc'), '某局2023年政府信息公开工作年度报告.doc')).title).toBe('某局2023年政府信息公开工作年度报告');
  });
});

describe('the Word 97 fixture holds what it is for (doc-writer.mjs)', () => {
  it('pieces out of the stream\'s order, 8-bit and UTF-16; merged cells each with a cell mark; rows defined in the Data stream', () => {
    const cfb = readCfb(docBytes('word97-wrong-cell-2021.doc'));
    const word = cfb.stream('WordDocument')!;
    const table = cfb.stream('1Table')!;
    const fcClx = u32(word, 154 + 33 * 8);
    const size = u32(table, fcClx + 1);
    const n = (size - 4) / 12;
    const fcs = Array.from({ length: n }, (_, i) => u32(table, fcClx + 5 + 4 * (n + 1) + 8 * i + 2));
    expect(fcs.some((fc) => fc & 0x40000000)).toBe(true);
    expect(fcs.some((fc) => !(fc & 0x40000000))).toBe(true);
    const at = fcs.map((fc) => (fc & 0x40000000 ? (fc & 0x3fffffff) / 2 : fc));
    expect(at.some((fc, i) => i > 0 && fc < at[i - 1]!)).toBe(true);
    // sprmTDefTable (08 D6) in the Data stream: the wide rows' properties
    const data = cfb.stream('Data')!;
    expect(data.some((b, i) => b === 0x08 && data[i + 1] === 0xd6)).toBe(true);
    // table 三's first row: three cells merged across, by fFirstMerged and fMerged (each with its own cell mark)
    const doc = readWordDocument(docBytes('word97-wrong-cell-2021.doc'));
    const rowEnd = doc.paragraphs.find((p) => p.table.tap && p.table.tap.cells.length === 10)!;
    expect(rowEnd.table.tap!.cells.slice(0, 4).map((c) => [c.firstMerged, c.merged, c.vertRestart])).toEqual([[true, false, true], [false, true, true], [false, true, true], [true, false, false]]);
  });
});

describe('a saved page whose tables are the .doc beside it', () => {
  it('is checked as the page with its .docx beside it is, and says the tables were read from the file', async () => {
    const joined = await checkFile(join(FIXTURES, 'doc/wrong-cell-2021-text.html'));
    const withDocx = await checkFile(join(FIXTURES, 'docx/wrong-cell-2021-text.html'));
    expect(joined.analysis?.readFromFile).toBe(true);
    expect(joined.warnings).toContain('表格读自同一文件夹中的附件“wrong-cell-2021-tables.doc”；附件的表格接在页面上的1个表格之后计数');
    expect(told(joined.analysis!)).toEqual(told(withDocx.analysis!));
    expect(joined.analysis!.findings.some((f) => f.rule === 't3.row-total')).toBe(true);
  });
});

/** The byte offset of the WordDocument stream's FIB in a fixture (it starts a sector: wIdent A5EC, then nFib; LibreOffice writes 0x0101). */
function fibAt(bytes: Uint8Array): number {
  for (let at = 512; at + 4 < bytes.length; at += 512) if (bytes[at] === 0xec && bytes[at + 1] === 0xa5 && bytes[at + 2]! + 256 * bytes[at + 3]! >= 0xc0) return at;
  throw new Error('no FIB');
}

/** The directory entry named `name` (UTF-16), renamed: the same length, another name. */
function renamed(bytes: Uint8Array, name: string, to: string): Uint8Array {
  const out = bytes.slice();
  const needle = Buffer.from(`${name}\0`, 'utf16le');
  const at = Buffer.from(out).indexOf(needle);
  if (at < 0) throw new Error(`no entry ${name}`);
  out.set(Buffer.from(`${to}\0`, 'utf16le'), at);
  return out;
}

const why = (f: () => unknown): string => {
  try {
    f();
    return 'read';
  } catch (e) {
    return e instanceof DocReadError ? e.why : `threw ${String(e)}`;
  }
};

describe('a .doc that cannot be read', () => {
  const good = docBytes('wrong-cell-2021.doc');
  const fib = fibAt(good);

  it('says so by its reason, and the batch checker says it cannot read it', () => {
    const encrypted = good.slice();
    encrypted[fib + 0x0b]! |= 0x01; // fEncrypted (bit 8 of the flags at 0x0A)
    const old = good.slice();
    old.set([104, 0], fib + 2); // nFib of Word 95
    const workbook = renamed(good, 'WordDocument', 'Workbook\0\0\0\0');
    const cut = good.slice(0, 20000);
    const noPieces = good.slice();
    noPieces.fill(0, fib + 154 + 33 * 8, fib + 154 + 34 * 8); // fcClx, lcbClx
    expect([encrypted, old, workbook, cut, noPieces].map((b) => why(() => docToHtml(b, 'a.doc')))).toEqual(['encrypted', 'old-word', 'not-word', 'corrupt', 'corrupt']);
    expect(checkBytes('a.doc', encrypted).error).toBe('Word 文档（.doc）已加密（设有打开密码），无法检查');
    expect(checkBytes('a.doc', old).error).toMatch(/^Word 6\.0\/95 格式的旧文档：暂不能检查/);
    expect(checkBytes('a.xls', workbook).error).toBe('旧版 PowerPoint、WPS 演示或 Microsoft Works 文档（.ppt、.dps、Works 的 .wps 等），不是 Word 文档或 Excel 工作簿：暂不能检查，只能检查网页（HTML、MHTML）、Word（.doc、.docx）、Excel（.xls、.xlsx）、WPS（.wps、.et）和有文字的 PDF、OFD 上的报告');
    expect(checkBytes('a.doc', cut).error).toBe('Word 文档（.doc）已损坏或不完整，无法读取');
    expect(checkBytes('a.doc', noPieces).error).toBe('Word 文档（.doc）已损坏或不完整，无法读取');
    // a WPS 文字 file is named as what it is
    expect(checkBytes('年报.wps', encrypted).error).toBe('WPS 文字文档（.wps）已加密（设有打开密码），无法检查');
    expect(checkBytes('年报.WPS', cut).error).toBe('WPS 文字文档（.wps）已损坏或不完整，无法读取');
    expect(why(() => docToHtml(new TextEncoder().encode('<html>not a doc</html>'), 'a.doc'))).toBe('not-cfb');
  });

  it.each([
    ['wrong-cell-2021.doc', 400],
    // the hand-written one: pieces out of order, 8-bit pieces, the Data stream's row definitions
    ['word97-wrong-cell-2021.doc', 200],
  ])('fuzz: random truncations and byte flips of %s never throw anything but DocReadError, and finish fast', (name, runs) => {
    const bytes = docBytes(name);
    const fibOf = fibAt(bytes);
    let seed = 31;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const outcomes = new Map<string, number>();
    const started = Date.now();
    let slowest = 0;
    for (let i = 0; i < runs; i++) {
      let b: Uint8Array;
      if (i % 4 === 0) b = bytes.slice(0, Math.floor(random() * bytes.length));
      else {
        b = bytes.slice();
        // flips where they hurt most: the header, the FIB, anywhere
        for (let k = 0; k < 1 + (i % 3); k++) {
          const at = i % 4 === 1 ? Math.floor(random() * 512) : i % 4 === 2 ? fibOf + Math.floor(random() * 1024) : Math.floor(random() * b.length);
          b[at] = Math.floor(random() * 256);
        }
      }
      const t = Date.now();
      const outcome = why(() => docToHtml(b, 'a.doc'));
      slowest = Math.max(slowest, Date.now() - t);
      expect(outcome).not.toMatch(/^threw/);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(slowest).toBeLessThan(2000);
    expect(Date.now() - started).toBeLessThan(30000);
    // both ways out are taken: the fuzz is no test that cannot fail
    expect(outcomes.get('read')).toBeGreaterThan(0);
    expect(outcomes.get('corrupt')).toBeGreaterThan(0);
  });
});

// ---- the format's parts, on inputs built by hand ----

const le16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
const le32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
const sprm = (op: number, operand: number[]) => [...le16(op), ...operand];
/** sprmTDefTable's operand: the cells' edges, then a TC80 (20 bytes) for each with its tcgrf flags. */
const tdef = (edges: number[], flags: number[]) => {
  const rest = [edges.length - 1, ...edges.flatMap(le16), ...flags.flatMap((f) => [...le16(f), ...new Array(18).fill(0)])];
  return sprm(0xd608, [...le16(rest.length + 1), ...rest]);
};

describe('sprms and the row\'s definition (TAP)', () => {
  it('reads a row end\'s properties: in a table, its end mark, its cells\' edges and merges', () => {
    const b = new Uint8Array([...sprm(0x2416, [1]), ...sprm(0x2417, [1]), ...sprm(0x6649, le32(1)), ...tdef([-108, 1000, 3000, 4000], [0x60, 0x01, 0x02]), ...sprm(0x0800, [1])]);
    expect(sprms(b, 0, b.length).map((s) => s.op)).toEqual([0x2416, 0x2417, 0x6649, 0xd608, 0x0800]);
    const t = paraTable(b, 0, b.length);
    expect([t.itap, t.ttp, t.inner]).toEqual([1, true, false]);
    expect(t.tap).toEqual({
      edges: [-108, 1000, 3000, 4000],
      cells: [
        { firstMerged: false, merged: false, vertMerge: true, vertRestart: true },
        { firstMerged: true, merged: false, vertMerge: false, vertRestart: false },
        { firstMerged: false, merged: true, vertMerge: false, vertRestart: false },
      ],
    });
  });

  it('sprmTVertMerge and sprmTMerge change the row defined before them; a sprm past the end ends the list', () => {
    const b = new Uint8Array([...tdef([0, 1000, 2000, 3000], [0, 0, 0]), ...sprm(0xd62b, [2, 1, 1]), ...sprm(0x5624, [1, 3]), ...sprm(0x6649, [1, 0])]);
    const t = paraTable(b, 0, b.length);
    expect(t.tap!.cells.map((c) => [c.firstMerged, c.merged, c.vertMerge, c.vertRestart])).toEqual([[false, false, false, false], [true, false, true, false], [false, true, false, false]]);
    // the cut sprmPItap is not read: no depth, the paragraph is in no table
    expect(t.itap).toBe(0);
  });

  it('a row that defines fewer TC80s than cells: the rest have no merges', () => {
    const operand = [3, ...[0, 1000, 2000, 3000].flatMap(le16)];
    const b = new Uint8Array([...le16(operand.length + 1), ...operand]);
    expect(defTable(b, 0, b.length).cells).toHaveLength(3);
  });
});

const tap = (edges: number[], flags: number[] = edges.slice(1).map(() => 0)): Tap => ({
  edges,
  cells: flags.map((f) => ({ firstMerged: (f & 1) !== 0, merged: (f & 2) !== 0, vertMerge: (f & 0x20) !== 0, vertRestart: (f & 0x40) !== 0 })),
});
const cells = (html: string) =>
  Array.from(parsePage(`<body>${html}</body>`).body!.querySelectorAll('tr'), (tr) => Array.from(tr.querySelectorAll('td'), (td) => [td.textContent!.trim(), Number(td.getAttribute('rowspan') ?? 1), Number(td.getAttribute('colspan') ?? 1)]));

describe('a .doc table as the HTML table model lays it out', () => {
  it('columns from all rows\' edges: a wide cell spans them; a vertical merge is a rowspan; a row starting right is an empty cell first', () => {
    const rows: DocRow[] = [
      { cells: [['申请人'], ['自然人'], ['法人']], tap: tap([0, 1000, 2000, 4000], [0x60, 0, 0]) },
      { cells: [[''], ['1'], ['2'], ['3']], tap: tap([0, 1000, 2000, 3010, 4000], [0x20, 0, 0, 0]) },
      { cells: [['4'], ['5']], tap: tap([1000, 2000, 4000]) },
    ];
    expect(cells(docTableHtml(rows))).toEqual([
      [['申请人', 2, 1], ['自然人', 1, 1], ['法人', 1, 2]],
      [['1', 1, 1], ['2', 1, 1], ['3', 1, 1]],
      [['', 1, 1], ['4', 1, 1], ['5', 1, 2]],
    ]);
  });

  it('Word 97\'s horizontal merge (fFirstMerged, then fMerged) is one cell; a continuing cell with nothing above is a cell', () => {
    const rows: DocRow[] = [
      { cells: [['第二十条第（一）项'], [''], [''], ['']], tap: tap([0, 1000, 2000, 3000, 4000], [1, 2, 2, 2]) },
      { cells: [['信息内容'], ['本年制发件数'], ['本年废止件数'], ['现行有效件数']], tap: tap([0, 1000, 2000, 3000, 4000], [0, 0, 0, 0x20]) },
    ];
    expect(cells(docTableHtml(rows))).toEqual([
      [['第二十条第（一）项', 1, 4]],
      [['信息内容', 1, 1], ['本年制发件数', 1, 1], ['本年废止件数', 1, 1], ['现行有效件数', 1, 1]],
    ]);
  });

  it('paragraphs: a row ends at its row-end mark, a table ends at the first paragraph outside it, a nested table is its text', () => {
    const para = (html: string, end: string, itap: number, ttp = false, inner = false, t: Tap | null = null) => ({ html, end, table: { itap, ttp, inner, tap: t, huge: null } });
    const html = blocksHtml([
      para('表三', '\r', 0),
      para('a', '\r', 1), para('b', '\x07', 1), para('c', '\x07', 1), para('', '\x07', 1, true, false, tap([0, 1000, 2000])),
      para('内', '\r', 2, false, true), para('', '\r', 2, false, true), para('x', '\x07', 1), para('y', '\x07', 1), para('', '\x07', 1, true, false, tap([0, 1000, 2000])),
      para('完', '\r', 0),
    ]);
    expect(html).toBe('<p>表三</p>\n<table border="1">\n<tr><td><p>a</p>\n<p>b</p>\n</td><td><p>c</p>\n</td></tr>\n<tr><td><p>内</p>\n<p>x</p>\n</td><td><p>y</p>\n</td></tr>\n</table>\n<p>完</p>\n');
  });
});

/** A compound file of the streams given (test/fixtures/doc-writer.mjs: 512-byte sectors, as many FAT sectors as needed). */
const compoundFile = (streams: Record<string, number[]>): Uint8Array => writeCompoundFile(streams);

/**
 * A .doc of text pieces (8-bit cp1252 or UTF-16), and paragraphs' properties in one PAPX FKP:
 * [first byte, byte after, grpprl] each.
 */
function handBuiltDoc(pieces: { text: string; compressed: boolean }[], papx: [number, number, number[]][] = []): Uint8Array {
  const word = new Array(1536).fill(0);
  // the FIB: wIdent, nFib, flags (fWhichTblStm: 1Table), csw 14, cslw 22, cbRgFcLcb 93
  word.splice(0, 4, ...le16(0xa5ec), ...le16(0xc1));
  word.splice(0x0a, 2, ...le16(0x0200));
  word.splice(32, 2, ...le16(14));
  word.splice(62, 2, ...le16(22));
  const lw = 64;
  const fcLcb = 64 + 88 + 2;
  word.splice(152, 2, ...le16(93));
  const cps = [0];
  const pcds: number[] = [];
  for (const p of pieces) {
    const fc = word.length;
    if (p.compressed) for (const c of p.text) word.push(c === '“' ? 0x93 : c === '”' ? 0x94 : c.charCodeAt(0));
    else for (const c of p.text) word.push(...le16(c.charCodeAt(0)));
    cps.push(cps[cps.length - 1]! + p.text.length);
    pcds.push(0, 0, ...le32(p.compressed ? (fc * 2) | 0x40000000 : fc), 0, 0);
  }
  word.splice(lw + 12, 4, ...le32(cps[cps.length - 1]!)); // ccpText
  const table: number[] = [];
  const clx = [0x02, ...le32(cps.length * 4 + pcds.length), ...cps.flatMap(le32), ...pcds];
  word.splice(fcLcb + 33 * 8, 8, ...le32(table.length), ...le32(clx.length));
  table.push(...clx);
  if (papx.length > 0) {
    // one FKP at page 2 of WordDocument (bytes 1024–1535): rgfc, rgbx (13 bytes each), the PAPXs from the end, crun
    const page = new Array(512).fill(0);
    const crun = papx.length;
    papx.forEach(([from, to], i) => {
      page.splice(4 * i, 4, ...le32(from));
      page.splice(4 * (i + 1), 4, ...le32(to));
    });
    let free = 510;
    papx.forEach(([, , grpprl], i) => {
      const body = [0, 0, ...grpprl]; // istd 0
      const len = body.length % 2 === 0 ? body.length : body.length + 1;
      free -= len + 2;
      free -= free % 2;
      page.splice(free, 2 + len, 0, len / 2, ...body, ...new Array(len - body.length).fill(0));
      page[4 * (crun + 1) + 13 * i] = free / 2;
    });
    page[511] = crun;
    word.splice(1024, 512, ...page);
    const bte = [...le32(papx[0]![0]), ...le32(papx[crun - 1]![1]), ...le32(2)];
    word.splice(fcLcb + 13 * 8, 8, ...le32(table.length), ...le32(bte.length));
    table.push(...bte);
  }
  return compoundFile({ WordDocument: word, '1Table': table });
}

describe('the piece table and the text, in a .doc built by hand', () => {
  it('reads 8-bit (cp1252) and UTF-16 pieces in CP order; field codes, objects and marks are no text', () => {
    const doc = handBuiltDoc([
      { text: 'Total “12”\r', compressed: true },
      { text: '共收到申请\x13 = 60+2 \x1462\x15件\x01\x02\x0b下一行\t<b>&\r', compressed: false },
    ]);
    const read = readWordDocument(doc);
    expect(read.paragraphs.map((p) => [p.html, p.end, p.table.itap])).toEqual([
      ['Total \u201c12\u201d', '\r', 0],
      ['共收到申请62件<br>下一行 &lt;b&gt;&amp;', '\r', 0],
    ]);
  });

  it('a field without a result and a field in a field\'s code leave nothing of their code', () => {
    const read = readWordDocument(handBuiltDoc([{ text: 'A\x13 TOC \x13 REF x \x14 1 \x15 \x15B\x13 PAGE \x14 7\x15\r', compressed: false }]));
    expect(read.paragraphs.map((p) => p.html)).toEqual(['AB 7']);
  });

  it('thousands of fields left open (a damaged file) read in linear time: their results show, nothing of their codes', () => {
    const text = `${'\x13 SEQ \x14'.repeat(30000)}${'数'.repeat(30000)}\r`;
    const doc = handBuiltDoc([{ text, compressed: false }]);
    const started = Date.now();
    const read = readWordDocument(doc);
    expect(read.paragraphs[0]!.html).toBe('数'.repeat(30000));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reads a table from its paragraphs\' properties: cells end at \\x07, the row at its row-end mark with the row\'s cell edges', () => {
    // text "a\x07b\x07\x07after\r" in a UTF-16 piece at byte 1536: a(1536) \x07(1538) b(1540) \x07(1542) \x07(1544) after…(1546–1557)
    const inTable = [...sprm(0x2416, [1])];
    const rowEnd = [...sprm(0x2416, [1]), ...sprm(0x2417, [1]), ...tdef([0, 1500, 3000], [0, 0])];
    const doc = handBuiltDoc([{ text: 'a\x07b\x07\x07after\r', compressed: false }], [
      [1536, 1540, inTable],
      [1540, 1544, inTable],
      [1544, 1546, rowEnd],
      [1546, 1558, []],
    ]);
    const html = docToHtml(doc, 'a.doc');
    expect(html).toContain('<table border="1">\n<tr><td><p>a</p>\n</td><td><p>b</p>\n</td></tr>\n</table>\n<p>after</p>');
  });
});

describe('utf8 (a title property LibreOffice wrote)', () => {
  it('decodes UTF-8 and marks a broken sequence', () => {
    expect(utf8(new Uint8Array(Buffer.from('年报 2023 😀', 'utf8')))).toBe('年报 2023 😀');
    expect(utf8(new Uint8Array([0x41, 0xe5, 0xb9, 0x42, 0xff]))).toBe('A\ufffd\ufffdB\ufffd');
  });
});
