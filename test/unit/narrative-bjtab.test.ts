// @vitest-environment node
/**
 * A page with two tables 三, one headed as the whole ("（一）全县汇总情况") and one as 本级 ("（二）县
 * 政府本级情况"): the report's is the whole's (analyze.ts pickReportTable3, the widest), and a
 * sentence whose subject is 本级 is compared with the table headed 本级 (analyze.ts levelTable3,
 * text-vs-table.ts; red team 24, m39). Its firing pages, its true twin, and the near misses that must
 * stay as they were: no table headed 本级, no table headed as the whole, a 本级 named with other parts,
 * 本级 as a 其中 part, the whole's sentence. The page is red team 24's c39 (西华县人民政府 2023):
 * 全县 新收 274, 办结 283; 本级 新收 41, 上年结转 0, 办结 40, 结转下年度 1.
 *
 * And a total opening the sentence right after its list's ("（1）予以公开4件；…（6）其他处理0件。以上
 * 共计办结12件": parts-heads.ts findTotalAfterList; red team 23, m05), read only then.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { runProse, word } from './narrative-tables.ts';

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
    // the same page with the 本级 table headed otherwise: its four figures go uncompared, as before (but since left59
    // their flow is checked in itself, 41 + 0 = 40 + 1, one pass: flow-of-part.ts)
    const unheaded = analyze(edit(base, LEVEL_HEADING, '<p style="text-indent:2em;"><strong>（二）县政府办公室情况</strong></p>'));
    expect(twin.narrative!.passed - unheaded.narrative!.passed).toBe(3);
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
  ])('stays silent on the table with %s (the flow\'s own imbalance an error since left59)', (_, change) => {
    const wrong = said(LEVEL_SENTENCE.replace('申请41件', '申请42件'));
    // (42 + 0 received, 40 + 1 out: the text's own flow, whichever table is 本级's — flow-of-part.ts; no table's cell)
    expect(flags(analyze(change(wrong)))).toEqual(['text.parts-sum:42:41']);
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

describe('a total opening the sentence after its list ("以上共计…")', () => {
  /** The parts-sum checks of a paragraph (no tables: the text's own arithmetic), as outcome:detail. */
  const sums = (html: string): string[] =>
    runProse(html, {}, 2025).checks.filter((c) => c.rule === 'text.parts-sum').map((c) => `${c.outcome}:${c.detail}`);
  const errors = (html: string) =>
    runProse(html, {}, 2025).findings.filter((f) => f.rule === 'text.parts-sum' && f.severity !== 'info').map((f) => `${f.severity}:${f.expected}:${f.actual}:${f.quote}`);
  const RESULTS = '办理结果情况如下：（1）予以公开4件；（2）部分公开1件；（3）不予公开1件；（4）无法提供6件；（5）不予处理0件；（6）其他处理0件。';

  it('sums the list of the sentence before: right, and over (m05)', () => {
    expect(sums(`<p>${RESULTS}以上共计办结12件，结转下年度继续办理0件。</p>`)).toEqual(['pass:4件+1件+1件+6件+0件+0件 = 12件']);
    expect(errors(`<p>${RESULTS.replace('部分公开1件', '部分公开2件')}以上共计办结12件，结转下年度继续办理0件。</p>`)).toEqual([
      'error:13:12:（1）予以公开4件；（2）部分公开2件；（3）不予公开1件；（4）无法提供6件；（5）不予处理0件；（6）其他处理0件。以上共计办结12件',
    ]);
  });

  it.each([
    ['Word\'s runs and full-width digits', word(`${RESULTS.replace('部分公开1件', '部分公开２件')}以上共计办结１２件。`), ['error:13:12']],
    ['上述合计 after channels', '<p>按申请渠道分，网上申请40件，信函申请13件，当面申请10件。上述合计收到申请62件。</p>', ['error:63:62']],
    ['以上共 after applicants, no verb', '<p>自然人申请55件、法人或其他组织申请8件。以上共62件。</p>', ['error:63:62']],
  ])('fires with %s', (_, html, want) => {
    expect(errors(html).map((e) => e.split(':').slice(0, 3).join(':'))).toEqual(want);
  });

  // (a skip until session gaps29: 以上 can only mean the items of a sentence that is its items alone,
  // with no same kind of item counted before it in the paragraph: parts-heads.ts allAbove)
  it('a list short of the total is wrong when 以上 can only be the items listed', () => {
    expect(errors(`<p>${RESULTS.replace('无法提供6件', '无法提供5件')}以上共计办结12件。</p>`).map((e) => e.split(':').slice(0, 3).join(':'))).toEqual(['error:11:12']);
    expect(errors('<p>网上申请40件，信函申请12件。以上共计53件。</p>').map((e) => e.split(':').slice(0, 3).join(':'))).toEqual(['error:52:53']);
  });

  it.each([
    // an item left without its figure, or an item of the same kind earlier in the paragraph
    ['<p>网上申请40件，信函申请12件等。以上共计53件。</p>', 'skip:所列各项之和52件小于总数53件，列举可能不完整'],
    ['<p>网上申请40件，信函申请12件，另有少量当面申请。以上共计53件。</p>', 'skip:所列各项之和52件小于总数53件，列举可能不完整'],
    ['<p>当面申请1件。网上申请40件，信函申请12件。以上共计53件。</p>', 'skip:所列各项之和52件小于总数53件，列举可能不完整'],
  ])('a list short of the total may leave an item out: a skip (%s)', (html, want) => {
    expect(sums(html)).toEqual([want]);
  });

  it.each([
    // the total in a paragraph of its own: the list may be more than the sentence before
    ['another paragraph', `<p>${RESULTS.replace('部分公开1件', '部分公开2件')}</p><p>以上共计办结12件。</p>`],
    // no 以上/上述: whose total it is is not said
    ['no 以上', `<p>${RESULTS.replace('部分公开1件', '部分公开2件')}全年共计办结12件。</p>`],
    // the sentence before holds its own whole (其中, 共…): the 以上 may be of it
    ['a whole before', '<p>本年度办结63件，其中予以公开32件，部分公开9件。以上共计办结40件。</p>'],
    ['共 in the list\'s sentence', '<p>共收到申请40件，予以公开32件，部分公开9件。以上合计办结40件。</p>'],
    // an item that is not one (结转下年度), or another dimension
    ['a carried item', '<p>予以公开32件，部分公开8件，结转下年度继续办理3件。以上共计办结42件。</p>'],
    ['two dimensions', '<p>网上申请30件，予以公开32件。以上共计61件。</p>'],
    // the verb says what the items do not count: channels are received, not 办结
    ['channels under 办结', '<p>网上申请40件，信函申请13件。以上共计办结52件。</p>'],
    ['results under 收到', `<p>${RESULTS.replace('部分公开1件', '部分公开2件')}以上共计收到申请12件。</p>`],
    // a single item is no list
    ['one item', '<p>予以公开32件。以上共计办结31件。</p>'],
    // 以上 not opening the sentence
    ['以上 inside', `<p>${RESULTS.replace('部分公开1件', '部分公开2件')}对以上申请，共计办结12件。</p>`],
  ])('no parts-sum finding: %s', (_, html) => {
    expect(errors(html)).toEqual([]);
  });
});
