// @vitest-environment node
/**
 * A table 三 headed as 本级 (lib/analyze.ts, map.part-scope): the text's figures are not compared
 * with it. The heading is read before the table the report's figures come from, which is not always
 * the first table-三-like grid: here a comparison table with table 三's row labels comes first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { headingBefore } from '../../lib/dom/heading-before.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const analyze = (html: string) => analyzeDocument(parsePage(html), { url: 'https://www.example.gov.cn/a.html' });

describe('a table 三 headed as 本级', () => {
  const base = decodeHtml(page('compare-before-t3-2023.html')).text;
  const benji = base.replace('三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况（区政府本级）');

  it('is found behind a comparison table, and the text is not compared with it', () => {
    expect(benji).not.toBe(base);
    const plain = analyze(base);
    const r = analyze(benji);
    expect(plain.findings.some((f) => f.rule === 'map.part-scope')).toBe(false);
    expect(r.findings.filter((f) => f.rule === 'map.part-scope').map((f) => f.message)).toEqual([
      '表三的标题“三、收到和处理政府信息公开申请情况（区政府本级）”表明它只含本级的数字，正文中的申请数字未与之比较',
    ]);
    // the table is still the report's and still checked
    expect(r.figures['t3.new.total']).toBe(227);
    expect(r.checks.passed).toBe(plain.checks.passed);
    expect(r.narrative.passed).toBeLessThan(plain.narrative.passed);
    expect(r.narrative.failed).toBe(0);
  });

  it('is not said of a heading that names the whole', () => {
    const whole = base.replace('三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况（全区汇总，含区政府本级）');
    expect(analyze(whole).findings.some((f) => f.rule === 'map.part-scope')).toBe(false);
  });
});

describe('headingBefore', () => {
  const doc = parsePage(`<html><body>
    <p>一段很长的正文，超过六十个字符的段落不是表格的标题，而是正文的一部分，所以不能当作标题来读，它说明了本年度的总体情况和主要工作。</p>
    <table id="a"><tr><td>1</td></tr></table>
    <p>表2　区政府本级政府信息公开申请情况</p>
    <div align="center"><table id="b"><tr><td>1</td></tr></table></div>
    <table id="c"><caption>表三 （本级）</caption><tr><td>1</td></tr></table>
  </body></html>`);
  const t = (id: string) => doc.getElementById(id)!;

  it('reads the caption, else the short line before the table, out of its wrapper', () => {
    expect(headingBefore(t('c'))).toBe('表三 （本级）');
    expect(headingBefore(t('b'))).toBe('表2 区政府本级政府信息公开申请情况');
  });

  it('takes no paragraph for a heading', () => {
    expect(headingBefore(t('a'))).toBe('');
  });
});

describe('a result group whose item rows are not all read', () => {
  // donghu-zrzy-2023 is consistent: 不予公开 6 = 3.三安全 1 + 4.第三方 2 + 6.过程性 2 + 7.执法案卷 1,
  // and its text says "不予公开6件"
  const base = decodeHtml(page('donghu-zrzy-2023.html')).text;
  const garbled = base.replace('4.保护第三方合法权益', '保护他人合法权益');

  it('gives the group figure from its items when every item is there', () => {
    const r = analyze(base);
    expect(r.figures['t3.denied.total']).toBe(6);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('gives none when one item row could not be named, so the text is not held to a partial sum', () => {
    expect(garbled).not.toBe(base);
    const r = analyze(garbled);
    // the row is reported as unread …
    expect(r.findings.some((f) => f.rule === 'map.unmapped' && f.message.includes('保护他人合法权益'))).toBe(true);
    // … and 不予公开 is not the 4 the seven named rows add up to: the text's 6 is not flagged
    expect(r.figures['t3.denied.total']).toBeUndefined();
    expect(r.figures['t3.denied.process.total']).toBe(2);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a 部门\'s whole report before the report\'s own', () => {
  // beibei-dept-first-2020: the 区教委's report (prose, tables 二/三/四), then the 区's
  const base = decodeHtml(page('beibei-dept-first-2020.html')).text;

  it('takes the tables 二 and 四 around the report\'s table 三, and its prose from its own title on', () => {
    const r = analyze(base);
    expect(r.figures['t3.new.total']).toBe(90);
    expect(r.figures['t4.review.total']).toBe(1); // the 区's table 四, not the 教委's 0
    expect(r.tables.t2[0]).toBeGreaterThan(r.tables.t3[1]!); // after the 教委's table 三
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.narrative.passed).toBe(2);
  });

  it('still flags the report\'s own text against its own tables', () => {
    const r = analyze(base.replace('被申请行政复议1件', '被申请行政复议2件').replace('全区新收政府信息公开申请90件', '全区新收政府信息公开申请91件'));
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ['text.vs-table', 90, 91],
      ['text.vs-table', 1, 2],
    ]);
  });
});
