// @vitest-environment node
/**
 * Table 三 cut by a 续表 right after 一、本年新收, or right under its header (lib/map/t3-first-part.ts,
 * find-tables.ts): the short first part is read with the 续表 after it only when the 续表 starts at
 * the row that follows and its figure columns are the part's. The pages are red team 20's (c15
 * the header repeated in the 续表, c35 cut after 上年结转, c36 the header not repeated, c37 the header
 * alone in the first part), read as published and with their 续表 rewritten: a header dropped or cut
 * to its applicants' row still reads whole; a 续表 that breaks one condition of the join must read
 * as before the join existed: the part left aside, and no figure shown as the report's mistake.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

const page = (name: string): string => decodeHtml(readFileSync(new URL(`../fixtures/redteam20/${name}`, import.meta.url))).text;
const C15 = page('c15-gd-dg-2024-xubiao-after-new.html');
const C35 = page('c35-gd-hz-hc-2024-xubiao-after-carried.html');
const C36 = page('c36-zj-hz-gs-2024-xubiao-after-new-no-header.html');
const C37 = page('c37-js-cz-wj-2024-xubiao-header-only.html');
const run = (html: string): ReportAnalysis => analyzeDocument(parsePage(html), { url: 'https://www.example.gov.cn/xubiao.html' });
const notInfo = (a: ReportAnalysis) => a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.quote ?? ''}`);

/** the 续表: the table right after the （续表） paragraph */
const xubiao = (html: string): string => /（续表）[\s\S]*?(<table[\s\S]*?<\/table>)/.exec(html)![1]!;
/** The page with its 续表 rewritten (and nothing else). */
function withXubiao(html: string, edit: (t: string) => string): string {
  const t = xubiao(html);
  const edited = edit(t);
  expect(edited).not.toBe(t);
  return html.replace(t, edited);
}
/** Every row of the table without its second-last cell (其他, the 法人 column before 总计). */
const dropOtherColumn = (t: string): string =>
  t.split('\n').map((line) => {
    if (!line.startsWith('<tr>')) return line;
    const cells = line.split('<td');
    cells.splice(cells.length - 2, 1);
    return cells.join('<td');
  }).join('\n');
/** The table without its header rows (the 勾稽关系 corner, 申请人情况, the applicants). */
const dropHeader = (t: string): string => t.split('\n').filter((line) => !(line.startsWith('<tr>') && /勾稽关系|自然人|商业企业/.test(line))).join('\n');
/** The table with one header row first: an empty corner over the labels, the seven applicants (Word). */
function withApplicantRow(t: string): string {
  const td = (x: string, span = ''): string =>
    `<td${span} valign=center style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center;line-height:15.0pt'><span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312'>${x}</span></p></td>`;
  const row = `<tr>${td('', ' colspan="3"')}${['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((x) => td(x)).join('')}</tr>\n`;
  return t.replace('<tbody>\n', `<tbody>\n${row}`);
}
/** The table without its row labelled `label`. */
const dropRow = (t: string, label: string): string => t.split('\n').filter((line) => !(line.startsWith('<tr>') && line.includes(label))).join('\n');

describe('table 三 cut by a 续表 after 一、本年新收 or under its header, read whole', () => {
  it.each([
    ['c15 (header repeated in the 续表)', C15],
    ['c36 (header not repeated)', C36],
    ['c37 (the header alone in the first part)', C37],
  ])('%s', (_, html) => {
    const a = run(html);
    for (const k of ['t3.new.total', 't3.new.natural', 't3.carried.total', 't3.processed.total', 't3.carriedForward.total']) expect(a.figures[k], k).toBeTypeOf('number');
    expect(a.checks.skipped).toBe(0);
    expect(notInfo(a)).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'map.unmapped')).toEqual([]);
  });
  it.each([
    // the first part holds 一 and 二: two rows, table 三 already (find-tables.ts), its 续表 the usual one
    ['c35 with no header in its 续表', () => withXubiao(C35, dropHeader)],
    // the 续表 repeats the applicants' row only, under an empty corner: the same applicants, in place
    ['c36 with the applicants\' row alone over its 续表', () => withXubiao(C36, withApplicantRow)],
  ])('%s', (_, html) => {
    const a = run(html());
    expect(a.figures['t3.new.total']).toBeTypeOf('number');
    expect(a.checks.skipped).toBe(0);
    expect(notInfo(a)).toEqual([]);
  });
});

describe('a 续表 that does not continue the first part is not joined with it', () => {
  it('its repeated header names two columns the other way round (科研机构 ↔ 社会公益组织)', () => {
    const html = withXubiao(C15, (t) => t.replace('>科研机构<', '>@@<').replace('>社会公益组织<', '>科研机构<').replace('>@@<', '>社会公益组织<'));
    const a = run(html);
    expect(a.figures['t3.new.total']).toBeUndefined();
    expect(a.figures['t3.carried.total']).toBeTypeOf('number');
    expect(notInfo(a)).toEqual([]);
  });
  it('it does not start at the row that follows (二、上年结转 missing: the 续表 starts at 三)', () => {
    for (const html of [C15, C36]) {
      const a = run(withXubiao(html, (t) => dropRow(t, '二、上年结转')));
      expect(a.figures['t3.new.total']).toBeUndefined();
      expect(notInfo(a)).toEqual([]);
    }
  });
  it('its applicants\' row, the only header it repeats, names other columns (科研机构 ↔ 社会公益组织)', () => {
    const html = withXubiao(C36, (t) => withApplicantRow(t).replace('>科研机构<', '>@@<').replace('>社会公益组织<', '>科研机构<').replace('>@@<', '>社会公益组织<'));
    const a = run(html);
    expect(a.figures['t3.new.total']).toBeUndefined();
    expect(notInfo(a)).toEqual([]);
  });
  it('under no header of its own, one column short of the first part\'s row', () => {
    const a = run(withXubiao(C36, dropOtherColumn));
    expect(a.figures['t3.new.total']).toBeUndefined();
    expect(notInfo(a)).toEqual([]);
  });
  it('under the header alone, one column short of it', () => {
    const a = run(withXubiao(C37, dropOtherColumn));
    expect(a.figures['t3.new.total']).toBeUndefined();
    expect(notInfo(a)).toEqual([]);
  });
  it('under the header alone, with a header of its own: the 续表 is read on its own, whole', () => {
    // the first part's header repeated at the top of the 续表: a whole table 三 after a stray header
    const before = C37.slice(0, C37.indexOf('（续表）'));
    const header = before.slice(before.lastIndexOf('<tbody>\n') + '<tbody>\n'.length, before.lastIndexOf('</tbody>'));
    expect(header).toContain('自然人');
    const a = run(withXubiao(C37, (t) => t.replace('<tbody>\n', `<tbody>\n${header}`)));
    expect(a.figures['t3.new.total']).toBeTypeOf('number');
    expect(a.checks.skipped).toBe(0);
    expect(notInfo(a)).toEqual([]);
  });
});
