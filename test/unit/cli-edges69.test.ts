// @vitest-environment node
/**
 * The batch checker's rough edges after cli67/cli68 (cli69, session 57): `… | head -1` closed the
 * pipe and the run went on checking every file for no one (the in-process check never yields to the
 * event loop, so the EPIPE 'error' event came after the last file), then exited with the findings'
 * status; `--csv -` wrote a file named "-"; a named pipe (FIFO) given or found hung the run for ever
 * (a FIFO found in a folder under a page's name was skipped unsaid); a dangling symlink was said
 * "not found", which `ls` contradicts.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_USAGE_OR_IO, parseArgs, runStreams } from '../../cli/main.ts';
import type { FileJson } from '../../cli/to-json.ts';
import { involvedLines } from '../../cli/format-text.ts';
import { page, REPORT_TITLE, run } from './cli-folder.ts';

let dir = '';
const p = (...parts: string[]): string => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-cli69-'));
  writeFileSync(p('2019.html'), page('<meta charset="utf-8">', REPORT_TITLE));
  mkdirSync(p('odd'));
  writeFileSync(p('odd', 'a.html'), page('<meta charset="utf-8">', REPORT_TITLE));
  symlinkSync(p('odd', 'nowhere.html'), p('odd', 'b-dangling.html'));
  execFileSync('mkfifo', [p('odd', 'c-fifo.html')]);
  symlinkSync('d-loop2.html', p('odd', 'd-loop1.html'));
  symlinkSync('d-loop1.html', p('odd', 'd-loop2.html'));
  writeFileSync(p('odd', 'e.html'), page('<meta charset="utf-8">', REPORT_TITLE));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A stdout whose reader goes away after its first chunk, as `| head -1`'s does: later writes fail with EPIPE. */
class ClosingPipe extends Writable {
  chunks: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    if (this.chunks.length >= 1) return done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    this.chunks.push(chunk.toString('utf8'));
    done();
  }
}

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('stdout closed early (`… | head -1`)', () => {
  it('stops at the failed write, quietly, with exit status 2; a CSV asked for is said not written, and none is left', async () => {
    const files = Array.from({ length: 6 }, () => p('2019.html'));
    for (const extra of [['--json'], [], ['--csv', p('out.csv')]]) {
      const out = new ClosingPipe();
      const err = new Sink();
      const checked: string[] = [];
      const code = await runStreams(['check', ...extra, ...files], out as unknown as NodeJS.WriteStream, err as unknown as NodeJS.WriteStream);
      checked.push(...out.chunks);
      expect(code, extra.join(' ')).toBe(EXIT_USAGE_OR_IO);
      expect(err.text).not.toMatch(/内部错误|internal error|EPIPE/);
      // one chunk got through; the run stopped at the next write instead of writing the other files' reports
      expect(checked).toHaveLength(1);
      if (extra[0] === '--csv') {
        expect(err.text).toContain('未写入 CSV');
        expect(existsSync(p('out.csv'))).toBe(false);
      } else expect(err.text).toBe('');
    }
  });
});

describe('--csv FILE that is a link or a pipe', () => {
  it('through a dangling symlink: the file made at its target is removed when the run stops before writing it, the link kept', async () => {
    symlinkSync(p('made-by-link.csv'), p('link.csv'));
    const code = await runStreams(['check', '--csv', p('link.csv'), p('2019.html'), p('2019.html')], new ClosingPipe() as unknown as NodeJS.WriteStream, new Sink() as unknown as NodeJS.WriteStream);
    expect(code).toBe(EXIT_USAGE_OR_IO);
    expect(existsSync(p('made-by-link.csv'))).toBe(false);
    expect(lstatSync(p('link.csv')).isSymbolicLink()).toBe(true);
  });

  it('a named pipe is refused before any file is checked (opening it waited for a reader for ever)', async () => {
    execFileSync('mkfifo', [p('out-fifo.csv')]);
    const r = await run(['check', '--json', '--csv', p('out-fifo.csv'), p('2019.html')]);
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('命名管道（FIFO）');
  });
});

describe('--csv -', () => {
  it('is a usage error (stdout carries the report or the JSON array), never a file named "-"', () => {
    for (const argv of [['check', '--csv', '-', 'a.html'], ['check', '--json', '--csv=-', 'a.html']]) {
      const parsed = parseArgs(argv);
      expect(parsed.kind, argv.join(' ')).toBe('usage-error');
      if (parsed.kind === 'usage-error') expect(parsed.message).toContain('./-');
    }
    // a file that is really named "-" can still be asked for
    expect(parseArgs(['check', '--csv', './-', 'a.html'])).toMatchObject({ kind: 'args', args: { csv: './-' } });
  });
});

describe('a PATH that is no regular file', () => {
  it('in a folder: a dangling link, a FIFO and a loop of links each said as what it is, the pages around them checked, exit 2', async () => {
    const r = await run(['check', '--json', p('odd')]);
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out.map((f) => f.file)).toEqual(['a.html', 'b-dangling.html', 'c-fifo.html', 'd-loop1.html', 'd-loop2.html', 'e.html'].map((f) => p('odd', f)));
    expect(out[0]).toMatchObject({ isReport: true, year: 2019 });
    expect(out[1]!.error).toContain(`指向的“${p('odd', 'nowhere.html')}”不存在（悬空链接）`);
    expect(out[2]!.error).toContain('命名管道（FIFO）');
    expect(out[3]!.error).toContain('符号链接循环');
    expect(out[5]).toMatchObject({ isReport: true, year: 2019 });
  });

  it('given as PATHs: the same words, and the FIFO is not read (the run ended instead of waiting for a writer)', async () => {
    const r = await run(['check', '--json', p('odd', 'c-fifo.html'), p('odd', 'b-dangling.html'), p('2019.html')]);
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out[0]!.error).toContain('命名管道（FIFO）');
    expect(out[1]!.error).toContain('悬空链接');
    expect(out[2]).toMatchObject({ isReport: true, year: 2019 });
  });
});

describe('the readable report\'s 涉及 list', () => {
  it('names each table once and breaks between cells at 80 columns, indented under the first cell', () => {
    const cells = [
      ...Array.from({ length: 30 }, (_, i) => ({ table: 1, row: 5 + i, col: 9 })),
      ...Array.from({ length: 3 }, (_, i) => ({ table: 2, row: 3, col: 1 + i })),
    ];
    const lines = involvedLines(cells);
    const cols = (t: string) => [...t].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x80 ? 1 : 2), 0);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(cols(l), l).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^ {10}涉及：第2个表格第6行第10列、第7行第10列、/);
    for (const l of lines.slice(1)) expect(l).toMatch(/^ {16}第\d/);
    const all = lines.map((l) => l.trim()).join('');
    expect(all.match(/第2个表格/g)).toHaveLength(1);
    expect(all).toContain('第35行第10列、第3个表格第4行第2列、第4行第3列、第4行第4列');
    expect(all.endsWith('第4行第4列')).toBe(true);
    // one cell stays one line, as before
    expect(involvedLines([{ table: 4, row: 3, col: 9 }])).toEqual(['          涉及：第5个表格第4行第10列']);
  });
});
