// @vitest-environment node
/**
 * The batch checker against ../shared/spec/check-json.md where it fell short (cli67, session 56): a
 * --csv whose FILE was left out took the next argument for it (a page, overwritten with the CSV, or
 * --json, lost); an empty file passed for a page that is no report; a folder with nothing to check
 * gave an empty run that exited 0 without a word; a page whose bytes disagree with its own <meta
 * charset> (the site sent the other charset in its header) came out as mojibake, "not a report"; on a
 * terminal, a message was glued to the progress counter ("1/2nianbao-lens: …"); a damaged .docx was
 * said only not to unzip; the help left out the .mhtml and .mht a folder is searched for.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE_OR_IO, runCli, USAGE } from '../../cli/main.ts';
import { PAGE_EXTENSIONS } from '../../cli/walk.ts';
import { checkBytes, decodeHtml } from '../../cli/load-page.ts';
import type { FileJson } from '../../cli/to-json.ts';
import { encodeGb18030, page, REPORT_TITLE, run } from './cli-folder.ts';

let dir = '';
const p = (...parts: string[]): string => join(dir, ...parts);
const REPORT = page('<meta charset="utf-8">', REPORT_TITLE);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-cli56-'));
  writeFileSync(p('2019.html'), REPORT);
  writeFileSync(p('2020.html'), REPORT);
  writeFileSync(p('empty.html'), '');
  mkdirSync(p('nothing'));
  writeFileSync(p('nothing', 'readme.txt'), 'no page here');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('--csv FILE', () => {
  it('never takes a page to check, or the next option, for the CSV it writes', async () => {
    for (const argv of [
      ['check', '--csv', p('2019.html'), '--json', p('2020.html')],
      ['check', '--json', p('2020.html'), '--csv', p('2020.html')],
      ['check', '--csv', '--json', p('2019.html')],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(EXIT_USAGE_OR_IO);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--csv');
    }
    expect(readFileSync(p('2019.html'), 'utf8')).toBe(REPORT);
    expect(readFileSync(p('2020.html'), 'utf8')).toBe(REPORT);
  });

  it('still writes a CSV named after --csv, before or after --json and the PATHs', async () => {
    const r = await run(['check', `--csv=${p('out.csv')}`, '--json', p('2019.html')]);
    expect(r.code).toBe(EXIT_OK);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(readFileSync(p('out.csv'), 'utf8').startsWith('\uFEFFfile,')).toBe(true);
  });
});

describe('nothing to check', () => {
  it('says an empty file is one that could not be checked, in the one JSON array, and exits 2', async () => {
    const r = await run(['check', '--json', p('empty.html'), p('2019.html')]);
    expect(r.code).toBe(EXIT_USAGE_OR_IO);
    const out = JSON.parse(r.stdout) as FileJson[];
    expect(out.map((o) => o.file)).toEqual([p('empty.html'), p('2019.html')]);
    expect(out[0]!.error).toMatch(/空的（0 字节）/);
    expect(out[1]).toMatchObject({ isReport: true, year: 2019 });
    expect(r.stderr).toContain('empty.html');
  });

  it('says a folder holds nothing to check, and a run that checked nothing exits 2', async () => {
    const none = await run(['check', '--json', p('nothing')]);
    expect(none.stdout.trim()).toBe('[]');
    expect(none.stderr).toContain(`${p('nothing')}: 文件夹中没有可检查的文件`);
    expect(none.code).toBe(EXIT_USAGE_OR_IO);
    // beside a page that was checked: said, and the run goes by the page
    const beside = await run(['check', p('nothing'), p('2019.html')]);
    expect(beside.stderr).toContain('文件夹中没有可检查的文件');
    expect(beside.code).toBe(EXIT_OK);
  });
});

describe('a page whose bytes disagree with its own <meta charset>', () => {
  it('reads UTF-8 bytes under a gb2312 meta as UTF-8, and GBK bytes under a UTF-8 meta as GBK, and says so', () => {
    const utf8 = decodeHtml(new TextEncoder().encode(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', REPORT_TITLE)));
    expect(utf8.charset).toBe('utf-8');
    expect(utf8.text).toContain(REPORT_TITLE);
    expect(utf8.warnings.join()).toMatch(/声明为 GB2312，但内容是有效的 UTF-8/);
    const gbk = decodeHtml(encodeGb18030(page('<meta charset="utf-8">', REPORT_TITLE)));
    expect(gbk.charset).toBe('gb18030');
    expect(gbk.text).toContain(REPORT_TITLE);
    expect(gbk.warnings.join()).toMatch(/声明为 UTF-8，但内容是 GBK/);
  });

  it('keeps the meta where the bytes agree, or a UTF-8 page only has a stray bad byte', () => {
    const gbk = decodeHtml(encodeGb18030(page('<meta charset="gbk">', REPORT_TITLE)));
    expect(gbk).toMatchObject({ charset: 'gb18030', source: 'meta', warnings: [] });
    const bytes = new TextEncoder().encode(page('<meta charset="utf-8">', REPORT_TITLE));
    const at = bytes.indexOf(0xe5); // the first byte of a character, left alone: one invalid sequence
    const stray = decodeHtml(new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]));
    expect(stray.charset).toBe('utf-8');
    expect(stray.warnings.join()).toMatch(/含有无效字节/);
    // an ASCII page under a GBK meta is both: the meta stands
    expect(decodeHtml(new TextEncoder().encode(page('<meta charset="gbk">', 'Annual report')))).toMatchObject({ charset: 'gb18030', source: 'meta' });
  });
});

/** What a terminal shows of a stream that rewrites its last line with \r: each line as it is left. */
function screen(text: string): string[] {
  return text.split('\n').map((line) => {
    let shown = '';
    for (const part of line.split('\r')) shown = part + shown.slice(part.length);
    return shown;
  });
}

describe('the progress counter on a terminal', () => {
  it('is blanked out before a message, which starts its own line', async () => {
    let stderr = '';
    const code = await runCli(['check', '--json', p('2019.html'), p('empty.html')], { stdout: () => {}, stderr: (t) => (stderr += t), progress: true }, { workerUrl: null });
    expect(code).toBe(EXIT_USAGE_OR_IO);
    const lines = screen(stderr).map((l) => l.trimEnd());
    expect(lines[0]).toMatch(/^nianbao-lens: .*empty\.html: 文件是空的/);
    expect(lines).toContain('2/2');
  });
});

describe('a damaged Word or Excel file', () => {
  it('says what the reader can do about it, not only that it would not unzip', () => {
    const bytes = new Uint8Array([...Buffer.from('PK\u0003\u0004', 'latin1'), ...new TextEncoder().encode('cut short in a download')]);
    expect(checkBytes(p('2021.docx'), bytes).error).toMatch(/^无法解压文档：.*已损坏或不完整，请重新下载/);
  });
});

describe('the help', () => {
  it('names every kind of file a folder is searched for', () => {
    for (const ext of PAGE_EXTENSIONS) expect(USAGE, ext).toMatch(new RegExp(`\\${ext}(?![a-z])`));
  });
});
