// @vitest-environment node
/**
 * Table 三 on its side cut in two over a 续表 (find-tables.ts, map-table3.ts transposedParts):
 * read as one table when both parts stand one after the other under the same applicant rows and
 * together name enough of the template's rows; one part alone, or a 续表 whose applicant rows
 * differ, is not read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const RIGHT = decodeHtml(readFileSync(new URL('../fixtures/pages/t3-transposed-xubiao-2022.html', import.meta.url))).text;
const run = (html: string) => analyzeDocument(parsePage(html), { url: 'https://www.example.gov.cn/side.html' });
/** the 续表: the table right after the （续表） paragraph */
const xubiao = (html: string): string => /（续表）[\s\S]*?(<table[\s\S]*?<\/table>)/.exec(html)![1]!;

describe('table 三 on its side over a 续表', () => {
  it('is read whole: both parts\' rows', () => {
    const a = run(RIGHT);
    expect(a.figures['t3.new.total']).toBe(62);
    expect(a.figures['t3.processed.total']).toBe(63);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('its first part alone is no table 三', () => {
    const second = xubiao(RIGHT);
    expect(second).toContain('>（七<');
    const a = run(RIGHT.replace(second, ''));
    expect(a.figures['t3.new.total']).toBeUndefined();
    expect(a.findings.map((f) => f.rule)).toContain('map.missing-table');
  });
  it('a 续表 whose applicant rows are not the first part\'s is not read', () => {
    const second = xubiao(RIGHT);
    // 科研机构 and 社会公益组织 change places in the 续表 only
    const swapped = second
      .replace(/>科研<\/span>(<span[^>]*>)机构</, '>@@A$1@@B<')
      .replace(/>社会公<\/span>(<span[^>]*>)益组织</, '>科研</span>$1机构<')
      .replace(/>@@A(<span[^>]*>)@@B</, '>社会公</span>$1益组织<');
    expect(swapped).not.toBe(second);
    const a = run(RIGHT.replace(second, swapped));
    expect(a.figures['t3.new.total']).toBeUndefined();
    expect(a.findings.filter((f) => f.rule.startsWith('t3.'))).toEqual([]);
  });
});
