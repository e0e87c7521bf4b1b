/**
 * The batch checker: `nianbao-lens check [--json] [--csv FILE] [--jobs N] [--across-years] PATH...`
 * (spec/check-json.md). This file only parses arguments and wires stages together:
 * walk → pool (read, decode, parse, analyse) → text / JSON / CSV.
 *
 * Stdout discipline: with --json, stdout carries exactly one JSON array (one object per line, in
 * input order) and nothing else; progress, warnings and per-file errors go to stderr. Without
 * --json, when the readable report is on the terminal too, a file's warnings and error are said once,
 * in the report under the file's heading, not again on stderr.
 * Exit status: 2 for a usage error, an I/O error (a stdout closed early, `… | head`, included: the
 * run stops there), any file that could not be checked (a file that was not checked must never
 * pass for one without errors) or no file found at all; else 1 when any error-level finding; else 0.
 */
import { lstat, open, realpath, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { CheckedFile } from './load-page.ts';
import { errorText, READABLE } from './load-page.ts';
import { expandPaths, isPagePath, PAGE_EXTENSIONS } from './walk.ts';
import { checkFiles, defaultWorkerUrl } from './pool.ts';
import { type FileJson, toFileJson } from './to-json.ts';
import { toCsv } from './csv.ts';
import { formatFileText, formatSummary } from './format-text.ts';
import { acrossYears } from './across-years.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** show a progress counter on stderr */
  progress?: boolean;
  /**
   * stdout is the terminal stderr is on: the readable report's "注意"/"无法检查" lines under a file's
   * heading are what the reader sees, and the same words on stderr would show them twice
   */
  reportOnTerminal?: boolean;
}

