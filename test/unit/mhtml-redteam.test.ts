// @vitest-environment node
/**
 * Single-file pages as the programs that write them really do (cli/mhtml.ts, cli/load-page.ts
 * checkMhtml): Word's 单个文件网页, IE's and 360's base64 parts, hand-edited and Unix-passed files,
 * Chrome's nested frames, charsets that disagree, mail that is no page, a file cut short. Each
 * must read as the page it holds (the same report, figures and findings: `told`), or say clearly
 * why it cannot, never throw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkFile, type CheckedFile } from '../../cli/load-page.ts';
import { told } from './mhtml-helpers.ts';
import { isMhtml, readMhtml } from '../../cli/mhtml.ts';

const root = process.cwd();
const fixture = (p: string) => join(root, 'test/fixtures', p);
const bytesOf = (p: string) => readFileSync(fixture(p));

const UTF8_PAGE = 'pages/wrong-cell-2021.html';
const GBK_PAGE = 'pages/gbk-layout-2019.html';
const original = new Map<string, CheckedFile>();
const source = async (p: string) => original.get(p) ?? original.set(p, await checkFile(fixture(p))).get(p)!;

/** A message from its header lines and parts (each: header lines, then the body), joined by `eol`. */
function message(head: string[], boundary: string, parts: [string[], string | Buffer][], opts: { eol?: string; preamble?: string; close?: boolean } = {}): Buffer {
  const eol = opts.eol ?? '\r\n';
  const chunks: Buffer[] = [Buffer.from(`${head.join(eol)}${eol}${eol}${opts.preamble ?? ''}`, 'latin1')];
  for (const [headers, body] of parts) {
    chunks.push(Buffer.from(`--${boundary}${eol}${headers.join(eol)}${eol}${eol}`, 'latin1'));
    chunks.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from(eol, 'latin1'));
  }
  if (opts.close !== false) chunks.push(Buffer.from(`--${boundary}--${eol}`, 'latin1'));
  return Buffer.concat(chunks);
}

