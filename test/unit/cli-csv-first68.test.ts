// @vitest-environment node
/**
 * What cli67 (session 56) left of the batch checker (cli68): a --csv FILE that cannot be written (a
 * folder that does not exist, a directory, a place under a file) was found only after every file had
 * been checked; now it is tried first, as `tee` opens its file, and the run stops before any work. On
 * a terminal, a file's warning (and a file that could not be checked) was shown twice, on stderr and
 * in the readable report under the file's heading; now once, in the report, while --json keeps stdout
 * to its array, the warnings on stderr and the JSON's warnings as they were.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE_OR_IO, runCli } from '../../cli/main.ts';
import type { FileJson } from '../../cli/to-json.ts';
import { page, REPORT_TITLE, run } from './cli-folder.ts';

let dir = '';
const p = (...parts: string[]): string => join(dir, ...parts);
const MISMATCH = '声明为 GB2312，但内容是有效的 UTF-8';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-cli68-'));
  writeFileSync(p('2019.html'), page('<meta charset="utf-8">', REPORT_TITLE));
  // UTF-8 bytes under a gb2312 meta: read as UTF-8, with a warning
  writeFileSync(p('meta-gb2312.html'), page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', REPORT_TITLE));
  writeFileSync(p('empty.html'), '');
  mkdirSync(p('a-folder'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('--csv FILE that cannot be written', () => {
  it('is said before any file is checked, with nothing on stdout, and exits 2', async () => {
    for (const csv of [p('no-such-folder', 'out.csv'), p('a-folder'), p('2019.html', 'out.csv')]) {
      for (const json of [true, false]) {
        let stdout = '';
        let stderr = '';
        const argv = ['check', ...(json ? ['--json'] : []), '--csv', csv, p('empty.html'), p('2019.html')];
        const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), progress: true }, { workerUrl: null });
        expect(code, argv.join(' ')).toBe(EXIT_USAGE_OR_IO);
        expect(stdout, argv.join(' ')).toBe('');
        expect(stderr).toContain(`cannot write ${csv}`);
        // no file was read: neither the empty file's error nor a progress counter
        expect(stderr).not.toContain('文件是空的');
        expect(stderr).not.toContain('\r');
      }
    }
    expect(existsSync(p('no-such-folder'))).toBe(false);
  });

  it('leaves a CSV from an earlier run whole until the run writes its own, and writes it', async () => {
    const csv = p('earlier.csv');
    writeFileSync(csv, 'earlier run\r\n');
    let seenBeforeEnd = '';
    let stdout = '';
    const code = await runCli(['check', '--json', '--csv', csv, p('2019.html')], {
      stdout: (t) => {
        if (stdout === '') seenBeforeEnd = readFileSync(csv, 'utf8');
        stdout += t;
      },
      stderr: () => {},
    }, { workerUrl: null });
    expect(code).toBe(EXIT_OK);
    expect(seenBeforeEnd).toBe('earlier run\r\n');
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFFfile,')).toBe(true);
  });

  it('leaves no empty CSV behind when the run fails before writing it, and an earlier one untouched', async () => {
    const fresh = p('fresh.csv');
    const earlier = p('kept.csv');
    writeFileSync(earlier, 'earlier run\r\n');
    for (const csv of [fresh, earlier]) {
      const failing = runCli(['check', '--csv', csv, p('2019.html')], {
        stdout: () => {
          throw new Error('stdout closed');
        },
        stderr: () => {},
      }, { workerUrl: null });
      await expect(failing).rejects.toThrow('stdout closed');
    }
    expect(existsSync(fresh)).toBe(false);
    expect(readFileSync(earlier, 'utf8')).toBe('earlier run\r\n');
  });
});

describe('a warning on a terminal', () => {
  const files = (): string[] => [p('meta-gb2312.html'), p('empty.html')];

  it('is said once, in the readable report under its file, when the report is on the terminal', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['check', ...files()], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), reportOnTerminal: true }, { workerUrl: null });
    expect(code).toBe(EXIT_USAGE_OR_IO);
    const shown = stdout + stderr;
    expect(shown.split(MISMATCH)).toHaveLength(2);
    expect(shown.split('文件是空的')).toHaveLength(2);
    expect(stdout).toMatch(new RegExp(`== .*meta-gb2312\\.html\\n   注意：.*${MISMATCH}`));
    expect(stdout).toMatch(/== .*empty\.html\n   无法检查：文件是空的/);
    expect(stderr).toBe('');
  });

  it('stays on stderr with --json, the array as it was; and beside a report sent to a file', async () => {
    let stdout = '';
    let stderr = '';
    await runCli(['check', '--json', ...files()], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), reportOnTerminal: true }, { workerUrl: null });
    const out = JSON.parse(stdout) as FileJson[];
    expect(out[0]).toMatchObject({ isReport: true, year: 2019 });
    expect(stdout).not.toContain(MISMATCH);
    expect(out[1]!.error).toMatch(/文件是空的/);
    expect(stderr).toContain(MISMATCH);
    expect(stderr).toContain('文件是空的');
    // `nianbao-lens check … > report.txt`: the terminal's reader and the file's are two readers
    const toFile = await run(['check', ...files()]);
    expect(toFile.stdout).toMatch(new RegExp(`注意：.*${MISMATCH}`));
    expect(toFile.stderr).toContain(MISMATCH);
  });
});
