/**
 * The batch checker's tests' shared makings (cli.test.ts, cli-output.test.ts): a GB18030 encoder,
 * small report pages, runCli with its output captured, and a temporary folder of pages.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../cli/main.ts';

// ---- a GB18030 encoder for the few characters a test needs, built from the platform's decoder ----
let gbTable: Map<string, number[]> | null = null;
export function encodeGb18030(s: string): Uint8Array {
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

export const REPORT_TITLE = '泉州市丰泽区2019年政府信息公开工作年度报告';
/** enough report text for the detector: the opening sentence, two section headings and some figures */
export const REPORT_BODY =
  '<p>本年度报告根据《中华人民共和国政府信息公开条例》要求编制。</p><h2>一、总体情况</h2><p>泉州市丰泽区人民政府全年主动公开政府信息1256条，收到申请45件，办结45件。</p><h2>二、主动公开政府信息情况</h2>';

export function page(head: string, title: string, body = title === REPORT_TITLE ? REPORT_BODY : '<p>正文</p>'): string {
  return `<!DOCTYPE html><html><head>${head}<title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], env: Parameters<typeof runCli>[2] = { workerUrl: null }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, env);
  return { code, stdout, stderr };
}

/**
 * A temporary folder of pages for one test file, made before its tests and removed after them:
 * UTF-8 and GBK pages, a folder, documents, fragments, one body's two years. Returns the path maker.
 */
export function useCliFolder(): (...parts: string[]) => string {
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
    writeFileSync(p('docs', '2020年报.wps'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    // a 方正 CEB file: no reader (skipped in a folder, and counted)
    writeFileSync(p('docs', '2018年报.ceb'), Buffer.from('CEB\x00\x00\x00\x00', 'latin1'));
    writeFileSync(p('docs', '2021年报.docx'), Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'));
    writeFileSync(p('docs', '2019年报.ofd'), readFileSync(join(process.cwd(), 'test/fixtures/ofd/word-2021-consistent-plain.ofd')));
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
    // copies (red team 25): two 公众号 articles name no site, so two folders stay apart; a
    // web.archive.org copy stands on the original's site, and joins it
    const savedAt = (y: number, url: string) => year(y).replace(/^(<!DOCTYPE html>\s*)/i, `$1<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n`);
    mkdirSync(p('wechat', 'a'), { recursive: true });
    mkdirSync(p('wechat', 'b'), { recursive: true });
    writeFileSync(p('wechat', 'a', '2020.html'), savedAt(2020, 'https://mp.weixin.qq.com/s/Xk2pQ7aB3cD4eF5gH6iJ7k'));
    writeFileSync(p('wechat', 'b', '2021.html'), savedAt(2021, 'https://mp.weixin.qq.com/s?__biz=MzA5NzQ3MTQ4Mg==&mid=2651&idx=1'));
    mkdirSync(p('wayback', 'a'), { recursive: true });
    mkdirSync(p('wayback', 'b'), { recursive: true });
    writeFileSync(p('wayback', 'a', '2020.html'), savedAt(2020, 'https://web.archive.org/web/20210315061203/http://www.yunxi.gov.cn/zwgk/ndbg/2020.html'));
    writeFileSync(p('wayback', 'b', '2021.html'), saved(2021, 'www.yunxi.gov.cn'));
    // 2021's text states changes against 2020 without 2020's figures: 行政复议 3 "较上年增加1件" (2020's
    // table 四 says 1: +2), 行政许可 1452 "较上年增加60件" (2020's table 二 says 1386: +66), 行政处罚 187
    // "较上年减少27件" (214: true)
    mkdirSync(p('yoy'));
    writeFileSync(p('yoy', '2020.html'), year(2020));
    writeFileSync(
      p('yoy', '2021.html'),
      year(2021).replace(
        '<p>2021年，区政府因政府信息公开工作被申请行政复议3件，被提起行政诉讼1件。</p>',
        '<p>2021年，区政府因政府信息公开工作被申请行政复议3件，较上年增加1件。全年办理行政许可1452件，较上年增加60件。作出行政处罚187件，较上年减少27件。</p>',
      ),
    );
  });

afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return p;
}
