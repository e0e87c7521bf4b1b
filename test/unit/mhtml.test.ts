// @vitest-environment node
/**
 * Pages saved as one file (cli/mhtml.ts): Chrome's .mhtml and IE's / 360安全浏览器's .mht, written
 * from fixture pages by test/fixtures/make-mhtml.mjs. The batch checker must read each as the page
 * it was saved from: the same report, figures and findings, its address from the message, a
 * report shown in an iframe read from the frame's part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkFile } from '../../cli/load-page.ts';
import { told } from './mhtml-helpers.ts';
import { isMhtml, readMhtml } from '../../cli/mhtml.ts';
import { expandPaths } from '../../cli/walk.ts';

const root = process.cwd();
const fixture = (p: string) => join(root, 'test/fixtures', p);

const MSG = (parts: string[], head = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"') =>
  Buffer.from(`${head}\r\n\r\n${parts.map((p) => `--b1\r\n${p}\r\n`).join('')}--b1--\r\n`, 'latin1');

describe('a page saved as one file', () => {
  for (const [saved, page, from] of [
    ['mhtml/wrong-cell-2021.mhtml', 'pages/wrong-cell-2021.html', 'https://www.yunling.gov.cn/zwgk/gknb/202401/t20240122_1.html'],
    ['mhtml/gbk-layout-2019.mht', 'pages/gbk-layout-2019.html', 'http://www.fengxian.gov.cn/zgfx/xxgk/ndbg/201903/t20200120_1.html'],
  ] as const) {
    it(`is read as the page it was saved from (${saved})`, async () => {
      const one = await checkFile(fixture(saved));
      const original = await checkFile(fixture(page));
      expect(one.error).toBeUndefined();
      expect(original.analysis!.findings.some((f) => f.severity === 'error')).toBe(true);
      expect(told(one)).toEqual(told(original));
      // its address, for matching a body's years by site (cli/across-years.ts)
      expect(one.savedFrom).toBe(from);
      expect(one.warnings).toEqual([]);
    });
  }

  it('reads a report shown in an iframe from the frame saved beside the page, and says so', async () => {
    const one = await checkFile(fixture('mhtml/iframe-fengze-2019.mhtml'));
    const original = await checkFile(fixture('pages/fengze-2019.html'));
    expect(told(one)).toEqual(told(original));
    expect(one.warnings).toEqual(['报告读自单文件网页中的框架（iframe）“https://www.fengze.gov.cn/zwgk/xxgkml/ndbg/202001/t20200115_2.html”：单元格位置按该框架中的表格计数']);
    expect(one.savedFrom).toBe('https://www.fengze.gov.cn/zwgk/xxgkml/ndbg/index.html');
    // the outer page alone: the report's title over an iframe, no table
    const outer = readMhtml(readFileSync(fixture('mhtml/iframe-fengze-2019.mhtml')))!;
    expect(Buffer.from(outer.page.bytes).toString('utf8')).toContain('<iframe src="cid:frame-2E4B6D8F');
    expect(outer.frames.map((f) => f.location)).toEqual(['https://www.fengze.gov.cn/zwgk/xxgkml/ndbg/202001/t20200115_2.html']);
  });

  it('is told by its first bytes, not its name, and a page that quotes MIME headers is still a page', () => {
    expect(isMhtml(readFileSync(fixture('mhtml/gbk-layout-2019.mht')))).toBe(true);
    expect(isMhtml(readFileSync(fixture('pages/wrong-cell-2021.html')))).toBe(false);
    const quoting = Buffer.from('<!DOCTYPE html><html><body><pre>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary="x"\n</pre></body></html>');
    expect(isMhtml(quoting)).toBe(false);
    expect(checkBytes('page.html', quoting).analysis?.isReport).toBe(false);
  });

  it('undoes quoted-printable soft breaks inside a figure and inside a character, and base64', () => {
    const qp = MSG(['Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=E5=85=B1=E6=94=B6=E5=88=B0 12=\r\n3 =E4=BB=\r\n=B6 a=3Db=  \r\nc</p>']);
    expect(Buffer.from(readMhtml(qp)!.page.bytes).toString('utf8')).toBe('<p>共收到 123 件 a=bc</p>');
    const b64 = MSG([`Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('<p>本年新收</p>').toString('base64').replace(/(.{8})/g, '$1\r\n')}`]);
    expect(Buffer.from(readMhtml(b64)!.page.bytes).toString('utf8')).toBe('<p>本年新收</p>');
    // lines ended by LF alone, as a file passed through a Unix tool has them
    const lf = Buffer.from(MSG(['Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>4=\r\n5</p>']).toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    expect(Buffer.from(readMhtml(lf)!.page.bytes).toString('utf8')).toBe('<p>45</p>');
  });

  it('takes the part its start parameter names, and its charset from the part', () => {
    const bytes = MSG(
      [
        'Content-Type: text/html\r\nContent-ID: <ad@x>\r\n\r\n<p>ad</p>',
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-ID: <main@x>\r\nContent-Location: http://a.gov.cn/n.html\r\n\r\n<p>x</p>',
      ],
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; start="<main@x>";\r\n\tboundary="b1"',
    );
    const m = readMhtml(bytes)!;
    expect(Buffer.from(m.page.bytes).toString('latin1')).toBe('<p>x</p>');
    expect(m.page.charset).toBe('gb2312');
    expect(m.location).toBe('http://a.gov.cn/n.html');
  });

  it("says a Safari web archive is one, rather than reading its binary list as a page", () => {
    const archive = Buffer.concat([Buffer.from('bplist00'), Buffer.from([0xd1, 0x01, 0x02]), Buffer.from('WebMainResource<html><title>2023年政府信息公开工作年度报告</title>')]);
    expect(checkBytes('report.webarchive', archive)).toMatchObject({ analysis: null, error: expect.stringMatching(/^Safari 网页归档（\.webarchive）：暂不能检查/) });
  });

  it('cut short anywhere, says nothing the whole file does not: the block it ends in is dropped, not read as blank or cut figures', () => {
    for (const name of ['mhtml/wrong-cell-2021.mhtml', 'mhtml/iframe-fengze-2019.mhtml']) {
      const bytes = readFileSync(fixture(name));
      // what is claimed, without which cell is most likely wrong (a cut table names it less surely)
      const said = (c: ReturnType<typeof checkBytes>) => (c.analysis?.findings ?? []).filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.severity} ${f.message.split('；')[0]}`);
      const whole = new Set(said(checkBytes(name, bytes)));
      let checked = 0;
      for (let at = 2000; at < bytes.length; at += 1499) {
        const cut = checkBytes(name, bytes.subarray(0, at));
        if (cut.analysis?.isReport) checked++;
        // a cut row's blank 总计 or a cut figure would be a finding the whole file has not
        expect(said(cut).filter((m) => !whole.has(m)), `${name} cut at ${at}`).toEqual([]);
      }
      expect(checked).toBeGreaterThan(20);
    }
  }, 60_000);

  it('says so when the message holds no page', () => {
    const bytes = MSG(['Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=']);
    expect(checkBytes('x.mhtml', bytes)).toMatchObject({ analysis: null, error: '单文件网页（MHTML）中没有网页部分，无法检查' });
  });

  it('is found in a folder as a page (.mhtml and .mht)', async () => {
    const found = (await expandPaths([fixture('mhtml')])).map((e) => e.file.split('/').pop());
    expect(found).toEqual(['gbk-layout-2019.mht', 'iframe-fengze-2019.mhtml', 'word-gbk-layout-2019.mht', 'wrong-cell-2021.mhtml']);
  });
});