export interface CliEnv {
  /** the built worker script for --jobs > 1 (default: dist/cli-worker.mjs beside this bundle) */
  workerUrl?: URL | null;
  /** cores to size the default pool by */
  cores?: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_IO = 2;

export const USAGE = `用法 / Usage:
  nianbao-lens check [--json] [--csv 文件] [--jobs N] [--across-years] 路径...
  nianbao-lens check [--json] [--csv FILE] [--jobs N] [--across-years] PATH...

检查政府信息公开工作年度报告（已保存的网页、Word、Excel 或 PDF 文件）中表格与正文的算术。
Checks the arithmetic of saved 政府信息公开工作年度报告 pages, Word, Excel and PDF files (tables and text).

  路径 PATH      .html/.htm/.shtml 网页、.mhtml/.mht 单文件网页、.doc、.docx、.wps、.xls、.xlsx、.et、.pdf 或 .ofd 文件，或文件夹（递归查找，按名称排序）
                 .html/.htm/.shtml and .mhtml/.mht pages, .doc, .docx, .wps, .xls, .xlsx, .et, .pdf or .ofd files, or folders (searched recursively, in sorted order)
  --json         标准输出只输出一个 JSON 数组，每个文件一个对象
                 stdout carries exactly one JSON array, one object per file
  --csv 文件     另把每个文件的主要数字写入 CSV（UTF-8 带 BOM，Excel 可直接打开；不能是 -：标准输出已用于报告）
  --csv FILE     also write every file's key figures to a CSV (UTF-8 with BOM, for Excel; not -: stdout carries the report)
  --jobs N, -j N 并行检查的线程数（默认：CPU 核数减一与文件数中较小者，至少 1）
                 worker threads (default: the smaller of CPU cores − 1 and files, at least 1)
  --across-years 另把同一单位相邻年度的报告互相核对（上年结转、现行有效件数、表三是否照搬）；
                 同一单位：单位名称相同，且来自同一网站（网页另存时记下的地址）或同一文件夹
                 also check each body's consecutive years against each other (carry-over, stock of
                 documents in force, a copied table 三); one body: the same name, from the same site
                 (the address a saved page records) or the same folder
  -h, --help     显示本说明 / show this help

退出码 / Exit status:
  0  没有错误级别的问题 / no error-level finding
  1  至少有一处错误 / at least one error-level finding
  2  用法错误、读写错误、有文件无法检查或没有找到可检查的文件 / usage or I/O error, a file could not be
     checked, or no file to check was found
`;

/** What a folder is searched for, in the words of the message about a folder that holds none of it. */
const FOUND_IN_FOLDERS = PAGE_EXTENSIONS.join(' ');

interface Args {
  json: boolean;
  acrossYears: boolean;
  csv: string | null;
  jobs: number | null;
  paths: string[];
}

type Parsed = { kind: 'args'; args: Args } | { kind: 'help' } | { kind: 'usage-error'; message: string };

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: '缺少命令 check / missing command "check"' };
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command !== 'check') return { kind: 'usage-error', message: `未知命令「${command}」/ unknown command "${command}"` };
  const args: Args = { json: false, acrossYears: false, csv: null, jobs: null, paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (onlyPaths || !a.startsWith('-') || a === '-') {
      args.paths.push(a);
      continue;
    }
    if (a === '--') {
      onlyPaths = true;
      continue;
    }
    if (a === '-h' || a === '--help') return { kind: 'help' };
    if (a === '--json') {
      args.json = true;
      continue;
    }
    if (a === '--across-years') {
      args.acrossYears = true;
      continue;
    }
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--csv' || flag === '--jobs' || flag === '-j') {
      const value = inline ?? rest[++i];
      // `--csv --json a.html`: the next option is not the value (it was taken for the CSV's name, and --json lost)
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('-') && value !== '-' && flag === '--csv')) {
        return { kind: 'usage-error', message: `${flag} 后缺少取值 / ${flag} needs a value` };
      }
      // "-" is stdout to a Unix tool, but stdout carries the readable report or --json's one array
      // (spec/check-json.md), which a CSV cannot share: refused, not written to a file named "-"
      if (flag === '--csv' && value === '-') {
        return {
          kind: 'usage-error',
          message: '--csv 不能写到标准输出（-）：标准输出已用于检查报告或 --json 的数组；请在 --csv 后写 CSV 文件名，如 --csv 结果.csv（名为“-”的文件请写 ./-） / --csv cannot write to stdout (-), which carries the report or --json\'s array: name a file, e.g. --csv results.csv (./- for a file named "-")',
        };
      }
      if (flag === '--csv') args.csv = value;
      else {
        const n = /^\d+$/.test(value) ? Number(value) : NaN;
        if (!(n >= 1)) return { kind: 'usage-error', message: `--jobs 需要正整数 / --jobs needs a positive integer: ${value}` };
        args.jobs = n;
      }
      continue;
    }
    return { kind: 'usage-error', message: `未知选项「${a}」/ unknown option "${a}"` };
  }
  if (args.paths.length === 0) return { kind: 'usage-error', message: '缺少路径 / no PATH given' };
  // `--csv 2021.html 2022.html`: the CSV's name left out, the first page taken for it would be overwritten
  if (args.csv !== null && (isPagePath(args.csv) || args.paths.includes(args.csv))) {
    return {
      kind: 'usage-error',
      message: `--csv 的文件「${args.csv}」是要检查的文件，不会覆盖它；请在 --csv 后写 CSV 文件名，如 --csv 结果.csv / ${args.csv} is a file to check, not overwritten: name the CSV after --csv, e.g. --csv results.csv`,
    };
  }
  return { kind: 'args', args };
}

export async function runCli(argv: readonly string[], io: CliIo, env: CliEnv = {}): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`nianbao-lens: ${parsed.message}\n\n${USAGE}`);
    return EXIT_USAGE_OR_IO;
  }
  const { args } = parsed;

  // The CSV's place is tried before any work, as `tee` opens its file first: a folder that does not
  // exist, a read-only place or a directory was found only after every file had been checked.
  // Tried without truncating (O_APPEND): a CSV there from an earlier run stays whole until this run
  // writes its own at the end; a file this run had to create is removed again if the run fails
  // before writing it, so that no empty CSV is left to pass for a result.
  let createdCsv: string | null = null;
  if (args.csv !== null) {
    try {
      createdCsv = await tryCsvPlace(args.csv);
    } catch (e) {
      io.stderr(`nianbao-lens: 无法写入 CSV，未检查任何文件 / cannot write ${args.csv}, nothing checked: ${errorText(e)}\n`);
      return EXIT_USAGE_OR_IO;
    }
  }
  let csvWritten = false;
  try {
    const code = await checkAll(args, io, env, async (results) => {
      csvWritten = true;
      await writeFile(args.csv!, toCsv(results), 'utf8');
    });
    return code;
  } catch (e) {
    // a run cut short by its reader (`… | head`) says nothing more on stdout; the CSV asked for is not there to be found later
    if (e instanceof OutputClosed && args.csv !== null) io.stderr(`nianbao-lens: 标准输出已关闭，检查中止，未写入 CSV / stdout closed, run stopped, ${args.csv} not written\n`);
    throw e;
  } finally {
    if (createdCsv !== null && !csvWritten) await unlink(createdCsv).catch(() => {});
  }
}

