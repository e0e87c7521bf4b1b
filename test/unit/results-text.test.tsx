/**
 * "复制核对结果": the panel's results as text (components/results-text.ts) on whole fixture pages,
 * the copy button's outcome in the panel, and the clipboard helper's two ways (components/clipboard.ts).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import { resultsText } from '../../components/results-text.ts';
import { findingCard } from '../../components/finding-words.tsx';
import { copyText } from '../../components/clipboard.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import type { CrossYearFinding } from '../../lib/collect/record.ts';

import { analysed, en, zh } from './panel-helpers.ts';

const textOf = (report: ReportAnalysis, t = zh, cross: CrossYearFinding[] = []) =>
  resultsText({
    t, report, view: reportView(report), figures: keyFigures(report), cross, url: 'http://www.yunling.gov.cn/zwgk/ndbg/t20240122_1.html',
    at: new Date(2026, 11, 1, 9, 5), version: '0.1.0',
  });

describe('the results as text', () => {
  it('a report with a wrong cell: who, the verdict, the key figures, each finding with the cell to fix, the page', () => {
    const report = analysed('wrong-cell-2021.html');
    const lines = textOf(report).split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '年报透镜 · 核对结果',
      '东湖市云岭区市场监督管理局',
      '2023 年度 · 2021 年新版格式',
      '页面：http://www.yunling.gov.cn/zwgk/ndbg/t20240122_1.html',
      // reports are edited after publication: when the note was true, and by which version
      '核对于 2026-12-01 09:05（年报透镜 0.1.0）',
      '',
      '发现 2 处不一致',
      `${report.checks.passed} 项表格校验通过，正文 ${report.narrative.checked} 处数字陈述已核对`,
      '',
    ]);
    expect(lines).toContain('主要数字：新收申请 56；办结 57；予以公开 35（61.4%）；结转下年度 1；行政复议 3（纠正 0.0%）；行政诉讼 2（纠正 50.0%）');
    // every problem the panel lists, numbered, under its table, with the suspect's fix
    const problems = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    expect(problems).toHaveLength(2);
    const at = lines.indexOf('不一致之处');
    expect(lines[at + 1]).toBe('〔表三 依申请公开〕');
    // the suspect said once (ux66): the sentence says the sum that fails, the line under it the suspect, its cell and why
    expect(lines.slice(at + 2, at + 6)).toEqual([
      '1. 【错误】自然人一列：（七）总计为49，办理结果各项之和为50',
      '   最可能出错的单元格现为 31，应为 30（「（一）予以公开」自然人；改后 2 项校验同时成立）',
      '2. 【错误】「（一）予以公开」一行：总计为35，各类申请人之和为36',
      '   最可能出错的单元格现为 31，应为 30（「（一）予以公开」自然人；改后 2 项校验同时成立）',
    ]);
    // the core's sentence (the batch checker's) still names its suspect in full
    expect(problems[0]!.message).toContain('最可能出错的是「（一）予以公开」自然人（现为31），改为30即可同时满足2项校验');
    expect(lines.slice(-3)).toEqual(['未能读取或核对', '· 所有表格均已读取并核对', '']);
  });

  it("a finding in the text carries its quote, and what could not be checked is listed as the panel lists it", () => {
    const report = analysed('fengze-2019.html');
    const text = textOf(report);
    const quoted = report.findings.filter((f) => f.quote && (f.severity === 'error' || f.severity === 'warning'));
    expect(quoted.length).toBeGreaterThan(0);
    for (const f of quoted) expect(text).toContain(`   原文：「${f.quote}」`);
    expect(text).toContain('〔正文〕');
    const unread = text.slice(text.indexOf('未能读取或核对'));
    if (reportView(report).unread.skippedClaims > 0) expect(unread).toContain(`正文中 ${reportView(report).unread.skippedClaims} 处数字陈述无法判断`);
  });

  it('a consistent report says so and lists no findings', () => {
    const text = textOf(analysed('word-2021-consistent.html'));
    expect(text).toContain('\n表格与正文一致\n');
    expect(text).not.toContain('不一致之处');
  });

  it("the cross-year findings come last, each with the other year's page", () => {
    const report = analysed('wrong-cell-2021.html');
    const cross: CrossYearFinding = {
      rule: 'cross.carry-over', severity: 'error', message: '上年结转（总计）与上年报告不符：2023年报告“二、上年结转”为2，2022年报告“四、结转下年度继续办理”为1',
      figure: 't3.carried.total', expected: 1, actual: 2, otherId: 'x', otherUrl: 'http://www.yunling.gov.cn/zwgk/ndbg/2022.html', otherYear: 2022,
    };
    const lines = textOf(report, zh, [cross]).split('\n');
    const at = lines.indexOf('〔跨年度〕');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual([`3. 【错误】${cross.message}`, '   页面：http://www.yunling.gov.cn/zwgk/ndbg/2022.html']);
  });

  it('in English: the headings are English, and so are the tables\' findings, worded from their codes (session 51)', () => {
    const report = analysed('wrong-cell-2021.html');
    const text = textOf(report, en);
    expect(text).toContain('Page: http://www.yunling.gov.cn/zwgk/ndbg/t20240122_1.html\nChecked 2026-12-01 09:05 (Nianbao Lens 0.1.0)\n');
    expect(text).toContain(en('verdictProblems', 2));
    expect(text).toContain(`1. 【${en('severityError')}】${findingCard(en, report.findings[0]!).text}\n`);
    // the suspect said once, on its own line (ux66)
    expect(text).toContain('1. 【Error】Table 3, column "Natural persons": (7) total 49, but the results add up to 50\n'
      + '   Likely wrong cell: 31, should be 30 ("(1) Granted", "Natural persons"; 2 checks hold once fixed)\n');
    expect(text).not.toContain(report.findings[0]!.message);
    expect(text).not.toContain('不一致之处');
  });
  it('a finding of a report kept before the codes (no note): its Chinese sentence, as the core wrote it', () => {
    const report = analysed('wrong-cell-2021.html');
    const kept = { ...report, findings: report.findings.map(({ note: _, ...f }) => f) };
    expect(textOf(kept, en)).toContain(`1. 【${en('severityError')}】${report.findings[0]!.message}`);
  });
});

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
  vi.restoreAllMocks();
});

function panel(report: ReportAnalysis, onCopy: () => Promise<boolean>): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(
    <Panel t={zh} lang="zh-CN" report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}} onCopy={onCopy} />,
    el,
  );
  return el;
}

describe('the copy button', () => {
  it('copies on a click and says so on the button and to a screen reader', async () => {
    const onCopy = vi.fn(() => Promise.resolve(true));
    const el = panel(analysed('wrong-cell-2021.html'), onCopy);
    const button = el.querySelector<HTMLButtonElement>('button.copy')!;
    expect(button.getAttribute('aria-label')).toBe('复制核对结果');
    button.click();
    expect(onCopy).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(button.dataset.copy).toBe('done'));
    expect(button.getAttribute('aria-label')).toBe('已复制核对结果');
    expect(el.querySelector('[aria-live=polite]')!.textContent).toBe('已复制核对结果');
    // the panel's verdict stays its only status
    expect(el.querySelectorAll('[role=status]')).toHaveLength(1);
  });

  it('says when the browser refused', async () => {
    const el = panel(analysed('wrong-cell-2021.html'), () => Promise.resolve(false));
    const button = el.querySelector<HTMLButtonElement>('button.copy')!;
    button.click();
    await vi.waitFor(() => expect(button.dataset.copy).toBe('failed'));
    expect(button.getAttribute('title')).toBe('无法复制：浏览器未允许写入剪贴板');
  });

  it('is not there on a page that is not a report', () => {
    const el = document.createElement('div');
    document.body.append(el);
    mounted.push(el);
    render(
      <Panel t={zh} lang="zh-CN" report={null} view={null} figures={[]} collect={null} dock="right" tooltip={null}
        located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}} onCopy={() => Promise.resolve(true)} />,
      el,
    );
    expect(el.querySelector('button.copy')).toBeNull();
  });
});

describe('copyText', () => {
  it('uses the Clipboard API in a secure context', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('isSecureContext', true);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const host = document.createElement('div');
    document.body.append(host);
    expect(await copyText('年报透镜 · 核对结果\n', host)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('年报透镜 · 核对结果\n');
    host.remove();
    vi.unstubAllGlobals();
  });

  it('on a plain-http page copies from a hidden textarea, leaves nothing behind and gives the focus back', async () => {
    vi.stubGlobal('isSecureContext', false);
    const host = document.createElement('div');
    const button = document.createElement('button');
    host.append(button);
    document.body.append(host);
    button.focus();
    // execCommand('copy') as a browser runs it: a copy event at the focused field, whose
    // clipboardData is what reaches the clipboard when the event is cancelled, else the selection
    let copied: string | null = null;
    let selected: string | null = null;
    let fire = true;
    const exec = vi.fn((cmd: string) => {
      if (cmd !== 'copy') return false;
      const area = document.activeElement as HTMLTextAreaElement;
      selected = area.value.slice(area.selectionStart, area.selectionEnd);
      let data: string | null = null;
      const e = new Event('copy', { bubbles: true, cancelable: true, composed: true });
      Object.defineProperty(e, 'clipboardData', { value: { setData: (_type: string, v: string) => (data = v) } });
      if (fire) area.dispatchEvent(e);
      copied = e.defaultPrevented ? data : selected;
      return true;
    });
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    expect(await copyText('第一行\n第二行', host)).toBe(true);
    expect(selected).toBe('第一行\n第二行');
    expect(copied).toBe('第一行\n第二行');
    expect(host.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);

    // a 禁止复制 script that writes its source line into every copy (red team 17): the lens's text, alone
    const sourceLine = (e: Event): void => {
      (e as ClipboardEvent).clipboardData!.setData('text/plain', `${String(window.getSelection())}\n本文来源：青峰县人民政府`);
      e.preventDefault();
    };
    document.addEventListener('copy', sourceLine, true);
    expect(await copyText('第一行', host)).toBe(true);
    expect(copied).toBe('第一行');
    document.removeEventListener('copy', sourceLine, true);

    // the copy event never reached the lens: not claimed as copied
    fire = false;
    expect(await copyText('x', host)).toBe(false);
    fire = true;
    exec.mockReturnValue(false);
    expect(await copyText('x', host)).toBe(false);
    host.remove();
    vi.unstubAllGlobals();
  });
});
