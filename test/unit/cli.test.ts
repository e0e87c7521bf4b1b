// @vitest-environment node
/**
 * The batch checker run in process (runCli with captured stdout/stderr) on temporary folders of
 * small pages: UTF-8 and GBK pages, a folder, a missing and an unreadable path.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, parseArgs, EXIT_OK, EXIT_USAGE_OR_IO } from '../../cli/main.ts';
import { siteOf } from '../../cli/across-years.ts';
import { checkFiles } from '../../cli/pool.ts';
import type { CheckedFile } from '../../cli/load-page.ts';
import { decodeHtml, sniffCharset } from '../../cli/load-page.ts';
import { csvField, toCsv, CSV_BOM } from '../../cli/csv.ts';
import { compareFigureNames, sortFigureNames } from '../../lib/report/figure-order.ts';
import type { FileJson } from '../../cli/to-json.ts';

// ---- a GB18030 encoder for the few characters a test needs, built from the platform's decoder ----
let gbTable: Map<string, number[]> | null = null;
function encodeGb18030(s: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

const REPORT_TITLE = '泉州市丰泽区2019年政府信息公开工作年度报告';
/** enough report text for the detector: the opening sentence, two section headings and some figures */
const REPORT_BODY =
  '<p>本年度报告根据《中华人民共和国政府信息公开条例》要求编制。</p><h2>一、总体情况</h2><p>泉州市丰泽区人民政府全年主动公开政府信息1256条，收到申请45件，办结45件。</p><h2>二、主动公开政府信息情况</h2>';