/** Quoted-printable as IE and Word write it: lines of 76 with soft breaks, `eol` between lines. */
function qp(bytes: Uint8Array, eol = '\r\n'): string {
  const lines: string[] = [];
  let line = '';
  for (const b of bytes) {
    if (b === 0x0a) {
      lines.push(line.replace(/[ \t]$/, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase()}`));
      line = '';
      continue;
    }
    if (b === 0x0d) continue;
    const tok = (b >= 33 && b <= 126 && b !== 0x3d) || b === 0x20 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + tok.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += tok;
  }
  lines.push(line);
  return lines.join(eol);
}

const b64 = (bytes: Uint8Array, eol = '\r\n') => Buffer.from(bytes).toString('base64').replace(/.{76}/g, `$&${eol}`);

describe('Word 单个文件网页 (.mht)', () => {
  it('reads a report written in Word and saved as one file as the report it is', async () => {
    const one = await checkFile(fixture('mhtml/word-gbk-layout-2019.mht'));
    expect(one.error).toBeUndefined();
    expect(told(one)).toEqual(told(await source(GBK_PAGE)));
    // Word's own folder is no site: such a file is matched across years by its folder (across-years.ts)
    expect(one.savedFrom).toBe('file:///C:/6E3F1A20/file.htm');
    expect(one.warnings).toEqual([]);
    const saved = readMhtml(bytesOf('mhtml/word-gbk-layout-2019.mht'))!;
    expect(saved.page.charset).toBe('gb2312');
    expect(saved.frames.map((f) => f.location)).toEqual(['file:///C:/6E3F1A20/file.files/header.htm']);
  });
});

describe('Internet Explorer and 360安全浏览器', () => {
  it('reads the page part in base64 (not quoted-printable), its GBK charset from the part', async () => {
    const bytes = message(
      ['From: <Saved by Windows Internet Explorer 8>', 'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----=_NextPart_000_0007_01DA1C2E.3F4A5B60"'],
      '----=_NextPart_000_0007_01DA1C2E.3F4A5B60',
      [[['Content-Type: text/html;', '\tcharset="gb2312"', 'Content-Transfer-Encoding: base64', 'Content-Location: http://www.fengxian.gov.cn/a.html'], b64(bytesOf(GBK_PAGE))]],
      { preamble: 'This is a multi-part message in MIME format.\r\n\r\n' },
    );
    const one = checkBytes('a.mht', bytes);
    expect(told(one)).toEqual(told(await source(GBK_PAGE)));
    expect(one.savedFrom).toBe('http://www.fengxian.gov.cn/a.html');
  });

  it('reads a UTF-8 page whose part starts with its byte order mark (=EF=BB=BF)', async () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf(UTF8_PAGE)]);
    const bytes = message(
      ['MIME-Version: 1.0', 'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000_0000_01D9E0A1.00000000"'],
      '----=_NextPart_000_0000_01D9E0A1.00000000',
      [[['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://www.yunling.gov.cn/x.html'], qp(page)]],
    );
    expect(qp(page).startsWith('=EF=BB=BF<')).toBe(true);
    const one = checkBytes('a.mht', bytes);
    expect(told(one)).toEqual(told(await source(UTF8_PAGE)));
    expect(one.warnings).toEqual([]);
  });
});

describe('files written or passed on by other tools', () => {
  const page = () => bytesOf(UTF8_PAGE);

  it('reads LF-only lines, a preamble that is no header, a boundary of regex characters, unquoted, as Boundary=', async () => {
    const boundary = '=_(1)+.?x:y/z,__';
    const bytes = message(
      ['MIME-Version: 1.0', `Content-Type: Multipart/Related; Boundary=${boundary}; type=text/html`],
      boundary,
      [
        [['Content-Type: text/css'], 'p{}'],
        [['content-type: Text/HTML; Charset=UTF-8', 'CONTENT-TRANSFER-ENCODING: Quoted-Printable', 'content-location: https://www.yunling.gov.cn/y.html'], qp(page(), '\n')],
      ],
      { eol: '\n', preamble: '-- not a boundary\n\nThis is a multi-part message in MIME format.\n\n' },
    );
    expect(isMhtml(bytes)).toBe(true);
    const one = checkBytes('a.mhtml', bytes);
    expect(told(one)).toEqual(told(await source(UTF8_PAGE)));
    expect(one.savedFrom).toBe('https://www.yunling.gov.cn/y.html');
  });

  it('reads a message whose own header was lost: its body alone, from its first delimiter line on', async () => {
    for (const [saved, page] of [['mhtml/wrong-cell-2021.mhtml', UTF8_PAGE], ['mhtml/word-gbk-layout-2019.mht', GBK_PAGE]] as const) {
      const text = bytesOf(saved).toString('latin1');
      const body = Buffer.from(text.slice(text.indexOf('\n--') + 1), 'latin1');
      expect(isMhtml(body)).toBe(true);
      const one = checkBytes('a.mht', body);
      expect(told(one)).toEqual(told(await source(page)));
      expect(one.warnings).toEqual([]);
    }
    // a page that starts with a line of dashes is still a page
    expect(isMhtml(Buffer.from('--------\r\n<html><body><p>x: y</p></body></html>'))).toBe(false);
  });

  it('reads a part header folded over several lines, and a message header folded before its value', async () => {
    const bytes = message(
      ['mime-version: 1.0', 'content-type:', ' multipart/related;', '  boundary="b(1)";', '  type="text/html"'],
      'b(1)',
      [[['Content-Type:', '\ttext/html;', '\t charset=', '\t "utf-8"', 'Content-Transfer-Encoding:', ' base64'], b64(page())]],
    );
    expect(isMhtml(bytes)).toBe(true);
    expect(readMhtml(bytes)!.page.charset).toBe('utf-8');
    expect(told(checkBytes('a.mhtml', bytes))).toEqual(told(await source(UTF8_PAGE)));
  });

  it('reads a part whose boundary line carries trailing blanks (RFC 2046 transport padding)', async () => {
    const bytes = Buffer.from(
      message(['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="bb"'], 'bb', [[['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'], b64(page())]])
        .toString('latin1')
        .replace(/^--bb\r\n/m, '--bb  \t\r\n'),
      'latin1',
    );
    expect(told(checkBytes('a.mhtml', bytes))).toEqual(told(await source(UTF8_PAGE)));
  });
});

describe('Chrome, frames in frames', () => {
  const FRAME = 'https://www.yunling.gov.cn/zwgk/gknb/202401/t20240122_1.html';
  /** A Chrome part: its document, quoted-printable, under a Content-ID its parent's iframe names. */
  const framePart = (id: string, url: string, html: Buffer | string): [string[], string] => [
    ['Content-Type: text/html', `Content-ID: <frame-${id}@mhtml.blink>`, 'Content-Transfer-Encoding: quoted-printable', `Content-Location: ${url}`],
    qp(typeof html === 'string' ? Buffer.from(html, 'utf8') : html),
  ];

  it('reads the report from the second frame, past a tiny ad frame, when the report frame has an iframe of its own', async () => {
    const outer = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>云岭区2021年政府信息公开工作年度报告</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<iframe src="cid:frame-AD01@mhtml.blink" width="300" height="60"></iframe>
<iframe src="cid:frame-RPT02@mhtml.blink" width="100%" height="3000"></iframe>
</body></html>`;
    const ad = '<html><head><meta charset="utf-8"></head><body><a href="https://ad.example.com/c"><img src="cid:img" alt="广告"></a></body></html>';
    const report = Buffer.from(bytesOf(UTF8_PAGE).toString('utf8').replace(/<\/body>/i, '<iframe src="cid:frame-CMT03@mhtml.blink" width="100%" height="200"></iframe></body>'), 'utf8');
    const comments = '<html><head><meta charset="utf-8"></head><body><p>网友留言（0）</p><table><tr><td>暂无留言</td></tr></table></body></html>';
    const bytes = message(
      ['From: <Saved by Blink>', 'Snapshot-Content-Location: https://www.yunling.gov.cn/zwgk/gknb/index.html', 'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----MultipartBoundary--aB3----"'],
      '----MultipartBoundary--aB3----',
      [
        framePart('MAIN00', 'https://www.yunling.gov.cn/zwgk/gknb/index.html', outer),
        framePart('AD01', 'https://ad.example.com/slot?id=7', ad),
        framePart('RPT02', FRAME, report),
        framePart('CMT03', 'https://www.yunling.gov.cn/comment/list?id=1', comments),
        [['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: cid:img'], 'iVBORw0KGgo='],
      ],
    );
    const one = checkBytes('a.mhtml', bytes);
    expect(told(one)).toEqual(told(await source(UTF8_PAGE)));
    expect(one.warnings).toEqual([`报告读自单文件网页中的框架（iframe）“${FRAME}”：单元格位置按该框架中的表格计数`]);
    expect(one.savedFrom).toBe('https://www.yunling.gov.cn/zwgk/gknb/index.html');
  });
});