/**
 * Opens the CSV's place for writing without truncating it; the path of the file it had to create
 * (to be removed if the run fails before writing it), else null. A dangling symlink is written
 * through, as a shell's `>` does, and the file it created at the link's target is the one removed
 * (not the link). A named pipe is refused: its open would wait for a reader for ever.
 */
async function tryCsvPlace(file: string): Promise<string | null> {
  let created: string | null = file;
  const handle = await open(file, 'wx').catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
    const target = await stat(file).catch(() => null);
    if (target?.isFIFO() && (await lstat(await realpath(file)).catch(() => null))?.isFIFO()) {
      throw new Error('是命名管道（FIFO），不是文件 / a named pipe (FIFO), not a file');
    }
    const opened = await open(file, 'a');
    created = target === null ? await realpath(file) : null;
    return opened;
  });
  await handle.close();
  return created;
}

async function checkAll(args: Args, io: CliIo, env: CliEnv, writeCsv: (results: FileJson[]) => Promise<void>): Promise<number> {
  const skipped: string[] = [];
  const emptyFolders: string[] = [];
  const entries = await expandPaths(args.paths, skipped, emptyFolders);
  for (const dir of emptyFolders) {
    io.stderr(`nianbao-lens: ${dir}: 文件夹中没有可检查的文件（${FOUND_IN_FOLDERS}）/ no page or document to check in this folder\n`);
  }
  if (skipped.length > 0) {
    io.stderr(
      `nianbao-lens: 文件夹中有 ${skipped.length} 个文档（方正 CEB）未检查：暂${READABLE} / ` +
        `${skipped.length} documents (Founder CEB) in the folders were not checked: only web pages, Word (.doc, .docx), Excel (.xls, .xlsx), WPS (.wps, .et), and PDF and OFD files with text can be\n`,
    );
  }
  // The counter (io.progress) stands on the terminal's last line, rewritten by \r; a message written
  // after it was glued to it ("8/13nianbao-lens: …"): blank the counter out first, and the next
  // counter starts on the line below the message.
  let counter = '';
  const say = (text: string): void => {
    if (counter !== '') io.stderr(`\r${' '.repeat(counter.length)}\r`);
    counter = '';
    io.stderr(text);
  };
  let ioError = false;
  let anyErrorFinding = false;
  let unchecked = false;
  const items = entries.map((e) => ({
    file: e.file,
    preset: e.error !== undefined ? ({ file: e.file, analysis: null, error: e.error, ioError: true, warnings: [] } satisfies CheckedFile) : undefined,
  }));

  // Default pool: one worker per core but one. On the 2-core machine of the bench, a 2-worker pool
  // was no faster than one thread (V8's GC and compiler threads already use the second core) and
  // cost ~30% more CPU, so 2 cores check in process; 8 cores get 7 workers.
  const cores = env.cores ?? availableParallelism();
  const jobs = args.jobs ?? Math.max(1, Math.min(cores - 1, items.length));
  const workerUrl = env.workerUrl === undefined ? defaultWorkerUrl() : env.workerUrl;
  if (args.jobs !== null && args.jobs > 1 && !workerUrl) {
    io.stderr('nianbao-lens: 未找到已构建的工作线程脚本，改为单线程检查 / no built worker script, checking in one thread\n');
  }

  const results: FileJson[] = [];
  if (args.json) io.stdout('[');
  const emit = (index: number, checked: CheckedFile): void => {
    const json = toFileJson(checked);
    results.push(json);
    if (checked.ioError) ioError = true;
    if (json.error !== undefined) unchecked = true;
    if (json.findings.some((f) => f.severity === 'error')) anyErrorFinding = true;
    // said once where the reader looks: in the readable report when it is on the terminal, else on stderr
    const inReport = !args.json && io.reportOnTerminal === true;
    if (!inReport) for (const w of checked.warnings) say(`nianbao-lens: ${checked.file}: ${w}\n`);
    if (!inReport && json.error !== undefined) say(`nianbao-lens: ${checked.file}: ${json.error}\n`);
    if (args.json) io.stdout(`${index === 0 ? '\n' : ',\n'}${JSON.stringify(json)}`);
    else io.stdout(formatFileText(checked) + '\n');
  };
  // --across-years needs every file before it can say anything of one: the output waits for the last
  const held: CheckedFile[] | null = args.acrossYears ? [] : null;
  await checkFiles(items, { jobs, workerUrl, onWorkerOutput: say }, (index, checked) => {
    if (held) held.push(checked);
    else emit(index, checked);
    if (io.progress) {
      const last = index + 1 === items.length;
      io.stderr(`\r${index + 1}/${items.length}${last ? '\n' : ''}`);
      counter = last ? '' : `${index + 1}/${items.length}`;
    }
  });
  if (held) {
    const cross = acrossYears(held);
    held.forEach((checked, i) => {
      if (checked.analysis && cross[i]!.length > 0) checked.analysis.findings.push(...cross[i]!);
      emit(i, checked);
    });
  }
  if (args.json) io.stdout(items.length > 0 ? '\n]\n' : ']\n');
  else io.stdout(formatSummary(results));

  if (args.csv !== null) {
    try {
      await writeCsv(results);
      io.stderr(`nianbao-lens: 已写入 CSV / wrote ${args.csv}\n`);
    } catch (e) {
      io.stderr(`nianbao-lens: 无法写入 CSV / cannot write ${args.csv}: ${errorText(e)}\n`);
      ioError = true;
    }
  }
  // nothing checked is no pass: a wrong folder or an empty download must not look like a clean run
  if (ioError || unchecked || items.length === 0) return EXIT_USAGE_OR_IO;
  return anyErrorFinding ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Thrown by the command line's stdout once the reader has gone (`… | head -1` closed the pipe): the
 * run stops there, as a Unix tool killed by SIGPIPE does, instead of checking every file for no one.
 */
export class OutputClosed extends Error {
  constructor() {
    super('stdout closed (EPIPE)');
  }
}

/** The stream's write failed because its reader closed the pipe (Writable.errored is set at once, the 'error' event later). */
function pipeClosed(stream: NodeJS.WritableStream & { errored?: Error | null }): boolean {
  return (stream.errored as NodeJS.ErrnoException | null | undefined)?.code === 'EPIPE';
}

/**
 * runCli on real streams. A closed stdout (EPIPE) stops the run quietly with exit status 2: the
 * spec's status for an I/O error, and what the files left unchecked call for (a run cut short must
 * not pass for a clean one, or a clean one with findings); a Unix tool dies of SIGPIPE with 141,
 * non-zero too. The in-process check never yields to the event loop between files, so the 'error'
 * event came only after every file had been checked: the failed write is seen on the stream itself.
 */
export async function runStreams(argv: readonly string[], out: NodeJS.WriteStream, err: NodeJS.WriteStream): Promise<number> {
  // the 'error' event of a closed pipe comes after the write that failed: that write already stopped the run
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  const code = await runCli(argv, {
    stdout: (t) => {
      if (pipeClosed(out)) throw new OutputClosed();
      out.write(t);
      if (pipeClosed(out)) throw new OutputClosed();
    },
    stderr: (t) => void err.write(t),
    // a counter on the terminal, unless stdout shares it (the text report would tear it)
    progress: err.isTTY === true && out.isTTY !== true,
    reportOnTerminal: err.isTTY === true && out.isTTY === true,
  }).catch((e: unknown) => {
    if (e instanceof OutputClosed) return EXIT_USAGE_OR_IO;
    err.write(`nianbao-lens: 内部错误 / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_USAGE_OR_IO;
  });
  // a write that failed after the last one was made (a pipe written asynchronously): the output was cut short all the same
  return pipeClosed(out) ? EXIT_USAGE_OR_IO : code;
}

/** The command line entry (bin/nianbao-lens.mjs): real stdout/stderr, exit status via process.exitCode. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  // Anything the core might print must not reach stdout, which --json owns.
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;
  const code = await runStreams(argv, process.stdout, process.stderr);
  process.exitCode = code;
  return code;
}
