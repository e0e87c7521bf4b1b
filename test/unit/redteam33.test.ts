// @vitest-environment node
/**
 * Red team 33 (session 58, rt75; test/fixtures/redteam33, written by gen.mjs, EXPECT.md): table shapes
 * the earlier red teams did not try — table 三 cut over two or three <table>s at a page break (its header
 * repeated or not, the cut inside a group's merged cell, rowspans left running past a part's end), its
 * columns in another order, <th> labels broken by <br>, on its side, inside a layout table; cells written
 * "——", "/", "无", "0.00", "1,234", full-width, with <sup> marks; table 四 as three small tables; a 2019
 * template's table 二 with "+3"/"增加3". c pages are consistent: nothing may be raised; m pages change one
 * cell, caught on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { matchLabel, T2_COLUMN_PATTERNS } from '../../lib/map/labels.ts';
import { labelKey } from '../../lib/text/normalize.ts';
import { expectPage, redteamFolder } from './redteam-pages.ts';

const { dir, expected, pages, analyze } = redteamFolder('redteam33');

describe('redteam33: every page says what is true of it', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  it.each(pages)('%s', (name) => {
    expectPage(name, analyze(name), expected[name]!, !!process.env.RT33_PROBE);
  });
});

/** A page of the folder with its HTML changed (a shape's near twin), analysed as the batch checker does. */
function variant(name: string, change: (html: string) => string) {
  const html = change(readFileSync(new URL(name, dir), 'utf8'));
  return analyzeDocument(parsePage(decodeHtml(Buffer.from(html)).text), { url: `https://www.example.gov.cn/${name}` });
}
const codes = (a: ReturnType<typeof analyze>, rule = 'map.unmapped') => a.findings.filter((f) => f.rule === rule).map((f) => f.note?.code ?? f.message);
const raised = (a: ReturnType<typeof analyze>) => a.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);

describe('redteam33: what the fixes read, and where they stay silent', () => {
  it('c11: table 二\'s 本年增(+)/减(-) is its 本年增/减 column (six notes before), and 本年增(减) too', () => {
    expect(codes(analyze('c11-ha-ly-2020-county-2019-template-signed-changes.html'))).toEqual([]);
    expect(matchLabel(T2_COLUMN_PATTERNS, labelKey('本年增（+）/减（-）'))).toBe('change');
    expect(matchLabel(T2_COLUMN_PATTERNS, labelKey('本年增（减）'))).toBe('change');
    expect(matchLabel(T2_COLUMN_PATTERNS, labelKey('上一年项目数量'))).toBe('prevYear');
  });
  it('c23: a 续表 headed by the column numbers 1 … 10 has no unknown row', () => {
    expect(codes(analyze('c23-ha-ny-2024-city-three-parts-column-numbers.html'))).toEqual([]);
  });
  it('c25: 〇 is 0; 法人 columns of words instead are said, one note a column, and raise nothing', () => {
    const a = variant('m25-ha-kf-2025-county-excel-two-decimals-ling.html', (h) => h.replace(/〇/g, '待定'));
    expect(codes(a)).toEqual(Array(5).fill('t3ColumnNoFigures'));
    expect(a.findings.filter((f) => f.note?.code === 't3ColumnNoFigures').map((f) => f.note!.args[0])).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(raised(a)).toEqual([]);
  });
  it('m18: table 四\'s figures alone are joined to its header only when they are a row of figures as wide as it', () => {
    const name = 'm18-sd-yt-2024-county-t4-figures-alone-after-break.html';
    // a label before the figures (a tally's row), or one figure less: not table 四's row — unread, said, nothing raised
    // (table 四's figures are the last row before section 五)
    const lastRow = (h: string, f: (row: string) => string) => { const i = h.lastIndexOf('<tr>', h.indexOf('五、存在的主要问题')); const j = h.indexOf('</tr>', i); return h.slice(0, i) + f(h.slice(i, j)) + h.slice(j); };
    const labelled = variant(name, (h) => lastRow(h, (r) => r.replace('<tr>', "<tr><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal align=center><span lang=EN-US>合计<o:p></o:p></span></p></td>")));
    const short = variant(name, (h) => lastRow(h, (r) => r.slice(0, r.lastIndexOf('<td'))));
    for (const a of [labelled, short]) {
      expect(raised(a)).toEqual([]);
      expect(codes(a, 'map.unread-table')).toEqual(['t4NoDataRows']);
    }
  });
});