function page(head: string, title: string, body = title === REPORT_TITLE ? REPORT_BODY : '<p>正文</p>'): string {
  return `<!DOCTYPE html><html><head>${head}<title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], env: Parameters<typeof runCli>[2] = { workerUrl: null }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, env);
  return { code, stdout, stderr };
}

let dir = '';
const p = (...parts: string[]): string => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
  writeFileSync(p('utf8.html'), page('<meta charset="utf-8">', REPORT_TITLE));
  writeFileSync(p('news.html'), page('<meta charset="utf-8">', '丰泽区召开安全生产工作会议'));
  writeFileSync(
    p('gbk-http-equiv.html'),
    encodeGb18030(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', REPORT_TITLE)),
  );
  writeFileSync(p('gbk-meta.html'), encodeGb18030(page('<meta charset="GBK">', REPORT_TITLE)));
  writeFileSync(p('gbk-undeclared.html'), encodeGb18030(page('', REPORT_TITLE)));
  // a folder: nested, mixed extensions, names that sort differently by locale and by code unit
  mkdirSync(p('folder', 'sub'), { recursive: true });
  writeFileSync(p('folder', 'b.html'), page('<meta charset="utf-8">', REPORT_TITLE));
  writeFileSync(p('folder', 'a.htm'), page('<meta charset="utf-8">', '首页'));
  writeFileSync(p('folder', 'C.shtml'), page('<meta charset="utf-8">', '首页'));
  writeFileSync(p('folder', 'notes.txt'), 'not a page');
  writeFileSync(p('folder', 'sub', 'z.html'), page('<meta charset="utf-8">', '首页'));
  symlinkSync(p('nowhere.html'), p('folder', 'dangling.html'));
  writeFileSync(p('a,"quoted".html'), page('<meta charset="utf-8">', REPORT_TITLE));
  // reports published as documents, beside the pages (their first bytes are what they are)
  mkdirSync(p('docs'));
  writeFileSync(p('docs', 'ndbg.html'), page('<meta charset="utf-8">', REPORT_TITLE));
  writeFileSync(p('docs', '2023年报.pdf'), readFileSync(join(process.cwd(), 'test/e2e/pages/ndbg-2023.pdf')));
  writeFileSync(p('docs', '2022年报.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  writeFileSync(p('docs', '2021年报.docx'), Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'));
  // pages saved without their <html>: a CMS's content fragment, and one that starts with its table
  const full = readFileSync(join(process.cwd(), 'test/fixtures/pages/word-2021-consistent.html'), 'utf8');
  const title = /<title>[\s\S]*?<\/title>/i.exec(full)![0];
  const bodyOnly = full.slice(full.search(/<body[\s>]/i)).replace(/^<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
  writeFileSync(p('word-full.html'), full);
  writeFileSync(p('word-fragment.html'), `<!DOCTYPE html>\n<meta charset="utf-8">\n${title}\n${bodyOnly}`);
  writeFileSync(p('table-first.html'), `<table><tr><td>1</td></tr></table>${REPORT_BODY}`);
  writeFileSync(p('text-only.html'), '本页没有任何标签');
  // one body's two years (2021's 上年结转 does not follow from 2020's 结转下年度), in one folder; the
  // same two apart, joined by the address "Save page as" wrote into them, or not at all
  const year = (y: number) => readFileSync(join(process.cwd(), `test/e2e/pages/collect-${y}.html`), 'utf8');
  const saved = (y: number, host: string) => year(y).replace(/^(<!DOCTYPE html>\s*)/i, `$1<!-- saved from url=(0045)http://${host}/zwgk/ndbg/${y}.html -->\n`);
  mkdirSync(p('years'));
  writeFileSync(p('years', '2020.html'), year(2020));
  writeFileSync(p('years', '2021.html'), year(2021));
  mkdirSync(p('apart', 'a'), { recursive: true });
  mkdirSync(p('apart', 'b'), { recursive: true });
  writeFileSync(p('apart', 'a', '2020.html'), saved(2020, 'www.yunxi.gov.cn'));
  writeFileSync(p('apart', 'b', '2021.html'), saved(2021, 'www.yunxi.gov.cn'));
  mkdirSync(p('other', 'a'), { recursive: true });
  mkdirSync(p('other', 'b'), { recursive: true });
  writeFileSync(p('other', 'a', '2020.html'), year(2020));
  writeFileSync(p('other', 'b', '2021.html'), saved(2021, 'www.another-county.gov.cn'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('charset', () => {
  it('honours a BOM, <meta charset> and http-equiv, and skips commented-out metas', () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toEqual({ charset: 'utf-8', source: 'bom' });
    const enc = new TextEncoder();
    expect(sniffCharset(enc.encode('<meta charset="gb2312">'))?.charset).toBe('gb2312');
    expect(sniffCharset(enc.encode('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">'))?.charset).toBe('gbk');
    expect(sniffCharset(enc.encode('<!-- <meta charset="gbk"> --><meta charset=utf-8>'))?.charset).toBe('utf-8');
    expect(sniffCharset(enc.encode(`${' '.repeat(5000)}<meta charset="gbk">`))).toBeNull(); // past the 4 KB prescan
  });

  it('decodes GBK/GB2312 as GB18030 and falls back to it for undeclared non-UTF-8 bytes', () => {
    const gb = encodeGb18030(page('<meta charset="gb2312">', REPORT_TITLE));
    const d = decodeHtml(gb);
    expect(d.charset).toBe('gb18030');
    expect(d.text).toContain(REPORT_TITLE);
    const undeclared = decodeHtml(encodeGb18030(page('', REPORT_TITLE)));
    expect(undeclared).toMatchObject({ charset: 'gb18030', source: 'fallback' });
    expect(undeclared.text).toContain(REPORT_TITLE);
    expect(undeclared.warnings).toHaveLength(1);
    const bom = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>年报</p>')]));
    expect(bom.text).toBe('<p>年报</p>');
  });
});

describe('nianbao-lens check --json', () => {
  it('prints exactly one JSON array, one object per file in input order, with the spec fields', async () => {
    const r = await run(['check', '--json', p('utf8.html'), p('news.html'), p('gbk-http-equiv.html')]);
    expect(r.code).toBe(EXIT_OK);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out.map((o) => o.file)).toEqual([p('utf8.html'), p('news.html'), p('gbk-http-equiv.html')]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['file', 'isReport', 'template', 'year', 'agency', 'findings', 'figures']);
      expect(Array.isArray(o.findings)).toBe(true);
      expect(typeof o.figures).toBe('object');
    }
    expect(out[0]).toMatchObject({ isReport: true, year: 2019 });
    expect(out[1]).toMatchObject({ isReport: false, template: null, year: null, agency: null, findings: [], figures: {} });
    // the GBK page's title decoded: the title-based detection sees it
    expect(out[2]).toMatchObject({ isReport: true, year: 2019 });
  });

  it('reads GBK pages declared by <meta charset> and undeclared ones (with a warning on stderr)', async () => {
    const r = await run(['check', '--json', p('gbk-meta.html'), p('gbk-undeclared.html')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out.map((o) => [o.isReport, o.year])).toEqual([
      [true, 2019],
      [true, 2019],
    ]);
    expect(r.stderr).toContain('gbk-undeclared.html');
    expect(r.stderr).toContain('GB18030');
  });

  it('expands folders recursively in sorted order, pages only, after and before the other PATHs', async () => {
    const r = await run(['check', '--json', p('news.html'), p('folder'), p('utf8.html')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out.map((o) => o.file)).toEqual([
      p('news.html'),
      p('folder', 'C.shtml'), // code unit order: upper case first
      p('folder', 'a.htm'),
      p('folder', 'b.html'),
      p('folder', 'dangling.html'),
      p('folder', 'sub', 'z.html'),
      p('utf8.html'),
    ]);
    // the dangling link inside the folder is a page that cannot be read: error, exit 2
    expect(out[4]!.error).toMatch(/ENOENT/);
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
  });

  it('gives a missing or unreadable PATH an error object, checks the rest and exits 2', async () => {
    const r = await run(['check', '--json', p('missing.html'), p('utf8.html'), p('utf8.html', 'inside.html')]);
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ file: p('missing.html'), isReport: false, findings: [], figures: {} });
    expect(out[0]!.error).toMatch(/找不到/);
    expect(out[1]).toMatchObject({ isReport: true, year: 2019 });
    expect(out[1]!.error).toBeUndefined();
    expect(out[2]!.error).toBeTruthy(); // ENOTDIR: a file used as a folder
    expect(r.stderr).toContain('missing.html');
  });

  it('exits 1 exactly when some file has an error-level finding', async () => {
    const r = await run(['check', '--json', p('utf8.html'), p('news.html')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    const anyError = out.some((o) => o.findings.some((f) => f.severity === 'error'));
    expect(r.code).toBe(anyError ? 1 : 0);
  });
});

describe('files that are not pages, and pages without <html>', () => {
  it('says a PDF, Word or zipped document is one, checks the rest, and exits 2', async () => {
    const r = await run(['check', '--json', p('docs', '2023年报.pdf'), p('docs', '2022年报.doc'), p('docs', '2021年报.docx'), p('utf8.html')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out.map((o) => o.error ?? null)).toEqual([
      'PDF 文件：暂不能检查，只能检查网页（HTML）、Word（.docx）和 Excel（.xlsx）上的报告',
      '旧版 Word、Excel 或 WPS 文档（.doc/.xls/.wps）：暂不能检查，只能检查网页（HTML）、Word（.docx）和 Excel（.xlsx）上的报告',
      // a zip that is no readable Word file: said so (a real one is read: docx.test.ts)
      expect.stringMatching(/^无法解压文档：/),
      null,
    ]);
    expect(out[3]).toMatchObject({ isReport: true, year: 2019 });
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
  });

  it('in a folder, checks the pages and Word files and says how many documents it left out', async () => {
    const r = await run(['check', '--json', p('docs')]);
    expect((JSON.parse(r.stdout) as FileJson[]).map((o) => o.file)).toEqual([p('docs', '2021年报.docx'), p('docs', 'ndbg.html')]);
    expect(r.stderr).toContain('文件夹中有 2 个文档（PDF、旧版 Word 或 Excel 等）未检查：暂只能检查网页（HTML）、Word（.docx）和 Excel（.xlsx）上的报告');
  });

  it('reads a report saved without <html>, <head> or <body> as the whole page reads', async () => {
    const r = await run(['check', '--json', p('word-full.html'), p('word-fragment.html')]);
    const [full, fragment] = JSON.parse(r.stdout) as FileJson[];
    expect(full!.isReport).toBe(true);
    // the title was still the report's (it sits in <head>, where a browser puts it), and nothing differs
    expect({ ...fragment, file: '' }).toEqual({ ...full, file: '' });
  });

  it('never fails on a page whose text starts with a table, or has no element at all', async () => {
    const r = await run(['check', '--json', p('table-first.html'), p('text-only.html')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out.map((o) => o.error ?? null)).toEqual([null, null]);
    expect(out[1]!.isReport).toBe(false);
    expect(r.stderr).not.toContain('分析时出错');
  });
});

describe('--across-years', () => {
  const cross = (o: FileJson) => o.findings.filter((f) => f.rule.startsWith('cross.')).map((f) => [f.rule, f.severity, f.actual, f.expected]);

  it("checks one body's consecutive years against each other, from both sides, and exits 1", async () => {
    const r = await run(['check', '--json', '--across-years', p('years')]);
    const [y2020, y2021] = JSON.parse(r.stdout) as FileJson[];
    expect(cross(y2021!)).toEqual([
      ['cross.carry-over', 'error', 5, 3],
      ['cross.carry-over', 'error', 6, 4],
    ]);
    expect(y2021!.findings.find((f) => f.rule === 'cross.carry-over')!.message).toBe(
      `上年结转（自然人）与上年报告不符：2021年报告“二、上年结转”为5，2020年报告“四、结转下年度继续办理”为3（2020年报告：${p('years', '2020.html')}）`,
    );
    // the cell the finding is about: 2021's 二、上年结转 for 自然人
    expect(y2021!.findings.find((f) => f.rule === 'cross.carry-over')!.cells).toHaveLength(1);
    expect(cross(y2020!)).toEqual([
      ['cross.carry-over', 'error', 3, 5],
      ['cross.carry-over', 'error', 4, 6],
    ]);
    expect(r.code).toBe(1);
    // without the option, nothing across files
    const plain = JSON.parse((await run(['check', '--json', p('years')])).stdout) as FileJson[];
    expect(plain.flatMap(cross)).toEqual([]);
  });

  it('joins two folders by the address a saved page records, and never by the name alone', async () => {
    const apart = JSON.parse((await run(['check', '--json', '--across-years', p('apart')])).stdout) as FileJson[];
    expect(apart.map((o) => cross(o).length)).toEqual([2, 2]);
    // the same body's name, one from a folder and one from another county's site: two bodies
    const other = JSON.parse((await run(['check', '--json', '--across-years', p('other')])).stdout) as FileJson[];
    expect(other.flatMap(cross)).toEqual([]);
  });

  it('matches a saved page by the web host it records, else by its folder: about:internet and file: name no site', () => {
    expect(siteOf({ file: '/d/a/x.html', savedFrom: 'http://www.gangu.gov.cn/zwgk/2023/t1.html' })).toBe('www.gangu.gov.cn');
    // Internet Explorer's mark of the web, and a page saved from disk: every such file would share the empty host
    expect(siteOf({ file: '/d/a/x.htm', savedFrom: 'about:internet' })).toBe('folder:/d/a');
    expect(siteOf({ file: '/d/b/y.htm', savedFrom: 'file:///C:/Users/me/Desktop/y.htm' })).toBe('folder:/d/b');
    expect(siteOf({ file: '/d/b/y.htm', savedFrom: 'not an address' })).toBe('folder:/d/b');
    expect(siteOf({ file: '/d/b/y.htm', savedFrom: null })).toBe('folder:/d/b');
    // a body's year folders are one folder; other folders stay apart
    expect(siteOf({ file: '/d/温江区/2021/t20220125_6012.html', savedFrom: null })).toBe('folder:/d/温江区');
    expect(siteOf({ file: '/d/温江区/2022年度/index.html', savedFrom: null })).toBe('folder:/d/温江区');
    expect(siteOf({ file: '/d/温江区/第2批/index.html', savedFrom: null })).toBe('folder:/d/温江区/第2批');
  });

  it('says it in the readable report too', async () => {
    const r = await run(['check', '--across-years', p('years', '2021.html'), p('years', '2020.html')]);
    expect(r.stdout).toContain('上年结转（总计）与上年报告不符');
  });
});

describe('usage', () => {
  it('exits 2 with the usage on stderr and nothing on stdout', async () => {
    for (const argv of [[], ['verify', 'x.html'], ['check'], ['check', '--bogus', 'x.html'], ['check', '--csv'], ['check', '--jobs', '0', 'x.html']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(EXIT_USAGE_OR_IO);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('用法 / Usage');
    }
  });

  it('prints the help on stdout with exit 0', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nianbao-lens check');
  });

  it('parses --csv=FILE, -j N and -- before a PATH that starts with a dash', () => {
    expect(parseArgs(['check', '--csv=out.csv', '-j', '3', '--', '--odd.html'])).toEqual({
      kind: 'args',
      args: { json: false, acrossYears: false, csv: 'out.csv', jobs: 3, paths: ['--odd.html'] },
    });
    expect(parseArgs(['check', '--across-years', 'a.html'])).toMatchObject({ kind: 'args', args: { acrossYears: true, paths: ['a.html'] } });
  });
});

describe('text report', () => {
  it('writes a readable Chinese report per file and a summary', async () => {
    const r = await run(['check', p('utf8.html'), p('news.html'), p('missing.html')]);
    expect(r.stdout).toContain(`== ${p('utf8.html')}`);
    expect(r.stdout).toContain('2019 年度');
    expect(r.stdout).toContain('不是政府信息公开工作年度报告');
    expect(r.stdout).toContain('无法检查');
    expect(r.stdout).toMatch(/共 3 个文件/);
  });

  it('says a report\'s tables are pictures where its template would be, and 未识别 only where it is', async () => {
    const pictures = await run(['check', 'test/fixtures/pages/picture-tables-2022.html']);
    expect(pictures.stdout).toContain('东湖市云岭区民政局 · 2022 年度 · 表格是图片，无法读取（表格模板无从识别）');
    expect(pictures.stdout).not.toContain('表格模板未识别');
    // a 2019 report with tables the checker reads but whose template it cannot tell
    const unknown = await run(['check', 'test/fixtures/pages/luzhou-2019.html']);
    expect(unknown.stdout).toContain('表格模板未识别');
    expect(unknown.stdout).not.toContain('图片');
  });

  it('says a report is its attachment, naming the file once for the three tables it cannot read', async () => {
    const r = await run(['check', 'test/fixtures/pages/fujian-pdf-2023.html', 'test/fixtures/pages/image-table3-2021.html']);
    expect(r.stdout).toContain('云溪县交通运输局 · 2023 年度 · 报告在附件中，无法读取（表格模板无从识别）');
    expect(r.stdout).toContain('未找到表二（主动公开政府信息情况）、表三（收到和处理政府信息公开申请情况）、表四（政府信息公开行政复议、行政诉讼情况），这些表的校验未进行（报告全文在PDF附件“云溪县交通运输局2023年政府信息公开工作年度报告.pdf”中');
    expect(r.stdout.match(/报告全文在PDF附件/g)).toHaveLength(1);
    // one table missing: said as it was
    expect(r.stdout).toContain('未找到表三（收到和处理政府信息公开申请情况），该表的校验未进行（map.missing-table）');
  });
});

describe('--csv', () => {
  it('writes UTF-8 with BOM, CRLF, RFC 4180 quoting, one row per file', async () => {
    const csv = p('out.csv');
    const r = await run(['check', '--json', '--csv', csv, p('a,"quoted".html'), p('news.html'), p('missing.html')]);
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
    JSON.parse(r.stdout); // the CSV note went to stderr, not into the JSON
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]!.startsWith('file,isReport,year,agency,template,errors,warnings')).toBe(true);
    expect(lines[1]!.startsWith(`"${p('a,""quoted"".html')}",true,2019,`)).toBe(true);
    expect(lines[2]!.startsWith(`${p('news.html')},false,,,,0,0`)).toBe(true);
    expect(lines[3]!.startsWith(`${p('missing.html')},,,,,,`)).toBe(true);
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
  });

  it('puts every figure name of any file in a column, blanks empty', () => {
    const base = { isReport: true, template: '2019' as const, year: 2019, agency: '某局', findings: [] };
    const csv = toCsv([
      { ...base, file: 'a.html', figures: { 't4.review.total': 1, 't3.new.total': 5 } },
      { ...base, file: 'b.html', figures: { 't3.new.natural': null, 't2.license.decisions': 3 } },
    ]);
    const [head, a, b] = csv.slice(1).split('\r\n');
    expect(head).toBe('file,isReport,year,agency,template,errors,warnings,t2.license.decisions,t3.new.natural,t3.new.total,t4.review.total');
    expect(a).toBe('a.html,true,2019,某局,2019,0,0,,,5,1');
    expect(b).toBe('b.html,true,2019,某局,2019,0,0,3,,,');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('figure order', () => {
  it('follows the template: tables, rows, group items, columns; unknown names last', () => {
    const names = ['zz.extra', 't4.review.total', 't3.processed.total', 't3.new.total', 't3.new.natural', 't3.denied.secret.natural', 't3.denied.total', 't2.license.decisions'];
    expect(sortFigureNames(names)).toEqual([
      't2.license.decisions',
      't3.new.natural',
      't3.new.total',
      't3.denied.total',
      't3.denied.secret.natural',
      't3.processed.total',
      't4.review.total',
      'zz.extra',
    ]);
    expect(compareFigureNames('t3.new.total', 't3.new.total')).toBe(0);
  });
});

describe('worker pool (--jobs)', () => {
  // the workers run the bundle (with its linkedom patches, scripts/build-cli.mjs), one thread the
  // sources with linkedom as published: the fixture pages and the real page must come out the same
  it('gives the same objects in the same order as one thread', async () => {
    const out = mkdtempSync(join(tmpdir(), 'nianbao-dist-'));
    try {
      const buildScript = pathToFileURL(join(__dirname, '../../scripts/build-cli.mjs')).href;
      const { buildCli } = (await import(buildScript)) as { buildCli: (dir: string, o: { bench: boolean }) => Promise<unknown> };
      await buildCli(out, { bench: false });
      const real = join(__dirname, '../../../shared/corpus/real');
      const files = [p('folder'), p('utf8.html'), p('missing.html'), p('gbk-meta.html'), p('news.html'), join(__dirname, '../fixtures/pages'),
        join(__dirname, '../e2e/pages'), ...(existsSync(real) ? [real] : [])];
      const one = await run(['check', '--json', '--jobs', '1', ...files]);
      const pool = await run(['check', '--json', '--jobs', '2', ...files], { workerUrl: pathToFileURL(join(out, 'cli-worker.mjs')) });
      expect(pool.code).toBe(one.code);
      expect(JSON.parse(pool.stdout)).toEqual(JSON.parse(one.stdout));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // a build and every fixture page checked twice (~10 s alone, more beside another test file)
  }, 120_000);
});

describe('worker pool when a worker dies', () => {
  it('loses only the file being checked; the files the worker held go to a fresh one', async () => {
    const wdir = mkdtempSync(join(tmpdir(), 'nianbao-worker-'));
    try {
      // a stand-in worker: answers in arrival order, dies on a file named "crash"
      const script = join(wdir, 'worker.mjs');
      writeFileSync(
        script,
        `import { parentPort } from 'node:worker_threads';
         parentPort.on('message', (t) => {
           setTimeout(() => {
             if (t.file.endsWith('crash')) throw new Error('boom');
             parentPort.postMessage({ index: t.index, result: { file: t.file, analysis: null, error: 'checked', warnings: [] } });
           }, 5);
         });`,
      );
      const files = ['a', 'b', 'crash', 'c', 'd', 'e', 'f'];
      const got: [number, CheckedFile][] = [];
      await checkFiles(files.map((file) => ({ file })), { jobs: 2, workerUrl: pathToFileURL(script) }, (i, r) => got.push([i, r]));
      expect(got.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(got.map(([, r]) => r.error)).toEqual(['checked', 'checked', '工作线程出错：boom', 'checked', 'checked', 'checked', 'checked']);
    } finally {
      rmSync(wdir, { recursive: true, force: true });
    }
  });
});