describe('charsets that disagree', () => {
  /** The GBK page with its meta saying `label` (or with no meta). */
  const gbkPage = (label: string | null) =>
    Buffer.from(bytesOf(GBK_PAGE).toString('latin1').replace(/<meta http-equiv="Content-Type" content="text\/html; charset=gbk">\r?\n?/i, label ? `<meta http-equiv="Content-Type" content="text/html; charset=${label}">\n` : ''), 'latin1');
  const mht = (contentType: string, page: Buffer) =>
    message(['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="----=_NextPart_000_0000_01D5CF2B.5E3F1A20"'], '----=_NextPart_000_0000_01D5CF2B.5E3F1A20', [
      [[`Content-Type: ${contentType}`, 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: http://www.fengxian.gov.cn/a.html'], qp(page)],
    ]);

  it('decodes a part said to be gb2312 whose page says gbk as GB18030, and a part that says nothing by its page', async () => {
    for (const bytes of [mht('text/html; charset="gb2312"', gbkPage('gbk')), mht('text/html', gbkPage('gbk')), mht('text/html; charset="GBK"', gbkPage(null))]) {
      const one = checkBytes('a.mht', bytes);
      expect(told(one)).toEqual(told(await source(GBK_PAGE)));
      expect(one.warnings).toEqual([]);
    }
  });

  it('reads a GBK part that IE labelled us-ascii as the GBK its page and bytes say, and says so', async () => {
    for (const page of [gbkPage('gb2312'), gbkPage(null)]) {
      const one = checkBytes('a.mht', mht('text/html; charset="us-ascii"', page));
      expect(told(one)).toEqual(told(await source(GBK_PAGE)));
      expect(one.warnings).toContain('单文件网页中网页部分的编码声明为 US-ASCII，但含有非 ASCII 字节：改按页面自身的声明或内容判断编码');
    }
  });

  it("reads a part labelled with IE's auto-select (_autodetect_all), which no decoder knows, by its page's meta", async () => {
    const one = checkBytes('a.mht', mht('text/html; charset="_autodetect_all"', gbkPage('gb2312')));
    expect(told(one)).toEqual(told(await source(GBK_PAGE)));
  });

  it('reads a page Word saved in US-ASCII, its Chinese as numeric character references', async () => {
    const text = new TextDecoder('gb18030').decode(gbkPage('us-ascii'));
    const ascii = Buffer.from(text.replace(/[^\0-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`), 'latin1');
    const one = checkBytes('a.mht', mht('text/html; charset="us-ascii"', ascii));
    expect(told(one)).toEqual(told(await source(GBK_PAGE)));
    expect(one.warnings).toEqual([]);
  });

  it('says so when a part labelled UTF-8 holds bytes that are not, as for a page whose meta says so', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"><title>年报</title></head><body><p>共收到'), Buffer.from([0xe5, 0x85]), Buffer.from('12件</p></body></html>')]);
    const saved = message(['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b"'], 'b', [[['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'], b64(page)]]);
    const warning = '页面声明为 UTF-8，但含有无效字节，已按 UTF-8 解码（可能乱码）';
    expect(checkBytes('a.html', page).warnings).toEqual([warning]);
    expect(checkBytes('a.mht', saved).warnings).toEqual([warning]);
  });

  it('keeps a declared us-ascii when the bytes are ASCII (entities only): nothing to second-guess', () => {
    const one = checkBytes('a.mht', mht('text/html; charset=us-ascii', Buffer.from('<html><body><p>&#20849;&#25910;&#21040;</p></body></html>')));
    expect(one.error).toBeUndefined();
    expect(one.warnings).toEqual([]);
  });
});

describe('a file cut short', () => {
  const whole = () => bytesOf('mhtml/wrong-cell-2021.mhtml');

  it('reads what was saved of a page cut mid-part (no closing boundary), and says the file is incomplete', () => {
    const bytes = whole();
    const html = bytes.indexOf('Content-Type: text/css');
    for (const at of [Math.floor(html * 0.7), html - 40]) {
      const cut = bytes.subarray(0, at);
      const one = checkBytes('a.mhtml', cut);
      expect(one.error).toBeUndefined();
      expect(one.analysis).not.toBeNull();
      expect(one.warnings).toContain('单文件网页不完整（文件在中途截断，没有结尾的分隔行）：只检查了保存下来的部分');
    }
  });

  it('reads a whole page part when only the pictures after it were lost, still saying so', async () => {
    const bytes = whole();
    const cut = bytes.subarray(0, bytes.indexOf('Content-Type: image/png') + 30);
    const one = checkBytes('a.mhtml', cut);
    expect(told(one)).toEqual(told(await source(UTF8_PAGE)));
    expect(one.warnings).toContain('单文件网页不完整（文件在中途截断，没有结尾的分隔行）：只检查了保存下来的部分');
  });

  it('says clearly when a file cut short holds no page at all, at every length, and never throws', () => {
    const bytes = whole();
    const first = bytes.indexOf('Content-Type: text/html');
    for (const at of [20, 120, bytes.indexOf('\r\n\r\n') + 4, first - 3, first + 10]) {
      const one = checkBytes('a.mhtml', bytes.subarray(0, at));
      if (one.error !== undefined) expect(one.error).toMatch(/单文件网页（MHTML）/);
      expect(one.analysis === null || one.analysis.isReport === false).toBe(true);
    }
    const bodyStarts = bytes.indexOf('\r\n\r\n', first) + 4;
    expect(checkBytes('a.mhtml', bytes.subarray(0, bodyStarts))).toMatchObject({ analysis: null, error: '单文件网页（MHTML）不完整：文件在网页部分开始前就截断了，无法检查' });
    // every cut within the first part's headers and the start of its page
    for (let at = first - 200; at < first + 400; at += 7) expect(() => checkBytes('a.mhtml', bytes.subarray(0, at))).not.toThrow();
  });
});

describe('what is not a saved page', () => {
  it('reads an HTML page whose first lines look like mail headers (a mail saved as .html) as a page', async () => {
    const page = Buffer.concat([Buffer.from('From: bgs@fx.gov.cn\r\nSubject: 2019 report\r\nDate: Mon, 20 Jan 2020 10:02:11 +0800\r\n\r\n'), bytesOf(GBK_PAGE)]);
    expect(isMhtml(page)).toBe(false);
    const one = checkBytes('a.html', page);
    const { tables, figures, findings } = told(await source(GBK_PAGE));
    expect(told(one)).toMatchObject({ tables, figures, findings });
  });

  /** Received lines as a mail server chain writes them, long enough to push Content-Type past 4 KB. */
  const received = Array.from({ length: 30 }, (_, i) => `Received: from mx${i}.fx.gov.cn (unknown [10.0.${i}.1])\r\n\tby smtp.fx.gov.cn (Coremail) with SMTP id AQAAfwD3_${i}kzZ1\r\n\tfor <bgs@fx.gov.cn>; Mon, 20 Jan 2020 10:02:${String(i).padStart(2, '0')} +0800 (CST)`);
  const mail = (parts: [string[], string][]) =>
    message(
      [...received, 'From: "=?GBK?B?sOy5q8rS?=" <bgs@fx.gov.cn>', 'Subject: =?GBK?B?xOqxqA==?=', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed;', '\tboundary="----=_Part_123_456.1579485731"'],
      '----=_Part_123_456.1579485731',
      parts,
      { preamble: '' },
    );
  const alternative = (html: Buffer): [string[], string] => [
    ['Content-Type: multipart/alternative; ', '\tboundary="----=_Part_124_789.1579485731"'],
    message([], '----=_Part_124_789.1579485731', [
      [['Content-Type: text/plain; charset=GBK', 'Content-Transfer-Encoding: base64'], b64(Buffer.from('report'))],
      [['Content-Type: text/html; charset=GBK', 'Content-Transfer-Encoding: quoted-printable'], qp(html)],
    ]).toString('latin1').replace(/^\r\n\r\n/, ''),
  ];
  const docx: [string[], string] = [['Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="nb.docx"', 'Content-Disposition: attachment; filename="nb.docx"', 'Content-Transfer-Encoding: base64'], b64(Buffer.from('504b030414000000', 'hex'))];

  it('reads a mail (.eml, multipart/mixed) whose HTML body is the report, with headers past 4 KB, and says it is a mail', async () => {
    const bytes = mail([alternative(bytesOf(GBK_PAGE)), docx]);
    expect(bytes.indexOf('Content-Type: multipart/mixed')).toBeGreaterThan(4096);
    expect(isMhtml(bytes)).toBe(true);
    const one = checkBytes('a.eml', bytes);
    expect(told(one)).toEqual(told(await source(GBK_PAGE)));
    expect(one.warnings).toEqual(['这是一封邮件（MIME multipart/mixed），检查的是其中的网页（HTML）部分']);
  });

  it('reads the report from an HTML file a mail attaches, its body an HTML mail with inline pictures (mixed → alternative → related)', async () => {
    const body: [string[], string] = [
      ['Content-Type: multipart/alternative; boundary="alt-1"'],
      message([], 'alt-1', [
        [['Content-Type: text/plain; charset=utf-8'], 'see attachment'],
        [['Content-Type: multipart/related; boundary="rel-1"'], message([], 'rel-1', [
          [['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'], b64(Buffer.from('<html><body><p>年报见附件。</p><img src="cid:sig"></body></html>'))],
          [['Content-Type: image/png', 'Content-ID: <sig>', 'Content-Transfer-Encoding: base64'], 'iVBORw0KGgo='],
        ]).toString('latin1').replace(/^\r\n\r\n/, '')],
      ]).toString('latin1').replace(/^\r\n\r\n/, ''),
    ];
    const attached: [string[], string] = [['Content-Type: text/html; name="=?GBK?B?xOqxqC5odG1s?="', 'Content-Disposition: attachment; filename="=?GBK?B?xOqxqC5odG1s?="', 'Content-Transfer-Encoding: base64'], b64(bytesOf(UTF8_PAGE))];
    const one = checkBytes('a.eml', mail([body, attached]));
    expect(told(one)).toEqual(told(await source(UTF8_PAGE)));
    expect(one.warnings).toEqual(['这是一封邮件（MIME multipart/mixed），检查的是其中的网页（HTML）部分', '报告读自邮件中的另一个网页（HTML）部分“年报.html”']);
  });

  it('reads the report from a mail forwarded as an attachment (message/rfc822)', async () => {
    const forwarded = message(['From: bgs@fx.gov.cn', 'Subject: =?GBK?B?xOqxqA==?=', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="----=_Part_124_789.1579485731"'], '----=_Part_124_789.1579485731', [
      [['Content-Type: text/plain; charset=GBK', 'Content-Transfer-Encoding: base64'], b64(Buffer.from('report'))],
      [['Content-Type: text/html; charset=GBK', 'Content-Transfer-Encoding: quoted-printable'], qp(bytesOf(GBK_PAGE))],
    ]);
    const bytes = mail([[['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'], 'fw'], [['Content-Type: message/rfc822', 'Content-Disposition: attachment'], forwarded.toString('latin1')]]);
    const one = checkBytes('a.eml', bytes);
    expect(told(one)).toEqual(told(await source(GBK_PAGE)));
    expect(one.warnings).toEqual(['这是一封邮件（MIME multipart/mixed），检查的是其中的网页（HTML）部分']);
  });

  it("reads a mail Thunderbird saved, its mbox 'From - …' line first", async () => {
    const bytes = Buffer.concat([Buffer.from('From - Mon Jan 20 10:02:11 2020\r\nX-Mozilla-Status: 0001\r\nX-Mozilla-Status2: 00000000\r\n'), mail([alternative(bytesOf(GBK_PAGE))])]);
    expect(isMhtml(bytes)).toBe(true);
    expect(told(checkBytes('a.eml', bytes))).toEqual(told(await source(GBK_PAGE)));
  });

  it('says a mail with no HTML in it is a mail, not a page', () => {
    const bytes = mail([[['Content-Type: text/plain; charset=GBK', 'Content-Transfer-Encoding: base64'], b64(Buffer.from('see attachment'))], docx]);
    expect(checkBytes('a.eml', bytes)).toMatchObject({ analysis: null, error: '邮件（MIME multipart/mixed）中没有网页（HTML）部分，无法检查；附件请另存为文件后检查' });
  });
});

describe('where the message starts', () => {
  it('is not taken for a message when a page that starts with a header-like line quotes MIME headers further down', async () => {
    const page = Buffer.from(
      `Subject: 2021年报\r\n<html><head><meta charset="utf-8"></head><body><pre>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n</pre>\r\n${bytesOf(UTF8_PAGE).toString('utf8').replace(/\r?\n\s*\r?\n/g, '\n')}`,
      'utf8',
    );
    expect(isMhtml(page)).toBe(false);
    expect(checkBytes('a.html', page).analysis?.isReport).toBe(true);
  });

  it('reads an .mht that Notepad saved with a UTF-8 byte order mark before its headers', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf('mhtml/gbk-layout-2019.mht')]);
    expect(isMhtml(bytes)).toBe(true);
    expect(told(checkBytes('a.mht', bytes))).toEqual(told(await source(GBK_PAGE)));
  });
});
