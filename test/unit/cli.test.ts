// @vitest-environment node
/**
 * The batch checker run in process (runCli with captured stdout/stderr) on temporary folders of
 * small pages: UTF-8 and GBK pages, a folder, a missing and an unreadable path; documents and
 * fragments; --across-years; usage. (The readable and CSV output and the worker pool: cli-output.test.ts.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, EXIT_OK, EXIT_USAGE_OR_IO } from '../../cli/main.ts';
import { savedFromUrl, siteOf } from '../../cli/across-years.ts';
import { decodeHtml, sniffCharset } from '../../cli/load-page.ts';
import type { FileJson } from '../../cli/to-json.ts';
import { encodeGb18030, page, REPORT_TITLE, run, useCliFolder } from './cli-folder.ts';

const p = useCliFolder();

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

  it('gives a town\'s county as `region` where the page tells it, and no such field where it does not (det62)', async () => {
    const fixture = (set: string, name: string) => join(process.cwd(), 'test/fixtures', set, `${name}.html`);
    const files = [fixture('det61', 'b01-gangu-crumb-2023'), fixture('det62', 'c01-huating-footer-gbk'), fixture('det61', 'b07-city-only-2024'), p('utf8.html')];
    const out = JSON.parse((await run(['check', '--json', ...files])).stdout) as FileJson[];
    expect(out.map((o) => [o.agency, o.region])).toEqual([['城关镇人民政府', '甘谷县'], ['东华镇人民政府', '华亭市'], ['城关镇人民政府', undefined], ['泉州市丰泽区人民政府', undefined]]);
    expect(Object.keys(out[0]!)).toEqual(['file', 'isReport', 'template', 'year', 'agency', 'region', 'findings', 'figures']);
    expect('region' in out[2]!).toBe(false);
  });

  it('exits 1 exactly when some file has an error-level finding', async () => {
    const r = await run(['check', '--json', p('utf8.html'), p('news.html')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    const anyError = out.some((o) => o.findings.some((f) => f.severity === 'error'));
    expect(r.code).toBe(anyError ? 1 : 0);
  });
});

// Each test spawns the CLI on several files (pdf.js, a Word reader): ~3 s alone, past 20 s seen on a loaded machine.
describe('files that are not pages, and pages without <html>', { timeout: 60_000 }, () => {
  it('reads a PDF, says a damaged .doc or a zipped document is one, checks the rest, and exits 2', async () => {
    const r = await run(['check', '--json', p('docs', '2023年报.pdf'), p('docs', '2022年报.doc'), p('docs', '2021年报.docx'), p('utf8.html')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out.map((o) => o.error ?? null)).toEqual([
      // a PDF is read (its one English line is no report: pdf-corpus.test.ts reads real ones)
      null,
      // a compound file's signature and nothing after it: a .doc cut short (real ones are read: doc-read.test.ts)
      'Word 文档（.doc）已损坏或不完整，无法读取',
      // a zip that is no readable Word file: said so (a real one is read: docx.test.ts)
      expect.stringMatching(/^无法解压文档：/),
      null,
    ]);
    expect(out[0]).toMatchObject({ isReport: false });
    expect(out[3]).toMatchObject({ isReport: true, year: 2019 });
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
  });

  it('says a PDF it cannot open, or one with no text (a scan), is one', async () => {
    // a PDF's header and nothing pdf.js can open; a page whose content draws no text
    mkdirSync(p('pdfs'), { recursive: true });
    writeFileSync(p('pdfs', 'broken.pdf'), '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog\n');
    const textless = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n4 0 obj << /Length 21 >>\nstream\n0 0 m 100 100 l S\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    writeFileSync(p('pdfs', 'scan.pdf'), textless);
    const r = await run(['check', '--json', p('pdfs', 'broken.pdf'), p('pdfs', 'scan.pdf')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out[0]!.error).toMatch(/^PDF 文件无法打开（已损坏或已加密）：/);
    expect(out[1]!.error).toBe('PDF 中没有文字（可能是扫描件），无法检查');
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
  });

  it('in a folder, checks the pages, Word, WPS, PDF and OFD files and says how many documents it left out', async () => {
    const r = await run(['check', '--json', p('docs')]);
    const out = JSON.parse(r.stdout) as FileJson[];
    // the OFD read as the report it prints
    expect(out[0]).toMatchObject({ file: p('docs', '2019年报.ofd'), isReport: true, year: 2022 });
    expect(out.map((o) => o.file)).toEqual([p('docs', '2019年报.ofd'), p('docs', '2020年报.wps'), p('docs', '2021年报.docx'), p('docs', '2022年报.doc'), p('docs', '2023年报.pdf'), p('docs', 'ndbg.html')]);
    // a .wps cut short is said to be one by its own name (a whole one is read as a .doc: doc-read.test.ts)
    expect(out[1]!.error).toBe('WPS 文字文档（.wps）已损坏或不完整，无法读取');
    expect(r.stderr).toContain('文件夹中有 1 个文档（方正 CEB）未检查：暂只能检查网页（HTML、MHTML）、Word（.doc、.docx）、Excel（.xls、.xlsx）、WPS（.wps、.et）和有文字的 PDF、OFD 上的报告');
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

  it("checks the text's changes of reviews and table 二's decisions against last year's tables, silent where they hold", async () => {
    const [y2020, y2021] = JSON.parse((await run(['check', '--json', '--across-years', p('yoy')])).stdout) as FileJson[];
    const changes = (o: FileJson) => o.findings.filter((f) => f.rule === 'cross.text-change');
    // the page itself was changed only in its text: the tables still disagree on 上年结转 as in years/
    expect(changes(y2021!).map((f) => f.message)).toEqual([
      `本报告正文“区政府因政府信息公开工作被申请行政复议3件，较上年增加1件”与2020年报告不符：其表四“行政复议”总计1件，按本年3件计应为增加2件（2020年报告：${p('yoy', '2020.html')}）`,
      `本报告正文“全年办理行政许可1452件，较上年增加60件”与2020年报告不符：其表二“行政许可”处理决定数量1386件，按本年1452件计应为增加66件（2020年报告：${p('yoy', '2020.html')}）`,
    ]);
    // on 2020's report: its own cells, with what 2021's text makes them
    expect(changes(y2020!).map((f) => [f.severity, f.actual, f.expected])).toEqual([['warning', 1, 2], ['warning', 1386, 1392]]);
    // the penalties' change (214 → 187, −27) holds: nothing said of it
    expect(JSON.stringify(changes(y2021!))).not.toContain('行政处罚');
  });

  it('joins two folders by the address a saved page records, and never by the name alone', async () => {
    const apart = JSON.parse((await run(['check', '--json', '--across-years', p('apart')])).stdout) as FileJson[];
    expect(apart.map((o) => cross(o).length)).toEqual([2, 2]);
    // the same body's name, one from a folder and one from another county's site: two bodies
    const other = JSON.parse((await run(['check', '--json', '--across-years', p('other')])).stdout) as FileJson[];
    expect(other.flatMap(cross)).toEqual([]);
    // two 公众号 articles in two folders: the platform's host names no body's site (red team 25)
    const wechat = JSON.parse((await run(['check', '--json', '--across-years', p('wechat')])).stdout) as FileJson[];
    expect(wechat.flatMap(cross)).toEqual([]);
    // a web.archive.org copy stands on the original's site: joined with a page saved from it
    const wayback = JSON.parse((await run(['check', '--json', '--across-years', p('wayback')])).stdout) as FileJson[];
    expect(wayback.map((o) => cross(o).length)).toEqual([2, 2]);
  });

  it('matches a saved page by the web host it records, else by its folder: about:internet and file: name no site', () => {
    expect(siteOf({ file: '/d/a/x.html', savedFrom: 'http://www.gangu.gov.cn/zwgk/2023/t1.html' })).toBe('www.gangu.gov.cn');
    // Internet Explorer's mark of the web, and a page saved from disk: every such file would share the empty host
    expect(siteOf({ file: '/d/a/x.htm', savedFrom: 'about:internet' })).toBe('folder:/d/a');
    expect(siteOf({ file: '/d/b/y.htm', savedFrom: 'file:///C:/Users/me/Desktop/y.htm' })).toBe('folder:/d/b');
    expect(siteOf({ file: '/d/b/y.htm', savedFrom: 'not an address' })).toBe('folder:/d/b');
    expect(siteOf({ file: '/d/b/y.htm', savedFrom: null })).toBe('folder:/d/b');
    // an archive's copy: the original's host; a 公众号's or a news platform's page: none (red team 25)
    expect(siteOf({ file: '/d/a/x.html', savedFrom: 'https://web.archive.org/web/20240301051203/https://www.gangu.gov.cn/zwgk/2023/t1.html' })).toBe('www.gangu.gov.cn');
    expect(siteOf({ file: '/d/a/x.html', savedFrom: 'https://mp.weixin.qq.com/s/Xk2pQ7aB3cD4eF5gH6iJ7k' })).toBe('folder:/d/a');
    expect(siteOf({ file: '/d/a/x.html', savedFrom: 'https://www.toutiao.com/article/7318/' })).toBe('folder:/d/a');
    // a body's year folders are one folder; other folders stay apart
    expect(siteOf({ file: '/d/温江区/2021/t20220125_6012.html', savedFrom: null })).toBe('folder:/d/温江区');
    expect(siteOf({ file: '/d/温江区/2022年度/index.html', savedFrom: null })).toBe('folder:/d/温江区');
    expect(siteOf({ file: '/d/温江区/第2批/index.html', savedFrom: null })).toBe('folder:/d/温江区/第2批');
  });

  it('reads the address Chrome, SingleFile and Save Page WE write into a saved page', () => {
    expect(savedFromUrl('<!DOCTYPE html>\n<!-- saved from url=(0045)http://www.yunxi.gov.cn/zwgk/ndbg/2020.html -->\n<html>')).toBe('http://www.yunxi.gov.cn/zwgk/ndbg/2020.html');
    expect(savedFromUrl('<!DOCTYPE html> <html lang="zh-CN"><!--\n Page saved with SingleFile \n url: https://www.yunxi.gov.cn/art/2025/1/20/art_1581_2024.html \n saved date: Sat Mar 01 2025 13:12:03 GMT+0800\n--><head>')).toBe('https://www.yunxi.gov.cn/art/2025/1/20/art_1581_2024.html');
    expect(savedFromUrl('<html><head>\n<meta name="savepage-url" content="https://www.yunxi.gov.cn/a.html?id=1&amp;p=2">\n<meta name="savepage-title" content="t">')).toBe('https://www.yunxi.gov.cn/a.html?id=1&p=2');
    // a page that only mentions them in its text, past its opening, or not at all
    expect(savedFromUrl(`<html><body>${'x'.repeat(4100)}<!-- saved from url=(0020)http://a.gov.cn/ --></body></html>`)).toBeNull();
    expect(savedFromUrl('<html><head><meta name="savepage-title" content="t"></head><body><p>url: https://x.gov.cn/</p></body></html>')).toBeNull();
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
