// @vitest-environment node
/**
 * A page with two tables 三, one headed as the whole ("（一）全县汇总情况") and one as 本级 ("（二）县
 * 政府本级情况"): the report's is the whole's (analyze.ts pickReportTable3, the widest), and a
 * sentence whose subject is 本级 is compared with the table headed 本级 (analyze.ts levelTable3,
 * text-vs-table.ts; red team 24, m39). Its firing pages, its true twin, and the near misses that must
 * stay as they were: no table headed 本级, no table headed as the whole, a 本级 named with other parts,
 * 本级 as a 其中 part, the whole's sentence. The page is red team 24's c39 (西华县人民政府 2023):
 * 全县 新收 274, 办结 283; 本级 新收 41, 上年结转 0, 办结 40, 结转下年度 1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const base = decodeHtml(readFileSync(new URL('../fixtures/redteam24/c39-ha-zk-xh-2023-whole-then-own-prose-own.html', import.meta.url))).text;
const analyze = (html: string): ReportAnalysis => analyzeDocument(parsePage(html), { url: 'https://www.xihua.gov.cn/zfxxgk/ndbg/2023.html' });

const LEVEL_SENTENCE = '县政府本级共新收政府信息公开申请41件，上年结转0件，办结40件，结转下年度继续办理1件。';
const WHOLE_HEADING = '<p style="text-indent:2em;"><strong>（一）全县汇总情况</strong></p>';
const LEVEL_HEADING = '<p style="text-indent:2em;"><strong>（二）县政府本级情况</strong></p>';

/** The page with `from` replaced by `to`, once (the test fails when `from` is not there). */
function edit(html: string, from: string, to: string): string {
  expect(html).toContain(from);
  return html.replace(from, to);
}
const said = (sentence: string, html = base): string => edit(html, LEVEL_SENTENCE, sentence);
/** The errors and warnings, as rule:expected:actual. */
const flags = (r: ReportAnalysis): string[] =>
  r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule}:${f.expected ?? ''}:${f.actual ?? ''}`);

/** The 本级 table first, then the 汇总 one (the report's is still the widest). */
function swapped(html: string): string {
  const a = html.indexOf(WHOLE_HEADING);
  const b = html.indexOf(LEVEL_HEADING);
  const c = html.indexOf('</table>', b) + '</table>'.length;
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  return `${html.slice(0, a)}${html.slice(b, c)}\n${html.slice(a, b)}${html.slice(c)}`;
}

/** The headings as Word pastes them: a MsoNormal paragraph, runs in spans, an empty <o:p>. */
function wordHeadings(html: string): string {
  const word = (text: string, split: string) =>
    `<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><b><span style="font-size:16.0pt;font-family:黑体">${text.replace(split, `<span lang="EN-US">${split}</span>`)}<span lang="EN-US"><o:p></o:p></span></span></b></p>`;
  return edit(edit(html, WHOLE_HEADING, word('（一）全县汇总情况', '汇总')), LEVEL_HEADING, word('（二）县政府本级情况', '本级'));
}

describe('a 本级 sentence beside tables 三 headed 汇总 and 本级', () => {
  const twin = analyze(base);
  const level = twin.tables!.t3[1]!;

  it('the true twin: no finding, the 汇总 table is the report\'s, and the 本级 figures are compared (and fit)', () => {
    expect(flags(twin)).toEqual([]);
    expect(twin.figures!['t3.new.total']).toBe(274);
    // the same page with the 本级 table headed otherwise: its four figures go uncompared, as before
    const unheaded = analyze(edit(base, LEVEL_HEADING, '<p style="text-indent:2em;"><strong>（二）县政府办公室情况</strong></p>'));
    expect(twin.narrative!.passed - unheaded.narrative!.passed).toBe(4);
    expect(twin.narrative!.failed).toBe(0);
  });

  it('a wrong 本级 新收 is an error on the 本级 table\'s cell (red team 24, m39)', () => {
    const r = analyze(said(LEVEL_SENTENCE.replace('申请41件', '申请42件')));
    const errors = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    expect(errors.map((f) => `${f.rule}:${f.severity}:${f.expected}:${f.actual}`)).toEqual(['text.vs-table:error:41:42']);
    expect(errors[0]!.quote).toBe('县政府本级共新收政府信息公开申请42件');
    expect(errors[0]!.message).toContain('标明本级的表三');
    expect(errors[0]!.cells!.map((c) => c.table)).toEqual([level]);
  });

  it.each([
    ['办结', LEVEL_SENTENCE.replace('办结40件', '办结39件'), 'text.vs-table:40:39'],
    ['结转下年度', LEVEL_SENTENCE.replace('继续办理1件', '继续办理2件'), 'text.vs-table:1:2'],
    ['full-width digits', LEVEL_SENTENCE.replace('申请41件', '申请４２件'), 'text.vs-table:41:42'],
    ['区 wording', LEVEL_SENTENCE.replace('县政府本级共新收', '县人民政府本级全年新收').replace('申请41件', '申请43件'), 'text.vs-table:41:43'],
  ])('fires on %s', (_, sentence, flag) => {
    expect(flags(analyze(said(sentence)))).toEqual([flag]);
  });

  it('fires with the headings as Word pastes them, and with the 本级 table first', () => {
    const wrong = said(LEVEL_SENTENCE.replace('申请41件', '申请42件'));
    expect(flags(analyze(wordHeadings(base)))).toEqual([]);
    expect(flags(analyze(wordHeadings(wrong)))).toEqual(['text.vs-table:41:42']);
    const first = analyze(swapped(wrong));
    expect(first.figures!['t3.new.total']).toBe(274);
    expect(flags(first)).toEqual(['text.vs-table:41:42']);
    expect(flags(analyze(swapped(base)))).toEqual([]);
  });

  it.each([
    // the tables not headed both ways: a 本级 figure is not compared, as before
    ['the 本级 table headed as an office', (h: string) => edit(h, LEVEL_HEADING, '<p style="text-indent:2em;"><strong>（二）县政府办公室情况</strong></p>')],
    ['the whole\'s table not headed as the whole', (h: string) => edit(h, WHOLE_HEADING, '<p style="text-indent:2em;"><strong>（一）基本情况</strong></p>')],
    ['the second heading naming the whole too', (h: string) => edit(h, LEVEL_HEADING, '<p style="text-indent:2em;"><strong>（二）全县（含县政府本级）情况</strong></p>')],
  ])('stays silent with %s', (_, change) => {
    const wrong = said(LEVEL_SENTENCE.replace('申请41件', '申请42件'));
    expect(flags(analyze(change(wrong)))).toEqual([]);
    expect(flags(analyze(change(base)))).toEqual([]);
  });

  it.each([
    // 本级 with other parts: their sum, no table's
    '县政府本级和各乡镇共收到政府信息公开申请142件。',
    // 本级 as the whole's 其中 part: read as before (not compared)
    '全县各级行政机关共收到政府信息公开申请274件，其中县政府本级收到42件。',
    // the figure after 本级's of another part
    '县政府本级共新收政府信息公开申请41件，各乡镇共收到政府信息公开申请200件。',
    // the office, not 本级
    '县政府办公室共新收政府信息公开申请42件。',
    // a 本级 figure that is the whole's: fits the page's other table 三, a skip
    '县政府本级共新收政府信息公开申请274件。',
  ])('no finding: %s', (sentence) => {
    expect(flags(analyze(said(sentence)))).toEqual([]);
  });

  it('the whole\'s sentence is still the report\'s table\'s: a wrong 全县 figure fires against 汇总', () => {
    const r = analyze(edit(base, '全县各级行政机关共收到政府信息公开申请274件，办结283件。', '全县共收到政府信息公开申请275件，办结283件。'));
    expect(flags(r)).toEqual(['text.vs-table:274:275']);
    expect(r.findings.find((f) => f.rule === 'text.vs-table')!.cells!.map((c) => c.table)).toEqual([twin.tables!.t3[0]]);
    // …and after a 本级 clause in the same sentence
    expect(flags(analyze(said('县政府本级共新收政府信息公开申请41件，全县共收到政府信息公开申请275件。')))).toEqual(['text.vs-table:274:275']);
  });
});
