// @vitest-environment node
/**
 * The batch checker's output, run in process on a temporary folder of small pages: the readable
 * report, --csv, the order of figure names, and the worker pool (--jobs), a dying worker included.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_USAGE_OR_IO } from '../../cli/main.ts';
import { checkFiles } from '../../cli/pool.ts';
import type { CheckedFile } from '../../cli/load-page.ts';
import { csvField, toCsv, CSV_BOM } from '../../cli/csv.ts';
import { compareFigureNames, sortFigureNames } from '../../lib/report/figure-order.ts';
import { run, useCliFolder } from './cli-folder.ts';

const p = useCliFolder();

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
    // one table missing, a picture in its section: said so (red team 25)
    expect(r.stdout).toContain('未找到表三（收到和处理政府信息公开申请情况），该表的校验未进行（表三在页面上是图片，无法读取其中的数字）（map.missing-table）');
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

  it('gives a text cell that a spreadsheet would run as a formula a leading apostrophe, as the dashboard\'s export does', () => {
    const base = { isReport: true, template: '2019' as const, year: 2019, findings: [] };
    const csv = toCsv([
      { ...base, file: '=HYPERLINK("http://x.example","年报").html', agency: '@某局', figures: { 't3.change.total': -3 } },
      { ...base, file: '-2021.html', agency: '+1', figures: { 't3.change.total': 2 } },
    ]);
    const [, a, b] = csv.slice(1).split('\r\n');
    expect(a).toBe(`"'=HYPERLINK(""http://x.example"",""年报"").html",true,2019,'@某局,2019,0,0,-3`);
    expect(b).toBe("'-2021.html,true,2019,'+1,2019,0,0,2");
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
    // under the project's node_modules: the bundle imports pdf.js from there when it reads a PDF
    // (scripts/build-cli.mjs keeps it external), as dist/ does
    const out = mkdtempSync(join(__dirname, '../../node_modules/.nianbao-dist-'));
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
